"""The train / dev / test split of the gold articles, and the split file every layer reads it from.

Articles are grouped by story: their ``Article.cluster_id`` (near-duplicates), joined with the story
groups the caller knows of (MEANTIME articles that report the same event). Each story weighs one per
article plus one per gold quote, so that the splits share out what there is to score, not just articles:
stories, largest first then in the order of the SHA-256 of their key, go each to the split furthest below
its share of the weight (test 37 %, dev 20 %, train the rest; test first at a tie). A story never
straddles two splits, so no model is tested on a story it was trained on.

Splits are stable across releases: the articles of an earlier release keep their split (``pinned``, kept in
the split file under ``"pinned"``), so a model tuned on an earlier train split never meets those articles
in a later test split; so do the articles of a test split that has been scored, whatever later corrections
to the gold change their weight. The seed article, which the models were developed on, is pinned to dev.

The split file, ``splits.json`` beside the gold, is ``{"version": 2, "rule": …, "train": [ids], "dev":
[ids], "test": [ids], "pinned": {id: split}}``: every key whose value is a list is a split, the others are
notes."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path

from newsquotes.errors import GoldError
from newsquotes.schema import Article

SPLITS_FILE = "splits.json"
RULE = ("stories (Article.cluster_id joined with same-event MEANTIME articles), weighing 1 per article plus 1 per "
        "gold quote, largest first then by sha256 of the story key, each to the split furthest below its share "
        "(test 37%, dev 20%, train the rest); pinned articles keep their split (those of an earlier release, every "
        "article the test split was scored on, and the seed article, the development reference case, in dev); a "
        "story never straddles two splits")


TEST_SHARE, DEV_SHARE = 0.37, 0.20


def split_articles(articles: list[Article], stories: dict[str, str] | None = None,
                   pinned: dict[str, str] | None = None, quotes: dict[str, int] | None = None) -> dict[str, list[str]]:
    """``stories`` maps an article id to its story key (articles it does not name are their own story);
    ``pinned`` maps article ids of an earlier release to their split; ``quotes`` counts each article's gold
    quotes, so that the shares weigh the articles by what they give to score (one plus their quotes)."""
    stories, pinned, quotes = stories or {}, pinned or {}, quotes or {}
    clusters: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        clusters[stories.get(article.id, article.cluster_id)].append(article.id)
    order = sorted(clusters, key=lambda c: hashlib.sha256(c.encode("utf-8")).hexdigest())
    weight = {c: sum(1 + quotes.get(i, 0) for i in clusters[c]) for c in clusters}
    total = sum(weight.values())
    targets = {"test": TEST_SHARE * total, "dev": DEV_SHARE * total}
    targets["train"] = total - targets["test"] - targets["dev"]
    splits: dict[str, list[str]] = {"train": [], "dev": [], "test": []}
    load = dict.fromkeys(splits, 0)
    free = []
    for cluster in order:
        homes = sorted({pinned[i] for i in clusters[cluster] if i in pinned})
        if len(homes) > 1:
            raise GoldError(f"articles pinned to {' and '.join(homes)} are one story: {sorted(clusters[cluster])}")
        if homes:
            splits[homes[0]] += clusters[cluster]
            load[homes[0]] += weight[cluster]
        else:
            free.append(cluster)
    for cluster in sorted(free, key=lambda c: -weight[c]):  # large stories first, so that they fit
        name = max(("test", "dev", "train"), key=lambda n: targets[n] - load[n])
        splits[name] += clusters[cluster]
        load[name] += weight[cluster]
    position = {c: k for k, c in enumerate(order)}
    story_of = {i: c for c, ids in clusters.items() for i in ids}
    return {name: sorted(ids, key=lambda i: (position[story_of[i]], i)) for name, ids in splits.items()}


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
        raise GoldError(f"{path}: not a JSON split file: {err}") from None
    if not isinstance(document, dict):
        raise GoldError(f"{path}: a split file maps split names to lists of article ids")
    splits = {name: [str(i) for i in ids] for name, ids in document.items() if isinstance(ids, list)}
    seen: dict[str, str] = {}
    for name, ids in splits.items():
        for article_id in ids:
            if article_id in seen:
                raise GoldError(f"{path}: article {article_id} is in both {seen[article_id]} and {name}")
            seen[article_id] = name
    return splits
