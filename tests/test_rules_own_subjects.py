"""The ``rules`` model on a subject pronoun right after a reporting verb: with a finite verb of its own it opens the
reported clause ("Kimberly-Clark, which makes Kleenex Toilet Tissue, said it was working around the clock"), and is
no inverted speaker of the words before the verb, as a name or a pronoun with no verb after it is ("…, said Jones.",
"“…,” said he."). The name that opens the sentence ahead of a relative clause is then the speaker.

Each sentence is built on the construction of a sentence in the train or dev split or the outside set's study half,
and goes through the real segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from newsquotes.models.rules_own_subjects import name_before_relative, pronoun_opens_clause
from rules_sentences import quotes


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("Kimberly-Clark, which makes Kleenex Toilet Tissue, said it was working around the clock.",
     "it was working around the clock", "said", "Kimberly-Clark"),
    ("In a statement, Kimberly-Clark, which makes Scott tissue, said it plans to hire 200 workers.",
     "it plans to hire 200 workers", "said", "Kimberly-Clark"),
    ("Procter & Gamble, whose brands include Charmin, told Reuters it had added shifts at two plants.",
     "it had added shifts at two plants", "told", "Procter & Gamble"),
])
def test_a_pronoun_and_its_verb_after_the_verb_open_the_report_of_the_name_before_the_relative_clause(
        sentence, content, cue, speaker):
    (quote,) = quotes(sentence)
    assert quote[:4] == (content, "indirect", cue, speaker)


def test_a_subject_before_a_relative_clause_the_model_already_read_keeps_its_report():
    assert quotes("The company, which employs 300 people, said it would appeal.") == [
        ("it would appeal", "indirect", "said", "The company", "The company")]


def test_a_pronoun_with_a_verb_is_never_an_inverted_speaker_of_the_words_before():
    for sentence in ("Kimberly-Clark, which makes Kleenex Toilet Tissue, said it.",
                     "Fewer beds were available, which worried doctors, said they had no room."):
        assert quotes(sentence) == []


def test_true_inverted_reports_are_kept():
    assert quotes("“We will appeal,” said Jones.")[0][:3] == ("We will appeal", "direct", "said")
    assert quotes("“We will appeal,” the lawyer said. “The ruling is wrong,” said he.")[1][:4] == (
        "The ruling is wrong", "direct", "said", "he")
    assert quotes("The results were clear, said Ruiz, who leads the clinic.")[0][:4] == (
        "The results were clear", "indirect", "said", "Ruiz")


@pytest.mark.parametrize("after,opens", [
    (" it was working", True), (" he also planned", True), (" she plans to", True), (" they didn't", True),
    (" he.", False), (" Jones.", False), (" it easy", False), (" they business", False),
    (" it this", False), (" he thus", False),
])
def test_a_pronoun_opens_a_clause_only_before_a_finite_verb(after, opens):
    assert pronoun_opens_clause("said" + after, 4, len("said" + after)) is opens


@pytest.mark.parametrize("before,name", [
    ("Kimberly-Clark, which makes Kleenex Toilet Tissue, said", "Kimberly-Clark"),
    ("On Monday, Kimberly-Clark, which makes tissue, also said", "Kimberly-Clark"),
    ("Ruiz, who leads the clinic, said", "Ruiz"),
    ("The plant will close, which worries workers, said", None),
    ("Smith, Jones and Lee, who lead it, said", None),
])
def test_the_name_before_a_relative_clause_opens_the_sentence(before, name):
    found = name_before_relative(before, 0, before.rindex(" ") + 1)
    assert (found.name if found else None) == name


def test_a_quotation_after_the_report_goes_to_the_name_not_to_the_pronoun():
    found = quotes("Kimberly-Clark, which makes Kleenex Toilet Tissue, said it was working around the clock. “We have "
                   "never seen demand like this for our products in all our years of business.”")
    assert [q[3] for q in found] == ["Kimberly-Clark", "Kimberly-Clark"]
