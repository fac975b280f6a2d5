"""The stance baselines: cross-validated on shipped gold quotes, grouped by article, and the feature-based one
reading the quote, its target and its cue apart."""

from __future__ import annotations

import tomllib

import pytest

from newsquotes.models import stance
from newsquotes.schema import STANCE_LABELS, Stance

from conftest import ROOT


@pytest.fixture(scope="module")
def stanced(shipped_gold) -> list:
    """Twenty shipped gold articles whose quotes carry a stance, in a fixed order."""
    annotations = [a for _, a in sorted(shipped_gold.items()) if any(q.stance for q in a.quotes)]
    return annotations[:20]


@pytest.fixture(scope="module")
def out_of_fold(stanced) -> dict:
    return stance.cross_validated(stanced, "features-logreg")


def _macro_f1(pairs: dict) -> float:
    from sklearn.metrics import f1_score

    gold = [g for article in pairs.values() for g, _ in article]
    guess = [p for article in pairs.values() for _, p in article]
    return f1_score(gold, guess, average="macro")


def test_the_quote_fields_keep_quote_target_cue_kind_and_speaker_apart(stanced):
    fields = stance.quote_fields(stanced)
    inputs, labels, groups = stance.examples(stanced)
    assert len(fields) == len(inputs) == len(labels) == len(groups)
    first = next(q for a in stanced for q in a.quotes if q.stance)
    assert fields[0] == {"quote": first.text, "target": first.stance.target or "",
                         "cue": first.cue.text.lower() if first.cue else "", "kind": first.kind,
                         "speaker": (first.speaker_name or "").lower()}


def test_the_signals_read_negation_first_person_and_whether_the_quote_names_its_target():
    record = {"quote": "We will never accept these tariffs", "target": "the tariffs", "cue": "said",
              "kind": "direct", "speaker": "ivan petrov"}
    signals = stance._signals([record])[0]
    assert signals["negations"] == 1 and signals["first_person"] and signals["names_target"]
    assert signals["cue"] == "said" and signals["kind"] == "direct" and signals["speaker"] == "ivan petrov"
    other = stance._signals([{**record, "quote": "Prices rose in May", "target": "inflation"}])[0]
    assert other["negations"] == 0 and not other["first_person"] and not other["names_target"]


def test_features_logreg_predicts_every_quote_out_of_fold_and_beats_the_majority_class(stanced, out_of_fold):
    pairs = out_of_fold
    assert sum(len(p) for p in pairs.values()) == len(stance.examples(stanced)[1])
    assert {p for article in pairs.values() for _, p in article} <= set(STANCE_LABELS)
    assert _macro_f1(pairs) > _macro_f1(stance.cross_validated(stanced, "majority"))


def test_an_article_is_never_predicted_by_a_model_that_saw_its_own_labels(stanced, out_of_fold):
    """Flip one article's gold stances: its own out-of-fold predictions cannot move."""
    before = out_of_fold
    victim = stanced[0]
    flipped_quotes = [q.model_copy(update={"stance": Stance(label="against" if q.stance.label != "against" else "favor",
                                                            target=q.stance.target)}) if q.stance else q
                      for q in victim.quotes]
    after = stance.cross_validated([victim.model_copy(update={"quotes": flipped_quotes}), *stanced[1:]],
                                   "features-logreg")
    assert [p for _, p in after[victim.article_id]] == [p for _, p in before[victim.article_id]]
    assert [g for g, _ in after[victim.article_id]] != [g for g, _ in before[victim.article_id]]


def test_an_unknown_baseline_names_the_known_ones(stanced):
    with pytest.raises(ValueError, match="features-logreg"):
        stance.cross_validated(stanced, "bert")


def test_the_shipped_suite_scores_the_feature_baseline():
    suite = tomllib.loads((ROOT / "benchmarks" / "suites" / "shipped.toml").read_text("utf-8"))
    assert {"stance:features-logreg", "stance:lexicon-logreg", "stance:lexicon-ensemble"} <= set(suite["tasks"]["stance"])


