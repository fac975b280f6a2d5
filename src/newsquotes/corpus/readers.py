"""Readers: find the input files and yield one :class:`RawRecord` per document inside them.

Plain-text dumps, HTML pages and Markdown pages are one document per file; scraper JSONL has one per
line, CSV one per row (:mod:`.csvrows`); WARC files one per response record. ``.gz`` inputs are
decompressed transparently. A reader never drops anything
silently: an unreadable file or record is still yielded, with ``problem`` set to the reason.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsquotes.corpus.documents import RawRecord
from newsquotes.errors import InputError

FORMATS = ("text", "html", "markdown", "jsonl", "csv", "warc")
SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".warc": "warc",
}
GZIP_MAGIC = b"\x1f\x8b"
# Files that are never inputs, even inside an input folder.
IGNORED_NAMES = {"README.md", "LICENSE", "LICENSE.txt", "LICENSE.md", ".gitignore", ".DS_Store"}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def display_name(name: str) -> str:
    """A file name as the manifest and the corpus record it: bytes that are not UTF-8 written as ``\\xNN``."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def discover(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """Each input file under ``paths`` with its name relative to the input root, in a stable order.

    Symbolic links that lead to no file (a loop, a missing target, a folder: folders are entered only where
    they really are, so a link cannot make the walk go round) and what is not a file (a named pipe, which
    would block a read forever) are listed too, so that :func:`read` gives them a reason instead of leaving
    them out.
    """
    for root in paths:
        root = Path(root)
        if root.is_dir():
            for path in sorted(p for p in root.rglob("*") if p.is_symlink() or not p.is_dir()):
                if path.name in IGNORED_NAMES or any(part.startswith(".") for part in path.relative_to(root).parts):
                    continue
                yield path, display_name(path.relative_to(root).as_posix())
        else:
            yield root, display_name(root.name)


def file_problem(path: Path) -> str | None:
    """Why ``path`` cannot be read as an input file, or None when it can."""
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "unreadable: symbolic link loop"
        if path.is_symlink():
            return "unreadable: broken symbolic link (its target does not exist)"
        return f"unreadable: {(err.strerror or str(err)).lower()}"
    if stat.S_ISDIR(mode):
        return "unreadable: symbolic link to a folder, not followed (give the folder itself as an input)"
    if not stat.S_ISREG(mode):
        return "unreadable: not a regular file (a pipe, socket or device)"
    if not os.access(path, os.R_OK):
        return "unreadable: permission denied"
    return None


def format_by_name(name: str) -> str | None:
    """The reader a file's name calls for, or None when the name says nothing."""
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    if lowered.endswith(".warc") or lowered.endswith(".arc"):
        return "warc"
    return SUFFIX_FORMATS.get(Path(lowered).suffix)


def detect_format(name: str, head: bytes) -> str:
    """The reader for a file, from its name, or from its first bytes when the name says nothing."""
    by_name = format_by_name(name)
    if by_name is not None:
        return by_name
    start = head.lstrip()[:64].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml")):
        return "html"
    return "text"


def is_warc(name: str, fmt: str | None) -> bool:
    """Whether a file is read as WARC by its given format or, without one, by its name alone."""
    return fmt == "warc" or (fmt is None and detect_format(name, b"") == "warc")


def _starts_with(path: Path, signature: bytes) -> bool:
    with path.open("rb") as stream:
        return stream.read(len(signature)) == signature


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    """Every gzip member of ``data`` decompressed, never holding more than ``max_bytes`` (a gzip bomb stops there)."""
    out = bytearray()
    while data:
        member = zlib.decompressobj(wbits=31)
        try:
            out += member.decompress(data, max_bytes + 1 - len(out))
        except zlib.error as err:
            raise InputError(f"not a valid gzip file: {err}") from None
        if len(out) > max_bytes or member.unconsumed_tail:
            raise InputError(f"decompresses to more than {max_bytes:,} bytes, over the size limit of {max_bytes:,}")
        if not member.eof:
            raise InputError("not a valid gzip file: cut short inside a compressed stream")
        data = member.unused_data.lstrip(b"\x00")  # padding after the last member is allowed
    return bytes(out)


