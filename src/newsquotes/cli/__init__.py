"""The ``newsquotes`` command line: a thin face over the library, one command per library call.

One module per command group, so the layout shows the command tree: ``build``, ``corpus …``, ``predict``,
``schema …``, ``label …``, ``gold …``, ``bench …``, ``publish``.

``newsquotes NAME …`` imports and sets up command NAME alone: before it runs one command, typer turns every
parameter of every command it holds into click's, which for the whole tree takes about as long as the rest
of a light command. ``app``, the whole tree, is made when first asked for (``newsquotes --help``, tests).
"""

from __future__ import annotations

import atexit
import gc
import importlib
import sys
from collections.abc import Iterable

import typer

from newsquotes.cli.common import group

HELP = "Turn scraped news into a gold-labelled corpus of entities, quotes, speakers and stance."


#: The top-level commands, in the order ``newsquotes --help`` lists them: the module under ``newsquotes.cli``
#: that defines each, the command or group it holds, and a command's short help.
COMMANDS: dict[str, tuple[str, str, str | None]] = {
    "build": ("build", "build_command", None),
    "corpus": ("corpus", "corpus_app", None),
    "predict": ("predict", "predict_command", "Run a model over a corpus; write its Annotations."),
    "train": ("train", "train_command", "Fit the learned baseline on a split of the gold."),
    "schema": ("schema", "schema_app", None),
    "label": ("label", "label_app", None),
    "gold": ("gold", "gold_app", None),
    "bench": ("bench", "bench_app", None),
    "publish": ("publish", "publish_command", None),
}


def _add(app: typer.Typer, name: str) -> None:
    module, attribute, short_help = COMMANDS[name]
    made = getattr(importlib.import_module(f"newsquotes.cli.{module}"), attribute)
    if isinstance(made, typer.Typer):
        app.add_typer(made, name=name)
    else:
        app.command(name, short_help=short_help)(made)


def command_line(names: Iterable[str] = tuple(COMMANDS)) -> typer.Typer:
    """The ``newsquotes`` group holding the top-level commands ``names``."""
    names = list(names)
    app = group(HELP)
    for name in names:
        _add(app, name)
    if len(names) < len(COMMANDS):
        # Without a callback typer runs a group of one command as that command, so that its name would be
        # read as its first argument.
        app.callback()(_no_options)
    return app


def _no_options() -> None:
    """The group's own step before its command: nothing to do, as in the whole tree."""


def main() -> None:
    # As the interpreter exits, its garbage collector makes full passes over every object still alive (after a
    # build, a tenth of a second of CPU for nothing: the process ends). Frozen at exit, they are skipped; Python
    # does not promise to finalize objects alive at exit anyway, and every command closes what it writes.
    atexit.register(gc.freeze)
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
