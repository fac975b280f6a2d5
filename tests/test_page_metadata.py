"""Metadata from the page's own structured data (JSON-LD, canonical link, Open Graph, the visible <h1>), and
one ISO 8601 form of ``published`` whichever reader the article came through."""

from __future__ import annotations

import io
import json

import pyarrow.parquet as pq
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsquotes.corpus.cleaning import default_rules
from newsquotes.corpus.documents import RawRecord
from newsquotes.corpus.extract import ExtractOptions, looks_wrong
from newsquotes.corpus.extractors import extract
from newsquotes.corpus.metadata import is_headline_of, iso_8601
from newsquotes.corpus.storage import read_articles

PARAGRAPHS = [
    "The ministry said on Tuesday that the talks with the northern provinces would resume next week in the "
    "capital, after a pause of almost three months.",
    "“We are ready for dialogue,” the spokesperson told reporters, adding that both delegations had confirmed "
    "the date and the agenda.",
    "Officials said the first session would deal with water rights, and that a second round on the border "
    "crossings was planned for the spring.",
]
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(head: str, h1: str = "Talks to resume next week") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><title>{h1} | Example Times</title>{head}</head><body>'
            f'<nav><a href="/">Home</a></nav><article><h1>{h1}</h1>{BODY}</article></body></html>')


def json_ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def extract_page(html: str, url: str | None = None):
    raw = RawRecord("page.html", None, "html", html.encode(), "0" * 64, {"url": url} if url else {})
    return extract(raw, ExtractOptions(rules=tuple(default_rules())))


def test_canonical_link_is_the_url_before_og_url():
    head = ('<meta property="og:url" content="https://example.org/share/123">'
            '<link rel="canonical" href="https://example.org/news/talks-resume">')
    assert extract_page(page(head)).url == "https://example.org/news/talks-resume"


def test_og_url_when_there_is_no_canonical_link():
    head = '<meta property="og:url" content="https://example.org/news/talks-resume">'
    assert extract_page(page(head)).url == "https://example.org/news/talks-resume"


def test_relative_canonical_link_is_resolved_against_the_page_url():
    head = '<link rel="canonical" href="/news/talks-resume">'
    draft = extract_page(page(head), url="https://example.org/amp/talks?utm_source=x")
    assert draft.url == "https://example.org/news/talks-resume"


def test_json_ld_authors_in_a_graph_with_references():
    data = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": "Talks to resume next week",
         "author": [{"@id": "#anna"}, {"@type": "Person", "name": "Ivan Petrov"}]},
        {"@type": "Person", "@id": "#anna", "name": "Anna Novak"},
    ]}
    # The byline meta tag names someone else: the JSON-LD article's own authors win.
    head = json_ld(data) + '<meta name="author" content="Web Desk">'
    assert extract_page(page(head)).authors == ["Anna Novak", "Ivan Petrov"]


def test_an_organization_author_only_when_no_person_is_named():
    data = {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Example Wire"}}
    assert extract_page(page(json_ld(data) + '<meta name="author" content="Anna Novak">')).authors == ["Anna Novak"]
    assert extract_page(page(json_ld(data))).authors == ["Example Wire"]


def test_full_h1_headline_wins_over_a_shortened_og_title():
    full = "Talks to resume next week in the capital after three months, officials say"
    draft = extract_page(page('<meta property="og:title" content="Talks to resume next week">', h1=full))
    assert draft.title == full
    assert draft.paragraphs == PARAGRAPHS  # the headline is still kept out of the body


def test_an_h1_that_is_not_the_headline_does_not_replace_it():
    html = page('<meta property="og:title" content="Talks to resume next week">').replace(
        "<nav>", "<header><h1>Example Times</h1></header><nav>")
    assert extract_page(html).title == "Talks to resume next week"


def test_json_ld_headline_entities_are_decoded():
    data = {"@type": "NewsArticle", "headline": "&#8216;Ready for dialogue&#8217;: talks to resume"}
    draft = extract_page(page(json_ld(data), h1="‘Ready for dialogue’: talks to resume"))
    assert draft.title == "‘Ready for dialogue’: talks to resume"


def test_headline_rule():
    assert is_headline_of("Talks to resume next week, officials say", "Talks to resume next week")
    assert is_headline_of("Talks to resume next week", "Talks to Resume Next Week")
    assert not is_headline_of("Talks to resume", "Talks to resume next week")
    assert not is_headline_of("Example Times", "Talks to resume next week")


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-03-05 09:30:00", "2024-03-05T09:30:00"),
    ("2024-03-05T09:30:00Z", "2024-03-05T09:30:00+00:00"),
    ("2024-03-05T09:30:00+01:00", "2024-03-05T09:30:00+01:00"),
    ("2019-11-19", "2019-11-19"),
    ("November 19, 2019", "2019-11-19"),
    ("Tue, 19 Nov 2019 10:00:00 EST", "2019-11-19T10:00:00"),  # an unknown zone name gives no offset
    ("March 2019", None),  # not a full date
    ("soon", None),
])
def test_iso_8601(value, expected):
    assert iso_8601(value) == expected


DATED_HTML = page('<meta property="article:published_time" content="2024-03-05T09:30:00+01:00">')
LD_DATED_HTML = page(json_ld({"@type": "NewsArticle", "datePublished": "2019-11-19"}))


def write_warc(path, html: str) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://example.org/a", "response",
                                                  payload=io.BytesIO(html.encode()), http_headers=headers))
    path.write_bytes(buffer.getvalue())


