"""How predicted entities claim gold ones: the matching behind :mod:`newsquotes.bench.ner`, vectorized.

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
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, fields

import numpy as np

from newsquotes.errors import InputError
from newsquotes.schema import ENTITY_LABELS, Annotation

SCHEMES: tuple[str, ...] = ("strict", "exact", "partial", "ent_type")
OUTCOMES: tuple[str, ...] = ("correct", "incorrect", "partial", "missed", "spurious")
#: A prediction must cover at least this share of a gold entity's characters to overlap it (nervaluate's 1%).
MIN_OVERLAP_PERCENT = 1
_CHUNK = 250  # articles scored at once

_STRICT, _EXACT, _PARTIAL, _TYPE = range(len(SCHEMES))
_CORRECT, _INCORRECT, _PART, _MISSED, _SPURIOUS = range(len(OUTCOMES))
ALL, _OWN = 0, 1  # a prediction is scored twice: among all labels (micro) and within its own label


# --------------------------------------------------------------------------- spans as columns


@dataclass(frozen=True)
class _Spans:
    """The scored entities of many articles as columns, in document order; ``label`` indexes ``labels``."""

    article: np.ndarray
    start: np.ndarray
    end: np.ndarray
    label: np.ndarray
    index: np.ndarray  # the entity's place in its annotation's list, to hand outcomes back entity by entity


def spans_of(annotations: Sequence[Annotation], role: str, labels: tuple[str, ...]) -> _Spans:
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
        raise InputError(f"article {annotations[owner].article_id}: {role} entity {entity.id} is empty "
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
        ("strict", everywhere, at.same_span & at.same_label, [(_STRICT, ALL, _INCORRECT)]),
        ("exact", everywhere, at.same_span, [(_EXACT, ALL, _INCORRECT), (_PARTIAL, ALL, _PART)]),
        ("ent_type", everywhere, None, [(_TYPE, ALL, _INCORRECT)]),
        ("own", at.same_label, at.same_span,
         [(_STRICT, _OWN, _INCORRECT), (_EXACT, _OWN, _INCORRECT), (_PARTIAL, _OWN, _PART)]),
        # every free candidate within the label has the label, so the closest leaves no near miss
        ("own_type", at.same_label, None, [(_TYPE, _OWN, _SPURIOUS)]),
    ]


def outcome_table(gold: Sequence[Annotation], predicted: Sequence[Annotation], labels: tuple[str, ...],
                   by_article: bool) -> np.ndarray:
    """Outcome counts of paired articles, ``[scheme, row, outcome]`` in all or ``[article, ...]`` each.

    Articles are scored a chunk at a time: the working arrays then stay small enough for the processor's
    cache, and memory stays flat however many articles there are.
    """
    chunks = [_chunk_table(gold[i:i + _CHUNK], predicted[i:i + _CHUNK], labels, by_article)
              for i in range(0, max(len(gold), 1), _CHUNK)]
    return np.concatenate(chunks) if by_article else np.sum(chunks, axis=0)


def decide(gold_spans: _Spans, pred_spans: _Spans, claims: bool = False) -> tuple[np.ndarray, np.ndarray | None]:
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
    gold_spans, pred_spans = spans_of(gold, "gold", labels), spans_of(predicted, "predicted", labels)
    outcome, _ = decide(gold_spans, pred_spans)
    rows = 1 + len(labels)
    n_rows = (len(gold) if by_article else 1) * rows

    def row_of(spans: _Spans, kind: int) -> np.ndarray:
        row = np.zeros(len(spans.start), dtype=np.int64) if kind == ALL else 1 + spans.label
        return spans.article * rows + row if by_article else row

    table = np.zeros((len(SCHEMES), n_rows, len(OUTCOMES)), dtype=np.int64)
    for kind in (ALL, _OWN):  # the two kinds fill different rows
        first_cell = row_of(pred_spans, kind) * len(OUTCOMES)
        for scheme in range(len(SCHEMES)):
            table[scheme] += np.bincount(first_cell + outcome[scheme, kind],
                                         minlength=table[scheme].size).reshape(n_rows, len(OUTCOMES))
    # every gold entity no prediction claimed is missed
    golds = sum(np.bincount(row_of(gold_spans, kind), minlength=n_rows) for kind in (ALL, _OWN))
    table[:, :, _MISSED] = golds - table[:, :, :_MISSED].sum(axis=2)
    if by_article:
        return table.reshape(len(SCHEMES), len(gold), rows, len(OUTCOMES)).transpose(1, 0, 2, 3)
    return table.reshape(len(SCHEMES), rows, len(OUTCOMES))
