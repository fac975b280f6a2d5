"""The ``rules`` model on where the clause of an "according to" or "citing" source lies.

Each sentence is built on the construction of a sentence in the train or dev split (names and facts changed), and
goes through the real segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


# ---------------------------------------------------------------------- a source interrupting its clause


@pytest.mark.parametrize("sentence,content,source", [
    ("Saturday was when, according to earlier event plans, thousands of fans were to march on the capitol.",
     "thousands of fans were to march on the capitol", "earlier event plans"),
    ('Four of the fires were, according to the fire brigade, "set on purpose" and two of them spread to homes.',
     '"set on purpose" and two of them spread to homes', "the fire brigade"),
    ("The bridge was closed by, according to police, a crew that had found cracks in the deck.",
     "a crew that had found cracks in the deck", "police"),
])
def test_a_source_after_words_where_no_clause_ends_reports_what_follows(sentence, content, source):
    (quote,) = quotes(sentence)
    assert quote[0] == content and quote[2] == "according to" and quote[3] == source


def test_a_source_after_unfinished_words_with_no_verb_after_it_reports_nothing():
    assert quotes("The statue was carried through the town followed by, according to varying reports, nearly "
                  "3,000 people, perhaps some hundreds more.") == []


def test_a_source_after_a_whole_clause_still_reports_the_clause_before():
    (quote,) = quotes("The dam held through the night, according to the water board, despite the heavy rain.")
    assert quote[0] == "The dam held through the night" and quote[3] == "the water board"


# ---------------------------------------------------------------------- a source after its clause, no comma


@pytest.mark.parametrize("sentence,content,source", [
    ("Forty villages were flooded according to the disaster agency report on Sunday, which counted 12 injured.",
     "Forty villages were flooded", "the disaster agency report"),
    ("Thirty-one people or more were injured yesterday according to health officials, ranging in age from six to 80.",
     "Thirty-one people or more were injured yesterday", "health officials"),
    ("The singer died at home on May 3 in the company of her family according to a statement posted to her website.",
     "The singer died at home on May 3 in the company of her family", "a statement"),
])
def test_a_source_right_after_its_clause_without_a_comma(sentence, content, source):
    (quote,) = quotes(sentence)
    assert quote[0] == content and quote[2] == "according to" and quote[3].startswith(source)


# ---------------------------------------------------------------------- "according to which"


def test_according_to_which_reports_the_relative_clause_by_the_thing_before_it():
    (quote,) = quotes("On May 2, Chile and Peru signed a fishing agreement, according to which boats from either "
                      "country would be allowed into the shared zone.")
    assert quote[0] == "boats from either country would be allowed into the shared zone"
    assert quote[2] == "according to" and quote[3] == "a fishing agreement"


# ---------------------------------------------------------------------- "citing" a reason, not a source


@pytest.mark.parametrize("sentence", [
    "The president has already postponed a state visit to Japan, citing the strike as his reason.",
    "He served two full terms in office but did not seek reelection, citing age and health concerns.",
])
def test_citing_a_reason_is_no_report(sentence):
    assert quotes(sentence) == []


def test_citing_a_source_still_reports():
    (quote,) = quotes("The storm has destroyed at least 300 homes, the agency reported, citing local officials.")
    assert quote[0] == "The storm has destroyed at least 300 homes" and quote[3] == "local officials"


# ---------------------------------------------------------------------- a plain noun phrase opening the sentence


@pytest.mark.parametrize("sentence,content,speaker", [
    ("Nokia states that it registered the trademark in 2004.", "it registered the trademark in 2004", "Nokia"),
    ("Some say history tends to repeat itself.", "history tends to repeat itself", "Some"),
    ("62% of small firms say they are likely to hire more staff next year.",
     "they are likely to hire more staff next year", "62% of small firms"),
    ("Reports as of Thursday said an estimated forty homes had been damaged.",
     "an estimated forty homes had been damaged", "Reports"),
    ("Critics from across the political spectrum have claimed this is a move to silence the opposition.",
     "this is a move to silence the opposition", "Critics from across the political spectrum"),
])
def test_a_plain_noun_phrase_opening_the_sentence_is_the_subject_of_its_report(sentence, content, speaker):
    (quote,) = quotes(sentence)
    assert quote[0] == content and quote[1] == "indirect" and quote[3] == speaker


@pytest.mark.parametrize("sentence", [
    "Pre-orders of the recently announced tablet began on Tuesday, overwhelming the online store.",
    "Let's say I bought the program and gave a copy to a friend.",
    "In order for this proposal to become law, both chambers must approve it.",
    "Rather than recall the cars, the company offered owners a free repair kit.",
])
def test_words_that_open_no_noun_phrase_are_no_subject(sentence):
    assert quotes(sentence) == []


def test_a_subordinate_clause_after_a_thing_makes_no_report():
    assert quotes("The club found a larger audience, though, his health problems would have kept his finances on "
                  "thin ice.") == []


# ---------------------------------------------------------------------- requests and claims by participle and infinitive


@pytest.mark.parametrize("sentence,content,cue", [
    ("Nobody died on the ground, with local media reporting no-one was inside the shop.",
     "no-one was inside the shop", "reporting"),
    ("The minister joined the calls by French officials asking the United States to lift the ban.",
     "to lift the ban", "asking"),
    ("Alongside this rumour, TechInsider claims to have seen a wireless speaker that plays video.",
     "to have seen a wireless speaker that plays video", "claims"),
])
def test_a_participle_or_a_claim_with_its_clause_or_infinitive_reports(sentence, content, cue):
    (quote,) = quotes(sentence)
    assert quote[0] == content and quote[2] == cue


@pytest.mark.parametrize("sentence", [
    "The premier posted on Twitter asking for places to eat on the seven hour drive to the capital.",
    "I did not listen to her and did nothing she was asking me to do.",
    "The town's claims to fame are a cheese market and a bridge.",
])
def test_asking_for_a_thing_or_a_claim_to_fame_reports_nothing(sentence):
    assert quotes(sentence) == []


# ---------------------------------------------------------------------- clauses that open with a count, "this" or a date


@pytest.mark.parametrize("sentence,content", [
    ("Reports indicate this truck may have struck people lying on the road.",
     "this truck may have struck people lying on the road"),
    ("Police said over a hundred people attended the party.", "over a hundred people attended the party"),
    ("The Berlin radio station reported in mid-2019, several branches had closed within a year.",
     "several branches had closed within a year"),
    ("North Korea claimed, as of Friday, it was one of the few countries without a case.",
     "it was one of the few countries without a case"),
])
def test_a_clause_that_opens_with_a_count_a_demonstrative_or_after_a_date(sentence, content):
    (quote,) = quotes(sentence)
    assert quote[0] == content and quote[1] == "indirect"


def test_this_week_after_said_is_no_clause_opening():
    (quote,) = quotes("The mayor said this week the bridge would reopen in May.")
    assert quote[0] == "the bridge would reopen in May"


# ---------------------------------------------------------------------- a thing tweeted, an interrupted report


@pytest.mark.parametrize("sentence", [
    "The senator tweeted support for the protests against the lockdown orders.",
    "The president tweeted about the riots that followed the death of a man in custody.",
])
def test_a_thing_tweeted_is_no_report(sentence):
    assert quotes(sentence) == []


def test_a_tweeted_clause_still_reports():
    (quote,) = quotes("The senator tweeted that the bill would pass next week.")
    assert quote[0] == "the bill would pass next week" and quote[2] == "tweeted"


def test_a_source_before_a_lone_verb_reports_nothing():
    assert quotes("Two gunmen attacked the mayor shortly after he left his home, then, according to security "
                  "officials, fled.") == []


def test_a_source_after_a_reporting_verb_reports_what_follows():
    (quote,) = quotes("The judge of the high court decided, according to the summary, that the order was unlawful.")
    assert quote[0] == "that the order was unlawful" and quote[2] == "according to"


# ---------------------------------------------------------------------- metamorphic: what should not matter does not


@pytest.mark.parametrize("marks", [('"', '"'), ("“", "”"), ("«", "»")])
@pytest.mark.parametrize("source", ["the fire brigade", "Chief Officer Dana Ortiz", "local officials"])
def test_an_interrupting_source_reads_the_same_whatever_the_marks_and_the_source(marks, source):
    opening, closing = marks
    (quote,) = quotes(f"Four of the fires were, according to {source}, {opening}set on purpose{closing} and two of "
                      "them spread to homes.")
    assert quote[0] == f"{opening}set on purpose{closing} and two of them spread to homes"
    assert quote[1:3] == ("mixed", "according to")


@pytest.mark.parametrize("subject", ["Nokia", "Siemens", "Some", "Others", "Critics of the plan", "71% of farmers"])
@pytest.mark.parametrize("before", [(), ("The company filed its answer in court on Monday.",)])
def test_a_leading_subject_reads_the_same_whatever_the_name_and_the_paragraph_before(subject, before):
    (*_, quote) = quotes(*before, f"{subject} said that the fee was never agreed.")
    assert quote[0] == "the fee was never agreed" and quote[2:4] == ("said", subject)


# ---------------------------------------------------------------------- a view or a "per" attributes like "according to"


@pytest.mark.parametrize("sentence,content,cue,name", [
    ("Dr Albert Sufianov praised the students. In his opinion, a surgeon has almost no chance to work abroad "
     "without English.", "a surgeon has almost no chance to work abroad without English", "opinion",
     "Albert Sufianov"),
    ("In the view of the court, the order was unlawful.", "the order was unlawful", "view", "the court"),
    ("Per Reuters, the man died of a heart attack.", "the man died of a heart attack", "Per", "Reuters"),
])
def test_a_view_or_per_opening_the_sentence_attributes_what_follows(sentence, content, cue, name):
    (*_, quote) = quotes(sentence)
    assert quote[0] == content and quote[2] == cue and quote[4] == name


@pytest.mark.parametrize("sentence", ["Per capita income rose by four percent.", "In my view, this is wrong.",
                                      "Per the request, parliament would meet briefly in September."])
def test_a_rate_or_the_writers_own_view_is_no_report(sentence):
    assert quotes(sentence) == []
