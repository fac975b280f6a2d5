"""The ``rules`` model on "myth versus fact" pages: a claim under a refuting rubric ("MYTH:", "CLAIM:") gives the
claimed words in marks without naming who claims them, and is no quote; one whose paragraph names its source is.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("claim", [
    "MYTH: The Farm Security Act “takes from small farmers to give to big agribusiness.”",
    "MYTH: “There’s no waste in the school lunch program — the cuts just hurt children.”",
    "CLAIM: The new budget “will close every rural clinic in the state.”",
])
def test_a_claim_under_a_refuting_rubric_that_names_no_source_is_no_quote(claim):
    found = quotes(claim, "FACT: The act raises payments to family farms by a fifth and cuts red tape for growers.")
    assert found == []


def test_a_claim_whose_paragraph_names_its_source_stays_a_quote():
    found = quotes("MYTH: Senator Ana Ruiz claimed the act “will close every rural clinic in the state.”",
                   "FACT: The act funds rural clinics for the next ten years.")
    assert [(q[2], q[4]) for q in found] == [("claimed", "Ana Ruiz")]
