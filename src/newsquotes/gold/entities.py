"""GUM's named entity mentions as our entities, by the documented mapping in ``corpus/gold/entity_mapping.toml``.

Each mention's name is found by :func:`newsquotes.gold.names.name_span`; its label comes from GUM's entity
type and the mapping's lists. Entities never overlap: of two names that share a word the longer is kept
("United States Navy", not "United States" inside it), also when the longer is a name of no entity type (a
game, a programme). Every mention of a chain gets the chain's canonical name: GUM's Wikipedia identity when
the article uses it as a name ("NASA"), else the chain's longest name ("Donald Trump"), read without an
editor's brackets ("[Phil] Gramm" is `Phil Gramm`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsquotes.errors import GoldError
from newsquotes.gold.gum import GumDocument, Mention, Word
from newsquotes.gold.names import name_span
from newsquotes.schema import Entity
from newsquotes.gold.files import read_toml

_TYPES = {"person": "PERSON", "organization": "ORG", "event": "EVENT", "object": "PRODUCT"}


@dataclass(frozen=True)
class EntityMapping:
    places: dict[str, str]  # identity or name -> GPE / LOC / FAC
    norp: frozenset[str]
    organizations: frozenset[str]  # identity or name of a group GUM types as person ("the Taliban")
    descriptions: frozenset[str]  # capitalised words that refer to an entity without naming it ("the Administration")
    unlabelled: frozenset[str] = frozenset()  # names of things no label of ours covers ("Group F" of a tournament)

    @classmethod
    def load(cls, path: Path) -> EntityMapping:
        data = read_toml(path)
        places: dict[str, str] = {}
        for label in ("gpe", "loc", "fac"):
            for key in data.get(label, []):
                if key in places:
                    raise GoldError(f"{path}: place {key!r} is listed as both {places[key]} and {label.upper()}")
                places[key] = label.upper()
        return cls(places=places, norp=frozenset(data.get("norp", [])), organizations=frozenset(data.get("org", [])),
                   descriptions=frozenset(data.get("descriptions", [])), unlabelled=frozenset(data.get("unlabelled", [])))


def _label(mention: Mention, last: Word, name: str, mapping: EntityMapping, document: GumDocument) -> str | None:
    if name in mapping.descriptions or name in mapping.unlabelled:
        return None
    if mapping.places.get(mention.identity or "") == "GPE" or (
            mapping.places.get(name) == "GPE" and mention.etype != "person"):
        # A country named for its government or its team ("North Korea stated", "Sweden defeated South
        # Korea") stays a GPE, as in OntoNotes and the guidelines; a person never is ("Paris" is Valeska Paris).
        return "GPE"
    if mention.etype in ("person", "organization") and (
            name in mapping.norp or name == last.form and last.lemma in mapping.norp):
        # people or a team named by a listed nationality or religion ("Afghans", "One Rohingya", "the Belgians")
        return "NORP"
    if mention.etype == "place":
        label = mapping.places.get(mention.identity or "") or mapping.places.get(name)
        if label is None:
            raise GoldError(f"{document.path}: named place {name!r} (identity {mention.identity!r}) is on none of "
                             "the gpe / loc / fac lists of the entity mapping")
        return label
    if mapping.organizations & {mention.identity, name}:
        return "ORG"
    if mention.etype == "person":
        return None if last.xpos == "NNPS" else "PERSON"  # a capitalised plural ("Refugees") names no one
    if mention.etype in ("event", "object") and not mention.identity:
        return None
    return _TYPES.get(mention.etype)


def plain_name(name: str) -> str:
    """A name without the brackets an editor put round words they added: "[Phil] Gramm" is Phil Gramm."""
    return " ".join(name.replace("[", "").replace("]", "").split())


def _nested_words(document: GumDocument, mention: Mention) -> set[int]:
    """Words of the mentions of other chains that lie inside ``mention``."""
    return {w for m in document.mentions if m.chain != mention.chain and mention.first <= m.first
            and m.last <= mention.last and (m.first, m.last) != (mention.first, mention.last)
            for w in range(m.first, m.last + 1)}


def gum_entities(document: GumDocument, offsets: dict[int, tuple[int, int]], text: str,
                 mapping: EntityMapping) -> list[Entity]:
    """The entities of one article from its GUM document; ``offsets`` from :func:`newsquotes.gold.gum.align`."""
    body = [m for m in document.mentions if m.first >= document.body_start]
    named: list[tuple[int, int, str | None, int]] = []  # first word, last word, label (None: no entity), chain
    for mention in body:
        span = name_span(document, mention, _nested_words(document, mention))
        if span is not None:
            name = text[offsets[span[0]][0]:offsets[span[1]][1]]
            named.append((*span, _label(mention, document.words[span[1]], name, mapping, document), mention.chain))
    found = [n for n in named if n[2]]
    # a chain is named by its Wikipedia identity when the text uses it, else by its longest name
    canonical: dict[int, str] = {}
    identities = {m.chain: m.identity for m in body if m.identity}
    for first, last, label, chain in found:
        if label == "NORP":
            continue  # a group word names no individual of its chain ("One Rohingya" is Muhammad Amin)
        name = plain_name(text[offsets[first][0]:offsets[last][1]])
        current, identity = canonical.get(chain), identities.get(chain)
        if current is None or current != identity and (name == identity or len(name) > len(current)):
            canonical[chain] = name
    # Names never overlap. Of two that share a word the longer wins, of two as long the earlier: "United
    # States" inside "United States Navy" is no entity of its own. A name of no entity type also wins over
    # the names inside it: "Afghan Girls" in the robot "Better Idea of Afghan Girls", "Arkham" in the game
    # "Batman: Arkham VR".
    kept: list[tuple[int, int, str | None, int]] = []
    for candidate in sorted(set(named), key=lambda n: (n[0] - n[1], n[0], n[2] is None, n[2] or "", n[3])):
        if not any(candidate[0] <= k[1] and k[0] <= candidate[1] for k in kept):
            kept.append(candidate)
    entities = [(first, last, label, text[offsets[first][0]:offsets[last][1]] if label == "NORP" else canonical[chain])
                for first, last, label, chain in kept if label]
    taken = {w for k in kept for w in range(k[0], k[1] + 1)}
    for word in document.words[document.body_start:]:
        if word.form in mapping.norp and word.upos in ("ADJ", "PROPN") and word.index not in taken:
            entities.append((word.index, word.index, "NORP", word.form))
    result = []
    for number, (first, last, label, canonical_name) in enumerate(sorted(entities), start=1):
        start, end = offsets[first][0], offsets[last][1]
        result.append(Entity(id=f"e{number}", start=start, end=end, text=text[start:end], label=label,
                             entity=canonical_name))
    return result
