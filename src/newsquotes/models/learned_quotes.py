"""Quotes of the learned baseline: a cue classifier and a CRF content tagger over the spaCy parse.

The design follows the cue / content / source pipeline of the attribution literature (e.g. BBC Citron):

* the **cue classifier** scores every token as a reporting cue ("said", "according", "told") from its word,
  the shared lexicon, its part of speech and dependency, its dependents (a clausal complement, a subject)
  and its neighbours; the ``rules`` model's cue finder is one feature among them;
* the **content tagger** is a linear-chain CRF (CRFsuite) that tags each paragraph's tokens with BIO tags of
  the quote kinds (``B-direct``, ``I-indirect`` …) from quotation marks, the dependency path up to the
  nearest predicted cue and which side of it the token lies, the cue's strength, the paragraph's position and
  its question/answer turn in an interview, and the ``rules`` model's quote spans. A run of B/I tokens in one
  paragraph is a quote.

:class:`Context` gathers an article's evidence once; the same code reads gold for training and text for
prediction.
"""

from __future__ import annotations

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules import RulesModel
from newsquotes.models.rules_entities import find_mentions
from newsquotes.models.rules_marks import Quotations
from newsquotes.models.rules_speakers import Speakers
from newsquotes.models.rules_text import Layout
from newsquotes.models.sklearn_features import Analysis
from newsquotes.schema import Annotation

_MARKS = "\"“”„«»'‘’"
_OPENING = "“„«‘"
_TRIM = " \t\n,;:\"“”„«»'‘’"
#: A cue is a token the classifier gives at least this probability.
CUE_THRESHOLD = 0.5


