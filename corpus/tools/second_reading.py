"""Turn the two independent readings of the agreement articles into annotator files and measure their agreement.

    python corpus/tools/second_reading.py [--corpus corpus/build]

Reads ``corpus/gold/agreement/first-reading/<article>.toml`` (the first reading as it was before adjudication)
and ``second-reading/<article>.toml`` (the independent second reading), in the gold's quote file format; writes
``annotator-first.jsonl`` and ``annotator-second.jsonl`` (quotes only) for ``newsquotes label agreement`` and
``newsquotes label adjudicate``, and ``agreement.json``: the agreement overall and per source (Article.source).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsquotes.annotations import write_annotations
from newsquotes.corpus.storage import read_articles
from newsquotes.gold.build import article_name
from newsquotes.gold.quotes import load_quotes
from newsquotes.labeling.agreement import agreement
from newsquotes.schema import Annotation, LayerSource

ROOT = Path(__file__).resolve().parents[2]
AGREEMENT = ROOT / "corpus" / "gold" / "agreement"
READINGS = {"annotator-first": "first-reading", "annotator-second": "second-reading"}


def readings(corpus: Path) -> dict[str, list[Annotation]]:
    articles = {article_name(a): a for a in read_articles(corpus)}
    out: dict[str, list[Annotation]] = {}
    for annotator, folder in READINGS.items():
        out[annotator] = []
        for path in sorted((AGREEMENT / folder).glob("*.toml")):
            article = articles[path.stem]
            quotes = load_quotes(path, article).quotes
            out[annotator].append(Annotation(
                article_id=article.id, annotator=annotator, text_sha256=article.text_sha256, quotes=quotes,
                layers=[LayerSource(layer=layer, produced_by="hand-annotated") for layer in ("quotes", "speakers", "stance")]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "build")
    args = parser.parse_args()
    by_annotator = readings(args.corpus)
    for annotator, records in by_annotator.items():
        write_annotations(AGREEMENT / f"{annotator}.jsonl", records)
    source_of = {a.id: a.source for a in read_articles(args.corpus)}
    grouped: dict[str, dict[str, Annotation]] = {}
    for annotator, records in by_annotator.items():
        for annotation in records:
            grouped.setdefault(annotation.article_id, {})[annotator] = annotation
    report = {"overall": agreement(grouped), "by_source": {}}
    for source in sorted({source_of[a] for a in grouped}):
        report["by_source"][source] = agreement({a: g for a, g in grouped.items() if source_of[a] == source})
    (AGREEMENT / "agreement.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    for name, result in [("overall", report["overall"]), *report["by_source"].items()]:
        spans, said_by, stance = result["spans"], result["said_by"], result["stance"]
        print(f"{name}: {len(result['articles_compared'])} articles; QUOTE F1 exact {spans['QUOTE']['exact']['f1']}"
              f" overlap {spans['QUOTE']['overlap']['f1']}; SPEAKER overlap {spans['SPEAKER']['overlap']['f1']};"
              f" said_by exact {said_by['exact']['f1']} overlap {said_by['overlap']['f1']};"
              f" speaker names {result['speaker_name']}; stance {stance}")


if __name__ == "__main__":
    main()
