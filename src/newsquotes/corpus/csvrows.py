"""CSV files: one document per row, its columns mapped to article fields exactly as JSONL keys are.

The first row is the header and names the columns; cells are separated by commas, or by the semicolons,
tabs or bars that cut a header without commas. Rows are numbered from 1 below the header ("row 17"
is the 17th row after it, blank rows counted), and every row is accounted for: a row whose cells do not
match the header, or whose text is missing, is rejected with its number. A row is handed on as the JSON
object of its cells, so :func:`~newsquotes.corpus.extract.extract_jsonl` maps it (``--field NAME=COLUMN``
overrides the defaults in :data:`~newsquotes.corpus.extract.JSONL_FIELDS`).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterator

from newsquotes.corpus.documents import Draft, RawRecord, Rejected
from newsquotes.corpus.extract import JSONL_FIELDS, ExtractOptions, decode, extract_jsonl


def _record(name: str, number: int | None, hints: dict, body: bytes = b"", problem: str | None = None) -> RawRecord:
    digest = hashlib.sha256(body).hexdigest() if body else ""
    return RawRecord(name, None if number is None else f"row {number}", "csv", body, digest, hints, problem=problem)


def _header_problem(header: list[str]) -> str | None:
    names = [cell.strip() for cell in header]
    for position, column in enumerate(names, start=1):
        if not column:
            return f"the header (first row) names no column {position}: a CSV file needs a header naming every column"
        if names.index(column) < position - 1:
            return f"the header (first row) names column {column!r} twice"
    return None


def _delimiter(text: str) -> str:
    """A comma, unless the header has none and is cut by a semicolon, tab or bar (spreadsheet exports)."""
    header = text.split("\n", 1)[0]
    if "," in header:
        return ","
    return next((mark for mark in ";\t|" if mark in header), ",")


def read_rows(data: bytes, name: str, hints: dict, max_bytes: int) -> Iterator[RawRecord]:
    """One record per row of a CSV file, or one rejected record when the file itself is unusable."""
    try:
        text = decode(data)
    except Rejected as err:
        yield _record(name, None, hints, problem=str(err))
        return
    # Article texts are long: a field may be as large as the file itself may be.
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes))
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    try:
        header = next(rows, None)
    except csv.Error as err:
        yield _record(name, None, hints, problem=f"the header (first row) is not valid CSV: {err}")
        return
    problem = "no header row: the file is empty" if not header else _header_problem(header)
    if problem:
        yield _record(name, None, hints, problem=problem)
        return
    columns = [cell.strip() for cell in header]
    number = records = 0
    while True:
        number += 1
        start = rows.line_num + 1
        try:
            cells = next(rows, None)
        except csv.Error as err:
            # The reader cannot tell where the rows after a malformed one start: the rest is not guessed at.
            problem = (f"not valid CSV: {err} (the row starts on line {start}, the error is on line {rows.line_num}); "
                       "the rows after it are not read")
            yield _record(name, number, hints, problem=problem)
            return
        if cells is None:
            break
        if not cells:
            continue  # a blank line holds no row
        if len(cells) != len(columns):
            records += 1
            problem = f"{len(cells)} cells, but the header names {len(columns)} columns"
            yield _record(name, number, hints, problem=problem)
            continue
        records += 1
        body = json.dumps(dict(zip(columns, cells)), ensure_ascii=False).encode()
        yield _record(name, number, hints, body)
    if records == 0:
        yield _record(name, None, hints, problem="no rows below the header")


def extract_csv(raw: RawRecord, options: ExtractOptions) -> Draft:
    """The draft of one row; a header without any text column is named as the fault, not each row's cells."""
    columns = json.loads(raw.body)
    wanted = [key for name in ("text", "html")
              for key in ((options.field_map[name],) if name in options.field_map else JSONL_FIELDS[name])]
    if not any(column in columns for column in wanted):
        raise Rejected(f"no text column: the header names {', '.join(columns)}, none of {'/'.join(wanted)} "
                       "(map one with --field text=COLUMN)")
    return extract_jsonl(raw, options)
