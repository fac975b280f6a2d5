"""A small stance lexicon: words that take a side whatever the topic, after the definitions of
``labeling/GUIDELINES.md`` ("Stance"): support, praise and announcing one's plans are ``favor``; criticism,
disappointment, accusation and warning are ``against``; a few were added from the errors of the outside set's study
half (``benchmarks/outside/``). Hedges and verbs of obligation or intent ("must", "will", "have") are counted too,
for the model to weigh: a hedged report of facts is often ``neutral``, a "must" often a call for something.

Topic words (a team, a policy, a country) are what a model fitted on one corpus learns first and what fails on text
about other things; these words and the cue's class carry over to most topics (a few, such as "crime" or "jobs", are
words of harm or gain that news of many topics uses). A polar word within three words after a negation counts for the
other side ("not a good deal").
"""

from __future__ import annotations

import re
from collections.abc import Sequence


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FAVOR_WORDS = _words("""
    support supports supported supporting welcome welcomes welcomed welcoming praise praised praises great good
    better best proud pride pleased glad happy excellent historic success successful succeed win wins won winning
    strong stronger benefit benefits beneficial important committed commend commends commended applaud applauds
    thank thanks thankful grateful congratulate congratulations delighted excited encourage encouraged encouraging
    deserve deserves deserved hope hopeful confident love loved tremendous incredible amazing fantastic wonderful
    positive progress improve improved improvement improving help helps helped helping protect protects protected
    secure deliver delivered delivering achieve achieved achievement agree agreed agrees endorse endorsed back backed
    champion celebrate celebrated honor honored honour honoured boost boosted growth thrilled impressive remarkable
    brave courageous safe safer effective right fair beautiful perfect optimistic opportunity opportunities
    creating create jobs restore restored keep kept promise promises promised stand lead leader leadership
""")
AGAINST_WORDS = _words("""
    oppose opposes opposed opposing opposition against condemn condemns condemned criticize criticized criticise
    criticised criticism reject rejects rejected deny denies denied dispute disputed accuse accused accuses blame
    blamed wrong bad worse worst terrible horrible awful disappointed disappointing disappointment concern concerns
    concerned worried worry worrying fear fears feared threat threats threaten threatened threatening danger
    dangerous risk risks harm harmful damage damaging fail fails failed failing failure crisis problem problems
    unfair illegal corrupt corruption outrageous disgrace disgraceful shame shameful ridiculous absurd lie lies lied
    false fake hoax unacceptable chaos disaster catastrophic devastating attack attacks attacked abuse violence crime
    waste mistake uncertainty hardship suffer suffering destroy destroyed destroying kill killed dead death angry
    anger outrage sad tragic tragedy scandal fraud cheat unfortunately sadly hate hated violate violated violation
    punish stop stopped ban banned warn warned warning radical extreme disgusting pathetic weak weakness inflation
    cost costs expensive slammed blasted decried denounced dismissed refuse refused refuses
""")
HEDGES = _words("""
    might may could perhaps possibly probably likely unlikely unclear appear appears seem seems suggest suggests
    estimate estimated approximately about around roughly
""")
MODALS = _words("must should need needs ought will would shall have has")

_NEGATION = re.compile(r"(?:not|no|never|nothing|nobody|none|cannot|neither|nor|without|\w*n't)")
_TOKEN = re.compile(r"[a-z]+(?:'t)?")  # "don't" whole, for the negation
_NEGATION_REACH = 3


def _polar_counts(tokens: Sequence[str]) -> tuple[int, int]:
    favor = against = 0
    last_negation = -_NEGATION_REACH - 1
    for i, token in enumerate(tokens):
        if _NEGATION.fullmatch(token):
            last_negation = i
            continue
        polarity = 1 if token in FAVOR_WORDS else -1 if token in AGAINST_WORDS else 0
        if i - last_negation <= _NEGATION_REACH:
            polarity = -polarity
        favor += polarity > 0
        against += polarity < 0
    return favor, against


def cue_class(cue: str) -> str:
    """Which side the cue itself takes ("praised", "accused"), ``other`` for a neutral one, ``none`` without one."""
    words = set(cue.split())
    if not words:
        return "none"
    return "favor" if words & FAVOR_WORDS else "against" if words & AGAINST_WORDS else "other"


def lexicon_signals(records: Sequence[dict]) -> list[dict[str, object]]:
    """How many words of the quote take each side (negated ones counted for the other), its hedges and modal
    verbs, and the cue's class, for records of :func:`newsquotes.models.stance.quote_fields`."""
    out = []
    for record in records:
        tokens = _TOKEN.findall(record["quote"].lower().replace("\u2019", "'"))
        favor, against = _polar_counts(tokens)
        out.append({"lexicon_favor": min(favor, 4), "lexicon_against": min(against, 4),
                    "lexicon_balance": max(-3, min(3, favor - against)),
                    "hedges": min(sum(t in HEDGES for t in tokens), 3), "modals": min(sum(t in MODALS for t in tokens), 3),
                    "cue_class": cue_class(record["cue"])})
    return out
