"""``newsquotes label …``: the annotation loop in Label Studio, one command per library call."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from newsquotes.labeling.adjudicate import DEFAULT_GOLD_FILE, adjudicate_folder
from newsquotes.labeling.agreement import folder_agreement
from newsquotes.labeling.report import (adjudication_summary, agreement_table, conflicts_table, skipped_lines,
                                       stance_line)

label_app = typer.Typer(
    help="Annotate in Label Studio: serve, push tasks with pre-annotations, pull gold, agreement, adjudication.",
    no_args_is_help=True,
)

_console = Console()
_errors = Console(stderr=True)


def _label_error(message: str) -> typer.Exit:
    _errors.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True, markup=True)
    return typer.Exit(code=2)


@label_app.command("agreement")
def agreement_command(
    folder: Annotated[Path, typer.Argument(help="Folder of pulled annotations, one <pseudonym>.jsonl per annotator.")],
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the full result, pairs included, as JSON.")] = None,
) -> None:
    """Inter-annotator agreement: span F1 per label (exact and overlap), said_by relation F1, stance kappa or alpha.

    Articles only one annotator labelled are skipped and listed. See labeling/GUIDELINES.md for what is marked.
    """
    try:
        result = folder_agreement(folder)
    except ValueError as err:
        raise _label_error(str(err)) from None
    _console.print(agreement_table(result))
    _console.print(stance_line(result), highlight=False)
    for line in skipped_lines(result):
        _console.print(line, style="dim", highlight=False)
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        _console.print(f"wrote {json_out}", highlight=False)


@label_app.command("adjudicate")
def adjudicate_command(
    folder: Annotated[Path, typer.Argument(help="Folder of pulled annotations, one <pseudonym>.jsonl per annotator.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Gold file to merge into: adjudicated articles replace "
                                      "their records, others stay; written atomically.")] = DEFAULT_GOLD_FILE,
    reviewer: Annotated[Optional[str], typer.Option(help="Pseudonym that breaks ties and attribute disagreements.")] = None,
) -> None:
    """Merge annotators into gold: strict majority keeps a span, the reviewer breaks ties; list every conflict.

    Conflicts go to OUT with suffix .conflicts.json and .conflicts.md, next to the gold file.
    """
    try:
        result, paths = adjudicate_folder(folder, out, reviewer)
    except ValueError as err:
        raise _label_error(str(err)) from None
    if result.conflicts:
        _console.print(conflicts_table(result))
    _console.print(adjudication_summary(result), highlight=False)
    _console.print(f"wrote {paths['gold']}; conflicts in {paths['conflicts_json']} and {paths['conflicts_markdown']}",
                   highlight=False)

