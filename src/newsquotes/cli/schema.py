"""``newsquotes schema …``: the data contract."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsquotes.cli.common import console, group

schema_app = group("The data contract: Article, Annotation and the build manifest.")


@schema_app.command("export", short_help="Write the JSON Schema of every contract record.")
def schema_export(folder: Annotated[Path, typer.Argument(help="Where to write <name>.schema.json files.")] = Path("schemas")) -> None:
    """Write the JSON Schema of every contract record (the files in schemas/ are made this way)."""
    from newsquotes.schema import write_json_schemas

    for path in write_json_schemas(folder):
        console.print(f"wrote {path}")
