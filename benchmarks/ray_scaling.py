"""Documents per second of `newsquotes build --engine ray` with 1 and 2 workers, and peak memory per worker.

Usage:
    python benchmarks/ray_scaling.py DATA [--copies 28] [--workers 1 2] [--json results.json]
    python benchmarks/ray_scaling.py DATA --copies 11 --workers 2 --warc [--warc-range-mb 4]

DATA is the article-extraction benchmark folder (``html/*.html.gz`` + ``ground-truth.json``). Its pages are
replicated ``--copies`` times (181 x 28 = 5,068 documents), each replica with a unique sentence in its
article text, and built from a cold cache with a local Ray of N worker CPUs, one run per N (Ray's start-up
is reported apart). Peak memory is
the largest resident set size seen for any single Ray worker process (sampled every 0.2 s), and for the
driver process.

With ``--warc`` the replicas are written as the response records of one gzip-compressed WARC file (one member
per record, as crawlers write them), which the workers share in byte ranges of ``--warc-range-mb`` (0: the
whole file is one task, as before WARC files were cut into ranges).

The CPU time of the Ray workers (all of them, and the busiest one: on a machine that other work shares,
what shows whether the work was shared out when the wall time cannot) is sampled with the memory.

The driver's CPU time (user + system, over all its threads, less the memory sampler's own) divided by
the documents is what one document costs the driver; the cluster size at which the driver would be busy
all the time is the driver's documents per CPU-second over one worker's documents per second.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).parent))
from _pages import load_pages, marked_html, write_replicas  # noqa: E402
from warc_readers import write_warc  # noqa: E402

from newsquotes.corpus.build import BuildOptions, InputSpec, build  # noqa: E402
from newsquotes.corpus import warcranges  # noqa: E402
from newsquotes.corpus.ray_engine import RayOptions, connected  # noqa: E402


class PeakMemory(threading.Thread):
    """Samples the RSS of every Ray worker process and of this process until stopped, and the CPU time of
    each Ray worker."""

    def __init__(self, interval: float = 0.2):
        super().__init__(daemon=True)
        self.interval, self.worker_peak, self.driver_peak = interval, 0, 0
        self.worker_cpu: dict[int, float] = {}  # pid -> CPU seconds, user + system, last seen
        self._done = threading.Event()

    def run(self) -> None:
        me = psutil.Process()
        started = time.thread_time()
        while not self._done.is_set():
            self.driver_peak = max(self.driver_peak, me.memory_info().rss)
            for process in psutil.process_iter(["cmdline", "memory_info", "cpu_times"]):
                cmdline = " ".join(process.info["cmdline"] or [])
                if cmdline.startswith("ray::") and process.info["memory_info"]:
                    self.worker_peak = max(self.worker_peak, process.info["memory_info"].rss)
                    if "Agent" not in cmdline and process.info["cpu_times"]:  # Ray's own agents are not workers
                        self.worker_cpu[process.pid] = sum(process.info["cpu_times"][:2])
            time.sleep(self.interval)
        self.cpu_seconds = time.thread_time() - started

    def stop(self) -> None:
        self._done.set()
        self.join()


def run(inputs: Path, workers: int, scratch: Path) -> dict:
    # Ray's start-up (a few seconds) is paid once per cluster, not per build: it is timed apart. The build
    # finds Ray running and uses it, as it would a cluster it joins.
    started = time.perf_counter()
    with connected(RayOptions(workers=workers)):
        startup = time.perf_counter() - started
        sampler = PeakMemory()
        sampler.start()
        driver = psutil.Process()
        cpu_before = sum(driver.cpu_times()[:2])
        started = time.perf_counter()
        report = build([InputSpec(path=inputs)], scratch / f"out-{workers}",
                       BuildOptions(workers=workers, engine="ray", cache_dir=scratch / f"cache-{workers}"))
        seconds = time.perf_counter() - started
        sampler.stop()
        driver_cpu = sum(driver.cpu_times()[:2]) - cpu_before - sampler.cpu_seconds
    documents = report.manifest.counts.inputs
    driver_ms = 1000 * driver_cpu / documents
    per_worker = documents / seconds / workers
    return {"workers": workers, "documents": documents, "seconds": round(seconds, 2), "ray_startup_s": round(startup, 1),
            "documents_per_second": round(documents / seconds, 1),
            "peak_worker_rss_mb": round(sampler.worker_peak / 2**20), "peak_driver_rss_mb": round(sampler.driver_peak / 2**20),
            "kept": report.manifest.counts.kept, "duplicates": report.manifest.counts.duplicates,
            "driver_cpu_s": round(driver_cpu, 2), "driver_cpu_ms_per_document": round(driver_ms, 3),
            "worker_cpu_s": round(sum(sampler.worker_cpu.values()), 1),
            "busiest_worker_cpu_s": round(max(sampler.worker_cpu.values(), default=0), 1),
            "workers_to_saturate_driver": round(1000 / driver_ms / per_worker)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path)
    parser.add_argument("--copies", type=int, default=28)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--warc", action="store_true", help="all the replicas in one .warc.gz file")
    parser.add_argument("--warc-range-mb", type=float, default=warcranges.RANGE_BYTES / 2**20,
                        help="bytes of WARC per task, in MiB (0: the whole file in one task)")
    args = parser.parse_args()
    warcranges.RANGE_BYTES = int(args.warc_range_mb * 2**20) or 2**62
    pages = load_pages(args.data)
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        if args.warc:
            (scratch / "in").mkdir()
            write_warc(scratch / "in" / "crawl.warc.gz", [(f"{page.url or 'https://page.example/'}#{copy}",
                                                           marked_html(page, copy))
                                                          for copy in range(args.copies) for page in pages], True)
        else:
            write_replicas(pages, args.copies, scratch / "in")
        scratch_size = sum(path.stat().st_size for path in (scratch / "in").rglob("*"))
        results = [run(scratch / "in", workers, scratch) for workers in args.workers]
    base = results[0]["documents_per_second"]
    for result in results:
        result["speedup"] = round(result["documents_per_second"] / base, 2)
    shape = f", one .warc.gz of {scratch_size / 2**20:.0f} MiB" if args.warc else ""
    table = Table(title=f"newsquotes build --engine ray, {results[0]['documents']} documents{shape}")
    columns = ("workers", "seconds", "documents_per_second", "speedup", "peak_worker_rss_mb", "peak_driver_rss_mb",
               "driver_cpu_ms_per_document", "workers_to_saturate_driver", "worker_cpu_s", "busiest_worker_cpu_s")
    for column in columns:
        table.add_column(column.replace("_", " "), justify="right")
    for result in results:
        table.add_row(*(str(result[c]) for c in columns))
    Console().print(table)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
