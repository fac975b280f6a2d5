"""Stance baselines, trained and scored with cross-validation on the gold quotes.

The input of each example is the quote's text with its target; folds are grouped by article so that
quotes of one article never sit on both sides of a split.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline

from newsquotes.errors import ModelError
from newsquotes.schema import Annotation

STANCE_MODELS = ("majority", "tfidf-logreg")


def examples(annotations: Sequence[Annotation]) -> tuple[list[str], list[str], list[str]]:
    """Inputs, labels and article ids of every gold quote that has a stance."""
    inputs, labels, groups = [], [], []
    for annotation in annotations:
        for quote in annotation.quotes:
            if quote.stance is not None:
                inputs.append(f"{quote.text} [target] {quote.stance.target or ''}")
                labels.append(quote.stance.label)
                groups.append(annotation.article_id)
    return inputs, labels, groups


def _classifier(name: str, seed: int):
    if name == "majority":
        return DummyClassifier(strategy="most_frequent")
    if name == "tfidf-logreg":
        return make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1),
                             LogisticRegression(max_iter=2000, class_weight="balanced", random_state=seed))
    raise ModelError(f"unknown stance model {name!r}: choose from {', '.join(STANCE_MODELS)}")


def cross_validated(annotations: Sequence[Annotation], name: str, *, folds: int = 5, seed: int = 0
                    ) -> dict[str, list[tuple[str, str]]]:
    """(gold, predicted) stance pairs per article, each predicted by a model that never saw that article."""
    inputs, labels, groups = examples(annotations)
    if len(set(groups)) < 2:
        raise ModelError(f"stance cross-validation needs quotes with stance in at least 2 articles, got {len(set(groups))}")
    predicted = np.empty(len(labels), dtype=object)
    splitter = GroupKFold(n_splits=min(folds, len(set(groups))))
    for train, test in splitter.split(inputs, labels, groups):
        model = _classifier(name, seed)
        train_labels = [labels[i] for i in train]
        if len(set(train_labels)) == 1:
            model = _classifier("majority", seed)
        model.fit([inputs[i] for i in train], train_labels)
        predicted[test] = model.predict([inputs[i] for i in test])
    pairs: dict[str, list[tuple[str, str]]] = {}
    for gold, guess, group in zip(labels, predicted, groups):
        pairs.setdefault(group, []).append((gold, str(guess)))
    return pairs
