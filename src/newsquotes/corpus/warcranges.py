"""Large WARC files cut into byte ranges, so that several workers share one file.

As for JSONL (:mod:`.byteranges`), the cut needs only the file's size: a range ``[start, end)`` holds the
records that start inside it, and each worker finds the first of them itself. A record starts where the
previous one ends: uncompressed, at a ``WARC/1.0`` (or ``1.1``) line after the previous block and its
``\\r\\n\\r\\n``; in a gzip-per-record WARC (``.warc.gz``, the common case), at a gzip member. A worker takes
the first place in its range that looks so only when a chain of whole records follows it for
:data:`CHAIN_BYTES` (each header read by FastWARC, the next record exactly where the Content-Length or the
end of the gzip member puts it) and, uncompressed, when no record header in the :data:`BACK_BYTES` before it
claims a block that covers it. A WARC file quoted inside a page fails those tests: its records lie inside
another record's block, and, gzip-compressed, inside another member, whose deflate blocks of at most 64 KiB
break any chain of the quoted members.

A quoted WARC longer than both windows could still pass them, so the workers' word is checked: a range
tells where its first record started, where the first record after it starts (:class:`Span`), and whether
the reader stopped inside it (the file cut short, a broken header, the end). The ranges of one file agree
when each starts where the one before it ended; :func:`settle` keeps the ranges that agree and has the
others read again from where they must start, so the records, their names and the problems reported are
exactly those of :func:`~newsquotes.corpus.readers.read` on the whole file. Records are named by target
URI and record id, not by position, so nothing needs counting before a range.

A file that cannot be split so (one gzip stream for the whole file, not WARC at the start, unreadable) is
read whole by its first range, and the others give nothing.
"""

from __future__ import annotations

import io
import os
import re
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsquotes.corpus import readers
from newsquotes.corpus.documents import RawRecord

#: Bytes of WARC one task takes: a few hundred compressed pages, enough that a task's fixed cost is small.
RANGE_BYTES = 4 << 20
#: How far past a record start found in a range the chain of whole records must go before it is believed.
CHAIN_BYTES = 128 << 10
#: How far back, before such a start, a record header whose block covers it is looked for.
BACK_BYTES = 1 << 20
_HEADER_BYTES = 64 << 10  # a WARC header longer than this is not looked for
_GZIP_MEMBER = readers.GZIP_MAGIC + b"\x08"  # and deflate, the only method gzip has
_STARTS = (b"WARC/1.0\r\n", b"WARC/1.1\r\n")
_LENGTH = re.compile(rb"\r\ncontent-length:[ \t]*(\d+)[ \t]*\r\n", re.IGNORECASE)


@dataclass
class Span:
    """Where one range's reading went: the offset of its first record (None: none starts in it), the offset
    of the first record after it (None: the reading stopped inside the range), and whether it stopped."""

    first: int | None = None
    after: int | None = None
    stopped: bool = False

    def as_tuple(self) -> tuple:
        return self.first, self.after, self.stopped


def ranges(path: Path, range_bytes: int | None = None) -> list[tuple[int, int | None]]:
    """How one WARC file is shared out, from its size alone: ``[(start, end)]``, or ``[(0, None)]``."""
    range_bytes = range_bytes or RANGE_BYTES
    try:
        size = os.stat(path).st_size
    except OSError:
        return [(0, None)]
    if size <= range_bytes:
        return [(0, None)]
    return [(start, min(start + range_bytes, size)) for start in range(0, size, range_bytes)]


def read_range(path: Path, name: str, fmt: str | None, hints: dict, max_bytes: int, start: int, end: int,
               span: Span, exact: bool = False) -> Iterator[RawRecord]:
    """The records of one range, ``span`` filled in as they are read. ``exact``: a record starts at ``start``
    (the range is read again from where :func:`settle` found it must start)."""
    path = Path(path)
    kind = _shape(path, name, max_bytes)
    if kind is None:  # cannot be split: the first range reads it whole
        if start == 0:
            span.first, span.stopped = 0, True
            yield from readers.read(path, name, fmt=fmt, hints=hints, max_bytes=max_bytes)
        return
    begin = start if start == 0 or exact else _first_start(path, kind, start, end, max_bytes)
    if begin is not None and begin < end:
        yield from readers._read_warc(path, name, dict(hints), max_bytes, start=begin, end=end, span=span)


def settle(cuts: Sequence[tuple[int, int]], parts: list[tuple[Span | None, int, Any]],
           read_again: Callable[[int, int | None], tuple[Span | None, int, Any]]) -> list[Any]:
    """What each range of one file gives, made to agree with the whole file's reader.

    ``parts`` holds, per range, its span, how many records it gave and what it gave; ``read_again(index,
    start)`` reads range ``index`` again from ``start`` exactly (``start`` None: the whole file). Returns what
    each range gives, None for a range that gives nothing. A range whose worker died (span None) is kept as
    it is."""
    if any(span is None for span, _, _ in parts):
        return [given for _, _, given in parts]
    kept: list[Any] = []
    expected, stopped, records = 0, False, 0
    for index, ((_, end), (span, count, given)) in enumerate(zip(cuts, parts)):
        if stopped or expected >= end:  # no record of the whole file's starts in this range
            kept.append(given if span.first is None else None)
            continue
        if span.first != expected:
            span, count, given = read_again(index, expected)
            if span is None:  # its worker died: this range is reported lost, the rest kept as they are
                return [*kept, given, *(later for _, _, later in parts[index + 1 :])]
        kept.append(given)
        records += count
        expected, stopped = span.after if span.after is not None else expected, span.stopped
    if records == 0:  # nothing at all: the whole file's reader says why
        return [read_again(0, None)[2]] + [None] * (len(parts) - 1)
    return kept


