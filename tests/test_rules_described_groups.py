"""A "they" that goes to a group named by a plural description ("the authors") takes the words that first
described that group, as the nominal speaker does: passages written like the outside set's science news."""

from __future__ import annotations

import pytest
from rules_sentences import quotes


@pytest.mark.parametrize("first", [
    "The authors of the research published in the journal JAMA Psychiatry argued that the policies have benefits.",
    "According to a study, the authors of the report argued that the policies have benefits.",
])
def test_they_after_the_authors_is_named_as_the_authors_were_first_described(first):
    paragraphs = (first, "Using weed occasionally is not thought to cause substantial problems, the authors said. "
                         "But long-term, heavy use is linked to physical problems, they wrote.")
    name = "The authors of the research" if "research" in first else "the authors of the report"
    found = {q[3]: q[4] for q in quotes(*paragraphs)}
    assert found["the authors"] == name
    assert found["they"] == name
