"""Where the writer takes over from a reported clause, for the ``rules`` model.

A clause runs to the end of its sentence unless something ends it first (``rules_clauses``); these are the
endings that need no parser:

* the writer's comment on the report: "…, which Trump denied", "…, which the company disputes", "… without
  elaborating", "… without providing evidence";
* a second act of speech by the same subject: "said the bridge would reopen in May and called for patience" (the
  clause ends before "and called", whether or not that verb reports a clause of its own), unless a verb of speech
  inside the clause is the one coordinated ("said police warned residents and asked them to leave"); only verbs
  that name an act of speech and nothing else count ("and continued", "and ordered" may go on the clause).

A source phrase ends before a dash: "according to a new analysis — while another found …" is by "a new analysis".
"""

from __future__ import annotations

import re
from newsquotes.models import _lexicon as lex

_DISPUTING = "denied|denies|deny|disputed|disputes|dispute|rejected|rejects|reject|dismissed|dismisses|refuted|refutes"
#: "…, which Trump denied", "…, which the company has disputed", "…, a claim he denied".
_DISPUTED = re.compile(r",\s+(?:which|a\s+claim|an\s+allegation|a\s+charge)\s+(?:he|she|they|it|(?:the\s+)?[\w.'’-]+"
                       r"(?:\s+[A-Z][\w.'’-]*){0,2})\s+(?:has\s+|have\s+|had\s+|also\s+|strongly\s+|repeatedly\s+)?"
                       r"(?:%s)\b" % _DISPUTING)
#: "… without elaborating", "…, without providing evidence": how the report was made, not what it says.
_WITHOUT = re.compile(r",?\s+without\s+(?:elaborating|specifying|providing|giving|offering|citing|naming|explaining|"
                      r"saying|identifying|detailing|presenting)\b")
#: Verbs that, after "and", are a further act of speech and never an event of the reported clause (not "continued",
#: "ordered", "announced", "reported": "Police reported the attacker exited the hall and continued to attack").
_SPEECH_ACTS = frozenset("""
    added asked called urged vowed pledged promised warned insisted stressed emphasised emphasized described praised
    condemned criticised criticized denounced dubbed termed branded hailed lauded tweeted explained quipped remarked
    reiterated commented cautioned characterised characterized thanked appealed
""".split())
#: " and called …", ", and urged …": a second act of speech, its subject shared.
_AND_SPEECH = re.compile(r",?\s+and\s+(?:(?:%s)\s+)*([a-z]+ed)\b" % "|".join(sorted(lex.SUBJECT_GAP)))


def writers_comment(text: str, s: int, e: int) -> int | None:
    """Where the writer's comment on the report begins inside ``[s, e)``, if it does."""
    found = [m.start() for m in (_DISPUTED.search(text, s, e), _WITHOUT.search(text, s, e)) if m]
    return min(found) if found else None


def second_act(text: str, s: int, e: int) -> int | None:
    """Where a coordinated verb of speech of the clause's own subject begins ("… and called for patience"), if no
    verb of speech inside the clause comes before it (that one would be what the "and" goes on)."""
    for match in _AND_SPEECH.finditer(text, s, e):
        word = match.group(1)
        if word not in _SPEECH_ACTS:
            continue
        earlier = re.findall(r"[a-z]+", text[s:match.start()])
        if not any(w in lex.SPEECH_VERBS | lex.NAMING_VERBS for w in earlier):
            return match.start()
        return None
    return None