def test_a_baseline_fitted_on_one_gold_scores_another(stanced):
    train, scored = stanced[:15], stanced[15:]
    pairs = stance.trained_on(train, scored, "features-logreg")
    assert set(pairs) <= {a.article_id for a in scored}
    # every scored quote once, with its gold label, in order
    assert [g for article in pairs.values() for g, _ in article] == stance.examples(scored)[1]
    assert {p for article in pairs.values() for _, p in article} <= set(STANCE_LABELS)
    majority = stance.trained_on(train, scored, "majority")
    assert len({p for article in majority.values() for _, p in article}) == 1


def test_the_lexicon_counts_words_that_take_a_side_and_a_negation_turns_them():
    from newsquotes.models.stance_lexicon import lexicon_signals

    record = {"quote": "We are proud of this historic deal, but the tariffs are a disaster", "target": "the deal",
              "cue": "said", "kind": "direct", "speaker": ""}
    signals = lexicon_signals([record])[0]
    assert signals["lexicon_favor"] == 2 and signals["lexicon_against"] == 1 and signals["lexicon_balance"] == 1
    negated = lexicon_signals([{**record, "quote": "This isn't a good deal and it won't help anyone"}])[0]
    assert negated["lexicon_favor"] == 0 and negated["lexicon_against"] == 2
    hedged = lexicon_signals([{**record, "quote": "Prices might rise, and we must wait"}])[0]
    assert hedged["hedges"] == 1 and hedged["modals"] == 1 and hedged["lexicon_balance"] == 0


@pytest.mark.parametrize(("cue", "side"), [("praised", "favor"), ("accused", "against"), ("according to", "other"),
                                          ("", "none")])
def test_the_cue_class_is_the_side_the_cue_takes(cue, side):
    from newsquotes.models.stance_lexicon import cue_class

    assert cue_class(cue) == side


def test_lexicon_logreg_reads_the_quote_fields_and_beats_the_majority_class(stanced):
    pairs = stance.cross_validated(stanced, "lexicon-logreg")
    assert sum(map(len, pairs.values())) == len(stance.examples(stanced)[1])
    assert {p for article in pairs.values() for _, p in article} <= set(STANCE_LABELS)
    assert _macro_f1(pairs) > _macro_f1(stance.cross_validated(stanced, "majority"))
    assert stance._inputs(stanced, "lexicon-logreg")[0] == stance.quote_fields(stanced)


def test_the_ensembles_words_member_reads_neither_the_targets_words_nor_the_speaker(stanced):
    fields = stance.quote_fields(stanced)
    words = stance._words_pipeline(0).fit(fields, stance.examples(stanced)[1])
    renamed = [{**record, "speaker": "ivan petrov"} for record in fields]
    assert (words.predict_proba(renamed) == words.predict_proba(fields)).all()
    union = words.steps[0][1]
    assert [name for name, _ in union.transformer_list] == ["quote_words", "signals", "lexicon"]


def test_lexicon_ensemble_averages_its_members_probabilities_by_their_weights(stanced):
    fields, labels = stance.quote_fields(stanced), stance.examples(stanced)[1]
    ensemble = stance._classifier("lexicon-ensemble", 0).fit(fields, labels)
    lexicon, words = (member.predict_proba(fields) for member in ensemble.estimators_)
    heavy, light = stance._ENSEMBLE_WEIGHTS
    assert abs(ensemble.predict_proba(fields) - (heavy * lexicon + light * words) / (heavy + light)).max() < 1e-9
    pairs = stance.cross_validated(stanced, "lexicon-ensemble")
    assert sum(map(len, pairs.values())) == len(labels)
    assert _macro_f1(pairs) > _macro_f1(stance.cross_validated(stanced, "majority"))
