from __future__ import annotations

from pathlib import Path

import pytest

from newsquotes.corpus.build import BuildOptions, InputSpec, build

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path_factory, monkeypatch):
    """Every test gets its own processed-document cache, so no test sees another's work."""
    monkeypatch.setenv("NEWSQUOTES_CACHE", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def build_corpus(tmp_path):
    """Build ``inputs`` into a fresh folder in-process and return the report."""

    def run(*inputs: Path, out: Path | None = None, **options):
        options.setdefault("workers", 0)
        options.setdefault("cache_dir", tmp_path / "build-cache")
        return build([InputSpec(path=Path(p)) for p in inputs], out or tmp_path / "out", BuildOptions(**options))

    return run
