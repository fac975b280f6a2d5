"""Training the learned baseline (:mod:`newsquotes.models.sklearn_model`) on a split of the gold.

``train(gold, corpus, out, split="train")`` reads the split's gold with the articles' text (checked as for a
benchmark), turns it into token and candidate examples with the features prediction uses, fits the
models (entity tagger; cue classifier, content CRF and speaker ranker; stance classifier) with a fixed seed
and writes them to ``out``: the same gold, split, seed and library versions give the same model.
Only the named split is read, so a model trained on ``train`` has never seen dev or test.
"""

from __future__ import annotations

import json
import time
import zipfile
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import skops.io
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

from newsquotes import defaults
from newsquotes.dataset import load_dataset
from newsquotes.errors import GoldError, ModelError
from newsquotes.models import sklearn_entities
from newsquotes.models.crf_io import CRF_FILE
from newsquotes.models.learned_attribution import fit as fit_attribution
from newsquotes.models.learned_quotes import Context
from newsquotes.models.rules import VERSION as RULES_VERSION
from newsquotes.models.sklearn_features import Analysis
from newsquotes.models.sklearn_model import COMPONENTS, META, component_file, load_pipeline
from newsquotes.schema import Annotation

#: Classifiers the models can be fitted with. (scikit-learn's SGD estimators refuse DictVectorizer's 64-bit
#: sparse indices, so logistic regression is the one linear model offered.)
MODEL_TYPES = defaults.MODEL_TYPES
#: Components whose rare classes are up-weighted.
_BALANCED = {"stance": True}
DEFAULT_PIPELINE = defaults.SPACY_PIPELINE


@dataclass(frozen=True)
class TrainReport:
    out: Path
    articles: int
    examples: dict[str, int]  # per component
    seconds: float
    size_bytes: int


def _classifier(model_type: str, seed: int, component: str):
    if model_type != "logreg":
        raise ModelError(f"unknown model type {model_type!r}: choose from {', '.join(MODEL_TYPES)}")
    return LogisticRegression(max_iter=2000, class_weight="balanced" if _BALANCED[component] else None,
                              random_state=seed)


def _entity_tags(analysis: Analysis, gold: Annotation) -> list[str]:
    tags = ["O"] * len(analysis.tokens)
    for entity in gold.entities:
        inside = [k for k, t in enumerate(analysis.tokens) if entity.start <= t.start and t.end <= entity.end]
        for n, k in enumerate(inside):
            tags[k] = ("B-" if n == 0 else "I-") + entity.label
    return tags


def _settings(model_type: str, seed: int, split: str | None, pipeline: str, fingerprint: str) -> dict:
    """What decides the fitted model: the same settings, gold and versions give the same files. The ``rules``
    model's version counts too: its cues, spans and speakers are features of the learned one."""
    return {"model_type": model_type, "seed": seed, "split": split, "pipeline": pipeline, "fingerprint": fingerprint,
            "newsquotes": version("newsquotes"), "scikit-learn": version("scikit-learn"), "rules": RULES_VERSION}


def is_trained(gold: Path, corpus: Path, out: Path, *, split: str | None = "train", model_type: str = "logreg",
               seed: int = 0, pipeline: str = DEFAULT_PIPELINE) -> bool:
    """Whether ``out`` already holds the model :func:`train` would fit with these arguments (training is
    deterministic, so a run need not fit it again)."""
    try:
        meta = json.loads((Path(out) / META).read_text("utf-8"))
    except (FileNotFoundError, ValueError):
        return False
    fingerprint = load_dataset(gold, corpus, split).fingerprint
    wanted = _settings(model_type, seed, split, pipeline, fingerprint)
    return all(meta.get(key) == value for key, value in wanted.items()) and \
        all((Path(out) / component_file(component)).exists() for component in COMPONENTS) and (Path(out) / CRF_FILE).exists()


def train(gold: Path, corpus: Path, out: Path, *, split: str | None = "train", model_type: str = "logreg",
          seed: int = 0, pipeline: str = DEFAULT_PIPELINE) -> TrainReport:
    """Fit the learned baseline on ``split`` of ``gold`` and save it in ``out`` (created or replaced)."""
    if model_type not in MODEL_TYPES:
        raise ModelError(f"unknown model type {model_type!r}: choose from {', '.join(MODEL_TYPES)}")
    began = time.perf_counter()
    dataset = load_dataset(gold, corpus, split)
    nlp = load_pipeline(pipeline)
    data: dict[str, tuple[list, list]] = {c: ([], []) for c in ("entities", "stance")}
    tagged, names = [], sklearn_entities.NameList()  # the entity tagger learns from whole sentences, after the loop
    contexts, golds = [], []
    for article, annotation in zip(dataset.articles, dataset.gold):
        analysis = Analysis(article, nlp)
        tagged.append((article.id, analysis, annotation))
        names.add(article.id, analysis, annotation)
        data["entities"][1].extend(_entity_tags(analysis, annotation))
        contexts.append(Context(analysis))
        golds.append(annotation)
        for quote in annotation.quotes:
            if quote.stance is not None:
                data["stance"][0].append(quote.text)
                data["stance"][1].append(quote.stance.label)
    for component, (_, labels) in data.items():
        if len(set(labels)) < 2:
            raise GoldError(f"{gold}: split {split or 'all'} has too little {component} gold to learn from "
                             f"({len(labels)} examples, {len(set(labels))} class)")
    models = {"stance": make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
                                      _classifier(model_type, seed, "stance"))}
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    sklearn_entities.fit([(sklearn_entities.features(analysis, names.labels(leave_out=article_id)),
                           sklearn_entities.gold_tags(analysis, annotation))
                          for article_id, analysis, annotation in tagged], names, out)
    try:
        models["cues"], models["speakers"], attribution_examples = fit_attribution(contexts, golds, seed, out / CRF_FILE)
    except ValueError as err:
        raise GoldError(f"{gold}: split {split or 'all'}: {err}") from None
    for component, model in models.items():
        if component in data:
            model.fit(*data[component])
        # deflated: the vectorizers' vocabularies shrink about sevenfold (87 MB to 12 MB for the entity tagger)
        skops.io.dump(model, out / component_file(component), compression=zipfile.ZIP_DEFLATED)
    seconds = time.perf_counter() - began
    meta = {**_settings(model_type, seed, split, pipeline, dataset.fingerprint), "gold": str(gold),
            "articles": len(dataset.articles),
            "examples": {**{c: len(labels) for c, (_, labels) in data.items()}, **attribution_examples},
            "training_seconds": round(seconds, 2)}
    (out / META).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    size = sum(f.stat().st_size for f in out.iterdir() if f.is_file())
    return TrainReport(out=out, articles=len(dataset.articles), examples=meta["examples"], seconds=seconds,
                       size_bytes=size)
