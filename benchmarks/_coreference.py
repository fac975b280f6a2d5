"""Gold coreference of the shipped GUM and MEANTIME articles, read for the benchmarks that score the ``rules``
model's resolvers (``pronoun_resolution``, ``description_resolution``): each mention a benchmark asks about, with
the names its chain gave the entity before it, and whether a resolver's answer is one of those names.

An answer is right when its words are among the words of one of the names (or the chain's Wikipedia title or
MEANTIME descriptor), or such a name's words are among the answer's. No answer is wrong.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from newsquotes.dataset import load_dataset
from newsquotes.gold import gum, meantime
from newsquotes.gold.build import GoldSources, article_name
from newsquotes.models.rules_entities import find_mentions
from newsquotes.models.rules_marks import Quotations
from newsquotes.models.rules_pronouns import inside_quotation
from newsquotes.models.rules_referents import Referents
from newsquotes.models.rules_speakers import Speakers
from newsquotes.models.rules_text import Layout
from newsquotes.schema import Article

#: Entity kinds that can speak, by each source's names for them.
SPEAKING = {"person": "person", "organization": "organisation", "place": "place",
            "PER": "person", "ORG": "organisation", "LOC": "place"}
_STOP = frozenset("the a an of s".split())


@dataclass
class Anaphor:
    """One gold mention a benchmark asks about, where it is in the article's text and what its chain named before."""

    start: int
    end: int
    words: list[str]  # the mention's words as the gold tokenised them
    kind: str  # person, organisation, place or other
    subject: bool
    names: list[str]  # the chain's naming mentions before it, and its title
    head: int | None = None  # GUM: the position of the mention's head among its words


#: Whether a GUM mention is asked about: the document's words and the mention.
GumSelect = Callable[[list[gum.Word], gum.Mention], bool]
#: Whether a MEANTIME mention (its words, itself, whether it opens its sentence) is a subject, or None when it is
#: not asked about.
MeantimeSelect = Callable[[list[str], meantime.Mention, bool], "bool | None"]


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W_]+", text.lower()) if w not in _STOP}  # "El - Hassan" is "El-Hassan"


def is_right(answer: str | None, names: list[str]) -> bool:
    """Whether the resolver's answer names the chain: one's words are among the other's."""
    if not answer:
        return False
    said = _words(answer)
    return bool(said) and any((said <= (w := _words(n)) or w <= said) and w for n in names)


def gum_anaphors(article: Article, path: Path, select: GumSelect, naming: GumSelect) -> list[Anaphor]:
    """Each GUM mention of the body that ``select`` takes and whose chain has a ``naming`` mention before it."""
    document = gum.read_gum(path)
    offsets = gum.align(document, article.text)
    words = document.words
    chains: dict[int, list[gum.Mention]] = {}
    for m in document.mentions:
        chains.setdefault(m.chain, []).append(m)
    found = []
    for m in document.mentions:
        if m.first not in offsets or m.last not in offsets or not select(words, m):
            continue
        named = [o for o in chains[m.chain] if o.first < m.first and naming(words, o)]
        names = [" ".join(w.form for w in words[o.first:o.last + 1]) for o in named if o.last - o.first < 12]
        if not names:
            continue
        names += [o.identity for o in chains[m.chain] if o.identity][:1]
        head = m.heads[0] if m.heads and m.first <= m.heads[0] <= m.last else m.first
        found.append(Anaphor(offsets[m.first][0], offsets[m.last][1], [w.form for w in words[m.first:m.last + 1]],
                             SPEAKING.get(m.etype, "other"), words[head].deprel.startswith("nsubj"), names,
                             head - m.first))
    return found


def meantime_anaphors(article: Article, path: Path, select: MeantimeSelect,
                      naming: Callable[[meantime.Mention], bool]) -> list[Anaphor]:
    """Each MEANTIME mention of an annotated sentence that ``select`` takes and whose instance has a ``naming``
    mention before it."""
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
        if m.kind != "ENTITY_MENTION" or not m.tokens or m.tokens[0] not in spans or m.tokens[-1] not in spans:
            continue
        if sentence_of[m.tokens[0]] not in covered:
            continue
        instance = document.instances.get(document.refers_to.get(m.id, ""))
        first = order[m.tokens[0]]
        opens = first == 0 or document.tokens[first - 1].sentence != sentence_of[m.tokens[0]]
        subject = select([forms[t] for t in m.tokens], m, opens)
        if instance is None or subject is None:
            continue
        named = [o for o in by_instance[instance.id] if naming(o)
                 and order[o.tokens[0]] < first and o.tokens[0] in spans]
        if not named:
            continue
        names = [" ".join(forms[t] for t in o.tokens) for o in named] + [instance.descriptor.replace("_", " ")]
        found.append(Anaphor(spans[m.tokens[0]][0], spans[m.tokens[-1]][1], [forms[t] for t in m.tokens],
                             SPEAKING.get(instance.ent_type, "other"), subject, names))
    return found


