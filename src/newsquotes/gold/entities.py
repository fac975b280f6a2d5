"""GUM's named entity mentions as our entities, by the documented mapping in ``corpus/gold/entity_mapping.toml``.

A named mention's span in GUM is its whole noun phrase ("US President Donald Trump, who …"); ours is the
name alone, OntoNotes style: from its first proper-noun head word, past leading titles and names of other
entities ("US", "President"), through proper nouns, numbers, capitalised adjectives and the connectors that
join them inside a name ("Museum of Flight", "U.S. Space & Rocket Center"), up to the first word of any
other kind. Spans inside a longer name are dropped ("American Revolution" inside "Daughters of the American
Revolution Constitution Hall"). Every mention of a chain gets the chain's canonical name: GUM's Wikipedia
identity when the article uses it as a name ("NASA"), else the chain's longest name ("Donald Trump").
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from newsquotes.gold.gum import GumDocument, Mention
from newsquotes.schema import Entity

#: Words that join the parts of one name.
CONNECTORS = frozenset({"of", "the", "and", "&", "-", "for", "de", "al", "du", "del", "la"})
#: Titles and roles left out of a person's name when they precede it.
TITLES = frozenset({"president", "prime", "minister", "mr.", "mrs.", "ms.", "dr.", "major", "general",
                    "senator", "chairman", "emeritus", "captain", "professor", "prof.", "sir", "lord", "king", "queen",
                    "secretary", "governor", "mayor", "judge", "justice", "commander", "chief", "director",
                    "ambassador", "administrator", "representative", "rep.", "sen.", "gov.", "spokesman", "spokeswoman", "coach", "manager", "ceo", "st."})
_TYPES = {"person": "PERSON", "organization": "ORG", "event": "EVENT", "object": "PRODUCT"}


@dataclass(frozen=True)
class EntityMapping:
    places: dict[str, str]  # identity or name -> GPE / LOC / FAC
    norp: frozenset[str]

    @classmethod
    def load(cls, path: Path) -> EntityMapping:
        data = tomllib.loads(Path(path).read_text("utf-8"))
        places: dict[str, str] = {}
        for label in ("gpe", "loc", "fac"):
            for key in data.get(label, []):
                if key in places:
                    raise ValueError(f"{path}: place {key!r} is listed as both {places[key]} and {label.upper()}")
                places[key] = label.upper()
        return cls(places=places, norp=frozenset(data.get("norp", [])))


def _is_name_word(form: str, upos: str, xpos: str = "") -> bool:
    return upos in ("PROPN", "NUM") or xpos in ("NNP", "NNPS") or (upos == "ADJ" and form[:1].isupper())


def _modifies(words, index: int, name: range, inside: range) -> bool:
    """Whether word ``index`` depends, through words of the mention, on a word of ``name``."""
    for _ in range(len(inside)):
        index = words[index].head
        if index in name:
            return True
        if index not in inside:
            return False
    return False


def name_span(document: GumDocument, mention: Mention, other_words: set[int]) -> tuple[int, int] | None:
    """Words ``(first, last)`` of the name inside a named mention, or None when it holds no name.

    The name is built around the mention's syntactic head (the head word whose own head lies outside the
    mention), or its last proper-noun head word when that is not a name word. ``other_words`` belong to
    mentions of other chains nested in this one: the name never reaches into them from its left.
    """
    words = document.words
    inside = range(mention.first, mention.last + 1)
    syntactic = [h for h in mention.heads if words[h].head not in inside]
    proper = [h for h in mention.heads if words[h].upos == "PROPN"]
    if not proper:
        return None
    anchor = syntactic[0] if syntactic and _is_name_word(words[syntactic[0]].form, words[syntactic[0]].upos) \
        else proper[-1]
    if anchor in other_words:
        return None  # the name is another entity's, nested in this mention ("the nations President Trump …")
    end = anchor
    position = anchor + 1
    while position <= mention.last and position not in other_words or (
            position <= mention.last and words[position].upos == "PROPN" and words[position - 1].upos == "PROPN"):
        word = words[position]
        if _is_name_word(word.form, word.upos, word.xpos):
            end = position
        elif word.form.lower() not in CONNECTORS:
            break
        position += 1
    start = anchor
    while start > mention.first:  # leftwards only over words that modify the name ("Mexico" in "Mexico City")
        word = words[start - 1]
        name = range(start, end + 1)
        attached = (word.head in name and word.deprel in ("compound", "flat") if start - 1 in other_words
                    else _modifies(words, start - 1, name, inside)
                    # a name in apposition to a common noun ("director General Suleiman al-Amr") is flat
                    or anchor not in syntactic and (word.deprel in ("flat", "compound") or word.form == "-"))
        if word.form.lower() in TITLES or not attached or not (
                _is_name_word(word.form, word.upos, word.xpos) or word.form in CONNECTORS - {"the"}):
            break
        start -= 1
    while start < end and (words[start].form.lower() in TITLES
                           or not _is_name_word(words[start].form, words[start].upos, words[start].xpos)):
        start += 1  # a name never begins with a title or a connector
    return start, end


def _label(mention: Mention, name: str, mapping: EntityMapping, document: GumDocument) -> str | None:
    if mapping.places.get(mention.identity or "") == "GPE" or mapping.places.get(name) == "GPE":
        return "GPE"  # GUM types a country acting as an organization; OntoNotes keeps it a GPE
    if mention.etype == "place":
        label = mapping.places.get(mention.identity or "") or mapping.places.get(name)
        if label is None:
            raise ValueError(f"{document.path}: named place {name!r} (identity {mention.identity!r}) is on none of "
                             "the gpe / loc / fac lists of the entity mapping")
        return label
    if mention.etype == "person":
        return "NORP" if document.words[mention.heads[-1]].xpos == "NNPS" else "PERSON"
    if mention.etype in ("event", "object") and not mention.identity:
        return None
    return _TYPES.get(mention.etype)


def gum_entities(document: GumDocument, offsets: dict[int, tuple[int, int]], text: str,
                 mapping: EntityMapping) -> list[Entity]:
    """The entities of one article from its GUM document; ``offsets`` from :func:`newsquotes.gold.gum.align`."""
    named = [m for m in document.mentions if m.first >= document.body_start
             and any(document.words[h].upos == "PROPN" for h in m.heads)]
    found: list[tuple[int, int, str, int]] = []  # first word, last word, label, chain
    for mention in named:
        others = {w for m in document.mentions if m.chain != mention.chain and mention.first <= m.first and m.last <= mention.last
                  and (m.first, m.last) != (mention.first, mention.last) for w in range(m.first, m.last + 1)}
        span = name_span(document, mention, others)
        if span is None:
            continue
        name = text[offsets[span[0]][0]:offsets[span[1]][1]]
        label = _label(mention, name, mapping, document)
        if label:
            found.append((span[0], span[1], label, mention.chain))
    # a chain is named by its Wikipedia identity when the text uses it, else by its longest name
    canonical: dict[int, str] = {}
    identities = {m.chain: m.identity for m in named if m.identity}
    for first, last, _, chain in found:
        name = text[offsets[first][0]:offsets[last][1]]
        current, identity = canonical.get(chain), identities.get(chain)
        if current is None or current != identity and (name == identity or len(name) > len(current)):
            canonical[chain] = name
    kept: list[tuple[int, int, str, str]] = []
    for first, last, label, chain in sorted(set(found), key=lambda f: (f[0], -f[1])):
        if any(k[0] <= first and last <= k[1] for k in kept):
            continue  # inside a longer name
        kept.append((first, last, label, canonical[chain]))
    taken = {w for k in kept for w in range(k[0], k[1] + 1)}
    for word in document.words[document.body_start:]:
        if word.form in mapping.norp and word.upos in ("ADJ", "PROPN") and word.index not in taken:
            kept.append((word.index, word.index, "NORP", word.form))
    kept.sort()
    entities = []
    for number, (first, last, label, canonical_name) in enumerate(kept, start=1):
        start, end = offsets[first][0], offsets[last][1]
        entities.append(Entity(id=f"e{number}", start=start, end=end, text=text[start:end], label=label,
                               entity=canonical_name))
    return entities


def chain_names(document: GumDocument, offsets: dict[int, tuple[int, int]], entities: list[Entity]
                ) -> dict[tuple[int, int], str]:
    """Character span -> canonical name of every GUM mention whose chain has a named entity among ``entities``.

    Lets a quote's speaker ("he", "the spokesman") be checked against the chain it belongs to.
    """
    by_span = {(e.start, e.end): e.entity for e in entities}
    chain_name: dict[int, str] = {}
    for mention in document.mentions:
        if mention.first < document.body_start:
            continue
        words = range(mention.first, mention.last + 1)
        for e_start, e_end in by_span:
            if offsets[mention.first][0] <= e_start and e_end <= offsets[mention.last][1] and any(
                    offsets[w][0] == e_start for w in words) and mention.chain not in chain_name and any(
                    document.words[h].upos == "PROPN" and offsets[h][0] >= e_start and offsets[h][1] <= e_end
                    for h in mention.heads):
                chain_name[mention.chain] = by_span[(e_start, e_end)]
    return {(offsets[m.first][0], offsets[m.last][1]): chain_name[m.chain]
            for m in document.mentions if m.first >= document.body_start and m.chain in chain_name}
