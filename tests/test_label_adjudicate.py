from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from annotation_builder import SENSITIVE, Text, write_folder
from newsquotes.annotations import read_annotations, write_annotations
from newsquotes.cli import app
from newsquotes.labeling.adjudicate import adjudicate, adjudicate_folder
from newsquotes.labeling.grouping import group_by_article
from newsquotes.schema import LayerSource

S = Text(SENSITIVE)
FIRST = "We take document security seriously"
LAPSES = "the combined security lapses raise serious questions"


def three_annotators():
    def first_quote(kind, stance, target, name="Sujata Raisinghani"):
        return S.quote(FIRST, kind, cue="said", speaker="she", name=name, stance=stance, target=target)

    return [
        S.annotation("A", entities=[S.entity("Paul Dewar", "PERSON", "Paul Dewar"), S.entity("Ottawa", "GPE"),
                                    S.entity("New Democrat", "NORP")],
                     quotes=[first_quote("direct", "neutral", "document security")]),
        S.annotation("B", entities=[S.entity("Paul Dewar", "PERSON", "Paul Dewar"), S.entity("Ottawa", "GPE"),
                                    S.entity("New Democrat", "ORG")],
                     quotes=[first_quote("direct", "neutral", "Document  security")]),
        S.annotation("C", entities=[S.entity("Paul Dewar", "PERSON", "Dewar")],
                     quotes=[first_quote("mixed", "against", "the government", name=None),
                             S.quote("refused to give any more details", "indirect", cue="refused", speaker="she")]),
    ]


def conflicts_about(result, item_start):
    return {c["field"]: c for c in result.conflicts if c["item"].startswith(item_start)}


def test_strict_majority_keeps_spans_and_decides_attributes():
    result = adjudicate(group_by_article(three_annotators()))
    (gold,) = result.gold
    assert gold.annotator == "gold" and gold.text_sha256 == S.sha256
    assert [(e.text, e.label, e.entity) for e in gold.entities] == [("Paul Dewar", "PERSON", "Paul Dewar"),
                                                                    ("Ottawa", "GPE", None)]
    (quote,) = gold.quotes  # C's "refused …" quote is 1 of 3
    assert (quote.text, quote.kind, quote.speaker.text, quote.speaker_name) == (FIRST, "direct", "she",
                                                                                "Sujata Raisinghani")
    assert (quote.cue.text, quote.stance.label, quote.stance.target) == ("said", "neutral", "document security")
    assert [(s.layer, s.produced_by) for s in gold.layers][0] == ("entities", "adjudicated from A, B, C")

    ottawa = conflicts_about(result, "entity GPE 'Ottawa'")["span"]
    assert ottawa["said"] == {"A": "GPE", "B": "GPE", "C": "—"}
    assert (ottawa["decision"], ottawa["reason"]) == ("kept", "majority: 2 of 3 marked it")
    norp = conflicts_about(result, "entity NORP 'New Democrat'")["span"]
    assert norp["said"] == {"A": "NORP", "B": "ORG", "C": "—"}  # what each said about those words
    assert (norp["decision"], norp["reason"]) == ("left out", "minority: 1 of 3 marked it")
    assert conflicts_about(result, "entity PERSON 'Paul Dewar'")["entity name"]["decision"] == "Paul Dewar"
    first = conflicts_about(result, f"quote {FIRST!r}")
    assert first["kind"]["said"] == {"A": "direct", "B": "direct", "C": "mixed"}
    assert first["kind"]["reason"] == "majority: 2 of 3"
    assert first["stance"]["decision"] == "neutral"
    assert "stance target" not in first  # the two neutral targets differ only in case and spacing
    assert first["speaker name"]["said"]["C"] == "—"
    refused = conflicts_about(result, "quote 'refused")["span"]
    assert refused["said"] == {"A": "—", "B": "—", "C": "marked it"} and refused["decision"] == "left out"
    assert all(c["article_id"] == S.article_id and c["resolved"] for c in result.conflicts)
    assert result.summary["unresolved"] == 0 and result.summary["conflicts"] == len(result.conflicts)


