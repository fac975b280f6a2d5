"""The train / dev / test split of the gold articles, and the split file every layer reads it from.

Articles are grouped by story: their ``Article.cluster_id`` (near-duplicates), joined with the story
groups the caller knows of (MEANTIME articles that report the same event); the groups are ordered by the
SHA-256 of their key and shared out so that test holds at least 30 % of the articles, dev 20 % and train
the rest (about 50 %). A group never straddles two splits, so no model is tested on a story it was trained on.

Splits are stable across releases: the articles of an earlier release keep their split (``pinned``, kept in
the split file under ``"pinned"``), so a model tuned on an earlier train split never meets those articles
in a later test split. A group holding a pinned article goes where that article is; the other groups,
largest first then in hash order, go each to the split furthest below its share
(test first at a tie).

The split file, ``splits.json`` beside the gold, is ``{"version": 1, "rule": …, "train": [ids], "dev":
[ids], "test": [ids]}``: every key whose value is a list is a split, the others are notes.
"""

from __future__ import annotations

import hashlib
import math
import json
from collections import defaultdict
from pathlib import Path

from newsquotes.schema import Article

SPLITS_FILE = "splits.json"
RULE = ("stories (Article.cluster_id joined with same-event MEANTIME articles) ordered by size, then sha256 of "
        "the story key, each to the split furthest below its share (test at least 30%, dev 20%, train the rest); articles of an "
        "earlier release keep their split (pinned); a story never straddles two splits")


def split_articles(articles: list[Article], stories: dict[str, str] | None = None,
                   pinned: dict[str, str] | None = None) -> dict[str, list[str]]:
    """``stories`` maps an article id to its story key (articles it does not name are their own story);
    ``pinned`` maps article ids of an earlier release to their split."""
    stories, pinned = stories or {}, pinned or {}
    clusters: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        clusters[stories.get(article.id, article.cluster_id)].append(article.id)
    order = sorted(clusters, key=lambda c: hashlib.sha256(c.encode("utf-8")).hexdigest())
    total = len(articles)
    test, dev = math.ceil(0.3 * total), round(0.2 * total)  # test at least 30 %
    targets = {"train": total - test - dev, "dev": dev, "test": test}
    splits: dict[str, list[str]] = {"train": [], "dev": [], "test": []}
    free = []
    for cluster in order:
        homes = sorted({pinned[i] for i in clusters[cluster] if i in pinned})
        if len(homes) > 1:
            raise ValueError(f"articles pinned to {' and '.join(homes)} are one story: {sorted(clusters[cluster])}")
        if homes:
            splits[homes[0]] += sorted(clusters[cluster])
        else:
            free.append(cluster)
    for cluster in sorted(free, key=lambda c: -len(clusters[c])):  # large stories first, so they fit
        name = max(("test", "dev", "train"), key=lambda n: targets[n] - len(splits[n]))
        splits[name] += sorted(clusters[cluster])
    return {name: sorted(ids, key=lambda i: next(k for k, c in enumerate(order) if i in clusters[c]))
            for name, ids in splits.items()}


def write_splits(folder: Path, splits: dict[str, list[str]], pinned: dict[str, str] | None = None) -> Path:
    path = Path(folder) / SPLITS_FILE
    document = {"version": 2, "rule": RULE, **splits, "pinned": pinned or {}}
    path.write_text(json.dumps(document, indent=2) + "\n", "utf-8")
    return path


def read_pinned(path: Path) -> dict[str, str]:
    """The pinned article -> split map of a split file; empty when the file or the key is missing."""
    try:
        document = json.loads(Path(path).read_text("utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    return dict(document.get("pinned", {})) if isinstance(document, dict) else {}


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
