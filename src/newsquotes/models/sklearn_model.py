"""``sklearn:<folder>``: the learned baseline, trained by ``newsquotes train`` (:mod:`newsquotes.models.training`).

Five models, two CRFs and three scikit-learn ones (each a ``DictVectorizer`` or TF-IDF and a logistic
regression), saved beside a ``model.json`` that says how they were trained:

* **entities**: a CRF tagger (BIO over our labels, sentence by sentence) whose features are the word, its
  shape and its neighbours, the pretrained spaCy pipeline's entity type, part of speech and dependency, the
  ``rules`` model's name, the gazetteer and the names of the training split
  (:mod:`newsquotes.models.sklearn_entities`), saved in CRFsuite's own format;
* **cues**, **quotes** and **speakers**: a cue classifier over tokens, a CRF content tagger over each
  paragraph's tokens and a ranker over candidate speakers, all over the spaCy parse
  (:mod:`newsquotes.models.learned_attribution`); the CRF is CRFsuite's own model file ``quotes.crfsuite``;
* **stance**: TF-IDF of the quote's words and a logistic regression.

The other components are saved with skops, never as pickles, and loading one builds only trusted types
(:func:`load_component`); the CRF files are read as data by CRFsuite (:func:`~newsquotes.models.crf_io.load_crf`).
"""

from __future__ import annotations

import json
from pathlib import Path

import skops.io

from newsquotes.errors import ModelError
from newsquotes.models import sklearn_entities
from newsquotes.models.crf_io import CRF_FILE, load_crf
from newsquotes.models.learned_attribution import attribute
from newsquotes.models.learned_quotes import Context
from newsquotes.models.registry import model_name
from newsquotes.models.rules import VERSION as RULES_VERSION
from newsquotes.models.sklearn_features import Analysis
from newsquotes.schema import Annotation, Article, Entity, LayerSource, Quote, Stance, TextSpan

COMPONENTS = ("entities", "cues", "speakers", "stance")  # skops files; the CRF is apart
META = "model.json"


def component_file(component: str) -> str:
    return sklearn_entities.MODEL_FILE if component == "entities" else f"{component}.skops"


def load_component(folder: Path, component: str):
    """One fitted component, read with skops, which builds only the types it trusts (scikit-learn's, numpy's):
    loading a model folder can run no code. Pickles (joblib) are refused, since loading one can run anything.
    The entity tagger is a CRFsuite model file and a JSON name list, which hold no code either."""
    path = folder / component_file(component)
    if not path.exists():
        pickled = folder / f"{component}.joblib"
        if pickled.exists():
            raise ModelError(f"{pickled}: a pickle, which can run code when loaded, so it is not loaded; train the "
                             f"model again with `newsquotes train` (it saves {path.name})")
        raise ModelError(f"{folder}: trained model is incomplete, missing {path.name}")
    if component == "entities":
        return sklearn_entities.EntityTagger(folder)
    try:
        untrusted = skops.io.get_untrusted_types(file=path)
    except Exception as err:  # noqa: BLE001 - whatever the file holds, it is named and refused
        raise ModelError(f"{path}: not a skops model file ({type(err).__name__}: {err})") from None
    if untrusted:
        raise ModelError(f"{path}: refused, it would build types that are not trusted to be safe to load: "
                         f"{', '.join(untrusted)}")
    return skops.io.load(path)


class SklearnModel:
    def __init__(self, folder: Path):
        folder = Path(folder)
        meta_path = folder / META
        if not meta_path.exists():
            raise ModelError(f"{folder}: not a trained model folder (no {META}); train one with `newsquotes train`")
        self.meta = json.loads(meta_path.read_text("utf-8"))
        self.parts = {c: load_component(folder, c) for c in COMPONENTS}
        self.crf = load_crf(folder / CRF_FILE)
        self.nlp = load_pipeline(self.meta["pipeline"])
        self.name = model_name(f"sklearn:{folder}")
        # the rules model's output is a feature of this one: its version is part of this one's
        self.version = f"{self.meta['model_type']}-{self.meta['fingerprint'][:12]}+rules-{RULES_VERSION}"

    def predict(self, article: Article) -> Annotation:
        analysis = Analysis(article, self.nlp)
        entities = self._entities(analysis)
        quotes = self._quotes(analysis, entities)
        produced_by = f"model:{self.name} {self.version}"
        return Annotation(article_id=article.id, annotator=f"model:{self.name}", text_sha256=article.text_sha256,
                          entities=entities, quotes=quotes,
                          layers=[LayerSource(layer=layer, produced_by=produced_by) for layer in
                                  ("entities", "quotes", "speakers", "stance")])

    def _entities(self, analysis: Analysis) -> list[Entity]:
        if not analysis.tokens:
            return []
        spans = decode_entities(analysis, self.parts["entities"].tag(analysis))
        entities = [Entity(id=f"e{n}", start=s, end=e, text=analysis.text[s:e], label=label)
                    for n, (s, e, label) in enumerate(spans, start=1)]
        return [e.model_copy(update={"entity": canonical(e, entities)}) for e in entities]

    def _quotes(self, analysis: Analysis, entities: list[Entity]) -> list[Quote]:
        text, quotes = analysis.text, []
        found = attribute(Context(analysis), self.parts["cues"], self.crf, self.parts["speakers"])
        for n, q in enumerate(found, start=1):
            stance = str(self.parts["stance"].predict([text[q.start:q.end]])[0])
            quotes.append(Quote(id=f"q{n}", start=q.start, end=q.end, text=text[q.start:q.end], kind=q.kind,
                                cue=_span(text, q.cue), speaker=_span(text, q.speaker), speaker_name=q.speaker_name,
                                stance=Stance(label=stance)))
        return quotes


def _span(text: str, span: tuple[int, int] | None) -> TextSpan | None:
    return TextSpan(start=span[0], end=span[1], text=text[span[0]:span[1]]) if span else None


def load_pipeline(name: str):
    import spacy

    try:
        return spacy.load(name)
    except OSError as err:
        raise ModelError(f"the learned model reads spaCy pipeline {name!r}, which is not installed: {err}") from None


def decode_entities(analysis: Analysis, tags: list[str]) -> list[tuple[int, int, str]]:
    """BIO tags to (start, end, label); an I- tag that follows nothing of its type starts a mention."""
    spans: list[list] = []
    open_ = False
    for token, tag in zip(analysis.tokens, tags):
        prefix, _, label = tag.partition("-")
        if prefix == "I" and spans and spans[-1][2] == label and spans[-1][3] == token.sentence and open_:
            spans[-1][1] = token.end
        elif prefix in ("B", "I"):
            spans.append([token.start, token.end, label, token.sentence])
        open_ = prefix in ("B", "I")
    return [(s, e, label) for s, e, label, _ in spans]


def canonical(entity: Entity, entities: list[Entity]) -> str:
    """The fullest mention of the same label whose words include this one's ("Ivan Petrov" for "Petrov")."""
    words = set(entity.text.split())
    fuller = [e.text for e in entities if e.label == entity.label and words <= set(e.text.split())]
    return max(fuller, key=len, default=entity.text)


def make_model(argument: str | None) -> SklearnModel:
    if not argument:
        raise ModelError("the learned model needs its folder: sklearn:<folder> (train one with `newsquotes train`)")
    return SklearnModel(Path(argument))
