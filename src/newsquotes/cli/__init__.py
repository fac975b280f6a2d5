"""The ``newsquotes`` command line: a thin face over the library, one command per library call.

One module per command group, so the layout shows the command tree: ``build``, ``corpus …``, ``predict``,
``schema …``, ``label …``, ``gold …``, ``bench …``, ``publish``.

``newsquotes NAME …`` imports and sets up command NAME alone: before it runs one command, typer turns every
parameter of every command it holds into click's, which for the whole tree takes about as long as the rest
of a light command. ``app``, the whole tree, is made when first asked for (``newsquotes --help``, tests).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable

import typer

from newsquotes.cli.common import group

HELP = "Turn scraped news into a gold-labelled corpus of entities, quotes, speakers and stance."


def _build(app: typer.Typer) -> None:
    from newsquotes.cli.build import build_command

    app.command("build")(build_command)


def _corpus(app: typer.Typer) -> None:
    from newsquotes.cli.corpus import corpus_app

    app.add_typer(corpus_app, name="corpus")


def _predict(app: typer.Typer) -> None:
    from newsquotes.cli.predict import predict_command

    app.command("predict", short_help="Run a model over a corpus; write its Annotations.")(predict_command)


def _train(app: typer.Typer) -> None:
    from newsquotes.cli.train import train_command

    app.command("train", short_help="Fit the learned baseline on a split of the gold.")(train_command)


def _schema(app: typer.Typer) -> None:
    from newsquotes.cli.schema import schema_app

    app.add_typer(schema_app, name="schema")


def _label(app: typer.Typer) -> None:
    from newsquotes.cli.label import label_app

    app.add_typer(label_app, name="label")


def _gold(app: typer.Typer) -> None:
    from newsquotes.cli.gold import gold_app

    app.add_typer(gold_app, name="gold")


def _bench(app: typer.Typer) -> None:
    from newsquotes.cli.bench import bench_app

    app.add_typer(bench_app, name="bench")


def _publish(app: typer.Typer) -> None:
    from newsquotes.cli.publish import publish_command

    app.command("publish")(publish_command)


#: The top-level commands, in the order ``newsquotes --help`` lists them, each with what adds it to a group.
COMMANDS: dict[str, Callable[[typer.Typer], None]] = {
    "build": _build, "corpus": _corpus, "predict": _predict, "train": _train, "schema": _schema,
    "label": _label, "gold": _gold, "bench": _bench, "publish": _publish,
}


def command_line(names: Iterable[str] = tuple(COMMANDS)) -> typer.Typer:
    """The ``newsquotes`` group holding the top-level commands ``names``."""
    names = list(names)
    app = group(HELP)
    for name in names:
        COMMANDS[name](app)
    if len(names) < len(COMMANDS):
        # Without a callback typer runs a group of one command as that command, so that its name would be
        # read as its first argument.
        app.callback()(_no_options)
    return app


def _no_options() -> None:
    """The group's own step before its command: nothing to do, as in the whole tree."""


def main() -> None:
    named = sys.argv[1] if len(sys.argv) > 1 else None
    if named in COMMANDS:
        command_line([named])()
    else:
        command_line()()


def __getattr__(name: str):
    if name == "app":
        made = globals()["app"] = command_line()
        return made
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
