"""A WARC file cut into byte ranges gives, range after range, exactly the records of the whole file."""

from __future__ import annotations

import gzip
import io
import random

import pytest
from fastwarc.warc import ArchiveIterator

from helpers import crawl_warc
from newsquotes.corpus import readers, warcranges
from newsquotes.corpus.warcranges import Span, ranges, read_range, settle

MAX_BYTES = 50_000_000


def whole(path):
    return list(readers.read(path, path.name, hints={"source": "s"}, max_bytes=MAX_BYTES))


def in_ranges(path, range_bytes):
    """The records of every range as workers read them, made to agree by :func:`settle`; and how many ranges
    had to be read again."""
    cuts = ranges(path, range_bytes)
    assert len(cuts) > 1
    again = []

    def read(index, start=None, exact=False):
        begin, end = cuts[index]
        if start is None and exact:
            records = whole(path)
            return None, len(records), records
        span = Span()
        records = list(read_range(path, path.name, None, {"source": "s"}, MAX_BYTES, start if exact else begin, end,
                                  span, exact=exact))
        return span, len(records), records

    def read_again(index, start):
        again.append((index, start))
        return read(index, start, exact=True)

    kept = settle(cuts, [read(index) for index in range(len(cuts))], read_again)
    return [record for given in kept if given for record in given], again


def starts(path):
    """Where the whole file's reader finds a record."""
    return starts_in(path.read_bytes())


def starts_in(data: bytes) -> list[int]:
    return [record.stream_pos for record in ArchiveIterator(io.BytesIO(data), parse_http=False)]


@pytest.fixture
def short_checks(monkeypatch):
    """Shorter look-ahead and look-back for the first record of a range: the tests cut files of a few hundred
    KiB into ranges of a few KiB, where the default windows would cover the whole file from every range."""
    monkeypatch.setattr(warcranges, "CHAIN_BYTES", 8 << 10)
    monkeypatch.setattr(warcranges, "BACK_BYTES", 16 << 10)


@pytest.fixture(params=[False, True], ids=["plain", "gzip"])
def compress(request):
    return request.param


def write(tmp_path, data, compress):
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("seed", range(3))
def test_ranges_of_any_size_give_the_whole_files_records_named_the_same(tmp_path, compress, seed, short_checks):
    path = write(tmp_path, crawl_warc(range(150), compress), compress)
    expected = whole(path)
    assert len(expected) == 150 and all(record.problem is None for record in expected)
    got, again = in_ranges(path, random.Random(seed).randint(700, 6000))
    assert got == expected and again == []  # every range found its own first record


@pytest.mark.parametrize("cut", [200, 1500, 9_000])
def test_a_warc_cut_short_reports_the_cut_as_the_whole_file_does(tmp_path, compress, cut, short_checks):
    data = crawl_warc(range(120), compress)
    path = write(tmp_path, data[: len(data) - cut], compress)
    expected = whole(path)
    assert expected[-1].problem.startswith("truncated WARC record at byte")
    for range_bytes in (997, 4000):
        got, _ = in_ranges(path, range_bytes)
        assert got == expected


def test_a_record_with_broken_headers_stops_the_reading_there_as_in_the_whole_file(tmp_path, compress,
                                                                                    short_checks):
    broken = b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2024-03-06T12:00:00Z\r\n\r\n"
    first, second = crawl_warc(range(100), compress), crawl_warc(range(100, 200), compress)
    path = write(tmp_path, first + (gzip.compress(broken) if compress else broken) + second, compress)
    expected = whole(path)
    assert expected[-1].problem == f"truncated WARC record at byte {len(first)}" and len(expected) == 101
    got, _ = in_ranges(path, 1500)
    assert got == expected


def quoted_crawl(tmp_path, compress):
    """A crawl of a page that is itself a WARC file, whose records lie inside one record of the outer file,
    byte for byte, ready to be mistaken for the file's own. Compressed, the record that holds it is stored
    as it is (as a writer does with what does not compress: deflate's stored blocks)."""
    quoted = crawl_warc(range(1000, 1120), compress)
    data = crawl_warc(range(60), False, quoted=quoted)
    if compress:
        bounds = starts_in(data) + [len(data)]
        data = b"".join(gzip.compress(data[a:b], compresslevel=0 if quoted in data[a:b] else 6)
                        for a, b in zip(bounds, bounds[1:]))
    path = write(tmp_path, data, compress)
    inner = starts_in(quoted)
    assert quoted[inner[50] : inner[52]] in path.read_bytes()
    return path


