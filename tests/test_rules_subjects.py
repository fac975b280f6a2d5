"""The ``rules`` model on the subject that speaks: joint subjects, nominal subjects with a linked phrase, inverted
subjects with a title, and clauses after a plural subject. Sentences are built on sentences of the train or dev split.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence,speaker", [
    ("President Donald Trump and HHS Secretary Robert F. Kennedy Jr. said the agencies would work together.",
     "Donald Trump and HHS Secretary Robert F. Kennedy Jr."),
    ("On Thursday, former United States presidential candidate Senator Ted Cruz and fellow Republican Representative "
     "Francis Rooney proposed to set lifetime limits for service in the Senate.",
     "Ted Cruz and fellow Republican Representative Francis Rooney"),
    ("Both he and the county's Police and Crime Commissioner Stephen Mold said the immunity should be waived.",
     "Both he and the county's Police and Crime Commissioner Stephen Mold"),
    ("Both the council and the government said his death should be investigated.",
     "Both the council and the government"),
])
def test_joint_subjects_are_one_speaker_named_by_their_words(sentence, speaker):
    (quote,) = quotes(sentence)
    assert quote[3:] == (speaker, speaker)


@pytest.mark.parametrize("sentence,speaker", [
    ("Conservative Party leader and Prime Minister Boris Johnson said the election would be held.", "Boris Johnson"),
    ("He met Smith and Jones said the talks had failed.", "Jones"),
])
def test_two_titles_of_one_person_or_an_object_before_and_make_no_joint_subject(sentence, speaker):
    (quote,) = quotes(sentence)
    assert quote[3] == speaker


def test_a_nominal_subject_with_a_long_linked_phrase():
    (quote,) = quotes("The owner of the Make Crate subscription service stated her company's products place a strong "
                      "emphasis on teaching young people about technology.")
    assert quote[:4] == ("her company's products place a strong emphasis on teaching young people about technology",
                         "indirect", "stated", "The owner of the Make Crate subscription service")


def test_a_nominal_subject_after_a_linked_phrase_that_names_no_speaker():
    (quote,) = quotes('Now, if you have a copy of something and your friend says, "hey could I have a copy of that?", '
                      "of course you will want to share.")
    assert quote[3] == "your friend"


def test_an_inverted_subject_whose_title_holds_of():
    (quote,) = quotes("“We will not be cowed,” tweeted Mayor of London Sadiq Khan.")
    assert quote[1:4] == ("direct", "tweeted", "Sadiq Khan")


def test_a_noun_after_a_plural_is_no_verb_unless_the_plural_opens_the_clause():
    assert quotes("Lawmakers from the pro-democracy camp shouted at Lam and projected slogans onto the walls of the "
                  "council chambers.") == []
    (quote,) = quotes("Professor Michael Siegel of Boston University declared household gun ownership rates within the "
                      "United States to be \"the strongest single predictor of a state's youth suicide rate\".")
    assert quote[:2] == ("the strongest single predictor of a state's youth suicide rate", "direct")


@pytest.mark.parametrize("sentence,content,kind,speaker", [
    ("The move was quickly hailed by Alaskan leaders and mining organizations as a massive win for job growth and "
     "regional prosperity.", "as a massive win for job growth and regional prosperity", "indirect",
     "Alaskan leaders and mining organizations"),
    ("The move was immediately hailed by the United Auto Workers — one of the country’s largest labor unions — as a "
     "“victory for autoworkers.”", "victory for autoworkers.", "direct", "the United Auto Workers"),
])
def test_a_passive_judgement_is_spoken_by_its_agent(sentence, content, kind, speaker):
    (quote,) = quotes(sentence)
    assert quote[:4] == (content, kind, "hailed", speaker)


def test_a_participle_after_a_passive_judgement_has_its_agent_for_subject():
    found = quotes("Election implications regarding the UK's efforts on leaving the European Union (EU) were described "
                   "by Johnson as a \"historic mandate\", saying he intends to leave the EU by the end of January.")
    assert [q[3] for q in found] == ["Johnson", "Johnson"]


@pytest.mark.parametrize("sentence", [
    "The plan was not described by Smith as a failure.",
    "He was told by the guards about the delay.",  # a passive directive reports only its infinitive ("… to wait")
])
def test_a_negated_or_non_judging_passive_reports_nothing(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence,speaker", [
    ("In Wisconsin, the vice president of the state’s restaurant association says No Tax on Tips will have a direct "
     "impact on peoples’ lives.", "the vice president of the state’s restaurant association"),
    ("The Make Crate was shown at the fair. The owner of the Make Crate subscription service stated that her company's "
     "products place a strong emphasis on teaching.", "The owner of the Make Crate subscription service"),
    ("However, some months later, the judge in that case determined Manafort had lied and violated that deal.",
     "the judge in that case"),
])
def test_a_person_singled_out_by_a_linked_phrase_is_named_by_its_words(sentence, speaker):
    (quote,) = quotes(sentence)
    assert quote[3:] == (speaker, speaker)


def test_a_head_that_names_no_speaker_gives_way_to_the_phrase_after_its_link():
    found = quotes("The head of the police's internal investigators told the court \"Basic investigations weren't "
                   "done.\"")
    assert [q[3] for q in found] == ["The head of the police's internal investigators"]


def test_a_count_of_people_before_the_clause_is_no_subject_of_a_later_verb():
    assert quotes("Nonprofits tied to the Somali community claimed to have fed tens of thousands of non-existent hungry "
                  "children, claimed to have provided services to non-existent homeless.") == []


def test_a_share_of_an_owned_group_is_the_speaker():
    (quote,) = quotes("Or the fact that one of Epstein’s victims wrote that she saw Clinton on the island?")
    assert quote[3] == "one of Epstein’s victims"
