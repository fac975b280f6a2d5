"""Speed and peak memory of the full corpus build, against trafilatura's extraction alone.

The 181 benchmark pages are replicated into distinct files (``--copies`` of each, 28 by default: 5,068
documents). Every replica carries a sentence of its own in its article text and gets a URL of its own, so
neither the outcome cache (keyed by the raw bytes) nor exact-duplicate detection can skip any work; the
cache is a fresh, empty folder for every run. On these files, each step in a fresh interpreter:

* trafilatura alone: ``trafilatura.extract`` on every file in a ``multiprocessing.Pool`` with as many
  processes as the build has workers;
* the full build (``newsquotes.corpus.build.build``: read, extract, clean, segment, identify the language,
  de-duplicate, write Parquet) with its default worker pool. Two settings: ``default`` (the replicas are
  near-duplicates of each other, so de-duplication keeps one copy of each page) and ``all-kept``
  (near-duplicate detection switched off, so every document is written to Parquet);
* from the command line (``--cli-copies`` replicas, 3 by default: 543 documents): ``newsquotes build`` as a
  user runs it, against trafilatura alone in a fresh interpreter, each timed as a whole process (start-up
  and imports included). The command line cannot give each replica a URL of its own, so the copies of a
  page are duplicates by URL; every one is still processed.

The ratio is trafilatura's time over the build's: 1.0 or more means the whole build is at least as fast
as extraction alone. Peak memory (RSS summed over the build process and its workers, sampled; and the
same with shared pages counted once, PSS) is measured at 1x and ``--memory-copies`` x the pages.

    python benchmarks/build_speed.py /path/to/article-extraction-benchmark --out build_speed.json

Not a test: it needs the benchmark data, which the repository does not ship.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pages import load_pages, write_replicas  # noqa: E402

VARIANTS = ("default", "all-kept")


def _extract_file(path: str) -> bool:
    import trafilatura

    return trafilatura.extract(Path(path).read_text("utf-8"), include_comments=False) is not None


def _run_trafilatura(folder: Path, processes: int) -> dict:
    import multiprocessing

    import trafilatura  # noqa: F401  (imported before the fork, as the build does for its workers)

    files = [str(path) for path in sorted(folder.glob("*.html"))]
    started = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        extracted = sum(pool.imap_unordered(_extract_file, files, chunksize=8))
    return {"seconds": time.perf_counter() - started, "documents": len(files), "extracted": extracted,
            "processes": processes}


def _run_build(folder: Path, out: Path, cache: Path, variant: str) -> dict:
    from newsquotes.corpus.build import BuildOptions, InputSpec, build
    from newsquotes.corpus.dedup import DedupParams

    # Each replica names the page's own URL in its metadata; a URL per file keeps the replicas apart.
    spec = InputSpec(path=folder, hints_for=lambda name: {"url": f"https://replica.invalid/{name}"})
    dedup = DedupParams(min_containment=1.01) if variant == "all-kept" else DedupParams()
    options = BuildOptions(cache_dir=cache, dedup=dedup)  # the default worker pool
    started = time.perf_counter()
    report = build([spec], out, options)
    counts = report.manifest.counts
    return {"seconds": time.perf_counter() - started, "documents": counts.inputs, "kept": counts.kept,
            "duplicates": counts.duplicates, "rejected": counts.rejected, "processed": report.processed,
            "cached": report.cached, "processes": options.workers}


def _run_stages(data: Path) -> dict:
    """Seconds each per-document step takes over the benchmark pages in one process: where the time goes."""
    import trafilatura

    from newsquotes.corpus import dedup, language
    from newsquotes.corpus.cleaning import default_rules
    from newsquotes.corpus.documents import RawRecord
    from newsquotes.corpus.extract import ExtractOptions, extract
    from newsquotes.corpus.segment import join_paragraphs, sentence_spans

    pages = load_pages(data)
    options, params = ExtractOptions(rules=tuple(default_rules())), dedup.DedupParams()
    seconds = dict.fromkeys(("trafilatura alone", "extract and clean", "segment", "language", "dedup signature"), 0.0)

    def lap(name: str, since: float) -> float:
        now = time.perf_counter()
        seconds[name] += now - since
        return now

    for page in pages:
        clock = time.perf_counter()
        trafilatura.extract(page.html.decode("utf-8"), include_comments=False)
        clock = lap("trafilatura alone", clock)
        draft = extract(RawRecord(page.file_name, None, "html", page.html, "", {}), options)
        clock = lap("extract and clean", clock)
        text, paragraphs = join_paragraphs(draft.paragraphs)
        sentence_spans(text, paragraphs)
        clock = lap("segment", clock)
        language.identify(text)
        clock = lap("language", clock)
        dedup.signature(text, params)
        lap("dedup signature", clock)
    return {"pages": len(pages), "seconds": seconds}


def _child(task: dict) -> dict:
    """One measured step, run by :func:`measure` in a fresh interpreter; imports happen before the clock."""
    import trafilatura  # noqa: F401

    if task["step"] != "trafilatura":
        import newsquotes.corpus.build  # noqa: F401
    if task["step"] == "stages":
        return _run_stages(Path(task["data"]))
    folder = Path(task["folder"])
    if task["step"] == "trafilatura":
        return _run_trafilatura(folder, task["processes"])
    return _run_build(folder, Path(task["out"]), Path(task["cache"]), task["variant"])


def _tree_memory_mb(process: psutil.Process, with_pss: bool) -> tuple[float, float]:
    """RSS summed over a process and its descendants now, and their PSS (shared pages counted once)."""
    rss = pss = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            if with_pss:
                info = member.memory_full_info()
                rss, pss = rss + info.rss, pss + info.pss
            else:
                rss += member.memory_info().rss
        except psutil.Error:  # a worker that ended between listing and reading
            continue
    return rss / 2**20, pss / 2**20


def measure(task: dict, interval: float, command: list[str] | None = None) -> dict:
    """Run ``task`` in a fresh interpreter, sampling the memory of its process tree every ``interval`` s.

    ``process_seconds`` is the whole process, from launch to exit, as a user would wait for it. With
    ``command``, that command is run and timed instead (its output is not read). The timing runs sample
    RSS only, rarely; PSS needs a walk over every mapping and is sampled only in the memory runs.
    """
    with_pss = task.get("pss", False)
    started = time.perf_counter()
    child = subprocess.Popen(command or [sys.executable, __file__, "--child", json.dumps(task)],
                             stdout=subprocess.DEVNULL if command else subprocess.PIPE, text=True)
    process = psutil.Process(child.pid)
    peak_rss = peak_pss = 0.0
    while child.poll() is None:
        try:
            rss, pss = _tree_memory_mb(process, with_pss)
        except psutil.NoSuchProcess:
            break
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(interval)
    output = "" if command else child.stdout.read()
    if child.wait() != 0:
        raise SystemExit(f"measured step {task['step']} failed (exit {child.returncode})")
    result = {"process_seconds": time.perf_counter() - started}
    if not command:
        result.update(json.loads(output.strip().splitlines()[-1]))
    result["tree_peak_rss_mb"] = peak_rss
    if with_pss:
        result["tree_peak_pss_mb"] = peak_pss
    return result


def _cli_runs(pages, work: Path, args, processes: int, say) -> list[dict]:
    """Whole processes, as a user runs them: ``newsquotes build`` against trafilatura alone in a fresh
    interpreter (start-up and imports counted on both sides), same pages, same process count.
    """
    folder = work / f"replicas-{args.cli_copies}x"
    if not folder.exists():
        write_replicas(pages, args.cli_copies, folder)
    runs = []
    for repeat in range(args.repeat):
        say(f"CLI run {repeat + 1}/{args.repeat}: trafilatura alone, then newsquotes build ...")
        alone = measure({"step": "trafilatura", "folder": str(folder), "processes": processes}, interval=0.5)
        command = [sys.executable, "-m", "newsquotes", "build", str(folder), "-o", str(work / f"cli-{repeat}"),
                   "--cache-dir", str(work / f"cli-cache-{repeat}"), "--workers", str(processes)]
        built = measure({"step": "cli"}, interval=0.5, command=command)
        runs.append({"documents": len(pages) * args.cli_copies, "trafilatura_seconds": alone["process_seconds"],
                     "build_seconds": built["process_seconds"],
                     "ratio": alone["process_seconds"] / built["process_seconds"], "command": " ".join(command)})
    return runs


def _build_task(folder: Path, work: Path, name: str, variant: str, pss: bool = False) -> dict:
    return {"step": "build", "folder": str(folder), "out": str(work / f"corpus-{name}"),
            "cache": str(work / f"cache-{name}"), "variant": variant, "pss": pss}


def _speed_runs(folder: Path, work: Path, args, processes: int, say) -> list[dict]:
    runs = []
    for repeat in range(args.repeat):
        say(f"run {repeat + 1}/{args.repeat}: trafilatura alone, {processes} processes ...")
        row = {"load_before": os.getloadavg(), "trafilatura": measure(
            {"step": "trafilatura", "folder": str(folder), "processes": processes}, interval=0.5)}
        for variant in args.variants:
            say(f"run {repeat + 1}/{args.repeat}: full build ({variant}) ...")
            row[variant] = measure(_build_task(folder, work, f"{variant}-run{repeat}", variant), interval=0.5)
            row[variant]["ratio"] = row["trafilatura"]["seconds"] / row[variant]["seconds"]
        row["load_after"] = os.getloadavg()
        runs.append(row)
    return runs


def _memory_runs(pages, work: Path, args, say) -> dict:
    memory: dict = {}
    for variant in args.variants:
        memory[variant] = {}
        for copies in (1, args.memory_copies):
            folder = work / f"replicas-{copies}x"
            if not folder.exists():
                write_replicas(pages, copies, folder)
            say(f"memory: full build ({variant}) of {len(pages) * copies:,} documents ...")
            memory[variant][f"{copies}x"] = measure(
                _build_task(folder, work, f"{variant}-{copies}x", variant, pss=True), interval=0.1)
        one, many = memory[variant]["1x"], memory[variant][f"{args.memory_copies}x"]
        memory[variant]["growth"] = {key: many[key] / one[key] for key in ("tree_peak_rss_mb", "tree_peak_pss_mb")}
    return memory


def _print_stages(console: Console, stages: dict) -> None:
    steps = Table(title=f"Where the time goes: each step over the {stages['pages']} pages in one process")
    steps.add_column("step")
    steps.add_column("seconds", justify="right")
    steps.add_column("ms per page", justify="right")
    steps.add_column("× trafilatura alone", justify="right")
    alone = stages["seconds"]["trafilatura alone"]
    for name, seconds in stages["seconds"].items():
        steps.add_row(name, f"{seconds:.2f}", f"{1000 * seconds / stages['pages']:.1f}", f"{seconds / alone:.2f}")
    console.print(steps)


def _print(console: Console, results: dict, args) -> None:
    _print_stages(console, results["stages"])
    speed = Table(title=f"Full build vs trafilatura alone: {results['documents']:,} documents, "
                        f"{results['processes']} processes each, {results['cpus']} CPUs")
    for column in ("run", "load before / after", "trafilatura alone", "build setting", "full build", "ratio",
                   "kept", "duplicates", "rejected"):
        speed.add_column(column, justify="left" if column in ("build setting", "load before / after") else "right")
    for number, row in enumerate(results["speed"], start=1):
        load = f"{row['load_before'][0]:.2f} / {row['load_after'][0]:.2f}"
        for variant in args.variants:
            built = row[variant]
            speed.add_row(str(number), load, f"{row['trafilatura']['seconds']:.1f} s", variant,
                          f"{built['seconds']:.1f} s", f"{built['ratio']:.2f}", str(built["kept"]),
                          str(built["duplicates"]), str(built["rejected"]))
    console.print(speed)
    for variant in args.variants:
        console.print(f"median ratio ({variant}): {results['median_ratio'][variant]:.2f}   (target ≥ 1.0)")
    for number, run in enumerate(results["cli"], start=1):
        console.print(f"CLI run {number}, {run['documents']:,} documents, whole processes: trafilatura alone "
                      f"{run['trafilatura_seconds']:.1f} s, newsquotes build {run['build_seconds']:.1f} s, "
                      f"ratio {run['ratio']:.2f}   (target ≥ 1.0)")
    if not results["memory"]:
        return
    memory = Table(title="Peak memory of the full build (build process and workers)")
    for column in ("setting", "input", "documents", "RSS summed", "PSS", "build process max RSS",
                   "largest worker max RSS"):
        memory.add_column(column, justify="left" if column == "setting" else "right")
    for variant, rows in results["memory"].items():
        for key in ("1x", f"{args.memory_copies}x"):
            row = rows[key]
            memory.add_row(variant, key, f"{row['documents']:,}", f"{row['tree_peak_rss_mb']:.0f} MB",
                           f"{row['tree_peak_pss_mb']:.0f} MB", f"{row['self_max_rss_mb']:.0f} MB",
                           f"{row['largest_child_max_rss_mb']:.0f} MB")
        growth = rows["growth"]
        memory.add_row(variant, "growth", "", f"x{growth['tree_peak_rss_mb']:.2f}", f"x{growth['tree_peak_pss_mb']:.2f}",
                       "", "", end_section=True)
    console.print(memory)
    console.print("target: peak memory at 10x no more than 1.2 x the peak at 1x")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        import resource

        result = _child(json.loads(argv[1]))
        result["self_max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        result["largest_child_max_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(json.dumps(result))
        return 0
    parser = argparse.ArgumentParser(
        description="Time the full newsquotes build against trafilatura's extraction alone on replicated "
                    "benchmark pages, and measure the build's peak memory at 1x and 10x the pages.",
        epilog="Targets: speed ratio (trafilatura seconds / build seconds) >= 1.0; peak memory at 10x <= 1.2 x at 1x.")
    parser.add_argument("data", type=Path, help="benchmark folder holding html/<id>.html.gz and ground-truth.json")
    parser.add_argument("--copies", type=int, default=28,
                        help="replicas of each page for the timing (default: 28, i.e. 5,068 documents from 181 pages)")
    parser.add_argument("--repeat", type=int, default=1, help="timing runs; the median ratio is reported (default: 1)")
    parser.add_argument("--memory-copies", type=int, default=10,
                        help="replicas for the large memory run, compared with 1 (default: 10)")
    parser.add_argument("--variants", nargs="+", choices=VARIANTS, default=list(VARIANTS),
                        help="build settings to time: default de-duplication, and/or every document kept (default: both)")
    parser.add_argument("--skip-memory", action="store_true", help="time only, without the 1x/10x memory runs")
    parser.add_argument("--cli-copies", type=int, default=3,
                        help="replicas for the run from the command line, whole processes (default: 3, i.e. 543 "
                             "documents; 0 skips it)")
    parser.add_argument("--work-dir", type=Path,
                        help="where replicas and corpora go (default: a temporary folder, removed afterwards)")
    parser.add_argument("--stages-only", action="store_true",
                        help="only the per-document steps on the benchmark pages in one process (where the time goes)")
    parser.add_argument("--out", type=Path, help="write the results as JSON to this file")
    args = parser.parse_args(argv)

    from newsquotes.corpus.build import BuildOptions

    console = Console(width=None if sys.stdout.isatty() else 120)
    if args.stages_only:
        stages = measure({"step": "stages", "data": str(args.data)}, interval=0.5)
        _print_stages(console, stages)
        if args.out:
            args.out.write_text(json.dumps({"stages": stages}, indent=2) + "\n", encoding="utf-8")
        return 0
    pages = load_pages(args.data)
    processes = BuildOptions().workers
    with tempfile.TemporaryDirectory(prefix="nq-build-speed-", dir=args.work_dir) as tmp:
        work = Path(tmp)
        folder = work / f"replicas-{args.copies}x"
        write_replicas(pages, args.copies, folder)
        results: dict = {"pages": len(pages), "copies": args.copies, "documents": len(pages) * args.copies,
                         "processes": processes, "cpus": os.cpu_count()}
        results["speed"] = _speed_runs(folder, work, args, processes, console.log)
        results["median_ratio"] = {v: statistics.median(run[v]["ratio"] for run in results["speed"])
                                   for v in args.variants}
        results["cli"] = _cli_runs(pages, work, args, processes, console.log) if args.cli_copies else []
        results["memory"] = {} if args.skip_memory else _memory_runs(pages, work, args, console.log)
    console.log("per-document steps, one process ...")
    results["stages"] = measure({"step": "stages", "data": str(args.data)}, interval=0.5)
    _print(console, results, args)
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        console.print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
