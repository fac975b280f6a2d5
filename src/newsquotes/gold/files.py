"""The gold's TOML source files, read with an error that names the file and what is wrong with it."""

from __future__ import annotations

import tomllib
from pathlib import Path

from newsquotes.errors import GoldError


def read_toml(path: Path) -> dict:
    """The document in ``path``; a file that is not UTF-8 TOML is a :class:`GoldError` naming it."""
    path = Path(path)
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise GoldError(f"{path}: not a TOML gold file: {err}") from None
