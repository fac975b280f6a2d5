"""``newsquotes bench …``: score models against gold, compare runs, report; one command per library call."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from newsquotes.exports import FORMATS, export

bench_app = typer.Typer(
    help="Score NER, quote, speaker and stance models against gold; compare runs; write reports and exports.",
    no_args_is_help=True,
)


ExportFormat = enum.Enum("ExportFormat", {name: name for name in FORMATS}, type=str)


@bench_app.command("export")
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

    [dim]Examples:[/]
      newsquotes bench export --gold corpus/gold --corpus corpus/build --format conll --out train.conll
      newsquotes bench export --gold corpus/gold --corpus corpus/build --format hf --out train.parquet
    """
    console, errors = Console(), Console(stderr=True)
    try:
        report = export(gold, corpus, export_format.value, out, strict=strict)
    except (FileNotFoundError, ValueError) as err:
        errors.print(f"[bold red]error:[/] {err}", highlight=False, soft_wrap=True)
        raise typer.Exit(code=2) from None
    for reason in report.skipped:
        errors.print(f"[yellow]left out[/] {reason}", highlight=False, soft_wrap=True)
    console.print(f"{report.format}: {report.articles} articles, {report.sentences} sentences, {report.tokens} tokens, "
                  f"{report.entities} entities" + (f", {report.quotes} quotes" if report.format == "docbin" else "")
                  + f", {len(report.skipped)} left out · {report.out}", highlight=False, soft_wrap=True)
