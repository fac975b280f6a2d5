"""The speaker labels that open an interview's turns, as entities of the article's GUM-derived layer.

GUM keeps a turn's speaker as metadata only (``newsquotes.gold.gum``); the text prints it as a label
("Aner Shalev: …", "Richman: …", "Wikinews: …"), and a label names its speaker as any other mention does, so
it is an entity. Its canonical name is that of the article's one person or organization whose canonical name
ends with the label's last word, or for a one-word label holds it ("Titley" is David Titley, "Simon" Simon
Ličen, "Marymegan Daly" the chain GUM names "Daly"), else the label itself; its type is that entity's, else
PERSON, the interviewing newspaper ("Wikinews") being an ORG.
"""

from __future__ import annotations

import re

from newsquotes.gold.gum import GumDocument, turn_labels
from newsquotes.schema import Entity

INTERVIEWER = "Wikinews"


def _named(label: str, entities: list[Entity]) -> tuple[str, str]:
    """(canonical name, type) of the speaker a label names."""
    words = label.split()

    def same(name: str) -> bool:
        return name.split()[-1] == words[-1] or len(words) == 1 and words[0] in re.split(r"[\s-]", name)

    holders = {(e.entity, e.label) for e in entities if e.label in ("PERSON", "ORG") and same(e.entity)}
    if len({name for name, _ in holders}) == 1:
        return next(iter(holders))
    return label, "ORG" if label == INTERVIEWER else "PERSON"


def label_entities(document: GumDocument, offsets: dict[int, tuple[int, int]], text: str,
                   entities: list[Entity]) -> list[Entity]:
    """``entities`` with one entity added for each turn label, numbered again in text order."""
    added = []
    for start, end, _ in turn_labels(document, offsets):
        name, label = _named(text[start:end], entities)
        added.append(Entity(id="", start=start, end=end, text=text[start:end], label=label, entity=name))
    merged = sorted(entities + added, key=lambda e: (e.start, e.end))
    return [e.model_copy(update={"id": f"e{number}"}) for number, e in enumerate(merged, start=1)]
