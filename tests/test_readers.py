"""Each input format end to end through ``build``, and every kind of bad input the manifest must account for."""

from __future__ import annotations

import gzip
import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsquotes.corpus.readers import read
from newsquotes.corpus.storage import read_articles

BODY = ("The ministry said on Tuesday that the talks would resume next week in the capital. "
        "“We are ready for dialogue,” the spokesperson told reporters. ") * 4

HTML = f"""<!DOCTYPE html><html lang="en"><head>
<title>Talks to resume next week | Example Times</title>
<meta property="og:title" content="Talks to resume next week">
<meta property="og:site_name" content="Example Times">
<meta name="author" content="Anna Novak">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<meta name="description" content="The ministry confirmed the date.">
<link rel="canonical" href="https://example.org/news/talks-resume">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks to resume next week</h1>
<p>{BODY}</p><p>The next round is planned for Monday, officials said, and both delegations have confirmed.</p>
</article><footer>© 2024 Example Times. All rights reserved.</footer></body></html>"""


OTHER_BODIES = [
    "Farmers in the northern valley began the harvest two weeks early this year after a dry summer. "
    "Cooperatives expect prices to rise, and the regional council has promised support for small growers. " * 3,
    "The city orchestra announced a new season with six premieres and a tour of three neighbouring countries. "
    "Tickets go on sale next month, and students will again be offered half-price seats on weekdays. " * 3,
    "Engineers finished the inspection of the old railway bridge and found corrosion on two of its supports. "
    "Trains will run at reduced speed until repairs are completed, the operator said in a statement. " * 3,
]


def by_status(report):
    out = {}
    for entry in report.manifest.entries:
        out.setdefault(entry.status, []).append(entry)
    return out


def test_html_page_with_metadata(tmp_path, build_corpus):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html").write_text(HTML)
    report = build_corpus(tmp_path / "in")
    (article,) = read_articles(tmp_path / "out")
    assert article.title == "Talks to resume next week"
    assert article.source == "Example Times"
    assert article.authors == ["Anna Novak"]
    assert article.published == "2024-03-05T10:00:00+00:00"  # the markup's time and offset are kept
    assert article.url == "https://example.org/news/talks-resume"
    assert article.text.startswith("The ministry said on Tuesday")
    assert "Home" not in article.text and "All rights reserved" not in article.text
    assert article.provenance.reader == "html" and article.provenance.input == "page.html"
    assert article.language == "en"
    assert report.manifest.counts.kept == 1


def test_gzipped_inputs_are_read_transparently(tmp_path, build_corpus):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html.gz").write_bytes(gzip.compress(HTML.encode()))
    build_corpus(tmp_path / "in")
    (article,) = read_articles(tmp_path / "out")
    assert article.title == "Talks to resume next week"


def test_jsonl_news_please_trafilatura_and_mapped_shapes(tmp_path, build_corpus):
    news_please = {"title": "News-please shape", "maintext": OTHER_BODIES[1], "authors": ["A. Writer"],
                   "date_publish": "2024-03-01 10:00:00", "url": "https://a.example/1", "source_domain": "a.example",
                   "language": "en", "date_download": "2024-03-02 08:00:00"}
    trafilatura_shape = {"title": "Trafilatura shape", "raw_text": OTHER_BODIES[0],
                         "author": "B. Writer; C. Writer", "hostname": "b.example", "date": "2024-03-03",
                         "url": "https://b.example/2"}
    html_record = {"url": "https://c.example/3", "html": HTML}
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (news_please, trafilatura_shape, html_record)) + "\n")
    report = build_corpus(path, min_chars=50)
    assert report.manifest.counts.kept == 3, report.manifest.entries
    articles = {a.title: a for a in read_articles(tmp_path / "out")}
    first = articles["News-please shape"]
    assert first.authors == ["A. Writer"] and first.source == "a.example"
    assert first.provenance.record == "line 1" and first.provenance.retrieved_at == "2024-03-02 08:00:00"
    assert articles["Trafilatura shape"].authors == ["B. Writer", "C. Writer"]
    assert articles["Talks to resume next week"].url == "https://c.example/3"

    custom = tmp_path / "custom.jsonl"
    custom.write_text(json.dumps({"headline": "Mapped", "body_text": OTHER_BODIES[2], "link": "https://d.example/4"}) + "\n")
    build_corpus(custom, out=tmp_path / "mapped", field_map={"text": "body_text", "title": "headline"})
    (mapped,) = read_articles(tmp_path / "mapped")
    assert mapped.title == "Mapped" and mapped.url == "https://d.example/4"


def write_warc(path, pages):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))
    for url, content_type, payload in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers,
                                           warc_headers_dict={"WARC-Date": "2024-03-06T12:00:00Z"})
        writer.write_record(record)
    path.write_bytes(buffer.getvalue())


def test_warc_response_records(tmp_path, build_corpus):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [
        ("https://example.org/news/talks-resume", "text/html; charset=utf-8", HTML.encode()),
        ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
    ])
    report = build_corpus(warc)
    statuses = by_status(report)
    (kept,) = statuses["kept"]
    (rejected,) = statuses["rejected"]
    assert kept.record.startswith("https://example.org/news/talks-resume <urn:uuid:")
    assert "not an HTML page (Content-Type image/png)" in rejected.reason
    (article,) = read_articles(tmp_path / "out")
    assert article.provenance.reader == "warc"
    assert article.provenance.retrieved_at == "2024-03-06T12:00:00Z"


