"""A JSONL file cut into byte ranges gives, range after range, exactly the records of the whole file."""

from __future__ import annotations

import gzip
import random

import pytest

from newsquotes.corpus import readers
from newsquotes.corpus.byteranges import ranges, read_range


def _records(path, name, fmt=None, range_bytes=7, max_bytes=50_000_000):
    cut = ranges(path, name, fmt, max_bytes, range_bytes=range_bytes)
    got = [r for start, end in cut for r in read_range(path, name, fmt, {"source": "s"}, max_bytes, start, end)]
    return cut, got


def _whole(path, name, fmt=None, max_bytes=50_000_000):
    return list(readers.read(path, name, fmt=fmt, hints={"source": "s"}, max_bytes=max_bytes))


@pytest.mark.parametrize("seed", range(30))
def test_ranges_of_any_size_give_the_whole_files_records_in_order(tmp_path, seed):
    rng = random.Random(seed)
    lines = [rng.choice(["", "  ", "{}", '{"text": "é"}', "x" * rng.randint(1, 30)]) for _ in range(rng.randint(0, 40))]
    data = "\n".join(lines) + rng.choice(["", "\n", "\n\n"])
    path = tmp_path / "dump.jsonl"
    path.write_bytes(data.encode())
    cut, got = _records(path, path.name, range_bytes=rng.randint(1, 12))
    assert got == _whole(path, path.name)
    if len(data.encode()) > 12:
        assert len(cut) > 1


def test_what_is_not_plain_jsonl_is_read_whole_by_the_first_range(tmp_path):
    packed = tmp_path / "dump.jsonl.gz"
    packed.write_bytes(gzip.compress(b'{"a": 1}\n' * 20))
    assert ranges(packed, packed.name, None, 10**6, range_bytes=8) == [(0, None)]
    disguised = tmp_path / "disguised.jsonl"  # gzip data under a plain name: the whole file, once
    disguised.write_bytes(gzip.compress(b'{"a": 1}\n' * 20))
    cut, got = _records(disguised, disguised.name, range_bytes=8)
    assert len(cut) > 1 and got == _whole(disguised, disguised.name) and len(got) == 20
    html = tmp_path / "page.html"
    html.write_text("<html>" + "x" * 100)
    assert ranges(html, html.name, None, 10**6, range_bytes=8) == [(0, None)]


def test_a_file_over_the_size_limit_is_one_range_and_rejected_as_the_whole_file_is(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_bytes(b'{"a": 1}\n' * 20)
    cut, got = _records(path, path.name, max_bytes=50)
    assert cut == [(0, None)] and got == _whole(path, path.name, max_bytes=50) and got[0].problem
