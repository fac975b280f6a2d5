"""The ``newsquotes`` command line: a thin face over the library, one command per library call.

One module per command group, so the layout shows the command tree: ``build``, ``corpus …``, ``predict``,
``schema …``, ``label …``, ``gold …``, ``bench …``, ``publish``.
"""

from __future__ import annotations

from newsquotes.cli.bench import bench_app
from newsquotes.cli.build import build_command
from newsquotes.cli.common import group
from newsquotes.cli.corpus import corpus_app
from newsquotes.cli.gold import gold_app
from newsquotes.cli.label import label_app
from newsquotes.cli.predict import predict_command
from newsquotes.cli.publish import publish_command
from newsquotes.cli.schema import schema_app
from newsquotes.cli.train import train_command

app = group("Turn scraped news into a gold-labelled corpus of entities, quotes, speakers and stance.")
app.command("build")(build_command)
app.add_typer(corpus_app, name="corpus")
app.command("predict", short_help="Run a model over a corpus; write its Annotations.")(predict_command)
app.command("train", short_help="Fit the learned baseline on a split of the gold.")(train_command)
app.add_typer(schema_app, name="schema")
app.add_typer(label_app, name="label")
app.add_typer(gold_app, name="gold")
app.add_typer(bench_app, name="bench")
app.command("publish")(publish_command)


def main() -> None:
    app()
