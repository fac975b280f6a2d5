"""``build``: raw inputs in, a de-duplicated Parquet corpus with a manifest out.

The steps run as a stream through an engine: on this machine (:mod:`~newsquotes.corpus.local_engine`) or
on a Ray cluster (:mod:`~newsquotes.corpus.ray_engine`). Records are read and processed, each document under
its own time limit, outcomes are cached as they finish, then de-duplication runs over the small signatures
and the kept articles are written shard by shard in input order. Nothing here holds the whole corpus in
memory, and both engines write the same corpus, byte for byte.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from newsquotes import defaults
from newsquotes.corpus import cache as cache_module
from newsquotes.corpus import storage
from newsquotes.corpus.cleaning import Rule, load_rules
from newsquotes.corpus.dedup import DedupParams, Verdict
from newsquotes.corpus.pipeline import PIPELINE_VERSION
from newsquotes.corpus.sources import SourcesFile
from newsquotes.corpus.work import BuildOptions, Engine, FieldUse, Processed, count_records, units
from newsquotes.errors import ConfigError
from newsquotes.schema import Counts, CorpusTotals, InputEntry, Manifest

LIBRARIES = ("newsquotes", "trafilatura", "extruct", "sentencex", "py3langid", "datasketch", "pyarrow", "markdown-it-py",
             "PyYAML")


@dataclass(frozen=True)
class InputSpec:
    """One input file or folder, with what is known about its documents."""

    path: Path
    format: str | None = None
    source: str | None = None
    extra_rules: tuple[Rule, ...] = ()
    hints_for: Callable[[str], dict] | None = None  # input name -> metadata, from a sources file
    # Documents are named by their path relative to this folder; None: to the input folder itself (a file
    # given alone: its file name).
    root: Path | None = None


class NothingKept(RuntimeError):
    """A build that kept no article. The output folder is left as it was (a previous corpus stays whole);
    the manifest saying what became of each input is written to ``folder``, ``<out>.failed``, instead."""

    def __init__(self, report: BuildReport, folder: Path):
        super().__init__(f"no article kept; {folder / storage.MANIFEST} says why for each input")
        self.report, self.folder = report, folder


@dataclass(frozen=True)
class BuildReport:
    manifest: Manifest
    processed: int = 0  # records that went through extraction in this run
    cached: int = 0  # records whose outcome came from the cache
    timed_out: int = 0
    fields: FieldUse | None = None  # how many JSONL records set each key of the field map (local engine)


def library_versions() -> dict[str, str]:
    return {name: version(name) for name in LIBRARIES}


def inputs_from_sources(sources: SourcesFile) -> list[InputSpec]:
    specs = []
    for source in sources.sources:
        extra = tuple(load_rules(source.rules)) if source.rules else ()
        for path in source.inputs:
            specs.append(InputSpec(path=path, format=source.format, source=source.name, extra_rules=extra,
                                   hints_for=source.hints))
    return specs


def inputs_from_paths(paths: list[Path], format: str | None = None) -> list[InputSpec]:
    """Specs for files and folders given by hand. Given more than one, each document is named by its path
    relative to their common folder, so that ``siteA/page.html`` and ``siteB/page.html`` keep two names."""
    paths = [Path(p) for p in paths]
    root = None
    if len(paths) > 1:
        root = Path(os.path.commonpath([os.path.abspath(p if p.is_dir() else p.parent) for p in paths]))
    return [InputSpec(path=p, format=format, root=root) for p in paths]


def _engine(options: BuildOptions, store: cache_module.OutcomeCache, progress: Callable[[int], None],
            expected: int | None) -> Engine:
    if options.engine == "local":
        from newsquotes.corpus.local_engine import LocalEngine

        return LocalEngine(options, store, progress, expected)
    from newsquotes.corpus.ray_engine import RayEngine

    return RayEngine(options, progress)


ENGINES = defaults.ENGINES


def build(specs: list[InputSpec], out: Path, options: BuildOptions = BuildOptions(),  # noqa: B008 - frozen
          progress: Callable[[int], None] | None = None,
          total: Callable[[int], None] | None = None) -> BuildReport:
    """Build the corpus of ``specs`` into ``out``; returns the manifest and what the run did.

    ``out`` changes only when the build completes with at least one article kept: a build that fails
    leaves it as it was, and one that keeps nothing raises :class:`NothingKept`. ``progress`` is called
    with 1 for every input record done (from the cache or processed). Given ``total``, the local engine
    counts the records first (one quick read of the inputs) and calls it once with their number, and its
    chunks of documents then shrink towards the end of the build; on Ray, where only the workers read the
    inputs, it is not called.
    """
    out = Path(out)
    if options.engine not in ENGINES:
        raise ConfigError(f"unknown engine {options.engine!r}: choose {' or '.join(ENGINES)}")
    progress = progress or (lambda n: None)
    versions = library_versions()
    store = cache_module.OutcomeCache(options.cache_dir or defaults.cache_dir())
    try:
        listed = units(specs, options, versions)
        expected = None
        if total is not None and options.engine == "local":
            listed = list(listed)  # listed once, for the count and for the build
            expected = count_records(listed, options.max_bytes)
            total(expected)
        with _engine(options, store, progress, expected) as engine:
            fields = None
            if options.engine == "local":  # on Ray only the workers read the inputs
                fields = FieldUse(options.field_map, options.max_bytes)
                listed = fields.watch(listed)
            done = engine.run(listed)
            entries, kept_keys = _account(done, options.dedup, engine.deduplicate)
            counts = Counts(inputs=len(entries), kept=len(kept_keys),
                            duplicates=sum(e.status == "duplicate" for e in entries),
                            rejected=sum(e.status == "rejected" for e in entries))
            manifest = Manifest(pipeline_version=PIPELINE_VERSION, counts=counts, parameters=options.parameters(),
                                versions=versions, shards=storage.shard_names(len(kept_keys), options.rows_per_shard),
                                entries=entries)

            def fill(folder: Path) -> None:
                nonlocal manifest
                totals = CorpusTotals.model_validate(engine.write_shards(folder, kept_keys))
                manifest = manifest.model_copy(update={"totals": totals})
                storage.write_manifest(folder, manifest)

            def report() -> BuildReport:
                return BuildReport(manifest, done.tally.processed, done.tally.cached, done.tally.timed_out, fields)

            if counts.kept == 0:
                failed = storage.failed_sibling(out)
                storage.publish(failed, fill)
                raise NothingKept(report(), failed)
            storage.publish(out, fill)
            storage.discard(storage.failed_sibling(out))  # an earlier failure's record, now out of date
        return report()
    finally:
        store.close()


def _account(done: Processed, params: DedupParams, find_duplicates: Callable[..., Mapping[str, Verdict]]):
    """One manifest entry per record, and the cache keys of the kept articles in input order."""
    summaries = done.summaries
    first_location: dict[str, str] = {}
    candidates: list[tuple[str, object]] = []
    entries: list[InputEntry] = []
    key_of: dict[str, str] = {}
    for item in done.seen:
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
        entries.append(InputEntry(**base, status="kept", article_id=article_id, warning=summary.warning))
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
