"""Partial coverage: a layer annotated on part of the text is scored, compared, merged and exported only there."""

from __future__ import annotations

import hashlib

import pytest

from annotation_builder import Text
from newsquotes.bench.ner import document_counts, score_entities
from newsquotes.gold.splits import split_articles
from newsquotes.labeling.adjudicate import adjudicate
from newsquotes.labeling.agreement import agreement
from newsquotes.schema import Annotation, Article, Entity, LayerSource, Provenance, Span, intersect_ranges

TEXT = "Alice met Bob in Paris. Carol flew to Rome. Dave stayed in Oslo."
SHA = hashlib.sha256(TEXT.encode()).hexdigest()
FIRST = Span(start=0, end=TEXT.index(" Carol"))  # only the first sentence was annotated


def ent(eid: str, phrase: str, label: str) -> Entity:
    return Text(TEXT, article_id="a").entity(phrase, label, id=eid)


def annotation(annotator: str, entities: list[Entity], covers: list[Span] | None) -> Annotation:
    return Annotation(article_id="a", annotator=annotator, text_sha256=SHA, entities=entities,
                      layers=[LayerSource(layer="entities", produced_by="test", covers=covers)])


GOLD = annotation("gold", [ent("e1", "Alice", "PERSON"), ent("e2", "Bob", "PERSON"), ent("e3", "Paris", "GPE")], [FIRST])


def test_predictions_outside_coverage_are_not_scored():
    predicted = annotation("model", [ent("p1", "Alice", "PERSON"), ent("p2", "Paris", "ORG"),
                                     ent("p3", "Carol", "PERSON"), ent("p4", "Rome", "GPE")], None)
    strict = score_entities([GOLD], [predicted])["strict"]["micro"]
    # Carol and Rome lie where the gold says nothing: neither spurious nor correct
    assert (strict["correct"], strict["incorrect"], strict["missed"], strict["spurious"]) == (1, 1, 1, 0)
    assert document_counts(GOLD, predicted).table[0][0].tolist() == [1, 1, 0, 1, 0]
    # with whole-text gold the same predictions are spurious there
    whole = GOLD.model_copy(update={"layers": []})
    assert score_entities([whole], [predicted])["strict"]["micro"]["spurious"] == 2


def test_an_entity_outside_its_layer_coverage_is_a_problem():
    bad = annotation("gold", [ent("e1", "Rome", "GPE")], [FIRST])
    assert any("outside the entity layer's coverage" in p for p in bad.problems(TEXT))
    assert annotation("gold", [ent("e1", "Alice", "PERSON")], [FIRST]).problems(TEXT) == []


def test_agreement_and_adjudication_compare_only_where_both_annotated():
    first = annotation("ann-1", [ent("e1", "Alice", "PERSON"), ent("e2", "Rome", "GPE")], None)
    second = annotation("ann-2", [ent("e1", "Alice", "PERSON")], [FIRST])
    result = agreement({"a": {"ann-1": first, "ann-2": second}})
    assert result["spans"]["GPE"]["exact"]["marked"] == [0, 0] or result["spans"]["GPE"]["exact"]["f1"] is None
    assert result["spans"]["PERSON"]["exact"]["f1"] == 1.0
    (gold,) = adjudicate({"a": {"ann-1": first, "ann-2": second}}, reviewer="ann-1").gold
    assert [e.text for e in gold.entities] == ["Alice"]
    assert gold.coverage("entities") == [FIRST]


def test_ranges_intersect():
    a = [Span(start=0, end=10), Span(start=20, end=30)]
    assert intersect_ranges(a, None) == a and intersect_ranges(None, None) is None
    assert intersect_ranges(a, [Span(start=5, end=25)]) == [Span(start=5, end=10), Span(start=20, end=25)]


def article(article_id: str, cluster: str | None = None) -> Article:
    return Article(id=article_id, text="x", paragraphs=[], sentences=[], text_sha256="0",
                   cluster_id=cluster or article_id, pipeline_version="t",
                   provenance=Provenance(input=f"{article_id}.txt", reader="text", raw_sha256="0"))


def test_splits_keep_stories_and_earlier_releases_in_place():
    articles = [article(f"a{k:02d}") for k in range(40)]
    stories = {f"a{k:02d}": "story-1" for k in range(0, 8)}  # eight articles about one event
    pinned = {"a10": "test", "a11": "train"}
    splits = split_articles(articles, stories, pinned)
    assert sorted(sum(splits.values(), [])) == sorted(a.id for a in articles)
    assert "a10" in splits["test"] and "a11" in splits["train"]
    assert len({name for name, ids in splits.items() for i in ids if i in stories}) == 1
    assert len(splits["test"]) >= 12 and splits == split_articles(articles, stories, pinned)
    with pytest.raises(ValueError, match="one story"):
        split_articles(articles, stories, {"a01": "train", "a02": "test"})
