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

import argparse
import json
import re
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

from newsquotes.dataset import load_dataset
from newsquotes.gold import gum, meantime
from newsquotes.gold.build import GoldSources, article_name
from newsquotes.models.rules_entities import find_mentions
from newsquotes.models.rules_marks import Quotations
from newsquotes.models.rules_pronouns import inside_quotation
from newsquotes.models.rules_speakers import Speakers
from newsquotes.models.rules_text import Layout
from newsquotes.schema import Article

ROOT = Path(__file__).resolve().parent.parent
#: Each third-person form and the form the resolver is asked with.
ASKED_AS = {"he": "he", "him": "he", "his": "he", "himself": "he", "she": "she", "her": "she", "hers": "she",
            "herself": "she", "it": "it", "its": "it", "itself": "it", "they": "they", "them": "they",
            "their": "they", "theirs": "they", "themselves": "they"}
NOMINATIVE = frozenset("he she it they".split())
#: Entity kinds that can speak, by each source's names for them.
SPEAKING = {"person": "person", "organization": "organisation", "place": "place",
            "PER": "person", "ORG": "organisation", "LOC": "place"}
_STOP = frozenset("the a an of s".split())


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


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W_]+", text.lower()) if w not in _STOP}  # "El - Hassan" is "El-Hassan"


def is_right(answer: str | None, names: list[str]) -> bool:
    """Whether the resolver's answer names the chain: one's words are among the other's."""
    if not answer:
        return False
    said = _words(answer)
    return bool(said) and any((said <= (w := _words(n)) or w <= said) and w for n in names)


def _gum_chains(article: Article, path: Path) -> list[tuple[int, int, str, str, bool, list[str]]]:
    """``(start, end, form, kind, subject, names)`` of each GUM third-person pronoun of the body."""
    document = gum.read_gum(path)
    offsets = gum.align(document, article.text)
    words = document.words
    chains: dict[int, list[gum.Mention]] = {}
    for m in document.mentions:
        chains.setdefault(m.chain, []).append(m)
    found = []
    for m in document.mentions:
        form = words[m.first].form.lower()
        if m.first != m.last or form not in ASKED_AS or m.first not in offsets:
            continue
        named = [o for o in chains[m.chain] if o.first < m.first and not (
            o.first == o.last and words[o.first].upos == "PRON")]
        names = [" ".join(w.form for w in words[o.first:o.last + 1]) for o in named if o.last - o.first < 12]
        if not names:
            continue
        names += [o.identity for o in chains[m.chain] if o.identity][:1]
        start, end = offsets[m.first]
        subject = words[m.first].deprel.startswith("nsubj")
        found.append((start, end, form, SPEAKING.get(m.etype, "other"), subject, names))
    return found


def _meantime_chains(article: Article, path: Path) -> list[tuple[int, int, str, str, bool, list[str]]]:
    """``(start, end, form, kind, subject, names)`` of each MEANTIME third-person pronoun of an annotated sentence."""
    document = meantime.read_document(path)
    spans = meantime.align(document, article.text)
    covered = set(meantime.annotated_sentences(document))
    sentence_of = {t.id: t.sentence for t in document.tokens}
    forms = {t.id: t.form for t in document.tokens}
    order = {t.id: k for k, t in enumerate(document.tokens)}
    by_instance: dict[str, list[meantime.Mention]] = {}
    for m in document.mentions.values():
        if m.kind == "ENTITY_MENTION" and m.id in document.refers_to:
            by_instance.setdefault(document.refers_to[m.id], []).append(m)
    found = []
    for m in document.mentions.values():
        if m.kind != "ENTITY_MENTION" or m.syntactic_type != "PRO" or len(m.tokens) != 1:
            continue
        token = m.tokens[0]
        form = forms[token].lower()
        if form not in ASKED_AS or token not in spans or sentence_of[token] not in covered:
            continue
        instance = document.instances.get(document.refers_to.get(m.id, ""))
        if instance is None:
            continue
        named = [o for o in by_instance[instance.id] if o.syntactic_type != "PRO" and order[o.tokens[0]] < order[token]
                 and o.tokens[0] in spans]
        if not named:
            continue
        names = [" ".join(forms[t] for t in o.tokens) for o in named] + [instance.descriptor.replace("_", " ")]
        start, end = spans[token]
        found.append((start, end, form, SPEAKING.get(instance.ent_type, "other"), form in NOMINATIVE, names))
    return found


