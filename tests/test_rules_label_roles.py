"""The ``rules`` model on round-up labels whose role before the name is a prefixed or hyphenated title ("Co-Host",
"Co-Founder", "Secretary-General") or a role noun of commentary ("Panelist", "Scholar", "Columnist"): the role
is no part of the speaker's mention or name, as "Senior Fellow" is none.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("label", [
    "WXYZ Morning News Co-Host", "Harbor Foods Chairman and Co-Founder", "UN Under-Secretary-General",
    "Regional Council Secretary-General", "NBN Panelist", "Constitutional Scholar", "The Daily Ledger Columnist",
])
def test_a_role_before_the_name_in_a_label_is_left_out(label):
    (quote,) = quotes(f"{label} Dana Whitfield: “This is a remarkable day for the whole region.”")
    assert (quote[3], quote[4]) == ("Dana Whitfield", "Dana Whitfield")


def test_a_hyphenated_given_name_stays_whole():
    (quote,) = quotes("Jean-Pierre Lacroix: “This is a remarkable day for the whole region.”")
    assert quote[4] == "Jean-Pierre Lacroix"


@pytest.mark.parametrize("label", ["U.S. Ambassador to NATO", "Former Ambassador to NATO", "Director of the FBI"])
def test_the_acronym_of_the_body_a_role_serves_is_no_part_of_the_name(label):
    (quote,) = quotes(f"{label} Dana Whitfield: “This is a remarkable day for the whole region.”")
    assert (quote[3], quote[4]) == ("Dana Whitfield", "Dana Whitfield")
