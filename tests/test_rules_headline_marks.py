"""The ``rules`` model on round-up lines that cite a story by its source and headline: words the headline sets in
single marks belong to someone it does not name, and are no quote of the outlet; a report with its verb inside the
headline still is one, of its own source.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("line", [
    "Daily Ledger: Border town sees dramatic drop in crossings: ‘We haven’t seen anyone in months’",
    "Metro Times: ‘Thanks to the strong consumer,’ retail sales show more spring in city economy",
])
def test_single_marks_in_a_cited_headline_are_no_quote_of_the_outlet(line):
    assert quotes("Here’s what the headlines are saying:", line) == []


def test_a_report_in_a_cited_headline_is_its_sources():
    found = quotes("Here’s what the headlines are saying:",
                   "Metro Times: City Hall says the new bridge will open in the spring")
    assert [(q[2], q[4]) for q in found] == [("says", "City Hall")]


def test_a_label_with_a_quotation_in_double_marks_is_still_a_round_up_line():
    (quote,) = quotes("Metro Times Editor Dana Whitfield: “The numbers speak for themselves this spring.”")
    assert quote[4] == "Dana Whitfield"


def test_single_marks_in_a_cited_headline_with_a_verb_of_saying_stay_a_quote():
    found = quotes("Here’s what the headlines are saying:",
                   "Daily Ledger: ‘We will not back down from this fight,’ Governor Dana Whitfield says")
    assert [q[0] for q in found] == ["We will not back down from this fight"]
