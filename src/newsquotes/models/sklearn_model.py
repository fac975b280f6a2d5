"""``sklearn:<folder>``: the learned baseline, trained by ``newsquotes train`` (:mod:`newsquotes.models.training`).

Four models, a CRF and three scikit-learn ones (each a vectorizer and a linear classifier), saved beside a
``model.json`` that says how they were trained:

* **entities**: a CRF tagger (BIO over our labels, sentence by sentence) whose features are the word, its
  shape and its neighbours, the pretrained spaCy pipeline's entity type, part of speech and dependency, the
  ``rules`` model's name, the gazetteer and the names of the training split
  (:mod:`newsquotes.models.sklearn_entities`), saved in CRFsuite's own format;
* **quotes**: a token tagger (the quote kind of each token, or none) over quotation marks, the reporting
  verbs of the shared lexicon near the token and the dependency path up to them; a run of tagged tokens in
  one paragraph is a quote;
* **speakers**: a ranker that scores each candidate mention near a quote (predicted names, pronouns,
  speaker nouns of the lexicon) and takes the best; pronouns and "the <noun>" resolve as in the rules model;
* **stance**: TF-IDF of the quote's words and a logistic regression.

The cue is the reporting verb nearest the quote in its sentence, else in the sentence before. Components are
saved with skops (the entity tagger with CRFsuite), never as pickles, and loading one builds only trusted types
(:func:`load_component`).
"""

from __future__ import annotations

import json
from pathlib import Path

import skops.io

from newsquotes.errors import ModelError
from newsquotes.models import _lexicon as lex
from newsquotes.models import sklearn_entities
from newsquotes.models.registry import model_name
from newsquotes.models.sklearn_features import Analysis
from newsquotes.schema import Annotation, Article, Entity, LayerSource, Quote, Stance, TextSpan

COMPONENTS = ("entities", "quotes", "speakers", "stance")
META = "model.json"
_TRIM = " \t\n,;:\"“”„«»'‘’"


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
        self.nlp = load_pipeline(self.meta["pipeline"])
        self.name = model_name(f"sklearn:{folder}")
        self.version = f"{self.meta['model_type']}-{self.meta['fingerprint'][:12]}"

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
        if not analysis.tokens:
            return []
        tags = self.parts["quotes"].predict([analysis.quote_features(k) for k in range(len(analysis.tokens))])
        quotes = []
        for n, (start, end, kind) in enumerate(decode_quotes(analysis, list(tags)), start=1):
            text = analysis.text
            cue = nearest_cue(analysis, start, end)
            speaker, name = self._speaker(analysis, (start, end), kind, entities)
            stance = str(self.parts["stance"].predict([text[start:end]])[0])
            quotes.append(Quote(id=f"q{n}", start=start, end=end, text=text[start:end], kind=kind,
                                cue=TextSpan(start=cue[0], end=cue[1], text=text[cue[0]:cue[1]]) if cue else None,
                                speaker=TextSpan(start=speaker[0], end=speaker[1], text=text[speaker[0]:speaker[1]])
                                if speaker else None, speaker_name=name, stance=Stance(label=stance)))
        return quotes

    def _speaker(self, analysis: Analysis, quote: tuple[int, int], kind: str, entities: list[Entity]):
        found = candidates(analysis, quote, [(e.start, e.end) for e in entities])
        if not found:
            return None, None
        ranker = self.parts["speakers"]
        scores = ranker.predict_proba([analysis.candidate_features(quote, c, kind) for c in found])
        best = found[int(scores[:, list(ranker.classes_).index(True)].argmax())]
        return best, speaker_name(analysis, best, entities)


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


def decode_quotes(analysis: Analysis, tags: list[str]) -> list[tuple[int, int, str]]:
    """Runs of tokens tagged with a kind, in one paragraph, trimmed as the guidelines trim quote spans."""
    runs: list[list] = []
    previous = None
    for token, tag in zip(analysis.tokens, tags):
        if tag != "O" and previous is not None and runs and runs[-1][3] == token.paragraph:
            runs[-1][1] = token.end
            runs[-1][2].append(tag)
        elif tag != "O":
            runs.append([token.start, token.end, [tag], token.paragraph])
        previous = token if tag != "O" else None
    text, quotes = analysis.text, []
    for start, end, kinds, _ in runs:
        kind = max(sorted(set(kinds)), key=kinds.count)
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and (text[end - 1] in _TRIM or kind != "direct" and text[end - 1] in ".!?"):
            end -= 1
        if len(text[start:end].split()) >= 3:
            quotes.append((start, end, kind))
    return quotes


def nearest_cue(analysis: Analysis, start: int, end: int) -> tuple[int, int] | None:
    inside = [t for t in analysis.tokens if start <= t.start < end]
    if not inside:
        return None
    for sentence in (inside[0].sentence, inside[0].sentence - 1):
        cues = [t for t in analysis.tokens if t.sentence == sentence and analysis.is_cue(t)
                and not start <= t.start < end]
        if cues:
            best = min(cues, key=lambda t: min(abs(t.start - end), abs(start - t.end)))
            return best.start, best.end
    return None


def candidates(analysis: Analysis, quote: tuple[int, int], names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Mentions near a quote, outside it, that could be its speaker: names, pronouns and speaker nouns."""
    start, end = quote
    inside = [t for t in analysis.tokens if start <= t.start < end]
    if not inside:
        return []
    paragraph = inside[0].paragraph
    near = [t for t in analysis.tokens if paragraph - 1 <= t.paragraph <= paragraph + 0 and not start <= t.start < end
            and not t.quoted]
    found = {(s, e) for s, e in names if not start <= s < end and any(t.start == s for t in near)}
    for token in near:
        word = token.text.lower()
        if word in lex.PRONOUNS and lex.PRONOUNS[word] or (token.pos == "NOUN" and lex.head_kind(word)):
            found.add((token.start, token.end))
    return sorted(found)


def speaker_name(analysis: Analysis, span: tuple[int, int], entities: list[Entity]) -> str | None:
    """A name's canonical form; for a pronoun or "the <noun>" the last fitting entity before it; else the words."""
    for entity in entities:
        if entity.start < span[1] and span[0] < entity.end:
            return entity.entity
    word = analysis.text[span[0]:span[1]]
    before = [e for e in entities if e.end <= span[0]]
    wanted = lex.PRONOUNS.get(word.lower(), "") if word.lower() in lex.PRONOUNS else lex.head_kind(word.lower())
    labels = {"PERSON": ("PERSON",), "ORG": ("ORG", "GPE"), "GPE": ("GPE",)}.get(wanted or "", ())
    fitting = [e for e in before if e.label in labels]
    if fitting and (word.lower() in lex.PRONOUNS or analysis.text[max(0, span[0] - 4):span[0]].lower() == "the "):
        return fitting[-1].entity
    return None if word.lower() in lex.PRONOUNS else word


def canonical(entity: Entity, entities: list[Entity]) -> str:
    """The fullest mention of the same label whose words include this one's ("Ivan Petrov" for "Petrov")."""
    words = set(entity.text.split())
    fuller = [e.text for e in entities if e.label == entity.label and words <= set(e.text.split())]
    return max(fuller, key=len, default=entity.text)


def make_model(argument: str | None) -> SklearnModel:
    if not argument:
        raise ModelError("the learned model needs its folder: sklearn:<folder> (train one with `newsquotes train`)")
    return SklearnModel(Path(argument))
