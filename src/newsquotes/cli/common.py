"""What every command group shares: the consoles, the one way to fail, and how a group is made.

Every command fails the same way: a :class:`~newsquotes.errors.NewsquotesError` (or a file that cannot be
read or written) is the user's to fix and prints as one line, exit code 2; any other exception is a bug in
newsquotes and prints with its traceback, exit code 1.

Modules here import only typer (and its click), rich, the standard library and the dependency-free
``newsquotes.errors`` and ``newsquotes.defaults`` at the top: the libraries a command needs
(pyarrow, trafilatura, spaCy, scikit-learn, Label Studio's SDK, datasets, Ray, torch) are imported inside it,
so ``newsquotes --help`` and the light commands start at once.
"""

from __future__ import annotations

import functools
import traceback
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click
import typer
from rich.console import Console
from rich.markup import escape

from newsquotes.errors import NewsquotesError

console = Console()
errors = Console(stderr=True)


def group(help: str, short_help: str | None = None) -> typer.Typer:
    """A command group whose help is plain text wrapped to the terminal: nothing is cut at 80 columns.

    ``short_help`` is its line in the list of commands, which must fit 80 columns beside the name.
    """
    return CommandGroup(help=help, short_help=short_help, no_args_is_help=True, rich_markup_mode=None,
                        pretty_exceptions_show_locals=False)


class CommandGroup(typer.Typer):
    """A typer app whose every command reports errors through :func:`reported`."""

    def command(self, *args, **kwargs) -> Callable[[Callable], Callable]:
        register = super().command(*args, **kwargs)
        return lambda function: register(reported(function))


#: What typer and click raise to end a command on purpose: passed on as they are.
_EXITS = (typer.Exit, typer.Abort, click.exceptions.Exit, click.exceptions.Abort, click.ClickException)


def reported(command: Callable) -> Callable:
    """``command``, printing a NewsquotesError or OSError as one line (exit 2) and anything else as a bug
    with its traceback (exit 1)."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except _EXITS:
            raise
        except (NewsquotesError, OSError) as err:
            raise fail(str(err)) from None
        except Exception as err:  # whatever it is, it is shown whole and called a bug
            errors.print(escape(traceback.format_exc().rstrip()), highlight=False, soft_wrap=True)
            errors.print(f"[bold red]bug:[/] {escape(type(err).__name__)} is not an error newsquotes expects; "
                         "please report it with the traceback above", highlight=False, soft_wrap=True)
            raise typer.Exit(code=1) from None

    return run


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
