"""The outside set (benchmarks/outside): its shipped gold is what its hand-written files give, over its articles."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from newsquotes.annotations import read_annotations
from newsquotes.dataset import load_dataset
from newsquotes.gold.quotes import load_quotes
from newsquotes.gold.splits import read_splits

ROOT = Path(__file__).resolve().parents[1]
OUTSIDE = ROOT / "benchmarks" / "outside"


@pytest.fixture(scope="module")
def outside():
    spec = importlib.util.spec_from_file_location("outside_attribution", ROOT / "benchmarks" / "outside_attribution.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built(outside):
    return outside.gold_annotations()


def test_shipped_gold_is_what_the_hand_written_files_give(built):
    annotations, splits = built
    assert read_annotations(OUTSIDE / "gold" / "gold.jsonl") == annotations
    assert read_splits(OUTSIDE / "gold" / "splits.json") == splits


def test_every_page_has_its_article_and_quotes_and_one_half(outside, built):
    annotations, splits = built
    names = [page["name"] for page in outside.pages()]
    assert len(annotations) == len(names) == len(set(names))
    assert sorted(p.stem for p in (OUTSIDE / "gold" / "quotes").glob("*.toml")) == sorted(names)
    assert set(splits) == set(outside.HALVES)
    assert sorted(i for ids in splits.values() for i in ids) == sorted(a.article_id for a in annotations)
    for half in outside.HALVES:  # both sources in both halves, so each half reads on each
        sources = {a.source for a in load_dataset(OUTSIDE / "gold", OUTSIDE / "corpus", half).articles}
        assert sources == set(outside.SOURCES.values())


def test_speakers_are_written_in_their_articles_and_named_by_the_entity_layer(built, outside):
    annotations, _ = built
    articles = {a.id: a for a in load_dataset(OUTSIDE / "gold", OUTSIDE / "corpus").articles}
    for annotation in annotations:
        article = articles[annotation.article_id]
        printed = re.sub(r"[()\[\]]", "", article.text)  # with an editor's brackets: "(Frank) Vogel"
        quote_file = load_quotes(OUTSIDE / "gold" / "quotes" / f"{outside.page_name(article)}.toml", article)
        for quote in annotation.quotes:
            assert quote.speaker is None or quote.speaker_name, (article.id, quote.text)
            if quote.speaker_name:
                assert quote.speaker_name in printed or quote.speaker_name in quote_file.non_entity_speakers, \
                    (article.id, quote.speaker_name)
        # The entity layer names the speakers only and covers exactly the mentions it lists.
        (layer,) = [source for source in annotation.layers if source.layer == "entities"]
        assert [(s.start, s.end) for s in layer.covers] == [(e.start, e.end) for e in annotation.entities]
        speaker_names = {q.speaker_name for q in annotation.quotes}
        assert {e.entity for e in annotation.entities} <= speaker_names, article.id
