"""Fitting and running the learned baseline's attribution models: cue classifier, content CRF, speaker ranker.

:func:`fit` learns the three from articles' :class:`~newsquotes.models.learned_quotes.Context` and their gold;
:func:`attribute` runs them on one article. The cue classifier's probabilities feed the CRF; while fitting,
the CRF reads probabilities the classifier gave each article without having seen it (three folds over
articles), so it learns to trust cues as much as they deserve on new text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

from newsquotes.errors import GoldError
from newsquotes.models.crf_io import fit_crf
from newsquotes.models.learned_quotes import Context
from newsquotes.models.learned_speakers import Candidates, is_right
from newsquotes.schema import Annotation

FOLDS = 3


@dataclass
class Attributed:
    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    speaker_name: str | None


def _cue_classifier(seed: int):
    return make_pipeline(DictVectorizer(), LogisticRegression(max_iter=2000, C=1.0, random_state=seed))


def _ranker(seed: int):
    return make_pipeline(DictVectorizer(), LogisticRegression(max_iter=2000, C=0.5, class_weight="balanced",
                                                              random_state=seed))


def _probabilities(model, features: list[dict]) -> np.ndarray:
    if not features:
        return np.zeros(0)
    return model.predict_proba(features)[:, list(model.classes_).index(True)]


def fit(contexts: list[Context], golds: list[Annotation], seed: int, crf_path: Path) -> tuple[object, object, dict]:
    """The fitted cue classifier and speaker ranker (the CRF is written to ``crf_path``) and example counts."""
    cue_x = [[c.cue_features(k) for k in range(len(c.tokens))] for c in contexts]
    cue_y = [c.cue_tags(g) for c, g in zip(contexts, golds)]
    if len({y for ys in cue_y for y in ys}) < 2:
        raise GoldError("too little cue gold to learn from: no token is a cue, or every token is")
    for fold in range(FOLDS):  # out-of-fold cue probabilities for the CRF's training features
        held = [n for n in range(len(contexts)) if n % FOLDS == fold]
        rest = [n for n in range(len(contexts)) if n % FOLDS != fold]
        rest_y = [y for n in rest for y in cue_y[n]]
        if len(set(rest_y)) < 2 or not held:
            model = None
        else:
            model = _cue_classifier(seed).fit([x for n in rest for x in cue_x[n]], rest_y)
        for n in held:
            contexts[n].set_cues(_probabilities(model, cue_x[n]) if model else np.array(cue_y[n], dtype=float))
    cues = _cue_classifier(seed).fit([x for xs in cue_x for x in xs], [y for ys in cue_y for y in ys])
    sequences_x, sequences_y = [], []
    for context, gold in zip(contexts, golds):
        tags = context.content_tags(gold)
        for sequence in context.sequences():
            sequences_x.append([context.token_features(k) for k in sequence])
            sequences_y.append([tags[k] for k in sequence])
    fit_crf(sequences_x, sequences_y, crf_path)
    for context in contexts:
        context.set_cues(_probabilities(cues, [context.cue_features(k) for k in range(len(context.tokens))]))
    # the previous quote's speaker is a candidate as the ranker itself would have picked it: a first ranker
    # fitted without that candidate picks it for the second, which learns how far to trust it
    first = _ranker(seed).fit(*_rank_examples(contexts, golds, None))
    rank_x, rank_y = _rank_examples(contexts, golds, first)
    ranker = _ranker(seed).fit(rank_x, rank_y)
    examples = {"cues": sum(map(len, cue_y)), "quotes": sum(map(len, sequences_y)), "speakers": len(rank_y)}
    return cues, ranker, examples


def _rank_examples(contexts: list[Context], golds: list[Annotation], ranker) -> tuple[list[dict], list[bool]]:
    """Candidate features and whether each is the speaker, for every gold quote with a speaker among its
    candidates; the previous quote's speaker is the one ``ranker`` picks (none without a ranker)."""
    rank_x, rank_y = [], []
    for context, gold in zip(contexts, golds):
        finder, previous = Candidates(context), None
        for quote in sorted(gold.quotes, key=lambda q: q.start):
            cue = context.nearest_cue(quote.start, quote.end)
            found = finder.of(quote.start, quote.end, cue, previous)
            if not found:
                continue
            features = [finder.features(c, quote.start, quote.end, quote.kind, cue, found) for c in found]
            labels = [is_right(c, gold, quote) for c in found]
            if (quote.speaker is not None or quote.speaker_name) and any(labels):
                rank_x.extend(features)
                rank_y.extend(labels)
            if ranker is not None:
                previous = found[int(_probabilities(ranker, features).argmax())]
    if len(set(rank_y)) < 2:
        raise GoldError("too little speaker gold to learn from: no quote has a candidate that is its speaker")
    return rank_x, rank_y


def attribute(context: Context, cues, crf, ranker) -> list[Attributed]:
    """The quotes of one article, each with its cue and speaker."""
    if not context.tokens:
        return []
    context.set_cues(_probabilities(cues, [context.cue_features(k) for k in range(len(context.tokens))]))
    tags = ["O"] * len(context.tokens)
    sequences = context.sequences()
    for sequence, predicted in zip(sequences, crf.predict([[context.token_features(k) for k in s] for s in sequences])):
        for k, tag in zip(sequence, predicted):
            tags[k] = tag
    finder, previous, quotes = Candidates(context), None, []
    for start, end, kind in context.decode(tags):
        cue = context.nearest_cue(start, end)
        found = finder.of(start, end, cue, previous)
        best = None
        if found:
            scores = _probabilities(ranker, [finder.features(c, start, end, kind, cue, found) for c in found])
            best = found[int(scores.argmax())]
            previous = best
        cue_span = (context.tokens[cue].start, context.tokens[cue].end) if cue is not None else None
        quotes.append(Attributed(start, end, kind, cue_span, (best.start, best.end) if best and best.start is not None
                                 else None, best.name if best else None))
    return quotes
