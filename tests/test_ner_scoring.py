"""NER scores: the same counts and floats as nervaluate on random documents, hand-checked cases, bad input."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nervaluate import Evaluator

from newsquotes.bench.ner import (
    OUTCOMES,
    SCHEMES,
    OUTSIDE,
    NerCounts,
    counts_by_article,
    document_counts,
    entity_outcomes,
    score_entities,
    scores_from_counts,
)
from newsquotes.schema import ENTITY_LABELS, Annotation, Entity, LayerSource, Span as Range

FIELDS = ("precision", "recall", "f1", *OUTCOMES, "possible", "actual")
Span = tuple[int, int, str]


def annotation(article_id: str, spans: list[Span], annotator: str = "gold") -> Annotation:
    entities = [Entity(id=f"e{k}", start=s, end=e, text="x" * (e - s), label=label)
                for k, (s, e, label) in enumerate(spans)]
    return Annotation(article_id=article_id, annotator=annotator, text_sha256="sha", entities=entities)


def corpus(documents: list[tuple[list[Span], list[Span]]]) -> tuple[list[Annotation], list[Annotation]]:
    gold = [annotation(f"a{k}", g) for k, (g, _) in enumerate(documents)]
    predicted = [annotation(f"a{k}", p, "model:test") for k, (_, p) in enumerate(documents)]
    return gold, predicted


def nervaluate_scores(documents: list[tuple[list[Span], list[Span]]], labels=ENTITY_LABELS) -> dict:
    """nervaluate on the same spans in document order, with its inclusive end offsets."""
    def as_dicts(spans):
        scored = sorted((s, e, labels.index(label)) for s, e, label in spans if label in labels)
        return [{"label": labels[k], "start": s, "end": e - 1} for s, e, k in scored]

    evaluator = Evaluator([as_dicts(g) for g, _ in documents], [as_dicts(p) for _, p in documents],
                          tags=list(labels), loader="dict")
    return evaluator.evaluate()


def assert_same_as_nervaluate(documents, labels=ENTITY_LABELS) -> dict:
    ours = score_entities(*corpus(documents), labels=labels)
    theirs = nervaluate_scores(documents, labels)
    for scheme in SCHEMES:
        overall = theirs["overall"][scheme]
        assert {f: ours[scheme]["micro"][f] for f in FIELDS} == {f: getattr(overall, f) for f in FIELDS}, scheme
        present = {label for label, row in ours[scheme]["per_label"].items() if row["possible"] or row["actual"]}
        assert present == set(theirs["entities"]), scheme
        for label in present:
            expected = theirs["entities"][label][scheme]
            assert {f: ours[scheme]["per_label"][label][f] for f in FIELDS} == {f: getattr(expected, f) for f in FIELDS}
        for metric in ("precision", "recall", "f1"):
            values = [getattr(theirs["entities"][label][scheme], metric) for label in present]
            assert ours[scheme]["macro"][metric] == pytest.approx(sum(values) / len(values) if values else 0.0)
    return ours


# --------------------------------------------------------------------------- random documents

def random_document(rng: random.Random, labels: tuple[str, ...]) -> tuple[list[Span], list[Span]]:
    """Gold spans (some nested, some long) and predictions made from them by the errors models make."""
    if rng.random() < 0.08:
        return [], []
    length = rng.randint(50, 600)
    gold: list[Span] = []
    for _ in range(rng.choice([0, 1, 3, 8, 15, 25])):
        size = rng.randint(101, 450) if rng.random() < 0.1 else rng.randint(1, 15)
        start = rng.randrange(max(1, length - size))
        gold.append((start, start + size, rng.choice(labels[:5])))
    predicted: list[Span] = []
    for s, e, label in gold:
        roll = rng.random()
        other = rng.choice(labels)  # includes labels that never occur in gold
        if roll < 0.35:
            predicted.append((s, e, label))
        elif roll < 0.45:
            predicted.append((s, e, other))
        elif roll < 0.6:  # boundary shifted on one or both sides
            s2, e2 = max(0, s + rng.randint(-3, 3)), e + rng.randint(-3, 3)
            predicted.append((s2, max(s2 + 1, e2), rng.choice([label, other])))
        elif roll < 0.67 and e - s > 1:  # split in two adjacent spans
            cut = rng.randint(s + 1, e - 1)
            predicted += [(s, cut, label), (cut, e, rng.choice([label, other]))]
        elif roll < 0.74:  # nested inside and around
            predicted += [(s, e, label), (s, e + rng.randint(1, 5), other)]
        elif roll < 0.8:  # a duplicate prediction
            predicted += [(s, e, label), (s, e, label)]
        elif roll < 0.86:  # one character of a long span: 1% overlap decides
            predicted.append((s + rng.randint(0, 2), s + rng.randint(3, 4), label))
        elif roll < 0.9:  # adjacent, touching but not overlapping
            predicted.append((e, e + rng.randint(1, 4), label))
        # else missed
    for _ in range(rng.randint(0, 3)):  # spurious anywhere, perhaps overlapping others
        start = rng.randrange(length)
        predicted.append((start, start + rng.randint(1, 12), rng.choice(labels)))
    return gold, predicted


@pytest.mark.parametrize("seed", range(6))
def test_random_corpora_score_exactly_as_nervaluate(seed):
    rng = random.Random(seed)
    documents = [random_document(rng, ENTITY_LABELS) for _ in range(120)]
    documents.append(([], [(0, 3, "PRODUCT")]))  # a label found only in predictions
    ours = assert_same_as_nervaluate(documents)
    assert ours["strict"]["micro"]["possible"] == sum(len(g) for g, _ in documents)
    assert ours["strict"]["micro"]["actual"] == sum(len(p) for _, p in documents)
    assert ours["partial"]["micro"]["partial"] > 0 and ours["strict"]["micro"]["incorrect"] > 0


def test_many_articles_scored_in_chunks_match_nervaluate_and_article_by_article_counts():
    rng = random.Random(11)
    documents = [random_document(rng, ENTITY_LABELS) for _ in range(700)]
    ours = assert_same_as_nervaluate(documents)
    gold, predicted = corpus(documents)
    per_article = counts_by_article(gold, predicted)
    assert list(per_article) == [g.article_id for g in gold]
    assert per_article["a650"] == document_counts(gold[650], predicted[650])
    assert scores_from_counts(sum(per_article.values())) == ours


def test_a_subset_of_labels_ignores_the_others_as_nervaluate_does():
    rng = random.Random(42)
    documents = [random_document(rng, ENTITY_LABELS) for _ in range(80)]
    assert_same_as_nervaluate(documents, labels=("PERSON", "ORG", "LOC"))


spans = st.tuples(st.integers(0, 14), st.integers(1, 6), st.sampled_from(["PERSON", "ORG", "GPE"])).map(
    lambda t: (t[0], t[0] + t[1], t[2]))
dense_documents = st.lists(st.tuples(st.lists(spans, max_size=6), st.lists(spans, max_size=6)), min_size=1,
                           max_size=4).filter(lambda docs: any(g for g, _ in docs))


@settings(max_examples=300, deadline=None)
@given(dense_documents)
def test_crowded_overlapping_spans_score_exactly_as_nervaluate(documents):
    assert_same_as_nervaluate(documents)


def test_one_percent_overlap_of_a_long_gold_entity_is_the_threshold():
    gold = [(0, 200, "ORG"), (300, 500, "ORG")]
    documents = [(gold, [(199, 201, "ORG"), (498, 510, "ORG")])]  # 1 shared character of 200, then 2
    ours = assert_same_as_nervaluate(documents)
    assert ours["ent_type"]["micro"]["correct"] == 1
    assert ours["ent_type"]["micro"]["spurious"] == 1


# --------------------------------------------------------------------------- hand-checked cases

def test_each_scheme_counts_a_wrong_label_and_a_shifted_boundary_as_semeval_defines():
    gold = [(0, 10, "PERSON"), (20, 30, "ORG"), (40, 50, "GPE"), (60, 70, "LOC")]
    predicted = [(0, 10, "PERSON"), (20, 30, "GPE"), (40, 45, "GPE"), (80, 85, "ORG")]
    scores = score_entities(*corpus([(gold, predicted)]))
    counts = {scheme: tuple(scores[scheme]["micro"][o] for o in OUTCOMES) for scheme in SCHEMES}
    assert counts == {"strict": (1, 2, 0, 1, 1), "exact": (2, 1, 0, 1, 1), "partial": (2, 0, 1, 1, 1),
                      "ent_type": (2, 1, 0, 1, 1)}
    assert scores["partial"]["micro"]["precision"] == pytest.approx(2.5 / 4)
    assert scores["strict"]["micro"]["f1"] == pytest.approx(0.25)
    # alone in its label, the GPE prediction on the ORG span is spurious and that ORG gold is missed
    org = scores["strict"]["per_label"]["ORG"]
    assert (org["correct"], org["missed"], org["spurious"]) == (0, 1, 1)
    # macro: PERSON 1.0, ORG 0, GPE 0 (incorrect), LOC 0; labels in neither side are left out
    assert scores["strict"]["macro"]["f1"] == pytest.approx(0.25)
    event = scores["strict"]["per_label"]["EVENT"]
    assert (event["possible"], event["actual"]) == (0, 0)
    assert all(math.isnan(event[m]) for m in ("precision", "recall", "f1")), "n/a, never 0"
    assert scores["strict"]["per_label"]["LOC"]["f1"] == 0.0  # in the gold and missed: a real 0


def test_an_earlier_overlapping_prediction_claims_the_gold_first_in_document_order():
    gold = [(0, 10, "PERSON")]
    predicted = [(0, 10, "PERSON"), (0, 4, "PERSON")]
    scores = score_entities(*corpus([(gold, predicted)]))
    assert (scores["strict"]["micro"]["incorrect"], scores["strict"]["micro"]["spurious"]) == (1, 1)
    reversed_order = score_entities(*corpus([(gold, predicted[::-1])]))
    assert reversed_order == scores


def test_scores_do_not_depend_on_how_entities_are_listed():
    rng = random.Random(7)
    documents = [random_document(rng, ENTITY_LABELS) for _ in range(40)]
    shuffled = [(rng.sample(g, len(g)), rng.sample(p, len(p))) for g, p in documents]
    assert score_entities(*corpus(shuffled)) == score_entities(*corpus(documents))


def test_counts_add_up_over_articles():
    rng = random.Random(3)
    gold, predicted = corpus([random_document(rng, ENTITY_LABELS) for _ in range(30)])
    per_article = [document_counts(g, p) for g, p in zip(gold, predicted)]
    total = sum(per_article, NerCounts.empty())
    assert total == sum(per_article)
    assert int(total.table.sum()) == int(sum(c.table.sum() for c in per_article))
    assert scores_from_counts(total) == score_entities(gold, predicted)
    # nothing on either side: no label has anything to average, so the macro scores are undefined, not 0
    assert all(math.isnan(v) for v in scores_from_counts(NerCounts.empty())["strict"]["macro"].values())


# --------------------------------------------------------------------------- entity by entity

@pytest.mark.parametrize("scheme", SCHEMES)
def test_entity_outcomes_count_up_to_the_scorers_counts(scheme):
    """Each entity's outcome, counted, is the scorer's micro row: the report shows what was scored."""
    rng = random.Random(5)
    for gold, predicted in zip(*corpus([random_document(rng, ENTITY_LABELS) for _ in range(60)])):
        if rng.random() < 0.5:  # a gold entity layer covering part of the text only
            cut = max([e.end for e in gold.entities], default=10) // 2
            covered = [e for e in gold.entities if e.end <= cut]
            gold = gold.model_copy(update={"entities": covered, "layers": [
                LayerSource(layer="entities", produced_by="test", covers=[Range(start=0, end=cut)])]})
        outcomes = entity_outcomes(gold, predicted, scheme)
        row = document_counts(gold, predicted).table[SCHEMES.index(scheme), 0]
        told = [o for o in outcomes.predicted if o != OUTSIDE] + [o for o in outcomes.gold if o == "missed"]
        assert [told.count(o) for o in OUTCOMES] == row.tolist()
        assert len(outcomes.predicted) == len(predicted.entities) and len(outcomes.gold) == len(gold.entities)
        for k, claimed in enumerate(outcomes.claimed):
            if claimed is not None:  # a matched pair overlaps, and the gold entity carries its claimer's outcome
                p, g = predicted.entities[k], gold.entities[claimed]
                assert p.start < g.end and g.start < p.end and outcomes.gold[claimed] == outcomes.predicted[k]
        assert sorted(c for c in outcomes.claimed if c is not None) == sorted(set(c for c in outcomes.claimed if c is not None))


def test_entity_outcomes_by_hand():
    gold = annotation("a0", [(0, 10, "PERSON"), (20, 30, "ORG"), (40, 50, "GPE"), (60, 70, "LOC")])
    gold = gold.model_copy(update={"layers": [LayerSource(layer="entities", produced_by="t", covers=[Range(start=0, end=90)])]})
    predicted = annotation("a0", [(80, 85, "ORG"), (0, 10, "PERSON"), (20, 30, "GPE"), (40, 45, "GPE"),
                                  (95, 99, "ORG")], "model:test")
    strict = entity_outcomes(gold, predicted)
    assert strict.predicted == ("spurious", "correct", "incorrect", "incorrect", OUTSIDE)
    assert strict.claimed == (None, 0, 1, 2, None)
    assert strict.gold == ("correct", "incorrect", "incorrect", "missed")
    assert strict.same_span == (False, True, True, False, False)  # (20, 30) differs in label, (40, 45) in its end
    assert entity_outcomes(gold, predicted, "partial").predicted[3] == "partial"


# --------------------------------------------------------------------------- bad input

def test_unpaired_articles_are_errors_naming_them():
    gold, predicted = corpus([([(0, 3, "ORG")], [])] * 2)
    gold[1] = annotation("lonely", [(0, 3, "ORG")])
    with pytest.raises(ValueError, match="article lonely has gold but no predictions"):
        score_entities(gold, predicted)
    with pytest.raises(ValueError, match="article a1 has predictions but no gold"):
        score_entities(gold[:1], predicted)
    with pytest.raises(ValueError, match="article a0 has more than one predicted annotation"):
        score_entities(gold[:1], [predicted[0], predicted[0]])


def test_nothing_to_score_is_an_error_not_a_zero():
    with pytest.raises(ValueError, match="no gold annotations"):
        score_entities([], [])
    gold, predicted = corpus([([], [(0, 3, "ORG")])])
    with pytest.raises(ValueError, match="holds no entity labelled"):
        score_entities(gold, predicted)


def test_bad_spans_and_mismatched_texts_are_errors_naming_the_article():
    gold = annotation("a0", [(0, 3, "ORG")])
    empty = Annotation(article_id="a0", annotator="m", text_sha256="sha",
                       entities=[Entity(id="e9", start=4, end=4, text="", label="ORG")])
    with pytest.raises(ValueError, match="article a0: predicted entity e9 is empty"):
        document_counts(gold, empty)
    later = [annotation("a0", [(0, 3, "ORG")]), annotation("a1", [(0, 2, "ORG"), (5, 5, "GPE")])]
    with pytest.raises(ValueError, match="article a1: gold entity e1 is empty"):
        score_entities(later, later)
    other_text = gold.model_copy(update={"text_sha256": "other"})
    with pytest.raises(ValueError, match="article a0: predictions were made on another text"):
        document_counts(gold, other_text)
    with pytest.raises(ValueError, match="cannot add NER counts"):
        NerCounts.empty() + NerCounts.empty(("ORG",))
