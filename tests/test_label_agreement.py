from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import cohen_kappa_score
from typer.testing import CliRunner

from annotation_builder import SENSITIVE, Text, write_folder
from newsquotes.cli import app
from newsquotes.labeling.agreement import agreement, folder_agreement, krippendorff_alpha
from newsquotes.labeling.grouping import group_by_article

# From "Warhol's photo legacy spread by university exhibits" (Wikinews, CC BY 2.5), shortened.
WARHOL = ('"It\'s Warhol. He is a legend." "I thought that in real life it was really kind of magical," Allton said. '
          '"I smacked them around." "He wanted to be rich and famous and he made lots of choices to go that way", '
          "Wilkins said.")
WARHOL_QUOTES = ["It's Warhol. He is a legend.", "I thought that in real life it was really kind of magical",
                 "I smacked them around.", "He wanted to be rich and famous and he made lots of choices to go that way"]


def two_annotators():
    """Annotators A and B on two articles, plus an article only A labelled."""
    s, w = Text(SENSITIVE), Text(WARHOL, "nq-warhol")
    lapses = "the combined security lapses raise serious questions"
    a = [
        s.annotation("A", entities=[s.entity("Paul Dewar", "PERSON"), s.entity("Ottawa", "GPE"),
                                    s.entity("New Democrat", "NORP")],
                     quotes=[s.quote("We take document security seriously", cue="said", speaker="she",
                                     stance="neutral"),
                             s.quote(lapses, "indirect", cue=("said", 2), speaker="Paul Dewar", stance="against")]),
        w.annotation("A", quotes=[w.quote(q, stance=label)
                                  for q, label in zip(WARHOL_QUOTES, ["favor", "favor", "against", "neutral"])]),
        Text("Solo text.", "nq-solo").annotation("A"),
    ]
    b = [
        s.annotation("B", entities=[s.entity("Dewar", "PERSON"), s.entity("Ottawa", "GPE"),
                                    s.entity("New Democrat", "ORG")],
                     quotes=[s.quote("We take document security seriously", cue="said", speaker="she", stance="favor"),
                             s.quote(lapses + " about the government's ability to secure sensitive documents",
                                     "indirect", cue=("said", 2), speaker="Dewar", stance="against"),
                             s.quote("refused to give any more details", "indirect", cue="refused", speaker="she")]),
        w.annotation("B", quotes=[w.quote(q, stance=label)
                                  for q, label in zip(WARHOL_QUOTES, ["favor", "against", "against", "neutral"])]),
    ]
    return group_by_article(a + b)


