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
from pathlib import Path

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

    def __init__(self, *args, **kwargs):
        if _RuntimeParam is not None:
            kwargs.setdefault("cls", _Group)
        super().__init__(*args, **kwargs)

    def command(self, *args, **kwargs) -> Callable[[Callable], Callable]:
        if _RuntimeParam is not None:
            kwargs.setdefault("cls", _Command)
        register = super().command(*args, **kwargs)
        return lambda function: register(reported(function))


try:  # typer ≥ 0.29 converts parameters through pydantic; earlier versions through click's types
    from typer._coercion import RuntimeParam as _RuntimeParam
    from typer._coercion import build_runtime_param as _build_runtime_param
    from typer._param_types import coerce_cli_path as _coerce_cli_path
except ImportError:  # pragma: no cover - another typer: its own conversion throughout
    _RuntimeParam = None


if _RuntimeParam is not None:

    class _Deferred(_RuntimeParam):
        """typer's conversion of one parameter, built only for a value given: typer builds a pydantic
        ``TypeAdapter`` for every parameter, given or not (``--help`` too), and importing pydantic and
        building one take 0.13 s of CPU, more than all the rest of ``corpus stats``. A ``Path`` is made by
        ``Path(value)`` and then checked by typer's own code, so that none is needed for it either."""

        def _coerce_value(self, value, param, ctx):
            described = param.type_descriptor
            if described.annotation is Path and described.file_annotation is None and self.parameter_info.parser is None:
                return _coerce_cli_path(Path(value), self.parameter_info, path_type=Path, param=param, ctx=ctx)
            return _build_runtime_param(described).coerce(value, param=param, ctx=ctx)

    def _defer(params) -> None:
        for param in params:
            described = getattr(param, "type_descriptor", None)
            if described is not None and getattr(param, "_runtime_param", False) is None:
                param._runtime_param = _Deferred(described.parameter_info, described.annotation)

    class _Command(typer.core.TyperCommand):
        def parse_args(self, ctx, args):
            _defer(self.get_params(ctx))
            return super().parse_args(ctx, args)

    class _Group(typer.core.TyperGroup):
        def parse_args(self, ctx, args):
            _defer(self.get_params(ctx))
            return super().parse_args(ctx, args)


try:  # typer ≥ 0.29 runs its own copy of click, whose Exit and Abort are typer's
    from typer._click import ClickException as _ClickException

    _CLICK_EXITS: tuple[type[BaseException], ...] = (_ClickException,)
except ImportError:  # pragma: no cover - another typer: click's own
    import click

    _CLICK_EXITS = (click.exceptions.Exit, click.exceptions.Abort, click.ClickException)

#: What typer and click raise to end a command on purpose: passed on as they are.
_EXITS = (typer.Exit, typer.Abort, *_CLICK_EXITS)


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
