"""The tables ``newsquotes bench run`` and ``bench compare`` print: rich tables built from a run's results."""

from __future__ import annotations


def score_tables(result) -> list:
    """One table per task, narrow enough for 80 columns: each model's headline scores, then its leading score
    on the articles of each source (indented), names never cut and intervals never wrapped."""
    from rich.table import Table

    from newsquotes.bench.leaderboard import format_interval
    from newsquotes.bench.tasks import TASKS

    tables = []
    for task in dict.fromkeys(item.task for item in result.results):
        title = TASKS[task].title + (f" ({TASKS[task].qualifier})" if TASKS[task].qualifier else "")
        table = Table(title=title, title_justify="left")
        table.add_column("model / source", overflow="fold")
        table.add_column("score", no_wrap=True)
        table.add_column("value [95 % interval]", no_wrap=True)
        prefix = f"{TASKS[task].scheme} " if TASKS[task].scheme else ""
        for item in [item for item in result.results if item.task == task]:
            for k, (name, interval) in enumerate(item.headline.items()):
                table.add_row(item.model.name if k == 0 else "", prefix + name, format_interval(interval))
            leading = TASKS[task].leading
            for source, scores in sorted(item.by_source.items()):
                table.add_row(f"  {source}", prefix + leading, format_interval(scores[leading]), style="dim")
            table.add_section()
        tables.append(table)
    return tables
