"""MEANTIME's entity mentions as our entities, and the part of the text that layer covers.

The mapping (documented and decided in ``corpus/gold/meantime_mapping.toml``):

* Only **named** mentions become entities: syntactic type NAM (a name) or PRE.NAM (a name used as a
  modifier, "US" in "US carmakers"). NOM, PRO, APP, CONJ and untyped mentions are descriptions, pronouns or
  lists, never names in our scheme.
* A MEANTIME mention is a whole noun phrase ("the Moscone West Convention Center in San Francisco"). Its
  names are its runs of capitalised words ("iPhone" is one; digits and the particles of ``name_particles`` may continue a
  run; a leading "The" does not start one): the last run for a person, organisation or product (English
  noun phrases end in their head: "Airbus parent EADS" gives `EADS`), every run for a place ("Bangkok,
  Thailand" gives two). ``rename`` rewrites a run to the name inside it ("US Government" → "US").
* Types: PER → PERSON; ORG → ORG; PRO → PRODUCT; LOC → GPE, LOC or FAC by the place lists (the GUM lists in
  ``entity_mapping.toml`` and the MEANTIME lists, where a few bodies typed LOC are ORG, "EU" among them;
  an unlisted place is an error, so every decision is written down). FIN (shares, indices, deals) and MIX (mixed groups) have no label of ours: their
  mentions, like mentions whose type MEANTIME leaves out, are **cut out of the coverage**, so a model that
  marks them there is neither right nor wrong.
* NORP: MEANTIME does not mark nationality words; the `norp` words of ``entity_mapping.toml`` are added
  wherever they stand in a covered sentence outside another name, as for GUM.
* Coverage: the body sentences MEANTIME's annotators annotated (:func:`annotated_sentences`: the first
  sentences only; a later sentence with nothing but bare cross-document markables is not covered), less
  the cut-out mentions.
* Canonical name: the longest name among the mentions of one MEANTIME instance (its coreference chain); a
  place named after the first one in a mention ("Thailand" in "Bangkok, Thailand") is its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from newsquotes.errors import GoldError
from newsquotes.gold.entities import EntityMapping
from newsquotes.gold.meantime import MeantimeDocument, align, annotated_sentences, sentence_spans
from newsquotes.schema import Entity, Span, span_within
from newsquotes.gold.files import read_toml

_TYPES = {"PER": "PERSON", "ORG": "ORG", "PRO": "PRODUCT", "LOC": None}  # LOC: by the place lists
_NAMED = {"NAM", "PRE.NAM"}


@dataclass(frozen=True)
class MeantimeMapping:
    places: dict[str, str]  # name -> GPE / LOC / FAC / ORG
    not_places: frozenset[str]
    particles: frozenset[str]
    renames: dict[str, str]
    norp: frozenset[str]
    titles: frozenset[str]

    @classmethod
    def load(cls, path: Path, gum: EntityMapping) -> MeantimeMapping:
        data = read_toml(path)
        places = dict(gum.places)
        for label in ("gpe", "loc", "fac", "org"):
            places.update({name: label.upper() for name in data.get(label, [])})
        return cls(places, frozenset(data.get("not_places", [])), frozenset(data.get("name_particles", [])),
                   dict(data.get("rename", {})), gum.norp | frozenset(data.get("norp", [])),
                   frozenset(data.get("person_titles", {}).get("words", [])))


def _runs(tokens: list[tuple[str, tuple[int, int]]], particles: frozenset[str]) -> list[list[int]]:
    """Indices of the runs of capitalised tokens: names inside one noun phrase."""
    runs: list[list[int]] = []
    current: list[int] = []
    for k, (form, _) in enumerate(tokens):
        # a capitalised word, or one capitalised inside as brands are ("iPhone", "eBay")
        capital = (form[:1].isupper() or form[:1].islower() and not form.islower()) \
            and not (not current and form in ("The", "A", "An"))
        continuing = current and (form[:1].isdigit() or form in particles or form in ("&", "-", "."))
        if capital or continuing:
            current.append(k)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    # a run may not end on a particle ("Bank of")
    return [r[: max(i for i, k in enumerate(r) if tokens[k][0] not in particles) + 1] for r in runs]


def meantime_entities(document: MeantimeDocument, text: str, mapping: MeantimeMapping
                      ) -> tuple[list[Entity], list[Span]]:
    """The article's entities and the ranges the layer covers; errors name the file and the mention."""
    spans = align(document, text)
    sentence_of = {t.id: t.sentence for t in document.tokens}
    covered = set(annotated_sentences(document))
    holes: list[tuple[int, int]] = []
    found: list[tuple[int, int, str, str]] = []  # start, end, label, instance
    forms = {t.id: t.form for t in document.tokens}
    for mention in document.mentions.values():
        if mention.kind != "ENTITY_MENTION" or sentence_of[mention.tokens[0]] not in covered:
            continue
        instance = document.instances.get(document.refers_to.get(mention.id, ""))
        ent_type = instance.ent_type if instance else ""
        tokens = [(forms[i], spans[i]) for i in mention.tokens]
        if ent_type not in _TYPES:
            if mention.syntactic_type in _NAMED or not ent_type:
                holes.append((tokens[0][1][0], tokens[-1][1][1]))
            continue
        if mention.syntactic_type not in _NAMED:
            continue
        runs = _runs(tokens, mapping.particles)
        if ent_type != "LOC":
            runs = runs[-1:]
        if ent_type == "PER":
            runs = [[k for k in run if tokens[k][0] not in mapping.titles and tokens[k][0] not in mapping.particles]
                    for run in runs]
            runs = [run for run in runs if run and run == list(range(run[0], run[-1] + 1))]
        for position, run in enumerate(runs):
            start, end = tokens[run[0]][1][0], tokens[run[-1]][1][1]
            name = text[start:end]
            if name in mapping.renames:
                offset = name.index(mapping.renames[name])
                start, end = start + offset, start + offset + len(mapping.renames[name])
                name = text[start:end]
            label = _TYPES[ent_type]
            if label is None and name in mapping.not_places:
                continue
            if name in mapping.norp:
                label = "NORP"
            elif label is None:
                label = mapping.places.get(name)
                if label is None:
                    raise GoldError(f"{document.path}: place {name!r} (mention {mention.id}) is on no place list "
                                     "of corpus/gold/meantime_mapping.toml")
            # the mention's first place is the instance; the places after it ("…, Thailand") are their own
            chain = instance.id if instance and position == 0 else f"name:{name}"
            found.append((start, end, label, chain))
    coverage = _coverage(document, spans, covered, holes)
    entities = [f for f in _without_overlaps(found) if span_within(coverage, f[0], f[1])]
    entities += _norp_words(text, coverage, entities, mapping.norp)
    canonical: dict[str, str] = {}
    for start, end, _, instance in entities:
        if len(text[start:end]) > len(canonical.get(instance, "")):
            canonical[instance] = text[start:end]
    result = [Entity(id=f"e{k}", start=s, end=e, text=text[s:e], label=label,
                     entity=text[s:e] if label == "NORP" else canonical[instance])
              for k, (s, e, label, instance) in enumerate(sorted(entities), start=1)]
    return result, coverage


