"""Speed of ``newsquotes build`` as a user runs it, against trafilatura's extraction alone; and peak memory.

The 181 benchmark pages are written out in marked copies (``_pages.write_replicas``: every copy carries a
sentence of its own in its article text, so neither the outcome cache nor exact-duplicate detection can skip
any work) until there are as many files as each ``--pages`` asks for: 543 is 3 copies of every page, 5,000 is
27 copies and 113 pages of the 28th. For each size, in rounds that take turns (trafilatura, build,
trafilatura, build, ...), each a whole process started fresh, imports and start-up included:

* trafilatura alone: a fresh interpreter imports trafilatura, then ``trafilatura.extract`` (comments off)
  reads every file in a fork ``multiprocessing.Pool`` of ``--processes`` processes;
* the build: ``newsquotes build FOLDER -o OUT --cache-dir EMPTY --workers N``, exactly as typed in a shell,
  into a fresh output folder with a fresh, empty cache.

Each run records its wall time and its CPU time (user + system of the process and every worker it waited
for, from ``wait4``). The best of the rounds counts for each side; the ratio is trafilatura's time over the
build's, so 1.0 or more means the whole build is at least as fast as extraction alone. CPU times are the
steadier measure on a shared machine; the load average before each run is recorded. A reference row times
``python -c "import trafilatura"``, the floor for any tool that extracts with it.

    python benchmarks/build_speed.py path/to/article-extraction-benchmark --pages 543 5000 --rounds 3

writes ``build_speed.json`` (``--out``). ``--memory`` adds the peak memory of the build (library call) at 1x
and ``--memory-copies`` x the pages; ``--stages-only`` times each per-document step in one process.

Not a test: it needs the benchmark data, which the repository does not ship.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pages import load_pages, write_replicas  # noqa: E402
from _process_memory import tree_memory_mb  # noqa: E402

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
    from newsquotes.corpus.extract import ExtractOptions
    from newsquotes.corpus.extractors import extract
    from newsquotes.corpus.segment import join_paragraphs, sentence_spans

    pages = load_pages(data)
    options, params = ExtractOptions(rules=tuple(default_rules())), dedup.DedupParams()
    seconds = dict.fromkeys(("trafilatura alone", "extract and clean", "segment", "language", "dedup signature"), 0.0)

    def lap(name: str, since: float) -> float:
        now = time.perf_counter()
        seconds[name] += now - since
        return now

    # trafilatura alone runs first, over every page: the build's extraction sets trafilatura's parser to look up
    # element classes in C, which would speed up trafilatura alone too if it ran after it in this process
    for page in pages:
        clock = time.perf_counter()
        trafilatura.extract(page.html.decode("utf-8"), include_comments=False)
        lap("trafilatura alone", clock)
    for page in pages:
        clock = time.perf_counter()
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


def measure(task: dict, interval: float, command: list[str] | None = None) -> dict:
    """Run ``task`` in a fresh interpreter, sampling the memory of its process tree every ``interval`` s.

    ``process_seconds`` is the whole process, from launch to exit, as a user would wait for it;
    ``cpu_seconds`` its user and system time with that of every process it waited for (its workers). With
    ``command``, that command is run and timed instead (its output in ``output``). The timing runs sample RSS
    only, rarely; PSS needs a walk over every mapping and is sampled only in the memory runs.
    """
    with_pss = task.get("pss", False)
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as captured:
        child = subprocess.Popen(command or [sys.executable, __file__, "--child", json.dumps(task)], stdout=captured,
                                 stderr=subprocess.DEVNULL if command else None, text=True)
        process = psutil.Process(child.pid)
        peaks = {"rss": 0.0, "pss": 0.0, "anonymous": 0.0}
        finished = threading.Event()

        def sample() -> None:
            while True:
                try:
                    sampled = dict(zip(peaks, tree_memory_mb(process, with_pss)))
                except psutil.NoSuchProcess:
                    return
                for name, value in sampled.items():
                    peaks[name] = max(peaks[name], value)
                if finished.wait(interval):
                    return

        # memory is sampled beside the wait, so the wall time is the exit's, not the next sample's
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        finished.set()
        sampler.join()
        captured.seek(0)
        output = captured.read()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"measured step {task['step']} failed (exit {child.returncode}): {command or task}")
    result = {"process_seconds": seconds, "cpu_seconds": usage.ru_utime + usage.ru_stime}
    if command:
        result["output"] = output
    else:
        result.update(json.loads(output.strip().splitlines()[-1]))
    result["tree_peak_rss_mb"] = peaks["rss"]
    if with_pss:
        result["tree_peak_pss_mb"] = peaks["pss"]
        result["tree_peak_anonymous_pss_mb"] = peaks["anonymous"]
    return result


#: trafilatura alone, as small a program as can run it over a folder in a process pool.
TRAFILATURA_ALONE = """
import multiprocessing, sys
from pathlib import Path
import trafilatura

