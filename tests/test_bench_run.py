"""The benchmark runner on the fixture article: suites, results JSON, hand-computed scores, bad input, leaderboard."""

from __future__ import annotations

import json
import math
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from newsquotes.annotations import read_annotations, write_annotations
from newsquotes.bench.leaderboard import read_rows, update_leaderboard
from newsquotes.bench import tasks
from newsquotes.bench.quotes import score_article, stance_scores
from newsquotes.bench.run import read_run, run_suite
from newsquotes.bench.tasks import TASKS
from newsquotes.bench.suites import load_suite
from newsquotes.cli import app
from newsquotes.corpus.build import InputSpec
from newsquotes.models.registry import get_model
from newsquotes.schema import BENCH_TASKS, STANCE_LABELS, BenchmarkRun

from annotation_builder import hand_gold, hand_predictions
from helpers import MARKETS, bench_error, one_right_one_missed, write_suite

DATA = Path(__file__).resolve().parent / "data"
SCHEMA = Path(__file__).resolve().parents[1] / "schemas" / "benchmark_run.schema.json"


@pytest.fixture
def scored(fixture_article, tmp_path):
    corpus, article = fixture_article
    gold = write_annotations(tmp_path / "gold" / "gold.jsonl", [hand_gold(article)])
    predictions = write_annotations(tmp_path / "hand.jsonl", [hand_predictions(article)])
    suite = write_suite(tmp_path, corpus, gold, ["rules", f"predictions:{predictions}"])
    return load_suite(str(suite)), article, predictions


def test_every_task_of_the_schema_is_one_registered_task():
    assert tuple(TASKS) == BENCH_TASKS
    for task in TASKS.values():
        assert task.leading in task.headline and task.title and task.note


def test_each_article_is_scored_once_per_model_for_quotes_speakers_and_stance(scored, monkeypatch):
    suite, article, _ = scored
    calls = []
    monkeypatch.setattr(tasks, "score_article", lambda *args: calls.append(args[1].article_id) or score_article(*args))
    run = run_suite(suite)
    assert calls == [article.id, article.id]  # two models, one article
    assert {r.task for r in run.results} == set(BENCH_TASKS)


def result(run: BenchmarkRun, task: str, model: str):
    (found,) = [r for r in run.results if r.task == task and r.model.name == model]
    return found


def test_scores_equal_hand_computed_ones_and_the_results_json_validates(scored, tmp_path):
    suite, article, predictions = scored
    runner = CliRunner()
    out = tmp_path / "run.json"
    done = runner.invoke(app, ["bench", "run", "--suite", str(tmp_path / "tiny.toml"), "--out", str(out),
                               "--leaderboard", str(tmp_path / "board" / "LEADERBOARD.md")])
    assert done.exit_code == 0, done.output
    assert "| `predictions:hand.jsonl` |" in (tmp_path / "board" / "LEADERBOARD.md").read_text()
    document = json.loads(out.read_text())
    jsonschema.validate(document, json.loads(SCHEMA.read_text()))
    run = read_run(out)
    hand = "predictions:hand.jsonl"

    ner = result(run, "ner", hand)
    # strict: Ivan Petrov correct, Sylvania incorrect (label), Marsovia missed, the agency spurious
    strict = ner.detail["strict"]["micro"]
    assert [strict[k] for k in ("correct", "incorrect", "partial", "missed", "spurious")] == [1, 1, 0, 1, 1]
    assert ner.headline["precision"].value == pytest.approx(1 / 3)
    assert ner.headline["recall"].value == pytest.approx(1 / 3)
    assert ner.headline["f1"].value == pytest.approx(1 / 3)
    # exact: Sylvania's span is right, so 2 of 3 either way
    assert ner.detail["exact"]["micro"]["f1"] == pytest.approx(2 / 3)

    quotes = result(run, "quotes", hand)
    assert {name: i.value for name, i in quotes.headline.items()} == pytest.approx(
        {"f1@0.3": 0.5, "f1@0.8": 0.5, "f1_exact": 0.5})
    assert quotes.detail["by_kind"]["direct"]["f1"] == pytest.approx(2 / 3)  # 1 of 1 gold, 1 of 2 predicted
    speakers = result(run, "speakers", hand)
    assert {name: i.value for name, i in speakers.headline.items()} == pytest.approx(
        {"pair_f1": 0.5, "pair_precision": 0.5, "pair_recall": 0.5, "accuracy": 1.0, "mention_accuracy": 1.0})
    assert list(speakers.headline)[0] == "pair_f1"  # the leading score comes first in every table
    stance = result(run, "stance", hand)
    assert stance.headline["accuracy"].value == 1.0 and stance.detail["n"] == 1
    # one article: every bootstrap sample is that article, so each interval is the point itself
    for item in (ner, quotes, speakers, stance):
        assert all(i.low == i.value == i.high for i in item.headline.values())
        assert [a.article_id for a in item.per_article] == [article.id]

    # the rules model predicts no stance, so stance is reported as not scored, with the reason
    assert [(s.task, s.model) for s in run.skipped] == [("stance", "rules")]
    assert "no gold quote with a stance" in run.skipped[0].reason
    assert run.predictions["rules"] == [get_model("rules").predict(article)]
    assert run.dataset.articles == [article.id] and len(run.dataset.fingerprint) == 64
    assert run.seed == 3 and run.bootstrap_samples == 200 and run.versions["newsquotes"]
    assert result(run, "ner", "rules").model.version == get_model("rules").version


