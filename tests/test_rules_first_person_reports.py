"""A report whose subject is "I" or "we" is no quote: outside quotation marks it is the writer's own finding ("We
found that …", the publication's own voice), inside one the speaker's own words, part of the outer quote ("I have
asked Tim Cook to …"). A direct quote stays, and "the i" is a newspaper."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("paragraphs", [
    ("We found that the company had paid no corporate tax in the state for three years.",),
    ("Jobs wrote in an email to staff:", "I have asked Tim Cook to be responsible for all of the day to day operations."),
])
def test_a_first_person_report_is_no_quote_of_its_own(paragraphs):
    assert not [q for q in quotes(*paragraphs) if q[3] in ("I", "We")]


def test_a_first_person_quotation_and_others_reports_stay():
    found = quotes("“We told them the deal was dead,” the minister said.",
                   "Officials tell BBC News every claim will be assessed meritocratically.")
    assert [(q[1], q[3]) for q in found] == [("direct", "the minister"), ("indirect", "Officials")]
