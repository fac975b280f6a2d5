"""``benchmarks/LEADERBOARD.md``: a table per task (:data:`~newsquotes.bench.tasks.TASKS`), one row per
model, from its latest run.

The rows live in ``leaderboard.json`` beside the Markdown file; each run replaces the rows of the
(task, model) pairs it scored and the Markdown is written again from all rows, so running a model twice
leaves one row, not two.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, TypeAdapter

from newsquotes import defaults
from newsquotes.bench.tasks import TASKS, Task
from newsquotes.errors import InputError
from newsquotes.schema import BenchmarkRun, Interval

LEADERBOARD = defaults.LEADERBOARD


class Row(BaseModel):
    model_config = ConfigDict(extra="forbid")

    task: str
    model: str
    version: str
    headline: dict[str, Interval]
    articles: int
    run_date: str
    fingerprint: str
    suite: str | None = None
    split: str | None = None
    by_source: dict[str, dict[str, Interval]] = {}


_ROWS = TypeAdapter(list[Row])


def rows_path(markdown: Path) -> Path:
    return Path(markdown).with_name("leaderboard.json")


def read_rows(markdown: Path) -> list[Row]:
    path = rows_path(markdown)
    if not path.exists():
        return []
    try:
        return _ROWS.validate_json(path.read_text("utf-8"))
    except ValueError as err:
        raise InputError(f"{path}: not a leaderboard rows file: {err}") from None


def rows_of(run: BenchmarkRun) -> list[Row]:
    return [Row(task=r.task, model=r.model.name, version=r.model.version, headline=r.headline,
                articles=len(r.per_article), run_date=run.created_at[:10], fingerprint=run.dataset.fingerprint,
                suite=run.suite, split=run.dataset.split, by_source=r.by_source) for r in run.results]


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_interval(interval: Interval) -> str:
    """``0.812 [0.750, 0.861]``; ``n/a`` for an undefined number."""
    return f"{_number(interval.value)} [{_number(interval.low)}, {_number(interval.high)}]"


def _rank(row: Row, task: Task) -> tuple[float, str]:
    value = row.headline[task.leading].value
    return (-value if value is not None else 1.0, row.model)


def render(rows: list[Row]) -> str:
    lines = ["# Leaderboard", "",
             "Written by `newsquotes bench run`; do not edit by hand. One row per model: its latest run. "
             "Brackets hold 95 % percentile-bootstrap intervals over articles; *Dataset* is the first 12 "
             "characters of the fingerprint of the gold and article texts scored (rows are comparable only "
             "when it is the same). The `test` split is scored once per version of the `rules` model, at the end of "
             "its tuning on `train`, `dev` and pages outside the corpus read by hand (the read half of the outside "
             "set; from 0.14.0 on also other news, magazine and White House pages, interview pages and train and dev "
             "interviews rewritten in other forms); the other "
             "models' rows are scored again with it (the learned baseline refitted on `train`). No model's design or "
             "settings were chosen on `test`'s text or scores; one choice of what to work on was made from its titles "
             "(`rules` 0.16.0 took up interviews with several guests because the corpus's titles show `test` holds "
             "three), so that version's gain on `test`'s interviews is no clean measure; the stance baselines are cross-validated over the whole gold, so "
             "other `test` articles are among their training folds.", ""]
    for task in TASKS.values():
        task_rows = [row for row in rows if row.task == task.name]
        if not task_rows:
            continue
        task_rows.sort(key=lambda row: _rank(row, task))
        metrics = list(task.headline)
        lines += [f"## {task.title}", "", task.note, "",
                  "| Model | Version | " + " | ".join(metrics) + " | Articles | Run | Dataset | Suite |",
                  "|---|---|" + "---|" * len(metrics) + "---|---|---|---|"]
        for row in task_rows:
            cells = [f"`{row.model}`", row.version,
                     *(format_interval(row.headline[m]) if m in row.headline else "n/a" for m in metrics), str(row.articles),
                     row.run_date, f"`{row.fingerprint[:12]}`",
                     (row.suite or "") + (f" ({row.split})" if row.split else "")]
            lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
        lines.append("")
        lines += _by_source_table(task_rows, metrics)
    return "\n".join(lines)


def _by_source_table(task_rows: list[Row], metrics: list[str]) -> list[str]:
    """The same numbers on the articles of each source, for the rows that have them."""
    split_rows = [(row, source) for row in task_rows for source in sorted(row.by_source)]
    if not split_rows:
        return []
    lines = ["By source:", "", "| Model | Source | " + " | ".join(metrics) + " |",
             "|---|---|" + "---|" * len(metrics)]
    for row, source in split_rows:
        numbers = row.by_source[source]
        cells = [f"`{row.model}`", source, *(format_interval(numbers[m]) if m in numbers else "n/a" for m in metrics)]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return lines + [""]


def _write_if_changed(path: Path, text: str) -> None:
    if not path.exists() or path.read_text("utf-8") != text:
        path.write_text(text, encoding="utf-8")


def update_leaderboard(run: BenchmarkRun, markdown: Path = LEADERBOARD) -> Path:
    """Replace the rows of every (task, model) ``run`` scored, and write the Markdown again.

    A row whose numbers, versions and data are those already listed keeps its date: running the same
    benchmark again leaves the files as they were.
    """
    markdown = Path(markdown)
    old = read_rows(markdown)
    listed = {(row.task, row.model): row for row in old}
    new = {}
    for row in rows_of(run):
        before = listed.get((row.task, row.model))
        same = before is not None and before.model_dump(exclude={"run_date"}) == row.model_dump(exclude={"run_date"})
        new[row.task, row.model] = before if same else row
    rows = [new.pop((row.task, row.model), row) for row in old] + list(new.values())
    markdown.parent.mkdir(parents=True, exist_ok=True)
    _write_if_changed(rows_path(markdown), json.dumps([row.model_dump() for row in rows], indent=1) + "\n")
    _write_if_changed(markdown, render(rows))
    return markdown
