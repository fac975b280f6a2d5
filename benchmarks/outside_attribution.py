"""Quote attribution on text unlike the gold: news pages of other publishers and White House pages outside the corpus.

``benchmarks/outside/`` holds 58 pages' built articles (``corpus/``) and their quotes and speakers, read by hand
under ``labeling/GUIDELINES.md`` (``gold/``; how the pages were chosen and read: its README). This script

* writes ``gold/gold.jsonl`` and ``gold/splits.json`` from the hand-written files (``--write-gold``), or checks
  that the shipped ones are what those files give;
* scores models on the quote and speaker tasks (and stance, for a learned model that predicts it), on each half
  of the pages and on all of them, and prints a table per source; then the stance baselines, fitted on the
  corpus's gold (``--stance-from``), on the pages' gold quotes. The ``study`` half is the one whose errors may be
  read while working on a model; the ``held-out`` half is scored, never read, so that it shows whether a change
  carries over;
* with ``--agreement``, says how the two independent readings of six pages (``agreement/``) agree.

    python benchmarks/outside_attribution.py --models rules --out outside.json
    python benchmarks/outside_attribution.py --rebuild --news ARTICLE_EXTRACTION_BENCHMARK --whitehouse WHITEHOUSE_ARTICLES

``--rebuild`` builds the articles again from the pages (their folders are not shipped) and fails if a text
changed, since the hand-written quotes are found by their text.
The same scores come from the command line: ``newsquotes bench run --gold benchmarks/outside/gold --corpus
benchmarks/outside/corpus --split held-out --model rules``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
import tomllib
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsquotes.annotations import read_annotations, write_annotations
from newsquotes.bench.intervals import bootstrap_interval
from newsquotes.bench.quotes import aggregate, score_article, stance_scores
from newsquotes.bench.run import run_suite
from newsquotes.bench.suites import Suite
from newsquotes.corpus.build import BuildOptions, InputSpec, build
from newsquotes.corpus.storage import read_articles
from newsquotes.gold.hand_entities import load_entities
from newsquotes.gold.quotes import load_quotes
from newsquotes.gold.splits import read_splits, write_splits
from newsquotes.labeling.agreement import agreement
from newsquotes.models.stance import STANCE_MODELS, trained_on
from newsquotes.schema import Annotation, Article, LayerSource, Span

OUTSIDE = Path(__file__).resolve().parent / "outside"
HALVES = ("study", "held-out")
SOURCES = {"news": "News pages of other publishers (2019)", "whitehouse": "White House (outside the corpus)"}
SPEAKER_NAMES_ONLY = ("the written forms of the names of the quotes' speakers only, read by hand; nothing else was "
                      "annotated, so the layer covers those mentions and no more")
HEADLINES = [("quotes", "f1@0.3"), ("speakers", "pair_f1"), ("speakers", "accuracy"), ("speakers", "mention_accuracy"),
             ("stance", "macro_f1")]


def pages(folder: Path = OUTSIDE) -> list[dict]:
    """The pages of ``pages.toml``: ``name`` (of its gold files), ``source``, ``file`` (inside the source's folder)."""
    return tomllib.loads((folder / "pages.toml").read_text("utf-8"))["page"]


def half(name: str) -> str:
    """A page's half, fixed by its name: the parity of the first byte of the name's SHA-256."""
    return HALVES[hashlib.sha256(name.encode()).digest()[0] % 2]


def page_name(article: Article) -> str:
    return Path(article.provenance.input).name.removesuffix(".gz").removesuffix(".html").removesuffix(".md")


def rebuild_articles(news: Path, whitehouse: Path, folder: Path = OUTSIDE) -> dict[str, str]:
    """Build the listed pages into ``folder/corpus``; returns the names whose text changed (nothing is written then)."""
    roots = {"news": Path(news), "whitehouse": Path(whitehouse)}
    with tempfile.TemporaryDirectory(prefix="nq-outside-") as tmp:
        inputs = []
        for source, root in roots.items():
            copied = Path(tmp) / "pages" / source
            copied.mkdir(parents=True)
            for page in (p for p in pages(folder) if p["source"] == source):
                shutil.copyfile(root / page["file"], copied / Path(page["file"]).name)
            inputs.append(InputSpec(path=copied, format="markdown" if source == "whitehouse" else None, source=SOURCES[source]))
        built = Path(tmp) / "corpus"
        build(inputs, built, BuildOptions(cache_dir=Path(tmp) / "cache", workers=1))
        old = {page_name(a): a.text for a in read_articles(folder / "corpus")} if (folder / "corpus").exists() else {}
        new = {page_name(a): a.text for a in read_articles(built)}
        changed = {name: "changed" if name in new else "missing" for name, text in old.items() if new.get(name) != text}
        if not changed:
            shutil.rmtree(folder / "corpus", ignore_errors=True)
            shutil.copytree(built, folder / "corpus")
        return changed


def gold_annotation(article: Article, gold: Path) -> Annotation:
    name = page_name(article)
    quotes = load_quotes(gold / "quotes" / f"{name}.toml", article).quotes
    entity_path = gold / "entities" / f"{name}.toml"
    entities = load_entities(entity_path, article) if entity_path.exists() else []
    covers = [Span(start=e.start, end=e.end) for e in entities]
    layers = [LayerSource(layer="entities", produced_by="hand-annotated", covers=covers, note=SPEAKER_NAMES_ONLY),
              *(LayerSource(layer=layer, produced_by="hand-annotated") for layer in ("quotes", "speakers", "stance"))]
    return Annotation(article_id=article.id, annotator="gold", text_sha256=article.text_sha256, entities=entities,
                      quotes=quotes, layers=layers)


def gold_annotations(folder: Path = OUTSIDE) -> tuple[list[Annotation], dict[str, list[str]]]:
    """The gold of every page, in page order, and the halves as a split file gives them."""
    articles = {page_name(a): a for a in read_articles(folder / "corpus")}
    annotations, splits = [], {h: [] for h in HALVES}
    for page in pages(folder):
        article = articles[page["name"]]
        annotations.append(gold_annotation(article, folder / "gold"))
        splits[half(page["name"])].append(article.id)
    return annotations, splits


def write_gold(folder: Path = OUTSIDE) -> None:
    annotations, splits = gold_annotations(folder)
    write_annotations(folder / "gold" / "gold.jsonl", annotations)
    write_splits(folder / "gold", splits)


def readings_agreement(folder: Path = OUTSIDE) -> dict:
    """How the two independent readings of ``agreement/`` agree: span, relation, speaker-name and stance
    agreement, and the second reading scored as a model against the first (before either was adjudicated)."""
    readings = folder / "agreement"
    articles = {page_name(a): a for a in read_articles(folder / "corpus")}
    grouped, counts = {}, []
    for path in sorted((readings / "first-reading" / "quotes").glob("*.toml")):
        article = articles[path.stem]
        first, second = (gold_annotation(article, readings / reading).model_copy(update={"annotator": reading})
                         for reading in ("first-reading", "second-reading"))
        grouped[article.id] = {"first-reading": first, "second-reading": second}
        counts.append(score_article(article.text, first, second))
    found = agreement(grouped)
    scores = aggregate(counts)
    return {"pages": len(grouped), "quotes": {key: found["spans"]["QUOTE"][key]["f1"] for key in ("exact", "overlap")},
            "said_by": {key: found["said_by"][key]["f1"] for key in ("exact", "overlap")},
            "speaker_name": found["speaker_name"], "stance": found["stance"],
            "second_as_model": {"quote_f1@0.3": scores["overlap_0.3"]["f1"], "pair_f1": scores["speaker"]["pairs"]["f1"],
                                "speaker_accuracy": scores["speaker"]["accuracy"],
                                "quotes": [scores["overlap_0.3"]["gold"], scores["overlap_0.3"]["predicted"]]}}


def score(models: list[str], split: str | None, samples: int, folder: Path = OUTSIDE):
    # Stance is scored for the models that predict it on their own quotes; the cross-validated stance
    # baselines are fitted on the gold they are scored on, so they have no place here.
    stance = [m for m in models if m.startswith("sklearn:")]
    tasks = {"quotes": models, "speakers": models, **({"stance": stance} if stance else {})}
    suite = Suite(name="outside", gold=folder / "gold", split=split, corpus=folder / "corpus",
                  bootstrap_samples=samples, tasks=tasks)
    return run_suite(suite)


def stance_baselines(training_gold: Path, samples: int, folder: Path = OUTSIDE) -> dict[str, dict[str, dict]]:
    """The stance baselines fitted on all of ``training_gold`` (the corpus's gold) and scored on the gold
    quotes of each half: macro-F1 with its interval over pages."""
    train = read_annotations(training_gold)
    annotations = read_annotations(folder / "gold" / "gold.jsonl")  # what main() has just written or checked
    splits = read_splits(folder / "gold" / "splits.json")
    halves = {"all": [a.article_id for a in annotations], **splits}
    results: dict[str, dict[str, dict]] = {}
    for name in STANCE_MODELS:
        pairs = trained_on(train, annotations, name)
        for half, ids in halves.items():
            per_article = [pairs.get(article_id, []) for article_id in ids]
            metric = lambda chosen: stance_scores([p for article in chosen for p in article])["macro_f1"]  # noqa: E731
            low, high = bootstrap_interval(per_article, metric, samples=samples)
            results.setdefault(f"stance:{name}", {})[half] = {"macro_f1": metric(per_article), "low": low, "high": high,
                                                               "quotes": sum(map(len, per_article))}
    return results


def _table(runs: dict[str, object]) -> Table:
    table = Table(title="Attribution outside the gold (95 % intervals over pages)")
    short = {name: key for key, name in SOURCES.items()}
    for column in ("model", "half", "source", *(f"{task} {measure}" for task, measure in HEADLINES)):
        table.add_column(column)
    for label, run in runs.items():
        by_model: dict[str, dict] = {}
        for result in run.results:
            by_model.setdefault(result.model.name, {})[result.task] = result
        for model, results in by_model.items():
            sources = ["all", *sorted(next(iter(results.values())).by_source)]
            for source in sources:
                cells = []
                for task, measure in HEADLINES:
                    if task not in results:
                        cells.append("")
                        continue
                    scores = results[task].headline if source == "all" else results[task].by_source.get(source, {})
                    value = scores.get(measure)
                    cells.append("" if value is None or value.value is None else
                                 f"{value.value:.3f} [{value.low:.2f}, {value.high:.2f}]")
                table.add_row(model, label, short.get(source, source), *cells)
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", nargs="+", default=["rules"], help="model specs, as `newsquotes bench run --model`")
    parser.add_argument("--samples", type=int, default=1000, help="bootstrap samples for the intervals")
    parser.add_argument("--out", type=Path, help="write every run's results here as JSON")
    parser.add_argument("--stance-from", type=Path, default=Path("corpus/gold/gold.jsonl"),
                        help="the gold the stance baselines are fitted on (the corpus's, by default)")
    parser.add_argument("--agreement", action="store_true", help="print how the two readings of agreement/ agree, and stop")
    parser.add_argument("--write-gold", action="store_true", help="write gold.jsonl and splits.json from the hand-written files")
    parser.add_argument("--rebuild", action="store_true", help="build the articles again from --news and --whitehouse")
    parser.add_argument("--news", type=Path, help="the article-extraction-benchmark folder (holding html/)")
    parser.add_argument("--whitehouse", type=Path, help="the White House articles folder (holding articles/)")
    args = parser.parse_args(argv)
    if args.agreement:
        print(json.dumps(readings_agreement(), indent=1))
        return 0
    if args.rebuild:
        if not (args.news and args.whitehouse):
            parser.error("--rebuild needs --news and --whitehouse")
        changed = rebuild_articles(args.news, args.whitehouse)
        if changed:
            print(f"not rebuilt: the text of {len(changed)} page(s) changed, the gold would no longer be found: "
                  + ", ".join(f"{name} ({why})" for name, why in sorted(changed.items())), file=sys.stderr)
            return 1
    if args.write_gold:
        write_gold()
    else:
        shipped = {a.article_id: a for a in read_annotations(OUTSIDE / "gold" / "gold.jsonl")}
        if shipped != {a.article_id: a for a in gold_annotations()[0]}:
            print("gold/gold.jsonl is not what the hand-written files give: run with --write-gold", file=sys.stderr)
            return 1
    runs = {label: score(args.models, split, args.samples) for label, split in
            [("all", None), *((h, h) for h in HALVES)]}
    console = Console(width=150)
    console.print(_table(runs))
    stance = stance_baselines(args.stance_from, args.samples) if args.stance_from.exists() else {}
    for name, halves in stance.items():
        console.print(f"{name} (fitted on {args.stance_from}): macro-F1 " + ", ".join(
            f"{half} {r['macro_f1']:.3f} [{r['low']:.2f}, {r['high']:.2f}] ({r['quotes']} quotes)" for half, r in halves.items()))
    if args.out:
        results = {label: run.model_dump(exclude={"predictions"}) for label, run in runs.items()}
        args.out.write_text(json.dumps({**results, "stance_baselines": stance}, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
