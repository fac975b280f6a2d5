"""The train / dev / test split of the gold articles: deterministic, by near-duplicate cluster.

Clusters (``Article.cluster_id``, so reprints of one story stay together) are ordered by the SHA-256 of
their id; the first 60 % of articles go to train, the next 20 % to dev, the rest to test.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from newsquotes.schema import Article

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
