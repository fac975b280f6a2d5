"""The corpus that ships in corpus/ builds as documented: every article whole, with its metadata."""

from __future__ import annotations

import tomllib

import pytest

from newsquotes.corpus.storage import read_articles, read_manifest

from conftest import ROOT

SOURCES = ROOT / "corpus" / "sources.toml"


@pytest.fixture(scope="module")
def shipped(shipped_corpus):
    # a file's article by its name; a CSV row's by the file and the row
    return read_manifest(shipped_corpus), {" ".join(filter(None, (a.provenance.input, a.provenance.record))): a
                                           for a in read_articles(shipped_corpus)}


def test_every_shipped_input_is_kept(shipped):
    manifest, articles = shipped
    assert manifest.counts.model_dump() == {"inputs": 560, "kept": 558, "duplicates": 2, "rejected": 0}
    assert len(articles) == 558
    # two 2020 Wikinews stories that share more than half their text with earlier ones (stated in the card)
    duplicates = [(e.input, e.record) for e in manifest.entries if e.status == "duplicate"]
    assert duplicates == [("wikinews_2020.csv", "row 32"), ("wikinews_2020.csv", "row 102")]


def test_wikinews_articles_come_out_whole_with_metadata(shipped):
    _, articles = shipped
    checked = 0
    for source in tomllib.loads(SOURCES.read_text())["sources"]:
        if not source["name"].startswith("Wikinews"):
            continue
        for document in source.get("documents", []):  # the text dumps; the CSV rows are checked below
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


def test_csv_and_markdown_articles_come_out_with_their_metadata(shipped):
    _, articles = shipped
    by_source: dict[str, list] = {}
    for article in articles.values():
        by_source.setdefault(article.source, []).append(article)
    assert len(by_source["Wikinews (2019–2020)"]) == 291 and len(by_source["White House"]) == 103
    for source, reader, licence, host in [("Wikinews (2019–2020)", "csv", "CC BY 2.5", "https://en.wikinews.org/"),
                                          ("White House", "markdown", "CC0 1.0", "https://www.whitehouse.gov/articles/")]:
        for article in by_source[source]:
            assert article.provenance.reader == reader and article.license == licence, article.id
            assert article.url.startswith(host) and article.title, article.id
            assert article.published[:4] in ("2019", "2020", "2025"), article.id
            assert not any(mark in article.text for mark in ("](http", "**", "Loading…")), article.id
        # one English report prints its interviews' Russian originals beside the translations and reads as `ru`
        assert sum(a.language == "en" for a in by_source[source]) >= 0.99 * len(by_source[source])


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
