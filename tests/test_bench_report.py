"""Comparing runs (paired randomization over articles) and the self-contained HTML report."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsquotes.annotations import write_annotations
from newsquotes.cli import common as cli_common
from newsquotes.bench.compare import compare_runs
from newsquotes.bench.report import render_report
from newsquotes.bench.run import read_run, run_suite, write_run
from newsquotes.bench.suites import Suite
from newsquotes.cli import app
from newsquotes.corpus.build import BuildOptions, InputSpec, build
from newsquotes.corpus.storage import read_articles
from newsquotes.models.registry import get_model
from newsquotes.schema import Annotation, LayerSource, Span
from annotation_builder import entity, hand_gold, hand_predictions, quote
from conftest import DATA
from helpers import MARKETS

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wikinews(tmp_path_factory):
    """The 24 shipped Wikinews articles; gold is the rules model's output, so one model can be perfect."""
    folder = tmp_path_factory.mktemp("wikinews")
    build([InputSpec(path=ROOT / "corpus" / "raw" / "wikinews")], folder / "corpus",
          BuildOptions(workers=0, cache_dir=folder / "cache"))
    articles = list(read_articles(folder / "corpus"))
    rules = get_model("rules")
    gold = [rules.predict(a).model_copy(update={"annotator": "gold"}) for a in articles]
    worse = [g.model_copy(update={"annotator": "model:worse", "entities": g.entities[::2], "quotes": g.quotes[::2]})
             for g in gold]
    write_annotations(folder / "gold.jsonl", gold)
    write_annotations(folder / "perfect.jsonl", gold)
    write_annotations(folder / "worse.jsonl", worse)
    suite = Suite(name="wikinews", gold=folder / "gold.jsonl", corpus=folder / "corpus", bootstrap_samples=50,
                  tasks={task: [f"predictions:{folder / 'perfect.jsonl'}", f"predictions:{folder / 'worse.jsonl'}"]
                         for task in ("ner", "quotes", "speakers")})
    return folder, suite, write_run(run_suite(suite), folder / "run.json")


@pytest.mark.slow
def test_a_run_compared_with_itself_gives_p_1(wikinews, monkeypatch):
    _, _, path = wikinews
    monkeypatch.setattr(cli_common.console, "width", 200)
    done = CliRunner().invoke(app, ["bench", "compare", str(path), str(path), "--samples", "200"])
    assert done.exit_code == 0, done.output
    titles = [line for line in done.output.splitlines() if line.startswith("A = predictions:")]
    assert len(titles) == 2  # each model against itself
    rows = [line for line in done.output.splitlines() if line.startswith("│")]
    assert len(rows) == 2 * (3 + 3 + 5)  # on every headline metric
    assert all(line.rstrip(" │|").endswith("1.0000") and "+0.000" in line for line in rows)


@pytest.mark.slow
def test_a_clearly_better_model_gets_a_small_p(wikinews):
    _, _, path = wikinews
    run = read_run(path)
    rows = compare_runs(run, run, model_a="predictions:perfect.jsonl", model_b="predictions:worse.jsonl", samples=500)
    by_metric = {(r.task, r.metric): r for r in rows}
    for key in [("ner", "recall"), ("ner", "f1"), ("quotes", "f1@0.3"), ("speakers", "pair_recall")]:
        assert by_metric[key].delta < -0.2 and by_metric[key].p_value < 0.01, key
    assert by_metric[("ner", "f1")].a == by_metric[("quotes", "f1@0.3")].a == 1.0
    # dropping predictions does not make the rest wrong: precision is 1 on both sides, nothing to test
    assert by_metric[("ner", "precision")].delta == 0 and by_metric[("ner", "precision")].p_value == 1.0


def test_runs_on_different_data_are_not_compared(wikinews, tmp_path):
    folder, suite, path = wikinews
    half = sorted(read_run(path).dataset.articles)[:12]
    (folder / "splits.json").write_text(json.dumps({"test": half}))
    other = write_run(run_suite(suite.model_copy(update={"split": "test"})), tmp_path / "half.json")
    assert read_run(other).dataset.articles == half
    done = CliRunner().invoke(app, ["bench", "compare", str(path), str(other)])
    assert done.exit_code == 2 and "different data" in done.output


