"""The build on Ray: workers read the inputs, process them and write the shards; the driver sees small records.

What runs where:

* **Per-document steps.** The driver lists the input files (paths only) and hands them out, a few at a
  time, as Ray tasks (plain tasks: Ray Data's executor cost the driver more CPU time per document than
  everything else together); a large JSONL or WARC file is cut into byte ranges by its size alone
  (:mod:`~newsquotes.corpus.byteranges`, :mod:`~newsquotes.corpus.warcranges`), a task each, so that several
  workers share it; the ranges of a WARC file that do not start where the one before ended are read again
  from there (:func:`~newsquotes.corpus.warcranges.settle`). A worker reads
  each file (or range) itself, processes its documents
  (extract, clean, segment, language id, de-duplication signature, each under the time limit) and writes
  the file's outcomes, articles included, as one Parquet file in the cache folder, named by the cache keys
  of its records: a later build whose file has the same records reuses it without processing anything.
  The driver gets back, per record, only its key, where it was found, its article id, its signature and
  why it was rejected, if it was: a list per column and block, put in input order by block number. A task
  whose worker dies is run again by Ray; outcomes are keyed by record, so nothing is lost or counted
  twice. A file (or range) on which the worker dies every time is rejected as a whole, with the reason.
* **Near-duplicate candidates**: each signature is cut into the LSH bands datasketch would use, the band
  keys are grouped across the cluster (a shuffle in plain tasks: slices of signatures cut into partitions by
  key, a task per partition), and each group yields its pairs of articles.
* **Cluster resolution** walks the articles in input order on the driver, over those candidate pairs only,
  with the same rule as the local engine (first in input order kept, containment confirmed).
* **Shards**: the kept articles, in input order, are cut into shards of ``rows_per_shard`` as the local
  engine cuts them, and each shard is written by a Ray task that reads its articles from the workers'
  files; shards are numbered by position, so the corpus is the local engine's, byte for byte.

Inputs, the cache folder and the output folder must be paths every node sees (one machine, or a shared
file system).
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from newsquotes import defaults
from newsquotes.corpus import byteranges, readers, storage, warcranges
from newsquotes.corpus.dedup import DedupParams, Signature, deduplicate
from newsquotes.corpus.ray_dedup import candidate_pairs
from newsquotes.corpus.extract import ExtractOptions
from newsquotes.corpus.pipeline import limited, process
from newsquotes.corpus.work import BuildOptions, Pending, Processed, Seen, Summary, Unit, record_key


#: Input files per task, the unit a worker processes (and re-processes after a failure): at least
#: ``MIN_BLOCK_UNITS``, more when there are many files, so that there are about ``BLOCKS_PER_CPU`` tasks per
#: CPU of the cluster (each task costs the driver a few milliseconds, whatever it holds), yet never more
#: than ``MAX_BLOCK_UNITS``. A byte range of a large file (:mod:`~newsquotes.corpus.byteranges`) is a task
#: of its own.
MIN_BLOCK_UNITS, MAX_BLOCK_UNITS, BLOCKS_PER_CPU = 8, 256, 8
#: Times a task is run again after its worker died, for a block and then for each of its files alone.
RETRIES = 3
#: Where, under the cache folder, the workers keep the outcomes of each input file.
UNITS_DIR = "ray-units"

_SMALL = [("key", pa.string()), ("input", pa.string()), ("record", pa.string()), ("raw_sha256", pa.string()),
          ("article_id", pa.string()), ("fingerprint", pa.string()), ("hashvalues", pa.binary()),
          ("shingles", pa.int64()), ("rejected", pa.string()), ("timed_out", pa.bool_()), ("warning", pa.string())]
#: The outcomes of one input file, as a worker writes them.
_UNIT = pa.schema([*_SMALL, ("article_json", pa.large_string())])


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
        # "local" starts a Ray of our own even when another one runs on this machine
        ray.init(address="local", num_cpus=options.workers or os.cpu_count(), include_dashboard=False,
                 log_to_driver=False)
    try:
        yield ray
    finally:
        ray.shutdown()


@dataclass(frozen=True)
class _Settings:
    """What every worker needs besides the files themselves."""

    options: tuple[ExtractOptions, ...]
    params: DedupParams
    timeout: float
    max_bytes: int
    units_dir: str
    run: str  # this build's id, to tell outcomes written by this build from those of an earlier one


def _unit_outcomes(row: dict, settings: _Settings) -> tuple[pa.Table, Path, tuple | None]:
    """The outcomes of one input file (or one byte range of it), reused from its file when an earlier build
    left a complete one; and, for a range of a WARC file, where its reading went (``warcranges.Span``)."""
    options = settings.options[row["options"]]
    span = warcranges.Span() if row["end"] is not None and row["warc"] else None
    if span is None:
        raws = byteranges.read_range(Path(row["path"]), row["name"], row["format"], json.loads(row["hints"]),
                                     settings.max_bytes, row["start"], row["end"])
    else:
        raws = warcranges.read_range(Path(row["path"]), row["name"], row["format"], json.loads(row["hints"]),
                                     settings.max_bytes, row["start"], row["end"], span, row.get("exact", False))
    pending = [Pending(raw, record_key(row["fingerprint"], raw), options) for raw in raws]
    span = span and span.as_tuple()
    unit_key = hashlib.sha256("\n".join([row["fingerprint"], *(item.key for item in pending)]).encode()).hexdigest()
    path = Path(settings.units_dir) / f"{unit_key}.parquet"
    if path.exists():
        table = pq.read_table(path, columns=[name for name, _ in _SMALL])
        if not any(table.column("timed_out").to_pylist()):  # a time-out may pass on another try
            return table, path, span
    columns: dict[str, list] = {name: [] for name in _UNIT.names}
    for item in pending:
        outcome, expired = limited(settings.timeout, partial(process, item.raw, item.options, settings.params))
        sig = outcome.signature
        values = (item.key, item.raw.input, item.raw.record, item.raw.raw_sha256 or None, outcome.article_id,
                  sig.fingerprint if sig else None, sig.hashvalues if sig else None, sig.shingles if sig else None,
                  outcome.rejected, expired, outcome.warning, outcome.article_json)
        for name, value in zip(_UNIT.names, values):
            columns[name].append(value)
    table = pa.table(columns, schema=_UNIT.with_metadata({"run": settings.run}))
    path.parent.mkdir(parents=True, exist_ok=True)
    partial_path = path.with_name(f"{path.stem}.{uuid.uuid4().hex}.partial")
    pq.write_table(table, partial_path, compression="zstd")
    os.replace(partial_path, path)  # atomic: a reader sees the whole file or none
    return table.drop_columns(["article_json"]), path, span


def _process_block(block: list[dict], settings: _Settings) -> tuple:
    """Runs as a Ray task: the outcomes of a few input files, as the small columns the driver gets back, the
    whole block at once: ``(files of outcomes, records of each, each from the cache or not, spans of WARC
    ranges, *columns)``, each a plain list (one list per column and block costs the driver far less to
    unpickle than one per file, a tuple per record or an Arrow table)."""
    files, counts, cached, spans = [], [], [], []
    columns: list[list] = [[] for _ in _SMALL]
    for row in block:
        table, path, span = _unit_outcomes(row, settings)
        spans.append(span)
        files.append(str(path))
        counts.append(table.num_rows)
        cached.append((table.schema.metadata or {}).get(b"run", b"").decode() != settings.run)
        for column, (name, _) in zip(columns, _SMALL):
            column += table.column(name).to_pylist()
    return (files, counts, cached, spans, *columns)


def _lost(row: dict, run: str, err: BaseException) -> tuple:
    """The one record a file (or part of one) gives when every worker that read it died: rejected, with the
    reason (shaped as :func:`_process_block` returns a block)."""
    where = "this file" if row["end"] is None else f"bytes {row['start']:,} to {row['end']:,} of this file"
    values = dict.fromkeys(name for name, _ in _SMALL)
    values.update(key=f"lost:{run}:{row['unit']}:{row['start']}", input=row["name"], timed_out=False,
                  rejected=f"processing failed: the worker died on {where} {RETRIES + 1} times ({type(err).__name__})")
    return ([None], [1], [False], [None], *([values[name]] for name, _ in _SMALL))


def _write_shard(folder: str, name: str, locations: list[tuple[str, int]]) -> dict:
    """Runs as a Ray task: one shard of the corpus, its articles read from the workers' files; returns its
    totals (:class:`~newsquotes.corpus.storage.Totals`)."""
    files = dict.fromkeys(file for file, _ in locations)
    texts = {file: pq.read_table(file, columns=["article_json"]).column(0) for file in files}
    return storage.write_shard(Path(folder), name,
                               (json.loads(texts[file][row].as_py()) for file, row in locations))


def _blocks(rows: list[dict], cpus: int) -> list[list[dict]]:
    """Whole files a block at a time, each byte range of a large file alone, in input order."""
    size = min(MAX_BLOCK_UNITS, max(MIN_BLOCK_UNITS, len(rows) // (BLOCKS_PER_CPU * max(1, cpus))))
    blocks: list[list[dict]] = []
    for row in rows:
        if row["end"] is not None or not blocks or len(blocks[-1]) >= size or blocks[-1][-1]["end"] is not None:
            blocks.append([])
        blocks[-1].append(row)
    return blocks


class RayEngine:
    """The build's engine on a Ray cluster (see the module's description)."""

    def __init__(self, options: BuildOptions, progress: Callable[[int], None]):
        self.options, self.progress = options, progress
        self._done = Processed()
        self._located: dict[str, tuple[str, int]] = {}  # record key -> (outcome file, row)
        directory = options.cache_dir or defaults.cache_dir()
        self._units_dir = Path(directory).resolve() / UNITS_DIR

    def __enter__(self) -> RayEngine:
        self._connection = connected(RayOptions(self.options.ray_address, self.options.workers))
        self.ray = self._connection.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self._connection.__exit__(*exc)

    def run(self, units: Iterable[Unit]) -> Processed:
        options: list[ExtractOptions] = []
        known: dict[int, tuple[ExtractOptions, int]] = {}  # the files of one input share one options object
        rows = []
        for number, unit in enumerate(units):
            same = known.get(id(unit.options))
            if same is None or same[0] is not unit.options:
                if unit.options not in options:  # equal settings of two inputs are sent once
                    options.append(unit.options)
                same = known[id(unit.options)] = (unit.options, options.index(unit.options))
            warc = readers.is_warc(unit.name, unit.format)
            row = {"unit": number, "path": os.path.abspath(unit.path), "name": unit.name, "format": unit.format,
                   "hints": json.dumps(unit.hints, default=str), "options": same[1], "fingerprint": unit.fingerprint,
                   "warc": warc}
            # a large file is cut into byte ranges, so that several workers share it (the size is all it takes)
            cuts = (warcranges.ranges(unit.path) if warc
                    else byteranges.ranges(unit.path, unit.name, unit.format, self.options.max_bytes))
            rows += [{**row, "start": start, "end": end} for start, end in cuts]
        if not rows:
            return self._done
        settings = _Settings(tuple(options), self.options.dedup, self.options.timeout, self.options.max_bytes,
                             str(self._units_dir), uuid.uuid4().hex)
        blocks = _blocks(rows, self._cpus())
        back: list[list[tuple]] = [[] for _ in blocks]
        settings = self.ray.put(settings)
        for number, parts in self._outcomes(blocks, settings):
            back[number] = parts
            self.progress(sum(sum(part[1]) for part in parts))
        self._settle_warc_ranges(blocks, back, settings)
        for parts in back:  # in input order: block after block, file after file, record after record
            for part in parts:
                self._take(*part)
        return self._done

    def _outcomes(self, blocks: list[list[dict]], settings) -> Iterator[tuple[int, list[tuple]]]:
        """What each block gives (one part, or one per file when its worker died), by block number, as blocks
        finish; a few blocks per CPU of the cluster in flight at a time."""
        task = self.ray.remote(max_retries=RETRIES)(_process_block)
        window = 2 * self._cpus()
        waiting, running = list(reversed(range(len(blocks)))), {}
        while waiting or running:
            while waiting and len(running) < window:
                number = waiting.pop()
                running[task.remote(blocks[number], settings)] = number
            done, _ = self.ray.wait(list(running), num_returns=1)
            number = running.pop(done[0])
            try:
                yield number, [self.ray.get(done[0])]
            except self.ray.exceptions.RayTaskError:  # an error in our code, not a lost worker: stop the build
                raise
            except self.ray.exceptions.RayError:  # its worker died on every try: each file alone
                yield number, [self._alone(task, row, settings) for row in blocks[number]]

    def _alone(self, task, row: dict, settings) -> tuple:
        """What one file (or range) gives, read by a task of its own; rejected as lost if its worker dies."""
        try:
            return self.ray.get(task.remote([row], settings))
        except self.ray.exceptions.RayTaskError:
            raise
        except self.ray.exceptions.RayError as err:
            return _lost(row, self.ray.get(settings).run, err)

    def _settle_warc_ranges(self, blocks: list[list[dict]], back: list[list[tuple]], settings) -> None:
        """The ranges of each WARC file made to agree with the whole file's reader (``warcranges.settle``): a
        range that did not start where the one before it ended is read again from there."""
        task = self.ray.remote(max_retries=RETRIES)(_process_block)
        files: dict[int, list[int]] = {}
        for number, block in enumerate(blocks):
            if block[0]["end"] is not None and block[0]["warc"]:
                files.setdefault(block[0]["unit"], []).append(number)
        for numbers in files.values():
            rows = [blocks[number][0] for number in numbers]

            def given(parts: list[tuple]) -> tuple:
                span = parts[0][3][0]
                return span and warcranges.Span(*span), sum(sum(part[1]) for part in parts), parts

            def read_again(index: int, start: int | None, rows=rows) -> tuple:
                again = ({**rows[index], "start": start, "exact": True} if start is not None
                         else {**rows[index], "end": None})
                return given([self._alone(task, again, settings)])

            kept = warcranges.settle([(row["start"], row["end"]) for row in rows],
                                     [given(back[number]) for number in numbers], read_again)
            for number, parts in zip(numbers, kept):
                back[number] = parts or []

    def _cpus(self) -> int:
        return max(1, int(self.ray.cluster_resources().get("CPU", 1)))

    def _take(self, files: list, counts: list, cached: list, spans: list, keys: list, inputs: list, records: list,
              shas: list, article_ids: list, fingerprints: list, hashvalues: list, shingles: list, rejected: list,
              timed_out: list, warnings: list) -> None:
        """The records of one block (the columns of ``_SMALL``, file after file), in order."""
        summaries, seen, tally, located = self._done.summaries, self._done.seen, self._done.tally, self._located
        where = [(file, row) for file, count in zip(files, counts) for row in range(count)]
        from_cache = [flag for flag, count in zip(cached, counts) for _ in range(count)]
        for position, key in enumerate(keys):
            if key not in summaries:  # the same record listed twice: one outcome serves both
                fingerprint = fingerprints[position]
                signature = (Signature(fingerprint, hashvalues[position], shingles[position])
                             if fingerprint is not None else None)
                summaries[key] = Summary(article_ids[position], signature, rejected[position], warnings[position])
                located[key] = where[position]
                if from_cache[position]:
                    tally.cached += 1
                else:
                    tally.processed += 1
                    tally.timed_out += timed_out[position]
            seen.append(Seen(inputs[position], records[position], shas[position], key))

    def deduplicate(self, candidates, params: DedupParams):
        return deduplicate(candidates, params, candidate_pairs(self.ray, candidates, params))

    def write_shards(self, folder: Path, kept_keys: Sequence[str]) -> dict:
        """The local engine's shards (same cut, same names, same bytes), each written by a Ray task; returns
        their totals, added up."""
        groups = storage.shard_groups(kept_keys, self.options.rows_per_shard)
        (folder / storage.ARTICLES_DIR).mkdir(parents=True)
        names = [storage.shard_name(number) for number in range(len(groups))]
        task = self.ray.remote(_write_shard)
        totals = storage.Totals()
        for shard in self.ray.get([task.remote(str(folder), name, [self._located[key] for key in keys])
                                   for name, keys in zip(names, groups)]):
            totals.add(shard)
        return totals.as_json()
