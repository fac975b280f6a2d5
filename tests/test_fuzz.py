"""The fault and fuzz suite, CI size: adversarial inputs and SIGKILLs mid-build (full size: benchmarks/fuzz.py)."""

from __future__ import annotations

import pytest

import fuzz_check
import fuzz_inputs
import fuzz_kills
from newsquotes.corpus.storage import read_articles, read_manifest

pytestmark = pytest.mark.fuzz


def test_every_adversarial_input_is_accounted_for_by_its_fault(tmp_path):
    work = tmp_path
    sentinel = work / "sentinel.txt"
    sentinel.write_text(fuzz_inputs.SENTINEL_TEXT)
    cases = fuzz_inputs.generate(work / "inputs", 200, seed=7, sentinel=sentinel)
    kinds = {case.kind.split(":")[0].split(" cut ")[0] for case in cases}
    assert len(kinds) >= 14  # every class of the generator is in the sample
    slowest, name = fuzz_check.slowest_read(work / "inputs")
    assert slowest < 5, f"reading {name} took {slowest:.1f} s"
    run = fuzz_check.run_build(work / "inputs", work / "out", work / "cache", workers=2, timeout=20, limit=300)
    assert "Traceback" not in run.stderr and "HUNG" not in run.stderr, run.stderr[-3000:]
    assert run.returncode == 0  # as documented: some articles were kept
    manifest = read_manifest(work / "out")
    verdict = fuzz_check.check(cases, manifest, list(read_articles(work / "out")), [work / "out" / "manifest.json"])
    assert verdict.problems == []
    assert verdict.outcomes["rejected"] > 0 and verdict.outcomes["kept"] > 0
    assert not list(work.rglob(fuzz_inputs.PWNED)), "a file name was run by a shell"
    assert run.peak_rss < 2 * 2**30, f"peak memory {run.peak_rss / 2**20:.0f} MiB"


def test_a_stray_nul_or_control_character_is_removed_and_the_text_kept(tmp_path, build_corpus):
    import random

    text = fuzz_inputs.good_text(random.Random(3))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "nul.txt").write_bytes(text.encode().replace(b"Officials", b"Offi\x00cials\x1b[0m", 1))
    (tmp_path / "in" / "utf16.txt").write_bytes(fuzz_inputs.good_text(random.Random(4)).encode("utf-16-le"))
    (tmp_path / "in" / "binary.txt").write_bytes((b"ab\x00\x01" * 300) + text.encode())
    report = build_corpus(tmp_path / "in")
    entries = {e.input: e for e in report.manifest.entries}
    assert entries["nul.txt"].status == "kept" and entries["utf16.txt"].status == "kept"
    assert entries["binary.txt"].status == "rejected" and entries["binary.txt"].reason.startswith("binary data")
    article = next(a for a in read_articles(tmp_path / "out") if a.provenance.input == "nul.txt")
    assert "Officials[0m" in article.text and "\x00" not in article.text and "\x1b" not in article.text


def test_killed_local_builds_never_damage_the_previous_corpus_and_a_rerun_is_identical(tmp_path):
    work = tmp_path
    inputs = work / "news"
    fuzz_kills.write_inputs(inputs, range(100))
    reference, _ = fuzz_kills.reference_build(inputs, work, workers=2, in_process=True)
    result = fuzz_kills.kill_series(inputs, work, "local", kills=4, seed=11, total=100, previous_count=20,
                                    reference=reference, previous_in_process=True)
    assert result["problems"] == [] and result["rerun_identical"]
    assert result["kills"] == 4 and result["during_write"] == 1


def test_a_gzip_warc_cut_anywhere_in_its_first_record_is_named_as_truncated(tmp_path):
    import gzip
    import random

    from newsquotes.corpus import readers

    rng = random.Random(3)
    for _ in range(150):
        member = gzip.compress(fuzz_inputs.warc_record(rng, fuzz_inputs.http_page(fuzz_inputs.good_html(rng))))
        path = tmp_path / "cut.warc.gz"
        path.write_bytes(member[: rng.randrange(10, len(member) - 8)])
        assert [r.problem for r in readers.read(path, path.name)] == ["truncated WARC record at byte 0"]
