"""Summaries of a built corpus, as rich renderables for the terminal.

They read the manifest as plain JSON (:func:`~newsquotes.corpus.storage.read_manifest_json`), whose totals
hold the per-source and per-language counts, so that ``corpus stats`` starts quickly: the shards are read
(with pyarrow, imported only then) only for a manifest written before builds recorded its totals.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Group
from rich.table import Table
from rich.text import Text

from newsquotes.corpus.documents import UNKNOWN_SOURCE

if TYPE_CHECKING:
    from newsquotes.schema import Article, Manifest

_COLUMNS = ["source", "language", "text", "paragraphs", "sentences"]


def summary_table(manifest: Manifest | dict, corpus: Path) -> Table:
    """The counts of a manifest, the model or its plain JSON."""
    manifest = _plain(manifest)
    counts = manifest["counts"]
    table = Table(title=f"corpus {corpus}", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_row("inputs", str(counts["inputs"]))
    table.add_row("kept", f"[green]{counts['kept']}[/]")
    warned = sum(entry.get("warning") is not None for entry in manifest["entries"] if entry["status"] == "kept")
    if warned:
        table.add_row("kept with a warning", f"[yellow]{warned}[/]")
    table.add_row("duplicates", str(counts["duplicates"]))
    table.add_row("rejected", f"[yellow]{counts['rejected']}[/]" if counts["rejected"] else "0")
    table.add_row("shards", str(len(manifest["shards"])))
    return table


def _plain(manifest: Manifest | dict) -> dict:
    return manifest if isinstance(manifest, dict) else manifest.model_dump(mode="json")


def detail_table(corpus: Path, manifest: Manifest | dict | None = None) -> Group:
    """Per-source counts and lengths, languages, and why inputs were not kept (when some were not)."""
    from newsquotes.corpus.storage import read_manifest_json

    manifest = read_manifest_json(corpus) if manifest is None else _plain(manifest)
    totals = manifest.get("totals") or shard_totals(corpus, manifest["shards"])
    per_source = Table(title="by source", title_justify="left")
    for name in ("source", "articles", "characters", "paragraphs", "sentences"):
        per_source.add_column(name, justify="left" if name == "source" else "right")
    for source in sorted(totals["sources"]):
        total = totals["sources"][source]
        per_source.add_row(source, str(total["articles"]), f"{total['characters']:,}", str(total["paragraphs"]),
                           str(total["sentences"]))
    languages = Table(title="languages", title_justify="left")
    languages.add_column("language")
    languages.add_column("articles", justify="right")
    for language, count in sorted(totals["languages"].items(), key=lambda item: (-item[1], item[0])):
        languages.add_row(language, str(count))
    reasons = Table(title="not kept", title_justify="left")
    reasons.add_column("status")
    reasons.add_column("reason")
    reasons.add_column("inputs", justify="right")
    tally = Counter((e["status"], _reason_kind(e.get("reason"))) for e in manifest["entries"] if e["status"] != "kept")
    for (status, reason), count in tally.most_common():
        reasons.add_row(status, reason, str(count))
    return Group(per_source, languages, *([reasons] if tally else []), *_warnings_table(manifest))


def _warnings_table(manifest: dict) -> list[Table]:
    """Every kept input with a warning, by name, so that a user can look at each (none: no table)."""
    warned = [entry for entry in manifest["entries"] if entry["status"] == "kept" and entry.get("warning")]
    if not warned:
        return []
    table = Table(title="kept with a warning", title_justify="left")
    table.add_column("input")
    table.add_column("article")
    table.add_column("warning")
    for entry in warned:
        table.add_row(entry["input"] + (f" ({entry['record']})" if entry.get("record") else ""), entry.get("article_id"),
                      entry["warning"])
    return [table]


def shard_totals(corpus: Path, shards: list[str]) -> dict:
    """The manifest's ``totals`` counted from the shards, for a corpus whose manifest has none (built before
    manifests held them): the only case in which ``corpus stats`` imports pyarrow."""
    import pyarrow.parquet as pq

    from newsquotes.corpus.storage import Totals

    sources: dict[str, Counter] = {}
    languages: Counter = Counter()
    for shard in shards:  # a batch at a time, so memory stays flat however large the corpus
        for batch in pq.ParquetFile(Path(corpus) / shard).iter_batches(batch_size=1024, columns=_COLUMNS):
            rows = zip(batch.column("source").to_pylist(), map(len, batch.column("text").to_pylist()),
                       _list_lengths(batch.column("paragraphs")), _list_lengths(batch.column("sentences")))
            for source, chars, paragraphs, sentences in rows:
                # Corpora built before every source had a name hold None: listed as unknown.
                sources.setdefault(source or UNKNOWN_SOURCE, Counter()).update(
                    articles=1, characters=chars, paragraphs=paragraphs, sentences=sentences)
            languages.update(str(language) for language in batch.column("language").to_pylist())
    sizes = ("articles", "characters", "paragraphs", "sentences")
    return Totals({"sources": {name: {size: total[size] for size in sizes} for name, total in sources.items()},
                   "languages": dict(languages)}).as_json()


def _list_lengths(lists) -> list[int]:
    """Lengths of a list column from its offsets (pyarrow.compute would add a tenth of a second to start-up)."""
    offsets = lists.offsets.to_pylist()
    return [end - start for start, end in zip(offsets, offsets[1:])]


def _reason_kind(reason: str | None) -> str:
    return (reason or "").split(":")[0]


def article_view(article: Article, *, sentences: bool = False) -> Group:
    meta = Table(show_header=False, title=article.id, title_justify="left")
    meta.add_column(style="bold")
    meta.add_column()
    for name in ("title", "subtitle", "caption", "source", "url", "published", "authors", "language", "license"):
        value = getattr(article, name)
        if value:
            meta.add_row(name, ", ".join(value) if isinstance(value, list) else str(value))
    meta.add_row("input", article.provenance.input + (f" ({article.provenance.record})" if article.provenance.record else ""))
    meta.add_row("size", f"{len(article.text):,} characters, {len(article.paragraphs)} paragraphs, "
                         f"{len(article.sentences)} sentences")
    body = []
    starts = {s.start for s in article.sentences}
    for number, span in enumerate(article.paragraphs, start=1):
        text = Text(f"[{number}] ", style="dim")
        if sentences:
            pieces, last = [], span.start
            for cut in sorted(s for s in starts if span.start < s < span.end):
                pieces.append(article.text[last:cut])
                last = cut
            pieces.append(article.text[last : span.end])
            text.append("│".join(pieces))
        else:
            text.append(article.text[span.start : span.end])
        body.append(text)
    return Group(meta, *body)


__all__ = ["summary_table", "detail_table", "shard_totals", "article_view"]
