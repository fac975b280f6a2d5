"""Agreement of the two independent readings of the hand-read entity layer, and of MEANTIME's own named mentions.

    python corpus/tools/entity_second_reading.py [--corpus corpus/build]

Reads ``corpus/gold/agreement/entities-first/<article>.toml`` (the first reading as it was before review) and
``entities-second/<article>.toml`` (the independent second reading), in the hand-entity format
(``newsquotes.gold.hand_entities``), and writes ``entity-agreement.json``: span F1 per label and pooled, exact and
overlap, labelled and unlabelled, overall and per source.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsquotes.corpus.storage import read_articles
from newsquotes.gold.build import article_name
from newsquotes.gold.hand_entities import load_entities
from newsquotes.labeling.agreement import agreement
from newsquotes.schema import ENTITY_LABELS, Annotation, LayerSource

ROOT = Path(__file__).resolve().parents[2]
AGREEMENT = ROOT / "corpus" / "gold" / "agreement"
READINGS = {"entities-first": "entities-first", "entities-second": "entities-second"}


def readings(corpus: Path) -> dict[str, dict[str, Annotation]]:
    """Article id -> annotator -> its entity layer, for the articles read twice."""
    articles = {article_name(a): a for a in read_articles(corpus)}
    grouped: dict[str, dict[str, Annotation]] = {}
    for annotator, folder in READINGS.items():
        for path in sorted((AGREEMENT / folder).glob("*.toml")):
            article = articles[path.name.removesuffix(".toml")]
            grouped.setdefault(article.id, {})[annotator] = Annotation(
                article_id=article.id, annotator=annotator, text_sha256=article.text_sha256,
                entities=load_entities(path, article),
                layers=[LayerSource(layer="entities", produced_by="hand-annotated")])
    return grouped


def pooled(result: dict) -> dict:
    """Label-aware F1 over all entity labels: matched and marked spans summed over the labels."""
    out = {}
    for mode in ("exact", "overlap"):
        matched = sum(result["spans"][label][mode]["matched"] for label in ENTITY_LABELS)
        marked = sum(result["spans"][label][mode]["marked"] for label in ENTITY_LABELS)
        out[mode] = {"f1": round(2 * matched / marked, 4) if marked else None, "matched": matched, "marked": marked}
    return out


def unlabelled(grouped: dict[str, dict[str, Annotation]]) -> dict:
    """Span F1 ignoring the label: did both readings mark the same stretch of text as a name?"""
    matched = marked = 0
    for by_annotator in grouped.values():
        first, second = ({(e.start, e.end) for e in by_annotator[a].entities} for a in READINGS)
        matched, marked = matched + len(first & second), marked + len(first) + len(second)
    return {"f1": round(2 * matched / marked, 4) if marked else None, "matched": matched, "marked": marked}


def summary(grouped: dict[str, dict[str, Annotation]]) -> dict:
    result = agreement(grouped)
    return {"articles": len(result["articles_compared"]), "labelled": pooled(result),
            "unlabelled_exact": unlabelled(grouped),
            "per_label_exact": {label: result["spans"][label]["exact"] for label in ENTITY_LABELS}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "build")
    args = parser.parse_args()
    grouped = {a: g for a, g in readings(args.corpus).items() if len(g) == len(READINGS)}
    source_of = {a.id: a.source for a in read_articles(args.corpus)}
    report = {"overall": summary(grouped), "by_source": {
        source: summary({a: g for a, g in grouped.items() if source_of[a] == source})
        for source in sorted({source_of[a] for a in grouped})}}
    (AGREEMENT / "entity-agreement.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    for name, result in [("overall", report["overall"]), *report["by_source"].items()]:
        print(f"{name}: {result['articles']} articles; entity span F1 labelled exact "
              f"{result['labelled']['exact']['f1']} overlap {result['labelled']['overlap']['f1']}; "
              f"unlabelled exact {result['unlabelled_exact']['f1']}")


if __name__ == "__main__":
    main()