def cases(article: Article, sources: GoldSources) -> list[Case]:
    """Every pronoun of one article that its gold coreference resolves, with the resolver's answer."""
    name = article_name(article)
    path = next((p for p in (sources.gum_dir / f"GUM_news_{name}.conllu", sources.gum_dir / f"GUM_interview_{name}.conllu")
                 if p.exists()), None)
    if path:
        source, found = "gum", _gum_chains(article, path)
    elif path := sources.meantime_file(name):
        source, found = "meantime", _meantime_chains(article, path)
    else:
        return []
    if not found:
        return []
    layout = Layout(article)
    referents = Speakers(layout, Quotations(layout), find_mentions(layout)).referents
    text, out = article.text, []
    for start, end, form, kind, subject, names in found:
        answer = referents.antecedent(ASKED_AS[form], start)
        quoted = inside_quotation(text, layout.paragraph_starts[layout.paragraph(start)], start)
        context = text[max(0, start - 160):start] + "[" + text[start:end] + "]" + text[end:end + 40]
        out.append(Case(article.id, source, start, form, kind, subject, quoted, names, answer,
                        is_right(answer, names), context.replace("\n", " ")))
    return out


def _rate(group: list[Case]) -> str:
    right = sum(c.right for c in group)
    return f"{right}/{len(group)} = {right / len(group):.3f}" if group else "-"


def report(split: str, found: list[Case]) -> None:
    speaking = [c for c in found if c.kind != "other" and not c.quoted]
    print(f"== {split}: {len(found)} pronouns with a named antecedent, {len(speaking)} of speaking entities "
          "outside quotation marks")
    print(f"  headline (speaking, unquoted):       {_rate(speaking)}")
    print(f"  of them subjects:                    {_rate([c for c in speaking if c.subject])}")
    for source in ("gum", "meantime"):
        print(f"  {source:9} subjects:                   {_rate([c for c in speaking if c.subject and c.source == source])}")
    for asked in ("he", "she", "it", "they"):
        group = [c for c in speaking if ASKED_AS[c.pronoun] == asked]
        print(f"  asked as {asked:5} all {_rate(group):22} subjects {_rate([c for c in group if c.subject])}")
    for kind in ("person", "organisation", "place"):
        print(f"  {kind:13} subjects:               {_rate([c for c in speaking if c.subject and c.kind == kind])}")
    print(f"  speaking, inside quotation marks:    {_rate([c for c in found if c.kind != 'other' and c.quoted])}")
    print(f"  other entities (not aimed at):       {_rate([c for c in found if c.kind == 'other'])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("train", "dev"), action="append", help="train, dev or both (default)")
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong speaking subjects")
    parser.add_argument("--json", type=Path, help="write every case here")
    args = parser.parse_args()
    sources = GoldSources.shipped(ROOT)
    everything = []
    for split in args.split or ["train", "dev"]:
        dataset = load_dataset(ROOT / "corpus" / "gold" / "gold.jsonl", ROOT / "corpus" / "build", split)
        found = [c for article in dataset.articles for c in cases(article, sources)]
        report(split, found)
        everything += found
        wrong = [c for c in found if not c.right and c.subject and c.kind != "other" and not c.quoted]
        for c in wrong[:args.errors]:
            print(f"  {c.article} {c.pronoun} -> {c.answer!r}; gold {c.names[:3]}\n     {c.context}")
    if args.json:
        args.json.write_text(json.dumps([asdict(c) for c in everything], ensure_ascii=False, indent=1))
    totals = Counter((c.kind != "other" and not c.quoted, c.right) for c in everything)
    print(f"all splits, speaking unquoted: {totals[True, True]}/{totals[True, True] + totals[True, False]}")


if __name__ == "__main__":
    main()
