"""The shipped gold's quote layers: speakers that a reader of the text can find, and interview turns."""

from __future__ import annotations

import pytest

from newsquotes.gold.build import GoldSources, story_groups
from newsquotes.gold.gum import align, read_gum, speaker_label, turn_labels
from newsquotes.gold.checks import settlements
from newsquotes.gold.quotes import load_quotes
from newsquotes.gold.scope import RECORDED_OTHERWISE, reason_category, set_aside
from newsquotes.gold.targets import check_targets, load_targets

from conftest import ROOT

GOLD = ROOT / "corpus" / "gold"
SOURCES = GoldSources.shipped(ROOT)
INTERVIEWS = sorted(SOURCES.gum_dir.glob("GUM_interview_*.conllu"))


def test_every_speaker_name_is_printed_in_its_article(articles, shipped_gold):
    """No system can name a speaker the text never names: each speaker name is written in the article."""
    for name, article in articles.items():
        for quote in shipped_gold[article.id].quotes:
            assert quote.speaker_name in article.text, (name, quote.id, quote.speaker_name)


def test_speaker_labels_spell_the_names_gum_runs_together():
    assert speaker_label("AnerShalev") == "Aner Shalev"
    assert speaker_label("MarioJLucero") == "Mario J. Lucero"
    assert speaker_label("HughMcGuire") == "Hugh McGuire"
    assert speaker_label("Richman") == "Richman" and speaker_label("Wikinews") == "Wikinews"
    assert speaker_label("JackHarris") == "Jack Herrick"  # GUM's id for Herrick's later answers


def test_interview_turns_open_with_their_labels_and_answers_point_at_them(articles, shipped_gold):
    """Each turn opens with its speaker's label, an entity; an answer's speaker is the label of its own turn."""
    answers = 0
    for path in INTERVIEWS:
        document = read_gum(path)
        article = articles[article_name_of(path)]
        labels = turn_labels(document, align(document, article.text))
        assert len(labels) == len(document.turns) > 0, path.stem
        gold = shipped_gold[article.id]
        entities = {(e.start, e.end): e for e in gold.entities}
        for start, end, speaker in labels:
            assert article.text[start:end] == speaker_label(speaker) and article.text[end:end + 2] == ": "
            assert entities[(start, end)].label in ("PERSON", "ORG"), (path.stem, speaker)
        starts = {(start, end) for start, end, _ in labels}
        for quote in gold.quotes:
            if quote.speaker and (quote.speaker.start, quote.speaker.end) in starts:
                turn = max(label for label in labels if label[0] < quote.start)
                assert (turn[0], turn[1]) == (quote.speaker.start, quote.speaker.end), (path.stem, quote.id)
                assert quote.speaker_name == entities[(turn[0], turn[1])].entity, (path.stem, quote.id)
                answers += 1
    assert answers >= 190


def test_a_turn_without_its_label_is_an_alignment_error(articles):
    document = read_gum(SOURCES.gum_dir / "GUM_interview_cyclone.conllu")
    text = articles["cyclone"].text.replace("Richman: ", "", 1)
    with pytest.raises(ValueError, match=r"cyclone: the turn at GUM token \d+ .* does not open with its label 'Richman: '"):
        align(document, text)


def article_name_of(path):
    return path.stem.removeprefix("GUM_interview_")


def _wording(target: str) -> str:
    """A target with its spelling variants taken out: case, a leading article, possessives, plurals, hyphens."""
    words = target.lower().replace("’", "'").replace("-", " ").replace("'s ", " ").replace("s' ", " ").split()
    words = words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words
    return " ".join(w.rstrip("s") for w in words)


def test_every_stance_target_is_one_wording_from_its_article_vocabulary(articles, shipped_gold):
    """No article names one target two ways: each quote's target is a key of its article's vocabulary, never a
    wording merged into another key ("NASA's decision" is "NASA's choice of display locations")."""
    vocabulary = load_targets(SOURCES.targets)
    assert set(vocabulary) == set(articles)
    merged = 0
    for name, article in articles.items():
        table = vocabulary[name]
        used = {quote.stance.target for quote in shipped_gold[article.id].quotes}
        assert used == set(table), (name, sorted(used ^ set(table)))
        wordings = [_wording(target) for target in table]
        assert len(wordings) == len(set(wordings)), (name, sorted(table))
        for target, others in table.items():
            assert not set(others) & used, (name, target, others)
            merged += len(others)
    assert merged >= 30


def test_a_target_outside_the_vocabulary_is_a_build_error(articles):
    quotes = shipped_quotes(articles, "nasa")
    vocabulary = load_targets(SOURCES.targets)
    check_targets("nasa", quotes, vocabulary, "nasa.toml")
    stance = quotes[0].stance.model_copy(update={"target": "NASA's decision"})
    renamed = [quotes[0].model_copy(update={"stance": stance})]
    with pytest.raises(ValueError, match=r"nasa.toml, quote .*NASA's decision.? is a wording merged into"):
        check_targets("nasa", renamed + quotes[1:], vocabulary, "nasa.toml")


def shipped_quotes(articles, name):
    return load_quotes(SOURCES.quotes_dir / f"{name}.toml", articles[name]).quotes


def test_every_settled_expert_item_falls_in_a_class_of_reason():
    """The scope's set-asides, by reason: each settled line of both check files gets one class."""
    for check in ("gum-rst", "meantime"):
        reasons = list(settlements(GOLD / "checks" / f"{check}.toml").values())
        counts = set_aside(reasons)
        assert sum(counts.values()) == len(reasons) > 90
        outside = sum(n for reason, n in counts.items() if reason not in RECORDED_OTHERWISE)
        assert 0 < outside < len(reasons)
    assert reason_category("'announced 10,000 job cuts' has only a noun-phrase object").startswith("content only")
    assert reason_category("the interviewer's question 'Why do you think it is so?'").startswith("interviewer")
    assert reason_category("'a teacher mistakenly thought it resembled a bomb': a thought the writer narrates"
                           ).startswith("belief")
    assert reason_category("'He didn't say where the cuts were going' is a negated report").startswith("negated")


def test_the_articles_of_one_story_share_their_target_wordings(articles, shipped_gold):
    """Across the articles of one story (same-event MEANTIME articles), a target has one wording too."""
    vocabulary = load_targets(SOURCES.targets)
    stories = story_groups(list(articles.values()), SOURCES)
    by_story: dict[str, list[str]] = {}
    for name, article in articles.items():
        by_story.setdefault(stories.get(article.id, article.cluster_id), []).append(name)
    shared = 0
    for names in by_story.values():
        used = {q.stance.target for name in names for q in shipped_gold[articles[name].id].quotes}
        merged = {w for name in names for wordings in vocabulary[name].values() for w in wordings}
        assert not used & merged, (names, sorted(used & merged))
        wordings = {}
        for target in used:
            assert wordings.setdefault(_wording(target), target) == target, (names, target, wordings[_wording(target)])
        shared += len(names) > 1
    assert shared >= 10
