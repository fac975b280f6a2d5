"""Sources files: a TOML description of a corpus's inputs, with publisher, licence and default metadata.

Layout (paths are relative to the sources file)::

    output = "build"                      # default output folder

    [[sources]]
    name = "Wikinews"                     # publisher or site, becomes Article.source
    inputs = ["raw/wikinews"]             # files or folders
    format = "text"                       # optional: text, html, markdown, jsonl, csv, warc (else from the file name)
    license = "CC BY 2.5"
    attribution = "Wikinews, https://en.wikinews.org"
    header = ["caption", "title"]         # optional: roles of a text dump's first lines
    rules = "site-rules.toml"             # optional: extra boilerplate rules

    [[sources.documents]]                 # optional: metadata of single documents
    path = "raw/wikinews/afghan.txt"
    url = "https://en.wikinews.org/wiki/..."
    published = "2017-07-21"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from newsquotes.corpus.readers import FORMATS
from newsquotes.corpus.textdump import HEADER_ROLES
from newsquotes.errors import ConfigError

DOCUMENT_FIELDS = ("url", "title", "subtitle", "authors", "published", "license", "retrieved_at", "header")


@dataclass(frozen=True)
class Source:
    name: str
    inputs: tuple[Path, ...]
    format: str | None = None
    license: str | None = None
    attribution: str | None = None
    header: tuple[str, ...] | None = None
    rules: Path | None = None
    documents: dict[str, dict] = field(default_factory=dict)  # input name relative to its root -> metadata

    def hints(self, name: str) -> dict:
        """Metadata every document of this source starts from, with the document's own on top."""
        base = {"source": self.name, "license": self.license}
        if self.header:
            base["header"] = list(self.header)
        return {**base, **self.documents.get(name, {})}


@dataclass(frozen=True)
class SourcesFile:
    path: Path
    output: Path
    sources: tuple[Source, ...]


def _fail(path: Path, where: str, message: str) -> ConfigError:
    return ConfigError(f"{path}: {where}: {message}")


def load(path: Path) -> SourcesFile:
    """Parse and check a sources file; every error names the file and the entry."""
    path = Path(path)
    try:
        document = tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read sources file: {err}") from None
    base = path.parent
    sources = []
    for number, table in enumerate(document.get("sources", []), start=1):
        where = f"sources entry {number} ({table.get('name', 'unnamed')})"
        if not table.get("name") or not table.get("inputs"):
            raise _fail(path, where, "needs a name and a list of inputs")
        if table.get("format") not in (None, *FORMATS):
            raise _fail(path, where, f"format must be one of {', '.join(FORMATS)}")
        header = table.get("header")
        if header is not None and any(role not in HEADER_ROLES for role in header):
            raise _fail(path, where, f"header roles must be among {', '.join(HEADER_ROLES)}")
        inputs = tuple(base / p for p in table["inputs"])
        missing = [str(p) for p in inputs if not p.exists()]
        if missing:
            raise _fail(path, where, f"input not found: {', '.join(missing)}")
        documents = {}
        for doc in table.get("documents", []):
            unknown = set(doc) - {"path", *DOCUMENT_FIELDS} - {"gum_document"}
            if "path" not in doc or unknown:
                raise _fail(path, where, f"document {doc.get('path', '?')}: needs a path; unknown fields {sorted(unknown)}")
            documents[_relative_name(base / doc["path"], inputs)] = {k: v for k, v in doc.items() if k in DOCUMENT_FIELDS}
        sources.append(Source(
            name=table["name"], inputs=inputs, format=table.get("format"), license=table.get("license"),
            attribution=table.get("attribution"), header=tuple(header) if header else None,
            rules=base / table["rules"] if table.get("rules") else None, documents=documents,
        ))
    if not sources:
        raise ConfigError(f"{path}: no [[sources]] entries")
    return SourcesFile(path=path, output=base / document.get("output", "build"), sources=tuple(sources))


def _relative_name(document: Path, inputs: tuple[Path, ...]) -> str:
    """The name a reader gives ``document``: relative to the input folder holding it, or its file name."""
    for root in inputs:
        if root.is_dir() and document.resolve().is_relative_to(root.resolve()):
            return document.resolve().relative_to(root.resolve()).as_posix()
    return document.name
