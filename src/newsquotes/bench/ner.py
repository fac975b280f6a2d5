"""Named-entity scores under the four SemEval-2013 schemes, with nervaluate's exact counting.

Each prediction is ``correct``, ``incorrect``, ``partial`` or ``spurious``; each gold entity no prediction
claimed is ``missed``. The schemes (nervaluate's names) differ in what makes a prediction correct:

* ``strict``: same span and same label; any other overlap is incorrect;
* ``exact``: same span, whatever the label; any other overlap is incorrect;
* ``partial``: same span, whatever the label; any other overlap is partial, worth half a correct;
* ``ent_type``: same label and any overlap (the closest boundaries win); a wrong label is incorrect.

Matching follows nervaluate 1.x move for move. Predictions are taken one at a time; each claims at most one
gold entity that no earlier prediction claimed: the first correct one, else the first it overlaps (under
``ent_type`` the same-label gold with the smallest summed start and end distance). A prediction overlaps a
gold entity when they share at least one character and at least 1% of the gold entity's characters
(nervaluate's default ``min_overlap_percentage``). That greedy matching depends on the order in which
overlapping predictions are listed, so both sides are taken in document order (start, end, label): the
score of a set of spans never depends on how an annotation happens to list them, and nervaluate given the
same spans in that order reports the same counts and the same floats.

``micro`` is nervaluate's "overall": all labels scored together, so a prediction with the right span and
the wrong label is one ``incorrect`` under ``strict``. ``per_label`` is nervaluate's "entities": each label
scored on its own gold and predictions only, so that same prediction is ``spurious`` for its label and the
gold entity ``missed`` for its own; per-label counts therefore do not add up to the micro counts. ``macro``
is the unweighted mean of the per-label precision, recall and F1 over the labels that occur in the gold or
the predictions (nervaluate reports no macro average; these are the labels it lists under "entities").
Precision is ``(correct + 0.5 * partial) / actual`` and recall ``(correct + 0.5 * partial) / possible``, where
``actual`` counts predictions and ``possible`` gold entities; both are 0 when their denominator is.

Entities whose label is not in ``labels`` are ignored, as nervaluate ignores tags it was not given.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

import numpy as np

from newsquotes.schema import ENTITY_LABELS, Annotation

SCHEMES: tuple[str, ...] = ("strict", "exact", "partial", "ent_type")
OUTCOMES: tuple[str, ...] = ("correct", "incorrect", "partial", "missed", "spurious")
#: A prediction must cover at least this share of a gold entity's characters to overlap it (nervaluate's 1%).
MIN_OVERLAP_PERCENT = 1

_STRICT, _EXACT, _PARTIAL, _TYPE = range(len(SCHEMES))
_CORRECT, _INCORRECT, _PART = range(3)


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


def _spans(annotation: Annotation, role: str, label_index: dict[str, int]) -> list[tuple[int, int, str]]:
    spans = []
    for entity in annotation.entities:
        if entity.end <= entity.start:
            raise ValueError(f"article {annotation.article_id}: {role} entity {entity.id} is empty "
                             f"({entity.start}:{entity.end}); an entity covers at least one character")
        if entity.label in label_index:
            spans.append((entity.start, entity.end, entity.label))
    spans.sort()
    return spans


def _first_free(candidates: list, claimed: set, hit) -> tuple[int | None, bool]:
    """The first unclaimed candidate that ``hit`` accepts, else the first unclaimed one; and whether it hit."""
    fallback = None
    for candidate in candidates:
        index = candidate[0]
        if index in claimed:
            continue
        if hit(candidate):
            return index, True
        if fallback is None:
            fallback = index
    return fallback, False


def _closest_same_label(candidates: list, claimed: set) -> int | None:
    best, best_distance = None, None
    for index, _, same_label, distance in candidates:
        if same_label and index not in claimed and (best_distance is None or distance < best_distance):
            best, best_distance = index, distance
    return best


def _same_span_and_label(candidate) -> bool:
    return candidate[1] and candidate[2]


def _same_span(candidate) -> bool:
    return candidate[1]


def _counts(gold: list[tuple[int, int, str]], predicted: list[tuple[int, int, str]],
            label_index: dict[str, int]) -> np.ndarray:
    """Outcome table of one article from its gold and predicted spans, both sorted."""
    rows = 1 + len(label_index)
    table = np.zeros((len(SCHEMES), rows, len(OUTCOMES)), dtype=np.int64)
    tally = table[:, :, :3].reshape(-1).tolist()  # correct, incorrect, partial; the rest follows from sizes

    def add(scheme: int, row: int, outcome: int) -> None:
        tally[(scheme * rows + row) * 3 + outcome] += 1

    starts = [s for s, _, _ in gold]
    # reach[i] is the furthest end among gold[:i + 1]: gold before bisect_right(reach, p) ends at or before p
    reach = list(accumulate((e for _, e, _ in gold), max))
    claimed = {name: set() for name in ("strict", "exact", "ent_type", "label_exact", "label_ent_type")}
    for p_start, p_end, p_label in predicted:
        candidates = []
        for index in range(bisect_right(reach, p_start), bisect_left(starts, p_end)):
            g_start, g_end, g_label = gold[index]
            if g_end > p_start and 100 * (min(p_end, g_end) - max(p_start, g_start)) >= (
                    MIN_OVERLAP_PERCENT * (g_end - g_start)):
                same_span = g_start == p_start and g_end == p_end
                distance = abs(g_start - p_start) + abs(g_end - p_end)
                candidates.append((index, same_span, g_label == p_label, distance))
        if not candidates:
            continue  # spurious under every scheme
        row = 1 + label_index[p_label]

        index, hit = _first_free(candidates, claimed["strict"], _same_span_and_label)
        if index is not None:
            claimed["strict"].add(index)
            add(_STRICT, 0, _CORRECT if hit else _INCORRECT)

        # exact and partial claim the same gold entities; they only name a near miss differently
        index, hit = _first_free(candidates, claimed["exact"], _same_span)
        if index is not None:
            claimed["exact"].add(index)
            add(_EXACT, 0, _CORRECT if hit else _INCORRECT)
            add(_PARTIAL, 0, _CORRECT if hit else _PART)

        index = _closest_same_label(candidates, claimed["ent_type"])
        if index is not None:
            add(_TYPE, 0, _CORRECT)
        else:
            index = next((c[0] for c in candidates if c[0] not in claimed["ent_type"]), None)
            if index is not None:
                add(_TYPE, 0, _INCORRECT)
        if index is not None:
            claimed["ent_type"].add(index)

        # within one label, strict and exact coincide, and partial differs from them only in naming
        same_label = [c for c in candidates if c[2]]
        index, hit = _first_free(same_label, claimed["label_exact"], _same_span)
        if index is not None:
            claimed["label_exact"].add(index)
            add(_STRICT, row, _CORRECT if hit else _INCORRECT)
            add(_EXACT, row, _CORRECT if hit else _INCORRECT)
            add(_PARTIAL, row, _CORRECT if hit else _PART)

        index = _closest_same_label(same_label, claimed["label_ent_type"])
        if index is not None:
            claimed["label_ent_type"].add(index)
            add(_TYPE, row, _CORRECT)

    table[:, :, :3] = np.asarray(tally, dtype=np.int64).reshape(len(SCHEMES), rows, 3)
    matched = table[:, :, :3].sum(axis=2)
    table[:, :, 3] = _sizes(gold, label_index) - matched
    table[:, :, 4] = _sizes(predicted, label_index) - matched
    return table


def _sizes(spans: list[tuple[int, int, str]], label_index: dict[str, int]) -> np.ndarray:
    """Number of spans in each row: all of them, then per label."""
    sizes = np.zeros(1 + len(label_index), dtype=np.int64)
    sizes[0] = len(spans)
    for _, _, label in spans:
        sizes[1 + label_index[label]] += 1
    return sizes


def document_counts(gold: Annotation, predicted: Annotation, labels: Sequence[str] = ENTITY_LABELS) -> NerCounts:
    """Outcome counts of one article's predicted entities against its gold ones."""
    if predicted.article_id != gold.article_id:
        raise ValueError(f"predictions for article {predicted.article_id} scored against gold of {gold.article_id}")
    if predicted.text_sha256 != gold.text_sha256:
        raise ValueError(f"article {gold.article_id}: predictions were made on another text "
                         f"(text_sha256 {predicted.text_sha256}, gold has {gold.text_sha256})")
    label_index = {label: k for k, label in enumerate(labels)}
    if len(label_index) != len(labels):
        raise ValueError(f"labels must be distinct, got {tuple(labels)}")
    table = _counts(_spans(gold, "gold", label_index), _spans(predicted, "predicted", label_index), label_index)
    return NerCounts(tuple(labels), table)


