"""Writing and reading a built corpus: sharded Parquet under ``articles/`` plus ``manifest.json``.

A build writes into a sibling folder and swaps it in with renames, so a build killed at any moment
leaves the previous corpus readable: either still in place, or (killed between the two renames) kept as
``<out>.previous`` and moved back by :func:`recover` at the start of the next build. A build that keeps
no article swaps nothing in: its manifest goes to ``<out>.failed`` (see :func:`failed_sibling`).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from newsquotes.corpus.documents import UNKNOWN_SOURCE
from newsquotes.errors import InputError

# pyarrow and the schema's models are imported where a shard or a model is used: `corpus stats` reads the
# manifest without them
if TYPE_CHECKING:
    from newsquotes.schema import Article, Manifest

ARTICLES_DIR = "articles"
MANIFEST = "manifest.json"


def _siblings(out: Path) -> tuple[Path, Path]:
    return out.with_name(out.name + ".partial"), out.with_name(out.name + ".previous")


def failed_sibling(out: Path) -> Path:
    """Where a build that kept nothing leaves its manifest, beside the corpus it did not replace."""
    return out.with_name(out.name + ".failed")


def discard(folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)


def recover(out: Path) -> None:
    """Undo what a killed build left behind, restoring the last complete corpus."""
    partial, previous = _siblings(out)
    if previous.exists():
        if out.exists():
            shutil.rmtree(previous)
        else:
            previous.rename(out)
    if partial.exists():
        shutil.rmtree(partial)


def shard_name(number: int) -> str:
    return f"{ARTICLES_DIR}/part-{number:05d}.parquet"


#: Rows turned into Arrow at a time while a shard is written: memory holds this many rows as Python objects.
ROWS_PER_BATCH = 64
#: Rows per Parquet row group, written as soon as they are in: memory holds this many rows as Arrow columns
#: whatever the size of a shard (a few MB), and a reader can take a shard a row group at a time. Larger
#: groups compress a little better (a shard of 558 articles in one group is 4% smaller) but hold more.
ROWS_PER_GROUP = 256


class Totals:
    """Articles, characters, paragraphs and sentences per source, and articles per language, counted from the
    rows as they are written: the manifest's ``totals``, which ``corpus stats`` shows without reading a shard.
    Plain dicts, so that the totals of shards written apart add up in any order to the same JSON."""

    def __init__(self, totals: dict | None = None):
        self.sources: dict[str, dict[str, int]] = {}
        self.languages: dict[str, int] = {}
        if totals:
            self.add(totals)

    def count(self, rows: Iterable[dict]) -> Iterator[dict]:
        """``rows``, passed on unchanged, each one counted."""
        for row in rows:
            # corpora built before every source had a name hold None: counted as unknown
            source = self.sources.setdefault(row["source"] or UNKNOWN_SOURCE, dict.fromkeys(_SIZES, 0))
            for size, value in zip(_SIZES, (1, len(row["text"]), len(row["paragraphs"]), len(row["sentences"]))):
                source[size] += value
            language = str(row["language"])
            self.languages[language] = self.languages.get(language, 0) + 1
            yield row

    def add(self, totals: dict) -> None:
        """Add the totals of other shards (:meth:`as_json`)."""
        for name, sizes in totals["sources"].items():
            source = self.sources.setdefault(name, dict.fromkeys(_SIZES, 0))
            for size in _SIZES:
                source[size] += sizes[size]
        for language, articles in totals["languages"].items():
            self.languages[language] = self.languages.get(language, 0) + articles

    def as_json(self) -> dict:
        return {"sources": {name: dict(self.sources[name]) for name in sorted(self.sources)},
                "languages": {language: self.languages[language] for language in sorted(self.languages)}}


_SIZES = ("articles", "characters", "paragraphs", "sentences")


def write_shard(folder: Path, name: str, rows: Iterable[dict]) -> dict:
    """One Parquet file of article rows (:meth:`Article.model_dump` in JSON mode, or the article's JSON
    parsed), streamed into the file a row group of :data:`ROWS_PER_GROUP` at a time; returns their
    :class:`Totals` as JSON. The same articles always give the same bytes, whoever writes them."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from newsquotes.corpus.arrow_rows import record_batch  # without pandas
    from newsquotes.schema import ARTICLE_SCHEMA

    (folder / ARTICLES_DIR).mkdir(parents=True, exist_ok=True)
    totals = Totals()
    with pq.ParquetWriter(folder / name, ARTICLE_SCHEMA, compression="zstd", write_statistics=True) as writer:
        group: list = []
        for batch in _batched(totals.count(rows), ROWS_PER_BATCH):
            group.append(record_batch(batch, ARTICLE_SCHEMA))
            if sum(map(len, group)) >= ROWS_PER_GROUP:
                writer.write_table(pa.Table.from_batches(group, schema=ARTICLE_SCHEMA), row_group_size=ROWS_PER_GROUP)
                group = []
        if group or not totals.languages:  # a shard with no article is a file with no row
            writer.write_table(pa.Table.from_batches(group, schema=ARTICLE_SCHEMA), row_group_size=ROWS_PER_GROUP)
    return totals.as_json()


