"""``newsquotes label …``: the annotation loop in Label Studio, one command per library call."""

from __future__ import annotations

import typer

label_app = typer.Typer(
    help="Annotate in Label Studio: serve, push tasks with pre-annotations, pull gold, agreement, adjudication.",
    no_args_is_help=True,
)
