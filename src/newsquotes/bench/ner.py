"""Named-entity scores under the four SemEval-2013 schemes, with nervaluate's exact counting.

Each prediction is ``correct``, ``incorrect``, ``partial`` or ``spurious``; each gold entity no prediction
claimed is ``missed``. The schemes (nervaluate's names) differ in what makes a prediction correct:

* ``strict``: same span and same label; any other overlap is incorrect;
* ``exact``: same span, whatever the label; any other overlap is incorrect;
* ``partial``: same span, whatever the label; any other overlap is partial, worth half a correct;
* ``ent_type``: same label and any overlap (the closest boundaries win); a wrong label is incorrect.

How predictions claim gold entities (nervaluate 1.x move for move, in document order, vectorized over
articles) is :mod:`newsquotes.bench.ner_matching`.

``micro`` is nervaluate's "overall": all labels scored together, so a prediction with the right span and
the wrong label is one ``incorrect`` under ``strict``. ``per_label`` is nervaluate's "entities": each label
scored on its own gold and predictions only, so that same prediction is ``spurious`` for its label and the
gold entity ``missed`` for its own; per-label counts therefore do not add up to the micro counts. ``macro``
is the unweighted mean of the per-label precision, recall and F1 over the labels that occur in the gold or
the predictions (nervaluate reports no macro average; these are the labels it lists under "entities").
Precision is ``(correct + 0.5 * partial) / actual`` and recall ``(correct + 0.5 * partial) / possible``, where
``actual`` counts predictions and ``possible`` gold entities; both are 0 when their denominator is, and a
label with neither gold nor predictions has no precision, recall or F1 at all (NaN: n/a, never 0).

Entities whose label is not in ``labels`` are ignored, as nervaluate ignores tags it was not given.
Where the gold entity layer covers only part of the text (``LayerSource.covers``, MEANTIME's annotated
sentences), predicted entities outside those ranges are not scored: the gold says nothing there.

:func:`entity_outcomes` hands back how one article's entities were decided, entity by entity, so that
whatever shows errors (the HTML report) shows the scorer's own decisions rather than re-deciding them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsquotes.bench.ner_matching import (ALL, MIN_OVERLAP_PERCENT, OUTCOMES, SCHEMES, decide, outcome_table,
                                           spans_of)
from newsquotes.errors import ConfigError, GoldError, InputError
from newsquotes.schema import ENTITY_LABELS, Annotation, span_within

__all__ = ["SCHEMES", "OUTCOMES", "MIN_OVERLAP_PERCENT", "OUTSIDE", "IGNORED", "NerCounts", "EntityOutcomes",
           "document_counts", "counts_by_article", "entity_outcomes", "within_coverage", "scores_from_counts",
           "score_entities"]



@dataclass(frozen=True, eq=False)
class NerCounts:
    """Outcome counts of one or more articles; add them up over articles, then call :func:`scores_from_counts`.

    ``table[scheme, row, outcome]`` follows :data:`SCHEMES` and :data:`OUTCOMES`; row 0 scores all labels
    together (micro), row ``1 + k`` scores ``labels[k]`` on its own.
    """

    labels: tuple[str, ...]
    table: np.ndarray

    @classmethod
    def empty(cls, labels: Sequence[str] = ENTITY_LABELS) -> NerCounts:
        return cls(tuple(labels), np.zeros((len(SCHEMES), 1 + len(labels), len(OUTCOMES)), dtype=np.int64))

    def __add__(self, other: NerCounts) -> NerCounts:
        if not isinstance(other, NerCounts):
            return NotImplemented
        if other.labels != self.labels:
            raise ValueError(f"cannot add NER counts over labels {self.labels} and {other.labels}")
        return NerCounts(self.labels, self.table + other.table)

    def __radd__(self, other: object) -> NerCounts:
        if isinstance(other, int) and other == 0:  # lets plain sum() start from 0
            return self
        return NotImplemented

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NerCounts) and self.labels == other.labels and np.array_equal(self.table, other.table)

    __hash__ = None  # type: ignore[assignment]


# --------------------------------------------------------------------------- public interface


def _label_tuple(labels: Sequence[str]) -> tuple[str, ...]:
    labels = tuple(labels)
    if len(set(labels)) != len(labels):
        raise ValueError(f"labels must be distinct, got {labels}")
    return labels


def _check_pair(gold: Annotation, predicted: Annotation) -> None:
    if predicted.article_id != gold.article_id:
        raise InputError(f"predictions for article {predicted.article_id} scored against gold of {gold.article_id}")
    if predicted.text_sha256 != gold.text_sha256:
        raise InputError(f"article {gold.article_id}: predictions were made on another text "
                         f"(text_sha256 {predicted.text_sha256}, gold has {gold.text_sha256})")


def _paired(gold: Sequence[Annotation], predicted: Sequence[Annotation]) -> list[tuple[Annotation, Annotation]]:
    """(gold, predicted) per article, in gold order; unpaired or doubled articles are errors naming them."""
    if not gold:
        raise GoldError("no gold annotations to score against")
    predicted_by_id = {annotation.article_id: annotation for annotation in predicted}
    if len(predicted_by_id) < len(predicted):
        doubled = next(i for i, n in Counter(a.article_id for a in predicted).items() if n > 1)
        raise InputError(f"article {doubled} has more than one predicted annotation")
    pairs, seen = [], set()
    for annotation in gold:
        article_id = annotation.article_id
        if article_id in seen:
            raise GoldError(f"article {article_id} has more than one gold annotation")
        seen.add(article_id)
        match = predicted_by_id.get(article_id)
        if match is None:
            raise InputError(f"article {article_id} has gold but no predictions")
        _check_pair(annotation, match)
        pairs.append((annotation, within_coverage(annotation, match)))
    if len(seen) < len(predicted_by_id):
        extra = next(i for i in predicted_by_id if i not in seen)
        raise InputError(f"article {extra} has predictions but no gold")
    return pairs


def within_coverage(gold: Annotation, predicted: Annotation) -> Annotation:
    """``predicted`` without the entities that lie outside the ranges the gold's entity layer covers."""
    ranges = gold.coverage("entities")
    if ranges is None:
        return predicted
    kept = [e for e in predicted.entities if span_within(ranges, e.start, e.end)]
    return predicted if len(kept) == len(predicted.entities) else predicted.model_copy(update={"entities": kept})


