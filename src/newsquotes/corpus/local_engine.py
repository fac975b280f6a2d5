"""The build on this machine: this process reads the inputs and writes the corpus; worker processes (pebble)
run the per-document steps on chunks of documents, each document under its own time limit.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import TimeoutError as FutureTimeout
from functools import partial
from pathlib import Path

from newsquotes.corpus import cache as cache_module
from newsquotes.corpus import storage
from newsquotes.corpus.dedup import DedupParams, deduplicate
from newsquotes.corpus.documents import RawRecord
from newsquotes.corpus.extract import ExtractOptions
from newsquotes.corpus.pipeline import Outcome, failed, limited, process, timed_out
from newsquotes.corpus.work import BuildOptions, Pending, Processed, Seen, Summary, Unit, records


#: Documents a worker takes at a time: one round trip for many documents, yet small enough that every
#: worker stays busy to the end of the build.
CHUNK_DOCUMENTS = 16

#: How often pebble's pool threads look at the pool (its ``CONSTS.sleep_unit``).
POOL_CHECK_SECONDS = 0.01


def chunk_size(unread: int | None, workers: int) -> int:
    """How many documents the next chunk takes when ``unread`` records are left to read (None: not known).

    Chunks shrink as the build nears its end (guided scheduling), down to one document, so that the workers
    finish together instead of one waiting for the other's last chunk of sixteen pages.
    """
    if unread is None:
        return CHUNK_DOCUMENTS
    return max(1, min(CHUNK_DOCUMENTS, unread // (2 * workers)))


def _process_chunk(items: list[tuple[RawRecord, ExtractOptions]], params: DedupParams,
                   timeout: float) -> list[tuple[Outcome, bool]]:
    """Runs in a worker: ``(outcome, timed_out)`` of each document, each under its own time limit."""
    return [limited(timeout, partial(process, raw, options, params)) for raw, options in items]


class LocalEngine:
    """Processes records in worker processes, a chunk at a time, caching each outcome as it finishes.

    A chunk whose worker died, or that overran every document's limit together (stuck where the alarm
    cannot reach it), is run again one document per task, each under a limit the pool enforces by ending
    the worker, so that only the culprit is lost. With ``workers=0`` everything runs in this process, each
    document under the same limit (:func:`~newsquotes.corpus.pipeline.limited`).
    """

    def __init__(self, options: BuildOptions, store: cache_module.OutcomeCache, progress: Callable[[int], None],
                 expected: int | None = None):
        """``expected``: how many records the inputs hold, when they were counted (chunks then shrink towards the
        end of the build, :func:`chunk_size`)."""
        self.options, self.store, self.progress = options, store, progress
        self.expected = expected
        self._done = Processed()
        self._batch: list[tuple[str, Outcome]] = []
        self._pool = None
        self._prepared = False
        self._frozen = False
        self._chunk: list[Pending] = []
        self._in_flight: list[tuple[list[Pending], object]] = []

    def __enter__(self) -> LocalEngine:
        if self.options.workers > 0:
            from pebble import ProcessPool
            from pebble.common import CONSTS

            # pebble's pool threads check its state at this interval, and closing the pool waits for the next
            # check: a tenth of a second by default, more than the rest of a small build's ending
            CONSTS.sleep_unit = POOL_CHECK_SECONDS
            # the workers are forked at the first chunk, after prepare() has loaded what its readers need
            self._pool = ProcessPool(max_workers=self.options.workers)
        return self

    def run(self, units: Iterable[Unit]) -> Processed:
        """Every record of ``units`` in input order, with each one's outcome."""
        seen = self._done.seen
        queued: set[str] = set()
        for unit in units:
            for item in records(unit, self.options.max_bytes):
                raw = item.raw
                seen.append(Seen(raw.input, raw.record, raw.raw_sha256 or None, item.key))
                if item.key in queued:
                    self.progress(1)
                    continue  # the same record listed twice: one outcome serves both
                queued.add(item.key)
                hit = self.store.get(item.key)
                if hit is None:
                    self._submit(item)
                else:
                    self._done.summaries[item.key] = Summary.of(hit)
                    self._done.tally.cached += 1
                    self.progress(1)
        self._drain()
        if self._pool is not None:  # idle from here on: their memory is given back before the shards are written
            self._close_pool(self._pool.close)
        return self._done

    def deduplicate(self, candidates, params: DedupParams):
        return deduplicate(candidates, params)

    def write_shards(self, folder: Path, kept_keys: Sequence[str]) -> dict:
        # each article is read from the cache as the writer takes it (the JSON a valid Article gave: no need
        # to validate it again), so memory holds a shard's Arrow columns and a few rows
        totals = storage.Totals()
        for number, keys in enumerate(storage.shard_groups(kept_keys, self.options.rows_per_shard)):
            totals.add(storage.write_shard(folder, storage.shard_name(number),
                                           (json.loads(self.store.get(key).article_json) for key in keys)))
        return totals.as_json()

    def _submit(self, item: Pending) -> None:
        if self._pool is None:
            self._record(item.key, *limited(self.options.timeout, partial(process, item.raw, item.options,
                                                                         self.options.dedup)))
            return
        self._chunk.append(item)
        unread = None if self.expected is None else self.expected - len(self._done.seen)
        if len(self._chunk) >= chunk_size(unread, self.options.workers):
            self._schedule_chunk()

    def _schedule_chunk(self) -> None:
        chunk, self._chunk = self._chunk, []
        if not self._prepared:
            from newsquotes.corpus.pipeline import prepare

            documents = len(chunk) if self.expected is None else self.expected
            prepare({item.raw.reader for item in chunk}, warm=documents >= CHUNK_DOCUMENTS)
            self._prepared = True
            # What is loaded by now stays out of every garbage collection until the pool is closed, so that
            # the workers' collections do not write to the memory pages they share with this process (which
            # would copy those pages into each worker).
            gc.freeze()
            self._frozen = True
        future = self._pool.schedule(_process_chunk, args=([(i.raw, i.options) for i in chunk], self.options.dedup,
                                                           self.options.timeout),
                                     timeout=self.options.timeout * (len(chunk) + 1))
        self._in_flight.append((chunk, future))
        window = self.options.workers * 4
        while len(self._in_flight) >= window or (self._in_flight and self._in_flight[0][1].done()):
            self._collect(*self._in_flight.pop(0))

    def _collect(self, chunk: list[Pending], future) -> None:
        try:
            results = future.result()
        except Exception:  # the worker died or hung: again, one document per task
            singles = [(item.key, self._pool.schedule(process, args=(item.raw, item.options, self.options.dedup),
                                                      timeout=self.options.timeout)) for item in chunk]
            for key, single in singles:
                self._collect_one(key, single)
            return
        for item, (outcome, expired) in zip(chunk, results):
            self._record(item.key, outcome, expired)

    def _collect_one(self, key: str, future) -> None:
        try:
            self._record(key, future.result(), False)
        except FutureTimeout:
            self._record(key, timed_out(self.options.timeout), True)
        except Exception as err:  # one broken document must not stop the build
            self._record(key, failed(err), False)

    def _record(self, key: str, outcome: Outcome, expired: bool) -> None:
        """A finished document; one that ran out of time is not cached, so that a later run tries it again."""
        self._done.tally.timed_out += expired
        self._finish(key, outcome, cacheable=not expired)

    def _finish(self, key: str, outcome: Outcome, cacheable: bool = True) -> None:
        self._done.summaries[key] = Summary.of(outcome)
        self._done.tally.processed += 1
        if cacheable:
            self._batch.append((key, outcome))
        if len(self._batch) >= 64:
            self._flush()
        self.progress(1)

    def _flush(self) -> None:
        self.store.put_many(self._batch)
        self._batch.clear()

    def _drain(self) -> None:
        if self._chunk:
            self._schedule_chunk()
        for chunk, future in self._in_flight:
            self._collect(chunk, future)
        self._in_flight = []
        self._flush()

    def __exit__(self, *exc) -> None:
        try:
            self._flush()  # what finished before a failure stays cached for the next run
        finally:
            if self._pool is not None:
                self._close_pool(self._pool.close if exc[0] is None else self._pool.stop)

    def _close_pool(self, close: Callable[[], None]) -> None:
        close()
        self._pool.join()
        self._pool = None
        if self._frozen:
            gc.unfreeze()
            self._frozen = False
