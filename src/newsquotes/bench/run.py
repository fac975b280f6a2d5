"""Running models over articles and scoring them on a suite's tasks: ``run_suite``.

A run predicts each model once per article, checks every prediction against the article's text
(:func:`newsquotes.models.registry.predict`), turns gold and prediction into per-article counts for each task
(:mod:`newsquotes.bench.tasks`) and puts the scores, a percentile-bootstrap interval over articles for every
headline number (overall and on the articles of each source, when the scored articles come from more than
one), the dataset's fingerprint and the versions of everything involved into a
:class:`~newsquotes.schema.BenchmarkRun`.

Stance baselines (``stance:majority``, ``stance:tfidf-logreg``) are not article-by-article models: they are
trained and scored by cross-validation over the whole gold (folds grouped by article), and the pairs of
the scored articles are kept.
"""

from __future__ import annotations

import math
import platform
from collections.abc import Callable
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from newsquotes.annotations import read_annotations
from newsquotes.bench import tasks
from newsquotes.bench.intervals import bootstrap_interval
from newsquotes.bench.suites import STANCE_PREFIX, Suite
from newsquotes.dataset import Dataset, load_dataset
from newsquotes.errors import ConfigError, InputError
from newsquotes.models import stance as stance_baselines
from newsquotes.models.registry import get_model, predict
from newsquotes.models.training import is_trained, train
from newsquotes.schema import (Annotation, Article, ArticleCounts, BenchmarkRun, DatasetRef, Interval, ModelRef,
                               SkippedTask, TaskResult)

PACKAGES = ("newsquotes", "numpy", "scikit-learn", "pydantic", "pyarrow", "spacy", "nervaluate")
Progress = Callable[[str, int], None]  # (what is being done, articles just finished)


def package_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for package in PACKAGES:
        try:
            versions[package] = version(package)
        except PackageNotFoundError:
            continue
    return versions


def _defined(number: float) -> float | None:
    return None if math.isnan(number) else number


def score_interval(per_article: list[dict], metric: tasks.Metric, samples: int, seed: int) -> Interval:
    low, high = bootstrap_interval(per_article, metric, samples=samples, seed=seed)
    return Interval(value=_defined(metric(per_article)), low=_defined(low), high=_defined(high))


def score_task(task: tasks.Task, model: ModelRef, dataset: Dataset, per_article: list[dict], *, samples: int,
               seed: int) -> TaskResult | SkippedTask:
    reason = task.nothing_to_score(per_article)
    if reason is not None:
        return SkippedTask(task=task.name, model=model.name, reason=reason)
    headline = {name: score_interval(per_article, metric, samples, seed) for name, metric in task.headline.items()}
    by_source = {}
    for source, members in sorted(dataset_sources(dataset).items()):
        counts = [per_article[k] for k in members]
        if task.nothing_to_score(counts) is None:
            by_source[source] = {name: score_interval(counts, metric, samples, seed)
                                 for name, metric in task.headline.items()}
    return TaskResult(task=task.name, model=model, headline=headline, detail=task.detail(per_article),
                      by_source=by_source,
                      per_article=[ArticleCounts(article_id=a, counts=c) for a, c in zip(dataset.article_ids, per_article)])


def source_name(article: Article) -> str:
    return article.source or "unknown"


def dataset_sources(dataset: Dataset) -> dict[str, list[int]]:
    """Positions of the scored articles of each source; empty when they all come from one (nothing to break down)."""
    groups: dict[str, list[int]] = {}
    for k, article in enumerate(dataset.articles):
        groups.setdefault(source_name(article), []).append(k)
    return groups if len(groups) > 1 else {}


def _baseline_counts(name: str, dataset: Dataset, seed: int) -> list[dict] | str:
    """Out-of-fold stance pairs of the scored articles, or why there can be none."""
    baseline = name.removeprefix(STANCE_PREFIX)
    if baseline not in stance_baselines.STANCE_MODELS:
        raise ConfigError(f"unknown stance baseline {name!r}: choose from "
                         + ", ".join(STANCE_PREFIX + m for m in stance_baselines.STANCE_MODELS))
    gold = read_annotations(dataset.gold_path, hash_optional=True)  # the quotes' stance is all they need
    labelled = set(stance_baselines.examples(gold)[2])
    if len(labelled) < 2:
        return f"cross-validation needs gold quotes with a stance in 2 articles or more; the gold has {len(labelled)}"
    pairs = stance_baselines.cross_validated(gold, baseline, seed=seed)
    return [{"pairs": [list(pair) for pair in pairs.get(article_id, [])]} for article_id in dataset.article_ids]


