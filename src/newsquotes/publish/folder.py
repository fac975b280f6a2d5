"""The Hub repository folder: one Parquet file per config and split, with declared ``datasets`` features.

Configs:

``articles``  one row per article (the corpus's `Article`, with its split);
``entities``  one row per gold entity mention;
``quotes``    one row per gold quote, with its cue, speaker, kind, stance and the paragraph around it;
``ner``       one row per sentence: tokens and BIO tags, for token-classification trainers (only sentences
              the entity layer covers: an unannotated sentence is never written as all ``O``);
``layers``    one row per gold layer of an article: how it was made and the ranges it covers (null: the
              whole text), so that a user scoring on part-covered articles knows where the gold is silent.

Every file is written with its features in the Parquet metadata, so ``datasets.load_dataset(folder, config)``
gives ClassLabel columns and lists of span structs, and :func:`verify` checks exactly that.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from datasets import ClassLabel, Dataset, Features, List, Value, load_dataset

from newsquotes.errors import NewsquotesError
from newsquotes.schema import BIO_TAGS, ENTITY_LABELS, QUOTE_KINDS, STANCE_LABELS, Annotation, Article

SPLITS = ("train", "dev", "test")
_SPAN = {"start": Value("int64"), "end": Value("int64")}
_TEXT_SPAN = {**_SPAN, "text": Value("string")}

FEATURES: dict[str, Features] = {
    "articles": Features({
        "id": Value("string"), "split": Value("string"), "url": Value("string"), "source": Value("string"),
        "title": Value("string"), "subtitle": Value("string"), "caption": Value("string"),
        "authors": List(Value("string")), "published": Value("string"), "language": Value("string"),
        "language_score": Value("float64"), "text": Value("string"),
        "paragraphs": List(_SPAN), "sentences": List(_SPAN), "license": Value("string"),
        "text_sha256": Value("string"), "cluster_id": Value("string"), "pipeline_version": Value("string"),
    }),
    "entities": Features({
        "article_id": Value("string"), "id": Value("string"), **_TEXT_SPAN,
        "label": ClassLabel(names=list(ENTITY_LABELS)), "entity": Value("string"),
    }),
    "quotes": Features({
        "article_id": Value("string"), "id": Value("string"), **_TEXT_SPAN,
        "kind": ClassLabel(names=list(QUOTE_KINDS)), "cue": _TEXT_SPAN, "speaker": _TEXT_SPAN,
        "speaker_name": Value("string"),
        # -1 where the quote has no stance label, as ClassLabel does for a missing label.
        "stance": ClassLabel(names=list(STANCE_LABELS)), "stance_target": Value("string"),
        "context": Value("string"),
    }),
    "ner": Features({
        "article_id": Value("string"), "sentence": Value("int64"),
        "tokens": List(Value("string")), "ner_tags": List(ClassLabel(names=list(BIO_TAGS))),
    }),
    "layers": Features({
        "article_id": Value("string"), "layer": Value("string"), "produced_by": Value("string"),
        "covers": List(_SPAN), "note": Value("string"),
    }),
}
CONFIGS = tuple(FEATURES)


@dataclass(frozen=True)
class ReleaseData:
    """What goes into a release: articles with their split, and the gold of those articles."""

    articles: Sequence[Article]
    gold: Mapping[str, Annotation]
    split_of: Mapping[str, str]


def data_file(config: str, split: str) -> str:
    return f"data/{config}/{split}.parquet"


def _article_row(article: Article, split: str) -> dict:
    row = article.model_dump(mode="json", exclude={"provenance"})
    return {"split": split, **row}


def _quote_row(article: Article, quote) -> dict:
    paragraph = next((p for p in article.paragraphs if p.start <= quote.start < p.end), None)
    return {
        "article_id": article.id, "id": quote.id, "start": quote.start, "end": quote.end, "text": quote.text,
        "kind": quote.kind,
        "cue": quote.cue.model_dump() if quote.cue else None,
        "speaker": quote.speaker.model_dump() if quote.speaker else None,
        "speaker_name": quote.speaker_name,
        "stance": quote.stance.label if quote.stance else -1,
        "stance_target": quote.stance.target if quote.stance else None,
        "context": article.text[paragraph.start : paragraph.end] if paragraph else None,
    }


def rows(data: ReleaseData, config: str, split: str, skipped: list[str] | None = None) -> list[dict]:
    """The rows of one config and split; entities the ``ner`` tokens cannot carry are added to ``skipped``."""
    out: list[dict] = []
    tokenizer = None
    for article in data.articles:
        if data.split_of[article.id] != split:
            continue
        gold = data.gold.get(article.id)
        if config == "articles":
            out.append(_article_row(article, split))
        elif gold is None:
            continue
        elif config == "entities":
            out += [{"article_id": article.id, **e.model_dump(include={"id", "start", "end", "text", "label", "entity"})}
                    for e in gold.entities]
        elif config == "quotes":
            out += [_quote_row(article, q) for q in gold.quotes]
        elif config == "layers":
            out += [{"article_id": article.id, **source.model_dump(mode="json")} for source in gold.layers]
        elif config == "ner":
            from newsquotes.exports import Tokenizer, tagged_doc, tagged_sentences

            tokenizer = tokenizer or Tokenizer()
            doc, left_out = tagged_doc(tokenizer, article, gold)
            if skipped is not None:
                skipped += left_out
            out += [{"article_id": article.id, "sentence": number, "tokens": tokens, "ner_tags": tags}
                    for number, (tokens, tags) in enumerate(tagged_sentences(doc))]
    return out


def write_folder(folder: Path, data: ReleaseData, skipped: list[str] | None = None,
                 progress: Callable[[str], None] | None = None) -> dict[str, list[str]]:
    """Write every config and split as Parquet under ``folder``; returns the splits written per config.

    An empty split is not written (``datasets`` cannot load a split with no rows), and so not declared.
    """
    written: dict[str, list[str]] = {}
    for config, features in FEATURES.items():
        if progress:
            progress(f"writing {config}")
        for split in SPLITS:
            records = rows(data, config, split, skipped)
            if not records:
                continue
            path = folder / data_file(config, split)
            path.parent.mkdir(parents=True, exist_ok=True)
            columns = {name: [record[name] for record in records] for name in features}
            Dataset.from_dict(columns, features=features).to_parquet(str(path))
            written.setdefault(config, []).append(split)
    return written


def verify(folder: Path, written: dict[str, list[str]],
           progress: Callable[[str], None] | None = None) -> dict[str, dict[str, int]]:
    """Load every config and split back with ``datasets`` and check the features; returns row counts.

    A fresh cache each time: ``datasets`` keys its cache by folder name and config, so a cached earlier
    release of the same name would be read instead of the files just written.
    """
    counts: dict[str, dict[str, int]] = {}
    with tempfile.TemporaryDirectory(prefix="newsquotes-verify-") as cache:
        for config, splits in written.items():
            if progress:
                progress(f"loading {config} back")
            counts[config] = _verify_config(folder, config, splits, cache)
    return counts


def _verify_config(folder: Path, config: str, splits: list[str], cache: str) -> dict[str, int]:
    loaded = load_dataset(str(folder), config, cache_dir=cache)
    if set(loaded) != set(splits):
        raise NewsquotesError(f"{folder}: config {config} loads splits {sorted(loaded)}, expected {splits}")
    for split, dataset in loaded.items():
        if dataset.features != FEATURES[config]:
            raise NewsquotesError(f"{folder}: config {config}, split {split}: features differ from the declared ones")
    return {split: loaded[split].num_rows if split in loaded else 0 for split in SPLITS}
