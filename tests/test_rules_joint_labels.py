"""Two people a round-up label names together, each with a title ("Sen. Jane Doe and Rep. John Roe: “…”"), speak
together: one speaker mention, the leading title left out, named by its own words. A label whose second part is
no title and name stays with the name it ends with."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("label, speaker", [
    ("Sen. Jane Doe and Rep. John Roe", "Jane Doe and Rep. John Roe"),
    ("Governor Ann Lee and Senator Mark Diaz", "Ann Lee and Senator Mark Diaz"),
    ("Fogel lawyers Martin De Luca and Andrew Smith", "Martin De Luca and Andrew Smith"),
])
def test_two_titled_people_in_a_label_speak_together(label, speaker):
    found = quotes("What they are saying about the farm bill:", f"{label}: “This bill will help working families.”")
    assert [(q[0], q[3], q[4]) for q in found] == [("This bill will help working families.", speaker, speaker)], found


def test_a_single_titled_person_keeps_the_label():
    found = quotes("What they are saying about the farm bill:",
                   "Chairman of the Board of Supervisors John Roe: “This bill will help working families.”")
    assert [q[4] for q in found] == ["John Roe"], found