def _batched(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def shard_groups(items: Sequence, rows_per_shard: int) -> list:
    """How a corpus is cut into shards, for every engine: ``rows_per_shard`` items each, in order; a corpus
    with no article still has one (empty) shard."""
    return [items[i : i + rows_per_shard] for i in range(0, len(items), rows_per_shard)] or [items[:0]]


def shard_names(articles: int, rows_per_shard: int) -> list[str]:
    """The files, relative to the corpus, of a corpus of ``articles`` cut by :func:`shard_groups`."""
    return [shard_name(number) for number in range(len(shard_groups(range(articles), rows_per_shard)))]


def write_shards(folder: Path, articles: Sequence[Article], rows_per_shard: int) -> list[str]:
    """Write articles in order as ``part-NNNNN.parquet`` files cut by :func:`shard_groups`; returns their paths
    relative to the corpus."""
    groups = shard_groups(articles, rows_per_shard)
    for number, group in enumerate(groups):
        write_shard(folder, shard_name(number), (article.model_dump(mode="json") for article in group))
    return shard_names(len(articles), rows_per_shard)


def publish(out: Path, fill) -> None:
    """Build the corpus in a fresh sibling folder with ``fill(folder)``, then swap it in for ``out``."""
    recover(out)
    partial, previous = _siblings(out)
    partial.mkdir(parents=True)
    fill(partial)
    _fsync_tree(partial)
    if out.exists():
        out.rename(previous)
    partial.rename(out)
    if previous.exists():
        shutil.rmtree(previous)


def _fsync_tree(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())


def write_manifest(folder: Path, manifest: Manifest) -> None:
    # pydantic's own serializer: the same text as json.dumps(indent=2, ensure_ascii=False), in a third of the time
    (folder / MANIFEST).write_text(manifest.model_dump_json(indent=2) + "\n", encoding="utf-8")


def read_manifest(corpus: Path) -> Manifest:
    from pydantic import ValidationError

    from newsquotes.schema import Manifest

    path = _manifest_path(corpus)
    try:
        return Manifest.model_validate_json(path.read_bytes())
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "record"
        raise InputError(f"{path}: not a build manifest: {where}: {first['msg']}") from None


def read_manifest_json(corpus: Path) -> dict:
    """The manifest as plain JSON, checked only for the parts a summary reads: a tenth of the time of
    :func:`read_manifest`, which builds a model of every entry."""
    path = _manifest_path(corpus)
    try:
        manifest = json.loads(path.read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(f"{path}: not a build manifest: {err}") from None
    missing = [key for key in ("counts", "shards", "entries") if not isinstance(manifest, dict) or key not in manifest]
    if missing:
        raise InputError(f"{path}: not a corpus manifest (no {', '.join(missing)})")
    return manifest


def _manifest_path(corpus: Path) -> Path:
    path = Path(corpus) / MANIFEST
    if not path.exists():
        raise FileNotFoundError(f"{corpus}: not a built corpus (no {MANIFEST})")
    return path


def read_articles(corpus: Path) -> Iterator[Article]:
    """Every article of a built corpus, in corpus order, one shard in memory at a time."""
    import pyarrow.parquet as pq

    from newsquotes.schema import Article

    manifest = read_manifest(corpus)
    for shard in manifest.shards:
        for batch in pq.ParquetFile(Path(corpus) / shard).iter_batches(batch_size=256):
            for row in batch.to_pylist():
                yield Article.model_validate(row)


def find_article(corpus: Path, article_id: str) -> Article | None:
    import pyarrow.parquet as pq

    from newsquotes.schema import Article

    manifest = read_manifest(corpus)
    for shard in manifest.shards:
        table = pq.read_table(Path(corpus) / shard, filters=[("id", "=", article_id)])
        if table.num_rows:
            return Article.model_validate(table.to_pylist()[0])
    return None
