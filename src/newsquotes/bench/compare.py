"""Paired comparison of two runs, metric by metric, with the randomization test over articles."""

from __future__ import annotations

import math
from dataclasses import dataclass

from newsquotes.bench import tasks
from newsquotes.bench.intervals import paired_randomization
from newsquotes.errors import InputError
from newsquotes.models.registry import model_name
from newsquotes.schema import BenchmarkRun, TaskResult


@dataclass(frozen=True)
class Comparison:
    task: str
    metric: str
    model_a: str
    model_b: str
    a: float
    b: float
    p_value: float | None  # None when the metric is undefined for A or B (NaN), so there is nothing to test

    @property
    def delta(self) -> float:
        return self.b - self.a


def _spellings(model: str) -> set[str]:
    """A model as named on the command line: its name in a run, or the spec it was run as."""
    return {model, model_name(model)}


def pairs(a: BenchmarkRun, b: BenchmarkRun, model_a: str | None = None, model_b: str | None = None
          ) -> list[tuple[TaskResult, TaskResult]]:
    """The (A, B) results to compare, task by task.

    With models named (by name, or by the spec they were run as), those; else, per task, the only model of
    each run, or else every model the two runs share by name (the same model before and after a change).
    """
    if a.dataset.fingerprint != b.dataset.fingerprint or a.dataset.articles != b.dataset.articles:
        raise InputError(f"the runs scored different data (dataset fingerprints {a.dataset.fingerprint[:12]}… and "
                         f"{b.dataset.fingerprint[:12]}…): a paired test needs the same articles and gold")
    found: list[tuple[TaskResult, TaskResult]] = []
    for task in dict.fromkeys(r.task for r in a.results):
        in_a = [r for r in a.results if r.task == task]
        in_b = [r for r in b.results if r.task == task]
        if model_a or model_b:
            left = [r for r in in_a if r.model.name in _spellings(model_a or model_b)]
            right = [r for r in in_b if r.model.name in _spellings(model_b or model_a)]
            found += [(left[0], right[0])] if left and right else []
        elif len(in_a) == 1 and len(in_b) == 1:
            found.append((in_a[0], in_b[0]))
        else:
            found += [(x, y) for x in in_a for y in in_b if x.model.name == y.model.name]
    if not found:
        models = sorted({f"{r.task}:{r.model.name}" for r in [*a.results, *b.results]})
        raise InputError("nothing to compare: no task has a model on both sides"
                         + (f" (name them with --model-a/--model-b; scored: {', '.join(models)})" if models else ""))
    return found


def compare_runs(a: BenchmarkRun, b: BenchmarkRun, *, model_a: str | None = None, model_b: str | None = None,
                 samples: int = 2000, seed: int = 0) -> list[Comparison]:
    """For every headline metric of every compared task: A, B and the two-sided p-value of the difference."""
    rows = []
    for left, right in pairs(a, b, model_a, model_b):
        counts_a = [item.counts for item in left.per_article]
        counts_b = [item.counts for item in right.per_article]
        for metric, function in tasks.TASKS[left.task].headline.items():
            value_a, value_b = function(counts_a), function(counts_b)
            p_value = None
            if not (math.isnan(value_a) or math.isnan(value_b)):
                p_value = paired_randomization(counts_a, counts_b, function, samples=samples, seed=seed)["p_value"]
            rows.append(Comparison(task=left.task, metric=metric, model_a=left.model.name, model_b=right.model.name,
                                   a=value_a, b=value_b, p_value=p_value))
    return rows
