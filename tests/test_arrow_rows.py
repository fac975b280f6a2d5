"""Article rows into Arrow through pyarrow's JSON reader: the batch ``from_pylist`` gives, without pandas."""

from __future__ import annotations

import io
import math

import pyarrow as pa
import pyarrow.parquet as pq

from newsquotes.corpus.arrow_rows import record_batch
from newsquotes.schema import ARTICLE_SCHEMA


def _row(number: int, **changes) -> dict:
    text = f"Article {number}: «Ça va», she said — 😀 \\ \"quoted\" \u2028 tab\there \x00 end; 中文 עברית"
    row = {"id": f"nq-{number:016x}", "url": f"https://example.org/{number}", "source": "Example", "title": "Title",
           "subtitle": None, "caption": None, "authors": ["Anna Novak", "Ü. Ölçer"], "published": "2020-03-12",
           "language": "en", "language_score": [0.1, 1.0, 0.99995, 1e-07, 0.3333333333333333][number % 5],
           "text": text, "paragraphs": [{"start": 0, "end": len(text)}], "sentences": [{"start": 0, "end": 9},
                                                                                        {"start": 10, "end": 2**40}],
           "license": None, "provenance": {"input": "pages/a.html", "record": None, "reader": "html",
                                           "raw_sha256": "0" * 64, "retrieved_at": None},
           "text_sha256": "f" * 64, "cluster_id": f"nq-{number:016x}", "pipeline_version": "newsquotes-1.0"}
    row.update(changes)
    return row


def _parquet(batch: pa.RecordBatch) -> bytes:
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_batches([batch]), buffer, compression="zstd", write_statistics=True)
    return buffer.getvalue()


def test_the_batch_is_the_one_from_pylist_gives_byte_for_byte():
    rows = [_row(n) for n in range(7)]
    rows += [_row(7, authors=[], paragraphs=[], sentences=[], language=None, language_score=None),
             _row(8, unknown_key="left out"), {k: v for k, v in _row(9).items() if k != "caption"}]
    ours, theirs = record_batch(rows, ARTICLE_SCHEMA), pa.RecordBatch.from_pylist(rows, schema=ARTICLE_SCHEMA)
    assert ours.schema.equals(ARTICLE_SCHEMA, check_metadata=True)
    assert ours.equals(theirs)
    assert _parquet(ours) == _parquet(theirs)


def test_what_json_cannot_spell_and_no_rows_go_through_from_pylist():
    rows = [_row(0, language_score=math.nan)]
    assert math.isnan(record_batch(rows, ARTICLE_SCHEMA).column("language_score")[0].as_py())
    assert record_batch([], ARTICLE_SCHEMA).num_rows == 0


def test_the_batch_is_made_without_importing_pyarrow_compute():
    import json
    import subprocess
    import sys

    code = ("import json, sys; from newsquotes.corpus.arrow_rows import record_batch; "
            "from newsquotes.schema import ARTICLE_SCHEMA; "
            f"record_batch([json.loads({json.dumps(json.dumps(_row(1)))})], ARTICLE_SCHEMA); "
            "print('pyarrow.compute' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.split() == ["False"]
