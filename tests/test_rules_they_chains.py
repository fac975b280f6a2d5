"""The ``rules`` model on whom a "they" refers to: a chain of "they" carried from sentence to sentence back to the
group it started from, a plural of people that opens a sentence or an interview's answer, and a group named with
an irregular plural ("people", "men").

Each passage is built on the construction of sentences in the train or dev split and goes through the real
segmenter, as in a built corpus.
"""

from __future__ import annotations

from rules_sentences import referents


def _they(before: str, *paragraphs: str) -> str | None:
    """Whom the first "they" (or "They") right before ``before`` in the passage refers to."""
    text, resolver = referents(*paragraphs)
    pos = text.index(before) - len("they ")
    assert text[pos:pos + 4].lower() == "they"
    return resolver.antecedent("they", pos)


_TERRORISTS = ("Wikinews: How do you come to an understanding with the Palestinians?",
               "Shimon Peres: Well, what is the problem? You see, the terrorists are protesting against modernity. "
               "They think that modernity may endanger their tradition. They are simply afraid and hate modernity. "
               "They consider modernity as their enemy, but then they have two problems. First of all, can they exist "
               "on tradition? They cannot. Sooner or later they will have to enter the new age.")


def test_a_they_inside_a_sentence_goes_on_with_the_they_of_the_sentence_before_not_the_interviewer():
    assert _they("exist on tradition", *_TERRORISTS) == "the terrorists"


def test_a_chain_of_they_goes_on_through_sentences_that_name_no_group():
    assert _they("cannot. Sooner", *_TERRORISTS) == "the terrorists"
    assert _they("will have to enter", *_TERRORISTS) == "the terrorists"


def test_a_plural_of_people_that_opens_an_interviews_answer_is_what_they_goes_on_about():
    paragraphs = ("Wikinews: You have done exceptionally well in opinion polling. What do you attribute that success to?",
                  "Robert Sarvis: Voters see the two-party system for the sham it has become. They are sick of the "
                  "partisanship and nonsense.")
    assert _they("are sick", *paragraphs) == "Voters"


def test_people_opening_a_sentence_is_a_group_of_people():
    paragraphs = ("As with all new year celebrations in Taiwan, the lantern festival is crowded. People flock to see "
                  "the lantern scenes and enjoy the festival atmosphere as they carry lanterns.",)
    assert _they("carry lanterns", *paragraphs) == "People"


def test_an_irregular_plural_inside_a_sentence_is_a_group_without_the_verb_before_it():
    paragraphs = ("The Onion's humour is more subdued, rather than making people laugh so hard that they fall off "
                  "their chairs.",)
    assert _they("fall off", *paragraphs) == "people"


def test_people_after_of_is_not_the_group_a_they_goes_on_about():
    paragraphs = ("According to the research team, half of all people worldwide are affected by limits on their water "
                  "supply, while daily fresh water usage to flush toilets is upwards of 141 billion liters; which they "
                  "note is several times larger than the water consumption of Africa.",)
    assert _they("note is several", *paragraphs) == "the research team"


def test_a_chain_of_they_reaches_the_team_that_opened_it_past_the_bodies_named_on_the_way():
    paragraphs = ("The team collected DNA samples from mummified birds with permission from the Egyptian Ministry of "
                  "State for Antiquity, and several museums offered to send tissue samples. They were able to extract "
                  "complete sequences from fourteen. They found the DNA sequences to be relatively diverse. If the "
                  "birds had been domesticated, they reasoned, the specimens would have shown little diversity.",)
    assert _they("reasoned", *paragraphs) == "The team"


def test_a_group_named_in_the_pronouns_own_sentence_goes_before_one_that_opened_the_sentence_before():
    paragraphs = ("Exhibit goers then became part of the very exhibit they had wanted to attend. In fact, many people "
                  "Wikinews observed took out their mobiles as they left for the evening.",)
    assert _they("left for the evening", *paragraphs) == "many people"


def test_a_group_of_a_body_is_named_with_what_it_is_of():
    paragraphs = ("Dewar says that bureaucrats of the Conservative government have complained to him about document "
                  "security to the point that they can't share the information with their colleagues.",)
    assert _they("can't share", *paragraphs) == "bureaucrats of the Conservative government"


def test_a_plural_that_opens_a_sentence_capitalised_is_a_group():
    paragraphs = ("The Syrian refugee team named their robot Robogee. Teams from Morocco and Iran both had difficulties "
                  "getting their robots across the border, and they arrived late.",)
    assert _they("arrived late", *paragraphs) == "Teams"


def test_a_people_named_in_the_pronouns_own_sentence_goes_before_a_group_of_a_sentence_before():
    paragraphs = ("Shimon Peres: Armies cannot conquer science. Customs cannot check what a scientist has in his mind.",
                  "Wikinews: How do you approach the difficult challenge of talking to the Palestinians when, in the "
                  "end, they don't want Israel to exist?")
    assert _they("don't want", *paragraphs) == "Palestinians"


def test_a_country_that_acts_in_the_pronouns_sentence_is_what_they_means():
    paragraphs = ("The expansion of NATO was seen as a significant threat to the Soviet Union, to Russia now that there "
                  "was no longer any Soviet Union, it was a significant threat to Russia and not surprisingly they "
                  "responded by beefing up their offensive capacity.",)
    assert _they("responded by", *paragraphs) == "Russia"


def test_a_country_where_someone_is_from_is_not_what_they_means():
    paragraphs = ("Thomas Sam, 42, and his wife Manju Sam, 36, from Sydney, Australia, are on trial after they shunned "
                  "conventional treatments.",)
    assert _they("shunned", *paragraphs) != "Australia"


def test_an_it_goes_to_the_body_that_the_description_opening_its_sentence_names():
    paragraphs = ("The dispute has come up between the manufacturer of the iPhone (which was presented on Wednesday for "
                  "the first time) - Apple Inc. - and a leader in network and communication systems, based in San "
                  "Jose - Cisco.",
                  "The company claims to possess the trademark for iPhone, and moreover, that it sells devices under "
                  "the same brand.")
    text, resolver = referents(*paragraphs)
    company = text.index("The company")
    assert resolver.antecedent("it", text.index("it sells")) == resolver.speaker(
        company, company + len("The company")).name != "San Jose"
