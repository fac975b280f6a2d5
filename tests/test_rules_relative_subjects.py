"""One pattern for a relative pronoun and the subject of the report whose object it is, right before the verb: "which
Boeing estimates to be worth …", "who the Supreme Court later ruled to be …"; a passive after the pronoun ("that were
said to be …") has no source before the verb and reports nothing."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The act was signed by Johnson, who the Supreme Court later ruled to be in breach of the constitution.",
     "to be in breach of the constitution", "Supreme Court"),
    ("The firm won a 30-year contract for titanium parts, which Boeing estimates to be worth $18 million.",
     "to be worth $18 million", "Boeing"),
])
def test_the_subject_after_the_relative_pronoun_reports_the_gap(sentence, content, speaker):
    assert [(q[0], q[3]) for q in quotes(sentence)] == [(content, speaker)]


def test_a_passive_after_the_relative_pronoun_reports_nothing():
    assert quotes("The victim suffered injuries that were said to be severe by the doctors at the hospital.") == []
