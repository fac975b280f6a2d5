"""The build as a whole: outputs other tools read, idempotence, incremental runs, crashes and time limits."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from newsquotes.corpus import local_engine
from newsquotes.corpus import storage
from newsquotes.corpus.pipeline import process
from newsquotes.corpus.storage import read_articles, read_manifest

from helpers import article_text, digest, write_articles

def test_output_is_read_by_pyarrow_and_datasets(tmp_path, build_corpus):
    write_articles(tmp_path / "in", range(5))
    build_corpus(tmp_path / "in")
    out = tmp_path / "out"
    table = ds.dataset(out / "articles", format="parquet").to_table()
    assert table.num_rows == 5
    from datasets import load_dataset

    loaded = load_dataset("parquet", data_files=str(out / "articles" / "*.parquet"), split="train",
                          cache_dir=str(tmp_path / "hf"))
    assert loaded.num_rows == 5
    row = loaded[0]
    assert row["text"][row["paragraphs"][0]["start"] : row["paragraphs"][0]["end"]].startswith("Officials in ")
    assert set(row["provenance"]) == {"input", "record", "reader", "raw_sha256", "retrieved_at"}


def test_offsets_round_trip_through_parquet(tmp_path, build_corpus):
    write_articles(tmp_path / "in", range(3))
    (tmp_path / "in" / "unicode.txt").write_text(
        "Café 😀 owners 中文 protest\n\nThe owners of the café 😀 in Zürich, where 中文 signs hang, protested on "
        "Monday. “We will not close. Never,” said Zoë Müller, who runs it. Others agreed with her. " * 3)
    build_corpus(tmp_path / "in", min_chars=50)
    for article in read_articles(tmp_path / "out"):
        paragraphs = article.text.split("\n\n")
        assert [article.text[s.start : s.end] for s in article.paragraphs] == paragraphs
        for sentence in article.sentences:
            assert article.text[sentence.start : sentence.end].strip() == article.text[sentence.start : sentence.end]
        assert hashlib.sha256(article.text.encode()).hexdigest() == article.text_sha256


def test_rebuild_is_byte_identical_and_does_no_work(tmp_path, build_corpus):
    write_articles(tmp_path / "in", range(6))
    first = build_corpus(tmp_path / "in")
    before = digest(tmp_path / "out")
    second = build_corpus(tmp_path / "in")
    assert first.processed == 6 and first.cached == 0
    assert second.processed == 0 and second.cached == 6
    assert digest(tmp_path / "out") == before


def test_new_inputs_are_processed_alone_and_never_evict_kept_articles(tmp_path, build_corpus):
    write_articles(tmp_path / "in", range(4))
    build_corpus(tmp_path / "in")
    kept_before = {e.article_id for e in read_manifest(tmp_path / "out").entries if e.status == "kept"}
    write_articles(tmp_path / "in", range(4, 6))
    (tmp_path / "in" / "zz-reprint.txt").write_text(article_text(1) + "\nSubscribe to our newsletter\n")
    report = build_corpus(tmp_path / "in")
    assert report.processed == 3 and report.cached == 4
    entries = {e.input: e for e in report.manifest.entries}
    assert entries["zz-reprint.txt"].status == "duplicate"
    assert entries["zz-reprint.txt"].duplicate_of == entries["article-0001.txt"].article_id
    assert kept_before <= {e.article_id for e in report.manifest.entries if e.status == "kept"}


def test_sources_file_metadata_and_default_output(tmp_path):
    write_articles(tmp_path / "raw", range(2))
    (tmp_path / "sources.toml").write_text(
        'output = "built"\n[[sources]]\nname = "Example Wire"\ninputs = ["raw"]\nlicense = "CC BY 4.0"\n'
        '[[sources.documents]]\npath = "raw/article-0001.txt"\nurl = "https://wire.example/1"\n'
        'published = "2020-02-02"\n')
    from newsquotes.corpus.build import BuildOptions, build, inputs_from_sources
    from newsquotes.corpus.sources import load

    sources = load(tmp_path / "sources.toml")
    build(inputs_from_sources(sources), sources.output, BuildOptions(workers=0, cache_dir=tmp_path / "c"))
    articles = {a.provenance.input: a for a in read_articles(tmp_path / "built")}
    assert {a.source for a in articles.values()} == {"Example Wire"}
    assert {a.license for a in articles.values()} == {"CC BY 4.0"}
    assert articles["article-0001.txt"].url == "https://wire.example/1"
    assert articles["article-0001.txt"].published == "2020-02-02"


def test_bad_sources_file_names_the_file_and_entry(tmp_path):
    from newsquotes.corpus.sources import load

    (tmp_path / "sources.toml").write_text('[[sources]]\nname = "Wire"\ninputs = ["missing-folder"]\n')
    with pytest.raises(ValueError, match=r"sources.toml: sources entry 1 \(Wire\): input not found"):
        load(tmp_path / "sources.toml")


def slow_process(raw, options, params):
    if b"SLOW" in raw.body:
        time.sleep(30)
    return process(raw, options, params)


def test_one_pathological_document_times_out_alone(tmp_path, build_corpus, monkeypatch):
    monkeypatch.setattr(local_engine, "process", slow_process)
    write_articles(tmp_path / "in", range(3))
    (tmp_path / "in" / "slow.txt").write_text("SLOW\n\n" + article_text(99))
    started = time.monotonic()
    report = build_corpus(tmp_path / "in", workers=2, timeout=1.0)
    assert time.monotonic() - started < 20
    entries = {e.input: e for e in report.manifest.entries}
    assert entries["slow.txt"].status == "rejected"
    assert "timed out" in entries["slow.txt"].reason
    assert report.manifest.counts.kept == 3 and report.timed_out == 1


def broken_process(raw, options, params):
    if b"BROKEN" in raw.body:
        raise RuntimeError("parser crashed")
    return process(raw, options, params)


@pytest.mark.parametrize("process_function,reason", [(slow_process, "timed out"), (broken_process, "parser crashed")])
def test_in_process_build_keeps_going_past_a_bad_document(tmp_path, build_corpus, monkeypatch, process_function,
                                                          reason):
    """workers=0 runs every document in this process, under the same time limit and failure rule as workers."""
    monkeypatch.setattr(local_engine, "process", process_function)
    write_articles(tmp_path / "in", range(2))
    (tmp_path / "in" / "bad.txt").write_text("SLOW BROKEN\n\n" + article_text(99))
    report = build_corpus(tmp_path / "in", workers=0, timeout=1.0)
    entries = {e.input: e for e in report.manifest.entries}
    assert entries["bad.txt"].status == "rejected" and reason in entries["bad.txt"].reason
    assert report.manifest.counts.kept == 2


def test_a_failed_build_leaves_the_previous_corpus_intact(tmp_path, build_corpus, monkeypatch):
    write_articles(tmp_path / "in", range(3))
    build_corpus(tmp_path / "in")
    before = digest(tmp_path / "out")
    write_articles(tmp_path / "in", range(3, 5))

    def crash(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(storage, "write_manifest", crash)
    with pytest.raises(RuntimeError):
        build_corpus(tmp_path / "in")
    assert digest(tmp_path / "out") == before
    monkeypatch.undo()
    report = build_corpus(tmp_path / "in")
    assert report.manifest.counts.kept == 5 and report.cached == 5  # the crashed run's work was kept
    assert not (tmp_path / "out.partial").exists()


def test_a_build_that_keeps_nothing_replaces_nothing_and_says_why_beside_it(tmp_path, build_corpus):
    from newsquotes.corpus.build import BuildOptions, InputSpec, NothingKept, build

    write_articles(tmp_path / "in", range(3))
    build_corpus(tmp_path / "in")
    before = digest(tmp_path / "out")
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "empty.txt").write_bytes(b"")
    (tmp_path / "bad" / "short.txt").write_text("Too short.\n")
    with pytest.raises(NothingKept) as raised:
        build([InputSpec(path=tmp_path / "bad")], tmp_path / "out", BuildOptions(workers=0, cache_dir=tmp_path / "c"))
    assert digest(tmp_path / "out") == before
    failed = read_manifest(tmp_path / "out.failed")
    assert raised.value.folder == tmp_path / "out.failed" and raised.value.report.manifest == failed
    assert {e.input: e.status for e in failed.entries} == {"empty.txt": "rejected", "short.txt": "rejected"}
    build_corpus(tmp_path / "in")
    assert not (tmp_path / "out.failed").exists(), "a later good build clears the failed one's record"


def interrupted_process(raw, options, params):
    if b"Officials" in raw.body and raw.input.endswith("0004.txt"):
        raise KeyboardInterrupt
    return process(raw, options, params)


def test_a_build_interrupted_midway_leaves_the_previous_corpus_byte_for_byte(tmp_path, build_corpus, monkeypatch):
    write_articles(tmp_path / "in", range(3))
    build_corpus(tmp_path / "in")
    before = digest(tmp_path / "out")
    write_articles(tmp_path / "in", range(3, 6))
    monkeypatch.setattr(local_engine, "process", interrupted_process)
    with pytest.raises(KeyboardInterrupt):
        build_corpus(tmp_path / "in")
    assert digest(tmp_path / "out") == before
    written, write_shard = [], storage.write_shard

    def write_one_shard_then_fail(folder, name, articles):
        if written:
            raise OSError("disk full")
        written.append(name)
        return write_shard(folder, name, articles)

    monkeypatch.setattr(local_engine, "process", process)
    monkeypatch.setattr(storage, "write_shard", write_one_shard_then_fail)
    with pytest.raises(OSError, match="disk full"):
        build_corpus(tmp_path / "in", rows_per_shard=2)
    assert written and digest(tmp_path / "out") == before


def test_progress_gets_the_total_first_then_one_step_per_record(tmp_path, build_corpus):
    write_articles(tmp_path / "in", range(3))
    (tmp_path / "in" / "dump.jsonl").write_text('{"text": "short"}\nnot json\n\n{"text": "also short"}\n')
    events = []
    build_corpus(tmp_path / "in", tmp_path / "in" / "article-0001.txt",  # one record listed twice
                 progress=events.append, total=lambda n: events.append(("total", n)))
    assert events[0] == ("total", 7) and events[1:] == [1] * 7
    events.clear()
    build_corpus(tmp_path / "in", progress=events.append, total=lambda n: events.append(("total", n)))  # cached
    assert events == [("total", 6)] + [1] * 6


def test_recover_after_a_kill_between_the_two_renames(tmp_path, build_corpus):
    write_articles(tmp_path / "in", range(2))
    build_corpus(tmp_path / "in")
    before = digest(tmp_path / "out")
    (tmp_path / "out").rename(tmp_path / "out.previous")
    (tmp_path / "out.partial").mkdir()
    storage.recover(tmp_path / "out")
    assert digest(tmp_path / "out") == before
    assert not (tmp_path / "out.previous").exists() and not (tmp_path / "out.partial").exists()


def cached_outcomes(cache: Path) -> int:
    path = cache / "outcomes.sqlite3"
    if not path.exists():
        return 0
    with sqlite3.connect(path, timeout=30) as db:
        try:
            return db.execute("SELECT count(*) FROM outcome").fetchone()[0]
        except sqlite3.OperationalError:
            return 0


@pytest.mark.slow
def test_killed_build_keeps_previous_corpus_and_next_run_completes_it(tmp_path):
    inputs, out, cache = tmp_path / "in", tmp_path / "out", tmp_path / "cache"
    write_articles(inputs, range(3))
    command = [sys.executable, "-m", "newsquotes", "build", str(inputs), "-o", str(out), "--cache-dir", str(cache),
               "--workers", "2"]
    subprocess.run(command, check=True, capture_output=True)
    before = digest(out)
    write_articles(inputs, range(3, 800))
    process_ = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while cached_outcomes(cache) < 200 and time.monotonic() < deadline and process_.poll() is None:
        time.sleep(0.05)
    os.killpg(process_.pid, signal.SIGKILL)
    process_.wait()
    done_before_kill = cached_outcomes(cache)
    assert 3 < done_before_kill < 800, "the kill must land in the middle of the build"
    assert digest(out) == before
    finished = subprocess.run(command, check=True, capture_output=True, text=True)
    manifest = read_manifest(out)
    assert manifest.counts.inputs == 800 and manifest.counts.kept == 800
    assert f"from cache {done_before_kill}" in finished.stdout.replace("\n", " ")


def test_a_shard_is_written_a_row_group_at_a_time_and_reads_back_whole(tmp_path, build_corpus, monkeypatch):
    import pyarrow.parquet as pq

    write_articles(tmp_path / "in", range(7))
    build_corpus(tmp_path / "in", out=tmp_path / "whole")
    monkeypatch.setattr(storage, "ROWS_PER_BATCH", 2)
    monkeypatch.setattr(storage, "ROWS_PER_GROUP", 3)
    build_corpus(tmp_path / "in", out=tmp_path / "grouped")
    shards = [tmp_path / name / "articles" / "part-00000.parquet" for name in ("whole", "grouped")]
    assert [pq.ParquetFile(shard).metadata.num_row_groups for shard in shards] == [1, 3]
    assert pq.read_table(shards[0]).equals(pq.read_table(shards[1]))
    assert [a.model_dump() for a in read_articles(tmp_path / "grouped")] == [
        a.model_dump() for a in read_articles(tmp_path / "whole")]
    assert read_manifest(tmp_path / "grouped").totals == read_manifest(tmp_path / "whole").totals


def test_what_is_loaded_before_the_workers_fork_is_frozen_only_while_they_run(tmp_path, build_corpus):
    import gc

    write_articles(tmp_path / "in", range(3))
    during = []
    assert gc.get_freeze_count() == 0
    build_corpus(tmp_path / "in", workers=2, progress=lambda n: during.append(gc.get_freeze_count()))
    assert during and all(count > 0 for count in during)
    assert gc.get_freeze_count() == 0  # a library user's later garbage is collected as before


def test_chunks_shrink_to_one_document_as_a_counted_build_nears_its_end():
    assert local_engine.chunk_size(None, 2) == local_engine.CHUNK_DOCUMENTS  # not counted: fixed chunks
    assert local_engine.chunk_size(500, 2) == local_engine.CHUNK_DOCUMENTS
    assert [local_engine.chunk_size(unread, 2) for unread in (40, 20, 8, 3, 0)] == [10, 5, 2, 1, 1]
    assert local_engine.chunk_size(-3, 2) == 1  # more records than counted (an input grew meanwhile)


def test_a_counted_build_schedules_smaller_chunks_at_the_end_and_gives_the_same_corpus(tmp_path, build_corpus,
                                                                                       monkeypatch):
    write_articles(tmp_path / "in", range(40))
    sizes = []
    schedule = local_engine.LocalEngine._schedule_chunk

    def recording(self):
        sizes.append(len(self._chunk))
        schedule(self)

    monkeypatch.setattr(local_engine.LocalEngine, "_schedule_chunk", recording)
    counted = build_corpus(tmp_path / "in", out=tmp_path / "counted", workers=2, cache_dir=tmp_path / "c1",
                           total=lambda n: None)
    assert sum(sizes) == 40 and sizes[:3] == [8, 6, 5] and sizes[-1] == 1 and sizes == sorted(sizes, reverse=True)
    sizes.clear()
    uncounted = build_corpus(tmp_path / "in", out=tmp_path / "uncounted", workers=2, cache_dir=tmp_path / "c2")
    assert sizes == [16, 16, 8]
    assert counted.manifest.counts == uncounted.manifest.counts
    assert list(read_articles(tmp_path / "counted")) == list(read_articles(tmp_path / "uncounted"))