def test_intervals_are_over_articles(tmp_path):
    """Two articles, one scored perfectly and one not at all: the interval spans both extremes."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "freedonia.txt").write_text((DATA / "freedonia-dump.txt").read_text("utf-8"), "utf-8")
    (tmp_path / "in" / "markets.txt").write_text(MARKETS, "utf-8")
    run, _, _ = one_right_one_missed(tmp_path, [InputSpec(path=tmp_path / "in")])
    f1 = run.results[0].headline["f1"]
    assert f1.value == pytest.approx(2 / 3)  # 1 correct, 2 gold, 1 predicted
    assert f1.low == 0.0 and f1.high == 1.0


def test_leaderboard_is_rewritten_not_appended(scored, tmp_path):
    suite, _, _ = scored
    board = tmp_path / "LEADERBOARD.md"
    first = run_suite(suite)
    update_leaderboard(first, board)
    second = run_suite(suite)
    update_leaderboard(second, board)
    text = board.read_text()
    ner_table = text.split("## Named entities")[1].split("## ")[0]
    assert ner_table.count("| `rules` |") == 1 and ner_table.count("| `predictions:hand.jsonl` |") == 1
    assert len(read_rows(board)) == len(second.results) == 7
    assert second.dataset.fingerprint[:12] in text and second.created_at[:10] in text
    assert "0.333 [0.333, 0.333]" in ner_table  # the hand predictions' strict P, R and F1


def test_scoring_another_gold_leaves_the_leaderboard_alone_unless_asked(scored, tmp_path):
    board = tmp_path / "board" / "LEADERBOARD.md"
    command = ["bench", "run", "--suite", str(tmp_path / "tiny.toml"), "--model", "rules", "--gold",
               str(tmp_path / "gold" / "gold.jsonl"), "--out", str(tmp_path / "r.json"), "--leaderboard", str(board)]
    assert CliRunner().invoke(app, command).exit_code == 0
    assert not board.exists()
    assert CliRunner().invoke(app, [*command, "--update-leaderboard"]).exit_code == 0
    assert "| `rules` |" in board.read_text() and "predictions:" not in board.read_text()


def test_predict_command_writes_one_checked_annotation_per_article(fixture_article, tmp_path):
    corpus, article = fixture_article
    out = tmp_path / "rules.jsonl"
    done = CliRunner().invoke(app, ["predict", "--model", "rules", "--corpus", str(corpus), "--out", str(out)])
    assert done.exit_code == 0, done.output
    (annotation,) = read_annotations(out)
    assert annotation == get_model("rules").predict(article)
    assert annotation.problems(article.text) == []


def test_bad_predictions_are_named_by_article_and_record(fixture_article, tmp_path):
    corpus, article = fixture_article
    gold = write_annotations(tmp_path / "gold.jsonl", [hand_gold(article)])
    outside = hand_predictions(article).model_dump()
    outside["entities"][0].update(start=len(article.text) - 2, end=len(article.text) + 5)
    (tmp_path / "outside.jsonl").write_text(json.dumps(outside) + "\n")
    message = bench_error(tmp_path, corpus, gold, [f"predictions:{tmp_path / 'outside.jsonl'}"])
    assert article.id in message and "entity p1" in message and "lies outside text" in message

    unknown = hand_predictions(article).model_dump()
    unknown["entities"][1]["label"] = "WEAPON"
    (tmp_path / "unknown.jsonl").write_text(json.dumps(unknown) + "\n")
    message = bench_error(tmp_path, corpus, gold, [f"predictions:{tmp_path / 'unknown.jsonl'}"])
    assert "unknown.jsonl, line 1" in message and "entities.1.label" in message

    stale = hand_predictions(article).model_copy(update={"text_sha256": "0" * 64})
    write_annotations(tmp_path / "stale.jsonl", [stale])
    message = bench_error(tmp_path, corpus, gold, [f"predictions:{tmp_path / 'stale.jsonl'}"])
    assert article.id in message and "another version of the text" in message

    other = hand_predictions(article).model_copy(update={"article_id": "nq-0000000000000000"})
    write_annotations(tmp_path / "other.jsonl", [other])
    message = bench_error(tmp_path, corpus, gold, [f"predictions:{tmp_path / 'other.jsonl'}"])
    assert f"no prediction for article {article.id}" in message


def test_bad_gold_is_an_error_not_a_zero(fixture_article, tmp_path):
    corpus, article = fixture_article
    (tmp_path / "empty.jsonl").write_text("")
    assert "holds no annotations" in bench_error(tmp_path, corpus, tmp_path / "empty.jsonl", ["rules"])

    stranger = hand_gold(article).model_copy(update={"article_id": "nq-0000000000000000"})
    gold = write_annotations(tmp_path / "stranger.jsonl", [stranger])
    message = bench_error(tmp_path, corpus, gold, ["rules"])
    assert "nq-0000000000000000" in message and "is not in the corpus" in message

    shifted = hand_gold(article).model_dump()
    shifted["quotes"][1]["start"] += 3
    (tmp_path / "shifted.jsonl").write_text(json.dumps(shifted) + "\n")
    message = bench_error(tmp_path, corpus, tmp_path / "shifted.jsonl", ["rules"])
    assert article.id in message and "quote q2" in message

    # a gold with quotes but no entities: NER is reported as not scored, not as F1 0
    quotes_only = write_annotations(tmp_path / "quotes.jsonl", [hand_gold(article).model_copy(update={"entities": []})])
    run = run_suite(load_suite(str(write_suite(tmp_path, corpus, quotes_only, ["rules"]))))
    assert ("ner", "rules", "the gold has no entities") in {(s.task, s.model, s.reason) for s in run.skipped}
    assert {r.task for r in run.results} == {"quotes", "speakers"}


def test_suites_name_their_errors(tmp_path):
    with pytest.raises(ValueError, match="no suite 'nope'"):
        load_suite("nope", tmp_path)
    (tmp_path / "bad.toml").write_text('gold = "g"\n[tasks]\nsentiment = ["rules"]\n')
    with pytest.raises(ValueError, match=r"bad.toml: tasks\.sentiment"):
        load_suite("bad", tmp_path)
    shipped = load_suite("shipped", Path(__file__).resolve().parents[1] / "benchmarks" / "suites")
    assert shipped.split == "test" and set(shipped.tasks) == {"ner", "quotes", "speakers", "stance"}
    assert "stance:tfidf-logreg" in shipped.tasks["stance"] and "rules" in shipped.tasks["ner"]
    mine = shipped.with_overrides(models=["rules"], gold=Path("mine.jsonl"))
    assert mine.split is None and all(models == ["rules"] for models in mine.tasks.values())
    baseline = shipped.with_overrides(models=["rules", "stance:majority"])
    assert baseline.tasks["stance"] == ["rules", "stance:majority"] and baseline.tasks["ner"] == ["rules"]
    assert list(shipped.with_overrides(models=["stance:majority"]).tasks) == ["stance"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.tuples(st.sampled_from(STANCE_LABELS), st.sampled_from(STANCE_LABELS)), max_size=4),
                min_size=1, max_size=6))
def test_stance_headline_metrics_agree_with_stance_scores(articles):
    """The fast confusion-matrix metrics the bootstrap uses give scikit-learn's numbers exactly."""
    per_article = [{"pairs": [list(pair) for pair in pairs]} for pairs in articles]
    expected = stance_scores([pair for pairs in articles for pair in pairs])
    for name, metric in TASKS["stance"].headline.items():
        if expected["n"]:
            assert metric(per_article) == pytest.approx(expected[name], abs=1e-12)
        else:  # undefined for want of pairs, in both
            assert math.isnan(metric(per_article))


