"""The ``rules`` model on who a person speaker is: a "he" or "she" after an unnamed person, a name before its role,
a person of a body.

Each passage is built on the construction of a sentence in the train or dev split and goes through the real
segmenter, as in a built corpus. The metamorphic cases vary only what should not matter (the quotation's place,
a phrase that opens the sentence, the verb's place) and expect the same speaker.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes, speaker_of

_VICTIM = "Prosecutor Kama Melly QC said the victims were \"ripe and vulnerable to manipulation\"."



@pytest.mark.parametrize("paragraphs,content,name", [
    ((_VICTIM, "One of the victims decided to allow her name to be made public. She said she did this to show "
               "victims \"there is nothing to be ashamed of\"."), "she did this", "One of the victims"),
    # the quotation before the pronoun, as "“…,” she said"
    ((_VICTIM, "One of the victims decided to allow her name to be made public. \"There is nothing to be ashamed "
               "of,\" she said."), "There is nothing", "One of the victims"),
    (("Antoine Quirin was jailed for seven years.", "The head of the police's internal investigators told the court "
      "\"Basic investigations weren't done.\" She also said \"I regret we weren’t called immediately.\""),
     "I regret", "The head of the police's internal investigators"),
])
def test_a_pronoun_after_an_unnamed_person_opening_the_sentence_before_is_that_person(paragraphs, content, name):
    assert speaker_of(content, *paragraphs) == name


@pytest.mark.parametrize("paragraphs,content,name", [
    # a name in the sentence before: the pronoun goes on with the person named
    (("The minister, John Smith, said the plan was sound. He added that it would cost little.",),
     "it would cost little", "John Smith"),
    # a head of the other sex: not the noun phrase
    (("Mary Jones was hurt in the crash. A man who saw it called the police. She said \"it was awful\".",),
     "it was awful", "Mary Jones"),
])
def test_a_pronoun_does_not_go_to_an_unnamed_person_that_cannot_be_it(paragraphs, content, name):
    assert speaker_of(content, *paragraphs) == name


@pytest.mark.parametrize("opening", ["", "As a part of Chrysler's restructuring plans, "])
def test_a_name_before_a_role_without_its_closing_comma_speaks_after_an_opening_phrase(opening):
    paragraph = (f"{opening}Tom LaSorda, the president of Chrysler announced that Canadian operations would fold if it "
                 "does not receive aid.")
    # the name itself, not the role: "the president" would go to whichever president the article named last
    assert [q[3:] for q in quotes(paragraph)] == [("Tom LaSorda", "Tom LaSorda")]


@pytest.mark.parametrize("paragraph,content,name", [
    ("The so-called \"death grip\", however, has not been as big an issue for other phones as it has for iPhone 4, "
     "said Mike Gikas of Consumer Reports.", "death grip", "Mike Gikas"),
    ("Mike Gikas of Consumer Reports said the so-called death grip has not been as big an issue for other phones.",
     "death grip", "Mike Gikas"),
    ("The fire produced heavy smoke. Nils-Erik Haagenrud of Rogaland Fire and Rescue said late on Tuesday no "
     "personnel would be sent into the building.", "no personnel", "Nils-Erik Haagenrud"),
])
def test_a_person_of_a_body_is_the_speaker_before_or_after_the_verb(paragraph, content, name):
    assert speaker_of(content, paragraph) == name


def test_an_anonymous_source_is_never_the_person_named_before():
    paragraphs = ("Apple CEO Steve Jobs announced a medical leave on Wednesday.",
                  "The insider, who asked to remain anonymous, said that, over the past few weeks, Jobs' health "
                  "appeared to be deteriorating.")
    assert speaker_of("Jobs' health", *paragraphs) == "The insider"


@pytest.mark.parametrize("paragraphs,content", [
    (("Apple Inc. held a press event on Friday about the iPhone 4 antenna.",
      "According to company statistics, about one out of every 200 iPhone 4 customers have called AppleCare."),
     "about one out of every 200"),
    # the company named only just before, its name and a person's in one run of capitals
    (("The co-founder and former chief executive officer of Apple Inc. Steve Jobs has died yesterday at the age of "
      "56, according to the company website.",), "has died yesterday"),
])
def test_a_document_of_the_company_speaks_for_the_business_of_the_article(paragraphs, content):
    assert speaker_of(content, *paragraphs) == "Apple Inc."


@pytest.mark.parametrize("paragraph,name", [
    ("The China Daily newspaper reported that the company would appoint a new board of directors.", "China Daily"),
    ("The state-run Xinhua news agency reported that the company would appoint a new board of directors.", "Xinhua"),
    # the same body named beside its noun: an appositive, not a person
    ("Volkswagen, the German carmaker, said that the company would appoint a new board of directors.", "Volkswagen"),
    # an indefinite one is one of many, not the body named inside it
    ("A foreign Fake News outlet reported that the company would appoint a new board of directors.",
     "A foreign Fake News outlet"),
])
def test_a_body_named_before_or_beside_its_noun_is_the_speaker(paragraph, name):
    assert speaker_of("the company would appoint", paragraph) == name


@pytest.mark.parametrize("paragraph,content,name", [
    ("\"This announcement cannot change the fact that the authorities have chosen to suppress protests,\" Hong Kong "
     "director of Amnesty International Man-kei Tam said in a statement.", "This announcement", "Man-kei Tam"),
    ("Former US Ambassador to the United Nations Nikki Haley wrote on Twitter, \"We must always have the backs of "
     "our allies.\"", "We must always", "Nikki Haley"),
    # another name in the same role
    ("Former US Ambassador to the United Nations Samantha Power wrote on Twitter, \"We must always have the backs "
     "of our allies.\"", "We must always", "Samantha Power"),
])
def test_a_name_after_the_body_of_its_role_is_the_person_alone(paragraph, content, name):
    assert speaker_of(content, paragraph) == name


@pytest.mark.parametrize("opening", ["On Thursday", "Last Friday", "In March", "On Thursday,"])
def test_a_day_or_month_before_a_nominal_subject_is_no_part_of_it(opening):
    paragraph = f"{opening} officials reported the number of cases in the outbreak rose to 58."
    assert speaker_of("the number of cases", paragraph) == "officials"


@pytest.mark.parametrize("paragraph,content,name", [
    # a name in a relative clause between the subject and its verb is no subject
    ("The United States, which has retreated from a previous goal of ousting Syrian President Bashar al-Assad, has "
     "stated reconstruction will cost between US$300 and 400 billion.", "reconstruction will cost", "United States"),
    ("Chi Onwurah, the Labour MP for Newcastle Central, who is supporting the report, said it showed that "
     "precarious employment was not just an issue for gig economy workers.", "it showed", "Chi Onwurah"),
    # the name in the appositive after a role "of" a place the text does not know as one
    ("The mayor of New Orleans, LaToya Cantrell, advised residents of her city to make plans and shelter in place.",
     "to make plans", "LaToya Cantrell"),
    ("According to Windsor Locks' first selectman, Chris Kervick, there were ten passengers and three crew members "
     "aboard the aircraft.", "there were ten passengers", "Chris Kervick"),
    # a role of a body opens the clause: the appositive name, whatever the body's last words are taken for
    ("The then-manager of Barmouth Publicity and Director of Mid Wales Tourism Partnership, David Clay, called it "
     "\"a retrograde step\".", "a retrograde step", "David Clay"),
    ("The director of Mid Wales Tourism Partnership, David Clay, called it \"a retrograde step\".", "a retrograde step",
     "David Clay"),
])
def test_the_person_of_an_apposition_speaks_and_a_relative_clause_names_no_one(paragraph, content, name):
    assert speaker_of(content, paragraph) == name


@pytest.mark.parametrize("opening", ["In the blog post ", "In a statement ", "On Tuesday, ", ""])
def test_a_name_before_its_role_speaks_after_a_short_phrase_that_opens_the_sentence(opening):
    paragraph = (f"{opening}Chris Wright, the Chief Technological Officer of Red Hat said Red Hat had informed the "
                 "CentOS governing board.")
    assert speaker_of("Red Hat had informed", paragraph) == "Chris Wright"


def test_a_person_of_a_body_before_a_relative_clause_is_the_subject():
    paragraph = ("Carl Hensman of the Bill and Melinda Gates Foundation, which offered a contest for redesigning the "
                 "toilet some years ago, noted the ingredients in the sprays are also found in commonly used products.")
    assert speaker_of("the ingredients in the sprays", paragraph) == "Carl Hensman"


@pytest.mark.parametrize("first,second", [
    ("President Andrzej Duda", "Interior Minister Joachim Brudziński"),
    ("Prime Minister Mateusz Morawiecki", "Health Minister Adam Niedzielski"),  # other names, same sentence
])
def test_he_goes_on_with_the_last_speaker_of_the_sentence_before(first, second):
    paragraph = (f"{first} said the victims were \"joyful girls\" in an \"appalling tragedy\" while {second} wrote "
                 "he had ordered fire safety checks on escape rooms. He tweeted, \"I want to express my sympathy to "
                 "the families of the victims\".")
    assert speaker_of("I want to express", paragraph) == second.split(" ", 2)[-1]

def test_he_after_an_inverted_speaker_with_a_relative_clause_goes_on_with_that_speaker():
    paragraph = ("Di Li says that he is excited about the telescope. Many of these bursts were too faint to be perceived "
                 "by other telescopes, says Li. \"This is very "
                 "exciting news,\" says Yunfan Gerry Zhang, who studies FRBs at the University of California, Berkeley. "
                 "No one knows what causes the mysterious bursts, but \"the more pulses we have, the better\", he says.")
    assert speaker_of("the more pulses", paragraph) == "Yunfan Gerry Zhang"


_THERE_WAS_A_GIRL = ("I stopped eating food. There in that house, there was a girl, she was from northern Karnataka, she "
                     "became my friend.")


@pytest.mark.parametrize("chain", [
    "",
    "She asked me for how many days I would keep crying. ",
    "She asked me for how many days I would keep crying. She told me to eat something. ",
])
def test_a_pronoun_chain_after_there_was_a_person_goes_on_with_that_person(chain):
    paragraphs = ("Ratnamma Rao met the minister on Monday.", _THERE_WAS_A_GIRL + " " + chain +
                  "She told me that she has the same story too.")
    assert speaker_of("she has the same story", *paragraphs) == "a girl"


def test_a_pronoun_chain_does_not_pass_a_sentence_opened_by_a_name():
    paragraphs = ("Ratnamma Rao met the minister on Monday.", _THERE_WAS_A_GIRL + " Ratnamma Rao came later. "
                  "She told me that she has the same story too.")
    assert speaker_of("she has the same story", *paragraphs) == "Ratnamma Rao"


@pytest.mark.parametrize("verb", ["indicated", "said"])
def test_a_nominal_speaker_keeps_its_quantifier(verb):
    paragraphs = ("Two police officers were jailed for seven years on Thursday.",
                  f"Both officers {verb} they would appeal; one wept in his lawyer's arms.")
    assert speaker_of("they would appeal", *paragraphs) == "Both officers"
