"""What every command group shares: the consoles, the one way to fail, and how a group is made.

Modules here import only typer, rich and the standard library at the top: the libraries a command needs
(pyarrow, trafilatura, spaCy, scikit-learn, Label Studio's SDK, datasets, Ray, torch) are imported inside it,
so ``newsquotes --help`` and the light commands start at once.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.console import Console
from rich.markup import escape

console = Console()
errors = Console(stderr=True)


def group(help: str, short_help: str | None = None) -> typer.Typer:
    """A command group whose help is plain text wrapped to the terminal: nothing is cut at 80 columns.

    ``short_help`` is its line in the list of commands, which must fit 80 columns beside the name.
    """
    return typer.Typer(help=help, short_help=short_help, no_args_is_help=True, rich_markup_mode=None,
                       pretty_exceptions_show_locals=False)


def fail(message: str) -> typer.Exit:
    """Print ``message`` as an error and return the exit to raise (code 2), so callers write ``raise fail(...)``.

    The message is printed as it is: text quoted from an article ("[the] robotics section") is not markup.
    """
    errors.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(code=2)


@contextmanager
def library_warnings() -> Iterator[None]:
    """Print the library's warnings (say, a hand-written file without text hashes) as yellow lines, each once."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.filterwarnings("always", module=r"newsquotes\.")
        try:
            yield
        finally:
            for item in caught:
                if item.category.__module__.startswith("newsquotes"):
                    errors.print(f"[yellow]warning[/] {escape(str(item.message))}", highlight=False, soft_wrap=True)
                else:
                    warnings.showwarning(item.message, item.category, item.filename, item.lineno)
