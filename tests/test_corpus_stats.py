"""`corpus stats` reads the manifest as plain JSON: no model of each entry, and pyarrow only for the shards."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsquotes.corpus import stats, storage

ROOT = Path(__file__).resolve().parents[1]


def _corpus(folder: Path, entries: list[dict]) -> Path:
    folder.mkdir()
    manifest = {"counts": {"inputs": len(entries), "kept": sum(e["status"] == "kept" for e in entries),
                           "duplicates": sum(e["status"] == "duplicate" for e in entries),
                           "rejected": sum(e["status"] == "rejected" for e in entries)},
                "shards": ["articles/part-00000.parquet"], "entries": entries}
    (folder / storage.MANIFEST).write_text(json.dumps(manifest))
    return folder


def _run_then_list_heavy_imports(code: str) -> str:
    """What ``code`` prints in a fresh interpreter, then which of pyarrow, pydantic and the schema it imported."""
    code = f"import sys\n{code}\nprint(sorted(m for m in ('pyarrow', 'pydantic', 'newsquotes.schema') if m in sys.modules))"
    return subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
                          check=True, capture_output=True, text=True).stdout


def test_the_counts_need_neither_pyarrow_nor_the_schema_models(tmp_path):
    corpus = _corpus(tmp_path / "c", [{"input": "a.html", "status": "kept", "warning": "short"},
                                      {"input": "b.html", "status": "rejected", "reason": "too short: 3 characters"}])
    out = _run_then_list_heavy_imports("from rich.console import Console; from newsquotes.corpus import stats, storage; "
                                       f"manifest = storage.read_manifest_json({str(corpus)!r}); "
                                       "Console(width=80).print(stats.summary_table(manifest, 'c'))")
    assert "kept with a warning" in out and out.rstrip().endswith("[]"), out


def test_the_summary_of_the_model_and_of_its_json_agree(tmp_path):
    from newsquotes.schema import Manifest

    corpus = _corpus(tmp_path / "c", [{"input": "a.html", "status": "kept", "article_id": "nq-1", "warning": "w"},
                                      {"input": "b.html", "status": "duplicate", "article_id": "nq-1",
                                       "duplicate_of": "nq-1", "reason": "same URL or location as a.html"}])
    plain = storage.read_manifest_json(corpus)
    model = Manifest.model_validate({**plain, "pipeline_version": "x", "parameters": {}, "versions": {}})
    rows = [list(column.cells) for column in stats.summary_table(plain, corpus).columns]
    assert rows == [list(column.cells) for column in stats.summary_table(model, corpus).columns]


@pytest.mark.parametrize("text", ["[1, 2]", '{"counts": {}}'])
def test_a_manifest_that_is_not_one_is_named_with_what_it_lacks(tmp_path, text):
    (tmp_path / storage.MANIFEST).write_text(text)
    with pytest.raises(ValueError, match=r"manifest\.json: not a corpus manifest \(no .*entries\)"):
        storage.read_manifest_json(tmp_path)


def _built(folder: Path) -> Path:
    from newsquotes.corpus.build import BuildOptions, build, inputs_from_paths

    inputs = [ROOT / "tests" / "data" / "freedonia-dump.txt", ROOT / "tests" / "data" / "wikinews"]
    build(inputs_from_paths(inputs), folder, BuildOptions(workers=0, rows_per_shard=3, cache_dir=folder.parent / "cache"))
    return folder


def _tables(group) -> list[list[list[str]]]:
    return [[list(column.cells) for column in table.columns] for table in group.renderables]


def test_the_totals_a_build_records_are_those_its_shards_hold(tmp_path):
    corpus = _built(tmp_path / "c")
    manifest = storage.read_manifest_json(corpus)
    assert len(manifest["shards"]) > 1 and len(manifest["totals"]["sources"]) > 1
    assert manifest["totals"] == stats.shard_totals(corpus, manifest["shards"])
    assert sum(s["articles"] for s in manifest["totals"]["sources"].values()) == manifest["counts"]["kept"]
    older = {key: value for key, value in manifest.items() if key != "totals"}  # a manifest from before totals
    assert _tables(stats.detail_table(corpus, manifest)) == _tables(stats.detail_table(corpus, older))


def test_stats_of_a_corpus_with_totals_imports_neither_pyarrow_nor_pydantic(tmp_path):
    corpus = _built(tmp_path / "c")
    out = _run_then_list_heavy_imports(
        "from newsquotes.cli import app\n"
        f"sys.argv = ['newsquotes', 'corpus', 'stats', {str(corpus)!r}]\n"
        "try:\n    app()\nexcept SystemExit as end:\n    assert not end.code, end.code")
    assert "by source" in out and out.rstrip().endswith("[]"), out
