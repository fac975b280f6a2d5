"""Quote, speaker and stance scores on small cases checked by hand."""

from __future__ import annotations

import pytest

from annotation_builder import Text

from newsquotes.bench.intervals import bootstrap_interval, paired_randomization
from newsquotes.bench.quotes import (SPEAKER_FORMS, aggregate, match_quotes, overlap, score_article, speaker_form,
                                     stance_scores)
from newsquotes.bench.tasks import TASKS
from newsquotes.schema import Annotation, Entity, Quote

TEXT = ("Ivan Petrov said that the talks had failed. “We will respond,” he told reporters. "
        "Anna Novak, the envoy, said the ministry would wait.")


PASSAGE = Text(TEXT, article_id="a")


def quote(qid: str, content: str, speaker: str | None, name: str | None, kind="direct", stance=None) -> Quote:
    return PASSAGE.quote(content, kind, speaker=speaker, name=name, stance=stance, target="talks", id=qid)


def entity(eid: str, text: str, name: str) -> Entity:
    return PASSAGE.entity(text, "PERSON", name, id=eid)


GOLD = Annotation(article_id="a", annotator="gold", text_sha256="x",
                  entities=[entity("e1", "Ivan Petrov", "Ivan Petrov"), entity("e2", "Anna Novak", "Anna Novak")],
                  quotes=[quote("g1", "the talks had failed", "Ivan Petrov", "Ivan Petrov", "indirect", "against"),
                          quote("g2", "We will respond", "he", "Ivan Petrov", "direct", "against"),
                          quote("g3", "the ministry would wait", "Anna Novak", "Anna Novak", "indirect", "neutral")])


def test_token_overlap_is_relative_to_the_longer_span():
    gold = quote("g", "the talks had failed", None, None)
    shorter = quote("p", "talks had failed", None, None)
    assert overlap(TEXT, gold, shorter) == pytest.approx(3 / 4)
    assert match_quotes(TEXT, [gold], [shorter], 0.8) == []
    assert len(match_quotes(TEXT, [gold], [shorter], 0.3)) == 1
    assert match_quotes(TEXT, [gold], [shorter], None) == []


def test_scores_by_hand():
    predicted = Annotation(article_id="a", annotator="model", text_sha256="x", quotes=[
        quote("p1", "the talks had failed", "Ivan Petrov", None, "indirect", "against"),  # exact, right speaker
        quote("p2", "We will respond,” he told", "he", "Anna Novak", "direct", "favor"),  # overlap 3/5, wrong name
        quote("p3", "Anna Novak, the envoy", None, None, "direct"),  # spurious
    ])
    counts = score_article(TEXT, GOLD, predicted)
    scores = aggregate([counts])
    assert scores["exact"]["tp"] == 1
    assert scores["overlap_0.3"]["tp"] == 2 and scores["overlap_0.8"]["tp"] == 1
    assert scores["overlap_0.3"]["precision"] == pytest.approx(2 / 3)
    assert scores["overlap_0.3"]["recall"] == pytest.approx(2 / 3)
    # p1 names Ivan Petrov by its mention's words; p2 points at the gold pronoun "he" but resolves it to Anna
    # Novak: wrong at the entity level, right only at the lenient mention level.
    assert scores["speaker"]["matched"] == 2 and scores["speaker"]["correct"] == 1
    assert scores["speaker"]["mention_correct"] == 2 and scores["speaker"]["mention_accuracy"] == 1.0
    assert scores["by_kind"]["indirect"]["recall"] == pytest.approx(1 / 2)
    assert scores["stance"]["n"] == 2 and scores["stance"]["accuracy"] == pytest.approx(1 / 2)


def test_wrong_speaker_is_counted_wrong():
    predicted = Annotation(article_id="a", annotator="model", text_sha256="x",
                           quotes=[quote("p1", "the ministry would wait", "Ivan Petrov", "Ivan Petrov", "indirect")])
    speaker = aggregate([score_article(TEXT, GOLD, predicted)])["speaker"]
    assert speaker.pop("by_form")["name"] == {"matched": 1, "correct": 0, "accuracy": 0.0}
    assert speaker == {"accuracy": 0.0, "matched": 1, "correct": 0,
                       "pairs": {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "predicted": 1, "gold": 3},
                       "mention_accuracy": 0.0, "mention_correct": 0}


def test_stance_f_avg_is_the_mean_of_favor_and_against_f1():
    pairs = [("favor", "favor"), ("favor", "against"), ("against", "against"), ("neutral", "neutral"),
             ("neutral", "favor")]
    scores = stance_scores(pairs)
    # favor: P 1/2 R 1/2 F1 1/2; against: P 1/2 R 1 F1 2/3
    assert scores["f_avg"] == pytest.approx((1 / 2 + 2 / 3) / 2)
    assert scores["accuracy"] == pytest.approx(3 / 5)
    assert scores["confusion"] == [[1, 1, 0], [0, 1, 0], [1, 0, 1]]


def test_bootstrap_and_paired_test():
    per_article = [{"tp": t, "n": 10} for t in (9, 8, 10, 7, 9, 8, 9, 10)]
    metric = lambda counts: sum(c["tp"] for c in counts) / sum(c["n"] for c in counts)  # noqa: E731
    low, high = bootstrap_interval(per_article, metric, samples=500)
    assert low <= metric(per_article) <= high and high - low < 0.2
    worse = [{"tp": c["tp"] - 4, "n": 10} for c in per_article]
    test = paired_randomization(per_article, worse, metric, samples=500)
    assert test["difference"] == pytest.approx(0.4) and test["p_value"] < 0.02
    same = paired_randomization(per_article, per_article, metric, samples=200)
    assert same["p_value"] == 1.0
    with pytest.raises(ValueError, match="same, non-empty set"):
        paired_randomization(per_article, worse[:3], metric)


