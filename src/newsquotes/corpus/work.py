"""What both build engines share: the input files to read, the cache key of each record, and the little the
build keeps in memory of each record (never its text, so memory stays flat).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from newsquotes import defaults
from newsquotes.corpus import readers
from newsquotes.corpus.cleaning import Rule, default_rules
from newsquotes.corpus.dedup import DedupParams, Signature, Verdict
from newsquotes.corpus.documents import FALLBACK_SOURCE, UNKNOWN_SOURCE, RawRecord
from newsquotes.corpus.extract import EXTRACTION_REVISION, JSONL_FIELDS, ExtractOptions
from newsquotes.corpus.pipeline import PIPELINE_VERSION, Outcome
from newsquotes.errors import ConfigError

#: Bumped when the cached :class:`~newsquotes.corpus.pipeline.Outcome` changes shape, so that a cache
#: written before is not read back into the new shape.
OUTCOME_FORMAT = 2


@dataclass(frozen=True)
class BuildOptions:
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)  # 0 runs in this process, same time limit
    timeout: float = defaults.TIMEOUT  # seconds one document may take
    min_chars: int = defaults.MIN_CHARS
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

    def __post_init__(self):
        unknown = [f"{name}={key}" for name, key in self.field_map.items() if name not in JSONL_FIELDS]
        if unknown:
            raise ConfigError(f"field mapping {', '.join(unknown)}: unknown field; the fields are "
                             f"{', '.join(JSONL_FIELDS)}")

    def parameters(self) -> dict:
        return {
            "min_chars": self.min_chars, "max_bytes": self.max_bytes, "timeout": self.timeout,
            "rows_per_shard": self.rows_per_shard, "field_map": self.field_map,
            "favor_precision": self.favor_precision, "extra_rules": [r.name for r in self.rules],
            "dedup": self.dedup.as_dict(),
        }


@dataclass(frozen=True)
class Unit:
    """One input file, with how to read it and the settings its documents are processed with."""

    path: Path
    name: str  # relative to the input root, as recorded in provenance
    format: str | None
    hints: dict  # metadata from the sources file
    options: ExtractOptions
    fingerprint: str  # of every setting and library version that affects the outcome


@dataclass
class Pending:
    raw: RawRecord
    key: str
    options: ExtractOptions


@dataclass(frozen=True)
class Seen:
    """What the build keeps in memory of one record, in input order."""

    input: str
    record: str | None
    raw_sha256: str | None
    key: str


@dataclass(frozen=True)
class Summary:
    article_id: str | None
    signature: object
    rejected: str | None
    warning: str | None = None

    @classmethod
    def of(cls, outcome: Outcome) -> Summary:
        return cls(outcome.article_id, outcome.signature, outcome.rejected, outcome.warning)


@dataclass
class Tally:
    """What one engine run did, for the build's report."""

    processed: int = 0  # records that went through extraction in this run
    cached: int = 0  # records whose outcome came from the cache
    timed_out: int = 0


@dataclass
class Processed:
    """What :meth:`Engine.run` gives: every record in input order, the outcome of each distinct one (by
    cache key), and the tally."""

    seen: list[Seen] = field(default_factory=list)
    summaries: dict[str, Summary] = field(default_factory=dict)
    tally: Tally = field(default_factory=Tally)


class Engine(Protocol):
    """Where the per-document steps run (``local_engine``, ``ray_engine``). Used as a context manager
    around one build; both engines give the same results and write the same bytes."""

    def __enter__(self) -> Engine: ...

    def __exit__(self, *exc) -> None: ...

    def run(self, units: Iterable[Unit]) -> Processed:
        """Every record of ``units``, processed or taken from the cache."""

    def deduplicate(self, candidates: Sequence[tuple[str, Signature]],
                    params: DedupParams) -> Mapping[str, Verdict]:
        """:func:`~newsquotes.corpus.dedup.deduplicate` of the candidate articles, in input order."""

    def write_shards(self, folder: Path, kept_keys: Sequence[str]) -> dict:
        """The articles of ``kept_keys``, in order, as the shards :func:`~newsquotes.corpus.storage.shard_names`
        names for them, under ``folder``; returns their :class:`~newsquotes.corpus.storage.Totals` as JSON."""


