""""Told HEARER how …" reports the clause after "how", as "explained how …" does; "how much" and "how many" stay
in the clause they open."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence, content, cue, speaker", [
    ("One nurse told the inspectors how she had been moved to a night ward without any training.",
     "she had been moved to a night ward without any training", "told", "One nurse"),
    ("The driver told reporters how he had steered the bus away from the crowd.",
     "he had steered the bus away from the crowd", "told", "The driver"),
    ("The treasurer told the committee how much the club had spent on the new stand.",
     "how much the club had spent on the new stand", "told", "The treasurer"),
    ("The treasurer explained how many members had left the club since the spring.",
     "how many members had left the club since the spring", "explained", "The treasurer"),
])
def test_told_how_reports_the_clause(sentence, content, cue, speaker):
    found = quotes(sentence)
    assert [q[:4] for q in found] == [(content, "indirect", cue, speaker)], found
