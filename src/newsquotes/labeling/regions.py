"""Annotation records to Label Studio result regions (the interface is in :mod:`.config`; back: :mod:`.readback`).

Label Studio counts offsets in UTF-16 code units, as the browser does: an emoji outside the Basic
Multilingual Plane is two units but one Python character, so every offset is converted on the way out
(:meth:`Utf16.to_units`) and on the way in (:meth:`Utf16.to_index`), and every span read back is checked
against the text it claims to cover.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from newsquotes.errors import InputError
from newsquotes.labeling.config import CANONICAL, CUE, KIND, LABELS, QUOTE, SPEAKER, STANCE, STANCE_TARGET, TEXT
from newsquotes.schema import Annotation, TextSpan


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class Utf16:
    """Offsets of one text in Python indices and in UTF-16 code units."""

    def __init__(self, text: str):
        self.text = text
        # Python indices of the characters that take two UTF-16 units (surrogate pairs).
        self._astral = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_units = [i + k for k, i in enumerate(self._astral)]
        self.length = len(text) + len(self._astral)
        self.plain = not self._astral  # every offset is the same in both

    def to_units(self, index: int) -> int:
        return index + bisect_left(self._astral, index)

    def to_index(self, units: int) -> int:
        """The Python index at UTF-16 offset ``units``; ``ValueError`` when it splits a character."""
        if not 0 <= units <= self.length:
            raise InputError(f"offset {units} lies outside the text ({self.length} UTF-16 units)")
        k = bisect_right(self._astral_units, units - 1)  # astral characters starting before `units`
        if k and self._astral_units[k - 1] + 1 == units:
            raise InputError(f"offset {units} falls inside the surrogate pair of {self.text[self._astral[k - 1]]!r}")
        return units - k



def _span_region(region_id: str, label: str, start: int, end: int, text: str, offsets: Utf16) -> dict[str, Any]:
    value = {"start": offsets.to_units(start), "end": offsets.to_units(end), "text": text[start:end], "labels": [label]}
    return {"id": region_id, "from_name": LABELS, "to_name": TEXT, "type": "labels", "value": value}


def _per_region(region: dict[str, Any], control: str, kind: str, answer: list[str]) -> dict[str, Any]:
    key = "choices" if kind == "choices" else "text"  # a per-region text area keeps its answer under "text"
    value = {"start": region["value"]["start"], "end": region["value"]["end"], key: answer}
    return {"id": region["id"], "from_name": control, "to_name": TEXT, "type": kind, "value": value}


def _relation(source: str, target: str) -> dict[str, Any]:
    """A bare arrow: its meaning is read from the labels of the regions it joins. Label Studio draws a
    relation's labels as boxes on its arrow, which pile up over the text of a dense article; the Relations
    tag has no setting to hide them, so the pushed relations carry none."""
    return {"from_id": source, "to_id": target, "type": "relation", "direction": "right"}


def to_results(annotation: Annotation, text: str) -> list[dict[str, Any]]:
    """Label Studio result regions (offsets in UTF-16 units) for ``annotation`` of ``text``."""
    offsets = Utf16(text)
    results: list[dict[str, Any]] = []
    shared: dict[tuple, str] = {}
    by_id: dict[str, dict[str, Any]] = {}

    def region(key: tuple, label: str, span: TextSpan, name: str | None) -> str:
        """One region per distinct span and name, shared by every quote that points at it."""
        if key in shared:
            return shared[key]
        region_id = f"r{len(shared) + 1}"
        shared[key] = region_id
        by_id[region_id] = _span_region(region_id, label, span.start, span.end, text, offsets)
        results.append(by_id[region_id])
        if name is not None:
            results.append(_per_region(results[-1], CANONICAL, "textarea", [name]))
        return region_id

    # An entity mention that is also a quote's speaker, under the name pull would read from it (its canonical
    # name, else its text), is linked to the quote as it is: no second region, no second name.
    mentions: dict[tuple[int, int, str], str] = {}
    for entity in annotation.entities:
        mention_id = region(("entity", entity.id), entity.label, entity, entity.entity)
        name = entity.entity if entity.entity is not None else text[entity.start:entity.end]
        mentions.setdefault((entity.start, entity.end, name), mention_id)
    for quote in annotation.quotes:
        quote_id = region(("quote", quote.id), QUOTE, quote, None)
        quote_region = by_id[quote_id]
        results.append(_per_region(quote_region, KIND, "choices", [quote.kind]))
        if quote.stance is not None:
            results.append(_per_region(quote_region, STANCE, "choices", [quote.stance.label]))
            if quote.stance.target:
                results.append(_per_region(quote_region, STANCE_TARGET, "textarea", [quote.stance.target]))
        if quote.cue is not None:
            cue_id = region((CUE, quote.cue.start, quote.cue.end), CUE, quote.cue, None)
            results.append(_relation(quote_id, cue_id))
        if quote.speaker is not None:
            speaker = quote.speaker
            speaker_id = mentions.get((speaker.start, speaker.end, quote.speaker_name)) or \
                region((SPEAKER, speaker.start, speaker.end, quote.speaker_name), SPEAKER, speaker, quote.speaker_name)
            results.append(_relation(quote_id, speaker_id))
    return results
