"""The page's metadata read from one walk of the page: the same as the libraries' own searches give."""

from __future__ import annotations

import random

import pytest
from lxml import etree
from trafilatura.json_metadata import normalize_json
from trafilatura.metadata import JSON_MINIFY, extract_meta_json
from trafilatura.settings import Document
from trafilatura.utils import HTML_PARSER, load_html

from newsquotes.corpus import json_ld, metadata
from newsquotes.corpus.bylines import Site

STORY = "<p>The council approved the budget on Tuesday after a long debate about the new bridge.</p>"

PAGES = {
    "structured data in the head": (
        '<html prefix="og: http://ogp.me/ns# fb: http://ogp.me/ns/fb#"><head prefix="article: http://ogp.me/ns/article#">'
        '<link rel="canonical" href="/news/bridge"><meta property="og:title" content="Budget approved">'
        '<meta property="og:title" content="A second title"><meta property="fb:app_id" content="12">'
        '<meta property="x:other" content="not Open Graph"><meta property="og:url">'
        '<meta property="og:site_name" content="The Daily"><meta name="twitter:site" content="@daily">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget \\u0026 bridge",'
        '\n  "author": {"@type": "Person", "name": "Anna  Novak"}, "publisher": {"@type": "Organization",'
        ' "name": "The Daily"}, "datePublished": "2024-03-05T09:30:00Z"}</script>'
        '<script type="application/settings+json">{"sitename": "Daily"}</script></head>'
        f'<body><h1>Budget approved at last</h1>{STORY}</body></html>'),
    "JSON-LD in the body, broken JSON, a comment before it, no head": (
        '<html><body><script type="application/ld+json">// a comment\n{"@type": "Article", "name": "x"}</script>'
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": "Jan \\ud83d de Vries",</script>'
        f'<script type="text/javascript">var x = 1;</script><h1>Other</h1>{STORY}'
        '<meta name="publisher" content="Daily Press, Berlin, Germany"></body></html>'),
    "no structured data": (f"<html><head><title>Budget</title></head><body>{STORY}</body></html>"),
    "a fragment, without <html> and <head>": (
        f'<div>{STORY}<meta name="publisher" content="Daily Press"><script type="application/ld+json">'
        '{"@type": "Article", "headline": "Budget"}</script></div><div><h1>Budget approved</h1>'
        '<link rel="canonical" href="https://daily.example/budget"></div>'),
}


def _tree(name):
    return load_html(PAGES[name])


def _outcome(read):
    try:
        return read()
    except Exception as error:  # noqa: BLE001 - a reader that fails must fail alike
        return type(error)


def _document_fields(document):
    return {name: getattr(document, name) for name in document.__slots__ if name not in ("body", "commentsbody")}


@pytest.mark.parametrize("name", PAGES)
def test_json_ld_is_read_as_trafilatura_reads_it(name):
    tree = _tree(name)
    scripts = metadata.page_elements(tree)["script"]
    expected = _document_fields(extract_meta_json(tree, Document()))
    assert _document_fields(json_ld.read_json_ld(tree, Document(), scripts)) == expected
    assert _document_fields(json_ld.read_json_ld(tree, Document())) == expected


def test_json_ld_text_is_minified_and_normalized_as_trafilatura_does_it():
    pieces = ['"', "\\", " ", "\n", "\t", "\r", "a", "0", "\\u", "\\ud83d", "\\ude00", "\\u00e9", "\\n", "&amp;", "<b>",
              "</b>", "<!--", "-->", "{", ":", ",", "\ud800", "\u00a0", "\u2028", "\x0b", "\x1c", "é"]
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        assert json_ld._minified_json(text) == JSON_MINIFY.sub(r"\1", text)
        assert json_ld._normalized_json(json_ld._minified_json(text)) == normalize_json(JSON_MINIFY.sub(r"\1", text))


