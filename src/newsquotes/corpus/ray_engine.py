"""The build on Ray: the per-document steps and near-duplicate candidate search as Ray Data transforms.

What runs where:

* **Per-document steps** (extract, clean, segment, language id, de-duplication signature) run as a
  ``map_batches`` transform over Arrow blocks of raw records, on every worker of the cluster. A worker that
  dies mid-block is replaced and its block re-run by Ray (Ray Data retries a task lost to a dead worker
  without limit); outcomes are keyed by record, so a re-run block
  neither loses nor duplicates a document.
* **Near-duplicate candidates**: each signature is cut into the LSH bands datasketch would use, the band
  keys are grouped across the cluster (``groupby().map_groups``), and each group yields its pairs of articles.
* **Cluster resolution** walks the articles in input order on the driver, over those candidate pairs only,
  with the same rule as the local engine (first in input order kept, containment confirmed), so both engines
  give the same manifest and the same Parquet files. Reading inputs and writing the shards also happen on the
  driver, as in the local engine: that is what keeps the output byte-identical.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import pyarrow as pa

from newsquotes.corpus.dedup import DedupParams, Signature, lsh_bands
from newsquotes.corpus.documents import RawRecord
from newsquotes.corpus.extract import ExtractOptions
from newsquotes.corpus.pipeline import Outcome, limited, process

#: Records sent to the cluster at a time; bounds the driver's memory, like the local engine's window.
CHUNK_RECORDS = 2048
#: Records per Arrow block, the unit a worker processes (and re-processes after a failure).
BLOCK_RECORDS = 16
#: Signatures per shuffle partition when grouping band keys (Ray's default of 200 is for far bigger data).
SIGNATURES_PER_PARTITION = 20_000

_OUTCOME = pa.schema([("key", pa.string()), ("article_json", pa.string()), ("fingerprint", pa.string()),
                      ("hashvalues", pa.binary()), ("shingles", pa.int64()), ("rejected", pa.string()),
                      ("timed_out", pa.bool_())])


@dataclass(frozen=True)
class RayOptions:
    address: str | None = None  # None starts a local Ray on this machine
    workers: int = 0  # CPUs of a local Ray; 0 means all


@contextmanager
def connected(options: RayOptions):
    """A connection to the cluster at ``options.address``, or a local Ray started (and stopped) here."""
    import ray

    if ray.is_initialized():
        yield ray
        return
    if options.address:
        ray.init(address=options.address, log_to_driver=False)
    else:
        ray.init(num_cpus=options.workers or os.cpu_count(), include_dashboard=False, log_to_driver=False)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    try:
        yield ray
    finally:
        ray.shutdown()


def _process_block(block: pa.Table, options: Sequence[ExtractOptions], params: DedupParams, timeout: float) -> pa.Table:
    out: dict[str, list] = {name: [] for name in _OUTCOME.names}
    for row in block.to_pylist():
        raw = RawRecord(row["input"], row["record"], row["reader"], row["body"], row["raw_sha256"],
                        json.loads(row["hints"]), row["problem"])
        outcome, timed_out = limited(timeout, lambda: process(raw, options[row["options"]], params))
        sig = outcome.signature
        for name, value in (("key", row["key"]), ("article_json", outcome.article_json),
                            ("fingerprint", sig.fingerprint if sig else None),
                            ("hashvalues", sig.hashvalues if sig else None), ("shingles", sig.shingles if sig else None),
                            ("rejected", outcome.rejected), ("timed_out", timed_out)):
            out[name].append(value)
    return pa.table(out, schema=_OUTCOME)


def _raw_row(key: str, raw: RawRecord, options_index: int) -> dict:
    return {"key": key, "input": raw.input, "record": raw.record, "reader": raw.reader, "body": raw.body,
            "raw_sha256": raw.raw_sha256, "hints": json.dumps(raw.hints, default=str), "problem": raw.problem,
            "options": options_index}


def process_records(ray, records: Sequence[tuple[str, RawRecord, ExtractOptions]], params: DedupParams,
                    timeout: float) -> Iterator[tuple[str, Outcome, bool]]:
    """``(key, outcome, timed_out)`` for each record, processed across the cluster."""
    options: list[ExtractOptions] = []
    rows = []
    for key, raw, extract_options in records:
        if extract_options not in options:
            options.append(extract_options)
        rows.append(_raw_row(key, raw, options.index(extract_options)))
    blocks = [pa.Table.from_pylist(rows[i : i + BLOCK_RECORDS]) for i in range(0, len(rows), BLOCK_RECORDS)]
    dataset = ray.data.from_arrow(blocks).map_batches(
        _process_block, batch_size=None, batch_format="pyarrow", fn_args=(options, params, timeout))
    for batch in dataset.iter_batches(batch_format="pyarrow", batch_size=None):
        for row in batch.to_pylist():
            signature = (Signature(row["fingerprint"], row["hashvalues"], row["shingles"])
                         if row["fingerprint"] is not None else None)
            yield row["key"], Outcome(row["article_json"], signature, row["rejected"]), row["timed_out"]


def _band_rows(batch: pa.Table, bands: Sequence[tuple[int, int]]) -> pa.Table:
    keys, orders = [], []
    for order, values in zip(batch.column("order").to_pylist(), batch.column("hashvalues").to_pylist()):
        for number, (start, end) in enumerate(bands):
            keys.append(f"{number}:{values[start * 4 : end * 4].hex()}")
            orders.append(order)
    return pa.table({"band": keys, "order": pa.array(orders, pa.int64())})


def _pairs(group: pa.Table) -> pa.Table:
    orders = sorted(set(group.column("order").to_pylist()))
    later = [b for i, b in enumerate(orders) for _ in orders[:i]]
    earlier = [a for i, _ in enumerate(orders) for a in orders[:i]]
    return pa.table({"later": pa.array(later, pa.int64()), "earlier": pa.array(earlier, pa.int64())})


def candidate_pairs(ray, signatures: Sequence[tuple[str, Signature]], params: DedupParams) -> dict[int, set[int]]:
    """For each article (by input position), the earlier articles sharing at least one LSH band with it."""
    if len(signatures) < 2:
        return {}
    rows = [{"order": i, "hashvalues": sig.hashvalues} for i, (_, sig) in enumerate(signatures)]
    blocks = [pa.Table.from_pylist(rows[i : i + 1024]) for i in range(0, len(rows), 1024)]
    banded = ray.data.from_arrow(blocks).map_batches(
        _band_rows, batch_size=None, batch_format="pyarrow", fn_args=(lsh_bands(params),))
    partitions = max(2, len(rows) // SIGNATURES_PER_PARTITION)
    pairs = banded.groupby("band", num_partitions=partitions).map_groups(_pairs, batch_format="pyarrow")
    found: dict[int, set[int]] = {}
    for batch in pairs.iter_batches(batch_format="pyarrow", batch_size=None):
        for later, earlier in zip(batch.column("later").to_pylist(), batch.column("earlier").to_pylist()):
            found.setdefault(later, set()).add(earlier)
    return found
