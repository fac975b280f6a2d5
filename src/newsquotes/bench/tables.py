"""The tables ``newsquotes bench run`` and ``bench compare`` print, built from results with rich.

Both fit 80 columns: model names are in the titles or folded, never cut, and numbers never wrap.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from newsquotes.bench.compare import Comparison
from newsquotes.bench.leaderboard import format_interval
from newsquotes.bench.tasks import TASKS
from newsquotes.schema import BenchmarkRun


def score_tables(result: BenchmarkRun) -> list[Table]:
    """One table per task: each model's headline scores, then its leading score on the articles of each
    source (indented)."""
    tables = []
    for name in dict.fromkeys(item.task for item in result.results):
        task = TASKS[name]
        table = Table(title=task.title + (f" ({task.qualifier})" if task.qualifier else ""), title_justify="left")
        table.add_column("model / source", overflow="fold")
        table.add_column("score", no_wrap=True)
        table.add_column("value [95 % interval]", no_wrap=True)
        prefix = f"{task.scheme} " if task.scheme else ""
        for item in [item for item in result.results if item.task == name]:
            for k, (metric, interval) in enumerate(item.headline.items()):
                table.add_row(item.model.name if k == 0 else "", prefix + metric, format_interval(interval))
            for source, scores in sorted(item.by_source.items()):
                table.add_row(f"  {source}", prefix + task.leading, format_interval(scores[task.leading]), style="dim")
            table.add_section()
        tables.append(table)
    return tables


def comparison_tables(rows: Sequence[Comparison], name_a: str, name_b: str) -> list[Table]:
    """One table per pair of models compared: A, B, their difference and its p-value, metric by metric;
    ``name_a`` and ``name_b`` say which runs A and B come from."""
    tables = []
    for model_a, model_b in dict.fromkeys((row.model_a, row.model_b) for row in rows):
        # the models in the title, so that at 80 columns no name is cut to fit a column
        table = Table(title=f"A = {model_a} ({name_a}), B = {model_b} ({name_b})", title_justify="left")
        for column in ("task", "metric", "A", "B", "delta", "p"):
            table.add_column(column, justify="right" if column in ("A", "B", "delta", "p") else "left", no_wrap=True)
        for row in rows:
            if (row.model_a, row.model_b) == (model_a, model_b):
                table.add_row(row.task, row.metric, f"{row.a:.3f}", f"{row.b:.3f}", f"{row.delta:+.3f}",
                              "n/a" if row.p_value is None else f"{row.p_value:.4f}")
        tables.append(table)
    return tables
