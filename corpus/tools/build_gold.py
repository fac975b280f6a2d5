"""Build the shipped gold set, corpus/gold/gold.jsonl and corpus/gold/splits.json.

    python corpus/tools/build_gold.py [--build DIR]

Builds the shipped corpus (corpus/sources.toml) into DIR (a temporary folder by default), derives the
entities of every article from its GUM or MEANTIME document (or corpus/gold/entities/), adds the
hand-annotated quotes of corpus/gold/quotes/
and writes the gold with its split. Prints the counts reported in corpus/gold/README.md.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from newsquotes.corpus.build import BuildOptions, build, inputs_from_sources
from newsquotes.corpus.sources import load
from newsquotes.corpus.storage import read_articles
from newsquotes.gold.build import GoldSources, write_gold

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", type=Path, help="folder to build the corpus into (kept afterwards)")
    parser.add_argument("--out", type=Path, default=ROOT / "corpus" / "gold")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.build or Path(scratch) / "build"
        build(inputs_from_sources(load(ROOT / "corpus" / "sources.toml")), folder,
              BuildOptions(workers=0, cache_dir=Path(scratch) / "cache"))
        counts = write_gold(list(read_articles(folder)), GoldSources.shipped(ROOT), args.out)
    print(json.dumps(counts, indent=2))


if __name__ == "__main__":
    main()