def extract(path):
    return trafilatura.extract(Path(path).read_text("utf-8"), include_comments=False) is not None

if __name__ == "__main__":
    files = sorted(str(path) for path in Path(sys.argv[1]).glob("*.html"))
    with multiprocessing.get_context("fork").Pool(int(sys.argv[2])) as pool:
        print(sum(pool.imap_unordered(extract, files, chunksize=8)))
"""


def _replicas(pages, count: int, folder: Path) -> Path:
    """``count`` marked files: whole copies of every page, then the first pages of one more copy."""
    if not folder.exists():
        copies = -(-count // len(pages))
        paths = write_replicas(pages, copies, folder)
        for path in paths[count:]:
            path.unlink()
    return folder


def _round(folder: Path, work: Path, name: str, processes: int) -> dict:
    """One turn of each side on ``folder``: trafilatura alone, then the build, whole processes."""
    alone_load = os.getloadavg()[0]
    alone = measure({"step": "trafilatura"}, interval=0.5,
                    command=[sys.executable, "-c", TRAFILATURA_ALONE, str(folder), str(processes)])
    out, cache = work / f"out-{name}", work / f"cache-{name}"
    command = [sys.executable, "-m", "newsquotes", "build", str(folder), "-o", str(out), "--cache-dir", str(cache),
               "--workers", str(processes)]
    build_load = os.getloadavg()[0]
    built = measure({"step": "cli"}, interval=0.5, command=command)
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    shutil.rmtree(out), shutil.rmtree(cache)
    return {"trafilatura": {"wall": alone["process_seconds"], "cpu": alone["cpu_seconds"], "load": alone_load,
                            "extracted": int(alone["output"])},
            "build": {"wall": built["process_seconds"], "cpu": built["cpu_seconds"], "load": build_load,
                      "counts": manifest["counts"]},
            "command": " ".join(command[1:])}


def _import_floor(rounds: int) -> dict:
    """The whole process ``python -c "import trafilatura"``, best of ``rounds``."""
    runs = [measure({"step": "import"}, interval=0.5, command=[sys.executable, "-c", "import trafilatura"])
            for _ in range(rounds)]
    return {"wall": min(r["process_seconds"] for r in runs), "cpu": min(r["cpu_seconds"] for r in runs)}


def _speed(pages, work: Path, args, say) -> list[dict]:
    sizes = []
    for count in args.pages:
        folder = _replicas(pages, count, work / f"pages-{count}")
        rounds = []
        for number in range(1, args.rounds + 1):
            say(f"{count:,} pages, round {number}/{args.rounds}: trafilatura alone, then newsquotes build ...")
            rounds.append(_round(folder, work, f"{count}-{number}", args.processes))
        best = {side: {key: min(r[side][key] for r in rounds) for key in ("wall", "cpu")}
                for side in ("trafilatura", "build")}
        sizes.append({"pages": count, "rounds": rounds, "best": best,
                      "ratio_wall": best["trafilatura"]["wall"] / best["build"]["wall"],
                      "ratio_cpu": best["trafilatura"]["cpu"] / best["build"]["cpu"]})
        shutil.rmtree(folder)
    return sizes


def _build_task(folder: Path, work: Path, name: str, variant: str, pss: bool = False) -> dict:
    return {"step": "build", "folder": str(folder), "out": str(work / f"corpus-{name}"),
            "cache": str(work / f"cache-{name}"), "variant": variant, "pss": pss}


def _memory_runs(pages, work: Path, args, say) -> dict:
    memory: dict = {}
    for variant in args.variants:
        memory[variant] = {}
        for copies in sorted({1, args.memory_copies}):  # one build each, never a rebuild from its cache
            folder = work / f"replicas-{copies}x"
            if not folder.exists():
                write_replicas(pages, copies, folder)
            say(f"memory: full build ({variant}) of {len(pages) * copies:,} documents ...")
            memory[variant][f"{copies}x"] = measure(
                _build_task(folder, work, f"{variant}-{copies}x", variant, pss=True), interval=0.1)
        one, many = memory[variant]["1x"], memory[variant][f"{args.memory_copies}x"]
        memory[variant]["growth"] = {key: many[key] / one[key] for key in ("tree_peak_rss_mb", "tree_peak_pss_mb",
                                                                         "tree_peak_anonymous_pss_mb")}
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
    if results.get("stages"):
        _print_stages(console, results["stages"])
    speed = Table(title=f"newsquotes build against trafilatura.extract alone: whole processes, "
                        f"{results['processes']} processes each, {results['cpus']} CPUs, best of {args.rounds} rounds")
    for column in ("pages", "trafilatura alone", "newsquotes build", "ratio", "CPU trafilatura", "CPU build",
                   "CPU ratio", "load average", "kept / duplicates / rejected"):
        speed.add_column(column, justify="right")
    floor = results["import_floor"]
    speed.add_row("0", f"{floor['wall']:.2f} s", "", "", f"{floor['cpu']:.2f} s", "", "", "",
                  "python -c 'import trafilatura'", end_section=True)
    for size in results["speed"]:
        best, rounds = size["best"], size["rounds"]
        loads = [r[side]["load"] for r in rounds for side in ("trafilatura", "build")]
        counts = rounds[-1]["build"]["counts"]
        speed.add_row(f"{size['pages']:,}", f"{best['trafilatura']['wall']:.1f} s", f"{best['build']['wall']:.1f} s",
                      f"[bold]{size['ratio_wall']:.2f}[/]", f"{best['trafilatura']['cpu']:.1f} s",
                      f"{best['build']['cpu']:.1f} s", f"{size['ratio_cpu']:.2f}", f"{min(loads):.1f}–{max(loads):.1f}",
                      f"{counts['kept']} / {counts['duplicates']} / {counts['rejected']}")
    console.print(speed)
    console.print("ratio: trafilatura's best time over the build's (target ≥ 1.0); CPU: user + system of the "
                  "process and its workers")
    if not results.get("memory"):
        return
    memory = Table(title="Peak memory of the full build (build process and workers)")
    for column in ("setting", "input", "documents", "RSS summed", "PSS", "PSS, anonymous", "build process max RSS",
                   "largest worker max RSS"):
        memory.add_column(column, justify="left" if column == "setting" else "right")
    for variant, rows in results["memory"].items():
        for key in ("1x", f"{args.memory_copies}x"):
            row = rows[key]
            memory.add_row(variant, key, f"{row['documents']:,}", f"{row['tree_peak_rss_mb']:.0f} MB",
                           f"{row['tree_peak_pss_mb']:.0f} MB", f"{row['tree_peak_anonymous_pss_mb']:.0f} MB",
                           f"{row['self_max_rss_mb']:.0f} MB",
                           f"{row['largest_child_max_rss_mb']:.0f} MB")
        growth = rows["growth"]
        memory.add_row(variant, "growth", "", f"x{growth['tree_peak_rss_mb']:.2f}", f"x{growth['tree_peak_pss_mb']:.2f}",
                       f"x{growth['tree_peak_anonymous_pss_mb']:.2f}", "", "", end_section=True)
    console.print(memory)


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
        description="Time `newsquotes build` against trafilatura.extract alone in a process pool, whole processes "
                    "from a fresh interpreter, on marked copies of the benchmark pages; optionally the build's "
                    "peak memory at 1x and 10x the pages.",
        epilog="Target: ratio (trafilatura's seconds / the build's) >= 1.0 at every size.")
    parser.add_argument("data", type=Path, help="benchmark folder holding html/<id>.html.gz and ground-truth.json")
    parser.add_argument("--pages", type=int, nargs="+", default=[543, 5000],
                        help="sizes to time, in files made from the 181 pages (default: 543 5000)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds at each size, the two sides taking turns; the best of each counts (default: 3)")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1,
                        help="trafilatura's pool and the build's --workers (default: one per CPU)")
    parser.add_argument("--memory", action="store_true",
                        help="also measure the build's peak memory at 1x and --memory-copies x the pages")
    parser.add_argument("--memory-copies", type=int, default=10, help="replicas for the large memory run (default: 10)")
    parser.add_argument("--variants", nargs="+", choices=VARIANTS, default=list(VARIANTS),
                        help="build settings for the memory runs: default de-duplication and/or every document kept")
    parser.add_argument("--stages-only", action="store_true",
                        help="only the per-document steps on the benchmark pages in one process (where the time goes)")
    parser.add_argument("--work-dir", type=Path,
                        help="where copies and corpora go (default: a temporary folder, removed afterwards)")
    parser.add_argument("--out", type=Path, default=Path("build_speed.json"),
                        help="results as JSON (default: build_speed.json)")
    args = parser.parse_args(argv)

    console = Console(width=None if sys.stdout.isatty() else 140)
    if args.stages_only:
        stages = measure({"step": "stages", "data": str(args.data)}, interval=0.5)
        _print_stages(console, stages)
        args.out.write_text(json.dumps({"stages": stages}, indent=2) + "\n", encoding="utf-8")
        return 0
    pages = load_pages(args.data)
    results: dict = {"processes": args.processes, "cpus": os.cpu_count(), "rounds": args.rounds,
                     "load_before": os.getloadavg(), "import_floor": _import_floor(args.rounds)}
    with tempfile.TemporaryDirectory(prefix="nq-build-speed-", dir=args.work_dir) as tmp:
        work = Path(tmp)
        results["speed"] = _speed(pages, work, args, console.log)
        results["memory"] = _memory_runs(pages, work, args, console.log) if args.memory else {}
    results["load_after"] = os.getloadavg()
    _print(console, results, args)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    console.print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
