"""SIGKILLs at random moments of ``newsquotes build``: the previous corpus is never damaged, and a rerun gives a
corpus byte-identical to an uninterrupted build. Used by ``tests/test_fuzz.py`` (a sample) and
``benchmarks/fuzz.py`` (the full run).

Each kill waits for a random point of the build: a random number of documents done (read from the cache the
build fills as it goes), or, for the last quarter of the kills, a random moment after the new corpus has
started to be written (``<out>.partial`` exists), where the swap happens. ``driver`` kills the build process
and then every process it started (its workers, its local Ray); ``worker`` (Ray) first kills one Ray worker
process, lets the build go on, then kills the driver.
"""

from __future__ import annotations

import hashlib
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psutil

from fuzz_inputs import good_text


def write_inputs(folder: Path, numbers) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        (folder / f"doc-{n:05d}.txt").write_text(good_text(random.Random(n)), "utf-8")


def digest(folder: Path) -> str | None:
    """One hash of every file's name and bytes, None when the folder is missing."""
    if not folder.is_dir():
        return None
    total = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        total.update(path.relative_to(folder).as_posix().encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return total.hexdigest()


def command(inputs: Path, out: Path, cache: Path, engine: str, workers: int, address: str | None = None) -> list[str]:
    return [sys.executable, "-m", "newsquotes", "build", str(inputs), "-o", str(out), "--cache-dir", str(cache),
            "--workers", str(workers), "--engine", engine, *(["--address", address] if address else [])]


def done(cache: Path) -> int:
    """Documents whose outcome the build has already stored (the local engine's cache, Ray's unit files)."""
    units = len(list((cache / "ray-units").glob("*.parquet"))) if (cache / "ray-units").is_dir() else 0
    path = cache / "outcomes.sqlite3"
    if not path.exists():
        return units
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
            return max(units, db.execute("SELECT count(*) FROM outcome").fetchone()[0])
    except sqlite3.Error:
        return units


def _kill_tree(process: subprocess.Popen) -> None:
    try:
        family = psutil.Process(process.pid).children(recursive=True)
    except psutil.Error:
        family = []
    process.send_signal(signal.SIGKILL)
    for child in family:
        try:
            child.send_signal(signal.SIGKILL)
        except psutil.Error:
            pass
    process.wait()
    psutil.wait_procs(family, timeout=10)


#: Ray's own processes show as ``ray::<name>`` too; killing those is losing the node, not a worker.
RAY_SYSTEM = ("IDLE", "Agent", "Dashboard", "Monitor")


def _ray_worker(root: int) -> psutil.Process | None:
    """A Ray worker process under ``root`` running one of the build's tasks (not one of Ray's own processes)."""
    try:
        for child in psutil.Process(root).children(recursive=True):
            name = (child.cmdline() or [""])[0]
            if name.startswith("ray::") and not any(word in name for word in RAY_SYSTEM):
                return child
    except psutil.Error:
        pass
    return None


def _wait(process: subprocess.Popen, until: Callable[[], bool], limit: float = 600) -> bool:
    deadline = time.monotonic() + limit
    while process.poll() is None and time.monotonic() < deadline:
        if until():
            return True
        time.sleep(0.02)
    return False


def kill_run(argv: list[str], out: Path, cache: Path, rng: random.Random, mode: str, target: int | None,
             cluster_root: int | None = None) -> dict:
    """Start one build and SIGKILL it as ``mode`` says, at ``target`` documents done (None: while writing).

    ``cluster_root``: the process that started the Ray cluster the build joins (its workers are found
    there); by default the build starts its own Ray, and its workers are the build's own descendants."""
    partial = out.with_name(out.name + ".partial")
    log = out.with_name("killed-build.stderr")
    with log.open("wb") as stderr:
        process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True)
    event = {"mode": mode, "target": target}
    if target is None:
        _wait(process, partial.exists)
        time.sleep(rng.uniform(0, 1.5))
    elif mode != "worker":
        _wait(process, lambda: done(cache) >= target)
    if mode == "worker":
        root = cluster_root or process.pid
        # a busy worker is only there while tasks run, so both are awaited together, not one after the other
        busy = [None]

        def busy_worker_past_target() -> bool:
            busy[0] = (target is None or done(cache) >= target) and _ray_worker(root)
            return bool(busy[0])

        worker = _wait(process, busy_worker_past_target) and busy[0]
        if worker:
            worker.send_signal(signal.SIGKILL)
            event["worker_killed"] = True
        time.sleep(rng.uniform(0.2, 2.0))
    event["finished_first"] = process.poll() is not None
    _kill_tree(process)
    event["done"] = done(cache)
    if event["finished_first"]:
        event["exit_code"] = process.returncode
        event["stderr"] = log.read_text("utf-8", "replace")[-2000:]
    return event


