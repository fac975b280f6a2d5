"""``newsquotes predict``: run a model over a corpus, write its Annotations."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsquotes.cli.common import console, errors


def predict_command(
    model: Annotated[str, typer.Option(
        help="Model name: rules, spacy:<pipeline>, sklearn:<folder>, transformers:<path>, predictions:<file>.")],
    corpus: Annotated[Path, typer.Option(help="A built corpus folder.")],
    out: Annotated[Path, typer.Option(help="Annotation JSON lines to write, one per article.")],
) -> None:
    """Run a model over every article of a corpus; write its Annotations as JSON lines.

    \b
    Example:
      newsquotes predict --model rules --corpus corpus/build --out rules.jsonl
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from newsquotes.annotations import write_annotations
    from newsquotes.corpus.storage import read_articles, read_manifest
    from newsquotes.models.registry import get_model, predict

    total = read_manifest(corpus).counts.kept
    chosen = get_model(model)
    with Progress(SpinnerColumn(), TextColumn(f"[bold]{chosen.name}[/]"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("articles"), TimeElapsedColumn(), console=errors, transient=True) as bar:
        task = bar.add_task("predict", total=total)

        def advancing(annotations):
            for annotation in annotations:
                yield annotation
                bar.advance(task)

        write_annotations(out, advancing(predict(chosen, read_articles(corpus))))
    console.print(f"{total} annotations by {chosen.name} {chosen.version} · [bold]{out}[/]")
