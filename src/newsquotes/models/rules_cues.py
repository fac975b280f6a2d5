"""Where the cues of the ``rules`` model are: the reporting verbs and phrases of an article, outside quotations.

A cue is a reporting verb outside quotation marks ("said", "warned") or a fixed phrase ("according to", "was quoted
as saying", "in the words of", "quoting", "citing" when a source follows it, and "per" before a name after a comma:
"…, per the WHO, …"). A verb is no cue inside a name ("Secretary of State"), as a noun ("the state news agency",
"its report"), after "was" or "not" ("was told", "did not say"; but a judging participle with its agent is one: "was
hailed by the union as a victory", and so is a directing one with its agent and infinitive: "were told by WeWork to
sign …"), when what follows it cannot be reported (``rules_reporting``), nor as the
writer's inference ("…, suggesting that …" after a sentence that reports nothing), a belief that a report before
it holds ("said he believes"), nor in a condition ("if they say …"). Who speaks each cue, ``rules_speakers`` finds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_head_kinds import head_kind as _head_kind
from newsquotes.models.rules_hypothetical import asks, hypothetical_speech
from newsquotes.models.rules_marks import Quotations
from newsquotes.models.rules_passive import DIRECTING_PARTICIPLES, JUDGING_PARTICIPLES, passive_agent
from newsquotes.models.rules_quote_tags import VOICE_VERBS
from newsquotes.models.rules_reporting import reports
from newsquotes.models.rules_text import Layout

#: Words that may report: the reporting verbs, the naming verbs, and the verbs of voice that close a quotation.
_CUE_WORDS = lex.SPEECH_VERBS | lex.NAMING_VERBS | VOICE_VERBS

#: Fixed phrases that cue a report: "according to", "was quoted as saying", "citing".
_PHRASE_CUE = re.compile(r"\b(?:(?:was|were|is|has been|had been) quoted as saying|[Aa]ccording to|"
                         r"[Ii]n the words of|[Qq]uoting|[Cc]iting|(?P<clear>(?:made|make|makes|making)\s+(?:it\s+)?clear(?=\s+(?:that|to)\s))|"
                         # "Yersinia pestis, per the WHO, is …": "per" and a name after a comma (not "per the WHO's
                         # framework", a rule followed; "Per Reuters, …" opening a sentence is ``rules_sources``'s)
                         r"(?<=, )per(?=\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\s*[,.;]))\b")
#: A passive before "made clear" ("It was made clear that …"): no one's report, as "was told" is none.
_PASSIVE_BEFORE = re.compile(r"\b(?:%s)\s+(?:\w+ly\s+)?$" % "|".join(sorted(lex.PASSIVE)), re.IGNORECASE)


@dataclass
class Cue:
    start: int
    end: int
    kind: str  # "verb" (its subject speaks), "source" (the speaker follows: "according to X") or "agent" ("by X")
    word: str


def find_cues(layout: Layout, quotations: Quotations, by_end: dict[int, Mention]) -> list[Cue]:
    """The article's cues in text order; ``by_end`` holds the mentions outside quotations by where they end."""
    return _CueFinder(layout, quotations, by_end).cues()


