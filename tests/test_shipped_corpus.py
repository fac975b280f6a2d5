"""The corpus that ships in corpus/ builds as documented: every article whole, with its metadata."""

from __future__ import annotations

import tomllib

import pytest

from newsquotes.corpus.build import BuildOptions, build, inputs_from_sources
from newsquotes.corpus.sources import load
from newsquotes.corpus.storage import read_articles

from conftest import ROOT

SOURCES = ROOT / "corpus" / "sources.toml"


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    out = tmp_path_factory.mktemp("shipped") / "build"
    report = build(inputs_from_sources(load(SOURCES)), out,
                   BuildOptions(workers=0, cache_dir=tmp_path_factory.mktemp("cache")))
    return report, {a.provenance.input: a for a in read_articles(out)}


def test_every_shipped_input_is_kept(shipped):
    report, articles = shipped
    assert report.manifest.counts.model_dump() == {"inputs": 24, "kept": 24, "duplicates": 0, "rejected": 0}
    assert len(articles) == 24


def test_wikinews_articles_come_out_whole_with_metadata(shipped):
    _, articles = shipped
    documents = {d["path"].removeprefix("raw/wikinews/"): d
                 for d in tomllib.loads(SOURCES.read_text())["sources"][0]["documents"]}
    for name, article in articles.items():
        raw_lines = (ROOT / "corpus" / "raw" / "wikinews" / name).read_text().split("\n")
        body = [line for line in raw_lines[2:] if line]
        assert [article.text[p.start : p.end] for p in article.paragraphs] == body, name
        assert article.title == raw_lines[0] == documents[name]["title"]
        assert article.url == documents[name]["url"]
        assert article.published is not None and article.published[:4] in raw_lines[1]
        assert article.source == "Wikinews" and article.license == "CC BY 2.5"
        assert article.language == "en"


def test_dateline_becomes_the_publication_date(shipped):
    _, articles = shipped
    assert articles["afghan.txt"].published == "2017-07-21"
    assert articles["flag.txt"].text.startswith("On Tuesday, the New Zealand government announced")