def _metrics(correct: int, incorrect: int, partial: int, missed: int, spurious: int) -> dict:
    actual = correct + incorrect + partial + spurious
    possible = correct + incorrect + partial + missed
    # the same expressions, in the same order, as nervaluate, so that the floats agree to the last bit
    precision = (correct + 0.5 * partial) / actual if actual > 0 else 0.0
    recall = (correct + 0.5 * partial) / possible if possible > 0 else 0.0
    f1 = 2 * (precision * recall) / (precision + recall) if (precision + recall) > 0 else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "correct": correct, "incorrect": incorrect,
            "partial": partial, "missed": missed, "spurious": spurious, "possible": possible, "actual": actual}


def scores_from_counts(counts: NerCounts) -> dict:
    """``{scheme: {"micro": {...}, "macro": {...}, "per_label": {label: {...}}}}`` from summed counts.

    ``per_label`` lists every label scored, those absent from gold and predictions with zero counts;
    ``macro`` averages over the labels present in either (0.0 when there are none).
    """
    scores = {}
    for s, scheme in enumerate(SCHEMES):
        rows = [_metrics(*(int(n) for n in row)) for row in counts.table[s]]
        per_label = dict(zip(counts.labels, rows[1:]))
        present = [row for row in per_label.values() if row["possible"] or row["actual"]]
        macro = {name: sum(row[name] for row in present) / len(present) if present else 0.0
                 for name in ("precision", "recall", "f1")}
        scores[scheme] = {"micro": rows[0], "macro": macro, "per_label": per_label}
    return scores


