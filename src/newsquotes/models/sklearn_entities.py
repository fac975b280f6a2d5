"""The learned baseline's entity tagger: a linear-chain CRF (CRFsuite) over the sentences of an article.

Each token's features are those of :meth:`Analysis.entity_features` (the word, its shape and neighbours, the
pretrained spaCy pipeline's entity type, part of speech and dependency, the ``rules`` model's name and the
shared gazetteer), and the names of the training split: the gold names of its articles, each with the label
it carries most often there, matched longest first in the text (``train_B-ORG``). So that the tagger does not
learn to trust that list more than it deserves, a training article sees only the names of the *other*
articles: a name printed in one article alone is unknown there, as it would be in a new article.

The CRF is saved in CRFsuite's own file format and the name list as JSON: loading either runs no code.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from newsquotes.errors import ModelError
from newsquotes.models.crf_io import load_crf
from newsquotes.models.sklearn_features import Analysis
from newsquotes.schema import Annotation

MODEL_FILE = "entities.crfsuite"
NAMES_FILE = "entities.names.json"
#: Names longer than this many tokens are not looked up (they are rare, and the lookup is quadratic in them).
_LONGEST = 6
#: CRFsuite's L-BFGS settings: L1 and L2 penalties and the number of passes.
CRF_SETTINGS = {"algorithm": "lbfgs", "c1": 0.05, "c2": 0.05, "max_iterations": 150}


def _key(words: Sequence[str]) -> str:
    return " ".join(words)


class NameList:
    """Gold names of the training articles by their token sequence, with how often each label marked it, per
    article, so that the list can be read without any one article's own names."""

    def __init__(self, counts: dict[str, dict[str, dict[str, int]]] | None = None):
        self.counts: dict[str, dict[str, dict[str, int]]] = counts or {}  # name -> article -> label -> n

    def add(self, article_id: str, analysis: Analysis, annotation: Annotation) -> None:
        for entity in annotation.entities:
            words = [t.text for t in analysis.tokens if entity.start <= t.start and t.end <= entity.end]
            if 0 < len(words) <= _LONGEST:
                by_label = self.counts.setdefault(_key(words), {}).setdefault(article_id, {})
                by_label[entity.label] = by_label.get(entity.label, 0) + 1

    def labels(self, leave_out: str | None = None) -> dict[str, str]:
        """Each name's most frequent label, over every article but ``leave_out``."""
        out = {}
        for name, articles in self.counts.items():
            total: Counter = Counter()
            for article_id, labels in articles.items():
                if article_id != leave_out:
                    total.update(labels)
            if total:
                out[name] = max(sorted(total), key=total.__getitem__)
        return out

    def to_json(self) -> dict:
        return {"counts": self.counts}

    @classmethod
    def from_json(cls, data: dict) -> NameList:
        return cls(data["counts"])


def name_tags(analysis: Analysis, names: dict[str, str]) -> list[str]:
    """BIO tags of the longest listed names in the text, within sentences."""
    tokens, tags, k = analysis.tokens, ["O"] * len(analysis.tokens), 0
    while k < len(tokens):
        for length in range(_LONGEST, 0, -1):
            span = tokens[k:k + length]
            if len(span) == length and span[-1].sentence == span[0].sentence and _key([t.text for t in span]) in names:
                label = names[_key([t.text for t in span])]
                tags[k:k + length] = [f"B-{label}"] + [f"I-{label}"] * (length - 1)
                k += length
                break
        else:
            k += 1
    return tags


def sentences(analysis: Analysis) -> list[list[int]]:
    """Token positions of each sentence, in order."""
    groups: dict[int, list[int]] = defaultdict(list)
    for k, token in enumerate(analysis.tokens):
        groups[token.sentence].append(k)
    return [groups[s] for s in sorted(groups)]


def features(analysis: Analysis, names: dict[str, str]) -> list[list[dict[str, object]]]:
    """One feature dict per token, grouped by sentence, with the listed names around the token."""
    listed = name_tags(analysis, names)
    out = []
    for positions in sentences(analysis):
        sequence = []
        for k in positions:
            token_features = analysis.entity_features(k)
            for offset in (-1, 0, 1):
                if 0 <= k + offset < len(listed):
                    token_features[f"{offset}:listed"] = listed[k + offset]
            sequence.append({key: value for key, value in token_features.items() if value is not False})
        out.append(sequence)
    return out


def gold_tags(analysis: Analysis, annotation: Annotation) -> list[list[str]]:
    """The gold BIO tags, grouped as :func:`features` groups tokens."""
    tags = ["O"] * len(analysis.tokens)
    for entity in annotation.entities:
        inside = [k for k, t in enumerate(analysis.tokens) if entity.start <= t.start and t.end <= entity.end]
        for n, k in enumerate(inside):
            tags[k] = ("B-" if n == 0 else "I-") + entity.label
    return [[tags[k] for k in positions] for positions in sentences(analysis)]


def fit(examples: Sequence[tuple[list[list[dict]], list[list[str]]]], name_list: NameList, out: Path) -> int:
    """Fit the CRF on (features, tags) per article and save it and the name list in ``out``; the number of
    tokens it learned from."""
    import sklearn_crfsuite

    xs = [sequence for x, _ in examples for sequence in x]
    ys = [sequence for _, y in examples for sequence in y]
    crf = sklearn_crfsuite.CRF(**CRF_SETTINGS, model_filename=str(out / MODEL_FILE))
    crf.fit(xs, ys)
    (out / NAMES_FILE).write_text(json.dumps(name_list.to_json(), sort_keys=True) + "\n", encoding="utf-8")
    return sum(len(y) for y in ys)


class EntityTagger:
    """A fitted tagger, read from a model folder."""

    def __init__(self, folder: Path):
        model, names = folder / MODEL_FILE, folder / NAMES_FILE
        for path in (model, names):
            if not path.exists():
                raise ModelError(f"{folder}: trained model is incomplete, missing {path.name}")
        try:
            self.names = NameList.from_json(json.loads(names.read_text("utf-8"))).labels()
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise ModelError(f"{names}: not a name list of the entity tagger ({err})") from None
        self.tagger = load_crf(model).tagger_

    def tag(self, analysis: Analysis) -> list[str]:
        """A BIO tag for every token of the analysis."""
        tags = ["O"] * len(analysis.tokens)
        for positions, sequence in zip(sentences(analysis), features(analysis, self.names)):
            for k, tag in zip(positions, self.tagger.tag(sequence)):
                tags[k] = tag
        return tags
