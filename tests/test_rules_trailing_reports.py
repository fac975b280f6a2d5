"""A noun-like reporting form that closes its sentence after the clause and a nominal source ("…, a new study
reports.") is a verb; elsewhere it stays a noun. A paper or a study the source wrote in, and a relative clause on
it, is no part of the clause ("…, X wrote in the new paper, which was published today.")."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence, content, speaker", [
    ("Divers have now filmed the sunken ferry for the first time, a new survey reports.",
     "Divers have now filmed the sunken ferry for the first time", "a new survey"),
    ("The mill lost money for a third year running, the company claims.",
     "The mill lost money for a third year running", "the company"),
    ("The mill lost money for a third year running because of the new owners, the 56-year-old claims.",
     "The mill lost money for a third year running because of the new owners", "the 56-year-old"),
])
def test_the_form_that_closes_the_sentence_reports(sentence, content, speaker):
    found = quotes(sentence)
    assert [(q[0], q[3]) for q in found] == [(content, speaker)], found


def test_a_noun_stays_a_noun():
    assert quotes("The harbour board read through the latest safety reports.") == []


def test_a_paper_after_the_source_is_where_it_wrote():
    sentence = ("Such floods would come back every spring, or often enough to be seen more than once a decade, Okafor "
                "and her team wrote in the new paper, which was published online today in the journal Hydrology.")
    found = quotes(sentence)
    assert [(q[2], q[3]) for q in found] == [("wrote", "Okafor and her team")], found
    assert found[0][0].endswith("more than once a decade"), found
