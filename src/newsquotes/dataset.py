"""Gold paired with the articles it annotates: what is trained on, scored on, exported and published.

One loader reads a gold file or folder, cuts it to a split (:func:`load_dataset`) or takes all of it
(:func:`gold_articles`), finds each article in the built corpus and checks every gold annotation against
the text it was made on, so that nothing downstream meets gold that does not fit its text. A dataset gets
a fingerprint (a hash of each scored article's id, text hash and gold annotation, and of the whole gold
file the stance baselines learn from) so that two runs can tell whether they scored the same thing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsquotes.annotations import read_annotations, warn_unhashed, with_text_hash
from newsquotes.corpus.storage import read_articles
from newsquotes.errors import GoldError, InputError
from newsquotes.gold.splits import SPLITS_FILE, read_splits
from newsquotes.schema import Annotation, Article


@dataclass(frozen=True)
class Dataset:
    gold_path: Path
    split: str | None
    corpus: Path
    articles: list[Article]  # in scoring order, the order of every per-article list
    gold: list[Annotation]  # gold[i] annotates articles[i]
    fingerprint: str

    @property
    def article_ids(self) -> list[str]:
        return [article.id for article in self.articles]


def splits_path(gold: Path) -> Path:
    """The split file that goes with a gold file or folder: ``splits.json`` in the folder or beside the file."""
    gold = Path(gold)
    return (gold if gold.is_dir() else gold.parent) / SPLITS_FILE


def read_split(path: Path, split: str) -> list[str]:
    """Article ids of ``split`` in the split file at ``path``."""
    try:
        splits = read_splits(path)
    except FileNotFoundError:
        raise GoldError(f"split {split!r} asked for, but there is no split file at {path}") from None
    if split not in splits:
        raise GoldError(f"{path}: no split {split!r} (splits: {', '.join(sorted(splits)) or 'none'})")
    if not splits[split]:
        raise GoldError(f"{path}: split {split!r} lists no articles")
    return splits[split]


def fingerprint(articles: list[Article], gold: list[Annotation], whole_gold: list[Annotation]) -> str:
    """Hash of the scored articles' texts and gold, and of the whole gold file: the stance baselines are
    trained by cross-validation on all of it, so gold outside the split changes their scores too."""
    digest = hashlib.sha256()
    for article, annotation in sorted(zip(articles, gold), key=lambda pair: pair[0].id):
        digest.update(f"{article.id}\0{article.text_sha256}\0".encode())
        digest.update(annotation.model_dump_json().encode())
        digest.update(b"\n")
    digest.update(b"\0whole gold\0")
    for annotation in sorted(whole_gold, key=lambda a: a.article_id):
        digest.update(annotation.model_dump_json().encode())
        digest.update(b"\n")
    return digest.hexdigest()


def _gold_by_article(gold_path: Path) -> dict[str, Annotation]:
    """The gold's annotations by article id, in gold order; an empty gold or an article annotated twice is an error."""
    annotations = read_annotations(gold_path, hash_optional=True)
    if not annotations:
        raise GoldError(f"{gold_path}: the gold holds no annotations")
    by_article: dict[str, Annotation] = {}
    for annotation in annotations:
        if annotation.article_id in by_article:
            raise GoldError(f"{gold_path}: article {annotation.article_id} is annotated more than once "
                             f"(annotators {by_article[annotation.article_id].annotator!r} and "
                             f"{annotation.annotator!r}); give one annotation per article")
        by_article[annotation.article_id] = annotation
    return by_article


def _paired(gold_path: Path, corpus: Path, by_article: dict[str, Annotation], wanted: list[str]
            ) -> tuple[list[Article], list[Annotation]]:
    """The corpus articles of ``wanted`` and their gold, each annotation checked against its article's text."""
    if not (corpus / "manifest.json").exists():
        raise InputError(f"{corpus}: not a built corpus (no manifest.json); run `newsquotes build` first")
    wanted_ids = set(wanted)
    texts = {article.id: article for article in read_articles(corpus) if article.id in wanted_ids}
    missing = [article_id for article_id in wanted if article_id not in texts]
    if missing:
        more = f" (and {len(missing) - 1} more: {', '.join(missing[1:5])})" if len(missing) > 1 else ""
        raise GoldError(f"{gold_path}: article {missing[0]} is not in the corpus at {corpus}{more}")
    articles = [texts[article_id] for article_id in wanted]
    warn_unhashed(gold_path, (by_article[article_id] for article_id in wanted))
    gold = [with_text_hash(by_article[article_id], article) for article_id, article in zip(wanted, articles)]
    for article, annotation in zip(articles, gold):
        problems = annotation.problems_with(article)
        if problems:
            raise GoldError(f"{gold_path}: article {article.id}: {problems[0]}")
    return articles, gold


def load_dataset(gold_path: Path, corpus: Path, split: str | None = None) -> Dataset:
    """Gold of ``split`` (or all of it, by article id), each annotation paired with its article and checked
    against its text."""
    gold_path, corpus = Path(gold_path), Path(corpus)
    by_article = _gold_by_article(gold_path)
    if split is None:
        wanted = sorted(by_article)
    else:
        wanted = read_split(splits_path(gold_path), split)
        unlabelled = [article_id for article_id in wanted if article_id not in by_article]
        if unlabelled:
            raise GoldError(f"{gold_path}: split {split!r} lists article(s) with no gold annotation: "
                             f"{', '.join(unlabelled[:5])}")
    articles, gold = _paired(gold_path, corpus, by_article, wanted)
    return Dataset(gold_path=gold_path, split=split, corpus=corpus, articles=articles, gold=gold,
                   fingerprint=fingerprint(articles, gold, list(by_article.values())))


def gold_articles(gold: Path, corpus: Path) -> Iterator[tuple[Article, Annotation]]:
    """Each gold annotation with the corpus article it indexes into, in gold order, all checked first as by
    :func:`load_dataset`; errors name the file and the record."""
    gold, corpus = Path(gold), Path(corpus)
    by_article = _gold_by_article(gold)
    yield from zip(*_paired(gold, corpus, by_article, list(by_article)))
