"""``newsquotes bench …``: score models against gold, compare runs, report; one command per library call."""

from __future__ import annotations

import typer

bench_app = typer.Typer(
    help="Score NER, quote, speaker and stance models against gold; compare runs; write reports and exports.",
    no_args_is_help=True,
)
