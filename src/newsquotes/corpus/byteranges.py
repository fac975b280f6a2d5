"""Large JSONL files cut into byte ranges, so that several workers share one file.

A range ``[start, end)`` holds the records whose line starts inside it. The cut needs only the file's
size (the Ray driver never opens an input); each worker finds the first line that starts in its range
itself, and numbers the lines as the whole-file reader does, counting the line breaks before the range. So
the records of all the ranges, in range order, are exactly those of :func:`~newsquotes.corpus.readers.read`
on the whole file, named the same, and a build cut into ranges writes the same corpus, byte for byte.

A file that turns out not to be plain JSONL when a worker opens it (gzip-compressed, over the size limit,
unreadable) is read whole by its first range, and the others give nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from newsquotes.corpus import readers
from newsquotes.corpus.documents import RawRecord

#: Bytes of JSONL one task takes; a larger file is shared by several tasks. About 500 to 2,000 articles,
#: enough that a task's fixed cost is small, few enough that every worker has work to the end.
RANGE_BYTES = 4 << 20


def ranges(path: Path, name: str, fmt: str | None, max_bytes: int,
           range_bytes: int | None = None) -> list[tuple[int, int | None]]:
    """How one input file is shared out: ``[(start, end)]``, a single ``(0, None)`` (the whole file) for
    anything but a plain JSONL file, named so, of more than ``range_bytes`` (default :data:`RANGE_BYTES`)."""
    range_bytes = range_bytes or RANGE_BYTES
    lowered = name.lower()
    jsonl = fmt == "jsonl" or (fmt is None and not lowered.endswith(".gz")
                               and readers.detect_format(name, b"") == "jsonl")
    if not jsonl or lowered.endswith(".gz"):
        return [(0, None)]
    try:
        size = os.stat(path).st_size
    except OSError:
        return [(0, None)]
    if size <= range_bytes or size > max_bytes:
        return [(0, None)]
    return [(start, min(start + range_bytes, size)) for start in range(0, size, range_bytes)]


def read_range(path: Path, name: str, fmt: str | None, hints: dict, max_bytes: int, start: int,
               end: int | None) -> Iterator[RawRecord]:
    """The records of one range of a file (``end`` None: the whole file, as :func:`readers.read` gives it)."""
    if end is None:
        yield from readers.read(path, name, fmt=fmt, hints=hints, max_bytes=max_bytes)
        return
    data = _plain_jsonl(path, max_bytes)
    if data is None:  # not what its name said: the first range reads it whole, with the reason
        if start == 0:
            yield from readers.read(path, name, fmt=fmt, hints=hints, max_bytes=max_bytes)
        return
    if not data.strip():
        if start == 0:
            yield from readers.read(path, name, fmt=fmt, hints=hints, max_bytes=max_bytes)  # "empty input"
        return
    hints = dict(hints)
    begin = 0 if start == 0 else data.find(b"\n", start - 1) + 1
    if begin == 0 and start > 0:  # no line break at or after start: no line starts in this range
        return
    number = data.count(b"\n", 0, begin) + 1
    while begin < end:
        stop = data.find(b"\n", begin)
        line = data[begin : stop if stop >= 0 else len(data)]
        if line.strip():
            yield RawRecord(name, f"line {number}", "jsonl", line, readers.sha256(line), hints)
        if stop < 0:
            return
        begin, number = stop + 1, number + 1


def _plain_jsonl(path: Path, max_bytes: int) -> bytes | None:
    """The file's bytes when it can be read as plain JSONL (not compressed, within the limit), else None."""
    try:
        if readers.file_problem(path) or os.stat(path).st_size > max_bytes:
            return None
        data = Path(path).read_bytes()
    except OSError:
        return None
    if data[:2] == readers.GZIP_MAGIC or len(data) > max_bytes:
        return None
    return data
