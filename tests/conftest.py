from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from newsquotes.corpus.build import BuildOptions, InputSpec, NothingKept, build, inputs_from_sources
from newsquotes.annotations import read_annotations
from newsquotes.corpus.sources import load
from newsquotes.corpus.storage import read_articles
from newsquotes.gold.build import article_name

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path_factory, monkeypatch):
    """Every test gets its own processed-document cache, so no test sees another's work."""
    monkeypatch.setenv("NEWSQUOTES_CACHE", str(tmp_path_factory.mktemp("cache")))
    # Where `label serve` records running servers: never the developer's own.
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("user-state")))
    # Label Studio's own variables, if the developer's shell has them, must not redirect the tests' clients.
    monkeypatch.delenv("LABEL_STUDIO_URL", raising=False)
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)


@pytest.fixture
def build_corpus(tmp_path):
    """Build ``inputs`` into a fresh folder in-process and return the report.

    A build that keeps nothing raises :class:`NothingKept` and writes its manifest to ``<out>.failed``; here
    its report is returned all the same, so that tests of rejection reasons read it as any other.
    """

    def run(*inputs: Path, out: Path | None = None, progress=None, total=None, **options):
        options.setdefault("workers", 0)
        options.setdefault("cache_dir", tmp_path / "build-cache")
        try:
            return build([InputSpec(path=Path(p)) for p in inputs], out or tmp_path / "out", BuildOptions(**options),
                         progress=progress, total=total)
        except NothingKept as err:
            return err.report

    return run


@pytest.fixture(scope="session")
def shipped_corpus(tmp_path_factory) -> Path:
    """The shipped corpus (``corpus/sources.toml``) built once for the whole run, from a cache of its own."""
    out = tmp_path_factory.mktemp("shipped") / "build"
    build(inputs_from_sources(load(ROOT / "corpus" / "sources.toml")), out,
          BuildOptions(cache_dir=tmp_path_factory.mktemp("shipped-cache")))
    return out


@pytest.fixture(scope="session")
def articles(shipped_corpus) -> dict:
    """The shipped articles by their gold name ("afghan")."""
    return {article_name(a): a for a in read_articles(shipped_corpus)}


@pytest.fixture(scope="session")
def shipped_gold() -> dict:
    """The shipped gold annotations by article id."""
    return {a.article_id: a for a in read_annotations(ROOT / "corpus" / "gold" / "gold.jsonl")}


@pytest.fixture(scope="session")
def label_studio(tmp_path_factory):
    """One real Label Studio for the whole session, started by `newsquotes label serve` (see tests/labelstudio.py).

    Teardown stops it with SIGTERM and checks that serve exits cleanly and takes the server with it.
    """
    from labelstudio import start_label_studio

    server = start_label_studio(tmp_path_factory.mktemp("label-studio-state"))
    yield server
    code = server.stop()
    assert code == 0, f"newsquotes label serve exited with {code} on SIGTERM"
    assert not list((server.user_state / "newsquotes" / "servers").glob("*")), "a stopped server is no longer recorded"
    # The server ran in a process group of its own: it must be gone, not orphaned.
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{server.url}/health", timeout=5)
