"""De-duplication quality on reprints of real news articles, and its speed.

    python benchmarks/dedup_quality.py [--originals N] [--seeds K] [--grid] [--clean]

The test set is built by ``newsquotes.corpus.reprints.build_set`` from the article texts in
``tests/data/reprints/articles.jsonl`` (scrapinghub/article-extraction-benchmark, MIT): N originals, six
reprint variants of each (rewritten headline and lead, trimmed ending, site boilerplate, copy edits and
combinations), and hard negatives (a different article quoting the original; pairs of articles carrying
one site's boilerplate). The items are de-duplicated in the generator's shuffled order, one set per seed
(seeds 0..K-1), and the counts are summed over the seeds. Texts go in raw, boilerplate and all, which is
harder than the corpus builder's case; ``--clean`` first removes what the builder's default boilerplate
rules remove.

Scoring, per item in input order: an item whose cluster already had a member earlier is a *positive*; it
is a true positive when marked duplicate of a member of its own cluster. Any item marked duplicate of an
item from another cluster (a negative, an original, or a reprint sent to the wrong story) is a false
positive. Precision = TP / (TP + FP), recall = TP / positives.

``--grid`` compares shingle sizes, permutation counts, LSH thresholds and containment thresholds with
the web-tuned baseline (5-word shingles, Jaccard >= 0.8, computed exactly, no MinHash) and with exact
Jaccard at lower thresholds. Every run also reports the exact Jaccard and containment of each reprint
with its original and of each negative with what it resembles, and the time per 1,000 documents.
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from newsquotes.corpus.cleaning import default_rules, remove_boilerplate
from newsquotes.corpus.dedup import DedupParams, deduplicate, shingles, signature, words
from newsquotes.corpus.reprints import Item, Score, build_set, score

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "reprints" / "articles.jsonl"
NEGATIVE_KINDS = ("same-event", "same-site")


def load_texts(path: Path = DATA) -> list[str]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()]


def minhash_dedup(items: list[Item], params: DedupParams, signatures=None) -> Score:
    signatures = signatures or [(item.id, signature(item.text, params)) for item in items]
    verdicts = deduplicate(signatures, params)
    return score(items, {key: verdict.duplicate_of for key, verdict in verdicts.items()})


def jaccard_dedup(items: list[Item], size: int, threshold: float) -> Score:
    """Exact Jaccard against every kept article, first in input order kept: the web-tuned check."""
    kept: list[tuple[str, set[bytes]]] = []
    duplicate_of: dict[str, str | None] = {}
    for item in items:
        grams = shingles(words(item.text), size)
        best = max(((len(grams & other) / len(grams | other), key) for key, other in kept), default=(0.0, None))
        duplicate_of[item.id] = best[1] if best[0] >= threshold else None
        if duplicate_of[item.id] is None:
            kept.append((item.id, grams))
    return score(items, duplicate_of)


def total(scores: list[Score]) -> Score:
    return sum(scores, Score(0))


def clean(items: list[Item]) -> list[Item]:
    """The items with the builder's default boilerplate rules applied, as the corpus builder does."""
    rules = default_rules()
    return [replace(item, text="\n\n".join(remove_boilerplate(item.text.splitlines(), rules)[0])) for item in items]


def overlap(items: list[Item], size: int = 3) -> dict[str, list[tuple[float, float]]]:
    """Exact (Jaccard, containment) of every item that has a ``related`` item with it, by kind."""
    grams = {item.id: shingles(words(item.text), size) for item in items}
    result: dict[str, list[tuple[float, float]]] = {}
    for item in items:
        if item.related is not None:
            a, b = grams[item.id], grams[item.related]
            shared = len(a & b)
            result.setdefault(item.kind, []).append((shared / len(a | b), shared / min(len(a), len(b))))
    return result


def quantiles(values: list[float]) -> str:
    values = sorted(values)
    pick = [values[round(q * (len(values) - 1))] for q in (0.0, 0.05, 0.25, 0.5, 0.75, 1.0)]
    return "  ".join(f"{v:4.2f}" for v in pick)


def report_overlap(sets: list[list[Item]]) -> None:
    merged: dict[str, list[tuple[float, float]]] = {}
    for items in sets:
        for kind, pairs in overlap(items).items():
            merged.setdefault(kind, []).extend(pairs)
    print("\nExact 3-word-shingle overlap with the related item (quantiles min  p5  p25  median  p75  max)")
    print(f"{'kind':36} {'pairs':>5}  {'Jaccard':30}  containment of the smaller")
    for kind, pairs in merged.items():
        print(f"{kind:36} {len(pairs):5}  {quantiles([j for j, _ in pairs]):30}  {quantiles([c for _, c in pairs])}")
    reprints = [j for kind, pairs in merged.items() if kind not in NEGATIVE_KINDS for j, _ in pairs]
    bins = Counter(min(int(j * 10), 9) for j in reprints)
    print(f"\nJaccard of the {len(reprints)} true reprint pairs: "
          + ", ".join(f"[{b / 10:.1f},{(b + 1) / 10:.1f}) {bins[b]}" for b in range(10) if bins[b]))
    low = sum(j <= 0.35 for j in reprints)
    print(f"reprint pairs with Jaccard <= 0.35: {low} ({low / len(reprints):.1%}); <= 0.25: "
          f"{sum(j <= 0.25 for j in reprints)}")


