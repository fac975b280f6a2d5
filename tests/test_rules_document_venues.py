"""Where a document appeared, or who received or saw it, is no source of what it says: the document is, named by its
own words; its author stays its owner."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("paragraphs, speaker", [
    (["The old ferry had been leaking for months, according to a safety review published in the journal Marine "
      "Engineering."], "a safety review"),
    (["The International Committee of the Red Cross called for an inquiry.",
      "At least 40 boats were damaged in the harbour, according to local reports received by the International "
      "Committee of the Red Cross."], "local reports"),
    (["The mine will close next spring, according to a memo seen by Reuters."], "a memo"),
])
def test_the_document_speaks_not_its_venue(paragraphs, speaker):
    found = [q for q in quotes(*paragraphs) if q[2] == "according to"]
    assert [q[3:] for q in found] == [(speaker, speaker)], quotes(*paragraphs)


@pytest.mark.parametrize("sentence, owner", [
    ("The mine will close next spring, according to a report released by the Ministry of Mines.", "Ministry of Mines"),
    ("The firm hid its losses for years, according to a lawsuit filed in court by Daniel Whitfield.",
     "Daniel Whitfield"),
])
def test_its_author_still_owns_it(sentence, owner):
    found = quotes(sentence)
    assert [q[4] for q in found] == [owner], found
