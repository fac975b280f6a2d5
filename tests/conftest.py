from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import pytest

from annotation_builder import located
from newsquotes.annotations import read_annotations, write_annotations
from newsquotes.corpus.build import BuildOptions, InputSpec, NothingKept, build, inputs_from_sources
from newsquotes.corpus.sources import load
from newsquotes.corpus.storage import read_articles
from newsquotes.gold.build import article_name
from newsquotes.schema import Annotation, Article, Entity, LayerSource, Quote, Span, Stance

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
# The second source of the publish project: all rights reserved, so it is left out of a release.
OTHER = ("Sylvania's parliament approved the budget for the coming year on Thursday after a long debate. "
         "The finance committee said the vote showed broad support across parties, and the speaker thanked "
         "the clerks for their work through the night. The budget raises spending on schools and roads.\n")


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by these marks
def pytest_collection_modifyitems(items):
    """A test on the shared Label Studio is marked ``labelstudio``, one on the shipped corpus (built once, in a
    minute or two) ``slow``: `make test-fast` leaves both out."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "label_studio" in fixtures:
            item.add_marker(pytest.mark.labelstudio)
        if "shipped_corpus" in fixtures:
            item.add_marker(pytest.mark.slow)


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


@pytest.fixture
def fixture_article(build_corpus, tmp_path) -> tuple[Path, Article]:
    corpus = tmp_path / "corpus"
    build_corpus(DATA / "freedonia-dump.txt", out=corpus)
    (article,) = read_articles(corpus)
    return corpus, article


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A corpus of two sources (one open, one all rights reserved), gold for both, and a split file."""
    root = tmp_path_factory.mktemp("project")
    (root / "raw/open").mkdir(parents=True)
    (root / "raw/closed").mkdir(parents=True)
    shutil.copy(DATA / "freedonia-dump.txt", root / "raw/open/freedonia.txt")
    (root / "raw/closed/budget.txt").write_text("Budget passes\n\n" + OTHER, "utf-8")
    (root / "sources.toml").write_text(
        'output = "build"\n'
        '[[sources]]\nname = "Freedonia Wire"\ninputs = ["raw/open"]\nlicense = "CC BY 4.0"\n'
        'attribution = "© Freedonia Wire, CC BY 4.0"\nheader = ["caption", "title"]\n'
        '[[sources]]\nname = "Sylvania Times"\ninputs = ["raw/closed"]\nlicense = "All rights reserved"\n'
        'header = ["title"]\n', "utf-8")
    sources = load(root / "sources.toml")
    build(inputs_from_sources(sources), sources.output, BuildOptions(workers=0, cache_dir=root / "cache"))
    articles = {a.source: a for a in read_articles(root / "build")}
    wire, times = articles["Freedonia Wire"], articles["Sylvania Times"]
    text = wire.text
    petrov = located(text, "Ivan Petrov", Entity, id="e1", label="PERSON", entity="Ivan Petrov")
    quote = located(text, "We will respond. We will find our way to protect our interests", Quote, id="q1",
                  kind="direct", cue=located(text, "told"), speaker=located(text, "Petrov told")
                  .model_copy(update={"end": text.index("Petrov told") + 6, "text": "Petrov"}),
                  speaker_name="Ivan Petrov", stance=Stance(label="against", target="Sylvania"))
    first_paragraph = Span(start=0, end=wire.paragraphs[0].end)  # entities were annotated there only
    layers = [LayerSource(layer="entities", produced_by="hand-annotated", covers=[first_paragraph]),
              LayerSource(layer="quotes", produced_by="hand-annotated")]
    gold = [Annotation(article_id=wire.id, annotator="gold", text_sha256=wire.text_sha256,
                       entities=[petrov], quotes=[quote], layers=layers),
            Annotation(article_id=times.id, annotator="gold", text_sha256=times.text_sha256)]
    write_annotations(root / "gold.jsonl", gold)
    (root / "splits.json").write_text(json.dumps({"version": 1, "train": [times.id], "dev": [], "test": [wire.id]}))
    (root / "CARD.md").write_text("# Test corpus\n\nA card. <!-- split sizes -->\n\n<!-- statistics -->\n\n## Licences\n",
                                  "utf-8")
    return root, wire, times


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