@pytest.fixture
def reported(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "freedonia.txt").write_text((DATA / "freedonia-dump.txt").read_text("utf-8"), "utf-8")
    (inputs / "markets.txt").write_text(MARKETS, "utf-8")
    corpus = tmp_path / "corpus"
    build([InputSpec(path=inputs)], corpus, BuildOptions(workers=0, cache_dir=tmp_path / "cache"))
    freedonia, markets = sorted(read_articles(corpus), key=lambda a: "AT&T" in a.text)
    pleased = "We are pleased with the quarter & the outlook"
    markets_gold = Annotation(article_id=markets.id, annotator="gold", text_sha256=markets.text_sha256, entities=[
        entity(markets, "e1", "AT&T", "ORG"), entity(markets, "e2", "Paul Green", "PERSON")],
        quotes=[quote(markets, "q1", pleased, "direct", "Paul Green", "Paul Green")])
    markets_predicted = Annotation(
        article_id=markets.id, annotator="model:hand", text_sha256=markets.text_sha256,
        entities=[entity(markets, "p1", "AT&T", "ORG"), entity(markets, "p2", "Paul", "PERSON")],
        quotes=[quote(markets, "r1", pleased, "direct", "investors", "<script>alert(1)</script>")])
    gold = write_annotations(tmp_path / "gold.jsonl", [hand_gold(freedonia), markets_gold])
    predictions = write_annotations(tmp_path / "hand.jsonl", [hand_predictions(freedonia), markets_predicted])
    suite = Suite(name="report", gold=gold, corpus=corpus, bootstrap_samples=30,
                  tasks={t: [f"predictions:{predictions}"] for t in ("ner", "quotes", "speakers")})
    run = write_run(run_suite(suite), tmp_path / "run.json")
    return run, gold, [freedonia, markets]