def settings_fingerprint(options: ExtractOptions, signature_parameters: dict, versions: dict[str, str]) -> str:
    rules = [(r.name, r.pattern.pattern, r.action, r.max_chars) for r in options.rules]
    settings = {"pipeline": PIPELINE_VERSION, "outcome": OUTCOME_FORMAT, "extraction": EXTRACTION_REVISION, "rules": rules, "min_chars": options.min_chars,
                "field_map": options.field_map, "favor_precision": options.favor_precision,
                "signature": signature_parameters, "versions": versions}
    return hashlib.sha256(json.dumps(settings, sort_keys=True).encode()).hexdigest()


def record_key(fingerprint: str, raw: RawRecord) -> str:
    """The cache key of a record: its bytes, where it was found, what is known of it, and the settings."""
    material = json.dumps([fingerprint, raw.input, raw.record, raw.raw_sha256, raw.problem,
                           sorted(raw.hints.items(), key=str)], default=str)
    return hashlib.sha256(material.encode()).hexdigest()


def folder_source(path: Path) -> str:
    """The source of documents nobody named: the input folder's name (a file's own folder), else "unknown"."""
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    return folder.resolve().name or UNKNOWN_SOURCE


def units(specs: Iterable, options, versions: dict[str, str]) -> Iterator[Unit]:
    """Every input file of ``specs`` (:class:`~newsquotes.corpus.build.InputSpec`) in input order."""
    base_rules = tuple(default_rules()) + tuple(options.rules)
    for spec in specs:
        extract_options = ExtractOptions(rules=base_rules + spec.extra_rules, min_chars=options.min_chars,
                                         field_map=dict(options.field_map), favor_precision=options.favor_precision)
        fingerprint = settings_fingerprint(extract_options, options.dedup.signature_parameters(), versions)
        fallback = {FALLBACK_SOURCE: folder_source(spec.path)}
        for path, name in readers.discover([spec.path]):
            if spec.root is not None:
                name = Path(os.path.abspath(path)).relative_to(os.path.abspath(spec.root)).as_posix()
            hints = spec.hints_for(name) if spec.hints_for else ({"source": spec.source} if spec.source else fallback)
            yield Unit(path, name, spec.format, hints, extract_options, fingerprint)


def count_records(listed: Iterable[Unit], max_bytes: int) -> int:
    """How many records the inputs hold, read as the build reads them, so that progress can show a total."""
    return sum(readers.count(unit.path, unit.name, fmt=unit.format, max_bytes=max_bytes) for unit in listed)


def records(unit: Unit, max_bytes: int) -> Iterator[Pending]:
    """The records of one input file, each with its cache key."""
    for raw in readers.read(unit.path, unit.name, fmt=unit.format, hints=unit.hints, max_bytes=max_bytes):
        yield Pending(raw, record_key(unit.fingerprint, raw), unit.options)


class FieldUse:
    """How many JSONL records set each key a field mapping names, counted as the input files are listed, so
    that a mapping to a key no record has is reported rather than leaving a field empty without a word."""

    def __init__(self, field_map: dict[str, str], max_bytes: int):
        self.field_map, self.max_bytes = dict(field_map), max_bytes
        self.records = 0  # JSONL records read
        self.found = dict.fromkeys(self.field_map, 0)  # field -> records that set its key

    def watch(self, listed: Iterable[Unit]) -> Iterator[Unit]:
        for unit in listed:
            if self.field_map and _may_be_jsonl(unit):
                self._count(unit)
            yield unit

    def _count(self, unit: Unit) -> None:
        for raw in readers.read(unit.path, unit.name, fmt=unit.format, max_bytes=self.max_bytes):
            if raw.reader != "jsonl" or raw.problem:
                continue
            try:
                record = json.loads(raw.body)
            except ValueError:
                continue
            if isinstance(record, dict):
                self.records += 1
                for name, key in self.field_map.items():
                    self.found[name] += record.get(key) not in (None, "", [])

    def unused(self) -> dict[str, str]:
        """Each field whose key no record sets, with that key."""
        return {name: self.field_map[name] for name, count in self.found.items() if count == 0}


def _may_be_jsonl(unit: Unit) -> bool:
    if unit.format is not None:
        return unit.format == "jsonl"
    return readers.detect_format(unit.name, b"{") == "jsonl"  # a name that says nothing is sniffed by the reader
