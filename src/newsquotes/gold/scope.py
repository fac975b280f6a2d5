"""What our quote scope sets aside of the expert attribution layers, by reason.

Our quotes are reported speech or writing whose content is a clause (GUIDELINES: What counts as a quote).
GUM's discourse attributions and MEANTIME's speech events, like PARC 3.0 and PolNeAR, also take in thoughts
and perception, evidence, noun-phrase contents and the like. Every expert item our gold does not meet is
settled in ``corpus/gold/checks/<check>.toml`` with its reason; :func:`reason_category` sorts those reasons
into the classes below by the words each reason is written with (the first class that matches), so that the
card and the gold README can say how much each part of the scope leaves out.
"""

from __future__ import annotations

import re
from collections import Counter

#: (class, pattern over the lower-cased reason), in the order they are tried. Three classes are attributions
#: we also record, by another convention (a relayer, a part of one of our quotes, another span for the
#: speaker or cue); the others lie outside our scope.
CLASSES: list[tuple[str, str]] = [
    ("interviewer's question or the publication's own voice",
     r"interviewer|publication's (voice|purpose)|wikinews is not a speaker|questions are not quotes"),
    ("relayer that only attributes (the inner source is our speaker)", r"only attributes|innermost|relay"),
    ("inside one of our quotes, or part of its content",
     r"inside (his|her|their|the|an|o'leary|yosano|weafer|santorum|[a-z]+'s) (own )?(answer|quotation|quote|words)"
     r"|part of (the|his|her|its|their) (answer|content|quote|outer)|own words|own thought|own finding"
     r"|part of the content|inside one of our quotes|inside our quote|is part of|the content reported by"
     r"|inside the clause reported|inside the content of|content backed by|already (his|her|its) quote"
     r"|inside (the|a) (recited|statement|email|letter)|the stanza is|rephrasing"),
    ("content only a noun phrase, or no clause", r"noun.phrase|noun phrase|no clause|gerund|interjection"
     r"|no reported clause|content is a clause|only the action|no content clause|no content of"),
    ("speaker or cue marked by another convention (names without titles, the verb as cue)",
     r"the name alone|apposition|is our cue|is the cue|only frames|content noun|the subject of the cue"
     r"|the speaker is the|our speaker|cue 'said'|document speaker|before the parenthetical"),
    ("belief, thought, feeling or perception not presented as communicated",
     r"thought|belief|believ|knowledge|know\b|perception|feeling|felt|concern|worr|attitude|cognitive|realize"
     r"|hope|expectation|fear|afraid|wish|intention|narrat"),
    ("negated or empty report", r"negat|empty report|without (giving )?its content|without their content"
     r"|names what|names the|no content"),
    ("no report: an event, a result, evidence, a name, a credit or a source list",
     r"."),
]


def reason_category(reason: str) -> str:
    text = reason.lower()
    return next(name for name, pattern in CLASSES if re.search(pattern, text))


def set_aside(settled_reasons: list[str]) -> dict[str, int]:
    """Settled disagreements per class, largest first."""
    return dict(Counter(reason_category(r) for r in settled_reasons).most_common())


#: The classes whose expert items we record too, by our own convention: not left out by our scope.
RECORDED_OTHERWISE = frozenset(name for name, _ in CLASSES if name.startswith(("relayer", "inside", "speaker or cue")))
