"""The build on a real local Ray cluster (a head and two worker nodes) gives the local engine's corpus."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psutil
import pytest

from newsquotes.corpus import storage
from newsquotes.corpus.build import BuildOptions, InputSpec, NothingKept, build
from newsquotes.corpus.storage import read_manifest
from helpers import article_text, crawl_warc, digest, write_articles

DATA = Path(__file__).parent / "data"
pytestmark = pytest.mark.ray


@contextmanager
def files_opened_under(folder: Path) -> Iterator[list[str]]:
    """The paths under ``folder`` that this process opens inside the block (Ray's workers are other processes)."""
    opened: list[str] = []
    watching = [True]

    def audit(event: str, args: tuple) -> None:
        if watching[0] and event == "open" and isinstance(args[0], (str, Path)) and str(folder) in str(args[0]):
            opened.append(str(args[0]))

    sys.addaudithook(audit)  # hooks cannot be removed; this one stops watching when the block ends
    try:
        yield opened
    finally:
        watching[0] = False


@pytest.fixture(scope="module")
def cluster():
    from ray.cluster_utils import Cluster

    cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 0, "include_dashboard": False})
    for _ in range(2):
        cluster.add_node(num_cpus=1)
    cluster.wait_for_nodes()
    yield cluster
    cluster.shutdown()


def both_engines(inputs: Path, tmp_path: Path, cluster) -> tuple[Path, Path]:
    outs = []
    for engine in ("local", "ray"):
        out = tmp_path / f"out-{engine}"
        build([InputSpec(path=inputs)], out, BuildOptions(
            workers=2, engine=engine, ray_address=cluster.address if engine == "ray" else None,
            cache_dir=tmp_path / f"cache-{engine}"))
        outs.append(out)
    return outs[0], outs[1]


def test_same_manifest_and_articles_as_the_local_engine(tmp_path, cluster):
    inputs = tmp_path / "in"
    write_articles(inputs, range(40))
    dump = (DATA / "freedonia-dump.txt").read_text("utf-8")
    (inputs / "freedonia.txt").write_text(dump, "utf-8")
    (inputs / "freedonia-copy.txt").write_text(dump, "utf-8")  # exact duplicate
    paragraphs = article_text(7).split("\n\n")
    reprint = "\n\n".join(["Bridge closure: what we know", *paragraphs[1:-1], "Follow us for more local news."])
    (inputs / "reprint-of-7.txt").write_text(reprint + "\n", "utf-8")  # edited headline, trimmed, boilerplate
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (inputs / "short.txt").write_text("Headline\n\nToo short to be an article.\n", "utf-8")
    (inputs / "feed.jsonl").write_text('{"url": "https://a.example/1", "text": "' + "Body text. " * 40 + '"}\n'
                                       "not json at all\n", "utf-8")

    local, on_ray = both_engines(inputs, tmp_path, cluster)

    counts = read_manifest(local).counts
    assert counts.duplicates == 2 and counts.rejected == 4 and counts.kept == counts.inputs - 6
    assert digest(on_ray) == digest(local)  # manifest and every Parquet shard, byte for byte


