"""What every command group shares: the consoles and the one way to fail."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.markup import escape

console = Console()
errors = Console(stderr=True)


def fail(message: str) -> typer.Exit:
    """Print ``message`` as an error and return the exit to raise (code 2), so callers write ``raise fail(...)``.

    The message is printed as it is: text quoted from an article ("[the] robotics section") is not markup.
    """
    errors.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(code=2)