def gold_file(article: Article, sources: GoldSources) -> tuple[str, Path] | None:
    """Which source holds an article's gold coreference, and its file."""
    name = article_name(article)
    path = next((p for p in (sources.gum_dir / f"GUM_news_{name}.conllu", sources.gum_dir / f"GUM_interview_{name}.conllu")
                 if p.exists()), None)
    if path:
        return "gum", path
    if path := sources.meantime_file(name):
        return "meantime", path
    return None


def resolver(article: Article) -> tuple[Layout, Referents]:
    """The resolver the rules use for an article's speakers, and its layout."""
    layout = Layout(article)
    return layout, Speakers(layout, Quotations(layout), find_mentions(layout)).referents


def quoted(layout: Layout, start: int) -> bool:
    """Whether ``start`` is inside quotation marks in its paragraph."""
    return inside_quotation(layout.text, layout.paragraph_starts[layout.paragraph(start)], start)


def context(text: str, start: int, end: int) -> str:
    """The text before a mention, the mention in brackets, and a little after, on one line."""
    return (text[max(0, start - 160):start] + "[" + text[start:end] + "]" + text[end:end + 40]).replace("\n", " ")


def rate(cases: list) -> str:
    """How many of ``cases`` the resolver got right, as "right/all = share"."""
    right = sum(c.right for c in cases)
    return f"{right}/{len(cases)} = {right / len(cases):.3f}" if cases else "-"


def report(split: str, found: list, what: str, details: Callable[[list], Iterable[str]]) -> None:
    """The scores of one split: the headline (entities that can speak, outside quotation marks) and its subjects,
    the benchmark's own ``details`` of those cases, then the cases inside quotation marks and the other entities."""
    speaking = [c for c in found if c.kind != "other" and not c.quoted]
    print(f"== {split}: {len(found)} {what} with a named antecedent, {len(speaking)} of speaking entities outside "
          "quotation marks")
    print(f"  headline (speaking, unquoted):       {rate(speaking)}")
    print(f"  of them subjects:                    {rate([c for c in speaking if c.subject])}")
    for line in details(speaking):
        print(line)
    print(f"  speaking, inside quotation marks:    {rate([c for c in found if c.kind != 'other' and c.quoted])}")
    print(f"  other entities (not aimed at):       {rate([c for c in found if c.kind == 'other'])}")


ROOT = Path(__file__).resolve().parent.parent


def run(doc: str, cases: Callable, what: str, details: Callable, shown: Callable, describe: Callable,
        errors_help: str) -> None:
    """The command line both benchmarks share: score the cases of each split asked for (train and dev; never the
    test split), print the :func:`report` of each and the first wrong cases that ``shown`` selects, write every case as
    JSON, and print the count right over both splits of the speaking entities outside quotation marks."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("train", "dev"), action="append", help="train, dev or both (default)")
    parser.add_argument("--errors", type=int, default=0, help=errors_help)
    parser.add_argument("--json", type=Path, help="write every case here")
    args = parser.parse_args()
    sources = GoldSources.shipped(ROOT)
    everything = []
    for split in args.split or ["train", "dev"]:
        dataset = load_dataset(ROOT / "corpus" / "gold" / "gold.jsonl", ROOT / "corpus" / "build", split)
        found = [c for article in dataset.articles for c in cases(article, sources)]
        report(split, found, what, details)
        everything += found
        for case in [c for c in found if not c.right and shown(c)][:args.errors]:
            print(describe(case))
    if args.json:
        args.json.write_text(json.dumps([asdict(c) for c in everything], ensure_ascii=False, indent=1))
    totals = Counter((c.kind != "other" and not c.quoted, c.right) for c in everything)
    print(f"all splits, speaking unquoted: {totals[True, True]}/{totals[True, True] + totals[True, False]}")
