"""WARC reading speed: warcio against FastWARC on the same files, and the corpus reader built on the winner.

The 181 benchmark pages are written ``--copies`` times as HTTP response records (with a warcinfo record)
into one gzip-compressed WARC (one gzip member per record, as crawlers write them) and one uncompressed
WARC. Each reader then iterates the response records and reads every payload, ``--repeat`` times in
this process, the readers taking turns; the best time of each is reported (the least disturbed by
other work on the machine).

    python benchmarks/warc_readers.py /path/to/article-extraction-benchmark --copies 10

Not a test: it needs the benchmark data, which the repository does not ship.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pages import load_pages  # noqa: E402


def write_warc(path: Path, payloads: list[tuple[str, bytes]], compress: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newsquotes benchmark"}))
        for url, payload in payloads:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                          http_headers=headers))


def read_warcio(path: Path) -> tuple[int, int]:
    from warcio.archiveiterator import ArchiveIterator

    records = size = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "response":
                records, size = records + 1, size + len(record.content_stream().read())
    return records, size


def read_fastwarc(path: Path) -> tuple[int, int]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    records = size = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
            records, size = records + 1, size + len(record.reader.read())
    return records, size


def read_newsquotes(path: Path) -> tuple[int, int]:
    from newsquotes.corpus.readers import read

    records = size = 0
    for raw in read(path, path.name):
        records, size = records + 1, size + len(raw.body)
    return records, size


READERS = {"warcio": read_warcio, "fastwarc": read_fastwarc, "newsquotes reader": read_newsquotes}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time warcio and FastWARC reading the same WARC files.")
    parser.add_argument("data", type=Path, help="benchmark folder holding html/<id>.html.gz and ground-truth.json")
    parser.add_argument("--copies", type=int, default=10, help="records per page (default: 10, i.e. 1,810 records)")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes per reader and file (default: 5)")
    parser.add_argument("--out", type=Path, help="write the results as JSON to this file")
    args = parser.parse_args(argv)

    pages = load_pages(args.data)
    payloads = [(f"https://replica.invalid/{copy}/{page.id}", page.html) for copy in range(args.copies)
                for page in pages]
    results: dict = {"records": len(payloads), "versions": {n: version(n) for n in ("warcio", "fastwarc")}}
    with tempfile.TemporaryDirectory(prefix="nq-warc-") as tmp:
        for compress in (True, False):
            path = Path(tmp) / ("pages.warc.gz" if compress else "pages.warc")
            write_warc(path, payloads, compress)
            results[path.name] = {"bytes": path.stat().st_size}
            timings: dict[str, list[float]] = {name: [] for name in READERS}
            for _ in range(args.repeat):  # readers take turns, so a busy moment on the machine hits all of them
                for name, reader in READERS.items():
                    started = time.perf_counter()
                    records, size = reader(path)
                    timings[name].append(time.perf_counter() - started)
                    if records != len(payloads):
                        raise SystemExit(f"{name} read {records} records of {len(payloads)} from {path.name}")
            for name in READERS:
                results[path.name][name] = {"seconds": min(timings[name]), "payload_bytes": size}

    table = Table(title=f"Reading {len(payloads):,} response records (best of {args.repeat})")
    for column in ("file", "reader", "seconds", "MB/s of payload", "records/s"):
        table.add_column(column, justify="left" if column in ("file", "reader") else "right")
    for file_name in ("pages.warc.gz", "pages.warc"):
        for name in READERS:
            row = results[file_name][name]
            table.add_row(f"{file_name} ({results[file_name]['bytes'] / 2**20:.0f} MB)", name,
                          f"{row['seconds']:.3f}", f"{row['payload_bytes'] / 2**20 / row['seconds']:.0f}",
                          f"{len(payloads) / row['seconds']:,.0f}")
    Console(width=None if sys.stdout.isatty() else 120).print(table)
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
