"""Passive judgements for the ``rules`` model: "The move was quickly hailed by Alaskan leaders and mining
organizations as a massive win …", "… were described by Johnson as a "historic mandate"".

A passive reporting verb reports nothing ("was told", "was asked"), except a verb that judges a thing when the one
who judges follows "by" and the judgement follows "as": the agent is the speaker (a dash apposition after it left
out: "by the United Auto Workers — one of the country's largest labor unions — as …") and the content is the
judgement, "as" included.
"""

from __future__ import annotations

import re

#: Past participles that judge a thing "as" something, in a passive with its agent.
JUDGING_PARTICIPLES = frozenset("""
    hailed described praised lauded welcomed applauded celebrated characterized characterised labeled labelled
    branded criticized criticised condemned denounced dismissed slammed decried blasted touted heralded
""".split())
_BY = re.compile(r"(?:\s+[a-z]+ly)?\s+by\s+")
_AS = re.compile(r"\s+as\s+(?=\S)")
#: What the agent holds no more of: a clause's punctuation or a quotation.
_AGENT_STOP = re.compile(r"[,;:“”\"«»()]")
_DASH = re.compile(r"\s+[—–]\s+|\s+-\s+|—")


def passive_agent(text: str, end: int, hi: int) -> tuple[int, int, int] | None:
    """For a passive judging participle ending at ``end``: where its agent begins and ends and where "as" begins,
    within the sentence that ends at ``hi``; None without "by" and "as"."""
    by = _BY.match(text, end, hi)
    if not by:
        return None
    as_ = _AS.search(text, by.end(), min(hi, by.end() + 200))
    if not as_:
        return None
    agent_end = as_.start()
    if dash := _DASH.search(text, by.end(), agent_end):
        close = _DASH.search(text, dash.end(), agent_end)
        if not close or close.end() < agent_end - 1 and text[close.end():agent_end].strip():
            return None  # "by X — Y — and Z as": no plain apposition
        agent_end = dash.start()
    agent = text[by.end():agent_end]
    if not agent.strip() or _AGENT_STOP.search(agent) or len(agent.split()) > 8:
        return None
    return by.end(), agent_end, as_.start() + 1
