"""Label Studio result regions read back into annotation records (the way out is :mod:`.regions`).

Offsets come back in UTF-16 code units (:class:`~.regions.Utf16`), and every span read back is checked
against the text it claims to cover.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from pydantic_core import to_json

from newsquotes.labeling.config import (CANONICAL, CUE, CUE_OF, KIND, LABELS, QUOTE, REFERS_TO, SAID_BY, SPAN_LABELS,
                                        SPEAKER, STANCE, STANCE_TARGET)
from newsquotes.labeling.regions import Utf16
from newsquotes.schema import ENTITY_LABELS, QUOTE_KINDS, STANCE_LABELS, Annotation, Quote, Span, Stance


@dataclass(slots=True)
class _Region:
    id: str
    label: str
    start: int
    end: int
    text: str
    answers: dict[str, str] = field(default_factory=dict)

    def span(self) -> dict[str, Any]:
        """The region as a :class:`TextSpan` in JSON."""
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Converted:
    """What one Label Studio result list became: the record, or the errors that kept it from being one.

    ``record`` is the :class:`Annotation` as JSON, its fields in the model's order, made of values checked
    one by one as they were read (an export holds a hundred regions per task, and building a validated
    model of each costs more than reading them); ``annotation`` is the validated model, made when asked for.
    """

    record: dict[str, Any] | None
    errors: list[str]
    warnings: list[str]
    _model: Annotation | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def annotation(self) -> Annotation | None:
        if self.record is not None and self._model is None:
            self._model = Annotation.model_validate(self.record)
        return self._model

    def json_line(self) -> str:
        """The record as one line of JSON, by the serializer of ``annotation.model_dump_json()``."""
        return to_json(self.record).decode("utf-8")


_MEANING = {
    frozenset({QUOTE, SPEAKER}): SAID_BY, frozenset({QUOTE, CUE}): CUE_OF,
    **{frozenset({QUOTE, label}): SAID_BY for label in ENTITY_LABELS},
    **{frozenset({SPEAKER, label}): REFERS_TO for label in ENTITY_LABELS},
}


def _is_strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _shape_problem(item: Any) -> str | None:
    """What makes one exported result unreadable (a hand-edited or damaged export), or None."""
    if not isinstance(item, dict):
        return f"is a JSON {type(item).__name__}, not a result object"
    if item.get("type") == "relation":
        if not (isinstance(item.get("from_id"), str) and isinstance(item.get("to_id"), str)):
            return "is a relation without the ids of its two regions"
        return None if item.get("labels") is None or _is_strings(item["labels"]) else "has labels that are not names"
    if not isinstance(item.get("id"), str) or not item["id"]:
        return "has no region id"
    if not isinstance(item.get("from_name"), str):
        return "names no control of the labeling config (from_name)"
    value = item.get("value")
    if not isinstance(value, dict):
        return "has no value object"
    for key in ("start", "end"):
        if key in value and (not isinstance(value[key], int) or isinstance(value[key], bool)):
            return f"has a {key} offset {value[key]!r} that is not a whole number"
    for key in ("labels", "choices"):
        if key in value and not _is_strings(value[key]):
            return f"has {key} {value[key]!r} that are not a list of names"
    if item.get("type") == "textarea" and not _is_strings(value.get("text") or []):
        return f"has text {value.get('text')!r} that is not a list of strings"
    return None


_SPAN_LABELS = frozenset(SPAN_LABELS)


def _plain_span(item: dict[str, Any], text: str, offsets: Utf16) -> _Region | None:
    """A labelled span (a result of type "labels") that passes every check below, read with plain comparisons (most of an export);
    None for anything else, which :func:`_read_regions` then reads in full and names what is wrong."""
    if item.get("from_name") != LABELS:
        return None
    region_id, value = item.get("id"), item.get("value")
    if type(region_id) is not str or not region_id or type(value) is not dict or "choices" in value:
        return None
    labels, start, end = value.get("labels"), value.get("start"), value.get("end")
    if type(labels) is not list or len(labels) != 1 or type(start) is not int or type(end) is not int:
        return None
    label = labels[0]
    if type(label) is not str or label not in _SPAN_LABELS:
        return None
    if offsets.plain:
        if not 0 <= start < end <= offsets.length:
            return None
    else:
        try:
            start, end = offsets.to_index(start), offsets.to_index(end)
        except ValueError:
            return None
        if end <= start:
            return None
    covered = text[start:end]
    if covered != value.get("text"):
        return None
    return _Region(region_id, label, start, end, covered)


def _plain_answer(item: dict[str, Any], kind: str) -> bool:
    """Whether a per-region answer (``kind`` "choices" or "textarea") has the shape
    :func:`_shape_problem` accepts, found with plain comparisons; False sends it through the full check."""
    region_id, value = item.get("id"), item.get("value")
    if type(region_id) is not str or not region_id or type(item.get("from_name")) is not str or type(value) is not dict:
        return False
    if "labels" in value or type(value.get("start", 0)) is not int or type(value.get("end", 0)) is not int:
        return False
    if kind == "textarea" and "choices" in value:
        return False
    given = value.get("choices" if kind == "choices" else "text")
    return type(given) is list and all(type(g) is str for g in given)


def _read_regions(results: list[dict[str, Any]], text: str, errors: list[str]) -> tuple[dict[str, _Region], list]:
    offsets = Utf16(text)
    regions: dict[str, _Region] = {}
    answers, relations = [], []
    for number, item in enumerate(results if isinstance(results, list) else [results]):
        kind = item.get("type") if type(item) is dict else None
        if kind == "labels":
            plain = _plain_span(item, text, offsets)
            if plain is not None and plain.id not in regions:
                regions[plain.id] = plain
                continue
        elif (kind == "choices" or kind == "textarea") and _plain_answer(item, kind):
            answers.append(item)
            continue
        problem = _shape_problem(item)
        if problem is not None:
            named = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else None
            errors.append(f"region {named!r} (result {number + 1}) {problem}" if named else f"result {number + 1} {problem}")
            continue
        kind = item.get("type")
        if kind == "relation":
            relations.append(item)
        elif kind == "labels" and item.get("from_name") == LABELS:
            value = item.get("value", {})
            labels = value.get("labels") or []
            where = f"region {item.get('id')!r}"
            if len(labels) != 1:
                errors.append(f"{where} has labels {labels}, expected exactly one")
                continue
            try:
                start, end = offsets.to_index(value["start"]), offsets.to_index(value["end"])
            except (KeyError, TypeError, ValueError) as err:
                errors.append(f"{where} ({labels[0]}): bad offsets: {err}")
                continue
            if end <= start:
                errors.append(f"{where} ({labels[0]}) {value['start']}:{value['end']} is empty or ends before it starts")
                continue
            if text[start:end] != value.get("text"):
                errors.append(f"{where} ({labels[0]}) {value['start']}:{value['end']} should cover "
                              f"{value.get('text')!r} but the task text there is {text[start:end]!r}")
                continue
            if labels[0] not in SPAN_LABELS:
                errors.append(f"{where} has label {labels[0]!r}, which the labeling config does not define")
                continue
            if item["id"] in regions:
                errors.append(f"{where} appears twice")
            regions[item["id"]] = _Region(item["id"], labels[0], start, end, text[start:end])
        elif kind in ("choices", "textarea"):
            answers.append(item)
        else:
            errors.append(f"region {item.get('id')!r}: unexpected result of type {kind!r} from {item.get('from_name')!r}")
    for item in answers:
        region = regions.get(item.get("id"))
        value = item.get("value", {})
        given = value.get("choices") if item["type"] == "choices" else value.get("text")
        if region is None:
            errors.append(f"{item.get('from_name')} {given} points at region {item.get('id')!r}, which does not exist")
            continue
        given = [g.strip() for g in given or [] if g and g.strip()]
        if len(given) > 1:
            errors.append(f"region {region.id!r} ({region.label}) has {len(given)} answers for {item['from_name']}")
        if given:
            region.answers[item["from_name"]] = given[0]
    return regions, relations


def _resolve_relations(regions: dict[str, _Region], relations: list, errors: list[str]) -> dict[str, dict[str, list]]:
    """For each region id, its partners by relation meaning (``said_by``, ``cue``, ``refers_to``)."""
    links: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for relation in relations:
        source, target = regions.get(relation.get("from_id")), regions.get(relation.get("to_id"))
        where = f"relation {relation.get('from_id')!r} -> {relation.get('to_id')!r}"
        if source is None or target is None:
            gone = relation.get("from_id") if source is None else relation.get("to_id")
            errors.append(f"{where} points at region {gone!r}, which does not exist")
            continue
        meaning = _MEANING.get(frozenset({source.label, target.label}))
        if meaning is None:
            errors.append(f"{where} joins {source.label} and {target.label}, which no relation links")
            continue
        stated = set(relation.get("labels") or [])
        if stated and stated != {meaning}:
            errors.append(f"{where} is labelled {sorted(stated)} but joins {source.label} and {target.label} ({meaning})")
            continue
        head = source if source.label == QUOTE or (source.label == SPEAKER and target.label != QUOTE) else target
        tail = target if head is source else source
        links[head.id][meaning].append(tail)
    return links


def _nearest_cue(quote: _Region, cues: list[_Region], sentences: list[Span]) -> _Region | None:
    if not cues:
        return None
    touched = [s for s in sentences if s.start < quote.end and quote.start < s.end] or [Span(start=quote.start, end=quote.end)]
    lo, hi = min(s.start for s in touched), max(s.end for s in touched)
    inside = [c for c in cues if lo <= c.start and c.end <= hi]
    return min(inside, key=lambda c: (max(c.start - quote.end, quote.start - c.end, 0), c.start), default=None)


def _refusal(region: _Region, kind: str) -> str:
    """Why the schema refuses this quote's kind or stance, in pydantic's words."""
    try:
        if STANCE in region.answers:
            Stance(label=region.answers[STANCE], target=region.answers.get(STANCE_TARGET))
        Quote(id=region.id, start=region.start, end=region.end, text=region.text, kind=kind)
    except ValidationError as err:
        return err.errors()[0]["msg"]
    return f"kind {kind!r} or stance {region.answers.get(STANCE)!r} is not one the schema allows"


def from_results(results: list[dict[str, Any]], text: str, sentences: list[Span], *, article_id: str,
                 annotator: str, text_sha256: str) -> Converted:
    """The :class:`Annotation` that a Label Studio result list encodes, with every problem found by region.

    ``sentences`` are the article's (anything with ``start`` and ``end``): a quote without a cue arrow takes
    the nearest unlinked CUE in its sentences."""
    errors: list[str] = []
    warnings: list[str] = []
    regions, relations = _read_regions(results, text, errors)
    links = _resolve_relations(regions, relations, errors)

    entities = sorted(({"start": r.start, "end": r.end, "text": r.text, "id": r.id, "label": r.label,
                        "entity": r.answers.get(CANONICAL)} for r in regions.values() if r.label in ENTITY_LABELS),
                      key=lambda e: (e["start"], e["end"], e["label"]))
    quotes_regions = sorted((r for r in regions.values() if r.label == QUOTE), key=lambda r: (r.start, r.end))
    linked_cues = {c.id for q in quotes_regions for c in links[q.id][CUE_OF]}
    free_cues = [r for r in regions.values() if r.label == CUE and r.id not in linked_cues]
    used = set(linked_cues)
    quotes = []
    for region in quotes_regions:
        where = f"quote region {region.id!r} {region.text[:40]!r}"
        kind = region.answers.get(KIND)
        if kind is None:
            errors.append(f"{where} has no kind (direct / indirect / mixed)")
            continue
        cues, speakers = links[region.id][CUE_OF], links[region.id][SAID_BY]
        if len(cues) > 1 or len(speakers) > 1:
            errors.append(f"{where} is linked to {len(cues)} cues and {len(speakers)} speakers; at most one each")
            continue
        cue = cues[0] if cues else _nearest_cue(region, [c for c in free_cues if c.id not in used], sentences)
        if cue is not None:
            used.add(cue.id)
        speaker = speakers[0] if speakers else None
        speaker_name = None
        if speaker is not None:
            used.add(speaker.id)
            referents = links[speaker.id][REFERS_TO]
            if len(referents) > 1:
                errors.append(f"speaker region {speaker.id!r} refers to {len(referents)} entity mentions; at most one")
                continue
            speaker_name = speaker.answers.get(CANONICAL)
            if speaker_name is None and speaker.label in ENTITY_LABELS:
                speaker_name = speaker.text
            if speaker_name is None and referents:
                speaker_name = referents[0].answers.get(CANONICAL) or referents[0].text
        if STANCE_TARGET in region.answers and STANCE not in region.answers:
            errors.append(f"{where} has a stance target but no stance")
            continue
        stance = region.answers.get(STANCE)
        if kind not in QUOTE_KINDS or (stance is not None and stance not in STANCE_LABELS):
            errors.append(f"{where}: {_refusal(region, kind)}")
            continue
        quotes.append({"start": region.start, "end": region.end, "text": region.text, "id": region.id, "kind": kind,
                       "cue": cue.span() if cue else None, "speaker": speaker.span() if speaker else None,
                       "speaker_name": speaker_name,
                       "stance": None if stance is None else {"label": stance, "target": region.answers.get(STANCE_TARGET)}})
    for region in regions.values():
        if region.label in (CUE, SPEAKER) and region.id not in used:
            warnings.append(f"{region.label} region {region.id!r} {region.text!r} belongs to no quote; left out")
    if errors:
        return Converted(None, errors, warnings)
    # Every span was read from ``text`` and checked against it, and region ids are unique: the checks of
    # Annotation.problems have nothing left to find.
    record = {"article_id": article_id, "annotator": annotator, "text_sha256": text_sha256,
              "entities": entities, "quotes": quotes, "layers": []}
    return Converted(record, [], warnings)
