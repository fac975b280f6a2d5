"""CPU time of the build's whole per-document step (``pipeline.process``: extraction, metadata, cleaning,
sentences, language id, the de-duplication signature and the article's JSON) per page, in one process.

CPU time (user + system) rather than wall time, as the steadier measure on a shared machine; on a busy one,
run the code before and after a change at the same time (two checkouts, one ``PYTHONPATH`` each), so that
both see the same load, and compare pass by pass:

    python benchmarks/process_cpu.py path/to/article-extraction-benchmark --passes 4

Not a test: it needs the benchmark data, which the repository does not ship.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pages import load_pages  # noqa: E402


def _cpu() -> float:
    times = os.times()
    return times.user + times.system


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="CPU milliseconds per page of the build's per-document step.")
    parser.add_argument("data", type=Path, help="benchmark folder holding html/<id>.html.gz")
    parser.add_argument("--passes", type=int, default=3, help="passes over the pages, each timed (default: 3)")
    args = parser.parse_args(argv)

    from newsquotes.corpus import dedup, pipeline
    from newsquotes.corpus.cleaning import default_rules
    from newsquotes.corpus.documents import RawRecord
    from newsquotes.corpus.extract import ExtractOptions

    pipeline.prepare(["html"])
    options, params = ExtractOptions(rules=tuple(default_rules())), dedup.DedupParams()
    records = [RawRecord(page.file_name, None, "html", page.html, "", {}) for page in load_pages(args.data)]
    for record in records[:5]:  # what the first pages load once
        pipeline.process(record, options, params)
    passes = []
    for _ in range(args.passes):
        started = _cpu()
        for record in records:
            pipeline.process(record, options, params)
        passes.append(round(1000 * (_cpu() - started) / len(records), 2))
    print(json.dumps({"pages": len(records), "cpu_ms_per_page": passes, "best": min(passes),
                      "load_average": os.getloadavg()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
