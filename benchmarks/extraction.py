"""Main-text extraction quality on the 181 pages of the article-extraction benchmark.

Scores the corpus builder (``newsquotes.corpus.build``: extraction plus boilerplate cleaning, the text an
``Article`` ends up with) and trafilatura alone (``trafilatura.extract`` as the published evaluation calls it)
with the benchmark's published metric, and prints a table; ``--out`` also writes the numbers as JSON.
F1 is also given on each half of the pages (``_pages.is_held_out``): rules are written looking at the
development half only, so the held-out half shows whether they carry over.

    python benchmarks/extraction.py /path/to/article-extraction-benchmark --out extraction.json

Not a test: it needs the benchmark data, which the repository does not ship.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from importlib.metadata import version
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pages import Page, html_dir, is_held_out, load_pages  # noqa: E402

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    """The multiset of ``n``-token shingles of ``text`` (a shorter text is one shingle); tokens are ``\\w+``."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def page_counts(true: str, pred: str) -> tuple[float, float, float]:
    """Shingle ``(tp, fp, fn)`` of one page, normalized to sum to 1 so long pages do not weigh more.

    This is the published metric of the article-extraction benchmark (scrapinghub/article-extraction-benchmark,
    ``evaluate.py``: ``string_shingle_matching`` with 4-token shingles over ``\\w+`` tokens, after the
    shingle-matching evaluation of the Moz content-extraction benchmark).
    """
    true_sh, pred_sh = shingles(true), shingles(pred)
    tp = sum((true_sh & pred_sh).values())
    fp = sum((pred_sh - true_sh).values())
    fn = sum((true_sh - pred_sh).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)