def document_counts(gold: Annotation, predicted: Annotation, labels: Sequence[str] = ENTITY_LABELS) -> NerCounts:
    """Outcome counts of one article's predicted entities against its gold ones."""
    _check_pair(gold, predicted)
    predicted = within_coverage(gold, predicted)
    labels = _label_tuple(labels)
    return NerCounts(labels, outcome_table([gold], [predicted], labels, by_article=False))


@dataclass(frozen=True)
class EntityOutcomes:
    """How the scorer decided each entity of one article under one scheme, all labels together (micro).

    ``predicted[k]`` is the outcome of ``predicted.entities[k]``: one of :data:`OUTCOMES` but ``missed``,
    or :data:`OUTSIDE` (beyond the ranges the gold's entity layer covers: not scored) or :data:`IGNORED`
    (a label not scored); ``claimed[k]`` is the index in ``gold.entities`` of the gold entity it was
    matched to (None when it matched none), and ``same_span[k]`` whether that gold entity has exactly its
    span (an ``incorrect`` one then differs in its label only, else in its boundaries). ``gold[k]`` is the
    outcome of ``gold.entities[k]``: that of the prediction that claimed it, else ``missed``. Counted, they
    give the article's micro row of :func:`document_counts` exactly.
    """

    predicted: tuple[str, ...]
    claimed: tuple[int | None, ...]
    gold: tuple[str, ...]
    same_span: tuple[bool, ...]


OUTSIDE, IGNORED = "outside", "ignored"