def texts_of(page: str) -> list[str]:
    """The plain text of each marked-up article column, as a reader sees it without the label tags."""
    columns = re.findall(r'<div class="text">(.*?)</div>', page, flags=re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", re.sub(r'<sub class="tag">.*?</sub>', "", c))) for c in columns]


def test_report_is_one_escaped_self_contained_page_with_every_error_class(reported, tmp_path):
    run, _, articles = reported
    out = tmp_path / "report.html"
    done = CliRunner().invoke(app, ["bench", "report", str(run), "--out", str(out)])
    assert done.exit_code == 0, done.output
    page = out.read_text("utf-8")
    # gold and predicted columns of each article give back its exact text, so every character was escaped
    assert texts_of(page) == [a.text for a in sorted(articles, key=lambda a: a.id) for _ in ("gold", "predicted")]
    assert "AT&amp;T" in page and "&lt;expectations&gt;" in page and "<expectations>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script" not in page
    assert not re.search(r"(src|href)=", page) and "<link" not in page
    for mark in ["entity entity-missed", "entity entity-spurious", "entity entity-wrong-label", "entity entity-boundary",
                 "entity entity-correct", "quote quote-missed", "quote quote-spurious", "quote quote-wrong-speaker",
                 "quote quote-correct"]:
        assert f'class="{mark}' in page, mark
    assert page.count("<svg") == 3 + 3  # headline charts of three tasks; per label of NER, per kind of quotes, per speaker form
    # the freedonia article: Marsovia missed, the agency spurious, Sylvania's label wrong, NOTE missed
    freedonia = page.split(articles[0].id)[1].split("</details>")[0]
    assert ("entities correct 1, wrong-label 1, boundary 0, missed 1, spurious 1, outside 0; "
            "quotes correct 1, wrong-speaker 0, missed 1, spurious 1") in " ".join(freedonia.split())


def test_report_refuses_data_that_changed_since_the_run(reported):
    run, gold, articles = reported
    write_annotations(gold, [hand_gold(articles[0])])
    with pytest.raises(ValueError, match="not the data this run scored"):
        render_report(read_run(run))


def page_counts(page: str, what: str) -> dict[str, int]:
    """The report's totals over all articles for ``what`` (entities or quotes)."""
    line = re.search(r"<p>Over all articles: (.*?)</p>", page).group(1)
    part = re.search(rf"{what} ((?:[a-z-]+ \d+(?:, )?)+)", line).group(1)
    return {name: int(n) for name, n in re.findall(r"([a-z-]+) (\d+)", part)}


def test_report_counts_are_the_scorers_counts(tmp_path, build_corpus):
    """Gold covering part of the text, predictions inside and outside it: the page counts what the scorer counted."""
    corpus = tmp_path / "corpus"
    build_corpus(DATA / "freedonia-dump.txt", out=corpus)
    (article,) = read_articles(corpus)
    covered = article.text.index("He said that")  # the gold's entities cover the first paragraphs only
    gold = hand_gold(article)
    gold = gold.model_copy(update={"entities": [e for e in gold.entities if e.end <= covered], "layers": [
        LayerSource(layer="entities", produced_by="test", covers=[Span(start=0, end=covered)])]})
    predicted = hand_predictions(article).model_copy(update={"entities": [
        entity(article, "p1", "Ivan Petrov", "PERSON"),
        entity(article, "p2", "Freedonia’s Deputy", "GPE"),  # overlaps no gold entity: spurious
        entity(article, "p3", "in Marsovia", "ORG"),  # overlaps the gold GPE: incorrect, not spurious
        entity(article, "p4", "Sylvania", "ORG"),  # the gold's GPE span, with another label
        entity(article, "p5", "Freedonia News Agency", "ORG", after="According"),  # outside the coverage
        entity(article, "p6", "Sylvania’s embassy", "FAC"),  # outside the coverage
    ]})
    gold_file = write_annotations(tmp_path / "gold.jsonl", [gold])
    predictions = write_annotations(tmp_path / "mine.jsonl", [predicted])
    suite = Suite(name="coverage", gold=gold_file, corpus=corpus, bootstrap_samples=20,
                  tasks={t: [f"predictions:{predictions}"] for t in ("ner", "quotes")})
    run = run_suite(suite)
    page = render_report(run)
    strict = next(r for r in run.results if r.task == "ner").detail["strict"]["micro"]
    shown = page_counts(page, "entities")
    assert shown["correct"] == strict["correct"] and shown["missed"] == strict["missed"]
    assert shown["wrong-label"] + shown["boundary"] == strict["incorrect"]
    assert shown["spurious"] == strict["spurious"]
    assert shown["outside"] == 2  # neither right nor wrong, and so in no count of the scorer's
    assert (shown["boundary"], shown["wrong-label"], shown["spurious"]) == (1, 1, 1)
    quotes = next(r for r in run.results if r.task == "quotes").detail["overlap_0.3"]
    shown = page_counts(page, "quotes")
    assert shown["spurious"] == quotes["predicted"] - quotes["tp"] and shown["missed"] == quotes["gold"] - quotes["tp"]
    assert 'class="entity entity-outside"' in page


def test_labels_with_nothing_to_score_are_na_not_zero(reported):
    run_path, _, _ = reported
    run = read_run(run_path)
    ner = next(r for r in run.results if r.task == "ner")
    event = ner.detail["strict"]["per_label"]["EVENT"]  # in neither gold nor predictions
    assert (event["possible"], event["actual"], event["f1"], event["precision"]) == (0, 0, None, None)
    assert ner.detail["strict"]["per_label"]["GPE"]["f1"] == 0.0  # in the gold, never found: a real 0
    mixed = next(r for r in run.results if r.task == "quotes").detail["by_kind"]["mixed"]
    assert (mixed["gold"], mixed["predicted"], mixed["f1"]) == (0, 0, None)
    page = render_report(run)
    chart = page.split('aria-label="F1 per label"')[1].split("</svg>")[0]
    assert re.search(r">EVENT</text>\s*<text[^>]*>n/a", chart)
    assert re.search(r">GPE</text>.*?0.000 \[0.000, 0.000\]", chart, flags=re.S)  # a real 0 stays 0
