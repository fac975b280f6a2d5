"""The train / dev / test split of the gold articles, and the split file every layer reads it from.

Articles are grouped by ``Article.cluster_id`` and the groups ordered by the SHA-256 of their id; the
first 60 % of articles go to train, the next 20 % to dev, the rest to test. A built corpus keeps one
article per near-duplicate cluster, so each group is one article today; grouping keeps reprints in one
split should a corpus ever carry several.

The split file, ``splits.json`` beside the gold, is ``{"version": 1, "rule": …, "train": [ids], "dev":
[ids], "test": [ids]}``: every key whose value is a list is a split, the others are notes.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path

from newsquotes.schema import Article

SPLITS_FILE = "splits.json"
RULE = ("clusters (Article.cluster_id) ordered by sha256 of the cluster id; the first 60% of articles to "
        "train, the next 20% to dev, the rest to test; a cluster never straddles two splits")


def split_articles(articles: list[Article]) -> dict[str, list[str]]:
    clusters: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        clusters[article.cluster_id].append(article.id)
    order = sorted(clusters, key=lambda c: hashlib.sha256(c.encode("utf-8")).hexdigest())
    total, placed = len(articles), 0
    splits: dict[str, list[str]] = {"train": [], "dev": [], "test": []}
    for cluster in order:
        name = "train" if placed < round(0.6 * total) else "dev" if placed < round(0.8 * total) else "test"
        splits[name] += sorted(clusters[cluster])
        placed += len(clusters[cluster])
    return splits


def write_splits(folder: Path, splits: dict[str, list[str]]) -> Path:
    path = Path(folder) / SPLITS_FILE
    path.write_text(json.dumps({"version": 1, "rule": RULE, **splits}, indent=2) + "\n", "utf-8")
    return path


def read_splits(path: Path) -> dict[str, list[str]]:
    """Every split of a split file with its article ids; errors name the file and what is wrong.

    A missing file raises FileNotFoundError, so that callers can say what they needed it for.
    """
    try:
        document = json.loads(Path(path).read_text("utf-8"))
    except ValueError as err:
        raise ValueError(f"{path}: not a JSON split file: {err}") from None
    if not isinstance(document, dict):
        raise ValueError(f"{path}: a split file maps split names to lists of article ids")
    splits = {name: [str(i) for i in ids] for name, ids in document.items() if isinstance(ids, list)}
    seen: dict[str, str] = {}
    for name, ids in splits.items():
        for article_id in ids:
            if article_id in seen:
                raise ValueError(f"{path}: article {article_id} is in both {seen[article_id]} and {name}")
            seen[article_id] = name
    return splits
