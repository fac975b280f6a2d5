"""Assemble the shipped gold: GUM-derived entities plus hand-annotated quotes, one Annotation per article."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from newsquotes.annotations import write_annotations
from newsquotes.gold.entities import EntityMapping, gum_entities
from newsquotes.gold.gum import align, read_gum
from newsquotes.gold.quotes import load_quotes
from newsquotes.gold.splits import split_articles, write_splits
from newsquotes.schema import Annotation, Article, LayerSource

GOLD = Path("corpus/gold")
ENTITIES_BY = "gum-derived"
QUOTES_BY = "hand-annotated"


@dataclass(frozen=True)
class GoldSources:
    gum_dir: Path
    mapping: Path
    quotes_dir: Path

    @classmethod
    def shipped(cls, root: Path) -> GoldSources:
        return cls(root / "corpus" / "gum", root / GOLD / "entity_mapping.toml", root / GOLD / "quotes")


def article_name(article: Article) -> str:
    """The shipped article's short name ("afghan"), shared by its raw file, GUM file and quotes file."""
    return Path(article.provenance.input).stem


def gold_annotation(article: Article, sources: GoldSources, mapping: EntityMapping) -> Annotation:
    name = article_name(article)
    gum_path = sources.gum_dir / f"GUM_news_{name}.conllu"
    if not gum_path.exists():
        raise ValueError(f"article {article.id} ({name}): no GUM document {gum_path}")
    document = read_gum(gum_path)
    entities = gum_entities(document, align(document, article.text), article.text, mapping)
    layers = [LayerSource(layer="entities", produced_by=ENTITIES_BY)]
    quotes = []
    quote_path = sources.quotes_dir / f"{name}.toml"
    if quote_path.exists():
        quotes = load_quotes(quote_path, article).quotes
        layers += [LayerSource(layer=layer, produced_by=QUOTES_BY) for layer in ("quotes", "speakers", "stance")]
    annotation = Annotation(article_id=article.id, annotator="gold", text_sha256=article.text_sha256,
                            entities=entities, quotes=quotes, layers=layers)
    problems = annotation.problems(article.text)
    if problems:
        raise ValueError(f"article {article.id} ({name}): {problems[0]}")
    return annotation


def build_gold(articles: list[Article], sources: GoldSources) -> list[Annotation]:
    mapping = EntityMapping.load(sources.mapping)
    return [gold_annotation(article, sources, mapping) for article in sorted(articles, key=article_name)]


def write_gold(articles: list[Article], sources: GoldSources, out: Path) -> dict:
    """Write ``gold.jsonl`` and ``splits.json`` into ``out``; return the counts for the README."""
    annotations = build_gold(articles, sources)
    write_annotations(out / "gold.jsonl", annotations)
    splits = split_articles(articles)
    write_splits(out, splits)
    return gold_counts(annotations)


def gold_counts(annotations: list[Annotation]) -> dict:
    quotes = [q for a in annotations for q in a.quotes]
    return {
        "articles": len(annotations),
        "articles_with_quote_layer": sum(any(l.layer == "quotes" for l in a.layers) for a in annotations),
        "entities": len([e for a in annotations for e in a.entities]),
        "entity_labels": dict(Counter(e.label for a in annotations for e in a.entities).most_common()),
        "quotes": len(quotes),
        "quote_kinds": dict(Counter(q.kind for q in quotes).most_common()),
        "quotes_with_speaker": sum(q.speaker is not None for q in quotes),
        "stance_labels": dict(Counter(q.stance.label for q in quotes if q.stance).most_common()),
    }
