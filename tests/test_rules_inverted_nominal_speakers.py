"""A nominal speaker after an inverted "said" with "one" or "a" and a head that names people by their work: "said one
miner", "said a nurse"; "one miner said" before the verb. A time after "said" is no speaker."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence, speaker", [
    ("“The roof just came down on top of us,” said one miner.", "one miner"),
    ("“The roof just came down on top of us,” said a miner.", "a miner"),
    ("“We worked through the night without a break,” said one resident.", "one resident"),
    ("“The roof just came down on top of us,” one miner said.", "one miner"),
])
def test_one_or_a_before_a_speaker_noun_names_the_speaker(sentence, speaker):
    assert [(q[1], q[3]) for q in quotes(sentence)] == [("direct", speaker)]


def test_a_time_after_the_verb_is_no_speaker():
    assert [(q[1], q[3]) for q in quotes("The miners waited for hours.", "“The roof just came down on top of us,” he said one evening.")] == [
        ("direct", "he")]
