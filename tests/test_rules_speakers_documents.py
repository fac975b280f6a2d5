"""The ``rules`` model on who a document or a business speaker is: the owner named before a document noun, the
issuer of "the statement", and "the company" that is never a market index.

Each passage is built on the construction of a sentence in the train or dev split and goes through the real
segmenter, as in a built corpus. The metamorphic cases vary only what should not matter (the owner's name, the
document noun, the verb) and expect the same speaker.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes, speaker_of



@pytest.mark.parametrize("owner,document", [("NDRRMC", "report"), ("PHIVOLCS", "bulletin"), ("NDRRMC", "data")])
def test_a_document_speaks_in_the_name_of_the_capitalised_owner_before_it(owner, document):
    paragraph = (f"Over 2,000 residents have been relocated since Wednesday. 76 villages were affected according to "
                 f"{owner} {document} on Saturday, which counted 21 injured people.")
    if document == "bulletin":  # not a document noun: left as it is
        assert speaker_of("76 villages were affected", paragraph) != owner
    else:
        assert speaker_of("76 villages were affected", paragraph) == owner


@pytest.mark.parametrize("people,country", [("Turkish", "Turkey"), ("German", "Germany")])
def test_a_document_of_a_people_speaks_for_its_country(people, country):
    paragraph = (f"{country} criticised the decision on Monday. The {people} statement said the move was "
                 f"\"a grave mistake\".")
    assert speaker_of("a grave mistake", paragraph) == country


def test_a_document_from_a_place_named_broadcaster_speaks_for_it():
    paragraph = ("The stores were originally reluctant to impose restrictions, according to a report from ABC "
                 "Australia on March 3.")
    assert speaker_of("The stores were originally reluctant", paragraph) == "ABC Australia"


@pytest.mark.parametrize("verb", ["announced", "said"])
def test_the_statement_goes_back_to_the_one_issued_in_a_statement(verb):
    paragraph = (f"United States President Donald Trump, in a statement delivered via the press secretary, {verb} "
                 "US troops would be leaving Syria. The announcement came after a phone call. The statement also "
                 "said US troops had defeated ISIS. Turkey would also take over guarding captured fighters which, "
                 "the statement said, European nations have refused to repatriate.")
    assert speaker_of("US troops had defeated ISIS", paragraph) == "Donald Trump"
    assert speaker_of("European nations have refused", paragraph) == "Donald Trump"


def test_the_company_is_never_a_market_index():
    paragraphs = ("The Dow Jones Industrial Average fell 300 points on Friday, and the Dow Jones Industrial Average "
                  "closed lower again on Monday.",
                  "Investors also sold shares of Northwind Corporation on Friday.",
                  "The volatile week began with the loss of two major hedge funds.",
                  "The losses were large across the market.",
                  "The hedge funds had been exposed to the mortgage failure, and the company announced it was "
                  "unable to return any money to investors.")
    assert speaker_of("unable to return any money", *paragraphs) == "Northwind Corporation"


@pytest.mark.parametrize("opening", ["In a statement released after the attack, ", "On Friday, ", ""])
def test_an_uncued_quotation_goes_to_the_organisation_opening_its_sentence_not_a_person_in_a_clause(opening):
    paragraph = (f"{opening}the United States Department of Defense justified the strike, which was approved by "
                 "President Donald Trump, as \"defensive\" in nature: \"At the direction of the President, the U.S. "
                 "military has taken decisive defensive action to protect U.S. personnel abroad.\"")
    assert speaker_of("At the direction of the President", paragraph) == "United States Department of Defense"


def test_an_uncued_quotation_after_a_newspaper_reporter_goes_to_the_reporter():
    paragraph = ("BBC reporter John Simpson described the scene at length: \"There were people everywhere, and "
                 "nobody knew where to go.\"")
    assert speaker_of("There were people everywhere", paragraph) == "John Simpson"


@pytest.mark.parametrize("sentence", ["In Nevada, ICE arrests \"have jumped nearly 300% compared with last year.\"",
                                      "In Michigan, ICE arrests have \"more than doubled\" since January."])
def test_a_plural_noun_after_an_organisation_is_no_verb_of_it(sentence):
    found = [q for q in quotes("Immigration enforcement rose sharply this year.", sentence)]
    assert all(q[4] != "ICE" for q in found)


def test_a_person_named_in_the_quotations_sentence_goes_before_the_organisation_of_the_sentence_before():
    paragraphs = ("In Washington State, ICE has arrested a Salvadoran national convicted of assault.",
                  "Washington Attorney General Nick Brown boasts that \"state or local law enforcement\" will not be "
                  "utilized.")
    assert speaker_of("state or local law enforcement", *paragraphs) == "Nick Brown"


@pytest.mark.parametrize("reporter", ["The Las Vegas Review-Journal", "The Reno Gazette-Journal"])
def test_its_document_goes_to_the_body_opening_the_sentence_before(reporter):
    paragraph = (f"{reporter} reported the possibility of the 2020 caucuses being Nevada's last. According to its "
                 "polling, roughly two-thirds of the Democratic voters preferred a primary over a caucus.")
    assert speaker_of("roughly two-thirds", paragraph) == reporter.removeprefix("The ")


@pytest.mark.parametrize("verb", ["issued", "released"])
def test_a_statement_issued_by_the_subject_speaks_for_it(verb):
    paragraph = (f"The government of American Samoa {verb} a statement agreeing the issue should be decided by "
                 "Congress and not by judges.")
    assert speaker_of("the issue should be decided", paragraph) == "American Samoa"


_ROUND_UP = ("Companies eye US expansion to lessen fallout from potential tariffs.",
             "HONDA MOTOR",
             "The Japanese automaker will produce its next-generation Civic hybrid in Indiana, three people familiar "
             "with the matter told Reuters in March.",
             "HYUNDAI MOTOR",
             "The South Korean automaker said on Jan. 23 it planned to further localize production in the U.S. to "
             "minimize any tariff impact. It also said it would make hybrid vehicles at its new factory in Georgia.",
             "STELLANTIS",
             "The Chrysler parent is moving forward with plans to build a new midsize pickup truck in Belvidere, "
             "Illinois, it said on Jan. 29.")


@pytest.mark.parametrize("content,name", [("it planned to further localize", "HYUNDAI MOTOR"),
                                          ("it would make hybrid vehicles", "HYUNDAI MOTOR"),
                                          ("The Chrysler parent is moving forward", "STELLANTIS")])
def test_it_and_the_company_in_a_round_up_go_to_the_heading_of_their_section(content, name):
    assert speaker_of(content, *_ROUND_UP).lower() == name.lower()


def test_a_single_capitalised_heading_makes_no_round_up():
    paragraphs = ("BACKGROUND", "Northwind Corporation builds trucks in Illinois.",
                  "The company said on Jan. 29 it would build a new pickup truck in Belvidere.")
    assert speaker_of("it would build a new pickup", *paragraphs) == "Northwind Corporation"


@pytest.mark.parametrize("title", ["\"Steve Jobs 1955-2011\",", "“Steve Jobs 1955-2011”,"])
def test_a_short_title_closing_an_appositive_leaves_the_subject_before_it(title):
    paragraph = ("A statement on Apple's website, the homepage of which currently displays a black and white "
                 f"photograph and the text {title} states: \"Apple has lost a visionary and creative genius.\"")
    assert speaker_of("Apple has lost a visionary", paragraph) == "Apple"


@pytest.mark.parametrize("dash", [" — ", " – ", "—"])
def test_a_source_phrase_ends_at_a_dash(dash):
    paragraph = ("The tariffs are already working as more and more companies look at \"expanding their presence or "
                 f"setting up shop in the United States,\" according to a new report from Reuters{dash}a direct "
                 "result of President Trump's commitment to put the American worker first.")
    assert speaker_of("expanding their presence", paragraph) == "Reuters"