def test_agreement_numbers_worked_out_by_hand():
    result = agreement(two_annotators())
    assert result["annotators"] == ["A", "B"]
    assert result["articles_compared"] == ["nq-sensitive", "nq-warhol"]
    assert result["skipped"] == [{"article_id": "nq-solo", "annotators": ["A"],
                                  "reason": "labelled by one annotator only"}]
    spans = result["spans"]

    def f1(label, mode):
        return spans[label][mode]["f1"]

    # PERSON: "Paul Dewar" vs "Dewar": no exact match, one overlap; 2 spans marked -> 0/2, 2*1/2.
    assert (f1("PERSON", "exact"), f1("PERSON", "overlap")) == (0.0, 1.0)
    assert f1("GPE", "exact") == f1("GPE", "overlap") == 1.0  # "Ottawa" by both
    # "New Democrat": NORP by A, ORG by B: per label one span marked and none matched.
    assert spans["NORP"]["exact"] == {"f1": 0.0, "matched": 0, "marked": 1}
    assert spans["ORG"]["overlap"] == {"f1": 0.0, "matched": 0, "marked": 1}
    assert spans["LOC"]["exact"] == {"f1": None, "matched": 0, "marked": 0}  # nobody used LOC
    # QUOTE: sensitive: A has 2, B 3; the first is identical, A's "lapses" clause overlaps B's longer one.
    # warhol: 4 identical quotes each. exact = 1 + 4 = 5, overlap = 2 + 4 = 6, marked = 5 + 8 = 13.
    assert spans["QUOTE"]["exact"] == {"f1": pytest.approx(10 / 13), "matched": 5, "marked": 13}
    assert spans["QUOTE"]["overlap"] == {"f1": pytest.approx(12 / 13), "matched": 6, "marked": 13}
    # SPEAKER: A {she, Paul Dewar}, B {she, Dewar} ("she" of B's two quotes counts once):
    # exact 1, overlap 2, marked 4 -> 2/4 and 4/4.
    assert (f1("SPEAKER", "exact"), f1("SPEAKER", "overlap")) == (0.5, 1.0)
    # CUE: A {said, said#2}, B {said, said#2, refused}: matched 2 of 5 marked -> 4/5 either way.
    assert f1("CUE", "exact") == f1("CUE", "overlap") == pytest.approx(0.8)
    # said_by: A {(q1, she), (lapses, Paul Dewar)}, B {(q1, she), (lapses…documents, Dewar), (refused…, she)}:
    # exact 1 (q1), overlap 2 (both quote and speaker spans overlap), marked 5 -> 2/5 and 4/5.
    assert result["said_by"]["exact"]["f1"] == pytest.approx(0.4)
    assert result["said_by"]["overlap"]["f1"] == pytest.approx(0.8)
    # Stance units both labelled (same quote offsets): q1 (neutral/favor) and the 4 Warhol quotes:
    # A = neutral, favor, favor, against, neutral;  B = favor, favor, against, against, neutral.
    # p_o = 3/5; A's marginals n2 f2 a1, B's f2 a2 n1: p_e = (2*1 + 2*2 + 1*2)/25 = 8/25;
    # kappa = (0.6 - 0.32) / (1 - 0.32) = 0.28 / 0.68.
    stance = result["stance"]
    assert stance["statistic"] == "cohen_kappa"
    assert stance["units"] == 5
    assert stance["observed_agreement"] == pytest.approx(0.6)
    assert stance["value"] == pytest.approx(0.28 / 0.68)
    assert stance["value"] == pytest.approx(cohen_kappa_score(["neutral", "favor", "favor", "against", "neutral"],
                                                              ["favor", "favor", "against", "against", "neutral"]))
    (pair,) = result["pairs"]
    assert pair["annotators"] == ["A", "B"] and pair["articles"] == 2
    assert pair["spans"]["QUOTE"] == spans["QUOTE"]
    assert pair["stance"]["kappa"] == pytest.approx(stance["value"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["favor", "against", "neutral"]),
                          st.sampled_from(["favor", "against", "neutral"])), min_size=2, max_size=12))
def test_stance_kappa_is_sklearns(labels):
    text = Text(" ".join(f'"quote {i}" said Someone.' for i in range(len(labels))), "nq-many")
    first = text.annotation("A", quotes=[text.quote(f"quote {i}", stance=a) for i, (a, _) in enumerate(labels)])
    second = text.annotation("B", quotes=[text.quote(f"quote {i}", stance=b) for i, (_, b) in enumerate(labels)])
    value = agreement(group_by_article([first, second]))["stance"]["value"]
    left, right = [a for a, _ in labels], [b for _, b in labels]
    if len(set(left) | set(right)) < 2:
        assert value is None  # one label everywhere: chance agreement is 1 and kappa is 0/0
    else:
        assert value == pytest.approx(cohen_kappa_score(left, right))


def test_alpha_on_krippendorffs_textbook_example():
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
    # twelve units, values 1-5 with missing data; nominal alpha = 0.743.
    rows = {"A": "1 2 3 3 2 1 4 1 2 . . .", "B": "1 2 3 3 2 2 4 1 2 5 . 3",
            "C": ". 3 3 3 2 3 4 2 2 5 1 .", "D": "1 2 3 3 2 4 4 1 2 5 1 ."}
    units = [{coder: values.split()[u] for coder, values in rows.items() if values.split()[u] != "."}
             for u in range(12)]
    assert krippendorff_alpha(units) == pytest.approx(0.743, abs=5e-4)