def _by_article(annotations: Sequence[Annotation], role: str) -> dict[str, Annotation]:
    by_id: dict[str, Annotation] = {}
    for annotation in annotations:
        if annotation.article_id in by_id:
            raise ValueError(f"article {annotation.article_id} has more than one {role} annotation")
        by_id[annotation.article_id] = annotation
    return by_id


def score_entities(gold: Sequence[Annotation], predicted: Sequence[Annotation],
                   labels: Sequence[str] = ENTITY_LABELS) -> dict:
    """Scores of ``predicted`` against ``gold``, paired by article; every gold article needs predictions."""
    gold_by_id, predicted_by_id = _by_article(gold, "gold"), _by_article(predicted, "predicted")
    if not gold_by_id:
        raise ValueError("no gold annotations to score against")
    for article_id in gold_by_id:
        if article_id not in predicted_by_id:
            raise ValueError(f"article {article_id} has gold but no predictions")
    for article_id in predicted_by_id:
        if article_id not in gold_by_id:
            raise ValueError(f"article {article_id} has predictions but no gold")
    total = sum((document_counts(gold_by_id[a], predicted_by_id[a], labels) for a in gold_by_id),
                NerCounts.empty(labels))
    if not total.table[_STRICT, 0, :4].sum():  # correct + incorrect + partial + missed: the gold entities
        raise ValueError(f"the gold of {len(gold_by_id)} article(s) holds no entity labelled {', '.join(labels)}")
    return scores_from_counts(total)
