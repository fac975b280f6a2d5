"""The ``rules`` model on pronoun speakers whose mention is right but whose antecedent was wrong: a body named in
the plural or by a name of several words that opens the sentence before, the noun phrase that brought an unnamed
person in, and a person's sex told by a possessive before the name or spoiled by a body named after someone else.

Each passage is built on the construction of sentences in the train or dev split and goes through the real
segmenter, as in a built corpus.
"""

from __future__ import annotations

from rules_sentences import referents, speaker_of


def resolved(pronoun: str, before: str, *paragraphs: str) -> str | None:
    """Whom the resolver takes the ``pronoun`` for that follows the first ``before`` in the passage."""
    text, resolver = referents(*paragraphs)
    pos = text.index(before) + len(before)
    pos += len(text[pos:]) - len(text[pos:].lstrip())
    return resolver.antecedent(pronoun, pos)


def test_they_is_the_body_named_in_the_plural_that_spoke_in_the_sentence_before_not_the_people_it_spoke_of():
    paragraphs = ("On Thursday the local health secretary reported one more case in the village.",
                  "The Chilean Armed Forces said on Sunday, the 36 people infected included 26 army personnel. "
                  "They said the 36 people were moved to Patagonia.")
    assert speaker_of("were moved to Patagonia", *paragraphs) == "Chilean Armed Forces"


def test_they_is_not_a_plural_name_that_holds_a_person():
    paragraphs = ("The Smith Brothers said on Sunday that the factory would close. The workers were angry. "
                  "They said the owners had lied.",)
    assert speaker_of("the owners had lied", *paragraphs) == "The workers"


def test_it_is_the_body_whose_name_of_two_words_opens_the_sentence_before_not_an_index_named_further_back():
    paragraphs = ("The NASDAQ index has risen by 2.53% to 2248.63, while the Dax was 5.06% higher.",
                  "The US Treasury described the government's bail-out plan in a press release released earlier "
                  "today.",
                  "It said that the department would buy the assets of troubled banks.")
    assert speaker_of("would buy the assets", *paragraphs) == "US Treasury"


def test_it_is_not_a_person_whose_name_opens_the_sentence_before():
    paragraphs = ("Shell announced a new plant in Rotterdam on Monday.",
                  "John Smith described the plan in a press release. It said that the plant would open in May.")
    assert speaker_of("the plant would open", *paragraphs) != "John Smith"


def test_she_is_named_by_the_noun_phrase_with_where_she_comes_from_that_brought_her_in():
    paragraphs = ("I have to talk to many people after this interview.",
                  "There is a girl from our community near my house, she was crying all day. She told me that she "
                  "wants to leave the city.")
    assert speaker_of("she wants to leave the city", *paragraphs) == "a girl from our community"


def test_a_possessive_that_opens_a_sentence_tells_the_sex_of_the_subject_after_it():
    paragraphs = ("Kevin Allton, the curator of the show, spoke first.",
                  "In her opening remarks for attendees, Kathryn Waters pointed out the features of the show. "
                  "She pointed to the refreshment table.")
    text, resolver = referents(*paragraphs)
    assert resolver.sexes.get("Kathryn Waters") == "f"
    assert resolved("she", "of the show. ", *paragraphs) == "Kathryn Waters"


def test_a_he_after_a_body_named_after_someone_else_tells_nothing_of_the_subjects_sex():
    paragraphs = ("The gallery shows Polaroids by Andy Warhol.",
                  "Kathryn Waters pointed out the touches of the Warhol Factory, or the studio where he worked, "
                  "that were present around them.")
    text, resolver = referents(*paragraphs)
    assert resolver.sexes.get("Kathryn Waters") is None


def test_he_is_the_name_set_beside_the_noun_phrase_that_brought_him_in():
    paragraphs = ("Time just passed by like that and I delivered my baby. Baby came and then came a boy in my life, "
                  "Raju. He was one of the staff in the caterers team. He asked the aunty if he could marry me. He "
                  "told her that he too had no one, no father, no mother.",)
    assert speaker_of("he too had no one", *paragraphs) == "Raju"


def test_the_tellers_own_sentences_do_not_break_a_chain_of_she_back_to_the_named_woman_who_began_it():
    paragraphs = ("People at the bus stand started having doubts about why I was there all day. There was a lady "
                  "there, Rajamma, she worked in the bathrooms of the bus stand. She came to me, sat with me and "
                  "asked me what had happened. Actually she was a broker and I did not know that. I told her all my "
                  "problems. She asked me what I was studying now. She told me that the police are not good either.",)
    assert speaker_of("the police are not good either", *paragraphs) == "Rajamma"


def test_a_sentence_of_the_teller_that_names_someone_else_breaks_the_chain():
    paragraphs = ("There was a lady there, Rajamma, she worked in the bathrooms of the bus stand. She came to me on "
                  "the first day. I told Maria Lopez all my problems. She told me that the police are not good "
                  "either.",)
    assert speaker_of("the police are not good either", *paragraphs) != "Rajamma"


def test_he_is_the_boy_the_teller_fell_in_love_with_in_the_sentence_before_his():
    paragraphs = ("So, I was in a middle class family, so when I was studying in college only, I fell in love with a "
                  "boy, and because of his caste my family did not accept him and so I left home. I left home and I "
                  "came to his sisters house. He told me to stay in his sisters house only.",)
    assert speaker_of("to stay in his sisters house only", *paragraphs) == "a boy"


def test_he_is_the_husband_the_teller_asked_in_his_own_sentence():
    paragraphs = ("It was a week and they had not come back. As they were not back, I asked my lover's sister's "
                  "husband about them and he suggested that I go where they had gone and check myself.",)
    assert speaker_of("I go where they had gone", *paragraphs) == "my lover's sister's husband"


def test_a_he_that_opens_the_sentence_goes_on_past_a_son_named_after_it():
    paragraphs = ("John Smith arrived in the city on Monday.",
                  "He told his son that he would stay in the city.")
    assert speaker_of("he would stay in the city", *paragraphs) == "John Smith"


def test_they_is_not_a_channel_something_was_seen_on():
    paragraphs = ("I did not understand what that place was, but I had seen something similar to this on TV. Now I "
                  "was scared.",
                  "The first day went by, and then from the third day on I was kept inside. They told me that I had "
                  "no choice.")
    assert speaker_of("I had no choice", *paragraphs) != "TV"


def test_they_is_the_plural_that_both_opens_in_the_sentence_before():
    paragraphs = ("North Korea said it would attack any loudspeakers broadcasting propaganda.",
                  "Both countries have put their militaries on high levels of alert. They said the talks would go "
                  "on.")
    assert speaker_of("the talks would go on", *paragraphs) == "Both countries"


def test_he_is_the_man_the_sentence_is_about_not_the_source_that_opens_it():
    paragraphs = ("Mark Rathbun, a former Scientology official, helped Daniel Montalvo leave the group.",
                  "According to Rathbun the property in question was returned by mail to the organization by "
                  "Montalvo shortly after he left the Sea Org.")
    assert resolved("he", "shortly after ", *paragraphs) == "Daniel Montalvo"


def test_a_possessive_after_any_opening_word_of_a_phrase_tells_the_sex_of_the_subject_after_it():
    paragraphs = ("Since her election to the board, Dana Hill has pushed for a new budget.",
                  "Hill said the plan was sound.")
    _, resolver = referents(*paragraphs)
    assert resolver.sexes.get("Dana Hill") == "f"
