"""Assemble the shipped gold, one Annotation per article: entities derived from GUM, or read by hand
(``entities/<article>.toml``: every MEANTIME article, whose own annotation covers its first sentences only, and
the seed), else derived from MEANTIME's first sentences; quotes, speakers and stance read by hand."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from newsquotes.annotations import write_annotations
from newsquotes.errors import GoldError
from newsquotes.gold.entities import EntityMapping, gum_entities
from newsquotes.gold.gum import align, read_gum
from newsquotes.gold.hand_entities import load_entities
from newsquotes.gold.meantime import read_document, same_story
from newsquotes.gold.meantime_entities import MeantimeMapping, meantime_entities
from newsquotes.gold.quotes import load_quotes
from newsquotes.gold.splits import SPLITS_FILE, read_pinned, split_articles, write_splits
from newsquotes.gold.targets import TARGETS_FILE, check_targets, load_targets
from newsquotes.gold.turns import label_entities
from newsquotes.schema import Annotation, Article, Entity, LayerSource

GOLD = Path("corpus/gold")
QUOTES_BY = "hand-annotated"
#: How a MEANTIME article's hand-read entity layer was made, recorded on the layer.
MEANTIME_PREFILL = ("read by hand over the whole text under labeling/GUIDELINES.md (Entities), every span decided; "
                    "pre-filled with MEANTIME's named mentions and spaCy en_core_web_sm's entities")


@dataclass(frozen=True)
class GoldSources:
    gum_dir: Path
    mapping: Path
    quotes_dir: Path
    meantime_dir: Path | None = None
    meantime_mapping: Path | None = None
    entities_dir: Path | None = None
    targets: Path | None = None  # the stance-target vocabulary (gold.targets)

    @classmethod
    def shipped(cls, root: Path) -> GoldSources:
        return cls(root / "corpus" / "gum", root / GOLD / "entity_mapping.toml", root / GOLD / "quotes",
                   root / "corpus" / "meantime", root / GOLD / "meantime_mapping.toml", root / GOLD / "entities",
                   root / GOLD / TARGETS_FILE)

    def meantime_file(self, name: str) -> Path | None:
        if self.meantime_dir is None:
            return None
        return next(iter(sorted(self.meantime_dir.glob(f"corpus_*/{name}.xml"))), None)


def article_name(article: Article) -> str:
    """The shipped article's short name ("afghan"), shared by its raw file, source document and quotes file.

    An article that is one record of a larger input (a CSV row) is named by the last part of its URL, as
    Wikinews names its pages ("Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead").
    """
    if article.provenance.record is None or not article.url:
        return Path(article.provenance.input).stem
    return unquote(article.url.rstrip("/").rsplit("/", 1)[-1])


def _entity_layer(article: Article, name: str, sources: GoldSources, mappings: dict
                  ) -> tuple[list[Entity], LayerSource]:
    """The article's entities from whichever source annotated them, and how that layer was made."""
    for prefix in ("GUM_news_", "GUM_interview_"):
        gum_path = sources.gum_dir / f"{prefix}{name}.conllu"
        if gum_path.exists():
            document = read_gum(gum_path)
            offsets = align(document, article.text)
            entities = gum_entities(document, offsets, article.text, mappings["gum"])
            entities = label_entities(document, offsets, article.text, entities)
            return entities, LayerSource(layer="entities", produced_by="gum-derived")
    meantime_path = sources.meantime_file(name)
    hand_path = sources.entities_dir / f"{name}.toml" if sources.entities_dir else None
    if hand_path is not None and hand_path.exists():
        note = MEANTIME_PREFILL if meantime_path is not None else None
        return load_entities(hand_path, article), LayerSource(layer="entities", produced_by="hand-annotated", note=note)
    if meantime_path is not None:  # MEANTIME's own first sentences, until the article is read by hand
        entities, covers = meantime_entities(read_document(meantime_path), article.text, mappings["meantime"])
        return entities, LayerSource(layer="entities", produced_by="meantime-derived", covers=covers)
    raise GoldError(f"article {article.id} ({name}): no GUM document, MEANTIME document or entity file for it")


def gold_annotation(article: Article, sources: GoldSources, mappings: dict) -> Annotation:
    name = article_name(article)
    entities, entity_layer = _entity_layer(article, name, sources, mappings)
    layers = [entity_layer]
    quotes = []
    quote_path = sources.quotes_dir / f"{name}.toml"
    if quote_path.exists():
        quotes = load_quotes(quote_path, article).quotes
        if "targets" in mappings:
            check_targets(name, quotes, mappings["targets"], str(quote_path))
        layers += [LayerSource(layer=layer, produced_by=QUOTES_BY) for layer in ("quotes", "speakers", "stance")]
    annotation = Annotation(article_id=article.id, annotator="gold", text_sha256=article.text_sha256,
                            entities=entities, quotes=quotes, layers=layers)
    problems = annotation.problems(article.text)
    if problems:
        raise GoldError(f"article {article.id} ({name}): {problems[0]}")
    return annotation


def _mappings(sources: GoldSources) -> dict:
    gum = EntityMapping.load(sources.mapping)
    mappings = {"gum": gum}
    if sources.meantime_mapping is not None and sources.meantime_mapping.exists():
        mappings["meantime"] = MeantimeMapping.load(sources.meantime_mapping, gum)
    if sources.targets is not None and sources.targets.exists():
        mappings["targets"] = load_targets(sources.targets)
    return mappings


def build_gold(articles: list[Article], sources: GoldSources) -> list[Annotation]:
    mappings = _mappings(sources)
    return [gold_annotation(article, sources, mappings) for article in sorted(articles, key=article_name)]


def story_groups(articles: list[Article], sources: GoldSources) -> dict[str, str]:
    """Article id -> its story: MEANTIME articles that share an event are one story (see gold.splits)."""
    documents = {}
    for article in articles:
        path = sources.meantime_file(article_name(article))
        if path is not None:
            documents[article.id] = read_document(path)
    return same_story(documents)


def write_gold(articles: list[Article], sources: GoldSources, out: Path) -> dict:
    """Write ``gold.jsonl`` and ``splits.json`` into ``out``; return the counts for the README."""
    annotations = build_gold(articles, sources)
    write_annotations(out / "gold.jsonl", annotations)
    pinned = read_pinned(out / SPLITS_FILE)
    quotes = {a.article_id: len(a.quotes) for a in annotations}
    splits = split_articles(articles, story_groups(articles, sources), pinned, quotes)
    write_splits(out, splits, pinned)
    return gold_counts(annotations)


def gold_counts(annotations: list[Annotation]) -> dict:
    quotes = [q for a in annotations for q in a.quotes]
    return {
        "articles": len(annotations),
        "articles_with_quote_layer": sum(any(layer.layer == "quotes" for layer in a.layers) for a in annotations),
        "entities": len([e for a in annotations for e in a.entities]),
        # how many articles' entity layers each source made; "meantime-derived" ones cover part of the text only
        "entity_layers": dict(Counter(layer.produced_by for a in annotations for layer in a.layers if layer.layer == "entities")),
        "entity_labels": dict(Counter(e.label for a in annotations for e in a.entities).most_common()),
        "quotes": len(quotes),
        "quote_kinds": dict(Counter(q.kind for q in quotes).most_common()),
        "quotes_with_speaker": sum(q.speaker is not None for q in quotes),
        "stance_labels": dict(Counter(q.stance.label for q in quotes if q.stance).most_common()),
    }