class _Predictions:
    """Each model's checked predictions, made and scored once however many tasks use them."""

    def __init__(self, dataset: Dataset, progress: Progress | None):
        self.dataset, self.progress = dataset, progress
        self.refs: dict[str, ModelRef] = {}  # by the name the suite gives
        self.made: dict[str, list[Annotation]] = {}
        self.scored: dict[str, tasks.ArticleScores] = {}

    def of(self, spec: str) -> list[Annotation]:
        if spec not in self.made:
            model = get_model(spec)
            if any(ref.name == model.name for ref in self.refs.values()):
                raise ConfigError(f"two models of the suite call themselves {model.name!r}; rename one (e.g. the file)")
            self.refs[spec] = ModelRef(name=model.name, version=str(model.version))
            self.made[spec] = []
            for annotation in predict(model, self.dataset.articles):
                self.made[spec].append(annotation)
                if self.progress:
                    self.progress(f"{model.name}: predicting", 1)
        return self.made[spec]

    def scores(self, spec: str) -> tasks.ArticleScores:
        if spec not in self.scored:
            self.scored[spec] = tasks.ArticleScores(self.dataset.articles, self.dataset.gold, self.of(spec))
        return self.scored[spec]

    def by_model_name(self) -> dict[str, list[Annotation]]:
        return {self.refs[spec].name: annotations for spec, annotations in self.made.items()}


def _score_one(task: tasks.Task, spec: str, dataset: Dataset, predictions: _Predictions, suite: Suite
               ) -> TaskResult | SkippedTask:
    if spec.startswith(STANCE_PREFIX):
        if task.name != "stance":
            raise ConfigError(f"{spec} is a stance baseline: it can only be scored on the stance task")
        ref = ModelRef(name=spec, version=f"scikit-learn-{version('scikit-learn')}, grouped CV")
        per_article = _baseline_counts(spec, dataset, suite.seed)
        if isinstance(per_article, str):
            return SkippedTask(task=task.name, model=spec, reason=per_article)
    else:
        per_article = task.counts(predictions.scores(spec))
        ref = predictions.refs[spec]
    return score_task(task, ref, dataset, per_article, samples=suite.bootstrap_samples, seed=suite.seed)


def run_suite(suite: Suite, *, progress: Progress | None = None) -> BenchmarkRun:
    """Train the suite's learned models, then score every model of ``suite`` on its tasks; predictions are
    made once per model."""
    for entry in suite.to_train():
        settings = {"split": entry.split, "model_type": entry.model_type, "seed": suite.seed, "pipeline": entry.pipeline}
        if is_trained(suite.gold, suite.corpus, entry.out, **settings):
            continue  # fitted on the same gold with the same settings and versions: the same model
        if progress:
            progress(f"training {entry.model} on the {entry.split or 'whole'} gold", 0)
        train(suite.gold, suite.corpus, entry.out, **settings)
    dataset = load_dataset(suite.gold, suite.corpus, suite.split)
    predictions = _Predictions(dataset, progress)
    results: list[TaskResult] = []
    skipped: list[SkippedTask] = []
    for task, specs in suite.tasks.items():
        for spec in specs:
            outcome = _score_one(tasks.TASKS[task], spec, dataset, predictions, suite)
            (results if isinstance(outcome, TaskResult) else skipped).append(outcome)
            if progress:
                progress(f"{spec}: scored {task}", 0)
    return BenchmarkRun(
        suite=suite.name, created_at=datetime.now(UTC).isoformat(timespec="seconds"), seed=suite.seed,
        bootstrap_samples=suite.bootstrap_samples,
        dataset=DatasetRef(gold=str(suite.gold), split=suite.split, corpus=str(suite.corpus),
                           articles=dataset.article_ids, sources=[source_name(a) for a in dataset.articles],
                           fingerprint=dataset.fingerprint),
        versions=package_versions(), results=results, skipped=skipped, predictions=predictions.by_model_name(),
    )


def write_run(run: BenchmarkRun, path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(run.model_dump_json(indent=1) + "\n", encoding="utf-8")
    return path


def read_run(path: Path) -> BenchmarkRun:
    """A results file, validated against :class:`~newsquotes.schema.BenchmarkRun`; errors name the file."""
    from pydantic import ValidationError

    path = Path(path)
    try:
        return BenchmarkRun.model_validate_json(path.read_text("utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such results file") from None
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "record"
        raise InputError(f"{path}: not a benchmark results file: {where}: {first['msg']}") from None
