from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pytest
from pydantic import ValidationError

from newsquotes.schema import (ANNOTATION_SCHEMA, ARTICLE_SCHEMA, Annotation, Article, Entity, Quote, Span, Stance,
                               TextSpan, json_schemas)

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"


def test_schema_files_match_the_schema_module():
    expected = json_schemas()
    on_disk = {p.name.removesuffix(".schema.json"): json.loads(p.read_text()) for p in SCHEMAS.glob("*.schema.json")}
    assert on_disk == expected, "schemas/ drifted from newsquotes.schema: run `newsquotes schema export schemas`"


def test_arrow_schemas_follow_the_records():
    assert ARTICLE_SCHEMA.names == list(Article.model_fields)
    assert ANNOTATION_SCHEMA.names == list(Annotation.model_fields)
    assert ARTICLE_SCHEMA.field("paragraphs").type == pa.list_(pa.struct([pa.field("start", pa.int64(), False),
                                                                         pa.field("end", pa.int64(), False)]))
    assert ARTICLE_SCHEMA.field("url").nullable and not ARTICLE_SCHEMA.field("text").nullable


def make_annotation(text: str) -> Annotation:
    return Annotation(
        article_id="nq-1", annotator="gold", text_sha256="x",
        entities=[Entity(id="e1", start=0, end=6, text=text[0:6], label="PERSON", entity="Petrov")],
        quotes=[Quote(id="q1", start=17, end=35, text=text[17:35], kind="direct",
                      cue=TextSpan(start=7, end=12, text=text[7:12]), speaker=TextSpan(start=0, end=6, text="Petrov"),
                      speaker_name="Ivan Petrov", stance=Stance(label="against", target="Sylvania"))],
    )


def test_annotation_round_trips_through_arrow_and_checks_against_text():
    text = "Petrov said that “we will respond.” to Sylvania"
    annotation = make_annotation(text)
    table = pa.Table.from_pylist([annotation.model_dump()], schema=ANNOTATION_SCHEMA)
    assert Annotation.model_validate(table.to_pylist()[0]) == annotation
    assert annotation.problems(text) == []
    shifted = "X" + text
    problems = annotation.problems(shifted)
    assert any("entity e1 0:6 covers 'XPetro'" in p for p in problems)
    assert any(p.startswith("quote q1 cue") for p in problems)


def test_records_refuse_bad_values():
    with pytest.raises(ValidationError, match="before its start"):
        Span(start=5, end=2)
    with pytest.raises(ValidationError):
        Entity(id="e", start=0, end=1, text="x", label="ANIMAL")
    with pytest.raises(ValidationError):
        Stance(label="positive")
    with pytest.raises(ValidationError, match="outside text"):
        Article(id="a", text="short", paragraphs=[Span(start=0, end=50)], sentences=[],
                provenance={"input": "a", "reader": "text", "raw_sha256": "x"}, text_sha256="x", cluster_id="a",
                pipeline_version="v")
