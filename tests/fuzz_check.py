"""Run ``newsquotes build`` over the inputs of :mod:`fuzz_inputs` and check what it made of each one."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from fuzz_inputs import SENTINEL_TEXT, Case


@dataclass
class Verdict:
    outcomes: dict[str, int]  # kept / duplicate / rejected, per record
    by_kind: dict[str, dict[str, int]]
    problems: list[str]  # every way the build failed the suite


CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def check(cases: list[Case], manifest, articles: list, outputs: list[Path]) -> Verdict:
    """Every case accounted for with a reason naming its fault; no sentinel, no control character in any output."""
    problems: list[str] = []
    by_input: dict[str, list] = {}
    for entry in manifest.entries:
        by_input.setdefault(entry.input, []).append(entry)
    outcomes: dict[str, int] = {}
    by_kind: dict[str, dict[str, int]] = {}
    names = {c.name for c in cases}
    for extra in sorted(set(by_input) - names):
        problems.append(f"{extra!r}: in the manifest but not an input")
    article_of = {a.id: a for a in articles}
    for case in cases:
        entries = by_input.get(case.name, [])
        if not entries:
            problems.append(f"{case.name!r} ({case.kind}): not in the manifest")
            continue
        for entry in entries:
            outcomes[entry.status] = outcomes.get(entry.status, 0) + 1
            tally = by_kind.setdefault(case.kind, {})
            tally[entry.status] = tally.get(entry.status, 0) + 1
            if entry.status == "rejected":
                if not any(re.search(f, entry.reason or "") for f in case.faults):
                    problems.append(f"{case.name!r} ({case.kind}) {entry.record or ''}: reason {entry.reason!r} "
                                    f"does not name its fault")
            elif not (case.may_keep or case.must_keep):
                problems.append(f"{case.name!r} ({case.kind}): {entry.status}, wanted rejected")
            article = article_of.get(entry.article_id) if entry.status == "kept" else None
            if article is not None and case.extra.get("reader") and article.provenance.reader != case.extra["reader"]:
                problems.append(f"{case.name!r}: read as {article.provenance.reader}")
            if article is not None and CONTROLS.search(article.text + (article.title or "")):
                problems.append(f"{case.name!r}: a control character in the article")
        if case.must_keep and not any(e.status != "rejected" for e in entries):
            problems.append(f"{case.name!r} ({case.kind}): good text rejected: {[e.reason for e in entries]}")
        if case.records is not None and (wrong := case.records(entries)):
            problems.append(f"{case.name!r} ({case.kind}): {wrong}")
    leaks = [p.name for p in outputs if SENTINEL_TEXT.encode() in p.read_bytes()]
    leaks += [a.id for a in articles if SENTINEL_TEXT in a.model_dump_json()]
    if leaks:
        problems.append(f"the sentinel file's text is in {leaks}: a local file was read")
    return Verdict(outcomes, by_kind, problems)


@dataclass
class BuildRun:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_rss: int  # bytes: the build and all its workers together, sampled every 0.1 s
    peak_process_rss: int  # bytes: the largest single process


def workspace() -> Path:
    return Path(tempfile.mkdtemp(prefix="newsquotes-fuzz-"))


def _without_root_file_access() -> None:
    """In the child before exec: root loses the capabilities that let it read any file whatever its mode
    (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so an unreadable input is unreadable to the build."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def run_build(inputs: Path, out: Path, cache: Path, *, workers: int = 2, timeout: float = 20.0, limit: float = 900,
              engine: str = "local") -> BuildRun:
    """``newsquotes build`` in a fresh process, with its peak memory.

    Run by root, the build runs without root's right to read any file (see :func:`_without_root_file_access`).
    """
    import psutil

    command = [sys.executable, "-m", "newsquotes", "build", str(inputs), "-o", str(out), "--cache-dir", str(cache),
               "--workers", str(workers), "--timeout", str(timeout), "--engine", engine]
    env = dict(os.environ, COLUMNS="200", NO_COLOR="1")
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=out.parent, env=env,
                               preexec_fn=_without_root_file_access if os.geteuid() == 0 else None)
    peak = [0, 0]

    def sample() -> None:
        try:
            root = psutil.Process(process.pid)
            while process.poll() is None:
                sizes = [p.memory_info().rss for p in [root, *root.children(recursive=True)] if p.is_running()]
                peak[0], peak[1] = max(peak[0], sum(sizes)), max(peak[1], max(sizes, default=0))
                time.sleep(0.1)
        except psutil.Error:
            pass

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        stdout, stderr = process.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        process.kill()
        stdout, stderr = process.communicate()
        stderr += f"\nHUNG: killed after {limit} s"
    sampler.join()
    return BuildRun(process.returncode, stdout.decode("utf-8", "replace"), stderr.decode("utf-8", "replace"),
                    time.monotonic() - started, peak[0], peak[1])


def slowest_read(folder: Path, max_bytes: int = 50_000_000) -> tuple[float, str]:
    """The longest any one input took to read (the readers run in the build's main process, outside the
    per-document time limit), and which input it was."""
    from newsquotes.corpus import readers

    worst = (0.0, "")
    for path, name in readers.discover([folder]):
        started = time.monotonic()
        for _ in readers.read(path, name, max_bytes=max_bytes):
            pass
        worst = max(worst, (time.monotonic() - started, name))
    return worst