def _load(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, gunzipped when gzip-compressed; raises ``InputError`` with the reason."""
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"file is {size:,} bytes, over the size limit of {max_bytes:,}")
    data = path.read_bytes()
    if data[:2] == GZIP_MAGIC:
        data = _gunzip(data, max_bytes)
    return data


#: Readers that make one record of a whole file, whatever it holds (or a record of its problem).
ONE_RECORD_FORMATS = frozenset(("html", "text", "markdown"))


def count(path: Path, name: str, *, fmt: str | None = None, max_bytes: int = 50_000_000) -> int:
    """How many records :func:`read` yields for the file: read only when its format makes that depend on
    what it holds (WARC, JSONL, CSV, or a name that says nothing)."""
    if (fmt or format_by_name(name)) in ONE_RECORD_FORMATS:
        return 1
    return sum(1 for _ in read(path, name, fmt=fmt, max_bytes=max_bytes))


def read(path: Path, name: str, *, fmt: str | None = None, hints: dict | None = None,
         max_bytes: int = 50_000_000) -> Iterator[RawRecord]:
    """Every document in one input file."""
    hints = dict(hints or {})
    try:
        problem = file_problem(path)
        if not problem and name.lower().endswith(".gz") and not _starts_with(path, GZIP_MAGIC):
            problem = "not gzip data: the name ends in .gz but the file does not start as gzip does"
    except OSError as err:
        problem = f"unreadable: {(err.strerror or str(err)).lower()}"
    if problem:
        yield RawRecord(name, None, fmt or detect_format(name, b""), b"", "", hints, problem=problem)
        return
    if is_warc(name, fmt):
        yield from _read_warc(path, name, hints, max_bytes)
        return
    try:
        data = _load(path, max_bytes)
    except (ValueError, OSError) as err:
        yield RawRecord(name, None, fmt or detect_format(name, b""), b"", "", hints, problem=str(err))
        return
    fmt = fmt or detect_format(name, data[:512])
    if fmt == "warc":
        yield from _read_warc(path, name, hints, max_bytes)
    elif fmt == "jsonl":
        yield from _read_jsonl(data, name, hints)
    elif fmt == "csv":
        from newsquotes.corpus.csvrows import read_rows

        yield from read_rows(data, name, hints, max_bytes)
    else:
        yield RawRecord(name, None, fmt, data, sha256(data), hints)


def _read_jsonl(data: bytes, name: str, hints: dict) -> Iterator[RawRecord]:
    lines = 0
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.strip():
            lines += 1
            yield RawRecord(name, f"line {number}", "jsonl", line, sha256(line), hints)
    if not lines:
        yield RawRecord(name, None, "jsonl", b"", "", hints, problem="empty input: no JSON lines")


def _cut_at(path: Path, offset: int) -> int | None:
    """Where the file is cut short inside the WARC record that starts at ``offset`` (its last one), or None.

    WARC readers stop quietly at the end of the file; a record is whole when its gzip member ends cleanly
    with nothing unread after it, or, uncompressed, when its payload is as long as its headers say.
    """
    from fastwarc.warc import ArchiveIterator

    chunk = 1 << 20  # the last record may be large: it is checked a piece at a time
    with path.open("rb") as stream:
        stream.seek(offset)
        if stream.read(2) == GZIP_MAGIC:
            stream.seek(offset)
            member, read = zlib.decompressobj(wbits=31), 0
            try:
                while not member.eof:
                    data = member.unconsumed_tail or stream.read(chunk)
                    if not data:
                        return offset  # the file ends inside the member
                    read += 0 if member.unconsumed_tail else len(data)
                    member.decompress(data, chunk)
            except zlib.error:
                return offset
            end = offset + read - len(member.unused_data)  # where the next member starts
            return end if (member.unused_data + stream.read(chunk)).strip() else None
        stream.seek(offset)
        if not stream.read(5) == b"WARC/":
            return None  # not a WARC record at all: nothing was cut
        stream.seek(offset)
        for record in ArchiveIterator(stream, parse_http=False, auto_decode="none"):
            headers = record.headers
            if not headers.get("WARC-Record-ID") or headers.get("Content-Length") is None:
                return offset
            payload = 0
            while piece := record.reader.read(chunk):
                payload += len(piece)
            return None if payload >= record.content_length else offset
    return offset


def _read_warc(path: Path, name: str, hints: dict, max_bytes: int = 50_000_000, start: int = 0,
               end: int | None = None, span=None) -> Iterator[RawRecord]:
    """Every response record, read with FastWARC (the faster maintained reader: README, "WARC reading").

    A file cut short still gives every record before the cut, then a rejected one saying where it is.

    With ``end``, one byte range of the file (:mod:`.warcranges`): the records from the one that starts at
    ``start`` up to the first that starts at ``end`` or after, read exactly as the whole file reads them;
    ``span`` (a :class:`~.warcranges.Span`) is told where they started and whether the reading stopped.
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    responses, error = 0, None
    last: tuple[int, RawRecord | None] | None = None  # held back until the record after it shows it is whole
    if span is not None:
        span.stopped = True  # unless the range ends at the next record, below
    try:
        with path.open("rb") as stream:
            stream.seek(start)
            for record in ArchiveIterator(stream, parse_http=True, auto_decode="all"):
                if last is not None and last[1] is not None:
                    yield last[1]
                if span is not None and span.first is None:
                    span.first = record.stream_pos
                record_id = record.headers.get("WARC-Record-ID")
                if record_id is None or record.headers.get("Content-Length") is None:  # headers cut short
                    yield RawRecord(name, None, "warc", b"", "", hints,
                                    problem=f"truncated WARC record at byte {record.stream_pos}")
                    return
                if end is not None and record.stream_pos >= end and last is not None:  # the next range starts here
                    if span is not None:
                        span.after, span.stopped = record.stream_pos, False
                    return
                last = (record.stream_pos, None)
                if record.record_type != WarcRecordType.response:
                    continue  # requests, warcinfo and metadata records describe a fetch, they are not documents
                responses += 1
                body = record.reader.read(max_bytes + 1)  # no more: its content encoding may be a gzip bomb
                uri = record.headers.get("WARC-Target-URI")
                meta = dict(hints, url=uri, retrieved_at=record.headers.get("WARC-Date"))
                content_type = record.http_content_type or ""
                status = record.http_headers.status_code if record.http_headers is not None else None
                problem = None
                if record.http_headers is None or not record.http_headers.status_code:
                    problem = (f"not an HTTP response: the record's payload (Content-Type "
                               f"{record.headers.get('Content-Type')}) has no HTTP status line and headers")
                elif not 200 <= status < 300:
                    problem = f"HTTP {status} {record.http_headers.reason_phrase or ''}".rstrip()
                elif content_type and "html" not in content_type.lower():
                    problem = f"not an HTML page (Content-Type {content_type})"
                elif len(body) > max_bytes:
                    body, problem = b"", f"page is more than {max_bytes:,} bytes, over the size limit of {max_bytes:,}"
                # named by the address fetched, and by the record id that tells two fetches of it apart
                where = f"{uri} {record_id}" if uri else record_id
                last = (record.stream_pos, RawRecord(name, where, "warc", body, sha256(body), meta, problem=problem))
    except (OSError, ValueError) as err:
        if last is None:  # the first record is unreadable: cut short, or not WARC at all
            try:
                cut = _cut_at(path, start)
            except (OSError, ValueError):
                cut = None
            problem = f"truncated WARC record at byte {start}" if cut == start else f"unreadable WARC: {err}"
            yield RawRecord(name, None, "warc", b"", "", hints, problem=problem)
            return
        error = err  # the record held back may still be whole: the cut is found below
    offset, held = last or (start, None)
    cut = _cut_at(path, offset)
    if held is not None and cut != offset:
        yield held
    if cut is not None:
        record_id = held.record if held is not None and cut == offset else None
        yield RawRecord(name, record_id, "warc", b"", "", hints, problem=f"truncated WARC record at byte {cut}")
        return
    if error is not None:
        yield RawRecord(name, None, "warc", b"", "", hints, problem=f"unreadable WARC after byte {offset}: {error}")
        return
    if responses == 0 and end is None:  # (a range without responses may be one of many)
        yield RawRecord(name, None, "warc", b"", "", hints, problem="no response records in this WARC file")
