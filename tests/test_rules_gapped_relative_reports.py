"""A report inside a relative clause whose own subject is the gap, after a pronoun subject: "a plan she said could
serve as a model" (no relative pronoun) and "John Smith, who she said could serve as …" (the pronoun, not the
relative clause's head, is the source). A clause with a subject of its own after the verb stays the verb's."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence, content", [
    ("Governor Kathy Hochul proposed a plan she said could serve as a model for other states.",
     "could serve as a model for other states"),
    ("Governor Kathy Hochul named John Smith, who she said could serve as a bridge to the unions.",
     "could serve as a bridge to the unions"),
])
def test_the_gapped_clause_is_the_pronouns_report(sentence, content):
    assert [(q[0], q[2], q[3], q[4]) for q in quotes(sentence)] == [(content, "said", "she", "Kathy Hochul")]


def test_a_clause_with_its_own_subject_is_no_gapped_report():
    assert [(q[0], q[3]) for q in quotes("Governor Kathy Hochul proposed a plan she said she had drafted herself.")] == [
        ("she had drafted herself", "she")]
