"""The ``rules`` model on reports whose source comes after the verb or is a name it does not know: "…, reports
Reuters.", "…, said The We Company’s executive chair Marcelo Claure", "…, says John Petrides, portfolio manager at
…" (the clause before the verb, the role after the name), "…, Deadline reports that …" (a capitalised name opening
the clause after a comma), a medium with its addressees or a relative clause on it after the source ("in an email
to staff that …", "said in the email, which was seen by …") and a relative clause on the speaker ("wrote Taylor,
who …").

Each sentence is written like a sentence of a news page and goes through the real segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("China has had a few cases of plague in recent years, reports Reuters.",
     "China has had a few cases of plague in recent years", "reports", "Reuters"),
    ("The economy is slowing faster than expected, writes Paul Krugman of the New York Times.",
     "The economy is slowing faster than expected", "writes", "Paul Krugman"),
    ("The economy is slowing faster than expected, claims analyst Maria Ostrowski.",
     "The economy is slowing faster than expected", "claims", "Maria Ostrowski"),
    ("China has had a few cases of plague in recent years, reports health correspondent Ann Lee.",
     "China has had a few cases of plague in recent years", "reports", "Ann Lee"),
])
def test_a_noun_like_verb_with_its_source_after_it_reports(sentence, content, cue, speaker):
    (quote,) = quotes(sentence)
    assert quote[:4] == (content, "indirect", cue, speaker)


@pytest.mark.parametrize("sentence", [
    "Media reports in the region said nothing about the fire.",
    "The reports Reuters published were later corrected.",
])
def test_a_noun_like_form_without_a_source_after_it_reports_nothing_new(sentence):
    assert all(q[2] != "reports" for q in quotes(sentence))


def test_a_possessive_body_before_the_role_of_an_inverted_subject():
    (quote,) = quotes("Job cuts will be announced later this week, said The We Company’s recently named executive chair "
                      "Marcelo Claure in an email to staff that was reviewed by Reuters.")
    assert quote[:4] == ("Job cuts will be announced later this week", "indirect", "said", "Marcelo Claure")


def test_an_age_before_an_inverted_subject():
    (quote,) = quotes("“Two months after the onset, I was unable to stand,” wrote 43-year-old Martin Taylor, in a case study.")
    assert quote[2:5] == ("wrote", "Martin Taylor", "Martin Taylor")


@pytest.mark.parametrize("sentence,content,speaker", [
    ("The deal could be the beginning of a new trend for consumer stocks, says John Petrides, portfolio manager at "
     "Tocqueville Asset Management.", "The deal could be the beginning of a new trend for consumer stocks", "John Petrides"),
    ("Rates will rise again in the spring, says Jane Doe, chief economist of the bank.",
     "Rates will rise again in the spring", "Jane Doe"),
])
def test_a_role_after_an_inverted_subject_is_no_content(sentence, content, speaker):
    (quote,) = quotes(sentence)
    assert quote[:4] == (content, "indirect", "says", speaker)


def test_a_clause_the_verb_interrupts_still_goes_on_after_it():
    (quote,) = quotes("It's easy, she says, for people to forget.")
    assert quote[0] == "for people to forget"


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("As if things weren’t murky enough, Deadline reports that Paramount is still working on a second film.",
     "Paramount is still working on a second film", "reports", "Deadline"),
    ("Sales fell sharply in May, Axios reported.", "Sales fell sharply in May", "reported", "Axios"),
])
def test_an_unknown_name_opening_the_clause_after_a_comma_speaks(sentence, content, cue, speaker):
    (quote,) = quotes(sentence)
    assert quote[:4] == (content, "indirect", cue, speaker)


def test_a_relative_clause_on_an_inverted_subject_ends_the_report():
    (quote,) = quotes("Martin Taylor was ill for months.",
                      'Four doctor appointments failed to find the cause, which was "extremely distressing," wrote '
                      "Taylor, who had never smoked.")
    assert quote[:5] == ('Four doctor appointments failed to find the cause, which was "extremely distressing,"', "mixed",
                         "wrote", "Taylor", "Martin Taylor")


def test_a_relative_clause_on_the_medium_is_no_report():
    found = quotes("“We have to make some necessary job eliminations,” Marcelo Claure said in the email, which was seen "
                   "by The Real Deal.")
    assert [q[:4] for q in found] == [("We have to make some necessary job eliminations", "direct", "said", "Marcelo Claure")]


def test_a_relative_clause_on_the_medium_after_an_indirect_report():
    (quote,) = quotes("Sales fell sharply in May, John Smith said in an email, which was seen by Reuters.")
    assert quote[:4] == ("Sales fell sharply in May", "indirect", "said", "John Smith")


def test_that_after_a_medium_still_opens_the_report():
    (quote,) = quotes("John Smith said in an email to staff that sales fell sharply in May.")
    assert quote[:4] == ("sales fell sharply in May", "indirect", "said", "John Smith")
