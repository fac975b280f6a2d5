"""How much of each page's text the builder keeps, against trafilatura alone, on pages with and without gold.

For every page of each set given, the builder's ``Article.text`` (a full build, fresh cache) is compared
with ``trafilatura.extract`` (as the published evaluation calls it, comments off) by length: the ratio
ours / trafilatura's. Every page under 0.5 is listed with what became of it in the manifest (rejected, a
duplicate, kept, kept with a warning) and, where someone read both texts, why ours is right (``CHECKED``).
Where the set has gold (the article-extraction benchmark's ``ground-truth.json``), the published F1 of
both is given too (``extraction.py`` has the full report with intervals).

    python benchmarks/extraction_lengths.py --gold path/to/article-extraction-benchmark \\
        --pages path/to/real-pages-dev --out extraction_lengths.json
    python benchmarks/extraction_lengths.py --gold path/to/article-extraction-benchmark --cpu 5

``--cpu N`` instead times the extraction alone (``newsquotes.corpus.extract.extract``, CPU milliseconds per
page, best of N passes) on the gold set's pages, to compare two versions of the code run in turns.

Not a test: it needs page collections the repository does not ship (``html/*.html.gz`` in each folder).
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pages import html_dir, load_pages  # noqa: E402
from extraction import _precision, _recall, page_counts, scores  # noqa: E402

LISTED = 0.5  # pages under this ratio are listed
FRAGMENT = 0.25  # a kept page under this ratio needs a reason in CHECKED
#: Pages under FRAGMENT that were read side by side with trafilatura's text, and why ours is right.
CHECKED = {
    "internet-law.de.pseudonymen": "trafilatura keeps the 35 reader comments under the post (its full "
                                   "comparison takes them even with comments off); ours is the post",
    "boingboing.net.millenials": "a three-line link post; trafilatura adds the teasers of the next posts on "
                                 "the page (Choir! Choir! Choir!, Jen Wang, ...)",
    "jovelstefan.de.gefallt": "a short blog post; trafilatura adds three pingbacks quoting its first sentence",
    "b3c19dd5f0612d098788fa5173e491b3280da6226b492f8fe110f4ab1896cca8":
        "a short quotation page; trafilatura adds the excerpts of other quotations on the site, twice",
    "fde930b01859de8311c6a14f8aa8c72be0659b551367803deb6736cf3526cf2e":
        "trafilatura keeps the article more than once (the page holds copies of it), with dates, image links "
        "and tags in between",
}


def page_files(folder: Path) -> dict[str, Path]:
    return {path.name.removesuffix(".html.gz"): path for path in sorted(html_dir(folder).glob("*.html.gz"))}


def trafilatura_texts(files: dict[str, Path]) -> dict[str, str]:
    """``trafilatura.extract`` on each page, comments off: decoded as UTF-8 where it is (as the published
    evaluation of the benchmark does), else as bytes (trafilatura detects the encoding)."""
    import trafilatura

    texts = {}
    for name, path in files.items():
        data = gzip.decompress(path.read_bytes())
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        texts[name] = trafilatura.extract(data, include_comments=False) or ""
    return texts


def builder_outcomes(folder: Path) -> dict[str, dict]:
    """Each page's article text and manifest entry after a full build with a fresh cache."""
    from newsquotes.corpus.build import BuildOptions, InputSpec, build
    from newsquotes.corpus.storage import read_articles

    with tempfile.TemporaryDirectory(prefix="nq-lengths-") as tmp:
        out = Path(tmp) / "corpus"
        report = build([InputSpec(path=html_dir(folder))], out, BuildOptions(cache_dir=Path(tmp) / "cache"))
        texts = {a.provenance.input: a.text for a in read_articles(out)}
    return {entry.input.removesuffix(".html.gz"): {"status": entry.status, "reason": entry.reason,
                                                   # an earlier version's manifest has no warnings
                                                   "warning": getattr(entry, "warning", None),
                                                   "text": texts.get(entry.input, "")}
            for entry in report.manifest.entries}


def page_f1(truth: str, text: str) -> float:
    counts = page_counts(truth, text)
    precision, recall = _precision(*counts), _recall(*counts)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def what_became(outcome: dict, name: str, f1: tuple[float, float] | None) -> str:
    if outcome["status"] != "kept":
        return f"{outcome['status']}: {outcome['reason']}"
    what = f"kept with a warning: {outcome['warning']}" if outcome["warning"] else "kept"
    if f1 is not None:
        what += f"; gold F1 ours {f1[0]:.3f}, trafilatura {f1[1]:.3f}"
    return what + (f"; checked: {CHECKED[name]}" if name in CHECKED else "")


