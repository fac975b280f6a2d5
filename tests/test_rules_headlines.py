"""The ``rules`` model on a press page's list of coverage: what a headline reports is a quote of its source.

Each line is one of a White House page of the train or dev split ("WSTM-TV (Syracuse, NY): AAA: Even lower gas
prices expected in coming weeks"). The metamorphic tests write one report in the headline forms publishers use,
with and without the outlet's place, and ask for the same claim and source.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes

INTRO = "Gas prices are falling across the country, and local outlets are taking note:"


def reports(*lines: str) -> list[tuple[str, str | None]]:
    return [(q[0], q[4]) for q in quotes(INTRO, *lines)]


@pytest.mark.parametrize("line,claim,source", [
    ("WSTM-TV (Syracuse, NY): AAA: Even lower gas prices expected in coming weeks",
     "Even lower gas prices expected in coming weeks", "AAA"),
    ("WANE-TV (Fort Wayne, IN): Gas prices could hit lowest levels since the pandemic according to GasBuddy",
     "Gas prices could hit lowest levels since the pandemic", "GasBuddy"),
    ("TheHouston (Houston, TX): Houston Drivers See Relief at the Pump as Prices Dip to $2.29, Survey Shows",
     "Houston Drivers See Relief at the Pump as Prices Dip to $2.29", "Survey"),
    ("Fox News: White House says Apple to announce $100B US investment commitment for manufacturing",
     "Apple to announce $100B US investment commitment for manufacturing", "White House"),
    ("Los Angeles Times: Apple to commit another $100 billion for U.S. manufacturing, White House says",
     "Apple to commit another $100 billion for U.S. manufacturing", "White House"),
])
def test_a_headline_reports_its_source(line, claim, source):
    assert reports(line) == [(claim, source)]


@pytest.mark.parametrize("line", [
    "The Hill: Trump announces $600B Apple investment in US manufacturing",  # a thing announced, no claim
    "The Daily Wire: Trump Scores Another Win: Apple To Pump $100 Billion More Into U.S. Economy",
    "Alabama: Today: $2.74; One year ago: $3.18; Record: $4.63 (6/14/22)",  # a row of a table
    "WWL Radio (New Orleans, LA): Gas prices could hit 4-year low",
])
def test_a_headline_without_a_source_reports_nothing(line):
    assert reports(line) == []


@pytest.mark.parametrize("outlet", ["KTSA Radio (San Antonio, TX)", "KTSA Radio", "The San Antonio Express-News"])
@pytest.mark.parametrize("headline", [
    "AAA: Gas prices fall in San Antonio for second consecutive week",
    "Gas prices fall in San Antonio for second consecutive week, AAA says",
    "Gas prices fall in San Antonio for second consecutive week, AAA Says",
    "Gas prices fall in San Antonio for second consecutive week according to AAA",
])
def test_one_report_in_any_headline_form_has_the_same_claim_and_source(outlet, headline):
    assert reports(f"{outlet}: {headline}") == [("Gas prices fall in San Antonio for second consecutive week", "AAA")]
