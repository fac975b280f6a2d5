"""A report inside a relative clause set off by commas ends where the relative clause does.

"Smith, who said the plan would fail, has left the party": the report is "the plan would fail"; after the comma the
sentence's own predicate ("has left the party") resumes, which is the writer's. "Assange, who denies the accusation,
has avoided extradition …" reports no clause at all: its verb has only a noun phrase before the comma.
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex

#: A relative pronoun right before the verb, after the comma that opens the relative clause if any: "Smith, who
#: said", "an official who said".
WHO_BEFORE = re.compile(r",?\s+who(?:\s+(?:%s))*\s*$" % "|".join(sorted(lex.SUBJECT_GAP)))
#: A comma and the main clause's predicate resuming: ", has left", ", will", ", later told". A bare "said", "told",
#: "made" or "found" after a comma may be the report's own ("…, told by aides …"): only after an adverb of time.
_AMBIGUOUS = frozenset({"said", "told", "made", "found"})
_ADVERB = r"(?:also|then|later|now|still)\s+"
_RESUMES = re.compile(r",\s+(?:%s(?:%s)|(?:%s)?(?:%s))\b" % (
    _ADVERB, "|".join(sorted(_AMBIGUOUS)), _ADVERB, "|".join(sorted(lex.FINITE - _AMBIGUOUS))))


def relative_end(text: str, lo: int, cue_start: int, cue_end: int, hi: int) -> int | None:
    """Where a report whose verb (at ``[cue_start, cue_end)``) opens a ", who …," relative clause must end: at the comma
    after which the main clause's predicate resumes, inside ``[cue_end, hi)``; None when the verb opens none."""
    opens = WHO_BEFORE.search(text, lo, cue_start)
    if not opens or not opens.group().startswith(","):
        return None
    resumed = _RESUMES.search(text, cue_end, hi)
    return resumed.start() if resumed else None