def describe(name: str, result: Score, items_by_id: dict[str, Item]) -> None:
    print(f"\n{name}: precision {result.precision:.4f}  recall {result.recall:.4f}  F1 {result.f1:.4f}  "
          f"(TP {result.true_positives} of {result.positives} positives, FP {len(result.false_alarms)})")
    kinds = lambda ids: dict(Counter(items_by_id[i].kind for i in ids))  # noqa: E731
    print(f"  misses by kind: {kinds(result.misses) or 'none'}")
    print(f"  false positives by kind: {kinds(result.false_alarms) or 'none'}")


def timing(items: list[Item], params: DedupParams, repeat: int = 3) -> None:
    best_sig = best_dedup = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        signatures = [(item.id, signature(item.text, params)) for item in items]
        middle = time.perf_counter()
        deduplicate(signatures, params)
        best_sig, best_dedup = min(best_sig, middle - start), min(best_dedup, time.perf_counter() - middle)
    per = 1000 / len(items)
    mean_words = statistics.mean(len(words(item.text)) for item in items)
    print(f"\nTime per 1,000 documents (set of {len(items)}, mean {mean_words:.0f} words, best of {repeat}): "
          f"signature {best_sig * per:.2f} s, deduplicate {best_dedup * per:.3f} s, "
          f"total {(best_sig + best_dedup) * per:.2f} s")


def grid(sets: list[list[Item]], chosen: DedupParams) -> None:
    print("\nGrid (summed over seeds; * = recall >= 0.95 and precision >= 0.98; > = the defaults)")
    print(f"  {'shingle':>7} {'perm':>4} {'lsh':>4} {'min_c':>5} {'precision':>9} {'recall':>7} {'F1':>6} "
          f"{'FP':>4} {'FN':>4}")
    for size, perms in itertools.product((3, 4, 5), (64, 128, 256)):
        base = DedupParams(shingle_words=size, num_perm=perms)
        signatures = [[(item.id, signature(item.text, base)) for item in items] for items in sets]
        for lsh, contain in itertools.product((0.1, 0.2, 0.3), (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)):
            params = DedupParams(shingle_words=size, num_perm=perms, lsh_threshold=lsh, min_containment=contain)
            result = total([minhash_dedup(items, params, sigs) for items, sigs in zip(sets, signatures)])
            mark = ">" if params == chosen else "*" if result.recall >= 0.95 and result.precision >= 0.98 else " "
            print(f"{mark} {size:7} {perms:4} {lsh:4.1f} {contain:5.1f} {result.precision:9.4f} "
                  f"{result.recall:7.4f} {result.f1:6.4f} {len(result.false_alarms):4} "
                  f"{len(result.misses):4}")
    print("\nExact Jaccard (no MinHash, no containment)")
    for size, threshold in ((5, 0.8), (5, 0.5), (3, 0.5), (3, 0.3), (3, 0.2)):
        result = total([jaccard_dedup(items, size, threshold) for items in sets])
        label = f"{size}-word shingles, Jaccard >= {threshold}" + (" (web-tuned)" if threshold == 0.8 else "")
        print(f"  {label:42} precision {result.precision:.4f}  recall {result.recall:.4f}  F1 {result.f1:.4f}  "
              f"FP {len(result.false_alarms)}  FN {len(result.misses)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--originals", type=int, default=60, help="originals per set (default 60)")
    parser.add_argument("--seeds", type=int, default=3, help="sets built with seeds 0..K-1 (default 3)")
    parser.add_argument("--grid", action="store_true", help="compare parameter settings and baselines")
    parser.add_argument("--clean", action="store_true", help="apply the builder's boilerplate rules first")
    parser.add_argument("--data", type=Path, default=DATA, help="JSON lines with a 'text' field")
    args = parser.parse_args()

    texts = load_texts(args.data)
    sets = [build_set(texts, args.originals, seed) for seed in range(args.seeds)]
    if args.clean:
        sets = [clean(items) for items in sets]
    kinds = Counter(item.kind for items in sets for item in items)
    print(f"{len(texts)} source texts; {args.seeds} sets of {len(sets[0])} items, {args.originals} originals each"
          + (", boilerplate rules applied" if args.clean else ", raw text (no boilerplate removal)"))
    print("items by kind (all sets): " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    report_overlap(sets)

    chosen = DedupParams()
    items_by_id = {f"{seed}:{item.id}": item for seed, items in enumerate(sets) for item in items}
    results = [minhash_dedup(items, chosen) for items in sets]
    result = total([Score(r.positives, tuple(f"{seed}:{i}" for i in r.misses),
                          tuple(f"{seed}:{i}" for i in r.false_alarms)) for seed, r in enumerate(results)])
    describe(f"Defaults {chosen.as_dict()}", result, items_by_id)
    timing(sets[0], chosen)
    if args.grid:
        grid(sets, chosen)


if __name__ == "__main__":
    main()
