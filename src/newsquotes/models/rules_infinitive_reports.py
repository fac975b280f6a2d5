"""The source of a reporting verb in an infinitive that says what the sentence's subject went on to do.

"Trump has recently tried to suggest that …", "Kurt Volker … shifted his own account of the meeting to say Sondland
did …", "Researchers used the binary mass function to conclude the black hole had …": the infinitive reports the
words of the main clause's subject. An infinitive of what was not (or not yet) said reports nothing: "declined to
say", "is expected to announce", "plans to reveal", "would not confirm"; nor one whose subject is another's hearer
("asked him to confirm", "urged officials to declare": a request, read in ``rules_clauses``), one in the writer's
voice ("it is interesting to note that …"), one of a verb that as often takes a thing ("to write songs …") or
without a clause after it ("to inform people of the deal").
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_cues import Cue
from newsquotes.models.rules_finite import finite, verb_form
from newsquotes.models.rules_leading import ADJUNCT, leading_subject
from newsquotes.models.rules_speakers import Speaker, Speakers
from newsquotes.models.rules_text import Layout

_TO = re.compile(r"\bto\s+$")
#: Verbs that as often take a thing or a hearer as a clause: "to write songs he would mail …", "to add 100 miles".
_TAKES_THINGS = lex.TELL_VERBS | frozenset("add adds write writes show shows".split())
#: A sentence that speaks in the writer's voice: "it is interesting to note that …", "it was time to announce".
_IMPERSONAL = re.compile(r"\b(?:it|there)\s+(?:is|was|are|were|will\s+be|would\s+be)\b|\b(?:it|there)[’']s\b", re.IGNORECASE)
#: Words before the infinitive that leave its report unmade or make it another's: a refusal, a plan or an
#: expectation, a modal, a request of a hearer, a time still to come.
_UNSAID = frozenset("""
    refuse refused refuses refusing decline declined declines declining fail failed fails failing
    want wants wanted wanting plan plans planned planning expect expects expected expecting hope hopes hoped
    hoping intend intends intended intending set due scheduled slated going likely unlikely about ready prepared
    poised eager willing reluctant unable yet
    ask asks asked asking urge urges urged urging invite invites invited inviting allow allows allowed allowing
    force forces forced pressure pressured pressed encourage encouraged persuade persuaded tell tells told telling
    call calls called calling need needs needed require requires required authorized permitted cannot
    if when whether unless before until
""".split()) | lex.MODALS | lex.NEGATION


def infinitive_subject(layout: Layout, speakers: Speakers, cue: Cue) -> Speaker | None:
    """The subject of the sentence whose deed a reporting verb's infinitive completes ("tried to suggest that …",
    "used the function to conclude …"), or None."""
    text = layout.text
    first, last = layout.sentence(cue.start)
    to = _TO.search(text, first, cue.start)
    if not to or cue.word in _TAKES_THINGS or speakers.quotations.between(first, cue.start):
        return None
    if _IMPERSONAL.search(text, first, to.start()):
        return None  # "it is interesting to note that …": the writer's remark
    if not (re.match(r"\s+that\b", text[cue.end:last]) or finite(layout.words_in(cue.end, last), text)):
        return None  # "to inform people of the deal": no clause
    if any(first <= c.start < cue.start for c in speakers.cues):
        return None  # "said it was time to announce …": the infinitive is inside another's report
    opening = ADJUNCT.match(text, first, to.start())  # "In May, researchers used …": a time, no report unmade
    lo = opening.end() if opening else first
    named = any(m.start == lo and m.label in ("PERSON", "ORG") for m in speakers.mentions)
    words = re.findall(r"[A-Za-z][\w'’-]*", text[lo:to.start()])
    # a name ("Theresa May", "May tried", "Will Smith") is no modal "may" or "will"
    before = [w.lower() if k == 0 and not named else w for k, w in enumerate(words)]
    if any(w in _UNSAID or w.endswith(("n't", "n’t")) for w in before):
        return None
    if found := speakers.sentence_subject(first, to.start()):
        return found
    verb = next((w for w in layout.words_in(lo, to.start())[1:] if verb_form(layout.word(w))), None)
    return leading_subject(layout, speakers, verb[0]) if verb else None  # "Researchers used the function to conclude"
