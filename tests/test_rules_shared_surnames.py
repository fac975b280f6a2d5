"""The ``rules`` model on whom a short name or a role stands for: a surname several people in the article share
goes by the one the article names first, its subject, not a relative or namesake named later with a longer name;
a role owned by a body the phrase names ("the FAO's chief veterinary officer") is no one named before.

Each article is built on the construction of one in the train or dev split and goes through the real segmenter,
as in a built corpus.
"""

from __future__ import annotations

from rules_sentences import speaker_of


def test_a_surname_goes_by_the_subject_not_a_father_named_later_with_a_longer_name():
    article = (
        "U.S. heiress Gloria Vanderbilt died on Monday at the age of 95, her son announced.",
        "Vanderbilt was born in 1924. Her father, Reginald Claypoole Vanderbilt, died when she was one. Her "
        "aunt, Gertrude Vanderbilt Whitney, won custody.",
        "Vanderbilt said in 2004, \"I never thought of myself as an heiress.\"",
    )
    assert speaker_of("an heiress", *article) == "Gloria Vanderbilt"


def test_a_surname_goes_by_the_subject_not_a_wife_named_nearer():
    article = (
        "Drummer Ginger Baker, a founder of the rock band Cream, has died aged 80.",
        "He married Nettie Baker in 1959.",
        "Baker told an interviewer in 2013, \"I was never a rock drummer.\"",
    )
    assert speaker_of("rock drummer", *article) == "Ginger Baker"


def test_a_surname_still_goes_by_the_fullest_form_of_one_name():
    article = (
        "Ivan Petrov resigned on Tuesday.",
        "The minister, Ivan Sergeyevich Petrov, had served since 2012.",
        "Petrov said, \"I leave with a clear conscience.\"",
    )
    assert speaker_of("clear conscience", *article) == "Ivan Sergeyevich Petrov"


def test_a_role_its_named_body_owns_is_not_the_person_named_last():
    article = (
        "WHO director-general Tedros Adhanom Ghebreyesus said the name had to be easy to say.",
        "The government of Egypt ordered the killing of over 300,000 pigs. According to the United Nations' Food "
        "and Agriculture Organization's chief veterinary officer, it was completely unnecessary.",
    )
    assert speaker_of("completely unnecessary", *article) == (
        "the United Nations' Food and Agriculture Organization's chief veterinary officer")


def test_a_bare_role_still_goes_to_the_person_named_before():
    article = (
        "Kathryn Waters, director of the gallery, expressed interest in further donations.",
        "The director said, \"We hope to show the prints again next year.\"",
    )
    assert speaker_of("prints again", *article) == "Kathryn Waters"


def test_a_surname_goes_by_the_fullest_form_of_one_name_spelt_with_and_without_accents():
    article = (
        "Tayyip Erdogan spoke in Ankara on Tuesday.",
        "The president, Recep Tayyip Erdoğan, has led the country since 2014.",
        "Erdogan said, \"We will not bow to pressure.\"",
    )
    assert speaker_of("bow to pressure", *article) == "Recep Tayyip Erdoğan"
