"""The Hub's ``README.md`` (YAML metadata + ``DATASET_CARD.md`` + statistics) and Croissant metadata."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

import yaml

from newsquotes.errors import InputError
from newsquotes.publish.folder import FEATURES, SPLITS, ReleaseData, data_file
from newsquotes.publish.policy import hub_licence
from newsquotes.schema import Article

#: Where generated statistics go in the card; appended at the end when the card has no such line.
STATISTICS_MARKER = "<!-- statistics -->"
#: Where the card's prose gives the split sizes, generated from the released data like the statistics.
SPLITS_MARKER = "<!-- split sizes -->"
PRETTY_NAME = "newsquotes: entities, quotes, speakers and stance in news"


def _size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M")):
        if n < limit:
            return name
    return "n>1M"


def metadata(data: ReleaseData, written: Mapping[str, list[str]],
             annotation_licences: Mapping[str, str] | None = None) -> dict:
    """The Hub's YAML metadata, computed from the data."""
    licences = sorted({hub_licence(a.license) or "other" for a in data.articles}
                      | {hub_licence(v) or "other" for v in (annotation_licences or {}).values()})
    languages = sorted({a.language for a in data.articles if a.language})
    return {
        "pretty_name": PRETTY_NAME,
        "license": licences[0] if len(licences) == 1 else licences,
        "language": languages,
        "task_categories": ["token-classification", "text-classification"],
        "task_ids": ["named-entity-recognition"],
        "size_categories": [_size_category(len(data.articles))],
        "tags": ["news", "quotation-attribution", "stance-detection"],
        "configs": [
            {"config_name": config, **({"default": True} if config == "articles" else {}),
             "data_files": [{"split": split, "path": data_file(config, split)} for split in splits]}
            for config, splits in written.items()
        ],
    }


def statistics(data: ReleaseData, counts: Mapping[str, Mapping[str, int]]) -> str:
    """Markdown tables of rows per config and split and of the label distributions."""
    lines = ["## Statistics (computed from the released files)", "",
             "| config | " + " | ".join(SPLITS) + " |", "| --- |" + " ---: |" * len(SPLITS)]
    lines += [f"| {config} | " + " | ".join(str(counts[config][s]) for s in SPLITS) + " |" for config in counts]
    entities = Counter(e.label for g in data.gold.values() for e in g.entities)
    kinds = Counter(q.kind for g in data.gold.values() for q in g.quotes)
    stances = Counter(q.stance.label if q.stance else "(none)" for g in data.gold.values() for q in g.quotes)
    for title, counter in (("Entity labels", entities), ("Quote kinds", kinds), ("Stance", stances)):
        lines += ["", f"**{title}:** " + (", ".join(f"{k} {v}" for k, v in counter.most_common()) or "none")]
    return "\n".join(lines) + "\n"


def split_sizes(data: ReleaseData, left_out: Sequence[Article] = ()) -> str:
    """A sentence of articles and quotes per split of the release, from the data its files are written from."""
    articles: Counter = Counter(data.split_of[a.id] for a in data.articles)
    quotes: Counter = Counter()
    for article in data.articles:
        gold = data.gold.get(article.id)
        quotes[data.split_of[article.id]] += len(gold.quotes) if gold else 0
    train, dev, test = ((articles[s], quotes[s]) for s in SPLITS)
    share = 100 * test[0] / max(sum(articles.values()), 1)
    sentence = (f"In this release: train {train[0]} articles / {train[1]} quotes, dev {dev[0]} / {dev[1]}, "
                f"test {test[0]} / {test[1]} ({share:.0f} % of the articles).")
    if left_out:
        where = Counter(data.split_of.get(a.id, "no split") for a in left_out)
        sentence += (f" Left out for want of an open licence: {len(left_out)} article(s) ("
                     + ", ".join(f"{n} {split}" for split, n in sorted(where.items())) + ").")
    return sentence


def render_readme(card: str, meta: dict, stats: str, sizes: str = "") -> str:
    card = card.replace(SPLITS_MARKER, sizes)
    body = card.replace(STATISTICS_MARKER, stats) if STATISTICS_MARKER in card else f"{card.rstrip()}\n\n{stats}"
    return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True) + "---\n\n" + body


def read_metadata(readme: Path) -> dict:
    """The YAML block at the top of a Hub README."""
    text = Path(readme).read_text("utf-8")
    if not text.startswith("---\n"):
        raise InputError(f"{readme}: no YAML metadata block at the top")
    return yaml.safe_load(text[4 : text.index("\n---\n", 4)])


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


_CROISSANT_TYPES = {"string": "sc:Text", "int64": "sc:Integer", "float64": "sc:Float"}


def _fields(config: str) -> list[dict]:
    fields = []
    for name, feature in FEATURES[config].items():
        dtype = getattr(feature, "dtype", None)
        data_type = _CROISSANT_TYPES.get(dtype, "sc:Integer" if type(feature).__name__ == "ClassLabel" else "sc:Text")
        fields.append({"@type": "cr:Field", "@id": f"{config}/{name}", "name": name, "dataType": data_type,
                       "source": {"fileSet": {"@id": f"parquet-{config}"}, "extract": {"column": name}}})
    return fields


def croissant(folder: Path, meta: dict, description: str, url: str | None) -> dict:
    """MLCommons Croissant 1.0 JSON-LD describing the Parquet files and their record sets."""
    distribution = []
    written = {c["config_name"]: [f["split"] for f in c["data_files"]] for c in meta["configs"]}
    for config, splits in written.items():
        for split in splits:
            path = folder / data_file(config, split)
            distribution.append({"@type": "cr:FileObject", "@id": data_file(config, split),
                                 "name": data_file(config, split), "contentUrl": data_file(config, split),
                                 "encodingFormat": "application/x-parquet", "sha256": _sha256(path)})
        distribution.append({"@type": "cr:FileSet", "@id": f"parquet-{config}", "name": f"parquet-{config}",
                             "encodingFormat": "application/x-parquet", "includes": f"data/{config}/*.parquet"})
    licence = meta["license"]
    return {
        "@context": {"@language": "en", "@vocab": "https://schema.org/", "sc": "https://schema.org/",
                     "cr": "http://mlcommons.org/croissant/", "dct": "http://purl.org/dc/terms/",
                     "citeAs": "cr:citeAs", "column": "cr:column", "conformsTo": "dct:conformsTo",
                     "data": {"@id": "cr:data", "@type": "@json"}, "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
                     "extract": "cr:extract", "field": "cr:field", "fileObject": "cr:fileObject",
                     "fileSet": "cr:fileSet", "includes": "cr:includes", "recordSet": "cr:recordSet",
                     "source": "cr:source"},
        "@type": "sc:Dataset",
        "conformsTo": "http://mlcommons.org/croissant/1.0",
        "name": "newsquotes",
        "description": description,
        "license": licence if isinstance(licence, list) else [licence],
        "url": url or "https://huggingface.co/datasets",
        "inLanguage": meta["language"],
        "distribution": distribution,
        "recordSet": [{"@type": "cr:RecordSet", "@id": config, "name": config, "field": _fields(config)}
                      for config in written],
    }


def write_croissant(folder: Path, document: dict) -> Path:
    path = folder / "croissant.json"
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return path
