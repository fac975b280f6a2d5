"""The ``rules`` model on reports whose content is what a directive or recommending verb asks for: the infinitive after
a hearer with a capitalised modifier ("told WeWork executives to …"), the infinitive of a passive with its agent ("were
told by WeWork to sign …"), and the gerund, bare clause or infinitive after "recommend".

Each sentence is built on the construction of a sentence in the train or dev split or the outside study half, and goes
through the real segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


def test_a_hearer_with_a_capitalised_modifier_comes_before_the_infinitive():
    (quote,) = quotes("Masayoshi Son told WeWork executives to look for new sources of revenue.")
    assert quote[:4] == ("to look for new sources of revenue", "indirect", "told", "Masayoshi Son")


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("Employees were told by the company to sign the terms of the contract by Monday.",
     "to sign the terms of the contract by Monday", "told", "the company"),
    ("Tim Cook was personally recommended by Jobs to take over as CEO.", "to take over as CEO", "recommended", "Jobs"),
    ("The Air Force was ordered by Congress to work with Boeing on the new tanker program.",
     "to work with Boeing on the new tanker program", "ordered", "Congress"),
])
def test_a_passive_directive_is_reported_by_its_agent(sentence, content, cue, speaker):
    (quote,) = quotes(sentence)
    assert quote[:4] == (content, "indirect", cue, speaker)


def test_a_passive_directive_inside_another_report_is_a_quote_of_its_own():
    found = quotes("Vindman said he was told by former National Security Adviser John Bolton — Morrison's supervisor — "
                   "to go straight to the legal counsel.")
    assert [q[:4] for q in found] == [
        ("he was told by former National Security Adviser John Bolton — Morrison's supervisor — to go straight to the "
         "legal counsel", "indirect", "said", "Vindman"),
        ("to go straight to the legal counsel", "indirect", "told", "John Bolton"),
    ]


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("Analysts recommend buying the stock before the split.", "buying the stock before the split", "recommend",
     "Analysts"),
    ("The CDC recommends all individuals above age 6 months get a flu vaccine.",
     "all individuals above age 6 months get a flu vaccine", "recommends", "CDC"),
    ("Adil Abdul-Mahdi recommended the United States troops in Iraq withdraw.",
     "the United States troops in Iraq withdraw", "recommended", "Adil Abdul-Mahdi"),
    ("In 1962, Watts recommended Baker to be his replacement.", "Baker to be his replacement", "recommended", "Watts"),
    ("Although the agency's guidelines recommend holding people no longer than 72 hours, the agency has been "
     "holding people far longer.", "holding people no longer than 72 hours", "recommend", "the agency's guidelines"),
])
def test_recommend_reports_a_gerund_a_bare_clause_or_an_infinitive(sentence, content, cue, speaker):
    (quote,) = quotes(sentence)
    assert quote[:3] == (content, "indirect", cue)
    assert speaker.endswith(quote[3])


@pytest.mark.parametrize("sentence", [
    "The judge recommended mental health treatments and a prison near his family.",
    "The panel recommended the drug for approval.",
    "He recommended Johnson last year.",
    "The committee recommended the drug to patients over 65.",
])
def test_recommending_a_thing_reports_nothing(sentence):
    assert quotes(sentence) == []