def two_annotators():
    return [
        S.annotation("ana", entities=[S.entity("Paul Dewar", "PERSON")],
                     quotes=[S.quote(LAPSES, "indirect", cue=("said", 2), speaker="Paul Dewar", stance="against",
                                     target="the government")]),
        S.annotation("ben", entities=[S.entity("Dewar", "PERSON")],
                     quotes=[S.quote(LAPSES, "mixed", cue=("said", 2), speaker="Dewar", stance="against",
                                     target="the Conservative government")]),
    ]


def test_with_two_annotators_the_reviewer_decides():
    result = adjudicate(group_by_article(two_annotators()), reviewer="ben")
    (gold,) = result.gold
    assert [e.text for e in gold.entities] == ["Dewar"]
    (quote,) = gold.quotes  # both marked the quote: kept, and ben settles every attribute they differ on
    assert (quote.kind, quote.speaker.text, quote.stance.target) == ("mixed", "Dewar", "the Conservative government")
    assert quote.cue.text == "said" and quote.cue.start == SENSITIVE.index("said", SENSITIVE.index("said") + 1)
    paul = conflicts_about(result, "entity PERSON 'Paul Dewar'")["span"]
    dewar, paul_dewar = S.span("Dewar"), S.span("Paul Dewar")
    assert paul["said"] == {"ana": "PERSON", "ben": f"PERSON 'Dewar' {dewar.start}:{dewar.end}"}  # a shorter span
    assert (paul["decision"], paul["reason"]) == ("left out", "tie 1 of 2: reviewer ben did not mark it")
    fields = conflicts_about(result, f"quote {LAPSES!r}")
    assert set(fields) == {"kind", "speaker", "stance target"}
    assert fields["kind"]["reason"] == "no majority: reviewer ben decides"
    assert fields["speaker"]["said"] == {"ana": f"'Paul Dewar' {paul_dewar.start}:{paul_dewar.end}",
                                         "ben": f"'Dewar' {dewar.start}:{dewar.end}"}
    assert all(c["resolved"] for c in result.conflicts)


def test_without_a_reviewer_ties_are_unresolved():
    result = adjudicate(group_by_article(two_annotators()))
    (gold,) = result.gold
    assert gold.entities == []  # each PERSON span is a 1-1 tie: left out
    (quote,) = gold.quotes
    assert quote.kind == "indirect"  # most frequent, tied: the annotator first in name order
    unresolved = [(c["item"].split(" ")[0], c["field"]) for c in result.conflicts if not c["resolved"]]
    assert unresolved == [("entity", "span"), ("entity", "span"), ("quote", "kind"), ("quote", "speaker"),
                          ("quote", "stance target")]
    assert result.summary["unresolved"] == 5


def test_an_article_with_one_annotator_keeps_its_labels():
    solo = Text("Baird said it was neither classified nor secret.", "nq-solo")
    annotation = solo.annotation("ana", entities=[solo.entity("Baird", "PERSON")],
                                 quotes=[solo.quote("it was neither classified nor secret", "indirect", cue="said",
                                                    speaker="Baird")])
    result = adjudicate(group_by_article([*two_annotators(), annotation]), reviewer="ana")
    gold = {g.article_id: g for g in result.gold}
    assert [e.text for e in gold["nq-solo"].entities] == ["Baird"]
    assert gold["nq-solo"].quotes[0].speaker.text == "Baird"
    assert result.summary["single_annotator_articles"] == ["nq-solo"]


def test_writes_gold_and_conflict_lists_next_to_it(tmp_path):
    folder = write_folder(tmp_path / "pulled", three_annotators())
    out = tmp_path / "gold" / "gold.jsonl"
    result, paths = adjudicate_folder(folder, out)
    (gold,) = read_annotations(out)
    assert gold == result.gold[0]
    assert {s.produced_by for s in gold.layers} == {"adjudicated from A, B, C"}
    listed = json.loads(paths["conflicts_json"].read_text(encoding="utf-8"))
    assert listed["conflicts"] == result.conflicts and listed["summary"]["conflicts"] == len(result.conflicts)
    markdown = paths["conflicts_markdown"].read_text(encoding="utf-8")
    assert paths["conflicts_markdown"] == tmp_path / "gold" / "gold.conflicts.md"
    assert f"| {S.article_id} | entity NORP 'New Democrat'" in markdown and "A: NORP<br>B: ORG<br>C: —" in markdown
    assert sorted(p.name for p in out.parent.iterdir()) == ["gold.conflicts.json", "gold.conflicts.md", "gold.jsonl"]