class Context:
    """An article's tokens (spaCy's, from :class:`Analysis`) with the evidence the quote and speaker models read:
    the parse's dependents, the ``rules`` model's cues, mentions and quotes, paragraphs and question turns."""

    def __init__(self, analysis: Analysis):
        self.analysis, self.tokens, self.text = analysis, analysis.tokens, analysis.text
        article = analysis.article
        self.layout = Layout(article)
        self.quotations = Quotations(self.layout)
        self.mentions = find_mentions(self.layout)
        self.speakers = Speakers(self.layout, self.quotations, self.mentions)
        self.rules_quotes = RulesModel().predict(article).quotes
        n = len(self.tokens)
        self.children: list[list[int]] = [[] for _ in range(n)]
        for k, token in enumerate(self.tokens):
            if token.head != k:
                self.children[token.head].append(k)
        self.rules_kind = [""] * n
        self.rules_begin = [False] * n
        for quote in sorted(self.rules_quotes, key=lambda q: q.start - q.end):
            inside = self.token_range(quote.start, quote.end)
            for k in inside:
                self.rules_kind[k] = quote.kind
            if inside:
                self.rules_begin[inside[0]] = True
        self.rules_cue = [False] * n
        for cue in self.speakers.cues:
            for k in self.token_range(cue.start, cue.end):
                self.rules_cue[k] = True
        self.paragraphs: dict[int, list[int]] = {}
        for k, token in enumerate(self.tokens):
            self.paragraphs.setdefault(token.paragraph, []).append(k)
        self.questions = {p for p, ks in self.paragraphs.items() if self.tokens[ks[-1]].text == "?"}
        self.cue_probability = [0.0] * n
        self.cues_by_sentence: dict[int, list[int]] = {}

    def token_range(self, start: int, end: int) -> list[int]:
        return [k for k, t in enumerate(self.tokens) if start <= t.start < end]

    def set_cues(self, probabilities) -> None:
        """The cue classifier's probability of each token; tokens at or above the threshold are cues."""
        self.cue_probability = [float(p) for p in probabilities]
        self.cues_by_sentence = {}
        for k, p in enumerate(self.cue_probability):
            if p >= CUE_THRESHOLD:
                self.cues_by_sentence.setdefault(self.tokens[k].sentence, []).append(k)

    # ------------------------------------------------------------------ cue classifier

    def cue_features(self, k: int) -> dict[str, object]:
        token, tokens = self.tokens[k], self.tokens
        word = token.text.lower()
        deps = {tokens[c].dep for c in self.children[k]}
        following = tokens[k + 1].text.lower() if k + 1 < len(tokens) else "<end>"
        preceding = tokens[k - 1].text.lower() if k > 0 else "<start>"
        return {"w": word, "speech": word in lex.SPEECH_VERBS, "belief": word in lex.BELIEF_VERBS,
                "noun_like": word in lex.NOUN_LIKE, "directive": word in lex.DIRECTIVE_VERBS, "pos": token.pos,
                "dep": token.dep, "quoted": token.quoted, "rules_cue": self.rules_cue[k], "title": token.text.istitle(),
                "ccomp": "ccomp" in deps, "subject": any(d.startswith("nsubj") for d in deps), "dobj": "dobj" in deps,
                "xcomp": "xcomp" in deps, "next": following, "prev": preceding, "head_pos": tokens[token.head].pos,
                "pos+dep": f"{token.pos}|{token.dep}", "w+pos": f"{word}|{token.pos}",
                "mark_near": any(t.text in _MARKS for t in tokens[max(0, k - 3):k + 4]),
                "prev_aux": preceding in lex.PASSIVE, "prev_neg": preceding in lex.NEGATION or preceding.endswith("n't")}

    def cue_tags(self, gold: Annotation) -> list[bool]:
        tags = [False] * len(self.tokens)
        for quote in gold.quotes:
            if quote.cue is not None:
                for k in self.token_range(quote.cue.start, quote.cue.end):
                    tags[k] = True
        return tags

    # ------------------------------------------------------------------ content tagger

    def _path_to_cue(self, k: int) -> tuple[str, int | None]:
        """The dependency labels from ``k`` up to the first cue above it ("ccomp", "nsubj/ccomp"), and that cue."""
        steps, j = [], k
        for _ in range(8):
            head = self.tokens[j].head
            if head == j:
                return "", None
            steps.append(self.tokens[j].dep)
            if self.cue_probability[head] >= CUE_THRESHOLD:
                return "/".join(steps[-3:]), head
            j = head
        return "", None

    def token_features(self, k: int) -> dict[str, object]:
        token, tokens = self.tokens[k], self.tokens
        paragraph = token.paragraph
        sentence_cues = self.cues_by_sentence.get(token.sentence, [])
        nearest = min(sentence_cues, key=lambda j: abs(j - k), default=None)
        path, governor = self._path_to_cue(k)
        first_in_paragraph = self.paragraphs[paragraph][0]
        f: dict[str, object] = {
            "bias": 1.0, "w": token.text.lower(), "pos": token.pos, "dep": token.dep, "quoted": token.quoted,
            "mark": token.text in _MARKS, "opening": token.text in _OPENING, "rules": self.rules_kind[k] or "none",
            "rules_begin": self.rules_begin[k], "cue": self.cue_probability[k] >= CUE_THRESHOLD,
            "cue_strength": str(int(self.cue_probability[k] * 4)), "sentence_cue": nearest is not None,
            "previous_sentence_cue": token.sentence - 1 in self.cues_by_sentence,
            "next_sentence_cue": token.sentence + 1 in self.cues_by_sentence,
            "path": path or "none", "under_cue": governor is not None,
            "sentence_start": k == 0 or tokens[k - 1].sentence != token.sentence,
            "paragraph_start": k == first_in_paragraph, "paragraph": str(min(paragraph, 4)),
            "question": paragraph in self.questions, "answer": paragraph - 1 in self.questions,
            "paragraph_opens_mark": tokens[first_in_paragraph].text in _MARKS,
        }
        if nearest is not None:
            distance = k - nearest
            f["side"] = "after" if distance > 0 else "before" if distance < 0 else "on"
            f["distance"] = str(min(abs(distance), 40) // 5)
            f["cue_w"] = tokens[nearest].text.lower()
            f["side+quoted"] = f"{f['side']}|{token.quoted}"
        if governor is not None:
            f["path+cue"] = f"{path}|{tokens[governor].text.lower()}"
        for offset in (-2, -1, 1, 2):
            j = k + offset
            if 0 <= j < len(tokens) and tokens[j].paragraph == paragraph:
                other = tokens[j]
                f[f"{offset}:w"] = other.text.lower()
                if abs(offset) == 1:
                    f[f"{offset}:quoted"] = other.quoted
                    f[f"{offset}:rules"] = self.rules_kind[j] or "none"
                    f[f"{offset}:cue"] = self.cue_probability[j] >= CUE_THRESHOLD
                    f[f"{offset}:pos"] = other.pos
            else:
                f[f"{offset}:edge"] = True
        return f

    def sequences(self) -> list[list[int]]:
        """The token indices of each paragraph: one CRF sequence each."""
        return [self.paragraphs[p] for p in sorted(self.paragraphs)]

    def content_tags(self, gold: Annotation) -> list[str]:
        tags = ["O"] * len(self.tokens)
        for quote in sorted(gold.quotes, key=lambda q: q.start - q.end):  # inner quotes last: the token is theirs
            for n, k in enumerate(self.token_range(quote.start, quote.end)):
                tags[k] = ("B-" if n == 0 else "I-") + quote.kind
        return tags

    def decode(self, tags: list[str]) -> list[tuple[int, int, str]]:
        """BIO tags to quotes ``(start, end, kind)``: runs in one paragraph, trimmed as the guidelines trim spans."""
        runs: list[list] = []
        for k, tag in enumerate(tags):
            prefix, _, kind = tag.partition("-")
            token = self.tokens[k]
            if prefix == "I" and runs and runs[-1][3] == k - 1 and self.tokens[k - 1].paragraph == token.paragraph:
                runs[-1][1], runs[-1][3] = token.end, k
                runs[-1][2].append(kind)
            elif prefix in ("B", "I"):
                runs.append([token.start, token.end, [kind], k])
        text, quotes = self.text, []
        for start, end, kinds, _ in runs:
            kind = max(sorted(set(kinds)), key=kinds.count)
            while start < end and text[start] in _TRIM:
                start += 1
            while end > start and (text[end - 1] in _TRIM or kind != "direct" and text[end - 1] in ".!?"):
                end -= 1
            if len(text[start:end].split()) >= 3:
                quotes.append((start, end, kind))
        return quotes

    def nearest_cue(self, start: int, end: int) -> int | None:
        """The predicted cue nearest a quote, in its sentence, else in the sentence before or after."""
        inside = self.token_range(start, end)
        if not inside:
            return None
        first, last = self.tokens[inside[0]].sentence, self.tokens[inside[-1]].sentence
        for sentences in (range(first, last + 1), (first - 1,), (last + 1,)):
            cues = [j for s in sentences for j in self.cues_by_sentence.get(s, []) if not start <= self.tokens[j].start < end]
            if cues:
                return min(cues, key=lambda j: min(abs(self.tokens[j].start - end), abs(start - self.tokens[j].end)))
        return None
