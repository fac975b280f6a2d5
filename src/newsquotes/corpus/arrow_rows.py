"""Rows of plain values into Arrow without pyarrow importing pandas.

Every conversion of Python objects in pyarrow (``pa.array``, ``RecordBatch.from_pylist``, ``from_pydict``,
``pa.scalar``) first asks whether the objects are pandas ones, and to ask it imports pandas: 0.3 s of CPU
that a build writing a few articles pays for nothing. pyarrow's JSON reader parses text in C++ without
asking, and on rows of strings, numbers, lists and structs gives the same arrays.
"""

from __future__ import annotations

import io
import json


def record_batch(rows: list[dict], schema):
    """``pa.RecordBatch.from_pylist(rows, schema=schema)``, the same batch, read by pyarrow's JSON reader.
    Rows the reader cannot take (an empty list, a value JSON cannot spell such as NaN) go through
    ``from_pylist`` as before."""
    import pyarrow as pa
    import pyarrow.json as pajson

    if rows:
        try:
            data = "\n".join(json.dumps(row, allow_nan=False) for row in rows).encode()
            table = pajson.read_json(
                io.BytesIO(data), read_options=pajson.ReadOptions(use_threads=False, block_size=len(data)),
                # keys the schema lacks are left out, as from_pylist leaves them out
                parse_options=pajson.ParseOptions(explicit_schema=schema, unexpected_field_behavior="ignore"))
            # the reader makes every field nullable; the schema's own types are put back as views of the same
            # data (letting from_arrays cast them imports pyarrow.compute: a tenth of a second per build)
            columns = [column.combine_chunks() for column in table.columns]
            return pa.RecordBatch.from_arrays([column if column.type.equals(field.type) else column.view(field.type)
                                               for column, field in zip(columns, schema)], schema=schema)
        except (ValueError, TypeError, pa.ArrowException):
            pass
    return pa.RecordBatch.from_pylist(rows, schema=schema)