def measure(folder: Path, gold: bool) -> dict:
    """Length ratios of every page (and F1 against the gold, where there is gold)."""
    files = page_files(folder)
    theirs = trafilatura_texts(files)
    ours = builder_outcomes(folder)
    truth = {page.id: page.truth for page in load_pages(folder)} if gold else {}
    rows = []
    for name in files:
        outcome = ours[name]
        ratio = len(outcome["text"]) / len(theirs[name]) if theirs[name] else None
        f1 = (page_f1(truth[name], outcome["text"]), page_f1(truth[name], theirs[name])) if name in truth else None
        rows.append({"page": name, "ours": len(outcome["text"]), "trafilatura": len(theirs[name]), "ratio": ratio,
                     "status": outcome["status"], "f1": f1, "what": what_became(outcome, name, f1)})
    kept = [row for row in rows if row["status"] == "kept" and row["ratio"] is not None]
    result = {"folder": str(folder), "pages": len(rows), "kept": len(kept),
              "warnings": sum(ours[row["page"]]["warning"] is not None for row in kept),
              "median_ratio": statistics.median(row["ratio"] for row in kept) if kept else None,
              "under_half": [row for row in rows if row["ratio"] is not None and row["ratio"] < LISTED],
              # a fragment is explained by a reading (CHECKED) or, where there is gold, by scoring at least as well
              "kept_fragments_unexplained": [row["page"] for row in kept if row["ratio"] < FRAGMENT
                                             and row["page"] not in CHECKED
                                             and not (row["f1"] and row["f1"][0] >= row["f1"][1])],
              "per_page": rows}
    if gold:
        result["f1_trafilatura"] = scores([page_counts(truth[n], theirs[n]) for n in files if n in truth])["f1"]
        result["f1_newsquotes"] = scores([page_counts(truth[n], ours[n]["text"]) for n in files if n in truth])["f1"]
    return result


def cpu_per_page(folder: Path, rounds: int) -> dict:
    """CPU milliseconds per page of the extraction step alone, best and median of ``rounds`` passes."""
    from newsquotes.corpus.cleaning import default_rules
    from newsquotes.corpus.documents import RawRecord, Rejected
    from newsquotes.corpus.extract import ExtractOptions, extract

    pages = load_pages(folder)
    options = ExtractOptions(rules=tuple(default_rules()))
    passes = []
    for _ in range(rounds):
        started = time.process_time()
        for page in pages:
            try:
                extract(RawRecord(page.file_name, None, "html", page.html, "", {}), options)
            except Rejected:
                pass
        passes.append(1000 * (time.process_time() - started) / len(pages))
    return {"pages": len(pages), "best_ms": min(passes), "median_ms": statistics.median(passes), "passes": passes}


def _print(console: Console, name: str, result: dict) -> None:
    summary = f"{name}: {result['pages']} pages, {result['kept']} kept ({result['warnings']} with a warning)"
    if "f1_newsquotes" in result:
        summary += f"; F1 newsquotes {result['f1_newsquotes']:.3f}, trafilatura alone {result['f1_trafilatura']:.3f}"
    if result["median_ratio"] is not None:
        summary += f"; median length ratio {result['median_ratio']:.2f}"
    console.print(summary)
    table = Table(title=f"{name}: pages under {LISTED} of trafilatura alone's length ({len(result['under_half'])})",
                  title_justify="left")
    for column in ("page", "ours", "trafilatura", "ratio", "what became of it"):
        table.add_column(column, justify="right" if column in ("ours", "trafilatura", "ratio") else "left")
    for row in sorted(result["under_half"], key=lambda r: r["ratio"]):
        table.add_row(row["page"][:40] if "." in row["page"] else row["page"][:16], f"{row['ours']:,}", f"{row['trafilatura']:,}", f"{row['ratio']:.2f}",
                      row["what"])
    console.print(table)
    unexplained = result["kept_fragments_unexplained"]
    console.print(f"kept pages under {FRAGMENT} of trafilatura alone without a checked reason: "
                  f"{', '.join(unexplained) if unexplained else 'none'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Length of the builder's text against trafilatura alone, page "
                                                 "by page, on a set with gold and on a set without.")
    parser.add_argument("--gold", type=Path, help="folder with html/<id>.html.gz and ground-truth.json")
    parser.add_argument("--pages", type=Path, help="folder with html/<name>.html.gz, no gold")
    parser.add_argument("--cpu", type=int, default=0, metavar="N",
                        help="only time the extraction on the --gold pages instead, best of N passes")
    parser.add_argument("--out", type=Path, help="write the results as JSON to this file")
    args = parser.parse_args(argv)
    if not (args.gold or args.pages):
        parser.error("give --gold, --pages or both")
    console = Console(width=None if sys.stdout.isatty() else 160)
    results = {}
    for name, folder, gold in (("gold", args.gold, True), ("pages", args.pages, False)):
        if folder is not None and not args.cpu:
            results[name] = measure(folder, gold)
            _print(console, f"{folder.name}", results[name])
    if args.cpu and args.gold:
        results["cpu"] = cpu_per_page(args.gold, args.cpu)
        console.print(f"extraction: {results['cpu']['best_ms']:.1f} ms CPU per page (best of {args.cpu}; median "
                      f"{results['cpu']['median_ms']:.1f}) on {results['cpu']['pages']} pages")
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        console.print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