def test_every_bad_input_is_listed_with_its_reason(tmp_path, build_corpus):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Talks to resume next week\n\n" + BODY)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (folder / "tiny.txt").write_text("Headline here\n\nToo short.")
    (folder / "undecodable.txt").write_bytes(bytes(range(128, 256)) * 5)
    (folder / "nomain.html").write_text("<html><head><script>var x = 1;</script></head><body><div></div></body></html>")
    (folder / "huge.html").write_text("<html><body>" + "<p>x</p>" * 200 + "</body></html>")
    (folder / "broken.txt.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    (folder / "lines.jsonl").write_text(json.dumps({"title": "ok", "text": OTHER_BODIES[0]})
                                        + '\nnot json at all\n[1, 2]\n{"title": "no text field"}\n')
    (folder / "truncated.warc.gz").write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")[:20])
    report = build_corpus(folder, max_bytes=1500)
    reasons = {(e.input, e.record): e.reason for e in report.manifest.entries if e.status == "rejected"}
    assert "empty input" in reasons[("empty.txt", None)]
    assert "binary" in reasons[("binary.txt", None)]
    assert "too short" in reasons[("tiny.txt", None)]
    assert "undecodable" in reasons[("undecodable.txt", None)]
    assert "no main text" in reasons[("nomain.html", None)]
    assert "over the size limit of 1,500" in reasons[("huge.html", None)]
    assert "not a valid gzip file" in reasons[("broken.txt.gz", None)]
    assert "invalid JSON" in reasons[("lines.jsonl", "line 2")]
    assert "not an object" in reasons[("lines.jsonl", "line 3")]
    assert "no article text" in reasons[("lines.jsonl", "line 4")]
    assert "WARC" in reasons[("truncated.warc.gz", None)]
    counts = report.manifest.counts
    assert counts.kept == 2  # good.txt and lines.jsonl line 1
    assert counts.inputs == counts.kept + counts.duplicates + counts.rejected == len(report.manifest.entries)


def warc_bytes(compress: bool, count: int = 3) -> tuple[bytes, list[int]]:
    """A WARC of ``count`` HTML responses, and the byte where each record starts."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    starts = []
    for number in range(count):
        starts.append(buffer.tell())
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        page = HTML.replace("Talks to resume next week", f"Talks to resume next week, part {number + 1}")
        writer.write_record(writer.create_warc_record(f"https://example.org/news/{number}", "response",
                                                      payload=io.BytesIO(page.encode()), http_headers=headers))
    return buffer.getvalue(), starts


@pytest.mark.parametrize("compress", [False, True])
@pytest.mark.parametrize("where", ["body", "headers"])
def test_warc_cut_short_keeps_the_records_before_the_cut(tmp_path, compress, where):
    data, starts = warc_bytes(compress)
    cut = len(data) - 200 if where == "body" else starts[2] + 40
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(data[:cut])
    records = list(read(path, path.name))
    assert [r.problem for r in records[:2]] == [None, None]
    assert [r.hints["url"] for r in records[:2]] == ["https://example.org/news/0", "https://example.org/news/1"]
    assert b"part 2" in records[1].body
    (last,) = records[2:]
    assert last.problem == f"truncated WARC record at byte {starts[2]}"


def test_truncated_warc_in_a_build_names_the_fault(tmp_path, build_corpus):
    data, starts = warc_bytes(compress=True)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "crawl.warc.gz").write_bytes(data[: len(data) - 300])
    report = build_corpus(tmp_path / "in")
    statuses = by_status(report)
    # The two whole records have the same body text: one is kept, the other is its duplicate.
    assert [e.record is not None for e in statuses["kept"] + statuses["duplicate"]] == [True, True]
    (rejected,) = statuses["rejected"]
    assert rejected.reason == f"truncated WARC record at byte {starts[2]}"


@pytest.mark.parametrize("name", ["page.html.gz", "crawl.warc.gz", "dump.jsonl.gz"])
def test_a_gz_file_that_is_not_gzip_is_rejected_as_such(tmp_path, build_corpus, name):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_text(HTML)
    report = build_corpus(tmp_path / "in")
    (entry,) = report.manifest.entries
    assert entry.status == "rejected"
    assert entry.reason.startswith("not gzip data")


def test_counting_records_agrees_with_reading_them_and_opens_no_one_document_file(tmp_path, monkeypatch):
    from newsquotes.corpus import readers

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Talks to resume next week\n\n" + BODY)
    (folder / "page.html.gz").write_bytes(gzip.compress(HTML.encode()))
    (folder / "broken.txt.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    (folder / "empty.md").write_bytes(b"")
    (folder / "lines.jsonl").write_text('{"text": "a"}\n\nnot json\n{"text": "b"}\n')
    (folder / "crawl.warc").write_bytes(warc_bytes(compress=False)[0])
    (folder / "no-suffix").write_text('{"text": "a"}\n{"text": "b"}\n')  # sniffed as JSONL: two records
    (folder / "gone.html").symlink_to(folder / "missing.html")
    files = sorted(folder.iterdir())
    expected = {path.name: sum(1 for _ in read(path, path.name)) for path in files}
    assert expected["lines.jsonl"] == 3 and expected["crawl.warc"] == 3 and expected["no-suffix"] == 2
    opened = []
    monkeypatch.setattr(readers, "read", lambda path, name, **kw: opened.append(name) or read(path, name, **kw))
    assert {path.name: readers.count(path, path.name) for path in files} == expected
    assert sorted(opened) == ["crawl.warc", "lines.jsonl", "no-suffix"]
