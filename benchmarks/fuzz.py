"""The fault and fuzz suite, full size: adversarial inputs through ``newsquotes build``, then SIGKILLs mid-build.

Usage:
    python benchmarks/fuzz.py [--inputs 10000] [--kills 20] [--documents 5000] [--seed 1] [--json fuzz.json]
                              [--skip-inputs] [--skip-kills] [--engines local ray] [--predictions-gb 1]

Inputs: ``tests/fuzz_inputs.py`` writes ``--inputs`` files (every class of the README's list); one
``newsquotes build`` runs over them (2 workers, 20 s per document; run by root, without root's right to read
any file, so that unreadable inputs are unreadable to it), and the manifest is checked: every input accounted for with a reason that names its fault, no traceback on
stderr, the exit code the README documents, no sentinel file's text in any output, no control character in
any article. Peak memory is the build and its workers together, sampled every 0.1 s.

Predictions: a ``--predictions-gb`` file of Annotation lines is read by ``predictions:FILE`` in a fresh process
and one article scored; the process's peak memory growth is reported.

Kills: a corpus of ``--documents`` text articles is built once without interruption (the reference), then,
per engine, a previous corpus is built, new inputs are added, and the build is started and SIGKILLed at a
random moment ``--kills`` times in a row (the local engine: the build and its workers; Ray: the driver
and the Ray it started, or first one worker process and then the driver, taking turns; the last quarter of
the kills land while the new corpus is being written) — after each kill the previous corpus must be byte-identical to what it
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
import fuzz_check  # noqa: E402
import fuzz_inputs  # noqa: E402
import fuzz_kills  # noqa: E402


def run_inputs(count: int, seed: int, workers: int, timeout: float) -> dict:
    from newsquotes.corpus.storage import read_articles, read_manifest

    work = fuzz_check.workspace()
    sentinel = work / "sentinel.txt"
    sentinel.write_text(fuzz_inputs.SENTINEL_TEXT)
    started = time.monotonic()
    cases = fuzz_inputs.generate(work / "inputs", count, seed, sentinel, huge_line=20_000_000)
    generated = time.monotonic() - started
    slowest = fuzz_check.slowest_read(work / "inputs")
    run = fuzz_check.run_build(work / "inputs", work / "out", work / "cache", workers=workers, timeout=timeout,
                                limit=3600)
    manifest = read_manifest(work / "out")
    articles = list(read_articles(work / "out"))
    verdict = fuzz_check.check(cases, manifest, articles, [work / "out" / "manifest.json"])
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


PEAK = """
import resource, sys, time
from newsquotes.corpus.storage import read_articles
from newsquotes.models.registry import get_model
(article,) = read_articles(sys.argv[2])
before, started = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.monotonic()
model = get_model("predictions:" + sys.argv[1])
assert model.predict(article).article_id == article.id
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024, round(time.monotonic() - started, 1))
"""


def run_predictions(gigabytes: float) -> dict:
    """A predictions file of ``gigabytes`` (many other articles' annotations around the one scored), read in
    a fresh process: how much its memory grows and how long reading and scoring one article takes."""
    import subprocess
    import tempfile

    from newsquotes.corpus.build import BuildOptions, InputSpec, build
    from newsquotes.corpus.storage import read_articles
    from newsquotes.models.registry import get_model

    work = Path(tempfile.mkdtemp(prefix="newsquotes-predictions-"))
    data = Path(__file__).resolve().parents[1] / "tests" / "data" / "freedonia-dump.txt"
    build([InputSpec(path=data)], work / "corpus", BuildOptions(workers=0, cache_dir=work / "cache"))
    (article,) = read_articles(work / "corpus")
    annotation = get_model("rules").predict(article)
    other = annotation.model_dump()
    other["entities"] = [dict(e, id=f"p{n}") for n, e in enumerate(other["entities"] * 400)]
    path = work / "predictions.jsonl"
    with path.open("w") as out:
        n = 0
        while out.tell() < gigabytes * 2**30:
            out.write(json.dumps(dict(other, article_id=f"nq-{n:016x}")) + "\n")
            n += 1
            if n == 1000:
                out.write(annotation.model_dump_json() + "\n")
    size = path.stat().st_size
    done = subprocess.run([sys.executable, "-c", PEAK, str(path), str(work / "corpus")], capture_output=True,
                          text=True, check=True)
    grown, seconds = done.stdout.split()
    shutil.rmtree(work, ignore_errors=True)
    return {"file_mb": round(size / 2**20), "records": n + 1, "memory_growth_mb": int(grown),
            "seconds": float(seconds)}


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
    parser.add_argument("--predictions-gb", type=float, default=1.0, help="size of the large predictions file (0: skip)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results: dict = {"seed": args.seed}
    if not args.skip_inputs:
        results["inputs"] = run_inputs(args.inputs, args.seed, args.workers, args.timeout)
        print(json.dumps(results["inputs"], indent=1), flush=True)
    if args.predictions_gb:
        results["predictions"] = run_predictions(args.predictions_gb)
        print(json.dumps(results["predictions"], indent=1), flush=True)
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