def _without_overlaps(found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Of two names that share characters the longer wins, of two as long the earlier (as for GUM)."""
    kept: list[tuple[int, int, str, str]] = []
    for candidate in sorted(set(found), key=lambda f: (f[0] - f[1], f[0], f[2], f[3])):
        if not any(candidate[0] < k[1] and k[0] < candidate[1] for k in kept):
            kept.append(candidate)
    return kept


def _norp_words(text: str, coverage: list[Span], entities: list, norp: frozenset[str]) -> list:
    out = []
    for match in re.finditer(r"\b[A-Z][a-z]+\b", text):
        start, end = match.span()
        if match.group() in norp and span_within(coverage, start, end) \
                and not any(start < e and s < end for s, e, _, _ in entities):
            out.append((start, end, "NORP", f"norp:{match.group()}"))
    return out


def _coverage(document: MeantimeDocument, spans: dict[str, tuple[int, int]], covered: set[int],
              holes: list[tuple[int, int]]) -> list[Span]:
    ranges = sorted(r for number, r in sentence_spans(document, spans).items() if number in covered)
    for hole_start, hole_end in sorted(holes):
        cut = []
        for start, end in ranges:
            if hole_end <= start or end <= hole_start:
                cut.append((start, end))
                continue
            if start < hole_start:
                cut.append((start, hole_start))
            if hole_end < end:
                cut.append((hole_end, end))
        ranges = cut
    return [Span(start=s, end=e) for s, e in ranges if s < e]
