"""The four benchmark tasks, each one :class:`Task` in the registry :data:`TASKS`.

A task says everything run, leaderboard, report and compare need of it: how it turns one model's
predictions into JSON-able per-article counts, its headline and per-label metrics, its detail, when there is
nothing to score, its leading score and its title. Every score, interval and paired test is a function of a
list of such counts, so resampling articles never re-runs a model and a saved run can be compared with
another without re-scoring. Quotes, speakers and stance are counted from one :func:`score_article` per
article (:class:`ArticleScores`). A new task is one more :class:`Task` here and its name in
:data:`newsquotes.schema.BENCH_TASKS`.

Headline numbers (the ones with intervals, on the leaderboard):

* ``ner``: strict (exact span and label) micro precision, recall and F1; detail: every scheme, micro,
  macro and per label.
* ``quotes``: quote F1 at token overlap 0.3 and 0.8 and for exact offsets; detail: P/R/F1 of each and per
  quote kind.
* ``speakers``: end-to-end (quote, speaker) pair F1, precision and recall (the leading score: it does not
  depend on how many quotes a model found), then speaker accuracy on quotes matched at overlap 0.3 at the
  entity level (the prediction resolves to the gold speaker's entity) and at the mention level (lenient: the
  gold speaker's mention counts whatever it resolves to); see :mod:`newsquotes.bench.quotes`.
* ``stance``: accuracy, macro-F1 and F_avg (mean F1 of favor and against); detail: the confusion matrix.

Per-article counts (``ArticleCounts.counts`` in a results file):

* ``ner``: ``{"labels": [...], "table": [scheme][row][outcome]}``, :class:`newsquotes.bench.ner.NerCounts`
  as lists (schemes strict, exact, partial, ent_type; row 0 all labels, then one per label; outcomes
  correct, incorrect, partial, missed, spurious);
* ``quotes`` and ``speakers``: :func:`newsquotes.bench.quotes.score_article` without its stance pairs
  (gold, predicted, matches per threshold, per kind, speaker_matched, speaker_correct at the entity level,
  speaker_mention_correct);
* ``stance``: ``{"pairs": [[gold, predicted], ...], "targets": [gold target, ...]}`` (targets absent for the
  cross-validated baselines); the detail adds accuracy per canonical target.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from newsquotes.bench import ner
from newsquotes.bench.quotes import SPEAKER_FORMS, aggregate, score_article, stance_scores
from newsquotes.schema import ENTITY_LABELS, QUOTE_KINDS, STANCE_LABELS, Annotation, Article

Counts = dict[str, Any]
Metric = Callable[[Sequence[Counts]], float]
NER_HEADLINE_SCHEME = "strict"
QUOTE_HEADLINE_THRESHOLD = "overlap_0.3"


# --------------------------------------------------------------------------- NER


def ner_counts(gold: Sequence[Annotation], predicted: Sequence[Annotation]) -> list[Counts]:
    """Per-article NER counts of every article at once (the scorer's batched path), in gold order."""
    by_article = ner.counts_by_article(gold, predicted)
    return [{"labels": list(c.labels), "table": c.table.tolist()} for c in (by_article[g.article_id] for g in gold)]


def _ner_total(per_article: Sequence[Counts]) -> ner.NerCounts:
    return sum(ner.NerCounts(tuple(c["labels"]), np.asarray(c["table"], dtype=np.int64)) for c in per_article)


def ner_scores(per_article: Sequence[Counts]) -> dict:
    return ner.scores_from_counts(_ner_total(per_article))


def _ner_micro(measure: str) -> Metric:
    return lambda per_article: ner_scores(per_article)[NER_HEADLINE_SCHEME]["micro"][measure]


def _ner_label_f1(label: str) -> Metric:
    return lambda per_article: ner_scores(per_article)[NER_HEADLINE_SCHEME]["per_label"][label]["f1"]


# --------------------------------------------------------------------------- quotes and speakers


_STANCE_KEYS = ("stance_pairs", "stance_targets")


def quote_counts(article_scores: Counts) -> Counts:
    """Quote and speaker counts of one article: its :func:`score_article` without the stance pairs."""
    return {key: value for key, value in article_scores.items() if key not in _STANCE_KEYS}


def quote_scores(per_article: Sequence[Counts]) -> dict:
    scores = aggregate([{**counts, "stance_pairs": ()} for counts in per_article])
    scores.pop("stance")
    for kind in scores["by_kind"].values():
        if not kind["gold"] and not kind["predicted"]:  # a kind on neither side: n/a, never 0
            kind.update(precision=math.nan, recall=math.nan, f1=math.nan)
    return scores


def _quote(name: str, measure: str = "f1") -> Metric:
    return lambda per_article: quote_scores(per_article)[name][measure]


def _kind_f1(kind: str) -> Metric:
    return lambda per_article: quote_scores(per_article)["by_kind"][kind]["f1"]


def _speaker(measure: str) -> Metric:
    if measure in ("accuracy", "mention_accuracy"):  # NaN (undefined, not zero) when no attributed quote was matched
        return lambda per_article: quote_scores(per_article)["speaker"][measure]
    return lambda per_article: quote_scores(per_article)["speaker"]["pairs"][measure]


# --------------------------------------------------------------------------- stance


def _speaker_form(form: str) -> Metric:
    return lambda per_article: quote_scores(per_article)["speaker"]["by_form"][form]["accuracy"]


def stance_counts(article_scores: Counts) -> Counts:
    """(gold, predicted) stance of the quotes matched at overlap 0.3 where both sides have a stance, and the
    gold targets, from one article's :func:`score_article`."""
    return {"pairs": [list(pair) for pair in article_scores["stance_pairs"]],
            "targets": article_scores["stance_targets"]}


def stance_pairs_scores(per_article: Sequence[Counts]) -> dict:
    return stance_scores([tuple(pair) for counts in per_article for pair in counts["pairs"]])


#: Targets with fewer gold quotes than this are left out of ``per_target`` (too few to say anything).
PER_TARGET_MINIMUM = 5


def stance_per_target(per_article: Sequence[Counts]) -> dict:
    """Stance accuracy per gold target (canonical targets make these comparable), for targets with enough
    quotes; counts without targets (the cross-validated baselines) give none."""
    by_target: dict[str, list[tuple[str, str]]] = {}
    for counts in per_article:
        for pair, target in zip(counts["pairs"], counts.get("targets") or []):
            if target:
                by_target.setdefault(target, []).append(tuple(pair))
    return {target: {"quotes": len(pairs), "accuracy": sum(g == p for g, p in pairs) / len(pairs)}
            for target, pairs in sorted(by_target.items(), key=lambda item: -len(item[1]))
            if len(pairs) >= PER_TARGET_MINIMUM}


def stance_confusion(per_article: Sequence[Counts]) -> np.ndarray:
    index = {label: i for i, label in enumerate(STANCE_LABELS)}
    confusion = np.zeros((len(STANCE_LABELS), len(STANCE_LABELS)), dtype=np.int64)
    for counts in per_article:
        for gold, predicted in counts["pairs"]:
            confusion[index[gold], index[predicted]] += 1
    return confusion


def stance_label_f1(confusion: np.ndarray) -> np.ndarray:
    """F1 of each stance label; 0 for a label neither in gold nor predicted, as scikit-learn's zero_division=0."""
    both = confusion.sum(axis=1) + confusion.sum(axis=0)
    return np.divide(2 * np.diag(confusion), both, out=np.zeros(len(both)), where=both > 0)


def _stance(measure: str) -> Metric:
    """The measure of :func:`stance_scores` from the summed confusion matrix.

    Bootstrap intervals call a metric a thousand times; scikit-learn's input checks make that minutes, and
    the confusion matrix holds everything these measures need (a test checks they agree with stance_scores).
    """
    favor, against = STANCE_LABELS.index("favor"), STANCE_LABELS.index("against")

    def metric(per_article: Sequence[Counts]) -> float:
        confusion = stance_confusion(per_article)
        total = confusion.sum()
        if not total:
            return math.nan  # no stance pair: undefined, not zero
        if measure == "accuracy":
            return float(np.trace(confusion) / total)
        f1 = stance_label_f1(confusion)
        return float(f1.mean() if measure == "macro_f1" else (f1[favor] + f1[against]) / 2)
    return metric


def _stance_label_f1(label: str) -> Metric:
    """A label's F1 for the report's chart: NaN (n/a) when neither gold nor predictions have the label."""
    k = STANCE_LABELS.index(label)

    def metric(per_article: Sequence[Counts]) -> float:
        confusion = stance_confusion(per_article)
        return float(stance_label_f1(confusion)[k]) if confusion[k].sum() + confusion[:, k].sum() else math.nan
    return metric


# --------------------------------------------------------------------------- the tasks


class ArticleScores:
    """One model's predictions on a dataset's articles, scored once per article however many tasks use them."""

    def __init__(self, articles: Sequence[Article], gold: Sequence[Annotation], predicted: Sequence[Annotation]):
        self.articles, self.gold, self.predicted = articles, gold, predicted

    @cached_property
    def ner(self) -> list[Counts]:
        return ner_counts(self.gold, self.predicted)

    @cached_property
    def quotes(self) -> list[Counts]:
        return [score_article(a.text, g, p) for a, g, p in zip(self.articles, self.gold, self.predicted)]


def _undefined_as_none(value):
    """The scores with NaN (undefined) written as None, which JSON can carry."""
    if isinstance(value, dict):
        return {key: _undefined_as_none(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_undefined_as_none(item) for item in value]
    return None if isinstance(value, float) and math.isnan(value) else value


@dataclass(frozen=True)
class Task:
    """A benchmark task: what it counts per article and every score made of those counts."""

    name: str
    title: str  # the leaderboard's and the console's heading
    note: str  # what the headline numbers mean, under the leaderboard's heading
    counts: Callable[[ArticleScores], list[Counts]]  # per article, in the dataset's order
    headline: dict[str, Metric]  # the numbers with intervals, on the leaderboard
    leading: str  # the headline number tables are sorted by, and shown per source
    per_label: dict[str, Metric]  # per label (or kind), for the report's charts
    scores: Callable[[Sequence[Counts]], dict]  # every score, for a results file's detail
    nothing_when: Callable[[Sequence[Counts]], bool]  # true when there is nothing to score
    nothing_because: str  # why, said when a task is skipped
    qualifier: str = ""  # how the headline is counted, said after the title in the console
    scheme: str = ""  # the counting scheme the console puts before each headline name (NER's "strict")

    def detail(self, per_article: Sequence[Counts]) -> dict:
        """Every score of the task over the articles; an undefined score is None."""
        return _undefined_as_none(self.scores(per_article))

    def nothing_to_score(self, per_article: Sequence[Counts]) -> str | None:
        """Why the task cannot be scored on these counts (no gold items of its kind), or None when it can."""
        return self.nothing_because if self.nothing_when(per_article) else None


def _quote_detail(per_article: Sequence[Counts]) -> dict:
    scores = quote_scores(per_article)
    return {name: scores[name] for name in ("exact", "overlap_0.3", "overlap_0.8", "by_kind")}


def _no_gold_quotes(per_article: Sequence[Counts]) -> bool:
    return not any(c["gold"] for c in per_article)


_SPEAKERS_NOTE = ("End-to-end (quote, speaker) pairs, a pair right when the quote matches at overlap 0.3 and the "
                  "speaker resolves to the gold speaker's entity; then speaker accuracy on matched quotes, at that "
                  "entity level and at the lenient mention level (the gold speaker's mention, whatever it "
                  "resolves to).")

TASKS: dict[str, Task] = {task.name: task for task in (
    Task("ner", "Named entities", "Strict micro scores: a prediction counts when span and label are both exact.",
         counts=lambda scored: scored.ner,
         headline={"precision": _ner_micro("precision"), "recall": _ner_micro("recall"), "f1": _ner_micro("f1")},
         leading="f1", per_label={label: _ner_label_f1(label) for label in ENTITY_LABELS}, scores=ner_scores,
         nothing_when=lambda per_article: not ner_scores(per_article)[NER_HEADLINE_SCHEME]["micro"]["possible"],
         nothing_because="the gold has no entities", qualifier="strict micro: span and label both exact",
         scheme=NER_HEADLINE_SCHEME),
    Task("quotes", "Quotes", "F1 of quote spans at token overlap 0.3 and 0.8, and for exact offsets.",
         counts=lambda scored: [quote_counts(c) for c in scored.quotes],
         headline={"f1@0.3": _quote("overlap_0.3"), "f1@0.8": _quote("overlap_0.8"), "f1_exact": _quote("exact")},
         leading="f1@0.3", per_label={kind: _kind_f1(kind) for kind in QUOTE_KINDS}, scores=_quote_detail,
         nothing_when=_no_gold_quotes, nothing_because="the gold has no quotes"),
    Task("speakers", "Speakers", _SPEAKERS_NOTE,
         counts=lambda scored: [quote_counts(c) for c in scored.quotes],
         headline={"pair_f1": _speaker("f1"), "pair_precision": _speaker("precision"),
                   "pair_recall": _speaker("recall"), "accuracy": _speaker("accuracy"),
                   "mention_accuracy": _speaker("mention_accuracy")},
         leading="pair_f1", per_label={form: _speaker_form(form) for form in SPEAKER_FORMS},
         scores=lambda per_article: quote_scores(per_article)["speaker"],
         nothing_when=_no_gold_quotes, nothing_because="the gold has no quotes"),
    Task("stance", "Stance", "Stance of gold quotes: accuracy, macro-F1 and F_avg (mean F1 of favor and against).",
         counts=lambda scored: [stance_counts(c) for c in scored.quotes],
         headline={"accuracy": _stance("accuracy"), "macro_f1": _stance("macro_f1"), "f_avg": _stance("f_avg")},
         leading="macro_f1", per_label={label: _stance_label_f1(label) for label in STANCE_LABELS},
         scores=lambda per_article: {**stance_pairs_scores(per_article), "per_target": stance_per_target(per_article)},
         nothing_when=lambda per_article: not any(c["pairs"] for c in per_article),
         nothing_because="no gold quote with a stance was matched by a prediction with a stance"),
)}
