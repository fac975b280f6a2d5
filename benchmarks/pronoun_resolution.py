"""How often the ``rules`` model's pronoun resolver finds the entity a third-person pronoun refers to, scored
against the gold coreference the project ships: GUM's chains (``Entity=`` in the CoNLL-U MISC column) and
MEANTIME's entity instances (mentions of syntactic type PRO linked to an instance; its annotators covered the
first sentences only, so only those sentences count).

Every third-person pronoun (he, she, it, they and their other cases) of the train and dev articles whose chain
names the entity before it (by a name or a noun phrase, not only by other pronouns) is put to the resolver the
rules use for a speaker pronoun (``Referents.antecedent``, "his" asked as "he", "its" as "it" and so on) at the
pronoun's position. The answer is right when it is one of the chain's names: its words are among the words of a
non-pronoun mention of the chain (or the chain's Wikipedia title or MEANTIME descriptor), or such a mention's
words are among the answer's. No answer is wrong.

The headline score counts the pronouns that could speak: entities that are people, organisations or places,
outside quotation marks (inside them a pronoun is the quoted speaker's, which the resolver is never asked).
Subjects (GUM's ``nsubj``; in MEANTIME, where there is no syntax, the nominative he, she, they and it) are
given apart: a speaker pronoun is a subject. Never reads the test split.

    PYTHONPATH=src python benchmarks/pronoun_resolution.py               # train and dev, the table
    PYTHONPATH=src python benchmarks/pronoun_resolution.py --split dev --errors 30 --json out.json
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from newsquotes.gold.build import GoldSources
from newsquotes.schema import Article

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coreference import context, gold_file, gum_anaphors, is_right, meantime_anaphors, quoted, rate, resolver, run  # noqa: E402

#: Each third-person form and the form the resolver is asked with.
ASKED_AS = {"he": "he", "him": "he", "his": "he", "himself": "he", "she": "she", "her": "she", "hers": "she",
            "herself": "she", "it": "it", "its": "it", "itself": "it", "they": "they", "them": "they",
            "their": "they", "theirs": "they", "themselves": "they"}
NOMINATIVE = frozenset("he she it they".split())


@dataclass
class Case:
    """One pronoun with its gold chain and the resolver's answer."""

    article: str
    source: str  # gum or meantime
    start: int
    pronoun: str
    kind: str  # person, organisation, place or other
    subject: bool
    quoted: bool
    names: list[str]  # the chain's non-pronoun mentions before the pronoun, and its title
    answer: str | None
    right: bool
    context: str


def _gum_pronoun(words, m) -> bool:
    return m.first == m.last and words[m.first].form.lower() in ASKED_AS


def _gum_naming(words, m) -> bool:
    return not (m.first == m.last and words[m.first].upos == "PRON")  # a name or a noun phrase


def _meantime_pronoun(forms, m, opens) -> bool | None:
    if m.syntactic_type != "PRO" or len(forms) != 1 or forms[0].lower() not in ASKED_AS:
        return None
    return forms[0].lower() in NOMINATIVE  # no syntax: the nominative forms are the subjects


def cases(article: Article, sources: GoldSources) -> list[Case]:
    """Every pronoun of one article that its gold coreference resolves, with the resolver's answer."""
    gold = gold_file(article, sources)
    if gold is None:
        return []
    source, path = gold
    found = (gum_anaphors(article, path, _gum_pronoun, _gum_naming) if source == "gum"
             else meantime_anaphors(article, path, _meantime_pronoun, lambda o: o.syntactic_type != "PRO"))
    if not found:
        return []
    layout, referents = resolver(article)
    out = []
    for a in found:
        form = a.words[0].lower()
        answer = referents.antecedent(ASKED_AS[form], a.start)
        out.append(Case(article.id, source, a.start, form, a.kind, a.subject, quoted(layout, a.start), a.names, answer,
                        is_right(answer, a.names), context(article.text, a.start, a.end)))
    return out


def details(speaking: list[Case]) -> list[str]:
    lines = [f"  {source:9} subjects:                   {rate([c for c in speaking if c.subject and c.source == source])}"
             for source in ("gum", "meantime")]
    for asked in ("he", "she", "it", "they"):
        group = [c for c in speaking if ASKED_AS[c.pronoun] == asked]
        lines.append(f"  asked as {asked:5} all {rate(group):22} subjects {rate([c for c in group if c.subject])}")
    return lines + [f"  {kind:13} subjects:               {rate([c for c in speaking if c.subject and c.kind == kind])}"
                    for kind in ("person", "organisation", "place")]


def main() -> None:
    run(__doc__, cases, "pronouns", details, lambda c: c.subject and c.kind != "other" and not c.quoted,
        lambda c: f"  {c.article} {c.pronoun} -> {c.answer!r}; gold {c.names[:3]}\n     {c.context}",
        "print this many wrong speaking subjects")


if __name__ == "__main__":
    main()
