"""Readers: find the input files and yield one :class:`RawRecord` per document inside them.

Plain-text dumps and HTML pages are one document per file; scraper JSONL has one per line; WARC files
one per response record. ``.gz`` inputs are decompressed transparently. A reader never drops anything
silently: an unreadable file or record is still yielded, with ``problem`` set to the reason.
"""

from __future__ import annotations

import gzip
import hashlib
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsquotes.corpus.documents import RawRecord

FORMATS = ("text", "html", "jsonl", "warc")
SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
}
# Files that are never inputs, even inside an input folder.
IGNORED_NAMES = {"README.md", "LICENSE", "LICENSE.txt", ".gitignore", ".DS_Store"}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def discover(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """Each input file under ``paths`` with its name relative to the input root, in a stable order."""
    for root in paths:
        root = Path(root)
        if root.is_dir():
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                if path.name in IGNORED_NAMES or any(part.startswith(".") for part in path.relative_to(root).parts):
                    continue
                yield path, path.relative_to(root).as_posix()
        else:
            yield root, root.name


def detect_format(name: str, head: bytes) -> str:
    """The reader for a file, from its name, or from its first bytes when the name says nothing."""
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    if lowered.endswith(".warc") or lowered.endswith(".arc"):
        return "warc"
    suffix = Path(lowered).suffix
    if suffix in SUFFIX_FORMATS:
        return SUFFIX_FORMATS[suffix]
    start = head.lstrip()[:64].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml")):
        return "html"
    return "text"


def _load(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, gunzipped when gzip-compressed; raises ``ValueError`` with the reason."""
    size = path.stat().st_size
    if size > max_bytes:
        raise ValueError(f"file is {size:,} bytes, over the size limit of {max_bytes:,}")
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as err:
            raise ValueError(f"not a valid gzip file: {err}") from None
        if len(data) > max_bytes:
            raise ValueError(f"decompressed size {len(data):,} bytes is over the size limit of {max_bytes:,}")
    return data


def read(path: Path, name: str, *, fmt: str | None = None, hints: dict | None = None,
         max_bytes: int = 50_000_000) -> Iterator[RawRecord]:
    """Every document in one input file."""
    hints = dict(hints or {})
    if fmt == "warc" or (fmt is None and detect_format(name, b"") == "warc"):
        yield from _read_warc(path, name, hints)
        return
    try:
        data = _load(path, max_bytes)
    except (ValueError, OSError) as err:
        yield RawRecord(name, None, fmt or detect_format(name, b""), b"", "", hints, problem=str(err))
        return
    fmt = fmt or detect_format(name, data[:512])
    if fmt == "warc":
        yield from _read_warc(path, name, hints)
    elif fmt == "jsonl":
        yield from _read_jsonl(data, name, hints)
    else:
        yield RawRecord(name, None, fmt, data, sha256(data), hints)


def _read_jsonl(data: bytes, name: str, hints: dict) -> Iterator[RawRecord]:
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.strip():
            yield RawRecord(name, f"line {number}", "jsonl", line, sha256(line), hints)


def _read_warc(path: Path, name: str, hints: dict) -> Iterator[RawRecord]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    responses = 0
    try:
        with path.open("rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                if record.rec_type != "response":
                    continue  # requests, warcinfo and metadata records describe a fetch, they are not documents
                responses += 1
                headers = record.rec_headers
                record_id = headers.get_header("WARC-Record-ID") or f"record {number}"
                body = record.content_stream().read()
                meta = dict(hints, url=headers.get_header("WARC-Target-URI"),
                            retrieved_at=headers.get_header("WARC-Date"))
                content_type = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
                problem = None
                if content_type and "html" not in content_type.lower():
                    problem = f"not an HTML page (Content-Type {content_type})"
                yield RawRecord(name, record_id, "warc", body, sha256(body), meta, problem=problem)
    except (ArchiveLoadFailed, OSError, ValueError, EOFError, zlib.error) as err:
        yield RawRecord(name, None, "warc", b"", "", hints, problem=f"unreadable WARC: {err}")
        return
    if responses == 0:
        yield RawRecord(name, None, "warc", b"", "", hints, problem="no response records in this WARC file")