def test_three_annotators_use_krippendorffs_alpha():
    s = Text(SENSITIVE)
    first, second = "We take document security seriously", "the combined security lapses raise serious questions"
    third = "refused to give any more details"

    def by(name, labels):
        return s.annotation(name, quotes=[s.quote(q, stance=label) for q, label in zip([first, second, third], labels)
                                          if label])

    grouped = group_by_article([by("A", ["favor", "neutral", "against"]), by("B", ["favor", "neutral", "against"]),
                                by("C", ["against", "neutral", None])])
    stance = agreement(grouped)["stance"]
    # Coincidences (each ordered pair of values in a unit weighted 1/(m_u - 1)):
    # unit 1 (f, f, a): o_ff 1, o_fa 1, o_af 1; unit 2 (n, n, n): o_nn 3; unit 3 (a, a; C left it out): o_aa 2.
    # n_f = 2, n_a = 3, n_n = 3, n = 8. D_o = (1 + 1)/8 = 0.25; D_e = (64 - 4 - 9 - 9)/(8 * 7) = 0.75;
    # alpha = 1 - 0.25/0.75 = 2/3.
    assert stance["statistic"] == "krippendorff_alpha"
    assert stance["units"] == 3
    assert stance["value"] == pytest.approx(2 / 3)
    assert len(agreement(grouped)["pairs"]) == 3


def test_different_texts_of_one_article_are_an_error(tmp_path):
    s = Text(SENSITIVE)
    write_folder(tmp_path, [s.annotation("A"), s.annotation("B", sha256="0" * 64)])
    with pytest.raises(ValueError, match=r"article nq-sensitive: annotators 'A' and 'B' labelled different texts"):
        folder_agreement(tmp_path)


def test_empty_folders_are_an_error(tmp_path):
    with pytest.raises(ValueError, match="holds no .jsonl annotation files"):
        folder_agreement(tmp_path)
    (tmp_path / "A.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match="hold no annotations"):
        folder_agreement(tmp_path)


def test_cli_prints_a_table_and_writes_json(tmp_path):
    grouped = two_annotators()
    folder = write_folder(tmp_path / "pulled", [a for by in grouped.values() for a in by.values()])
    result = CliRunner().invoke(app, ["label", "agreement", str(folder), "--json", str(tmp_path / "agreement.json")])
    assert result.exit_code == 0, result.output
    assert "said_by" in result.output and "Cohen's kappa" in result.output
    assert "nq-solo" in result.output  # the skipped article is named
    written = json.loads((tmp_path / "agreement.json").read_text(encoding="utf-8"))
    assert written == json.loads(json.dumps(agreement(grouped)))


def test_cli_names_the_problem(tmp_path):
    result = CliRunner().invoke(app, ["label", "agreement", str(tmp_path)])
    assert result.exit_code == 2
    assert "holds no .jsonl annotation files" in result.output


def test_shipped_second_reading_gives_the_agreement_the_dataset_card_states():
    from pathlib import Path

    result = folder_agreement(Path(__file__).resolve().parents[1] / "corpus" / "gold" / "agreement")
    spans = result["spans"]
    assert len(result["articles_compared"]) == 71  # the 30 of the earlier sources and 41 of the new ones
    assert round(spans["QUOTE"]["exact"]["f1"], 3) == 0.941 and round(spans["QUOTE"]["overlap"]["f1"], 3) == 0.972
    assert round(spans["SPEAKER"]["exact"]["f1"], 3) == 0.936 and round(spans["CUE"]["exact"]["f1"], 3) == 0.958
    assert round(result["said_by"]["exact"]["f1"], 3) == 0.909
    assert result["stance"]["units"] == 512 and round(result["stance"]["value"], 3) == 0.824