@pytest.mark.parametrize("name", PAGES)
def test_extruct_readers_give_what_they_give_on_the_whole_page(name):
    tree = _tree(name)
    json_ld, open_graph, _ = metadata._extruct_readers()
    elements = metadata.page_elements(tree)
    assert _outcome(lambda: metadata._json_ld_items(json_ld(), tree, elements["script"])) == _outcome(
        lambda: list(json_ld().extract_items(tree)))
    assert _outcome(lambda: metadata._open_graph_items(open_graph(), tree, elements["head"])) == _outcome(
        lambda: list(open_graph().extract_items(tree)))


def test_open_graph_of_a_page_with_two_heads():
    tree = etree.fromstring('<html prefix="og: http://ogp.me/ns#"><head><meta property="og:title" content="A">'
                            "</head><body><p>x</p></body></html>", HTML_PARSER)
    second = etree.SubElement(tree.find("body"), "head", prefix="music: http://ogp.me/ns/music#")
    etree.SubElement(second, "meta", property="music:song", content="s")
    etree.SubElement(second, "meta", property="og:type", content="song")
    _, open_graph, _ = metadata._extruct_readers()
    expected = list(open_graph().extract_items(tree))
    assert len(expected) == 2
    assert metadata._open_graph_items(open_graph(), tree, metadata.page_elements(tree)["head"]) == expected


@pytest.mark.parametrize("name", PAGES)
def test_site_names_and_headline_from_the_elements_found(name):
    tree = _tree(name)
    structured = metadata.structured_metadata(tree, "https://www.daily.example/news/bridge")
    assert structured.elements
    site = Site.of(tree, "https://www.daily.example/", "Daily", metas=structured.elements["meta"])
    assert site == Site.of(tree, "https://www.daily.example/", "Daily")
    names = list(map(str, tree.xpath(
        '//meta[@property="og:site_name" or @name="og:site_name" or @name="application-name" or @name="publisher" '
        'or @name="DC.publisher" or @name="twitter:site" or @property="twitter:site"]/@content')))
    assert site == Site.of(etree.fromstring("<html/>", HTML_PARSER), "https://www.daily.example/", *names, "Daily")
    without = metadata.PageMetadata(**{key: getattr(structured, key) for key in (
        "url", "og_title", "headline", "people", "organizations", "published", "body_chars")})
    for found in ("Budget approved", "Other", None):
        assert metadata.headline(tree, structured, found, site) == metadata.headline(tree, without, found, site)


def test_the_headline_is_an_h1_in_the_body():
    tree = etree.fromstring("<html><body><p>x</p></body></html>", HTML_PARSER)
    etree.SubElement(tree, "h1").text = "Budget approved"  # outside <body>: passed over, as //body//h1 does
    structured = metadata.structured_metadata(tree)
    assert metadata.headline(tree, structured, "Budget") == "Budget"
    etree.SubElement(tree.find("body"), "h1").text = "Budget approved at last"
    assert metadata.headline(tree, metadata.structured_metadata(tree), "Budget") == "Budget approved at last"


def test_the_installed_trafilatura_reads_json_ld_with_the_steps_read_json_ld_repeats():
    assert json_ld._steps_known.__wrapped__()


def test_trafilatura_s_own_json_ld_reading_runs_when_its_code_is_not_the_one_repeated(monkeypatch):
    tree = _tree("structured data in the head")
    calls = []
    monkeypatch.setattr(json_ld, "_steps_known", lambda: False)
    monkeypatch.setattr("trafilatura.metadata.extract_meta_json",
                        lambda page, found: calls.append(page) or extract_meta_json(page, found))
    read = json_ld.read_json_ld(tree, Document())
    assert calls == [tree] and _document_fields(read) == _document_fields(extract_meta_json(tree, Document()))


def test_extruct_s_own_open_graph_reading_runs_when_its_code_is_not_the_one_repeated(monkeypatch):
    tree = _tree("structured data in the head")
    _, open_graph, _ = metadata._extruct_readers()
    expected = list(open_graph().extract_items(tree))
    assert expected and metadata._open_graph_steps_known.__wrapped__()  # the installed extruct is the one the steps were read from
    monkeypatch.setattr(metadata, "_open_graph_steps_known", lambda: False)
    assert metadata._open_graph_items(open_graph(), tree, []) == expected  # its own search found the heads