def test_gold_of_other_articles_is_kept(tmp_path):
    out = tmp_path / "gold.jsonl"
    other = Text("Baird said it was neither classified nor secret.", "nq-other").annotation("gold")
    stale = S.annotation("gold", entities=[S.entity("Ottawa", "LOC")])
    write_annotations(out, [other, stale])
    result, _ = adjudicate_folder(write_folder(tmp_path / "pulled", three_annotators()), out)
    assert read_annotations(out) == [other, result.gold[0]]  # replaced in place, the other article untouched
    assert (result.summary["replaced"], result.summary["kept_from_existing"]) == ([S.article_id], 1)


def test_failed_adjudication_leaves_existing_gold_alone(tmp_path):
    folder = write_folder(tmp_path / "pulled", three_annotators())
    out = tmp_path / "gold.jsonl"
    adjudicate_folder(folder, out)
    before = out.read_bytes()
    with pytest.raises(ValueError, match=r"unknown annotator 'zoe' for the reviewer; the annotators are A, B, C"):
        adjudicate_folder(folder, out, reviewer="zoe")
    assert out.read_bytes() == before


def test_bad_input_is_an_error_naming_the_cause(tmp_path):
    a, b = two_annotators()
    with pytest.raises(ValueError, match=r"article nq-sensitive: annotators 'ana' and 'ben' labelled different texts"):
        adjudicate(group_by_article([a, b.model_copy(update={"text_sha256": "f" * 64})]))
    with pytest.raises(ValueError, match="article nq-sensitive: annotator 'ana' annotated it more than once"):
        group_by_article([a, a])
    with pytest.raises(ValueError, match="annotator 'gold' is adjudicated gold"):
        group_by_article([a, a.model_copy(update={"annotator": "gold"})])
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match="holds no .jsonl annotation files"):
        adjudicate_folder(tmp_path / "empty", tmp_path / "gold.jsonl")
    assert not (tmp_path / "gold.jsonl").exists()


def test_cli_adjudicates_and_lists_conflicts(tmp_path):
    folder = write_folder(tmp_path / "pulled", two_annotators())
    out = tmp_path / "gold.jsonl"
    runner = CliRunner()
    result = runner.invoke(app, ["label", "adjudicate", str(folder), "--out", str(out), "--reviewer", "ben"])
    assert result.exit_code == 0, result.output
    assert "5 conflicts, 0 unresolved" in result.output and "reviewer ben" in result.output
    assert out.with_suffix(".conflicts.md").exists()
    assert [e.text for e in read_annotations(out)[0].entities] == ["Dewar"]
    refused = runner.invoke(app, ["label", "adjudicate", str(folder), "--out", str(out), "--reviewer", "zoe"])
    assert refused.exit_code == 2 and "unknown annotator 'zoe'" in refused.output


def test_layers_the_annotators_did_not_work_on_are_kept_from_the_gold(tmp_path):
    out = tmp_path / "gold.jsonl"
    entities = [S.entity("Paul Dewar", "PERSON", "Paul Dewar"), S.entity("Ottawa", "GPE")]
    derived = S.annotation("gold", entities=entities).model_copy(
        update={"layers": [LayerSource(layer="entities", produced_by="gum-derived")]})
    write_annotations(out, [derived])
    quote = S.quote(FIRST, "direct", cue="said", speaker="she", name="Sujata Raisinghani", stance="neutral",
                    target="document security")
    only_quotes = [S.annotation(name, quotes=[quote]) for name in ("A", "B")]
    adjudicate_folder(write_folder(tmp_path / "pulled", only_quotes), out)
    (merged,) = read_annotations(out)
    assert merged.entities == derived.entities  # not wiped by annotators who labelled quotes only
    assert [q.text for q in merged.quotes] == [FIRST]
    assert {s.layer: s.produced_by for s in merged.layers} == {
        "quotes": "adjudicated from A, B", "speakers": "adjudicated from A, B", "stance": "adjudicated from A, B",
        "entities": "gum-derived"}
    assert merged.problems(SENSITIVE) == []
