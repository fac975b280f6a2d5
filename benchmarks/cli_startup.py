"""How long the command line takes to start: ``newsquotes --help`` and ``newsquotes corpus stats DIR``.

Each command runs ``--runs`` times as a fresh process (after one unmeasured warm-up); the wall time from
start to exit, the child's CPU time and its peak resident memory come from the operating system
(``os.wait4``). The median is the figure to quote; min and max show how noisy the machine was. With
``--src`` a second source tree (e.g. an older checkout's ``src``) is measured the same way, interleaved
run by run, for a side-by-side comparison.

    python benchmarks/cli_startup.py --corpus corpus/build --out cli_startup.json
    python benchmarks/cli_startup.py --corpus corpus/build --src /tmp/old/src
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

SRC = Path(__file__).resolve().parents[1] / "src"


def measure(argv: list[str], src: Path) -> dict[str, float]:
    """One fresh process: wall seconds, CPU seconds and peak memory (MiB) of ``python -m newsquotes ARGV``."""
    env = {**os.environ, "PYTHONPATH": str(src), "COLUMNS": "80"}
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "newsquotes", *argv], env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"newsquotes {' '.join(argv)} failed (PYTHONPATH={src}); run it by hand to see why")
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "peak_mib": usage.ru_maxrss / 1024}


def summary(samples: list[dict[str, float]]) -> dict[str, dict[str, float]]:
    return {key: {"min": min(s[key] for s in samples), "median": statistics.median(s[key] for s in samples),
                  "max": max(s[key] for s in samples)} for key in samples[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpus/build"), help="A built corpus for `corpus stats`.")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--src", type=Path, help="Also measure this source tree, for comparison.")
    parser.add_argument("--out", type=Path, help="Write the numbers as JSON.")
    args = parser.parse_args()
    if not (args.corpus / "manifest.json").exists():
        raise SystemExit(f"{args.corpus}: not a built corpus (run `newsquotes build` first, or pass --corpus)")
    commands = {"newsquotes --help": ["--help"], "newsquotes corpus stats": ["corpus", "stats", str(args.corpus)]}
    trees = {"this tree": SRC, **({"--src": args.src} if args.src else {})}
    samples: dict[tuple[str, str], list] = {(tree, command): [] for tree in trees for command in commands}
    for run in range(args.runs + 1):
        for (tree, command), found in samples.items():
            sample = measure(commands[command], trees[tree])
            if run:  # the first round warms the file cache and is not counted
                found.append(sample)
    results = {f"{tree} | {command}": summary(found) for (tree, command), found in samples.items()}

    table = Table(title=f"start-up, {args.runs} runs each, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    for column in ("source", "command", "wall s", "min–max", "CPU s", "MiB"):
        table.add_column(column, justify="left" if column in ("source", "command") else "right", no_wrap=True)
    for key, figures in results.items():
        tree, command = key.split(" | ")
        wall = figures["wall_s"]
        table.add_row(tree, command, f"{wall['median']:.3f}", f"{wall['min']:.3f}–{wall['max']:.3f}",
                      f"{figures['cpu_s']['median']:.3f}", f"{figures['peak_mib']['median']:.0f}")
    Console().print(table)
    Console().print("wall s and CPU s are medians; MiB is the median peak resident memory")
    if args.out:
        args.out.write_text(json.dumps({"runs": args.runs, "python": platform.python_version(),
                                        "cpus": os.cpu_count(), "results": results}, indent=2) + "\n")


if __name__ == "__main__":
    main()
