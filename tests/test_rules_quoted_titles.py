"""A title may stand between a quotation and its speaker's name, and a quotation may end on a preposition before the
name: the speaker is still the name, and the quotation stays direct."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence, content, speaker", [
    ("“The review found no grounds to bring charges against the officers,” Denmark’s chief public prosecutor, "
     "Lars Eide, said on Monday.", "The review found no grounds to bring charges against the officers", "Lars Eide"),
    ("“We have asked the club to hand over every record it holds,” the league’s head of integrity, Rosa Marquez, "
     "said.", "We have asked the club to hand over every record it holds", "Rosa Marquez"),
    ("“We will appeal the ruling as soon as the court allows it,” the U.S. attorney for the district, Joan Whitaker, "
     "said.", "We will appeal the ruling as soon as the court allows it", "Joan Whitaker"),
])
def test_a_title_between_the_quotation_and_the_name_leaves_it_direct(sentence, content, speaker):
    found = quotes(sentence)
    assert [q[:4] for q in found if q[1] != "indirect"] == [(content, "direct", "said", speaker)], found


def test_a_preposition_that_ends_the_quotation_makes_no_place_of_the_name_after_it():
    sentence = ("“Trials like these only pay off when you get out more than you put in,” Dylan Marsh, a research "
                "fellow at the Institute for Marine Studies in Kiel, Germany, and co-author of the study, said.")
    found = quotes(sentence)
    assert [q[1:4] for q in found] == [("direct", "said", "Dylan Marsh")], found
