"""The ``rules`` model's pronoun resolver (``Referents.antecedent``) on passages built on the construction of train
and dev sentences, through the real segmenter as in a built corpus.
"""

from __future__ import annotations

from rules_sentences import referents


def resolved(pronoun: str, before: str, *paragraphs: str) -> str | None:
    """Whom the resolver takes the ``pronoun`` for that follows the first ``before`` in the passage."""
    text, resolver = referents(*paragraphs)
    pos = text.index(before) + len(before)
    pos += len(text[pos:]) - len(text[pos:].lstrip())
    return resolver.antecedent(pronoun, pos)


def test_an_interviewees_he_is_the_man_named_in_the_answer_not_the_interviewee_whose_label_opens_it():
    paragraphs = ("Wikinews: Which previous Virginia Governor do you most admire and why?",
                  "Robert Sarvis: Thomas Jefferson. He was incredibly learned and a strong advocate for freedom.")
    assert resolved("he", "Thomas Jefferson.", *paragraphs) == "Thomas Jefferson"


def test_a_statements_label_is_not_the_he_of_the_next_statement():
    paragraphs = ("Senator Jim Risch welcomed the release of Marc Fogel on Tuesday.",
                  "John Barrasso: The release is a victory for the country. He deserves our thanks.")
    assert resolved("he", "for the country.", *paragraphs) == "Jim Risch"


def test_a_he_inside_a_quotation_is_the_man_the_same_quotation_named_just_before():
    paragraphs = ("U.S. citizen Marc Fogel is finally home.",
                  "Malphine Fogel said: “I would like to thank President Trump profusely. He promised me he would get "
                  "him out.”")
    assert resolved("he", "profusely.", *paragraphs) == "Trump"


def test_a_his_goes_to_the_one_person_of_its_own_sentence_before_a_man_named_earlier():
    paragraphs = ("Ahmed Mohamed was arrested after he brought a clock to school.",
                  "US President Barack Obama tweeted using his account that the boy should visit.")
    assert resolved("he", "tweeted using", *paragraphs) == "Barack Obama"


def test_a_he_inside_a_quotation_is_not_its_speaker_named_in_the_same_sentence():
    paragraphs = ("Governor Ricardo Rosselló resigned on Friday.",
                  "In a statement, Vázquez said, \"I understand the decision. He just announced that it is final.\"")
    assert resolved("he", "the decision.", *paragraphs) != "Vázquez"


def test_they_goes_to_a_plural_of_people_that_opens_a_sentence_without_a_determiner():
    paragraphs = ("Internet Explorer lost ground to Firefox this year.",
                  "Web developers face big problems with IE6. As they design their pages, they must test it.")
    assert resolved("they", "As", *paragraphs) == "Web developers"


def test_they_goes_to_a_group_of_people_by_a_noun_the_lexicon_lacks():
    paragraphs = ("The Church of Scientology's website is currently unreachable.",
                  "Some individuals reported that when they are able to reach the site, all they get is a message.")
    assert resolved("they", "reported that when", *paragraphs) == "Some individuals"


def test_they_goes_to_a_people_named_in_the_plural_just_before():
    paragraphs = ("Wikinews: How do you approach talking to the Palestinians when, in the end, they do not want "
                  "Israel to exist?",)
    assert resolved("they", "in the end,", *paragraphs) == "Palestinians"


def test_a_they_opening_a_sentence_after_one_they_opened_goes_on_with_the_same_group():
    paragraphs = ("You see, the terrorists are protesting against modernity. They think that modernity may endanger "
                  "their tradition. They are simply afraid and hate modernity. They consider modernity as their enemy, "
                  "but then they have two problems.",)
    assert resolved("they", "hate modernity.", *paragraphs) == "the terrorists"
    assert resolved("they", "but then", *paragraphs) == "the terrorists"


def test_it_goes_to_the_body_that_leads_the_sentence_before_not_the_one_named_last():
    paragraphs = ("The Union of Rationalist Atheists and Agnostics collected more than 11,000 signatures, asking the "
                  "government to respect the sentence of the Supreme Court. It is also encouraging citizens to write.",)
    assert resolved("it", "Supreme Court.", *paragraphs) == "Union of Rationalist Atheists and Agnostics"


def test_its_goes_to_the_body_named_last_in_its_own_sentence():
    paragraphs = ("The European Commission met on Wednesday.",
                  "The European Commission has forced Apple Inc. to lower its prices in the United Kingdom.")
    assert resolved("it", "to lower", *paragraphs) == "Apple Inc."
