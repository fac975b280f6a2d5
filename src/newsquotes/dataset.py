"""What a benchmark is scored on: gold annotations, the split they are cut to, and the articles' text.

Every gold annotation is checked against the text it was made on before anything is scored, and the
dataset gets a fingerprint (a hash of each scored article's id, text hash and gold annotation, and of the
whole gold file the stance baselines learn from) so that two runs can tell whether they scored the same thing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from newsquotes.annotations import read_annotations, warn_unhashed, with_text_hash
from newsquotes.corpus.storage import read_articles
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
        raise ValueError(f"split {split!r} asked for, but there is no split file at {path}") from None
    if split not in splits:
        raise ValueError(f"{path}: no split {split!r} (splits: {', '.join(sorted(splits)) or 'none'})")
    if not splits[split]:
        raise ValueError(f"{path}: split {split!r} lists no articles")
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
    annotations = read_annotations(gold_path, hash_optional=True)
    if not annotations:
        raise ValueError(f"{gold_path}: the gold holds no annotations")
    by_article: dict[str, Annotation] = {}
    for annotation in annotations:
        if annotation.article_id in by_article:
            raise ValueError(f"{gold_path}: article {annotation.article_id} has more than one gold annotation "
                             f"(annotators {by_article[annotation.article_id].annotator!r} and {annotation.annotator!r})")
        by_article[annotation.article_id] = annotation
    return by_article


def load_dataset(gold_path: Path, corpus: Path, split: str | None = None) -> Dataset:
    """Gold of ``split`` (or all of it), each annotation paired with its article and checked against its text."""
    gold_path, corpus = Path(gold_path), Path(corpus)
    by_article = _gold_by_article(gold_path)
    if split is None:
        wanted = sorted(by_article)
    else:
        wanted = read_split(splits_path(gold_path), split)
        unlabelled = [article_id for article_id in wanted if article_id not in by_article]
        if unlabelled:
            raise ValueError(f"{gold_path}: split {split!r} lists article(s) with no gold annotation: "
                             f"{', '.join(unlabelled[:5])}")
    if not (corpus / "manifest.json").exists():
        raise ValueError(f"{corpus}: not a built corpus (no manifest.json); run `newsquotes build` first")
    wanted_ids = set(wanted)
    texts = {article.id: article for article in read_articles(corpus) if article.id in wanted_ids}
    missing = [article_id for article_id in wanted if article_id not in texts]
    if missing:
        raise ValueError(f"{gold_path}: gold article(s) missing from the corpus {corpus}: {', '.join(missing[:5])}")
    articles = [texts[article_id] for article_id in wanted]
    warn_unhashed(gold_path, (by_article[article_id] for article_id in wanted))
    gold = [with_text_hash(by_article[article_id], article) for article_id, article in zip(wanted, articles)]
    for article, annotation in zip(articles, gold):
        problems = annotation.problems_with(article)
        if problems:
            raise ValueError(f"{gold_path}: article {article.id}: {problems[0]}")
    return Dataset(gold_path=gold_path, split=split, corpus=corpus, articles=articles, gold=gold,
                   fingerprint=fingerprint(articles, gold, list(by_article.values())))