def kill_series(inputs: Path, work: Path, engine: str, kills: int, seed: int, total: int, previous_count: int,
                reference: str, workers: int = 2, log: Callable[[str], None] = lambda line: None,
                address: str | None = None, cluster_root: int | None = None, previous_in_process: bool = False) -> dict:
    """Build the previous corpus, then ``kills`` killed builds in a row, then a build run to the end.

    ``previous_in_process``: the previous corpus is built by a library call here (the local engine, which
    writes what the Ray engine writes) rather than by the command line with ``engine``: quicker for a sample."""
    rng = random.Random(seed)
    out, cache = work / f"out-{engine}", work / f"cache-{engine}"
    previous_inputs = work / f"previous-{engine}" / inputs.name
    write_inputs(previous_inputs, range(previous_count))
    if previous_in_process:
        _build_here(previous_inputs, out, cache, workers)
    else:
        subprocess.run(command(previous_inputs, out, cache, engine, workers, address), check=True, capture_output=True)
    argv = command(inputs, out, cache, engine, workers, address)
    expected = digest(out)
    problems: list[str] = []
    events = []
    processing = kills - kills // 4
    modes = ["driver" if engine == "local" or n % 2 == 0 else "worker" for n in range(kills)]
    # a worker kill needs tasks still running, so its target lies in the first half of the new documents
    halfway = previous_count + (total - previous_count) // 2
    targets = [rng.randint(previous_count + 1, halfway if mode == "worker" else total - 1)
               for mode in modes[:processing]] + [None] * (kills // 4)
    for number, (target, mode) in enumerate(zip(targets, modes), start=1):
        event = kill_run(argv, out, cache, rng, mode, target, cluster_root)
        now, left = digest(out), digest(out.with_name(out.name + ".previous"))
        if now == expected or (now is None and left == expected):
            event["corpus"] = "previous intact" if now is not None else "previous intact (as .previous, recovered next run)"
        elif now == reference:
            event["corpus"] = "new corpus complete"
            expected = reference
        else:
            event["corpus"] = "DAMAGED"
            problems.append(f"kill {number} ({mode}, target {target}): the previous corpus changed")
        if event.get("finished_first") and event.get("exit_code") not in (0, -9):
            problems.append(f"kill {number}: the build failed on its own: {event.get('stderr')}")
        events.append(event)
        log(f"{engine} kill {number}/{kills}: {mode} at {target if target is not None else 'write'}: "
            f"{event['done']} done, {event['corpus']}")
    final = subprocess.run(argv, capture_output=True, text=True)
    if final.returncode != 0:
        problems.append(f"the rerun failed: {final.stderr[-2000:]}")
    elif digest(out) != reference:
        problems.append("the rerun's corpus differs from the uninterrupted build's")
    log(f"{engine} rerun: exit {final.returncode}, identical to the uninterrupted build: {digest(out) == reference}")
    outcomes: dict[str, int] = {}
    for event in events:
        outcomes[event["corpus"]] = outcomes.get(event["corpus"], 0) + 1
    return {"kills": len(events), "modes": {m: modes.count(m) for m in set(modes)},
            "worker_processes_killed": sum(bool(e.get("worker_killed")) for e in events),
            "during_write": sum(e["target"] is None for e in events), "outcomes": outcomes,
            "rerun_identical": final.returncode == 0 and digest(out) == reference, "problems": problems}


def _build_here(inputs: Path, out: Path, cache: Path, workers: int) -> None:
    from newsquotes.corpus.build import BuildOptions, InputSpec, build

    build([InputSpec(path=inputs)], out, BuildOptions(workers=workers, cache_dir=cache))


def reference_build(inputs: Path, work: Path, workers: int, in_process: bool = False) -> tuple[str, float]:
    """The uninterrupted build (the command line, or a library call here with ``in_process``)."""
    started = time.monotonic()
    if in_process:
        _build_here(inputs, work / "reference", work / "cache-reference", workers)
    else:
        subprocess.run(command(inputs, work / "reference", work / "cache-reference", "local", workers), check=True,
                       capture_output=True)
    return digest(work / "reference"), time.monotonic() - started


def run_all(documents: int, kills: int, seed: int, engines, workers: int = 2,
            log: Callable[[str], None] = lambda line: None) -> dict:
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="newsquotes-kills-"))
    inputs = work / "news"
    write_inputs(inputs, range(documents))
    reference, seconds = reference_build(inputs, work, workers)
    log(f"uninterrupted build of {documents} documents: {seconds:.0f} s")
    results = {}
    for engine in engines:
        started = time.monotonic()
        results[engine] = kill_series(inputs, work, engine, kills, seed, documents, documents // 5, reference,
                                      workers, log)
        results[engine]["seconds"] = round(time.monotonic() - started)
        results[engine]["documents"] = documents
        results[engine]["uninterrupted_seconds"] = round(seconds)
    import shutil

    shutil.rmtree(work, ignore_errors=True)
    return results
