"""``build``: raw inputs in, a de-duplicated Parquet corpus with a manifest out.

The steps run as a stream: readers yield records, each new record is processed in a worker process
under a time limit (pebble), outcomes go to the persistent cache as they finish, then de-duplication
runs over the small signatures and the kept articles are written shard by shard in input order.
Nothing here holds the whole corpus in memory.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

from newsquotes.corpus import cache as cache_module
from newsquotes.corpus import readers, storage
from newsquotes.corpus.cleaning import Rule, default_rules, load_rules
from newsquotes.corpus.dedup import DedupParams, deduplicate
from newsquotes.corpus.documents import FALLBACK_SOURCE, UNKNOWN_SOURCE, RawRecord
from newsquotes.corpus.extract import ExtractOptions
from newsquotes.corpus.pipeline import PIPELINE_VERSION, Outcome, failed, process, timed_out
from newsquotes.corpus.sources import SourcesFile
from newsquotes.schema import Article, Counts, InputEntry, Manifest

LIBRARIES = ("newsquotes", "trafilatura", "extruct", "sentencex", "py3langid", "datasketch", "pyarrow")


@dataclass(frozen=True)
class InputSpec:
    """One input file or folder, with what is known about its documents."""

    path: Path
    format: str | None = None
    source: str | None = None
    extra_rules: tuple[Rule, ...] = ()
    hints_for: Callable[[str], dict] | None = None  # input name -> metadata, from a sources file


@dataclass(frozen=True)
class BuildOptions:
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)  # 0 runs in this process, without time limit
    timeout: float = 60.0  # seconds one document may take
    min_chars: int = 200
    max_bytes: int = 50_000_000
    rows_per_shard: int = 1000
    rules: tuple[Rule, ...] = ()  # on top of the built-in boilerplate rules
    field_map: dict[str, str] = field(default_factory=dict)
    favor_precision: bool = False
    dedup: DedupParams = DedupParams()
    cache_dir: Path | None = None
    # Where the per-document steps run: "local" (a process pool here) or "ray" (a Ray cluster, see
    # ray_engine). Not a parameter of the result: both engines write the same corpus.
    engine: str = "local"
    ray_address: str | None = None  # with engine "ray": join this cluster instead of starting a local one

    def parameters(self) -> dict:
        return {
            "min_chars": self.min_chars, "max_bytes": self.max_bytes, "timeout": self.timeout,
            "rows_per_shard": self.rows_per_shard, "field_map": self.field_map,
            "favor_precision": self.favor_precision, "extra_rules": [r.name for r in self.rules],
            "dedup": self.dedup.as_dict(),
        }


@dataclass
class BuildReport:
    manifest: Manifest
    processed: int = 0  # records that went through extraction in this run
    cached: int = 0  # records whose outcome came from the cache
    timed_out: int = 0


def library_versions() -> dict[str, str]:
    return {name: version(name) for name in LIBRARIES}


def folder_source(path: Path) -> str:
    """The source of documents nobody named: the input folder's name (a file's own folder), else "unknown"."""
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    return folder.resolve().name or UNKNOWN_SOURCE


def inputs_from_sources(sources: SourcesFile) -> list[InputSpec]:
    specs = []
    for source in sources.sources:
        extra = tuple(load_rules(source.rules)) if source.rules else ()
        for path in source.inputs:
            specs.append(InputSpec(path=path, format=source.format, source=source.name, extra_rules=extra,
                                   hints_for=source.hints))
    return specs


def _fingerprint(options: ExtractOptions, build: BuildOptions, versions: dict[str, str]) -> str:
    rules = [(r.name, r.pattern.pattern, r.action, r.max_chars) for r in options.rules]
    settings = {"pipeline": PIPELINE_VERSION, "rules": rules, "min_chars": options.min_chars,
                "field_map": options.field_map, "favor_precision": options.favor_precision,
                "signature": build.dedup.signature_parameters(), "versions": versions}
    return hashlib.sha256(json.dumps(settings, sort_keys=True).encode()).hexdigest()


@dataclass
class _Pending:
    raw: RawRecord
    key: str
    options: ExtractOptions


def _records(specs: list[InputSpec], options: BuildOptions, versions: dict[str, str]) -> Iterator[_Pending]:
    base_rules = tuple(default_rules()) + tuple(options.rules)
    for spec in specs:
        extract_options = ExtractOptions(rules=base_rules + spec.extra_rules, min_chars=options.min_chars,
                                         field_map=dict(options.field_map), favor_precision=options.favor_precision)
        fingerprint = _fingerprint(extract_options, options, versions)
        fallback = {FALLBACK_SOURCE: folder_source(spec.path)}
        for path, name in readers.discover([spec.path]):
            hints = spec.hints_for(name) if spec.hints_for else ({"source": spec.source} if spec.source else fallback)
            for raw in readers.read(path, name, fmt=spec.format, hints=hints, max_bytes=options.max_bytes):
                key_material = json.dumps([fingerprint, raw.input, raw.record, raw.raw_sha256, raw.problem,
                                           sorted(raw.hints.items(), key=str)], default=str)
                yield _Pending(raw, hashlib.sha256(key_material.encode()).hexdigest(), extract_options)


def _failure(err: BaseException, timeout: float) -> Outcome:
    return timed_out(timeout) if isinstance(err, FutureTimeout) else failed(err)


@dataclass(frozen=True)
class _Seen:
    """What the build keeps in memory of one record: never its text, so memory stays flat."""

    input: str
    record: str | None
    raw_sha256: str | None
    key: str


@dataclass(frozen=True)
class _Summary:
    article_id: str | None
    signature: object
    rejected: str | None

    @classmethod
    def of(cls, outcome: Outcome) -> _Summary:
        article_id = json.loads(outcome.article_json)["id"] if outcome.article_json else None
        return cls(article_id, outcome.signature, outcome.rejected)


class _Runner:
    """Processes records in worker processes under a time limit, caching each outcome as it finishes."""

    def deduplicate(self, candidates, params: DedupParams):
        return deduplicate(candidates, params)

    def __init__(self, options: BuildOptions, store: cache_module.OutcomeCache, report: BuildReport,
                 progress: Callable[[int], None]):
        self.options, self.store, self.report, self.progress = options, store, report, progress
        self.summaries: dict[str, _Summary] = {}
        self._batch: list[tuple[str, Outcome]] = []
        self._pool = None
        self._in_flight: list[tuple[str, object]] = []

    def __enter__(self) -> _Runner:
        if self.options.workers > 0:
            import trafilatura  # noqa: F401  (imported before the fork, so the workers share it)
            from pebble import ProcessPool

            self._pool = ProcessPool(max_workers=self.options.workers)
        return self

    def submit(self, item: _Pending) -> None:
        if self._pool is None:
            self._finish(item.key, process(item.raw, item.options, self.options.dedup))
            return
        future = self._pool.schedule(process, args=(item.raw, item.options, self.options.dedup),
                                     timeout=self.options.timeout)
        self._in_flight.append((item.key, future))
        window = self.options.workers * 8
        while len(self._in_flight) >= window or (self._in_flight and self._in_flight[0][1].done()):
            self._collect(*self._in_flight.pop(0))

    def _collect(self, key: str, future) -> None:
        try:
            self._finish(key, future.result())
        except FutureTimeout as err:
            self.report.timed_out += 1
            self._finish(key, _failure(err, self.options.timeout), cacheable=False)
        except Exception as err:  # one broken document must not stop the build
            self._finish(key, _failure(err, self.options.timeout))

    def _finish(self, key: str, outcome: Outcome, cacheable: bool = True) -> None:
        self.summaries[key] = _Summary.of(outcome)
        self.report.processed += 1
        if cacheable:
            self._batch.append((key, outcome))
        if len(self._batch) >= 64:
            self._flush()
        self.progress(1)

    def _flush(self) -> None:
        self.store.put_many(self._batch)
        self._batch.clear()

    def drain(self) -> None:
        """Wait for every submitted record; afterwards ``summaries`` is complete."""
        for key, future in self._in_flight:
            self._collect(key, future)
        self._in_flight = []
        self._flush()

    def __exit__(self, *exc) -> None:
        try:
            self._flush()  # what finished before a failure stays cached for the next run
        finally:
            if self._pool is not None:
                self._pool.close() if exc[0] is None else self._pool.stop()
                self._pool.join()


class _RayRunner(_Runner):
    """Processes records on a Ray cluster, a chunk at a time, caching each outcome as it comes back."""

    def __enter__(self) -> _RayRunner:
        from newsquotes.corpus import ray_engine

        self._engine = ray_engine
        self._connection = ray_engine.connected(ray_engine.RayOptions(self.options.ray_address, self.options.workers))
        self.ray = self._connection.__enter__()
        self._chunk: list[_Pending] = []
        return self

    def submit(self, item: _Pending) -> None:
        self._chunk.append(item)
        if len(self._chunk) >= self._engine.CHUNK_RECORDS:
            self._run_chunk()

    def _run_chunk(self) -> None:
        records = [(item.key, item.raw, item.options) for item in self._chunk]
        self._chunk = []
        for key, outcome, expired in self._engine.process_records(self.ray, records, self.options.dedup,
                                                                    self.options.timeout):
            self.report.timed_out += expired
            self._finish(key, outcome, cacheable=not expired)

    def deduplicate(self, candidates, params: DedupParams):
        return deduplicate(candidates, params, self._engine.candidate_pairs(self.ray, candidates, params))

    def drain(self) -> None:
        if self._chunk:
            self._run_chunk()
        self._flush()

    def __exit__(self, *exc) -> None:
        try:
            self._flush()
        finally:
            self._connection.__exit__(*exc)


ENGINES = {"local": _Runner, "ray": _RayRunner}


def build(specs: list[InputSpec], out: Path, options: BuildOptions = BuildOptions(),
          progress: Callable[[int], None] | None = None) -> BuildReport:
    """Build the corpus of ``specs`` into ``out``; returns the manifest and what the run did.

    ``progress`` is called with 1 for every document finished (from the cache or processed).
    """
    out = Path(out)
    if options.engine not in ENGINES:
        raise ValueError(f"unknown engine {options.engine!r}: choose {' or '.join(ENGINES)}")
    progress = progress or (lambda n: None)
    versions = library_versions()
    store = cache_module.OutcomeCache(options.cache_dir or cache_module.default_dir())
    report = BuildReport(manifest=None)  # type: ignore[arg-type]
    try:
        seen: list[_Seen] = []
        queued: set[str] = set()
        with ENGINES[options.engine](options, store, report, progress) as runner:
            for item in _records(specs, options, versions):
                raw = item.raw
                seen.append(_Seen(raw.input, raw.record, raw.raw_sha256 or None, item.key))
                if item.key in queued:
                    continue  # the same record listed twice: one outcome serves both
                queued.add(item.key)
                hit = store.get(item.key)
                if hit is None:
                    runner.submit(item)
                else:
                    runner.summaries[item.key] = _Summary.of(hit)
                    report.cached += 1
                    progress(1)
            runner.drain()
            entries, kept_keys = _account(seen, runner.summaries, options.dedup, runner.deduplicate)
        counts = Counts(inputs=len(entries), kept=sum(e.status == "kept" for e in entries),
                        duplicates=sum(e.status == "duplicate" for e in entries),
                        rejected=sum(e.status == "rejected" for e in entries))

        def fill(folder: Path) -> None:
            articles = (Article.model_validate_json(store.get(key).article_json) for key in kept_keys)
            shards = storage.write_shards(folder, articles, options.rows_per_shard)
            report.manifest = Manifest(pipeline_version=PIPELINE_VERSION, counts=counts,
                                       parameters=options.parameters(), versions=versions, shards=shards,
                                       entries=entries)
            storage.write_manifest(folder, report.manifest)

        storage.publish(out, fill)
        return report
    finally:
        store.close()


def _account(seen: list[_Seen], summaries: dict[str, _Summary], params: DedupParams, find_duplicates):
    """One manifest entry per record, and the cache keys of the kept articles in input order."""
    first_location: dict[str, str] = {}
    candidates: list[tuple[str, object]] = []
    entries: list[InputEntry] = []
    key_of: dict[str, str] = {}
    for item in seen:
        summary = summaries[item.key]
        base = dict(input=item.input, record=item.record, raw_sha256=item.raw_sha256)
        if summary.rejected is not None:
            entries.append(InputEntry(**base, status="rejected", reason=summary.rejected))
            continue
        article_id = summary.article_id
        if article_id in first_location:
            entries.append(InputEntry(**base, status="duplicate", article_id=article_id, duplicate_of=article_id,
                                      reason=f"same URL or location as {first_location[article_id]}"))
            continue
        first_location[article_id] = item.input + (f" ({item.record})" if item.record else "")
        candidates.append((article_id, summary.signature))
        key_of[article_id] = item.key
        entries.append(InputEntry(**base, status="kept", article_id=article_id))
    verdicts = find_duplicates(candidates, params)
    final = []
    for entry in entries:
        verdict = verdicts.get(entry.article_id) if entry.status != "rejected" else None
        if verdict is not None and verdict.duplicate_of is not None:
            if entry.status == "kept":
                entry = entry.model_copy(update=dict(status="duplicate", duplicate_of=verdict.duplicate_of,
                                                     similarity=verdict.similarity, reason=verdict.reason))
            else:  # a second copy of a near duplicate points at the article that was kept, not at its twin
                entry = entry.model_copy(update=dict(duplicate_of=verdict.duplicate_of))
        final.append(entry)
    return final, [key_of[e.article_id] for e in final if e.status == "kept"]
