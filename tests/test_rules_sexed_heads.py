"""A description whose noun tells a sex ("the man", "the woman", "the mother") is resolved to no one of the other
sex."""

from __future__ import annotations

import pytest

from newsquotes.models.rules_sexed_heads import head_sex
from rules_sentences import speaker_of


@pytest.mark.parametrize("paragraphs,content,name", [
    (("Robert Hale was sentenced on Friday. Judge Maria Lopez said she had no choice.",
      "The man said the sentence was unfair."), "the sentence was unfair", "Robert Hale"),
    (("Daniel Brooks was sentenced on Friday. Judge Maria Lopez said she had no choice.",
      "The father said he would appeal."), "he would appeal", "Daniel Brooks"),
])
def test_a_man_described_is_not_the_woman_named_last(paragraphs, content, name):
    assert speaker_of(content, *paragraphs) == name


def test_a_woman_described_with_only_men_named_before_stays_unresolved():
    paragraphs = ("Robert Hale was sentenced on Friday. Hale said his lawyer would appeal.",
                  "The woman said the sentence was fair.")
    assert speaker_of("the sentence was fair", *paragraphs) == "The woman"


@pytest.mark.parametrize("head,sex", [("man", "m"), ("Boy", "m"), ("father", "m"), ("woman", "f"),
                                      ("mother", "f"), ("widow", "f"), ("official", None), ("parent", None)])
def test_head_sex(head, sex):
    assert head_sex(head) == sex