def scores(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    """Precision and recall averaged over pages, F1 from the two averages (the published definition).

    As published, a page with no predicted text does not enter the precision average (it costs recall).
    """
    precision = statistics.mean([_precision(*c) for c in counts if c[0] + c[1] > 0] or [0.0])
    recall = statistics.mean([_recall(*c) for c in counts if c[0] + c[2] > 0] or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


def _spread(values: dict[str, list[float]]) -> dict[str, float]:
    # As published: the half-width of a 95 % interval, 1.96 standard deviations of the bootstrap values.
    return {f"{name}_ci": 1.96 * statistics.stdev(v) if len(v) > 1 else 0.0 for name, v in values.items()}


def bootstrap(counts: list[tuple[float, float, float]], samples: int, seed: int) -> dict[str, float]:
    """The 95 % spread of each score over ``samples`` resamplings of the pages with replacement."""
    rng = random.Random(seed)
    values: dict[str, list[float]] = {"f1": [], "precision": [], "recall": []}
    for _ in range(samples):
        resampled = [counts[rng.randrange(len(counts))] for _ in counts]
        for name, value in scores(resampled).items():
            values[name].append(value)
    return _spread(values)


def bootstrap_difference(ours: list, theirs: list, samples: int, seed: int) -> dict[str, float]:
    """Paired bootstrap of ``ours - theirs`` for each score (the same resampled pages for both)."""
    rng = random.Random(seed)
    values: dict[str, list[float]] = {"f1": [], "precision": [], "recall": []}
    for _ in range(samples):
        indices = [rng.randrange(len(ours)) for _ in ours]
        a, b = scores([ours[i] for i in indices]), scores([theirs[i] for i in indices])
        for name in values:
            values[name].append(a[name] - b[name])
    return {name: statistics.mean(v) for name, v in values.items()} | _spread(values)


def trafilatura_texts(pages: list[Page]) -> dict[str, str]:
    """``trafilatura.extract`` on the decoded page, exactly as the published evaluation runs it."""
    import trafilatura

    return {page.id: trafilatura.extract(page.html.decode("utf-8"), include_comments=False) or "" for page in pages}


def builder_texts(data: Path) -> tuple[dict[str, str], dict[str, int]]:
    """The ``text`` of each page's article after a full build (fresh cache); rejected or dropped pages get ""."""
    from newsquotes.corpus.build import BuildOptions, InputSpec, build
    from newsquotes.corpus.storage import read_articles

    with tempfile.TemporaryDirectory(prefix="nq-extraction-") as tmp:
        out = Path(tmp) / "corpus"
        report = build([InputSpec(path=html_dir(data))], out, BuildOptions(cache_dir=Path(tmp) / "cache"))
        texts = {a.provenance.input.removesuffix(".html.gz"): a.text for a in read_articles(out)}
    counts = report.manifest.counts
    return texts, {"kept": counts.kept, "duplicates": counts.duplicates, "rejected": counts.rejected}


def evaluate(pages: list[Page], texts: dict[str, str], samples: int, seed: int) -> tuple[dict, list, list]:
    counts = [page_counts(page.truth, texts.get(page.id, "")) for page in pages]
    result = scores(counts) | bootstrap(counts, samples, seed)
    result["empty_predictions"] = sum(not texts.get(page.id) for page in pages)
    for half in (True, False):
        name = "held_out" if half else "development"
        result[f"f1_{name}"] = scores([c for page, c in zip(pages, counts) if is_held_out(page) == half])["f1"]
    per_page = [{"id": page.id, "held_out": is_held_out(page), "precision": _precision(*c), "recall": _recall(*c)}
                for page, c in zip(pages, counts)]
    return result, per_page, counts


def _f1(row: dict) -> float:
    p, r = row["precision"], row["recall"]
    return 2 * p * r / (p + r) if p + r else 0.0


TARGET_F1 = 0.97
MAX_BEHIND = 0.05  # no page may score more than this below trafilatura alone


def pages_behind(per_page: dict, pages: list[Page]) -> list[dict]:
    """The pages where the builder's F1 is more than ``MAX_BEHIND`` below trafilatura's, worst first."""
    urls = {page.id: page.url for page in pages}
    theirs = {row["id"]: _f1(row) for row in per_page["trafilatura"]}
    rows = [{"id": row["id"], "url": urls[row["id"]], "newsquotes": _f1(row), "trafilatura": theirs[row["id"]]}
            for row in per_page["newsquotes"]]
    return sorted((r for r in rows if r["newsquotes"] < r["trafilatura"] - MAX_BEHIND),
                  key=lambda r: r["newsquotes"] - r["trafilatura"])


def _print(results: dict, difference: dict, per_page: dict, pages: list[Page], args, labels: dict) -> None:
    console = Console(width=None if sys.stdout.isatty() else 120)
    held_out = sum(map(is_held_out, pages))
    table = Table(title=f"Main-text extraction, {len(pages)} pages of the article-extraction benchmark "
                        f"(± 95 % bootstrap, {args.bootstrap} samples)")
    for column in ("system", "F1", "precision", "recall", f"dev F1 ({len(pages) - held_out})",
                   f"held-out F1 ({held_out})", "empty"):
        table.add_column(column, justify="left" if column == "system" else "right")
    for name, r in results.items():
        table.add_row(labels[name], *(f"{r[k]:.3f} ± {r[k + '_ci']:.3f}" for k in ("f1", "precision", "recall")),
                      f"{r['f1_development']:.3f}", f"{r['f1_held_out']:.3f}", str(r["empty_predictions"]))
    table.add_row("difference (paired)", *(f"{difference[k]:+.3f} ± {difference[k + '_ci']:.3f}"
                                           for k in ("f1", "precision", "recall")), "", "", "")
    console.print(table)
    ours = results["newsquotes"]
    console.print(f"builder: {ours['kept']} kept, {ours['duplicates']} duplicates, {ours['rejected']} rejected; "
                  f"target F1 ≥ {TARGET_F1}: {'met' if ours['f1'] >= TARGET_F1 else 'NOT met'}")
    behind = pages_behind(per_page, pages)
    console.print(f"pages more than {MAX_BEHIND} below trafilatura alone: {len(behind)}")
    for row in behind:
        console.print(f"  {row['id'][:16]}  builder {row['newsquotes']:.3f}  trafilatura {row['trafilatura']:.3f}  "
                      f"{row['url']}")
    if args.worst:
        worst = Table(title="pages where the builder scores worst (development half only)")
        for column in ("page", "precision", "recall", "F1"):
            worst.add_column(column, justify="left" if column == "page" else "right")
        development = [row for row in per_page["newsquotes"] if not row["held_out"]]
        for row in sorted(development, key=_f1)[: args.worst]:
            worst.add_row(row["id"][:16], f"{row['precision']:.3f}", f"{row['recall']:.3f}", f"{_f1(row):.3f}")
        console.print(worst)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Score main-text extraction (published shingle metric) for the newsquotes builder and "
                    "for trafilatura alone on the article-extraction benchmark.",
        epilog="Published F1 on this set: trafilatura 2.0 0.958 (P 0.938, R 0.978). Targets for the builder: "
               "F1 >= 0.97, and no page more than 0.05 below trafilatura alone.")
    parser.add_argument("data", type=Path, help="benchmark folder holding html/<id>.html.gz and ground-truth.json")
    parser.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples for the spread (default: 1000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the bootstrap (default: 0)")
    parser.add_argument("--worst", type=int, default=0, metavar="N",
                        help="also list the N development pages where the builder scores worst")
    parser.add_argument("--out", type=Path, help="write the results as JSON to this file")
    args = parser.parse_args(argv)

    pages = load_pages(args.data)
    results: dict[str, dict] = {}
    per_page: dict[str, list] = {}
    counts: dict[str, list] = {}
    started = time.perf_counter()
    texts = trafilatura_texts(pages)
    results["trafilatura"], per_page["trafilatura"], counts["trafilatura"] = evaluate(pages, texts, args.bootstrap,
                                                                                      args.seed)
    results["trafilatura"]["seconds"] = time.perf_counter() - started
    started = time.perf_counter()
    texts, outcome = builder_texts(args.data)
    results["newsquotes"], per_page["newsquotes"], counts["newsquotes"] = evaluate(pages, texts, args.bootstrap,
                                                                                   args.seed)
    results["newsquotes"] |= {"seconds": time.perf_counter() - started, **outcome}
    difference = bootstrap_difference(counts["newsquotes"], counts["trafilatura"], args.bootstrap, args.seed)

    versions = {name: version(name) for name in ("trafilatura", "newsquotes")}
    labels = {name: f"{name} {versions[name]}" for name in versions}
    _print(results, difference, per_page, pages, args, labels)
    if args.out:
        payload = {"pages": len(pages), "bootstrap": args.bootstrap, "seed": args.seed, "versions": versions,
                   "results": results, "difference_newsquotes_minus_trafilatura": difference,
                   "pages_behind_trafilatura": pages_behind(per_page, pages), "per_page": per_page}
        args.out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        Console().print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
