"""A report inside a ", who …," relative clause ends where the relative clause does; the main predicate after it is
the writer's."""

from rules_sentences import quotes


def test_the_report_ends_with_the_relative_clause():
    found = quotes("Okonkwo, who said the levy would hurt small farms, has since left the regional council.")
    assert [q[:4] for q in found] == [("the levy would hurt small farms", "indirect", "said", "Okonkwo")]


def test_a_noun_phrase_in_the_relative_clause_reports_nothing():
    assert quotes("Okonkwo, who denies the charges, has stayed out of the country for six years.") == []
    assert quotes("Okonkwo, who denies wrongdoing, will appear in court next month.") == []


def test_a_later_told_resumes_the_main_clause():
    found = quotes("Okonkwo, who has said the levy would hurt small farms, later told reporters he was leaving.")
    assert [q[:3] for q in found] == [("the levy would hurt small farms", "indirect", "said"),
                                      ("he was leaving", "indirect", "told")]
