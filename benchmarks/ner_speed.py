"""Speed of our NER scorer against nervaluate on the same spans, and proof that the numbers are identical.

Synthetic articles of ``--per-article`` gold entities each (``--entities`` in all, 1,000,000 by default) get
predictions with the errors NER models make: wrong labels, shifted boundaries, split and nested spans,
duplicates, misses and spurious spans, at seeded random. Both scorers see the same spans in document
order, each in its own input form: nervaluate lists of ``{"label", "start", "end"}`` dicts (inclusive
end), ours :class:`~newsquotes.schema.Annotation` records. Building the inputs is not timed; each scorer
runs once, from its input to its scores (for nervaluate, its loader and ``evaluate``). Every count and
every precision, recall and F1, micro and per label, under the four schemes, must be equal, or the
script fails.

    python benchmarks/ner_speed.py --out ner_speed.json
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import time
from pathlib import Path

from nervaluate import Evaluator
from rich.console import Console
from rich.table import Table

from newsquotes.bench.ner import OUTCOMES, SCHEMES, score_entities
from newsquotes.schema import ENTITY_LABELS, Annotation, Entity

Span = tuple[int, int, str]
FIELDS = ("precision", "recall", "f1", *OUTCOMES, "possible", "actual")


def document_order(span: Span) -> tuple[int, int, int]:
    """The order the scorer takes spans in; nervaluate is given them in the same order."""
    start, end, label = span
    return start, end, ENTITY_LABELS.index(label)


def article_spans(rng: random.Random, count: int) -> tuple[list[Span], list[Span]]:
    """``count`` gold entities, a few of them nested, and predictions with typical model errors."""
    gold: list[Span] = []
    position = 0
    for _ in range(count):
        position += rng.randint(5, 150)
        size = rng.randint(3, 30)
        gold.append((position, position + size, rng.choice(ENTITY_LABELS)))
        if rng.random() < 0.03:  # an entity nested inside it ("the University of [Oxford]")
            inner = rng.randint(position + 1, position + size - 1)
            gold.append((inner, position + size, rng.choice(ENTITY_LABELS)))
        position += size
    gold = gold[:count]
    predicted: list[Span] = []
    for start, end, label in gold:
        roll = rng.random()
        if roll < 0.70:
            predicted.append((start, end, label))
        elif roll < 0.78:
            predicted.append((start, end, rng.choice(ENTITY_LABELS)))
        elif roll < 0.88:
            shifted = max(0, start + rng.randint(-4, 4))
            predicted.append((shifted, max(shifted + 1, end + rng.randint(-4, 4)), label))
        elif roll < 0.91 and end - start > 1:
            cut = rng.randint(start + 1, end - 1)
            predicted += [(start, cut, label), (cut, end, label)]
        elif roll < 0.93:
            predicted += [(start, end, label), (start, end + rng.randint(1, 9), rng.choice(ENTITY_LABELS))]
        elif roll < 0.94:
            predicted += [(start, end, label), (start, end, label)]
        # else missed
    for _ in range(rng.randint(0, max(1, count // 10))):
        start = rng.randrange(position + 1)
        predicted.append((start, start + rng.randint(2, 20), rng.choice(ENTITY_LABELS)))
    return sorted(gold, key=document_order), sorted(predicted, key=document_order)


def as_annotation(article_id: str, spans: list[Span], annotator: str) -> Annotation:
    entities = [Entity(id=f"e{k}", start=s, end=e, text="x" * (e - s), label=label)
                for k, (s, e, label) in enumerate(spans)]
    return Annotation(article_id=article_id, annotator=annotator, text_sha256="0" * 64, entities=entities)


def as_dicts(spans: list[Span]) -> list[dict]:
    """nervaluate's input: its ends are inclusive."""
    return [{"label": label, "start": s, "end": e - 1} for s, e, label in spans]


def timed(run):
    """Result of ``run()``, with its wall-clock and CPU seconds (CPU time is steadier on a shared machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return result, {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}


def mismatches(ours: dict, theirs: dict) -> list[str]:
    found = []
    for scheme in SCHEMES:
        rows = [("micro", ours[scheme]["micro"], theirs["overall"][scheme])]
        rows += [(label, ours[scheme]["per_label"][label], theirs["entities"][label][scheme])
                 for label in theirs["entities"]]
        present = {label for label, row in ours[scheme]["per_label"].items() if row["possible"] or row["actual"]}
        if present != set(theirs["entities"]):
            found.append(f"{scheme}: labels {sorted(present)} against nervaluate's {sorted(theirs['entities'])}")
        for name, mine, other in rows:
            found += [f"{scheme} {name} {field}: {mine[field]!r} against {getattr(other, field)!r}"
                      for field in FIELDS if mine[field] != getattr(other, field)]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=1_000_000, help="gold entities in all")
    parser.add_argument("--per-article", type=int, default=40, help="gold entities per article")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path("ner_speed.json"))
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    articles = [article_spans(rng, args.per_article) for _ in range(args.entities // args.per_article)]
    gold = [as_annotation(f"a{k}", g, "gold") for k, (g, _) in enumerate(articles)]
    predicted = [as_annotation(f"a{k}", p, "model:synthetic") for k, (_, p) in enumerate(articles)]
    true_dicts = [as_dicts(g) for g, _ in articles]
    pred_dicts = [as_dicts(p) for _, p in articles]

    theirs, nervaluate_time = timed(lambda: Evaluator(true_dicts, pred_dicts, tags=list(ENTITY_LABELS),
                                                      loader="dict").evaluate())
    ours, our_time = timed(lambda: score_entities(gold, predicted))

    differences = mismatches(ours, theirs)
    result = {
        "articles": len(articles),
        "gold_entities": sum(len(g) for g, _ in articles),
        "predicted_entities": sum(len(p) for _, p in articles),
        "seed": args.seed,
        "nervaluate_seconds": nervaluate_time,
        "newsquotes_seconds": our_time,
        "speedup": {clock: nervaluate_time[clock] / our_time[clock] for clock in ("wall", "cpu")},
        "identical": not differences,
        "micro": {scheme: {f: ours[scheme]["micro"][f] for f in FIELDS} for scheme in SCHEMES},
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")

    table = Table(title=f"NER scoring: {result['gold_entities']:,} gold and {result['predicted_entities']:,} "
                        f"predicted entities in {result['articles']:,} articles")
    for column in ("scorer", "wall s", "CPU s", "entities per CPU s"):
        table.add_column(column, justify="right")
    total = result["gold_entities"] + result["predicted_entities"]
    for name, seconds in (("nervaluate", nervaluate_time), ("newsquotes", our_time)):
        table.add_row(name, f"{seconds['wall']:.2f}", f"{seconds['cpu']:.2f}", f"{total / seconds['cpu']:,.0f}")
    table.add_row("speed-up", f"{result['speedup']['wall']:.1f}x", f"{result['speedup']['cpu']:.1f}x", "")
    console = Console()
    console.print(table)
    console.print(f"numbers identical: {result['identical']}; wrote {args.out}")
    for line in differences[:20]:
        console.print(f"[red]{line}[/red]")
    return 0 if not differences else 1


if __name__ == "__main__":
    sys.exit(main())
