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
    assert report.manifest.counts.model_dump() == {"inputs": 164, "kept": 164, "duplicates": 0, "rejected": 0}
    assert len(articles) == 164


def test_wikinews_articles_come_out_whole_with_metadata(shipped):
    _, articles = shipped
    checked = 0
    for source in tomllib.loads(SOURCES.read_text())["sources"]:
        if not source["name"].startswith("Wikinews"):
            continue
        for document in source["documents"]:
            name = document["path"].split("/")[-1]
            article = articles[name]
            raw_lines = (ROOT / "corpus" / document["path"]).read_text().split("\n")
            header = len(document.get("header", source["header"]))
            body = [line for line in raw_lines[header:] if line]
            assert [article.text[p.start : p.end] for p in article.paragraphs] == body, name
            assert article.title == document["title"] and article.url == document["url"]
            assert article.published is not None
            assert article.source == source["name"] and article.license == "CC BY 2.5"
            assert article.language == "en"
            checked += 1
    assert checked == 163


def test_the_seed_comes_out_with_its_headline_caption_and_no_boilerplate(shipped):
    _, articles = shipped
    seed = articles["000_1279199a3664483d.txt"]
    assert seed.title.startswith("Russia has warned the U.S. about a potential “spiral of escalation”")
    assert seed.caption == "Deputy Foreign Minister of Russia Sergei Ryabkov"
    assert seed.source == "Defence Talks" and seed.license.startswith("none")
    assert seed.text.startswith("Russia issued a warning to the United States on Wednesday")
    assert seed.text.endswith("resulting in a substantial crater at the launch site.")
    for chrome in ("See also", "Discover more", "Subscribe", "Leave a Reply", "email address", "Required fields"):
        assert chrome not in seed.text


def test_dateline_becomes_the_publication_date(shipped):
    _, articles = shipped
    assert articles["afghan.txt"].published == "2017-07-21"
    assert articles["flag.txt"].text.startswith("On Tuesday, the New Zealand government announced")
