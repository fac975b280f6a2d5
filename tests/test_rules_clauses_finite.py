"""The ``rules`` model on what a reporting verb reports: a clause rather than a thing, past relative clauses, with
verbs of assent and conclusion, nominal and document subjects, and names in quotation marks inside a clause.

Each sentence is built on the construction of a sentence in the train or dev split and goes through the real
segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from newsquotes.models.rules_finite import ed_form
from rules_sentences import quotes


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("Sputnik News reported Leonov, who died in Moscow, will be buried at the Federal Military Memorial Cemetery on "
     "Tuesday.", "Leonov, who died in Moscow, will be buried at the Federal Military Memorial Cemetery on Tuesday",
     "reported", "Sputnik News"),
    ("Police press officer Monika Kosiec stated police believe him to be aged 25.",
     "police believe him to be aged 25", "stated", "Monika Kosiec"),
    ("The Aviation Herald reported the aircraft uses the A300 and 747 as well as the Boeing 737.",
     "the aircraft uses the A300 and 747 as well as the Boeing 737", "reported", "The Aviation Herald"),
])
def test_a_clause_with_a_relative_clause_or_a_present_verb_after_a_verb_that_also_takes_things(
        sentence, content, cue, speaker):
    (quote,) = quotes(sentence)
    assert (quote[0], quote[1], quote[2], quote[3]) == (content, "indirect", cue, speaker)


@pytest.mark.parametrize("sentence", [
    "Apple also announced an iTunes-compatible cell phone, the Motorola ROKR E1, which will be available in "
    "September, and a new iPod.",
    "The company announced 10,000 job cuts at its plants.",
    "The Iraqi government has since declared victory, but the U.S. troops have remained in the country.",
    "Some reports suggest a deliberate criminal act.",
    "The revisions underscore the urgent need for Congress to confirm E.J. Antoni, the nominee for commissioner.",
])
def test_a_thing_after_a_verb_that_also_takes_things_is_no_clause(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("A judge agreed the book may have contained classified materials.",
     "the book may have contained classified materials", "agreed", "A judge"),
    ("George Bush and James Baker agreed that NATO would not expand one inch to the east.",
     "NATO would not expand one inch to the east", "agreed", "George Bush and James Baker"),
    ("The unanimous court decided their actions did not qualify.", "their actions did not qualify", "decided",
     "The unanimous court"),
    ("Mitsotakis reaffirmed that the EastMed project, which currently involves Greece, Cyprus and Israel, is open "
     "for other countries to join.", "the EastMed project, which currently involves Greece, Cyprus and Israel, is "
     "open for other countries to join", "reaffirmed", "Mitsotakis"),
])
def test_verbs_of_assent_and_conclusion_report_their_clause(sentence, content, cue, speaker):
    (quote,) = quotes(sentence)
    assert (quote[0], quote[1], quote[2], quote[3]) == (content, "indirect", cue, speaker)


@pytest.mark.parametrize("sentence", [
    "Apple and ABC have agreed to a deal in which episodes of television programs will be sold.",
    "Lam also agreed to add two members to Hong Kong's existing police oversight council.",
    "The agreement was that Gorbachev agreed to a quite remarkable concession: he agreed to let a united Germany "
    "join the alliance.",
])
def test_an_assent_to_a_thing_or_an_act_reports_nothing(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence,content,cue,speaker,name", [
    ("The fire service indicated an investigation working alongside North Wales Police was underway.",
     "an investigation working alongside North Wales Police was underway", "indicated", "The fire service",
     "The fire service"),
    ("The industry publication stated the aircraft overran the runway and broke through a perimeter barrier.",
     "the aircraft overran the runway and broke through a perimeter barrier", "stated", "The industry publication",
     "The industry publication"),
    ("On Thursday, the total number of cases surpassed one million worldwide, Johns Hopkins University data "
     "indicated.", "On Thursday, the total number of cases surpassed one million worldwide", "indicated",
     "Johns Hopkins University", "Johns Hopkins University"),
    ("The Supreme Court decision stated they did so for a political reason.", "they did so for a political reason",
     "stated", "Supreme Court", "Supreme Court"),
])
def test_nominal_subjects_and_documents_spoken_for_by_their_owner(sentence, content, cue, speaker, name):
    assert quotes(sentence) == [(content, "indirect", cue, speaker, name)]


def test_a_name_in_quotation_marks_inside_a_clause_does_not_end_it():
    sentence = 'Roberts says his event, "Storm Area 51, They Can\'t Stop All of Us", was posted as a joke.'
    assert quotes(sentence) == [('his event, "Storm Area 51, They Can\'t Stop All of Us", was posted as a joke',
                                 "mixed", "says", "Roberts", "Roberts")]


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("ABC suspended reporter Brian Ross after he falsely reported that President Trump had directed Michael Flynn "
     "to contact Russian officials.", "President Trump had directed Michael Flynn to contact Russian officials",
     "reported", "he"),
    ("The prosecutor consistently claimed the meeting had been arranged by the company.",
     "the meeting had been arranged by the company", "claimed", "The prosecutor"),
])
def test_an_adverb_of_manner_between_the_subject_and_its_verb(sentence, content, cue, speaker):
    assert [q[:4] for q in quotes(sentence)] == [(content, "indirect", cue, speaker)]


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("The Air Force issued warnings against attempts to enter the restricted zone of the base, saying it was "
     "dangerous.", "it was dangerous", "saying", "Air Force"),
    ("Smithers testified in his own defense, claiming some patients deceived him.", "some patients deceived him",
     "claiming", "Smithers"),
    ("Regional Governor Mujiv Hataman agreed, saying only this organisation appeared capable of the double bombing.",
     "only this organisation appeared capable of the double bombing", "saying", "Mujiv Hataman"),
])
def test_a_participle_after_a_comma_reports_the_clause_after_it(sentence, content, cue, speaker):
    assert [q[:4] for q in quotes(sentence)] == [(content, "indirect", cue, speaker)]


@pytest.mark.parametrize("sentence", [
    "The storm hit the coast on Monday, claiming the lives of ten people.",
    "The senator attacked the plan for its cost, claiming he used it to distract from the funeral.",
])
def test_a_participle_reports_no_thing_and_has_no_subject_after_it(sentence):
    assert all(q[0] != sentence.split(",")[0] for q in quotes(sentence))
    assert all(q[2] != "claiming" or q[3] != "he" for q in quotes(sentence))


def test_a_clause_before_a_parenthetical_verb_that_the_writer_continues_with_and():
    sentence = "The new Boeing 737 Max was not airworthy, investigators have said, and should not have taken off."
    assert [q[:4] for q in quotes(sentence)] == [
        ("The new Boeing 737 Max was not airworthy", "indirect", "said", "investigators")]


@pytest.mark.parametrize("paragraphs,quote", [
    (["Police spoke with Anne Sacoolas as a suspect.", "She informed police she had diplomatic immunity."],
     ("she had diplomatic immunity", "indirect", "informed")),
    (["The actor arrived straight from filming in South Africa.", 'He quipped "I still have dust in my shoes."'],
     ("I still have dust in my shoes.", "direct", "quipped")),
    (['Mohr spoke about Blankenship with Wikinews in June, describing him as "a good man with vast knowledge in the '
      'political field".'], ("a good man with vast knowledge in the political field", "direct", "describing")),
])
def test_inform_quip_and_describing_as_report(paragraphs, quote):
    assert quote in [q[:3] for q in quotes(*paragraphs)]


@pytest.mark.parametrize("sentence,content", [
    ("The president asserted he had won the election despite several key swing states certifying their results.",
     "he had won the election"),
    ("According to Johnson's critics, this is a ploy to achieve a no-deal Brexit, meaning the UK would leave without "
     "an agreement.", "this is a ploy to achieve a no-deal Brexit"),
    ("The Aviation Herald states the 707 was a freighter; it lists a tail number of EP-CPP.", "the 707 was a freighter"),
])
def test_a_reported_clause_ends_where_the_writer_takes_over(sentence, content):
    assert quotes(sentence)[0][0] == content


@pytest.mark.parametrize("word,past", [
    ("reported", True), ("used", True), ("died", True), ("speed", False), ("indeed", False), ("hundred", False),
    ("red", False), ("bed", False), ("agreed", True), ("freed", True), ("guaranteed", True), ("exceed", False),
    ("fact-checked", True), ("test-fired", True), ("e-mailed", True), ("fast-tracked", True), ("live-streamed", True),
    ("re-elected", True), ("Texas-based", False), ("U.S.-based", False), ("state-owned", False),
    ("long-awaited", False),
])
def test_a_past_form_by_its_ending_for_every_reader_of_verbs(word, past):
    assert ed_form(word) is past
