"""Reports whose content cannot be what was said: no verb after an inverted "said", or "to" and a thing.

A "said" with no clause after it reports nothing there: what follows is an adjunct or the speaker.

"…,” Mayer, Disney's chairman, said Tuesday at the Code Media conference", "…, said Lt. Matt Harris, the
department's spokesman" and "…, said another witness, former adviser Fiona Hill": "say" takes a clause, never a
thing, so words after it with no verb in them are not what was said. Only when the words cannot be a clause's
start read without a parser is a report dropped: right after a comma or a closing mark (the inverted "…, said X"),
and with no word that may be a verb (a known finite form, an -s, -ed or -ing form, a contraction): "said Tuesday
the attack hit a school" stays a report. Likewise a report that opens with "to" and a determiner or a count is a
place or a thing, not a request's infinitive: a noun read as a verb ("law and order as they bring safety to our
communities") or a plea ("pleaded guilty to each crime").
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_clauses import Found
from newsquotes.models.rules_text import Layout

_SAY = frozenset("say says said".split())
_MAYBE_VERB = re.compile(r"(?:[^su]s|ed|ing|n[’']t|[’'](?:s|re|ve|ll|d|m))$")
_INVERTED = re.compile(r"[,”\"’]\s*$")


def impossible_content(layout: Layout, found: Found) -> bool:
    """Whether a found report's content cannot be what was said (``_verbless_after_say``, ``_prepositional``)."""
    return _verbless_after_say(layout, found.cue.word, found.cue.start, found.cue.end, found.start, found.end) or (
        _prepositional(layout.text, found.start))


def _verbless_after_say(layout: Layout, cue_word: str, cue_start: int, cue_end: int, start: int, end: int) -> bool:
    """Whether a report of "say" that opens right after the verb is an adjunct or a speaker (not "…, says portfolio
    manager Jane Roe, expect …", whose clause opens past the speaker)."""
    text = layout.text
    if cue_word not in _SAY or start < cue_end or text[cue_end:start].strip() or not _INVERTED.search(
            text, max(0, cue_start - 3), cue_start):
        return False
    forms = [text[s:e] for s, e in layout.words_in(start, end)]
    return not any(f.lower() in lex.FINITE or f.islower() and _MAYBE_VERB.search(f) for f in forms)


#: "to" before a determiner or a count opens a place or a thing, never an infinitive.
_TO_A_THING = re.compile(r"to\s+(?:(?:%s|each|every|this|that|these|those|all)\b|\d|(?:%s)\b)"
                         % ("|".join(sorted(lex.DETERMINERS)), "|".join(lex.NUMBER_WORDS)), re.IGNORECASE)


def _prepositional(text: str, start: int) -> bool:
    """Whether a report opens with "to" and a thing: "restoring law and order as they bring safety to our
    communities" ("order" is no verb there), "pleaded guilty to each crime" (a plea): a request's content is an
    infinitive ("urged residents to leave")."""
    return bool(_TO_A_THING.match(text, start))
