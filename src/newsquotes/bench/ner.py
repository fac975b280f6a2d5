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
overlapping predictions are listed, so both sides are taken in document order (start, then end, then the
label's place in ``labels``): the score of a set of spans never depends on how an annotation happens to
list them, and nervaluate given the same spans in that order reports the same counts and the same floats.

The matching is vectorized over many articles at once. Candidate pairs come from a sorted sweep (each
prediction only looks at the gold entities whose spans can reach it). A prediction with a single candidate
that no other prediction wants is decided outright, all of those in one step; the rest claim gold entities
in rounds, each prediction after every earlier one it competes with for a gold entity.

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
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, fields

import numpy as np

from newsquotes.schema import ENTITY_LABELS, Annotation, span_within

SCHEMES: tuple[str, ...] = ("strict", "exact", "partial", "ent_type")
OUTCOMES: tuple[str, ...] = ("correct", "incorrect", "partial", "missed", "spurious")
#: A prediction must cover at least this share of a gold entity's characters to overlap it (nervaluate's 1%).
MIN_OVERLAP_PERCENT = 1
_CHUNK = 250  # articles scored at once

_STRICT, _EXACT, _PARTIAL, _TYPE = range(len(SCHEMES))
_CORRECT, _INCORRECT, _PART, _MISSED, _SPURIOUS = range(len(OUTCOMES))
_ALL, _OWN = 0, 1  # a prediction is scored twice: among all labels (micro) and within its own label


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


# --------------------------------------------------------------------------- spans as columns


@dataclass(frozen=True)
class _Spans:
    """The scored entities of many articles as columns, in document order; ``label`` indexes ``labels``."""

    article: np.ndarray
    start: np.ndarray
    end: np.ndarray
    label: np.ndarray
    index: np.ndarray  # the entity's place in its annotation's list, to hand outcomes back entity by entity


def _spans(annotations: Sequence[Annotation], role: str, labels: tuple[str, ...]) -> _Spans:
    """The entities of ``annotations`` whose label is scored; an empty span is an error naming it."""
    code = dict.fromkeys(ENTITY_LABELS, -1) | {label: k for k, label in enumerate(labels)}
    starts: list[int] = []
    ends: list[int] = []
    codes: list[int] = []
    sizes = []
    for annotation in annotations:
        entities = annotation.entities
        starts += [entity.start for entity in entities]
        ends += [entity.end for entity in entities]
        codes += [code[entity.label] for entity in entities]
        sizes.append(len(entities))
    article = np.repeat(np.arange(len(sizes), dtype=np.int64), sizes)
    # through array.array: the fastest way from a list of Python ints to numpy
    start, end, label = (np.frombuffer(array("q", column), dtype=np.int64) for column in (starts, ends, codes))
    empty = np.flatnonzero(end <= start)
    if empty.size:
        owner = int(article[empty[0]])
        entity = annotations[owner].entities[int(empty[0]) - sum(sizes[:owner])]
        raise ValueError(f"article {annotations[owner].article_id}: {role} entity {entity.id} is empty "
                         f"({entity.start}:{entity.end}); an entity covers at least one character")
    index = np.arange(len(article), dtype=np.int64) - np.repeat(np.cumsum(sizes, dtype=np.int64) - sizes, sizes)
    scored = label >= 0
    if not scored.all():
        article, start, end, label, index = article[scored], start[scored], end[scored], label[scored], index[scored]
    # annotations usually list their entities in document order already, and checking is cheaper than sorting
    place = article * (int(end.max(initial=0)) + 1) + start
    tie_break = end * len(labels) + label
    step = np.diff(place)
    if (step < 0).any() or ((step == 0) & (np.diff(tie_break) < 0)).any():
        order = np.lexsort((tie_break, place))
        article, start, end, label, index = article[order], start[order], end[order], label[order], index[order]
    return _Spans(article, start, end, label, index)


@dataclass(frozen=True)
class _Pairs:
    """(prediction, gold) candidates that overlap enough, ordered by prediction, then gold."""

    pred: np.ndarray
    gold: np.ndarray
    same_span: np.ndarray
    same_label: np.ndarray
    distance: np.ndarray  # summed start and end distance: how ent_type picks among same-label candidates

    def where(self, mask: np.ndarray) -> _Pairs:
        return _Pairs(*(getattr(self, field.name)[mask] for field in fields(self)))


def _candidates(gold: _Spans, predicted: _Spans) -> _Pairs:
    """Every (prediction, gold) pair of the same article that overlaps enough, found by a sorted sweep."""
    stride = int(max(gold.end.max(initial=0), predicted.end.max(initial=0))) + 1
    gold_start = gold.article * stride + gold.start
    # how far the gold entities so far reach: those before the first to reach past a point all end by it
    gold_reach = np.maximum.accumulate(gold.article * stride + gold.end)
    offset = predicted.article * stride
    first = np.searchsorted(gold_reach, offset + predicted.start, side="right")
    stop = np.searchsorted(gold_start, offset + predicted.end, side="left")
    widths = np.maximum(stop - first, 0)
    pred = np.repeat(np.arange(len(widths)), widths)
    gold_index = np.arange(int(widths.sum())) + np.repeat(first - (np.cumsum(widths) - widths), widths)
    p_start, p_end, g_start, g_end = (predicted.start[pred], predicted.end[pred],
                                      gold.start[gold_index], gold.end[gold_index])
    shared = np.minimum(p_end, g_end) - np.maximum(p_start, g_start)
    enough = 100 * shared >= MIN_OVERLAP_PERCENT * (g_end - g_start)
    pred, gold_index = pred[enough], gold_index[enough]
    start_gap, end_gap = np.abs(p_start[enough] - g_start[enough]), np.abs(p_end[enough] - g_end[enough])
    return _Pairs(pred, gold_index, (start_gap == 0) & (end_gap == 0),
                  predicted.label[pred] == gold.label[gold_index], start_gap + end_gap)


def _rounds(pairs: _Pairs, n_pred: int, n_gold: int) -> np.ndarray:
    """Round of each prediction: one after the latest earlier prediction it shares a candidate gold with.

    Predictions in one round share no candidate, so they can be decided together; each is decided after
    every earlier prediction whose claims it could see, exactly as in a one-by-one pass.
    """
    rounds = np.zeros(n_pred, dtype=np.int64)
    contested = np.bincount(pairs.gold, minlength=n_gold)[pairs.gold] > 1
    if not contested.any():
        return rounds
    preds, golds = pairs.pred[contested], pairs.gold[contested]
    order = np.lexsort((preds, golds))
    preds, golds = preds[order], golds[order]
    same_gold = golds[1:] == golds[:-1]
    earlier, later = preds[:-1][same_gold], preds[1:][same_gold]
    while True:
        pushed = rounds.copy()
        np.maximum.at(pushed, later, rounds[earlier] + 1)
        if np.array_equal(pushed, rounds):
            return rounds
        rounds = pushed


# --------------------------------------------------------------------------- claiming gold entities


def _first_per_prediction(owner: np.ndarray, positions: np.ndarray) -> np.ndarray:
    """Of ``positions`` (pair positions grouped by prediction), the first for each prediction."""
    if not positions.size:
        return positions
    owners = owner[positions]
    return positions[np.concatenate(([True], owners[1:] != owners[:-1]))]


def _closest(pairs: _Pairs, free: np.ndarray) -> np.ndarray:
    """ent_type's hit: the free same-label gold with the closest boundaries, the first of equals."""
    positions = np.flatnonzero(free & pairs.same_label)
    owners = pairs.pred[positions]
    if (owners[1:] == owners[:-1]).any():  # some prediction has a choice
        positions = positions[np.lexsort((pairs.distance[positions], owners))]  # stable: ties keep gold order
    return _first_per_prediction(pairs.pred, positions)


def _claim(claimed: np.ndarray, pairs: _Pairs, eligible: np.ndarray, hit: np.ndarray | None,
           n_pred: int) -> tuple[np.ndarray, np.ndarray]:
    """Each prediction claims its first free ``hit`` (``None``: its closest same-label gold), else its
    first free candidate; returns the pair positions of the hits and of the near misses."""
    free = eligible & ~claimed[pairs.gold]
    hits = _closest(pairs, free) if hit is None else _first_per_prediction(pairs.pred, np.flatnonzero(free & hit))
    near = _first_per_prediction(pairs.pred, np.flatnonzero(free))
    has_hit = np.zeros(n_pred, dtype=bool)
    has_hit[pairs.pred[hits]] = True
    near = near[~has_hit[pairs.pred[near]]]
    claimed[pairs.gold[hits]] = True
    claimed[pairs.gold[near]] = True
    return hits, near


def _passes(at: _Pairs) -> list:
    """The claim passes over candidate pairs ``at``: (whose claims it keeps, pairs it may claim, its hits or
    ``None`` for the closest same-label gold, [(scheme, kind, outcome of a near miss)]).

    Five passes give the eight outcome rows: within one label strict and exact coincide, and partial
    differs from exact only in calling a near miss partial rather than incorrect.
    """
    everywhere = np.ones(len(at.pred), dtype=bool)
    return [
        ("strict", everywhere, at.same_span & at.same_label, [(_STRICT, _ALL, _INCORRECT)]),
        ("exact", everywhere, at.same_span, [(_EXACT, _ALL, _INCORRECT), (_PARTIAL, _ALL, _PART)]),
        ("ent_type", everywhere, None, [(_TYPE, _ALL, _INCORRECT)]),
        ("own", at.same_label, at.same_span,
         [(_STRICT, _OWN, _INCORRECT), (_EXACT, _OWN, _INCORRECT), (_PARTIAL, _OWN, _PART)]),
        # every free candidate within the label has the label, so the closest leaves no near miss
        ("own_type", at.same_label, None, [(_TYPE, _OWN, _SPURIOUS)]),
    ]


def _outcome_table(gold: Sequence[Annotation], predicted: Sequence[Annotation], labels: tuple[str, ...],
                   by_article: bool) -> np.ndarray:
    """Outcome counts of paired articles, ``[scheme, row, outcome]`` in all or ``[article, ...]`` each.

    Articles are scored a chunk at a time: the working arrays then stay small enough for the processor's
    cache, and memory stays flat however many articles there are.
    """
    chunks = [_chunk_table(gold[i:i + _CHUNK], predicted[i:i + _CHUNK], labels, by_article)
              for i in range(0, max(len(gold), 1), _CHUNK)]
    return np.concatenate(chunks) if by_article else np.sum(chunks, axis=0)


def _decide(gold_spans: _Spans, pred_spans: _Spans, claims: bool = False) -> tuple[np.ndarray, np.ndarray | None]:
    """Each prediction's outcome, ``[scheme, kind, prediction]``; with ``claims``, also the gold entity
    each prediction claimed, in the same shape (-1: none)."""
    n_gold, n_pred = len(gold_spans.start), len(pred_spans.start)
    pairs = _candidates(gold_spans, pred_spans)
    outcome = np.full((len(SCHEMES), 2, n_pred), _SPURIOUS, dtype=np.int8)
    claim = np.full(outcome.shape, -1, dtype=np.int64) if claims else None

    # Most predictions have a single candidate that no other prediction wants: it is free whenever they
    # look, so each pass decides them outright, all at once.
    alone = ((np.bincount(pairs.pred, minlength=n_pred)[pairs.pred] == 1)
             & (np.bincount(pairs.gold, minlength=n_gold)[pairs.gold] == 1))
    at = pairs.where(alone)
    for _, eligible, hit, decides in _passes(at):
        hit = eligible & (at.same_label if hit is None else hit)
        for scheme, kind, near_outcome in decides:
            outcome[scheme, kind, at.pred[hit]] = _CORRECT
            outcome[scheme, kind, at.pred[eligible & ~hit]] = near_outcome
            if claim is not None:
                claim[scheme, kind, at.pred[eligible]] = at.gold[eligible]

    # The others claim gold entities pass by pass, in rounds.
    pairs = pairs.where(~alone)
    pair_round = _rounds(pairs, n_pred, n_gold)[pairs.pred]
    last_round = int(pair_round.max(initial=0))
    claimed = {name: np.zeros(n_gold, dtype=bool) for name in ("strict", "exact", "ent_type", "own", "own_type")}
    for round_ in range(last_round + 1):
        at = pairs if last_round == 0 else pairs.where(pair_round == round_)
        for name, eligible, hit, decides in _passes(at):
            hits, near = _claim(claimed[name], at, eligible, hit, n_pred)
            for scheme, kind, near_outcome in decides:
                outcome[scheme, kind, at.pred[hits]] = _CORRECT
                outcome[scheme, kind, at.pred[near]] = near_outcome
                if claim is not None:
                    claim[scheme, kind, at.pred[hits]] = at.gold[hits]
                    claim[scheme, kind, at.pred[near]] = at.gold[near]
    return outcome, claim


def _chunk_table(gold: Sequence[Annotation], predicted: Sequence[Annotation], labels: tuple[str, ...],
                 by_article: bool) -> np.ndarray:
    """Outcome counts of a chunk of paired articles: match, then count each prediction's outcomes."""
    gold_spans, pred_spans = _spans(gold, "gold", labels), _spans(predicted, "predicted", labels)
    outcome, _ = _decide(gold_spans, pred_spans)
    rows = 1 + len(labels)
    n_rows = (len(gold) if by_article else 1) * rows

    def row_of(spans: _Spans, kind: int) -> np.ndarray:
        row = np.zeros(len(spans.start), dtype=np.int64) if kind == _ALL else 1 + spans.label
        return spans.article * rows + row if by_article else row

    table = np.zeros((len(SCHEMES), n_rows, len(OUTCOMES)), dtype=np.int64)
    for kind in (_ALL, _OWN):  # the two kinds fill different rows
        first_cell = row_of(pred_spans, kind) * len(OUTCOMES)
        for scheme in range(len(SCHEMES)):
            table[scheme] += np.bincount(first_cell + outcome[scheme, kind],
                                         minlength=table[scheme].size).reshape(n_rows, len(OUTCOMES))
    # every gold entity no prediction claimed is missed
    golds = sum(np.bincount(row_of(gold_spans, kind), minlength=n_rows) for kind in (_ALL, _OWN))
    table[:, :, _MISSED] = golds - table[:, :, :_MISSED].sum(axis=2)
    if by_article:
        return table.reshape(len(SCHEMES), len(gold), rows, len(OUTCOMES)).transpose(1, 0, 2, 3)
    return table.reshape(len(SCHEMES), rows, len(OUTCOMES))


# --------------------------------------------------------------------------- public interface


def _label_tuple(labels: Sequence[str]) -> tuple[str, ...]:
    labels = tuple(labels)
    if len(set(labels)) != len(labels):
        raise ValueError(f"labels must be distinct, got {labels}")
    return labels


def _check_pair(gold: Annotation, predicted: Annotation) -> None:
    if predicted.article_id != gold.article_id:
        raise ValueError(f"predictions for article {predicted.article_id} scored against gold of {gold.article_id}")
    if predicted.text_sha256 != gold.text_sha256:
        raise ValueError(f"article {gold.article_id}: predictions were made on another text "
                         f"(text_sha256 {predicted.text_sha256}, gold has {gold.text_sha256})")


def _paired(gold: Sequence[Annotation], predicted: Sequence[Annotation]) -> list[tuple[Annotation, Annotation]]:
    """(gold, predicted) per article, in gold order; unpaired or doubled articles are errors naming them."""
    if not gold:
        raise ValueError("no gold annotations to score against")
    predicted_by_id = {annotation.article_id: annotation for annotation in predicted}
    if len(predicted_by_id) < len(predicted):
        doubled = next(i for i, n in Counter(a.article_id for a in predicted).items() if n > 1)
        raise ValueError(f"article {doubled} has more than one predicted annotation")
    pairs, seen = [], set()
    for annotation in gold:
        article_id = annotation.article_id
        if article_id in seen:
            raise ValueError(f"article {article_id} has more than one gold annotation")
        seen.add(article_id)
        match = predicted_by_id.get(article_id)
        if match is None:
            raise ValueError(f"article {article_id} has gold but no predictions")
        _check_pair(annotation, match)
        pairs.append((annotation, within_coverage(annotation, match)))
    if len(seen) < len(predicted_by_id):
        extra = next(i for i in predicted_by_id if i not in seen)
        raise ValueError(f"article {extra} has predictions but no gold")
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
    return NerCounts(labels, _outcome_table([gold], [predicted], labels, by_article=False))


@dataclass(frozen=True)
class EntityOutcomes:
    """How the scorer decided each entity of one article under one scheme, all labels together (micro).

    ``predicted[k]`` is the outcome of ``predicted.entities[k]``: one of :data:`OUTCOMES` but ``missed``,
    or :data:`OUTSIDE` (beyond the ranges the gold's entity layer covers: not scored) or :data:`IGNORED`
    (a label not scored); ``claimed[k]`` is the index in ``gold.entities`` of the gold entity it was
    matched to (None when it matched none). ``gold[k]`` is the outcome of ``gold.entities[k]``: that of
    the prediction that claimed it, else ``missed``. Counted, they give the article's micro row of
    :func:`document_counts` exactly.
    """

    predicted: tuple[str, ...]
    claimed: tuple[int | None, ...]
    gold: tuple[str, ...]


OUTSIDE, IGNORED = "outside", "ignored"


def entity_outcomes(gold: Annotation, predicted: Annotation, scheme: str = "strict",
                    labels: Sequence[str] = ENTITY_LABELS) -> EntityOutcomes:
    """The outcome of every gold and predicted entity of one article, as :func:`document_counts` counts them."""
    _check_pair(gold, predicted)
    if scheme not in SCHEMES:
        raise ValueError(f"unknown scheme {scheme!r}: choose from {', '.join(SCHEMES)}")
    labels = _label_tuple(labels)
    ranges = gold.coverage("entities")
    inside = [k for k, e in enumerate(predicted.entities) if span_within(ranges, e.start, e.end)]
    scored = predicted.model_copy(update={"entities": [predicted.entities[k] for k in inside]})
    gold_spans, pred_spans = _spans([gold], "gold", labels), _spans([scored], "predicted", labels)
    outcome, claim = _decide(gold_spans, pred_spans, claims=True)
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
        predicted_outcomes[k] = OUTCOMES[int(outcome[row, _ALL, j])]
        if claim[row, _ALL, j] >= 0:
            claimed[k] = int(gold_spans.index[claim[row, _ALL, j]])
            gold_outcomes[claimed[k]] = predicted_outcomes[k]
    return EntityOutcomes(tuple(predicted_outcomes), tuple(claimed), tuple(gold_outcomes))


def counts_by_article(gold: Sequence[Annotation], predicted: Sequence[Annotation],
                      labels: Sequence[str] = ENTITY_LABELS) -> dict[str, NerCounts]:
    """:func:`document_counts` of every gold article at once (much faster than one by one), by article id."""
    labels = _label_tuple(labels)
    pairs = _paired(gold, predicted)
    tables = _outcome_table([g for g, _ in pairs], [p for _, p in pairs], labels, by_article=True)
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
    total = _outcome_table([g for g, _ in pairs], [p for _, p in pairs], labels, by_article=False)
    if not total[_STRICT, 0, :_SPURIOUS].sum():  # correct + incorrect + partial + missed: the gold entities
        raise ValueError(f"the gold of {len(pairs)} article(s) holds no entity labelled {', '.join(labels)}")
    return scores_from_counts(NerCounts(labels, total))
