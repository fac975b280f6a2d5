"""Features of the learned baseline: one dict per token for the entity and quote taggers, one per candidate
speaker for the speaker ranker.

Tokens are the pretrained spaCy pipeline's (its entity types, parts of speech and dependencies are
evidence, not answers), and the ``rules`` model's names and the shared lexicon and gazetteer add what the
pipeline does not know. The same code reads gold for training and text for prediction, so the two cannot
drift apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_entities import find_mentions
from newsquotes.models.rules_marks import Quotations
from newsquotes.models.rules_text import Layout
from newsquotes.models.spacy_model import name_span
from newsquotes.schema import Article

_MARKS = "\"“”„«»'‘’"


@dataclass
class Token:
    start: int
    end: int
    text: str
    sentence: int  # index of the article sentence that holds it
    paragraph: int
    ent: str  # the pipeline's entity tag, as the spacy: model reads it: "B-GPE", "I-PERSON", "O"
    pos: str
    dep: str
    head: int  # index of the syntactic head in the token list
    rules: str  # the rules model's name tag: "B-GPE", "O"
    quoted: bool  # inside quotation marks


def _shape(word: str) -> str:
    shape = re.sub(r"[A-Z]", "X", re.sub(r"[a-z]", "x", re.sub(r"\d", "d", word)))
    return re.sub(r"(.)\1{2,}", r"\1\1", shape)


class Analysis:
    """An article as tokens with the evidence the features read."""

    def __init__(self, article: Article, nlp):
        self.article, self.text = article, article.text
        layout = Layout(article)
        quotations = Quotations(layout)
        rules_tags: dict[int, str] = {}
        for mention in find_mentions(layout):
            for k, w in enumerate(layout.words_in(mention.start, mention.end)):
                rules_tags[w[0]] = ("B-" if k == 0 else "I-") + mention.label
        doc = nlp(self.text)
        pipeline_tags: dict[int, str] = {}  # the pipeline's names, cut and typed as the spacy: model does
        for ent in doc.ents:
            named = name_span(self.text, ent.start_char, ent.end_char, ent.label_)
            for n, t in enumerate(t for t in ent if named and named[0] <= t.idx < named[1]):
                pipeline_tags[t.idx] = ("B-" if n == 0 else "I-") + named[2]
        kept = [t for t in doc if not t.is_space]
        position = {t.i: k for k, t in enumerate(kept)}
        self.tokens = [Token(t.idx, t.idx + len(t), t.text, _index(layout.sentence_starts, t.idx),
                             layout.paragraph(t.idx), pipeline_tags.get(t.idx, "O"), t.pos_,
                             t.dep_, position.get(t.head.i, k), rules_tags.get(t.idx, "O"), quotations.inside(t.idx))
                       for k, t in enumerate(kept)]
        self.cues_by_sentence: dict[int, list[int]] = {}
        for k, tok in enumerate(self.tokens):
            if self.is_cue(tok):
                self.cues_by_sentence.setdefault(tok.sentence, []).append(k)
        self.cue_sentences = set(self.cues_by_sentence)

    def is_cue(self, token: Token) -> bool:
        return token.text.lower() in lex.SPEECH_VERBS and token.pos == "VERB" and not token.quoted

    def word_features(self, k: int) -> dict[str, object]:
        token = self.tokens[k]
        word = token.text
        return {"w": word.lower(), "shape": _shape(word), "suffix": word[-3:].lower(), "title": word.istitle(),
                "upper": word.isupper(), "ent": token.ent, "pos": token.pos, "dep": token.dep, "rules": token.rules,
                "gpe": word in lex.GPE, "norp": word in lex.NORP or word.rstrip("s") in lex.NORP,
                "person_title": word.rstrip(".") in lex.TITLES, "org_word": word in lex.ORG_WORDS}

    def entity_features(self, k: int) -> dict[str, object]:
        features = {f"0:{name}": value for name, value in self.word_features(k).items()}
        for offset in (-2, -1, 1, 2):
            if 0 <= k + offset < len(self.tokens):
                around = self.word_features(k + offset)
                features.update({f"{offset}:{name}": around[name] for name in ("w", "shape", "ent", "rules", "pos")})
            else:
                features[f"{offset}:edge"] = True
        return features

    def quote_features(self, k: int) -> dict[str, object]:
        token = self.tokens[k]
        nearest = min(self.cues_by_sentence.get(token.sentence, []), key=lambda j: abs(j - k), default=None)
        features: dict[str, object] = {
            "w": token.text.lower(), "pos": token.pos, "dep": token.dep, "quoted": token.quoted,
            "mark": token.text in _MARKS, "cue_in_sentence": token.sentence in self.cue_sentences,
            "cue_before": token.sentence - 1 in self.cue_sentences, "head_dep": self.tokens[token.head].dep,
            "under_cue": self._under_cue(k), "is_cue": self.is_cue(token),
        }
        if nearest is not None:
            distance = k - nearest
            features["side"] = "after" if distance > 0 else "before" if distance < 0 else "on"
            features["distance"] = min(abs(distance), 30) // 5
            features["cue"] = self.tokens[nearest].text.lower()
        for offset in (-1, 1):
            if 0 <= k + offset < len(self.tokens):
                other = self.tokens[k + offset]
                features[f"{offset}:w"], features[f"{offset}:quoted"] = other.text.lower(), other.quoted
        return features

    def _under_cue(self, k: int) -> str:
        """The dependency path's last step before a reporting verb above the token ("ccomp"), if any."""
        seen = 0
        while seen < 30:
            head = self.tokens[k].head
            if head == k:
                return ""
            if self.is_cue(self.tokens[head]):
                return self.tokens[k].dep
            k, seen = head, seen + 1
        return ""

    def candidate_features(self, quote: tuple[int, int], candidate: tuple[int, int], kind: str) -> dict[str, object]:
        """Features of ``candidate`` (a mention's offsets) as the speaker of the quote at ``quote``."""
        q_start, q_end = quote
        c_start, c_end = candidate
        inside = [t for t in self.tokens if c_start <= t.start < c_end]
        head = inside[-1] if inside else None
        before = c_end <= q_start
        gap = self.text[c_end:q_start] if before else self.text[q_end:c_start]
        features: dict[str, object] = {
            "kind": kind, "before": before, "gap_words": min(len(gap.split()), 40) // 4,
            "gap_sentence_break": bool(re.search(r"[.!?][”\"’]?\s", gap)), "gap_cue": any(
                w.lower() in lex.SPEECH_VERBS for w in re.findall(r"\w+", gap)), "gap_paragraph": "\n" in gap,
        }
        if head is not None:
            governor = self.tokens[head.head]
            features.update({"dep": head.dep, "ent": head.ent.partition("-")[2], "rules": head.rules.partition("-")[2],
                             "pronoun": head.text.lower() in lex.PRONOUNS, "noun": lex.head_kind(head.text.lower()) or "",
                             "governor_cue": self.is_cue(governor), "subject_of_cue": head.dep.startswith("nsubj")
                             and self.is_cue(governor)})
        return features


def _index(starts: list[int], position: int) -> int:
    from bisect import bisect_right

    return max(bisect_right(starts, position) - 1, 0)