def test_undefined_scores_are_none_not_zero(fixture_article, tmp_path):
    """No predicted quote matches a gold one: speaker accuracy is undefined, the pair scores are zero."""
    corpus, article = fixture_article
    gold = write_annotations(tmp_path / "gold.jsonl", [hand_gold(article)])
    stray = hand_predictions(article).model_copy(update={"quotes": hand_predictions(article).quotes[1:]})
    predictions = write_annotations(tmp_path / "stray.jsonl", [stray])
    run = run_suite(load_suite(str(write_suite(tmp_path, corpus, gold, [f"predictions:{predictions}"]))))
    speakers = result(run, "speakers", "predictions:stray.jsonl")
    assert speakers.headline["accuracy"].model_dump() == {"value": None, "low": None, "high": None}
    assert speakers.headline["pair_f1"].value == 0.0
    board = update_leaderboard(run, tmp_path / "LEADERBOARD.md").read_text()
    assert "| " + " | ".join(["0.000 [0.000, 0.000]"] * 3 + ["n/a [n/a, n/a]"] * 2) + " |" in board
    assert BenchmarkRun.model_validate_json(run.model_dump_json()) == run


def test_scores_are_broken_down_by_source(tmp_path):
    """Articles of two sources: every headline number also per source, in the results and the leaderboard."""
    for name, text in (("wire", (DATA / "freedonia-dump.txt").read_text("utf-8")), ("markets", MARKETS)):
        (tmp_path / "in" / name).mkdir(parents=True)
        (tmp_path / "in" / name / f"{name}.txt").write_text(text, "utf-8")
    run, articles, gold = one_right_one_missed(tmp_path, [InputSpec(path=tmp_path / "in" / name)
                                                          for name in ("wire", "markets")])
    assert {a.source for a in articles} == {"wire", "markets"}  # unnamed sources take their input folder's name
    (ner,) = run.results
    assert run.dataset.sources == [a.source for a in articles]
    by_source = {s: n["f1"].value for s, n in ner.by_source.items()}
    perfect = next(a.source for a in articles if a.id == gold[0].article_id)
    other = ({"wire", "markets"} - {perfect}).pop()
    assert by_source == {perfect: 1.0, other: 0.0}
    board = update_leaderboard(run, tmp_path / "LEADERBOARD.md").read_text("utf-8")
    assert "By source:" in board and f"| {perfect} | 1.000" in board


def test_stance_accuracy_per_canonical_target():
    from newsquotes.bench.tasks import stance_per_target

    per_article = [{"pairs": [["favor", "favor"]] * 4 + [["against", "favor"]], "targets": ["the plan"] * 5},
                   {"pairs": [["neutral", "neutral"]] * 2, "targets": ["the vote"] * 2},
                   {"pairs": [["favor", "against"]]}]  # a cross-validated baseline's counts carry no targets
    assert stance_per_target(per_article) == {"the plan": {"quotes": 5, "accuracy": 0.8}}
