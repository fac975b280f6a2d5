"""The fault and fuzz suite, full size: adversarial inputs through ``newsquotes build``, then SIGKILLs mid-build.

Usage:
    python benchmarks/fuzz.py [--inputs 10000] [--kills 20] [--documents 5000] [--seed 1] [--json fuzz.json]
                              [--skip-inputs] [--skip-kills] [--engines local ray]

Inputs: ``tests/fuzz_inputs.py`` writes ``--inputs`` files (every class of the README's list); one
``newsquotes build`` runs over them (2 workers, 20 s per document) as an unprivileged user when run by root,
and the manifest is checked: every input accounted for with a reason that names its fault, no traceback on
stderr, the exit code the README documents, no sentinel file's text in any output, no control character in
any article. Peak memory is the build and its workers together, sampled every 0.1 s.

Kills: a corpus of ``--documents`` text articles is built once without interruption (the reference), then,
per engine, a previous corpus is built, new inputs are added, and the build is started and SIGKILLed at a
random moment ``--kills`` times in a row (the local engine: the whole process group; Ray: the driver, or
one worker process, taking turns) — after each kill the previous corpus must be byte-identical to what it
was; then one build runs to the end and must be byte-identical to the reference.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import fuzz_inputs  # noqa: E402
import fuzz_kills  # noqa: E402


def run_inputs(count: int, seed: int, workers: int, timeout: float) -> dict:
    from newsquotes.corpus.storage import read_articles, read_manifest

    work = fuzz_inputs.workspace()
    sentinel = work / "sentinel.txt"
    sentinel.write_text(fuzz_inputs.SENTINEL_TEXT)
    started = time.monotonic()
    cases = fuzz_inputs.generate(work / "inputs", count, seed, sentinel, huge_line=20_000_000)
    generated = time.monotonic() - started
    slowest = fuzz_inputs.slowest_read(work / "inputs")
    run = fuzz_inputs.run_build(work / "inputs", work / "out", work / "cache", workers=workers, timeout=timeout,
                                limit=3600)
    manifest = read_manifest(work / "out")
    articles = list(read_articles(work / "out"))
    verdict = fuzz_inputs.check(cases, manifest, articles, [work / "out" / "manifest.json"])
    problems = list(verdict.problems)
    if "Traceback" in run.stderr:
        problems.append("a traceback on stderr")
    if run.returncode != 0:
        problems.append(f"exit code {run.returncode}, wanted 0 (some articles are kept)")
    if any((work / name).exists() for name in (fuzz_inputs.PWNED,)) or list(work.rglob(fuzz_inputs.PWNED)):
        problems.append("a file name was run by a shell")
    timed_out = sum("timed out" in (e.reason or "") for e in manifest.entries)
    result = {
        "inputs": len(cases), "records": len(manifest.entries), "outcomes": verdict.outcomes,
        "timed_out": timed_out, "by_kind": verdict.by_kind, "problems": problems[:50], "problem_count": len(problems),
        "exit_code": run.returncode, "build_seconds": round(run.seconds, 1), "generate_seconds": round(generated, 1),
        "peak_rss_mb": round(run.peak_rss / 2**20), "peak_process_rss_mb": round(run.peak_process_rss / 2**20),
        "slowest_read_seconds": round(slowest[0], 2), "slowest_read_input": slowest[1],
    }
    shutil.rmtree(work, ignore_errors=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--documents", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=20.0)
    parser.add_argument("--engines", nargs="+", default=["local", "ray"])
    parser.add_argument("--skip-inputs", action="store_true")
    parser.add_argument("--skip-kills", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results: dict = {"seed": args.seed}
    if not args.skip_inputs:
        results["inputs"] = run_inputs(args.inputs, args.seed, args.workers, args.timeout)
        print(json.dumps(results["inputs"], indent=1), flush=True)
    if not args.skip_kills:
        results["kills"] = fuzz_kills.run_all(args.documents, args.kills, args.seed, args.engines, args.workers,
                                              log=lambda line: print(line, flush=True))
        print(json.dumps(results["kills"], indent=1), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")
    failed = results.get("inputs", {}).get("problem_count", 0) + sum(
        len(r["problems"]) for r in results.get("kills", {}).values())
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
