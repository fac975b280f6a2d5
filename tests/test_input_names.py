"""The manifest names each input so that a reader can find it: by path, by WARC target URI, by HTTP status."""

from __future__ import annotations

import io
import json
from pathlib import Path

from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsquotes.cli import app
from newsquotes.corpus.storage import read_manifest


STORIES = {
    "Harbour": "Dock workers in the old harbour stopped unloading ships at dawn, demanding safer cranes. "
               "The port authority said talks would begin on Thursday and that cargo would wait offshore. ",
    "Railway": "A new night train will link the two capitals from spring, the operator announced. "
               "Tickets cost less than a flight, and sleeping cars were rebuilt in a local workshop. ",
}


def page(story: str) -> str:
    body = STORIES[story] * 3
    return f"<!DOCTYPE html><html><head><title>{story}</title></head><body><article><h1>{story}</h1><p>{body}</p>" \
           f"</article></body></html>"


def build(*args) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["build", *map(str, args), "--workers", "0"])
    return result.exit_code, result.output


def test_two_folders_holding_the_same_file_name_give_two_names(tmp_path):
    for site, story in (("siteA", "Harbour"), ("siteB", "Railway")):
        (tmp_path / site).mkdir()
        (tmp_path / site / "page.html").write_text(page(story))
    code, output = build(tmp_path / "siteA", tmp_path / "siteB", "-o", tmp_path / "out")
    assert code == 0, output
    entries = {e.input: e for e in read_manifest(tmp_path / "out").entries}
    assert sorted(entries) == ["siteA/page.html", "siteB/page.html"]
    assert {e.status for e in entries.values()} == {"kept"}, "pages without a URL are told apart by where they are"


def test_one_input_keeps_names_relative_to_itself(tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "page.html").write_text(page("Harbour"))
    (tmp_path / "loose.html").write_text(page("Railway"))
    from newsquotes.corpus.build import inputs_from_paths

    (alone,) = inputs_from_paths([tmp_path / "in"])
    assert alone.root is None
    both = inputs_from_paths([tmp_path / "in", tmp_path / "loose.html"])
    assert {spec.root for spec in both} == {tmp_path}
    code, output = build(tmp_path / "in", tmp_path / "loose.html", "-o", tmp_path / "out")
    assert code == 0, output
    assert sorted(e.input for e in read_manifest(tmp_path / "out").entries) == ["in/sub/page.html", "loose.html"]
    code, output = build(tmp_path / "in", "-o", tmp_path / "out1")
    assert [e.input for e in read_manifest(tmp_path / "out1").entries] == ["sub/page.html"]


def write_warc(path: Path, responses) -> list[str]:
    """A WARC written by warcio, with a request before each response as crawlers write it; the record ids."""
    buffer, ids = io.BytesIO(), []
    writer = WARCWriter(buffer, gzip=True)
    for url, status, payload in responses:
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=request))
        headers = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload.encode()), http_headers=headers)
        ids.append(record.rec_headers.get_header("WARC-Record-ID"))
        writer.write_record(record)
    path.write_bytes(buffer.getvalue())
    return ids


def test_warc_records_are_named_by_target_uri_and_a_404_by_its_status(tmp_path):
    not_found = "<html><body><h1>Not Found</h1><p>The page you asked for does not exist.</p></body></html>"
    ids = write_warc(tmp_path / "crawl.warc.gz", [
        ("https://example.org/harbour", "200 OK", page("Harbour")),
        ("https://example.org/gone", "404 Not Found", not_found),
        ("https://example.org/old", "301 Moved Permanently", ""),
    ])
    code, output = build(tmp_path / "crawl.warc.gz", "-o", tmp_path / "out")
    assert code == 0, output
    entries = read_manifest(tmp_path / "out").entries
    assert [e.record for e in entries] == [f"https://example.org/harbour {ids[0]}", f"https://example.org/gone {ids[1]}",
                                           f"https://example.org/old {ids[2]}"]
    assert [(e.status, e.reason) for e in entries] == [("kept", None), ("rejected", "HTTP 404 Not Found"),
                                                       ("rejected", "HTTP 301 Moved Permanently")]
    assert f"rejected crawl.warc.gz (https://example.org/gone {ids[1]}): HTTP 404 Not Found" in output
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["counts"] == {"inputs": 3, "kept": 1, "duplicates": 0, "rejected": 2}
