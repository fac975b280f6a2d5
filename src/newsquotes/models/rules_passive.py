"""Passive judgements for the ``rules`` model: "The move was quickly hailed by Alaskan leaders and mining
organizations as a massive win …", "… were described by Johnson as a "historic mandate"".

A passive reporting verb reports nothing ("was told", "was asked"), except a verb that judges a thing when the one
who judges follows "by" and the judgement follows "as", or a verb that directs when the one who directs follows "by" and an infinitive follows
("were told by WeWork to sign …", "was recommended by Jobs to take over"): the agent is the speaker (a dash
apposition after it left out: "by the United Auto Workers — one of the country's largest labor unions — as …") and
the content is the judgement, "as" included, or the infinitive, "to" included.
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex

#: Past participles that judge a thing "as" something, in a passive with its agent.
JUDGING_PARTICIPLES = frozenset("""
    hailed described praised lauded welcomed applauded celebrated characterized characterised labeled labelled
    branded criticized criticised condemned denounced dismissed slammed decried blasted touted heralded
""".split())
#: Past participles that direct someone to an act, in a passive with its agent and the infinitive.
DIRECTING_PARTICIPLES = frozenset("told asked urged ordered advised encouraged recommended instructed".split())
_BY = re.compile(r"(?:\s+[a-z]+ly)?\s+by\s+")
_AS = re.compile(r"\s+as\s+(?=\S)")
#: The infinitive after a directing participle's agent; not "to" before a noun phrase ("by a letter to the board").
_TO = re.compile(r"\s+(?:not\s+)?to\s+(?!(?:%s|this|that)\b)[a-z]" % "|".join(sorted(lex.DETERMINERS)))
#: What the agent holds no more of: a clause's punctuation or a quotation.
_AGENT_STOP = re.compile(r"[,;:“”\"«»()]")
_DASH = re.compile(r"\s+[—–]\s+|\s+-\s+|—")


def passive_agent(text: str, end: int, hi: int, word: str = "") -> tuple[int, int, int] | None:
    """For a passive judging (or directing) participle ``word`` ending at ``end``: where its agent begins and ends
    and where "as" (or the infinitive) begins, within the sentence that ends at ``hi``; None without "by" and "as"
    (or the infinitive)."""
    by = _BY.match(text, end, hi)
    if not by:
        return None
    as_ = (_TO if word in DIRECTING_PARTICIPLES else _AS).search(text, by.end(), min(hi, by.end() + 200))
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