def _shape(path: Path, name: str, max_bytes: int) -> str | None:
    """How a WARC file can be split: "gzip" (a member per record) or "plain"; None when its first range must
    read it whole."""
    try:
        if readers.file_problem(path):
            return None
        size = os.stat(path).st_size
        with path.open("rb") as stream:
            head = stream.read(3)
            kind = "gzip" if head == _GZIP_MEMBER else "plain"
            if name.lower().endswith(".gz") and kind != "gzip":
                return None
            after = _next_record(stream, kind, 0, size, max_bytes)
    except OSError:
        return None
    # a whole file in one gzip member, or a record that runs to the end: nothing to share out
    return kind if after is not None and after < size else None


def _first_start(path: Path, kind: str, start: int, end: int, max_bytes: int) -> int | None:
    """The first place in ``[start, end)`` where a record of the whole file starts, as far as can be told."""
    marker = _GZIP_MEMBER if kind == "gzip" else b"\r\nWARC/1."
    skip = 0 if kind == "gzip" else 2
    size = os.stat(path).st_size
    with path.open("rb") as stream:
        stream.seek(max(0, start - skip))
        window = stream.read(end - start + skip + len(marker))
        if start < skip:  # (a range starting at byte 1)
            window = b"\n" + window
        found = window.find(marker)
        while found >= 0 and start + found < end:
            candidate = start + found
            if _chain_holds(stream, kind, candidate, size, max_bytes) and not _covered(stream, kind, candidate):
                return candidate
            found = window.find(marker, found + 1)
    return None


def _chain_holds(stream, kind: str, start: int, size: int, max_bytes: int) -> bool:
    """Whether whole records follow one another from ``start`` for :data:`CHAIN_BYTES` (or to the end)."""
    position = start
    while position < min(size, start + CHAIN_BYTES):
        after = _next_record(stream, kind, position, size, max_bytes, confirm=position == start)
        if after is None:
            return False
        position = after
    return True


def _covered(stream, kind: str, start: int) -> bool:
    """Whether a record header in the :data:`BACK_BYTES` before ``start`` claims a block that covers it
    (uncompressed only: a gzip member is not found from its middle)."""
    if kind != "plain":
        return False
    begin = max(0, start - BACK_BYTES)
    stream.seek(begin)
    window = stream.read(start - begin)
    heads = [found.start() + 1 for found in re.finditer(rb"\nWARC/1\.", window)]
    if begin == 0 and window.startswith(_STARTS):
        heads.insert(0, 0)
    return any((block := _block_end(stream, begin + head, confirm=False)) is not None and block > start
               for head in heads)


def _next_record(stream, kind: str, start: int, size: int, max_bytes: int, confirm: bool = True) -> int | None:
    """Where the record after the one at ``start`` starts (``size`` when it runs to the end of the file), or
    None when no whole record header is at ``start`` or nothing like a record follows it."""
    if kind == "plain":
        after = _block_end(stream, start, confirm)
        if after is None or after >= size:
            return None if after is None else size
        stream.seek(after - 4)
        return after if stream.read(4 + len(_STARTS[0])).removeprefix(b"\r\n\r\n").startswith(_STARTS) else None
    stream.seek(start)
    member, head, unpacked, read = zlib.decompressobj(wbits=31), bytearray(), 0, 0
    try:
        while not member.eof:
            data = member.unconsumed_tail or stream.read(1 << 16)
            if not data:  # cut short at the end of the file: the last record
                return size if _header(bytes(head), confirm) is not None else None
            read += 0 if member.unconsumed_tail else len(data)
            piece = member.decompress(data, 1 << 20)
            unpacked += len(piece)
            if len(head) < _HEADER_BYTES:
                head += piece[: _HEADER_BYTES - len(head)]
            if unpacked > max_bytes + _HEADER_BYTES:
                return None
    except zlib.error:
        return None
    if _header(bytes(head), confirm) is None:
        return None
    after = start + read - len(member.unused_data)
    stream.seek(after)
    rest = stream.read(len(_GZIP_MEMBER))
    if rest == _GZIP_MEMBER:
        return after
    while rest and not rest.strip(b"\x00"):  # padding after the last member
        rest = stream.read(1 << 16)
    return size if not rest else None


def _block_end(stream, start: int, confirm: bool = True) -> int | None:
    """Uncompressed: where the record at ``start`` ends, after its block and ``\\r\\n\\r\\n``, by its header
    (read by FastWARC; without ``confirm``, only its Content-Length is looked up, for headers seen in passing)."""
    stream.seek(start)
    head = stream.read(_HEADER_BYTES)
    ends = head.find(b"\r\n\r\n")
    if ends < 0:
        return None
    length = _header(head, confirm)
    return None if length is None else start + ends + 4 + length + 4


def _header(data: bytes, confirm: bool = True) -> int | None:
    """The Content-Length of the WARC record header ``data`` starts with, or None: read by FastWARC, or, without
    ``confirm`` (a header passed on the way), only looked up."""
    from fastwarc.warc import ArchiveIterator

    if not data.startswith(_STARTS):
        return None
    if not confirm:
        ends = data.find(b"\r\n\r\n")
        found = _LENGTH.search(data, 0, ends + 2) if ends > 0 else None
        return int(found.group(1)) if found else None
    try:
        for record in ArchiveIterator(io.BytesIO(data), parse_http=False, auto_decode="none"):
            headers = record.headers
            if record.stream_pos != 0 or not headers.get("WARC-Record-ID") or headers.get("Content-Length") is None:
                return None
            return record.content_length
    except (OSError, ValueError):
        return None
    return None
