"""The ``rules`` model on who a found speaker is: a document's owner written after "from" that no name finder
knows, a surname before the paper one writes for, a name after the title of an office, and a "he" that never goes
to a place written like a person's name.

Each passage is written like a sentence of the news pages the model reads and goes through the real segmenter, as
in a built corpus. The metamorphic cases vary only what should not matter and expect the same speaker.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes, speaker_of


@pytest.mark.parametrize("document,owner", [("data from", "MarketAxess"), ("reports from", "The Wrap and Deadline"),
                                            ("figures from", "Cox Automotive"), ("a survey by", "FreightWaves")])
def test_a_document_speaks_for_the_owner_written_after_from(document, owner):
    paragraph = (f"The company’s 2025 bond has weakened sharply in the past week, hitting 16% on Monday, according to "
                 f"{document} {owner}.")
    assert speaker_of("has weakened sharply", paragraph) == owner


def test_a_document_of_a_lowercase_body_keeps_its_words():
    paragraph = "Prices rose 3% in May, according to data from the ministry."
    assert speaker_of("Prices rose", paragraph) != "the ministry"


@pytest.mark.parametrize("paper", ["the Times", "the Post", "Reuters"])
def test_a_surname_before_the_paper_goes_to_the_person_named_before(paper):
    first = "Officials disinfected every site, according to Sui-Lee Wee of the New York Times."
    second = f"Wee of {paper} reports that censors had also told news aggregators to block the discussions."
    assert speaker_of("censors had also told", first, second) == "Sui-Lee Wee"


def test_a_surname_before_a_body_with_no_person_named_before_is_left_alone():
    paragraph = "Wee of the Times reports that censors had also told news aggregators to block the discussions."
    assert speaker_of("censors had also told", paragraph) != "Sui-Lee Wee"


@pytest.mark.parametrize("title", ["U.S. Interdiction Coordinator", "Border Czar", "Deputy Director"])
def test_the_title_of_an_office_is_no_part_of_the_name(title):
    paragraph = f"“The work of these officers is the shield that protects our communities,” said {title} Shannon Kelly."
    assert speaker_of("The work of these officers", paragraph) == "Shannon Kelly"


@pytest.mark.parametrize("part", ["northern", "eastern", "southwestern"])
def test_he_never_goes_to_a_region_written_like_a_name(part):
    first = ("One reporting station has not seen a drop of rain since September, said Scott Strenfel, the utility’s "
             "principal meteorologist.")
    second = f"The {part} Sierra Nevada has seen a fraction of an inch of rain in the past two months, he said."
    assert speaker_of("has seen a fraction", first, second) == "Scott Strenfel"


@pytest.mark.parametrize("opening", ["In a letter to the president in May, ", ""])
def test_he_goes_to_the_one_who_spoke_through_an_appositive_not_to_a_man_named_before(opening):
    first = ("Even Mr. Trump’s supporters have trouble at times disguising their frustration with his focus on "
             "showmanship.")
    second = (f"{opening}Zippy Duvall, the president of the American Farm Bureau, said farmers faced “near-unprecedented "
              "economic uncertainty.” He urged Mr. Trump to make a deal as soon as possible.")
    assert speaker_of("to make a deal", first, second) == "Zippy Duvall"


@pytest.mark.parametrize("role", ["Wild defenseman", "Team captain"])
def test_he_goes_to_the_subject_of_the_sentence_before_not_to_a_man_it_names_as_an_owner(role):
    paragraphs = ("Hours before Zach Parise’s two-goal performance Tuesday, the coach expressed confidence in the winger.",
                  "Parise said he felt better.",
                  f"Barely a week ago, Parise, 35, had scored just once in a 10-game stretch. {role} Ryan Suter, who "
                  "joked about Parise’s penchant for changing sticks, could see the frustration on his friend’s face.",
                  "“He’s used to scoring goals, getting points,” he said.")
    assert speaker_of("used to scoring goals", *paragraphs) == "Ryan Suter"


@pytest.mark.parametrize("cue", ["The group said on Twitter that", "In a separate tweet, the group added that"])
def test_the_group_goes_to_the_body_the_text_named_so_not_to_a_company_it_dealt_with(cue):
    first = ("Those include 1,000 maintenance workers, according to a group of employees. The group, WeWorkers "
             "Coalition, formed in recent weeks and sent a letter to management earlier this month.")
    second = "The group announced over the weekend that the company had reached an agreement with JLL to hire them."
    third = f"{cue} the contract has confused employees with pay discrepancies."
    assert speaker_of("the contract has confused", first, second, third) == "WeWorkers Coalition"


def test_the_group_said_beside_a_name_that_is_not_set_off_by_commas_is_not_that_name():
    first = "The deal was reached with the group, Smith said, after weeks of talks with JLL."
    second = "The group said on Twitter that the contract has confused employees."
    assert speaker_of("the contract has confused", first, second) != "Smith"


@pytest.mark.parametrize("opening", ["And though", "Although", "While"])
def test_it_after_a_clause_of_concession_goes_to_that_clause_s_subject(opening):
    paragraph = ("After that outbreak, China “vastly improved its detection of infectious diseases,” writes the "
                 f"Associated Press. {opening} the Chinese CDC has said that there is “no need” for Beijing residents "
                 "to worry, it has also acknowledged that remote regions of the country are vulnerable to outbreaks.")
    acknowledged = [q for q in quotes(paragraph) if q[2] == "acknowledged"]
    assert [q[3:] for q in acknowledged] == [("it", "Chinese CDC")]


@pytest.mark.parametrize("document", ["release", "statement"])
def test_the_office_release_speaks_for_the_office_named_before(document):
    first = ("A New York man pleaded guilty to threatening a congresswoman, the U.S. Attorney’s Office for the Western "
             "District of New York announced Monday.")
    second = f"The man could face up to 10 years in prison. His sentencing is scheduled for Feb. 14, according to the office {document}."
    assert speaker_of("His sentencing is scheduled", first, second) == (
        "U.S. Attorney’s Office for the Western District of New York")


@pytest.mark.parametrize("paper", ["The Hollywood Reporter", "Business Insider", "The Christian Science Monitor"])
def test_a_paper_named_like_a_person_is_the_paper_not_a_person_named_before(paper):
    paragraph = ("It is unclear whether Hemsworth will return — both Hemsworth and Pine were said to have run into "
                 f"contractual issues in 2018, according to {paper}.")
    assert speaker_of("contractual issues", paragraph).removeprefix("The ") == paper.removeprefix("The ")


@pytest.mark.parametrize("head", ["agency", "department"])
def test_the_agency_goes_to_the_body_that_led_the_sentence_before(head):
    first = "The doctors said they would work with Customs and Border Protection (CBP) to vaccinate families."
    second = (f"In August, CBP announced that it would not vaccinate migrant families. At the time, the {head} said in "
              "a statement that it chose not to provide the vaccinations because of the short stays.")
    assert speaker_of("it chose not to provide", first, second) == "CBP"


def test_the_army_is_not_any_body_that_led_the_sentence_before():
    paragraph = ("In August, CBP announced that it would not vaccinate migrant families. At the time, the army said "
                 "in a statement that it chose not to provide the vaccinations.")
    assert speaker_of("it chose not to provide", paragraph) != "CBP"


@pytest.mark.parametrize("head,name", [("group", "WeWorkers Coalition"), ("company", "Acme Freight")])
def test_an_indefinite_description_takes_the_name_the_next_sentence_gives_it(head, name):
    paragraph = (f"Those include 1,000 maintenance workers whose jobs will end on Dec. 9, according to a {head} of "
                 f"employees. The {head}, {name}, formed in recent weeks and sent a letter to management.")
    assert speaker_of("Those include 1,000", paragraph) == name


def test_an_indefinite_description_named_in_another_paragraph_keeps_its_words():
    first = "Those include 1,000 maintenance workers whose jobs will end on Dec. 9, according to a group of employees."
    second = "The group, WeWorkers Coalition, formed in recent weeks and sent a letter to management."
    assert speaker_of("Those include 1,000", first, second) == "a group of employees"