READER_INPUTS = {
    "jsonl": ("dump.jsonl", lambda p: p.write_text(json.dumps(
        {"title": "Talks", "text": "\n".join(PARAGRAPHS), "date_publish": "2024-03-05 09:30:00"}) + "\n"),
        "2024-03-05T09:30:00"),
    "html": ("page.html", lambda p: p.write_text(LD_DATED_HTML), "2019-11-19"),
    "warc": ("crawl.warc.gz", lambda p: write_warc(p, DATED_HTML), "2024-03-05T09:30:00+01:00"),
    "text": ("dump.txt", lambda p: p.write_text("Talks to resume next week\n\nTuesday, March 5, 2024\n\n"
                                                + "\n\n".join(PARAGRAPHS)), "2024-03-05"),
}


@pytest.mark.parametrize("reader", sorted(READER_INPUTS))
def test_published_is_iso_8601_text_from_every_reader(tmp_path, build_corpus, reader):
    name, write, expected = READER_INPUTS[reader]
    path = tmp_path / name
    write(path)
    build_corpus(path)
    (article,) = read_articles(tmp_path / "out")
    assert article.provenance.reader == reader
    assert article.published == expected
    (shard,) = (tmp_path / "out").rglob("part-*.parquet")
    assert str(pq.read_schema(shard).field("published").type) == "string"


def test_published_from_a_sources_file_is_iso_8601_too(tmp_path):
    from newsquotes.corpus.build import BuildOptions, build, inputs_from_sources
    from newsquotes.corpus.sources import load

    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("Talks to resume next week\n\n" + "\n\n".join(PARAGRAPHS))
    (tmp_path / "sources.toml").write_text(
        '[[sources]]\nname = "Example Wire"\ninputs = ["raw"]\n'
        '[[sources.documents]]\npath = "raw/a.txt"\npublished = 2024-03-05T09:30:00Z\n')  # a TOML date-time
    specs = inputs_from_sources(load(tmp_path / "sources.toml"))
    build(specs, tmp_path / "out", BuildOptions(workers=0, cache_dir=tmp_path / "cache"))
    (article,) = read_articles(tmp_path / "out")
    assert article.published == "2024-03-05T09:30:00+00:00"


MERGED = " ".join(PARAGRAPHS * 4)  # what a page looks like when its whole container is taken as one block


@pytest.mark.parametrize(("text", "reason"), [
    ("\n".join(PARAGRAPHS), None),
    ("Too short.", "too short"),
    (MERGED, "one paragraph holds the whole text"),
    (MERGED + "\nShare this", "one paragraph holds the whole text"),
    ("\n".join(["Home", "World news", "Sport", "Contact us"] * 10 + PARAGRAPHS), "mostly lines of a few words"),
    ("\n".join(PARAGRAPHS * 12), None),  # long, many paragraphs of sentences
])
def test_the_fast_path_check(text, reason):
    assert looks_wrong(text, min_chars=200) == reason


def test_relative_canonical_link_without_a_page_url_is_resolved_against_og_url():
    head = ('<link rel="canonical" href="/newsticker/meldung/talks-resume-123.html">'
            '<meta property="og:url" content="https://www.example.org/newsticker/meldung/talks-resume-123.html">')
    assert extract_page(page(head)).url == "https://www.example.org/newsticker/meldung/talks-resume-123.html"


def test_an_organisation_and_its_address_are_not_people():
    head = ('<meta name="author" content="EXAMPLE ONLINE, Hamburg, Germany">'
            '<meta name="copyright" content="EXAMPLE ONLINE, Hamburg, Germany">'
            '<meta property="og:url" content="https://www.example.de/politik/talks-123.html">')
    draft = extract_page(page(head))
    assert draft.authors == ["EXAMPLE ONLINE"]  # an organisation only where no person is named
    assert draft.source == "EXAMPLE ONLINE"


def test_a_company_byline_gives_way_to_the_person_the_page_names():
    head = '<meta name="author" content="Example.de GmbH, Munich, Germany">'
    byline = '<div class="author">Anna Novak, Berlin</div>'
    draft = extract_page(page(head).replace("<article>", f"<article>{byline}"))
    assert draft.authors == ["Anna Novak"]


def test_the_site_named_as_creator_is_not_an_author():
    head = ('<meta name="author" content="Anna Novak"><meta name="DC.creator" content="example online">'
            '<meta name="application-name" content="example online">')
    assert extract_page(page(head)).authors == ["Anna Novak"]


def test_titles_lose_the_site_name_and_date_after_the_headline():
    head = ('<meta property="og:url" content="https://www.et.com/en/talks-to-resume/a-52060881">'
            '<meta property="og:title" content="Talks to resume next week | ET | 19.01.2020">')
    html = page(head).replace("<title>Talks to resume next week | Example Times</title>",
                              "<title>Talks to resume next week | World | News from the capital | ET | 19.01.2020</title>")
    assert extract_page(html).title == "Talks to resume next week"
    no_h1 = html.replace("<h1>Talks to resume next week</h1>", "")
    assert extract_page(no_h1).title == "Talks to resume next week"


def test_words_without_a_digit_are_never_a_date():
    from newsquotes.corpus.fields import _iso_8601

    # what dateutil itself makes of them, without the shortcut: no year, so no full date
    for text in ("Monday", "March", "Tuesday, March", "today", "yesterday", "noon", "Sept.", "EST", "UTC", "Z",
                 "Breaking News | DW", "½", "一月", "de mayo", "of", "T"):
        assert _iso_8601.__wrapped__(text) is None
        assert iso_8601(text) is None
    assert iso_8601(" 12 March 2020 ") == "2020-03-12"
