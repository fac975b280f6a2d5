"""Annotation <-> Label Studio regions, offline: UTF-16 offsets, relations, per-region answers, problems."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsquotes.labeling.config import check_config, label_config
from newsquotes.labeling.readback import from_results
from newsquotes.labeling.regions import Utf16, to_results
from newsquotes.models.registry import get_model
from newsquotes.schema import Span

from conftest import DATA


def utf16_units(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


@given(st.text(alphabet=st.sampled_from("ab é\u0301北京𠀋😀👩\u200d👧\n"), max_size=40))
def test_utf16_offsets_match_the_encoding_both_ways(text):
    offsets = Utf16(text)
    for index in range(len(text) + 1):
        units = offsets.to_units(index)
        assert units == utf16_units(text, index)
        assert offsets.to_index(units) == index


def test_an_offset_inside_a_surrogate_pair_is_refused():
    with pytest.raises(ValueError, match="inside the surrogate pair"):
        Utf16("a😀b").to_index(2)
    with pytest.raises(ValueError, match="outside the text"):
        Utf16("a😀b").to_index(5)


def region(region_id, label, text, start, end):
    value = {"start": utf16_units(text, start), "end": utf16_units(text, end), "text": text[start:end], "labels": [label]}
    return {"id": region_id, "from_name": "label", "to_name": "text", "type": "labels", "value": value}


def answer(region_id, control, given, text, start, end):
    key = "choices" if control in ("kind", "stance") else "text"
    value = {"start": utf16_units(text, start), "end": utf16_units(text, end), key: [given]}
    return {"id": region_id, "from_name": control, "to_name": "text",
            "type": "choices" if key == "choices" else "textarea", "value": value}


def relation(source, target, *labels):
    return {"from_id": source, "to_id": target, "type": "relation", "direction": "right", "labels": list(labels)}


TEXT = "😀 Ivan Petrov said “we will respond to Sylvania.” He was calm."


def convert(results, text=TEXT, sentences=None):
    sentences = sentences if sentences is not None else [Span(start=0, end=len(text))]
    return from_results(results, text, sentences, article_id="nq-x", annotator="annotator-1", text_sha256="h")


def spans(text, *pieces):
    return [(text.index(p), text.index(p) + len(p)) for p in pieces]


def test_bare_relations_are_read_from_the_labels_they_join_whichever_way_drawn():
    (person, said, quote, place) = spans(TEXT, "Ivan Petrov", "said", "we will respond to Sylvania.", "Sylvania")
    results = [
        region("p", "PERSON", TEXT, *person), answer("p", "canonical", "Ivan Petrov", TEXT, *person),
        region("s", "SPEAKER", TEXT, *person),
        region("c", "CUE", TEXT, *said),
        region("q", "QUOTE", TEXT, *quote), answer("q", "kind", "direct", TEXT, *quote),
        answer("q", "stance", "against", TEXT, *quote), answer("q", "stance_target", "Sylvania", TEXT, *quote),
        region("g", "GPE", TEXT, *place),
        relation("s", "q"),                  # drawn from speaker to quote, no label
        relation("s", "p", "refers_to"),     # the speaker's name comes from the mention
    ]
    converted = convert(results)
    assert converted.errors == [] and converted.warnings == []
    (quote_record,) = converted.annotation.quotes
    assert quote_record.text == "we will respond to Sylvania."
    assert (quote_record.kind, quote_record.speaker.text, quote_record.speaker_name) == ("direct", "Ivan Petrov", "Ivan Petrov")
    assert quote_record.cue.text == "said", "the CUE in the quote's sentence is taken without a relation"
    assert (quote_record.stance.label, quote_record.stance.target) == ("against", "Sylvania")
    assert [(e.label, e.text, e.entity) for e in converted.annotation.entities] == [
        ("PERSON", "Ivan Petrov", "Ivan Petrov"), ("GPE", "Sylvania", None)]


def test_problems_are_named_by_region():
    (quote, he) = spans(TEXT, "we will respond to Sylvania.", "He")
    results = [
        region("q", "QUOTE", TEXT, *quote),
        answer("gone", "kind", "direct", TEXT, *quote),
        relation("q", "deleted-speaker", "said_by"),
        region("h", "SPEAKER", TEXT, *he),
        region("x", "ANIMAL", TEXT, *he),
    ]
    converted = convert(results)
    assert converted.annotation is None
    joined = "\n".join(converted.errors)
    assert "points at region 'gone', which does not exist" in joined
    assert "points at region 'deleted-speaker', which does not exist" in joined
    assert "region 'x' has label 'ANIMAL'" in joined
    assert "quote region 'q'" in joined and "has no kind" in joined
    assert converted.warnings == ["SPEAKER region 'h' 'He' belongs to no quote; left out"]


def test_a_span_whose_text_does_not_match_is_an_error():
    stale = region("q", "QUOTE", TEXT, 2, 6)
    stale["value"]["text"] = "Petr"
    converted = convert([stale])
    assert converted.annotation is None
    assert "should cover 'Petr' but the task text there is 'Ivan'" in converted.errors[0]


def test_rules_predictions_survive_the_round_trip_and_fit_the_config(build_corpus, tmp_path):
    report = build_corpus(DATA / "freedonia-dump.txt")
    from newsquotes.corpus.storage import read_articles

    (article,) = read_articles(tmp_path / "out")
    predicted = get_model("rules").predict(article)
    results = to_results(predicted, article.text)
    assert check_config(label_config()).validate_prediction({"result": results}, return_errors=True) == []
    relations = [r for r in results if r["type"] == "relation"]
    # bare arrows: Label Studio draws a relation's labels over the text, so none are pushed
    assert relations and not any(r.get("labels") for r in relations)
    converted = convert(results, article.text, article.sentences)
    assert converted.errors == [] and converted.warnings == []
    without_ids = lambda a: ([e.model_dump(exclude={"id"}) for e in a.entities],  # noqa: E731
                             [q.model_dump(exclude={"id"}) for q in a.quotes])
    assert without_ids(converted.annotation) == without_ids(predicted)
    assert report.manifest.counts.kept == 1 and len(predicted.quotes) >= 5


def test_a_speaker_that_is_an_entity_mention_under_its_name_is_one_region_and_survives_the_round_trip():
    from newsquotes.schema import Annotation, Entity, Quote, TextSpan

    (person, said, quote, he) = spans(TEXT, "Ivan Petrov", "said", "we will respond to Sylvania.", "He")

    def piece(start, end):
        return {"start": start, "end": end, "text": TEXT[start:end]}

    def annotation(speaker, speaker_name):
        return Annotation(article_id="nq-x", annotator="annotator-1", text_sha256="h", entities=[
            Entity(id="e1", label="PERSON", entity="Ivan Petrov", **piece(*person)),
            Entity(id="e2", label="PERSON", **piece(*he))], quotes=[
            Quote(id="q1", kind="direct", cue=TextSpan(**piece(*said)), speaker=TextSpan(**piece(*speaker)),
                  speaker_name=speaker_name, **piece(*quote))])

    without_ids = lambda a: ([e.model_dump(exclude={"id"}) for e in a.entities],  # noqa: E731
                             [q.model_dump(exclude={"id"}) for q in a.quotes])
    cases = [(person, "Ivan Petrov", 0),  # the mention's canonical name: merged
             (he, "He", 0),  # a mention without a canonical name speaks under its text: merged
             (he, "Ivan Petrov", 1),  # another name: a SPEAKER region of its own
             (person, None, 1)]
    for speaker, speaker_name, speaker_regions in cases:
        given = annotation(speaker, speaker_name)
        results = to_results(given, TEXT)
        labels = [r["value"]["labels"][0] for r in results if r["type"] == "labels"]
        assert labels.count("SPEAKER") == speaker_regions, (speaker_name, labels)
        converted = convert(results)
        assert converted.errors == [] and converted.warnings == []
        assert without_ids(converted.annotation) == without_ids(given)


def test_the_record_is_written_as_the_validated_model_writes_it():
    """The conversion reads an export with plain checks and writes JSON without building models: the line is
    the one the validated model writes, free text of every kind included."""
    from newsquotes.schema import Annotation

    odd = "Zürich 🇨🇭 \x00\x1f\u2028 \"quoted\" \\ 北京 Z\u0327\r\nend"
    (person, said, quote) = spans(TEXT, "Ivan Petrov", "said", "we will respond to Sylvania.")
    results = [region("p", "PERSON", TEXT, *person), answer("p", "canonical", odd, TEXT, *person),
               region("c", "CUE", TEXT, *said),
               region("q", "QUOTE", TEXT, *quote), answer("q", "kind", "mixed", TEXT, *quote),
               answer("q", "stance", "favor", TEXT, *quote), answer("q", "stance_target", odd, TEXT, *quote),
               relation("q", "p")]
    converted = convert(results)
    assert converted.errors == [] and converted.warnings == []
    line = converted.json_line()
    assert line == converted.annotation.model_dump_json()
    assert Annotation.model_validate_json(line) == converted.annotation
    assert converted.annotation.quotes[0].stance.target == odd.strip()


def test_a_kind_or_stance_the_schema_lacks_is_named_in_the_schema_s_words():
    (quote,) = spans(TEXT, "we will respond to Sylvania.")
    for control, chosen, words in [("kind", "shouted", "Input should be 'direct', 'indirect' or 'mixed'"),
                                  ("stance", "sceptical", "Input should be 'favor', 'against' or 'neutral'")]:
        results = [region("q", "QUOTE", TEXT, *quote), answer("q", control, chosen, TEXT, *quote)]
        if control == "stance":
            results.append(answer("q", "kind", "direct", TEXT, *quote))
        converted = convert(results)
        assert converted.annotation is None and converted.record is None
        assert converted.errors == [f"quote region 'q' {TEXT[slice(*quote)][:40]!r}: {words}"], converted.errors