# Speakers at the entity level, on annotations built by naming their words (tests/annotation_builder.py).
DEBATE = Text('Paul Dewar met Anna Lee. "We will act," he said. Dewar later said the plan failed. '
              '"It is late," Lee said.', article_id="nq-debate")
DEBATE_GOLD = DEBATE.annotation(
    "gold",
    entities=[DEBATE.entity("Paul Dewar", "PERSON", "Paul Dewar"), DEBATE.entity("Anna Lee", "PERSON", "Anna Lee"),
              DEBATE.entity("Dewar", "PERSON", "Paul Dewar"), DEBATE.entity("Lee", "PERSON", "Anna Lee")],
    quotes=[DEBATE.quote("We will act", speaker="he", name="Paul Dewar"),
            DEBATE.quote("the plan failed", "indirect", speaker=("Dewar", 2), name="Paul Dewar"),
            DEBATE.quote("It is late", speaker=("Lee", 2), name="Anna Lee")])


def speakers_of(*quotes) -> dict:
    return aggregate([score_article(DEBATE.text, DEBATE_GOLD, DEBATE.annotation("model", quotes=quotes))])["speaker"]


def test_a_pronoun_at_the_gold_position_counts_only_when_it_resolves_to_the_gold_speaker():
    wrong_entity = DEBATE.quote("We will act", speaker="he", name="Anna Lee")
    unresolved = DEBATE.quote("We will act", speaker="he")
    by_alias = DEBATE.quote("We will act", speaker="he", name="dewar")  # a name the gold gives Paul Dewar
    for predicted, right in [(wrong_entity, False), (unresolved, False), (by_alias, True)]:
        scores = speakers_of(predicted)
        assert (scores["correct"], scores["mention_correct"]) == (int(right), 1), predicted.speaker_name


def test_entity_level_speakers_and_pair_f1():
    scores = speakers_of(
        DEBATE.quote("We will act", speaker="he", name="Anna Lee"),  # the gold pronoun, the wrong person
        DEBATE.quote("the plan failed", "indirect", speaker=("Dewar", 2)),  # resolves by its words, an alias
        DEBATE.quote("It is late", speaker=("Lee", 2), name="Anna Lee"))
    assert (scores["matched"], scores["correct"], scores["mention_correct"]) == (3, 2, 3)
    assert scores["accuracy"] == pytest.approx(2 / 3) and scores["mention_accuracy"] == 1.0
    assert scores["pairs"]["tp"] == 2 and scores["pairs"]["f1"] == pytest.approx(2 / 3)
    # a speaker mention of another entity is wrong at both levels, whatever its position
    wrong = speakers_of(DEBATE.quote("the plan failed", "indirect", speaker="Anna Lee"))
    assert (wrong["correct"], wrong["mention_correct"]) == (0, 0)


@pytest.mark.parametrize(("predicted", "right"), [
    ("the Paul Dewar", True), ("“Paul Dewar”", True), ("paul  dewar,", True),
    ("Paul", False), ("Dewar Paul", False), ("the other Paul Dewar", False)])
def test_speaker_names_compare_without_a_leading_the_or_surrounding_punctuation(predicted, right):
    # "The Walt Disney Company" and "Walt Disney Company" are one speaker, written either way
    scores = speakers_of(DEBATE.quote("We will act", speaker="he", name=predicted))
    assert scores["correct"] == int(right), predicted


def test_pair_f1_leads_the_speaker_scores():
    assert list(TASKS["speakers"].headline) == ["pair_f1", "pair_precision", "pair_recall", "accuracy",
                                                "mention_accuracy"]
    assert TASKS["speakers"].leading == "pair_f1"


def test_speaker_accuracy_by_how_the_gold_names_the_speaker():
    scores = speakers_of(
        DEBATE.quote("We will act", speaker="he", name="Anna Lee"),  # a pronoun, resolved wrong
        DEBATE.quote("the plan failed", "indirect", speaker=("Dewar", 2), name="Paul Dewar"),
        DEBATE.quote("It is late", speaker=("Lee", 2), name="Anna Lee"))
    by_form = scores["by_form"]
    assert (by_form["pronoun"]["matched"], by_form["pronoun"]["correct"]) == (1, 0)
    assert (by_form["name"]["matched"], by_form["name"]["correct"], by_form["name"]["accuracy"]) == (2, 2, 1.0)
    assert by_form["description"]["matched"] == by_form["unwritten"]["matched"] == 0
    assert list(TASKS["speakers"].per_label) == list(SPEAKER_FORMS)


@pytest.mark.parametrize(("speaker", "form"), [
    ("Dewar", "name"), ("he", "pronoun"), ("The minister", "description"), ("officials", "description"),
    ("Minister Novak", "name"), (None, "unwritten")])
def test_speaker_forms(speaker, form):
    text = Text(f"{speaker or 'Yes'} said the plan failed.", article_id="nq-form")
    quote = text.quote("the plan failed", "indirect", speaker=speaker, name="Anna Novak")
    assert speaker_form(text.annotation("gold", quotes=[quote]), quote) == form
