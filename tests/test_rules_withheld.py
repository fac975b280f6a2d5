"""The writer's account of what the speaker withheld (", but he did not say …", ", but she gave no details") ends the
report before it; a clause the speaker reports with "but" goes on."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence, content", [
    ("Haddad said the firm could build larger rovers using parts from its cargo ship, but he did not disclose how "
     "large they could be.", "the firm could build larger rovers using parts from its cargo ship"),
    ("She said the bridge would reopen in the spring, but she gave no details on the cost or the contractor.",
     "the bridge would reopen in the spring"),
    ("The club said the coach would stay for the rest of the season, but it declined to comment on his contract.",
     "the coach would stay for the rest of the season"),
    ("She said the bridge would reopen in the spring, but she has not said what the repairs will cost.",
     "the bridge would reopen in the spring"),
])
def test_the_report_ends_before_what_was_withheld(sentence, content):
    assert [q[0] for q in quotes(sentence)] == [content]


def test_a_but_clause_of_the_report_stays_in():
    found = quotes("She said the bridge would reopen in the spring, but the cost would be higher than planned.")
    assert [q[0] for q in found] == ["the bridge would reopen in the spring, but the cost would be higher than planned"]
