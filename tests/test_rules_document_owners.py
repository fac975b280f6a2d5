"""A document speaker whose owner is named after the document's noun: the possessive before the owner's own
medium, or a name before its office or campaign."""

from __future__ import annotations

import pytest

from rules_sentences import quotes, speaker_of


@pytest.mark.parametrize("paragraphs,content,name", [
    (("US actor Chadwick Boseman died on Friday. Boseman died at home in the company of his wife and family "
      "according to a statement posted to his official Twitter account.",),
     "Boseman died at home", "Chadwick Boseman"),
    (("The Canadian band Arcade Fire toured Europe in the spring.",
      "According to a post on their Facebook page, the rest of the tour was cancelled."),
     "the rest of the tour was cancelled", "Arcade Fire"),
    (("The Canadian band Arcade Fire toured Europe in the spring.",
      "A post on their Facebook page said the rest of the tour was cancelled."),
     "the rest of the tour was cancelled", "Arcade Fire"),
])
def test_a_possessive_before_the_owners_medium_names_the_owner_not_the_platform(paragraphs, content, name):
    assert speaker_of(content, *paragraphs) == name


def test_a_name_before_an_office_names_the_person_of_that_name():
    paragraphs = ("Turkish President Recep Tayyip Erdoğan ordered the offensive on Wednesday.",
                  "According to a statement released by Erdogan's office, \"neutralizing the threat\" is an aim of "
                  "the operation.")
    (quote,) = quotes(*paragraphs)[-1:]
    assert quote[3] == "a statement released by Erdogan's office" and quote[4] == "Recep Tayyip Erdoğan"


def test_a_subject_document_from_an_office_names_the_person():
    paragraphs = ("Turkish President Recep Tayyip Erdoğan ordered the offensive on Wednesday.",
                  "A statement from Erdogan's office said the operation would last several weeks.")
    assert speaker_of("the operation would last", *paragraphs) == "Recep Tayyip Erdoğan"


def test_a_platform_a_person_speaks_on_by_its_own_name_stays_the_speaker():
    sentence = "According to a statement from Twitter, the accounts were suspended for spam."
    assert speaker_of("the accounts were suspended", sentence) == "Twitter"
