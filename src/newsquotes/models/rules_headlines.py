"""Headlines in a list of coverage, for the ``rules`` model: what a headline reports is a quote of its source.

A press page lists the coverage of a story one headline a line, after the outlet's name and place ("WWJ-TV
(Detroit, MI): Michigan gas prices hit lowest point per gallon since April 2021, AAA says"). A headline reports in
headline grammar: a source's name and a colon before the claim ("AAA: Lowest Memorial Day gas prices since 2021"),
a present-tense verb after a comma at its end ("…, Port Authority says", "…, Survey Shows", "… according to
GasBuddy"), or a verb after the source at its start ("White House says Apple to announce $100B …": no finite verb
needed, but no verb that takes a thing as often as a claim: "Trump announces $600B Apple investment"). The claim
is an indirect quote (mixed with a quotation in it) of the source; the outlet's label is never part of a quote, and
a quote that ran on into the label is cut to the headline. A place's row in a table ("Alabama: Today: $2.74") is
no headline.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsquotes.models.rules_clauses import Found
from newsquotes.models.rules_labels import headline_source, rubric
from newsquotes.models.rules_roundups import RoundUp
from newsquotes.models.rules_text import Layout

_VERBS = r"(?i:says|said|reports|warns|shows|finds|predicts|projects|estimates|confirms|claims)"
#: A source after the claim: "…, AAA says", "…, Farm Bureau Says", "… according to statewide survey".
_SOURCE_AFTER = re.compile(r"(?P<claim>.+?)(?:,\s+(?P<who>[^,;:“”\"‘’]{2,60}?)\s+" + _VERBS + r"|,?\s+according\s+to\s+"
                           r"(?P<source>[^,;:“”\"]{2,60}?))\s*[.!]?$")
#: A word of a source before its verb: a name's, or a document's ("White House memo says", "CPI report shows").
_SOURCE_WORD = r"(?:[A-Z][\w&.’'-]*|memo|report|study|survey|poll|data|analysis|of|the|for|and|&)"
#: What reports without a name: a document or a count.
_DOCUMENTS = frozenset("report survey study memo poll data analysis index estimate estimates forecast".split())
#: A source before the claim: "White House memo says …", "GasBuddy predicts …", "Laken Riley’s Mom Says …".
_SOURCE_BEFORE = re.compile(r"(?P<who>[A-Z][\w&.’'-]*(?:\s+" + _SOURCE_WORD + r"){0,5}?)\s+"
                            r"(?i:says|warns|shows|finds|reports|confirms|estimates|projects)\s+(?P<claim>\S.{8,})$")
#: A source and a colon before the claim: "AAA: Even lower gas prices expected", "GasBuddy: As summer cools off, …".
_SOURCE_LABEL = re.compile(r"(?P<who>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}):\s+(?P<claim>\S.{8,})$")


def headline_reports(layout: Layout, round_up: RoundUp, found: list[Found]) -> list[Found]:
    """``found`` with each quote that ran into a headline's label cut to the headline, and the report of each
    headline in a list of coverage that no quote was found in."""
    text, kept, added = layout.text, [], []
    headlines = [(paragraph.start, lo, paragraph.end) for paragraph in layout.paragraphs
                 if (lo := _headline_start(text, paragraph.start, paragraph.end, round_up)) is not None]
    for quote in found:
        label = next(((lo, hi) for start, lo, hi in headlines if start <= quote.start < lo), None)
        if label is None:
            kept.append(quote)
        elif quote.end - label[0] > 2 and quote.end <= label[1] and not (quote.speaker and quote.speaker.start < label[0]):
            kept.append(replace(quote, start=label[0]))  # "KTSA Radio (San Antonio, TX): Gas prices fall …, AAA says"
    for _, lo, hi in headlines:
        report = _report(text, lo, hi, round_up)
        if report and not any(lo <= q.start < hi and q.kind != "direct" for q in kept):
            kept = [q for q in kept if not report.start <= q.start < report.end]  # a quotation inside is part of it
            added.append(report)
    return sorted(kept + added, key=lambda q: q.start)


def _headline_start(text: str, lo: int, hi: int, round_up: RoundUp) -> int | None:
    """Where the headline starts on a line that gives an outlet's name before it, or None for any other line (a
    place's row of a table: "Alabama: Today: $2.74; One year ago: $3.18")."""
    source = headline_source(text[lo:hi])
    if source is None or _place(round_up, lo + source[0], lo + source[1]):
        return None
    after = re.match(r"\s*(?:\([^()]*\))?\s*:\s*", text[lo + source[1]:hi])
    return lo + source[1] + after.end() if after else None


def _report(text: str, lo: int, hi: int, round_up: RoundUp) -> Found | None:
    """The report of the headline at ``[lo, hi)``, by its source, or None when it reports nothing."""
    line = text[lo:hi].rstrip()
    if found := _SOURCE_AFTER.fullmatch(line):
        group = "who" if found["who"] else "source"
        claim = (lo + found.start("claim"), lo + found.end("claim"))
    elif found := _SOURCE_BEFORE.fullmatch(line) or _SOURCE_LABEL.fullmatch(line):
        group = "who"
        claim = (lo + found.start("claim"), lo + found.end("claim"))
        if rubric(found["who"]) or found["who"].split()[0] in ("On", "In", "As", "After", "Before"):
            return None  # "Report:" is a source, "FACT:" and "On tariffs:" are not
    else:
        return None
    who = (lo + found.start(group), lo + found.end(group))
    label = found.re is _SOURCE_LABEL  # "AAA: …": a name alone, not a headline's clause ("Trump Scores Another Win: …")
    if _place(round_up, *who) or not _names_a_source(round_up, *who, whole=label):
        return None  # a dateline ("South Africa: Taking farms …"), a time ("Today: $2.74")
    speaker = round_up.named(lo + found.start(group), lo + found.end(group))
    kind = "mixed" if any(mark in text[claim[0]:claim[1]] for mark in "“”\"‘") else "indirect"
    return Found(claim[0], claim[1], kind, None, speaker)


def _place(round_up: RoundUp, lo: int, hi: int) -> bool:
    """Whether ``[lo, hi)`` is the name of a place or a people."""
    return any(m.start <= lo and hi <= m.end and m.label in ("GPE", "LOC", "NORP") for m in round_up.mentions)


def _names_a_source(round_up: RoundUp, lo: int, hi: int, whole: bool = False) -> bool:
    """Whether ``[lo, hi)`` names who reports: a name (the whole of it a name when ``whole``), an acronym, or a
    document ("CPI report", "statewide survey")."""
    words = round_up.text[lo:hi].split()
    if words[-1].lower().strip(".,") in _DOCUMENTS or len(words) == 1 and re.search(r"\w[A-Z]", words[0]):
        return True  # "Survey Shows", "AAA: …", "GasBuddy: …"
    # a name, though the mention runs on into the verb of a title-cased headline: "…, White House Warns"
    return any(m.start <= lo and hi <= m.end if whole else m.start < hi and lo < m.end for m in round_up.mentions)
