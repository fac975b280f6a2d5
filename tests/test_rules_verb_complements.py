"""The ``rules`` model on complements of reporting verbs that are no plain clause after them: a judgement given as
a small clause after "called" ("called its actions defensive in nature"), a request's own clause after "that"
("has asked that a decision … be made"), a hearer described between commas before the infinitive asked of them,
and a warning that names no hearer ("has warned there could be …").

Each sentence is built on the construction of a sentence in the train or dev split and goes through the real
segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence,content,speaker", [
    ("The ministry called its actions defensive in nature, pointing to the attack on the embassy in May.",
     "its actions defensive in nature", "The ministry"),
    ("He called it unlikely that the bank would fund the pipeline, as it has turned to wind power.",
     "it unlikely that the bank would fund the pipeline, as it has turned to wind power", "He"),
    ("In his statement, Prime Minister Ivan Petrov welcomed the raid and called the order swift, forceful and "
     "decisive.", "the order swift, forceful and decisive", "Ivan Petrov"),
    ("Senator Dana Ortiz called the governor's plan reckless.", "the governor's plan reckless", "Dana Ortiz"),
])
def test_an_object_called_by_an_adjective_is_a_judgement_reported(sentence, content, speaker):
    found = [q for q in quotes(sentence) if q[2] == "called"]
    assert [(q[0], q[1], q[3]) for q in found] == [(content, "indirect", speaker)]


@pytest.mark.parametrize("sentence", [
    "She called the police immediately after the crash.",
    "The couple called their son Daniel.",
    "After six years the band called it quits.",
    "The mayor called an emergency meeting on Monday.",
    "The governor called the national guard to the city.",
    "He called the police official to ask about the case.",
])
def test_a_call_a_name_or_a_thing_called_for_is_no_judgement(sentence):
    assert [q for q in quotes(sentence) if q[2] == "called"] == []


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("Airbus has asked that a decision on how the project is to proceed be made before the end of the month.",
     "a decision on how the project is to proceed be made before the end of the month", "asked", "Airbus"),
    ("The union urged that the talks resume on Monday.", "the talks resume on Monday", "urged", "The union"),
    ("The families asked that Parliament delay the vote until the spring.",
     "Parliament delay the vote until the spring", "asked", "The families"),
    ("Foreign Secretary Dominic Raab urged the immunity be waived.", "the immunity be waived", "urged",
     "Dominic Raab"),
    ("The protesters had asked Chief Executive Carrie Lam, who is backed by the central government, to resign.",
     "to resign", "asked", "The protesters"),
    ("Airbus has warned there could be additional charges to come.", "there could be additional charges to come",
     "warned", "Airbus"),
    ("The family of the hostage had asked to convey its relief and gratitude.",
     "to convey its relief and gratitude", "asked", "The family of the hostage"),
])
def test_a_request_or_a_warning_reports_its_own_clause(sentence, content, cue, speaker):
    assert [q[:4] for q in quotes(sentence)] == [(content, "indirect", cue, speaker)]


@pytest.mark.parametrize("sentence", [
    "He asked that question again on Monday.",
    "Police warned it against the march.",
    "The insider, who asked to remain anonymous, spoke to the paper.",
])
def test_a_determiner_that_or_a_warned_hearer_opens_no_clause(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence,content,cue,speaker,name", [
    ("Turkey maintains a position that only Northern Cyprus has the right to the zone around the island.",
     "only Northern Cyprus has the right to the zone around the island", "position", "Turkey", "Turkey"),
    ("Senator Dana Ortiz has never wavered in her stance that the agency cannot be trusted with the data.",
     "the agency cannot be trusted with the data", "stance", "her", "Dana Ortiz"),
    ("Despite Mr. Petrov’s Oct. 11 announcement that the two sides had reached a deal, no deal has been signed.",
     "the two sides had reached a deal", "announcement", "Petrov", "Petrov"),
    ("That same day, rapper Kanye West made a surprise announcement on Twitter that he was running for president.",
     "he was running for president", "announcement", "Kanye West", "Kanye West"),
    ("Shares rose after the Japanese government's announcement it would buy bad loans from the banks.",
     "it would buy bad loans from the banks", "announcement", "the Japanese government",
     "the Japanese government"),
    ("Merkel seconded Macron's recommendation the fires be added to the agenda.", "the fires be added to the agenda",
     "recommendation", "Macron", "Macron"),
    ("Shortly after she filed for candidacy, the palace issued a statement to the effect the king considered it "
     "inappropriate.", "the king considered it inappropriate", "statement", "the palace", "the palace"),
])
def test_a_content_noun_with_its_owner_or_issuer_reports_its_clause(sentence, content, cue, speaker, name):
    (quote,) = quotes(sentence)
    assert quote == (content, "indirect", cue, speaker, name)


@pytest.mark.parametrize("sentence", [
    "The president signed an executive order that bans the app in the country.",
    "The governor issued an order that bans the app in the state.",
    "Critics rejected the claim that the plant was safe.",
    "The mayor repeated his call to arms on Monday.",
    "The statement that was released on Monday gave no details.",
])
def test_a_content_noun_with_a_relative_clause_or_no_source_reports_nothing(sentence):
    assert quotes(sentence) == []


def test_call_judges_an_object_of_seven_words_by_a_quotation():
    (quote,) = quotes('Labour MP Tom Watson called Prime Minister Theresa May\'s proposed Brexit deal "lousy".')
    assert quote[:4] == ('Prime Minister Theresa May\'s proposed Brexit deal "lousy"', "mixed", "called", "Tom Watson")


def test_a_name_given_to_a_long_object_and_a_long_call_for_are_no_judgement():
    assert quotes('He said his predecessor had dubbed the ambassador\'s role in forming the policy as "the problem."') \
        == [("his predecessor had dubbed the ambassador's role in forming the policy as \"the problem.\"", "mixed",
             "said", "He", None)]
    found = quotes("She replied on Twitter, calling for the start of a new presidential transition process "
                   '"in the best interests of the country".')
    assert [q for q in found if q[2] == "calling"] == []


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("Navalny is a critic of the president, and his associates had alleged Navalny was poisoned.",
     "Navalny was poisoned", "alleged", "his associates"),
    ("When an opportunity arose at a party, his classmates encouraged him to sit down at a drum set.",
     "to sit down at a drum set", "encouraged", "his classmates"),
])
def test_people_close_to_someone_are_the_subject_of_a_report(sentence, content, cue, speaker):
    assert [q[:4] for q in quotes(sentence)] == [(content, "indirect", cue, speaker)]


def test_a_content_noun_with_a_quoted_fragment_in_its_clause_is_mixed():
    found = quotes("Despite Mr. Petrov’s announcement that the two sides had reached a “historic” deal, no deal has "
                   "been signed.")
    assert [q[:3] for q in found if q[2] == "announcement"] == [
        ("the two sides had reached a “historic” deal", "mixed", "announcement")]


def test_a_quotation_in_a_content_nouns_mixed_report_is_no_direct_quote_of_its_own():
    found = quotes("The ministry issued a statement that the plant “will close in March and all workers will be "
                   "paid.”")
    assert [q[:3] for q in found] == [
        ("the plant “will close in March and all workers will be paid.”", "mixed", "statement")]


def test_a_question_put_with_do_reports_nothing():
    assert quotes("((WN)) How do your fellow teammates describe you as a person and as a player?") == []