def test_a_jsonl_file_shared_out_in_byte_ranges_gives_the_local_engines_corpus(tmp_path, cluster, monkeypatch):
    from newsquotes.corpus import byteranges

    inputs = tmp_path / "in"
    inputs.mkdir()
    lines = [json.dumps({"url": f"https://a.example/{n}", "text": article_text(n)}) for n in range(12)]
    lines[3:3] = ["", "not json", lines[5]]  # a blank line, a bad record and a repeated article
    (inputs / "feed.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    size = (inputs / "feed.jsonl").stat().st_size
    monkeypatch.setattr(byteranges, "RANGE_BYTES", size // 5)
    assert len(byteranges.ranges(inputs / "feed.jsonl", "feed.jsonl", None, 10**9)) >= 5
    local, on_ray = both_engines(inputs, tmp_path, cluster)
    assert digest(local) == digest(on_ray)
    assert read_manifest(on_ray).counts.model_dump() == {"inputs": 14, "kept": 12, "duplicates": 1, "rejected": 1}


def test_warc_files_shared_out_in_byte_ranges_give_the_local_engines_corpus(tmp_path, cluster, monkeypatch):
    from newsquotes.corpus import warcranges

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "crawl.warc").write_bytes(crawl_warc(range(150), compress=False))
    (inputs / "crawl.warc.gz").write_bytes(crawl_warc(range(150, 300), compress=True))
    cut = crawl_warc(range(300, 400), compress=True)
    (inputs / "cut-short.warc.gz").write_bytes(cut[: len(cut) - 500])
    monkeypatch.setattr(warcranges, "RANGE_BYTES", 8 << 10)
    assert len(warcranges.ranges(inputs / "crawl.warc.gz")) > 10
    on_ray = tmp_path / "out-ray"
    with files_opened_under(inputs) as opened:
        build([InputSpec(path=inputs)], on_ray, BuildOptions(workers=2, engine="ray", ray_address=cluster.address,
                                                            cache_dir=tmp_path / "cache-ray"))
    assert opened == []  # the workers found where each range's records start
    assert len(list((tmp_path / "cache-ray" / "ray-units").glob("*.parquet"))) > 30  # one file per range
    local = tmp_path / "out-local"
    build([InputSpec(path=inputs)], local, BuildOptions(workers=2, cache_dir=tmp_path / "cache-local"))
    assert digest(on_ray) == digest(local)
    entries = read_manifest(local).entries
    assert len(entries) == 400 and entries[-1].reason.startswith("truncated WARC record at byte")


def test_a_worker_killed_mid_build_loses_and_duplicates_nothing(tmp_path, cluster):
    inputs = tmp_path / "in"
    write_articles(inputs, range(600))
    killed: list[int] = []

    def kill_one_worker() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            for process in psutil.process_iter(["pid", "cmdline"]):
                if "ray::_process_block" in " ".join(process.info["cmdline"] or []):
                    os.kill(process.info["pid"], signal.SIGKILL)
                    killed.append(process.info["pid"])
                    return
            time.sleep(0.05)

    killer = threading.Thread(target=kill_one_worker)
    killer.start()
    out = tmp_path / "out-ray"
    report = build([InputSpec(path=inputs)], out, BuildOptions(workers=2, engine="ray", ray_address=cluster.address,
                                                               cache_dir=tmp_path / "cache-ray"))
    killer.join()
    assert killed, "a worker must have been killed during the build"
    assert report.manifest.counts.inputs == 600 and report.manifest.counts.kept == 600
    assert report.processed == 600
    local = tmp_path / "out-local"
    build([InputSpec(path=inputs)], local, BuildOptions(workers=2, cache_dir=tmp_path / "cache-local"))
    assert digest(out) == digest(local)
    shutil.rmtree(tmp_path / "cache-ray")


def test_the_time_limit_holds_in_ray_workers(tmp_path, cluster):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for n in range(4):  # long enough that no worker, however warm, processes one within the limit
        (inputs / f"long-{n}.txt").write_text("\n\n".join(article_text(100 * n + k) for k in range(200)))
    with pytest.raises(NothingKept) as failed:
        build([InputSpec(path=inputs)], tmp_path / "out", BuildOptions(
            workers=2, engine="ray", ray_address=cluster.address, timeout=0.001, cache_dir=tmp_path / "cache"))
    assert failed.value.report.timed_out == 4 and not (tmp_path / "out").exists()
    entries = read_manifest(failed.value.folder).entries
    assert [e.status for e in entries] == ["rejected"] * 4
    assert all(e.reason == "timed out: processing took longer than 0.001 s" for e in entries)


def test_the_driver_neither_reads_inputs_nor_writes_shards(tmp_path, cluster, monkeypatch):
    inputs = tmp_path / "in"
    write_articles(inputs, range(30))
    written_here: list[str] = []
    write_shard = storage.write_shard
    monkeypatch.setattr(storage, "write_shard", lambda folder, name, articles: (written_here.append(name),
                                                                                write_shard(folder, name, articles)))
    with files_opened_under(inputs) as opened:
        report = build([InputSpec(path=inputs)], tmp_path / "out", BuildOptions(
            workers=2, engine="ray", ray_address=cluster.address, cache_dir=tmp_path / "cache", rows_per_shard=8))
    assert report.manifest.counts.kept == 30 and len(report.manifest.shards) == 4
    assert opened == [] and written_here == []  # the workers read every input and wrote every shard


def test_a_rebuild_on_ray_reuses_the_workers_outcomes_and_processes_only_new_inputs(tmp_path, cluster):
    inputs = tmp_path / "in"
    write_articles(inputs, range(12))
    options = BuildOptions(workers=2, engine="ray", ray_address=cluster.address, cache_dir=tmp_path / "cache",
                           rows_per_shard=5)
    first = build([InputSpec(path=inputs)], tmp_path / "out", options)
    before = digest(tmp_path / "out")
    again = build([InputSpec(path=inputs)], tmp_path / "out", options)
    assert (first.processed, first.cached, again.processed, again.cached) == (12, 0, 0, 12)
    assert digest(tmp_path / "out") == before
    write_articles(inputs, range(12, 15))
    grown = build([InputSpec(path=inputs)], tmp_path / "out", options)
    assert (grown.processed, grown.cached) == (3, 12)
    build([InputSpec(path=inputs)], tmp_path / "local", BuildOptions(workers=2, cache_dir=tmp_path / "cache-local",
                                                                    rows_per_shard=5))
    assert digest(tmp_path / "out") == digest(tmp_path / "local")


@pytest.mark.fuzz
def test_killed_ray_driver_and_worker_never_damage_the_previous_corpus_and_a_rerun_is_identical(tmp_path, cluster):
    """The CI-size sample of benchmarks/fuzz.py's Ray kills: one driver kill, one worker kill then driver kill."""
    import fuzz_kills

    inputs = tmp_path / "news"
    fuzz_kills.write_inputs(inputs, range(64))
    reference, _ = fuzz_kills.reference_build(inputs, tmp_path, workers=2, in_process=True)
    result = fuzz_kills.kill_series(inputs, tmp_path, "ray", kills=2, seed=5, total=64, previous_count=12,
                                    reference=reference, address=cluster.address, cluster_root=os.getpid(),
                                    previous_in_process=True)
    assert result["problems"] == [] and result["rerun_identical"]
    assert result["modes"] == {"driver": 1, "worker": 1} and result["worker_processes_killed"] == 1


def test_candidate_pairs_from_the_cluster_are_those_of_the_band_index(cluster):
    import ray

    from newsquotes.corpus.dedup import BandIndex, DedupParams, signature
    from newsquotes.corpus.ray_dedup import candidate_pairs

    params = DedupParams()
    texts = [article_text(n % 5) + ("" if n < 5 else f"\n\nUpdate {n}: the council met again.") for n in range(12)]
    signatures = [(f"a{n}", signature(text, params)) for n, text in enumerate(texts)]
    index, expected = BandIndex(params), {}
    for position, (article_id, sig) in enumerate(signatures):
        found = {int(other[1:]) for other in index.query(sig)}
        if found:
            expected[position] = found
        index.insert(article_id, sig)
    ray.init(address=cluster.address, ignore_reinit_error=True)
    try:
        assert expected and candidate_pairs(ray, signatures, params) == expected
    finally:
        ray.shutdown()