class _CueFinder:
    def __init__(self, layout: Layout, quotations: Quotations, by_end: dict[int, Mention]):
        self.layout, self.text, self.quotations, self.by_end = layout, layout.text, quotations, by_end

    def cues(self) -> list[Cue]:
        text, cues = self.text, []
        for m in _PHRASE_CUE.finditer(text):
            if m.group() == "Citing" and not self._cites_a_source(m.end()):
                continue  # "Citing privacy rules, officials have not said …": a reason, not a source
            if m.group() == "per" and re.search(r"\b(?:%s),\s*$" % "|".join(sorted(lex.SPEECH_VERBS)), text[:m.start()]):
                continue  # "“…,” one commenter said, per Feng.": Feng relays, the commenter speaks
            if m.group("clear") and m.group().startswith("made") and _PASSIVE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue
            if not self.quotations.inside(m.start()):
                cues.append(Cue(m.start(), m.end(), "verb" if "quoted" in m.group() or m.group("clear") else "source",
                                m.group().lower()))
        for k, (s, e) in enumerate(self.layout.words):
            word = text[s:e].lower()
            if word not in _CUE_WORDS or self.quotations.inside(s) or any(c.start <= s < c.end for c in cues):
                continue
            if self._in_name(s) or self._used_as_noun(k, s):
                continue
            if self._passive_or_negated(k, s):
                if word in JUDGING_PARTICIPLES | DIRECTING_PARTICIPLES and not self._negated(k, s) and passive_agent(
                        text, e, self.layout.sentence(s)[1], word):
                    cues.append(Cue(s, e, "agent", word))  # "was hailed by the union as a victory", "was told by X to …"
                continue
            if not reports(self.layout, self.by_end.get(s - 1), k, s, e, word) or self._not_reported_here(word, s, cues):
                continue
            cues.append(Cue(s, e, "verb", word))
        return sorted(cues, key=lambda c: c.start)

    def _not_reported_here(self, word: str, s: int, cues: list[Cue]) -> bool:
        """ "…, suggesting that …" after a sentence that reports nothing is the writer's inference ("Similar issues were
        reported on Instagram, suggesting …"), but goes on with a report ("described …, suggesting"); "believes" after
        a report is its content ("John Key said he believes …"), on its own a stated view ("Airbus believes that …");
        speech in a condition or a generality ("if they say …", "you'd say …") is no one's words, and a question put
        with "do" reports nothing ("How do your fellow teammates describe you?")."""
        first, last = self.layout.sentence(s)
        if hypothetical_speech(self.text, first, s) or asks(self.text[first:last]):
            return True
        earlier = any(first <= c.start < s for c in cues)
        return word in lex.INFERRING and not earlier or word in lex.BELIEF_VERBS and earlier

    def _cites_a_source(self, pos: int) -> bool:
        """Whether the phrase after a sentence-initial "Citing" names a source: a name, people or a body."""
        phrase = re.match(r"\s+([^,“”\"]{1,80}),", self.text[pos:pos + 90])
        return bool(phrase) and any(w[0].isupper() or w == "people" or _head_kind(w) in ("PERSON", "ORG")
                                    for w in re.findall(r"[\w'’-]+", phrase.group(1)))

    def _in_name(self, s: int) -> bool:
        """A capitalised form inside a sentence is part of a name: "Secretary of State", "Reports Bureau"."""
        return self.text[s].isupper() and not self.layout.starts_sentence(s)

    def _words_before(self, k: int, s: int) -> list[str]:
        """The two words before word ``k`` in its sentence, after any quotation that ends before it."""
        layout = self.layout
        lo = max(layout.sentence(s)[0], self.quotations.end_before(s))  # "“We will not leave,” said" is no denial
        return [layout.word(w).lower() for w in layout.words[max(0, k - 2):k] if w[0] >= lo]

    def _passive_or_negated(self, k: int, s: int) -> bool:
        """ "was told", "was not immediately asked", "did not say", "never said": no report."""
        before = self._words_before(k, s)
        passive = bool(before) and (before[-1] in lex.PASSIVE or before[0] in lex.PASSIVE and before[-1] in lex.SUBJECT_GAP)
        if passive and self.layout.word(self.layout.words[k]).endswith("ing"):
            passive = False  # "Analysts are predicting that …", "AppleInsider is claiming that …": a report going on
        return passive or self._negated(k, s)

    def _negated(self, k: int, s: int) -> bool:
        return any(w in lex.NEGATION or w.endswith(("n't", "n’t")) for w in self._words_before(k, s))

    def _used_as_noun(self, k: int, s: int) -> bool:
        """A noun rather than a verb: "the state news agency", "its report", "the Russian state", "an executive order"."""
        before = self._words_before(k, s)
        subject = self.by_end.get(s - 1)
        word = self.layout.word(self.layout.words[k]).lower()
        compound = bool(before) and before[-1] in lex.NOUN_MODIFIERS and word in lex.NOUN_LIKE | {"order", "orders"} and (
            self.text[s - 1] == " ")  # "an executive order requiring …", not "its chief executive, said"
        return bool(before) and before[-1] in lex.DETERMINERS or compound or (subject is not None and subject.label == "NORP")
