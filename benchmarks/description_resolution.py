"""How often the ``rules`` model's resolver of a nominal speaker finds the entity a definite description refers to
("the company", "the minister", "the Airbus chief"), scored against the gold coreference the project ships: GUM's
chains and MEANTIME's entity instances (annotated sentences only), as ``pronoun_resolution`` reads them.

Every definite description (a mention that opens with "the" and whose head is a common noun) of the train and dev
articles whose chain named the entity by a proper name before it is put to the resolver the rules use for a
nominal speaker (``Referents.speaker``), from "the" to its head ("the president of the company" is asked as "the
president", which is how a speaker phrase reaches it). The answer is right when it is one of the chain's names
(``_coreference.is_right``); the description's own words given back (nothing resolved) are no answer, and wrong.

The headline counts the descriptions of entities that can speak (people, organisations, places) outside quotation
marks; subjects (GUM's ``nsubj``; in MEANTIME, without syntax, a description that opens its sentence) and each class
of head noun are given apart. Never reads the test split.

    PYTHONPATH=src python benchmarks/description_resolution.py               # train and dev, the table
    PYTHONPATH=src python benchmarks/description_resolution.py --split dev --errors 30 --json out.json
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from newsquotes.gold.build import GoldSources
from newsquotes.models.rules_head_kinds import head_kind
from newsquotes.models.rules_nominals import BUSINESS_NOUNS
from newsquotes.schema import Article

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coreference import context, gold_file, gum_anaphors, is_right, meantime_anaphors, quoted, rate, resolver, run  # noqa: E402

#: Words after a MEANTIME description's head, which GUM's syntax gives but MEANTIME's tokens do not.
_AFTER_HEAD = frozenset("of in at for from with on who whom which that , ( to by as and 's ’s".split())
CLASSES = ("business", "organisation", "person", "place", "other")


@dataclass
class Case:
    """One definite description with its gold chain and the resolver's answer."""

    article: str
    source: str  # gum or meantime
    start: int
    description: str  # from "the" to the head, as asked
    head: str
    head_class: str  # business, organisation, person, place or other, by the head noun
    kind: str  # the gold entity's: person, organisation, place or other
    subject: bool
    quoted: bool
    names: list[str]  # the chain's proper names before the description, and its title
    answer: str | None
    right: bool
    context: str


def head_class(head: str) -> str:
    """What a description's head noun names: a business ("company", "carmaker"), another organisation ("ministry",
    "court"), a person ("minister", "chief"), a place ("city", "country"), or other."""
    singular = head.lower().removesuffix("s") if not head.lower().endswith("ss") else head.lower()
    if singular in BUSINESS_NOUNS:
        return "business"
    return {"ORG": "organisation", "PERSON": "person", "GPE": "place"}.get(head_kind(head) or "", "other")


def _gum_description(words, m) -> bool:
    head = m.heads[0] if m.heads else m.last
    return words[m.first].form.lower() == "the" and words[head].upos == "NOUN" and m.first < head <= m.last


def _gum_named(words, m) -> bool:
    return any(w.upos == "PROPN" for w in words[m.first:m.last + 1])


def _meantime_description(forms, m, opens) -> bool | None:
    if m.syntactic_type != "NOM" or len(forms) < 2 or forms[0].lower() != "the":
        return None
    return opens


def _head_end(words: list[str], start: int, text: str, gum_head: int | None) -> tuple[int, str]:
    """Where the description ends at its head, and the head: GUM's, else the word before the first that follows
    a head ("of", "who", a comma)."""
    cut = next((k for k, w in enumerate(words) if k > 1 and w.lower() in _AFTER_HEAD), len(words))
    head = words[gum_head] if gum_head is not None else words[cut - 1]
    at = start
    for w in words[:(gum_head + 1) if gum_head is not None else cut]:
        at = text.index(w, at) + len(w)
    return at, head


def cases(article: Article, sources: GoldSources) -> list[Case]:
    """Every definite description of one article that its gold coreference resolves, with the resolver's answer."""
    gold = gold_file(article, sources)
    if gold is None:
        return []
    source, path = gold
    if source == "gum":
        found = gum_anaphors(article, path, _gum_description, _gum_named)
    else:
        found = meantime_anaphors(article, path, _meantime_description, lambda o: o.syntactic_type in ("NAM", "PRE.NAM"))
    if not found:
        return []
    layout, referents = resolver(article)
    text, out = article.text, []
    for a in found:
        end, head = _head_end(a.words, a.start, text, a.head if source == "gum" else None)
        if not re.fullmatch(r"[A-Za-z-]+", head):
            continue
        asked = text[a.start:end]
        answer = referents.speaker(a.start, end).name
        answer = None if answer == asked else answer
        out.append(Case(article.id, source, a.start, asked, head.lower(), head_class(head), a.kind, a.subject,
                        quoted(layout, a.start), a.names, answer, is_right(answer, a.names),
                        context(text, a.start, a.end)))
    return out


def details(speaking: list[Case]) -> list[str]:
    lines = []
    for source in ("gum", "meantime"):
        group = [c for c in speaking if c.source == source]
        lines.append(f"  {source:9} all {rate(group):22} subjects {rate([c for c in group if c.subject])}")
    for head in CLASSES:
        group = [c for c in speaking if c.head_class == head]
        lines.append(f"  head {head:12} all {rate(group):22} subjects {rate([c for c in group if c.subject])}")
    return lines + [f"  entity {kind:13} all {rate([c for c in speaking if c.kind == kind])}"
                    for kind in ("person", "organisation", "place")]


def main() -> None:
    run(__doc__, cases, "definite descriptions", details, lambda c: c.kind != "other" and not c.quoted,
        lambda c: f"  {c.article} {c.description!r} -> {c.answer!r}; gold {c.names[:3]}\n     {c.context}",
        "print this many wrong speaking descriptions")


if __name__ == "__main__":
    main()