def test_a_warc_quoted_inside_a_page_is_not_taken_for_records_of_the_file(tmp_path, compress):
    path = quoted_crawl(tmp_path, compress)
    expected = whole(path)
    quoted_urls = {f"https://news.example/{n}" for n in range(1000, 1120)}
    assert len(expected) == 61 and not quoted_urls & {r.hints["url"] for r in expected}
    true_starts = set(starts(path))
    for range_bytes in (1900, 7000):
        for begin, end in ranges(path, range_bytes):
            span = Span()
            list(read_range(path, path.name, None, {}, MAX_BYTES, begin, end, span))
            assert span.first is None or span.first in true_starts
        got, again = in_ranges(path, range_bytes)
        assert got == expected and again == []


def test_a_false_start_that_passes_the_workers_checks_is_read_again_from_the_true_one(tmp_path, compress,
                                                                                      monkeypatch):
    path = quoted_crawl(tmp_path, compress)
    monkeypatch.setattr(warcranges, "CHAIN_BYTES", 1)  # blind the workers' checks
    monkeypatch.setattr(warcranges, "BACK_BYTES", 0)
    true_starts, false_starts = set(starts(path)), []
    for begin, end in ranges(path, 1200):
        span = Span()
        list(read_range(path, path.name, None, {}, MAX_BYTES, begin, end, span))
        false_starts += [span.first] if span.first is not None and span.first not in true_starts else []
    assert false_starts  # ranges inside the quoted file took its records for the file's own
    assert in_ranges(path, 1200)[0] == whole(path)  # and what they read is dropped or read again


def test_what_cannot_be_split_is_read_whole_by_the_first_range(tmp_path):
    plain = crawl_warc(range(50), compress=False)
    stream = tmp_path / "one-stream.warc.gz"  # one gzip stream for the whole file: no record can be found
    stream.write_bytes(gzip.compress(plain))
    not_warc = tmp_path / "notes.warc"
    not_warc.write_bytes(b"these are notes, not a WARC\r\n" * 200 + plain)
    for path in (stream, not_warc):
        cuts = ranges(path, 1000)
        parts = []
        for begin, end in cuts:
            span = Span()
            parts.append(list(read_range(path, path.name, None, {"source": "s"}, MAX_BYTES, begin, end, span)))
        assert parts[0] == whole(path) and not any(parts[1:])
        assert in_ranges(path, 1000)[0] == whole(path)


def test_a_warc_without_responses_is_reported_once_as_the_whole_file_does(tmp_path, compress):
    data = b"".join(crawl_warc([], compress) for _ in range(40))  # warcinfo records only
    path = write(tmp_path, data, compress)
    expected = whole(path)
    assert [r.problem for r in expected] == ["no response records in this WARC file"]
    assert in_ranges(path, 700)[0] == expected


def test_small_files_and_other_formats_are_one_range(tmp_path):
    path = write(tmp_path, crawl_warc(range(3), False), False)
    assert ranges(path, 10**9) == [(0, None)]
    assert readers.is_warc("a/crawl.warc.gz", None) and readers.is_warc("dump", "warc")
    assert not readers.is_warc("feed.jsonl", None)


def test_settle_drops_what_follows_a_stop_and_rereads_a_range_that_missed_its_start():
    cuts = [(0, 10), (10, 20), (20, 30), (30, 40)]
    parts = [(Span(0, 14, False), 2, "a"), (Span(None, None, False), 0, "b"),  # missed the record at 14
             (Span(25, None, True), 1, "c"), (Span(33, 41, False), 1, "d")]  # stopped at 25; 33 is quoted
    again = []

    def read_again(index, start):
        again.append((index, start))
        return Span(start, 25, False), 1, "b2"

    assert settle(cuts, parts, read_again) == ["a", "b2", "c", None] and again == [(1, 14)]
