"""The ``rules`` model's pronoun resolver (``Referents.antecedent``) on passages built on the construction of train
and dev sentences, through the real segmenter as in a built corpus.
"""

from __future__ import annotations

from newsquotes.models.rules import _Quotes
from rules_sentences import article_of


def resolved(pronoun: str, before: str, *paragraphs: str) -> str | None:
    """Whom the resolver takes the ``pronoun`` for that follows the first ``before`` in the passage."""
    article = article_of(*paragraphs)
    pos = article.text.index(before) + len(before)
    pos += len(article.text[pos:]) - len(article.text[pos:].lstrip())
    return _Quotes(article).speakers.referents.antecedent(pronoun, pos)


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

