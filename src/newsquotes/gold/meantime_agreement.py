"""MEANTIME's named mentions held against our hand-read entity layer, where MEANTIME's annotators worked.

MEANTIME annotated the first sentences of each article only (:func:`newsquotes.gold.meantime.annotated_sentences`),
so it cannot be the gold of a whole text; inside those sentences it is an independent expert reading, and the
agreement there says how far our layer and theirs read the same names. MEANTIME's mentions are taken as
:func:`newsquotes.gold.meantime_entities.meantime_entities` maps them (names cut out of the noun phrase,
PER / ORG / LOC / PRO as PERSON / ORG / GPE, LOC, FAC / PRODUCT; FIN and MIX mentions cut out of the
comparison); the nationality words that mapping adds from our own list, and our EVENT entities, are not
MEANTIME's and are left out (:data:`LABELS`). Scores are span F1 with MEANTIME as the reference: ``strict``
(same span, same label) and ``overlap`` (same label, spans sharing characters: nervaluate's ``ent_type``).
An article whose gold layer was itself derived from MEANTIME is not compared: it would agree with itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsquotes.bench.ner import score_entities
from newsquotes.gold.meantime import MeantimeDocument, annotated_sentences
from newsquotes.gold.meantime_entities import MeantimeMapping, meantime_entities
from newsquotes.schema import Annotation, LayerSource

#: Our labels MEANTIME's entity types map to (PER, ORG, LOC, PRO).
LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT")
DERIVED = "meantime-derived"


def _reference(document: MeantimeDocument, text: str, ours: Annotation, mapping: MeantimeMapping) -> Annotation:
    entities, covers = meantime_entities(document, text, mapping)
    return Annotation(article_id=ours.article_id, annotator="meantime", text_sha256=ours.text_sha256,
                      entities=entities, layers=[LayerSource(layer="entities", produced_by=DERIVED, covers=covers)])


def _scores(block: dict) -> dict:
    return {name: block[name] for name in ("precision", "recall", "f1", "correct", "possible", "actual")}


def entity_agreement(items: Iterable[tuple[MeantimeDocument, str, Annotation]], mapping: MeantimeMapping) -> dict | None:
    """Span F1 between MEANTIME's named mentions and ``Annotation.entities`` of each (document, article text,
    our annotation), inside the sentences MEANTIME annotated; None when no article has a layer of its own."""
    references, ours, sentences = [], [], 0
    for document, text, annotation in items:
        layer = next((each for each in annotation.layers if each.layer == "entities"), None)
        if layer is not None and layer.produced_by == DERIVED:
            continue
        references.append(_reference(document, text, annotation, mapping))
        ours.append(annotation)
        sentences += len(annotated_sentences(document))
    if not references:
        return None
    scores = score_entities(references, ours, labels=LABELS)
    return {
        "articles": len(references),
        "sentences": sentences,
        "strict": _scores(scores["strict"]["micro"]),
        "overlap": _scores(scores["ent_type"]["micro"]),
        "per_label": {label: {"strict": _scores(scores["strict"]["per_label"][label]),
                              "overlap": _scores(scores["ent_type"]["per_label"][label])} for label in LABELS},
    }
