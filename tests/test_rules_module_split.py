"""The functions the rules model's name finder and speaker resolver call across modules: the runs of capitalised
words (``rules_name_runs``), one-word names (``rules_single_names``), head nouns (``rules_head_kinds``), pronouns
(``rules_pronoun_referents``), documents' owners (``rules_documents``), cues (``rules_cues``) and where a clause
ends (``rules_clause_ends``), each called the way its caller calls it.
"""

from __future__ import annotations

import pytest

from newsquotes.models.rules import _Quotes
from newsquotes.models.rules_clause_ends import ClauseEnds
from newsquotes.models.rules_cues import find_cues
from newsquotes.models.rules_documents import owner_of_document
from newsquotes.models.rules_entities import find_mentions
from newsquotes.models.rules_head_kinds import group_kind, head_kind
from newsquotes.models.rules_marks import Quotations
from newsquotes.models.rules_name_runs import capitalised_runs, split_run
from newsquotes.models.rules_pronoun_referents import pronoun_antecedent
from newsquotes.models.rules_referents import Referents
from newsquotes.models.rules_single_names import known_label, single_labels
from newsquotes.models.rules_text import Layout
from rules_sentences import article_of


def _layout(*paragraphs: str) -> Layout:
    return Layout(article_of(*paragraphs))


def _parts(layout: Layout) -> list[str]:
    lowercase = {layout.word(w) for w in layout.words if layout.text[w[0]].islower()}
    return [layout.text[part[0][0]:part[-1][1]] for run in capitalised_runs(layout, lowercase)
            for part in split_run(layout, run, lowercase)]


def test_an_and_that_joins_the_last_word_of_a_bodys_name_keeps_one_run():
    layout = _layout("The Centers for Disease Control and Prevention said on Monday that cases rose.")
    assert "Centers for Disease Control and Prevention" in _parts(layout)


def test_a_greeting_and_the_speakers_own_i_are_cut_from_the_name():
    assert "Agastya" in _parts(_layout("Hi Agastya, thanks for joining us today."))
    assert "Rich Bowen" in _parts(_layout("I'm Rich Bowen and I work for the foundation."))


@pytest.mark.parametrize(("word", "label"), [("France", "GPE"), ("Germans", "NORP"), ("Ministry", "ORG"),
                                             ("example.com", "ORG"), ("Tuesday", None)])
def test_a_words_label_by_the_word_lists_alone(word, label):
    assert known_label(word) == label


def test_a_single_word_that_repeats_a_persons_full_name_is_that_person():
    layout = _layout("Ivan Petrov arrived in the city on Monday.", "Petrov later left for the coast.")
    found = [m for m in find_mentions(layout) if " " in layout.text[m.start:m.end]]
    single = layout.text.index("Petrov later")
    labels = single_labels(layout, found, [(single, single + len("Petrov"))], set())
    assert labels == [(single, single + len("Petrov"), "PERSON")]


@pytest.mark.parametrize(("word", "kind"), [("waitress", "PERSON"), ("archbishop", "PERSON"), ("ministry", "ORG")])
def test_the_kind_a_head_noun_refers_to(word, kind):
    assert head_kind(word) == kind


def test_people_taken_together_are_people_only_in_the_plural():
    assert group_kind("developers") == "PERSON"
    assert group_kind("developer") is None


def test_the_referents_antecedent_is_the_pronoun_modules():
    layout = _layout("The World Health Organization announced new rules on Monday. It said they would start in May.")
    referents = Referents(layout, find_mentions(layout))
    pos = layout.text.index("It said")
    assert referents.antecedent("it", pos) == pronoun_antecedent(referents, "it", pos) == "World Health Organization"


def test_a_document_speaks_for_the_owner_named_after_from():
    layout = _layout("The stores were reluctant, according to a report from ABC Australia.")
    referents = Referents(layout, find_mentions(layout))
    start = layout.text.index("a report")
    end = len("The stores were reluctant, according to a report from ABC Australia")
    assert owner_of_document(referents, start, end, layout.text[start:end].split()) == "ABC Australia"


def test_the_cues_of_an_article_leave_out_a_negated_verb_and_a_noun():
    layout = _layout("Officials did not say when. Its report was late, the minister said, according to Reuters.")
    mentions = find_mentions(layout)
    quotations = Quotations(layout)
    cues = find_cues(layout, quotations, {m.end: m for m in mentions})
    assert [(c.word, c.kind) for c in cues] == [("said", "verb"), ("according to", "source")]


@pytest.mark.parametrize(("sentence", "clause"), [
    ("Smith said the talks had failed, which Trump denied.", "the talks had failed"),
    ("Smith said the bridge would reopen in May and called for patience.", "the bridge would reopen in May"),
    ("Smith noted the need to act.", None),
])
def test_a_clause_ends_where_the_writer_takes_over(sentence, clause):
    article = article_of(sentence)
    found = _Quotes(article)
    cue = next(c for c in found.speakers.cues if c.word in ("said", "noted"))
    bounds = ClauseEnds(found.layout, found.quotations, found.speakers).bounds(cue.end, len(sentence), cue)
    assert (article.text[bounds[0]:bounds[1]] if bounds else None) == clause