def entity_outcomes(gold: Annotation, predicted: Annotation, scheme: str = "strict",
                    labels: Sequence[str] = ENTITY_LABELS) -> EntityOutcomes:
    """The outcome of every gold and predicted entity of one article, as :func:`document_counts` counts them."""
    _check_pair(gold, predicted)
    if scheme not in SCHEMES:
        raise ConfigError(f"unknown scheme {scheme!r}: choose from {', '.join(SCHEMES)}")
    labels = _label_tuple(labels)
    ranges = gold.coverage("entities")
    inside = [k for k, e in enumerate(predicted.entities) if span_within(ranges, e.start, e.end)]
    scored = predicted.model_copy(update={"entities": [predicted.entities[k] for k in inside]})
    gold_spans, pred_spans = spans_of([gold], "gold", labels), spans_of([scored], "predicted", labels)
    outcome, claim = decide(gold_spans, pred_spans, claims=True)
    row = SCHEMES.index(scheme)
    predicted_outcomes = [OUTSIDE] * len(predicted.entities)
    for k in inside:
        predicted_outcomes[k] = IGNORED  # until its span says otherwise
    claimed: list[int | None] = [None] * len(predicted.entities)
    gold_outcomes = [IGNORED] * len(gold.entities)
    for k in gold_spans.index:
        gold_outcomes[int(k)] = "missed"
    for j, k in enumerate(pred_spans.index):
        k = inside[int(k)]
        predicted_outcomes[k] = OUTCOMES[int(outcome[row, ALL, j])]
        if claim[row, ALL, j] >= 0:
            claimed[k] = int(gold_spans.index[claim[row, ALL, j]])
            gold_outcomes[claimed[k]] = predicted_outcomes[k]
    same_span = tuple(c is not None and (p.start, p.end) == (gold.entities[c].start, gold.entities[c].end)
                      for p, c in zip(predicted.entities, claimed))
    return EntityOutcomes(tuple(predicted_outcomes), tuple(claimed), tuple(gold_outcomes), same_span)


def counts_by_article(gold: Sequence[Annotation], predicted: Sequence[Annotation],
                      labels: Sequence[str] = ENTITY_LABELS) -> dict[str, NerCounts]:
    """:func:`document_counts` of every gold article at once (much faster than one by one), by article id."""
    labels = _label_tuple(labels)
    pairs = _paired(gold, predicted)
    tables = outcome_table([g for g, _ in pairs], [p for _, p in pairs], labels, by_article=True)
    return {g.article_id: NerCounts(labels, table) for (g, _), table in zip(pairs, tables)}


def _metrics(correct: int, incorrect: int, partial: int, missed: int, spurious: int) -> dict:
    actual = correct + incorrect + partial + spurious
    possible = correct + incorrect + partial + missed
    # the same expressions, in the same order, as nervaluate, so that the floats agree to the last bit
    precision = (correct + 0.5 * partial) / actual if actual > 0 else 0.0
    recall = (correct + 0.5 * partial) / possible if possible > 0 else 0.0
    f1 = 2 * (precision * recall) / (precision + recall) if (precision + recall) > 0 else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "correct": correct, "incorrect": incorrect,
            "partial": partial, "missed": missed, "spurious": spurious, "possible": possible, "actual": actual}


_UNDEFINED = {"precision": math.nan, "recall": math.nan, "f1": math.nan}


def scores_from_counts(counts: NerCounts) -> dict:
    """``{scheme: {"micro": {...}, "macro": {...}, "per_label": {label: {...}}}}`` from summed counts.

    ``per_label`` lists every label scored; one absent from gold and predictions has zero counts and
    undefined (NaN) precision, recall and F1: there was nothing to get right or wrong. ``macro`` averages
    over the labels present in either (NaN when there are none).
    """
    scores = {}
    for s, scheme in enumerate(SCHEMES):
        rows = [_metrics(*(int(n) for n in row)) for row in counts.table[s]]
        per_label = {label: row if row["possible"] or row["actual"] else {**row, **_UNDEFINED}
                     for label, row in zip(counts.labels, rows[1:])}
        present = [row for row in per_label.values() if row["possible"] or row["actual"]]
        macro = {name: sum(row[name] for row in present) / len(present) if present else math.nan
                 for name in ("precision", "recall", "f1")}
        scores[scheme] = {"micro": rows[0], "macro": macro, "per_label": per_label}
    return scores


def score_entities(gold: Sequence[Annotation], predicted: Sequence[Annotation],
                   labels: Sequence[str] = ENTITY_LABELS) -> dict:
    """Scores of ``predicted`` against ``gold``, paired by article; every gold article needs predictions."""
    labels = _label_tuple(labels)
    pairs = _paired(gold, predicted)
    total = outcome_table([g for g, _ in pairs], [p for _, p in pairs], labels, by_article=False)
    if not total[SCHEMES.index("strict"), 0, :OUTCOMES.index("spurious")].sum():  # the gold entities
        raise GoldError(f"the gold of {len(pairs)} article(s) holds no entity labelled {', '.join(labels)}")
    return scores_from_counts(NerCounts(labels, total))
