"""A labelled evaluation set for de-duplication: reprints of real articles, and hard negatives.

Each of N originals gets the variants a wire story goes through on other sites (rewritten headline and
lead, trimmed ending, site boilerplate, copy edits, combinations of these), labelled with their original.
Hard negatives are other real articles made to resemble an original without copying it: one quoting a
sentence or paragraph of it (two outlets quoting one statement), and pairs of articles carrying the same
site's boilerplate. Each text is used once. One seeded ``random.Random`` draws everything.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsquotes.errors import ConfigError

VARIANTS = ("lead", "trimmed", "boilerplate", "copyedit", "trimmed+boilerplate", "trimmed+lead+copyedit+boilerplate")
NAV = ("Skip to content", "Home", "News", "World", "Politics", "Business", "Tech", "Science", "Sports", "Opinion",
       "Culture", "Video", "Podcasts", "Weather", "Sign in")
FOOTER = ("Subscribe to our newsletter to get the day's top stories in your inbox every morning.",
          "Share this article: Facebook Twitter WhatsApp Email", "Advertisement",
          "We welcome your comments. Please keep them civil and on topic.",
          "Have a news tip? Contact the {site} newsroom.", "Sign up for breaking news alerts in the {site} app.",
          "Copyright 2024 {site}. All rights reserved.", "Follow {site} on social media for the latest updates.")
SITES = ("The Daily Ledger", "Harbor City Times", "Valley Courier", "Metro Wire Online", "The Northern Post",
         "Riverside Herald", "Capital Gazette Online", "Coastal Tribune")
WIRES = ("the Associated Press", "Reuters", "Agence France-Presse", "a partner news service")
_SENTENCE_END, _NUMBER = re.compile(r"(?<=[.!?…])\s+"), re.compile(r"\d+")
_QUOTE, _WORD = re.compile(r"[“”\"«»„]"), re.compile(r"\w+")


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    cluster: str  # the original's id for the original and its reprints; a negative's own id
    kind: str  # "original", one of VARIANTS, "same-event" or "same-site"
    related: str | None = None  # what it resembles: a reprint's original, the quoted original, the site partner


def usable(text: str) -> bool:
    """Long enough to be reprinted in pieces: at least 5 paragraphs (non-empty lines) and 200 words."""
    return len(_paragraphs(text)) >= 5 and len(_WORD.findall(text)) >= 200


def build_set(texts: Sequence[str], originals: int, seed: int = 0) -> list[Item]:
    """Originals, their reprints and hard negatives from the :func:`usable` texts, in a shuffled order.

    Texts not drawn as originals become negatives: first one quoting each original, then pairs from one
    site. The first item of each cluster in the returned order is the one de-duplication should keep.
    """
    rng = random.Random(seed)
    pool = [i for i, text in enumerate(texts) if usable(text)]
    if originals > len(pool):
        raise ConfigError(f"{originals} originals asked for, only {len(pool)} usable texts")
    rng.shuffle(pool)
    chosen, hosts = pool[:originals], pool[originals:]
    sites = {name: (rng.sample(NAV, 6), [line.format(site=name) for line in rng.sample(FOOTER, 4)]) for name in SITES}
    headlines = [" ".join(_sentences(_paragraphs(texts[i])[0])[0].split()[:12]) for i in pool]

    def dress(paragraphs: list[str], site: str, credit: bool) -> list[str]:
        nav, footer = sites[site]
        cut = rng.randint(1, len(paragraphs))
        wire = [f"This story was originally published by {rng.choice(WIRES)}."] if credit else []
        return nav + paragraphs[:cut] + [f"Related: {rng.choice(headlines)}"] + paragraphs[cut:] + wire + footer

    items = []
    for index in chosen:
        original, paragraphs = f"orig-{index}", _paragraphs(texts[index])
        items.append(Item(original, texts[index], original, "original"))
        for kind in VARIANTS:
            body = list(paragraphs)
            if "trimmed" in kind:  # drop the last 30-60 %; two paragraphs of the original outlive a new lead
                body = body[: max(2 + ("lead" in kind), round(len(body) * (1 - rng.uniform(0.3, 0.6))))]
            if "lead" in kind:
                body = _rewrite_lead(body, rng)
            if "copyedit" in kind:
                body = _copy_edit(body, rng)
            if "boilerplate" in kind:
                body = dress(body, rng.choice(SITES), credit=True)
            items.append(Item(f"{original}/{kind}", "\n\n".join(body), original, kind, original))
    for index, host in zip(chosen, hosts):
        body, quoted = _paragraphs(texts[host]), _paragraphs(texts[index])
        for _ in range(rng.randint(1, 2)):
            body.insert(rng.randint(1, len(body)), _quotation(quoted, rng))
        items.append(Item(f"event-{host}", "\n\n".join(body), f"event-{host}", "same-event", f"orig-{index}"))
    rest = hosts[len(chosen) :]
    for first, second in zip(rest[0::2], rest[1::2]):
        site = rng.choice(SITES)
        for this, other in ((first, second), (second, first)):
            text = "\n\n".join(dress(_paragraphs(texts[this]), site, credit=False))
            items.append(Item(f"site-{this}", text, f"site-{this}", "same-site", f"site-{other}"))
    rng.shuffle(items)
    return items


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(paragraph) if s]


def _rewrite_lead(paragraphs: list[str], rng: random.Random) -> list[str]:
    """A new headline, and the lead paragraph cut to its first sentence, clauses swapped and shortened."""
    first = _sentences(paragraphs[0])[0].rstrip(".!?…")
    head, comma, tail = first.partition(", ")
    if comma and tail:
        first = f"{tail[:1].upper()}{tail[1:]}, {head[:1].lower()}{head[1:]}"
    words = first.split()
    lead = " ".join(words[: max(6, round(len(words) * rng.uniform(0.6, 0.85)))]).rstrip(",;:") + "."
    headline = " ".join(w.capitalize() for w in words if len(w) > 3)[: rng.randint(40, 70)].rsplit(" ", 1)[0]
    return [headline, lead] + paragraphs[1:]


def _copy_edit(paragraphs: list[str], rng: random.Random) -> list[str]:
    """Delete one to three sentences, change one to three numbers, swap two neighbours every 80 words."""
    units = [_sentences(p) for p in paragraphs]
    for _ in range(rng.randint(1, 3)):
        if long := [u for u in units if len(u) > 1]:
            sentences = rng.choice(long)
            del sentences[rng.randrange(len(sentences))]
    text = "\n".join(" ".join(sentences) for sentences in units)
    numbers = list(_NUMBER.finditer(text))
    for m in sorted(rng.sample(numbers, min(len(numbers), rng.randint(1, 3))), key=lambda m: -m.start()):
        text = f"{text[: m.start()]}{int(m[0]) + rng.randint(1, 9)}{text[m.end() :]}"
    words = text.split(" ")
    for _ in range(len(words) // 80):
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    return _paragraphs(" ".join(words))


def _quotation(paragraphs: list[str], rng: random.Random) -> str:
    """One or two sentences of the original, quotations first; or a whole short paragraph holding one."""
    sentences = [s for p in paragraphs for s in _sentences(p)]
    quotes = [s for s in sentences if _QUOTE.search(s)] or sentences
    start = rng.randrange(len(quotes))
    holder = next(p for p in paragraphs if quotes[start] in p)
    if rng.random() < 0.3 and len(_WORD.findall(holder)) <= 60:
        return holder
    return " ".join(quotes[start : start + rng.randint(1, 2)])


@dataclass(frozen=True)
class Score:
    positives: int  # items with an earlier member of their cluster: each should be marked a duplicate of it
    misses: tuple[str, ...] = ()  # positives not marked duplicate of a member of their own cluster
    false_alarms: tuple[str, ...] = ()  # items marked duplicate of an item from another cluster

    def __add__(self, other: Score) -> Score:
        return Score(self.positives + other.positives, self.misses + other.misses, self.false_alarms + other.false_alarms)

    @property
    def true_positives(self) -> int:
        return self.positives - len(self.misses)

    @property
    def precision(self) -> float:
        return self.true_positives / max(1, self.true_positives + len(self.false_alarms))

    @property
    def recall(self) -> float:
        return self.true_positives / max(1, self.positives)

    @property
    def f1(self) -> float:
        return 2 * self.precision * self.recall / (self.precision + self.recall) if self.true_positives else 0.0


def score(items: Sequence[Item], duplicate_of: Mapping[str, str | None]) -> Score:
    """Score verdicts (item id -> the id it duplicates, None when kept) made in the order of ``items``.

    The first item of each cluster should be kept and every later one marked duplicate of a member of its
    cluster (a true positive; else a miss). A mark pointing into another cluster is a false positive,
    whether the marked item is a negative, an original or a reprint.
    """
    cluster = {item.id: item.cluster for item in items}
    seen: set[str] = set()
    positives, misses, alarms = 0, [], []
    for item in items:
        target = duplicate_of[item.id]
        right = target is not None and cluster[target] == item.cluster
        positives += item.cluster in seen
        misses += [item.id] if item.cluster in seen and not right else []
        alarms += [item.id] if target is not None and not right else []
        seen.add(item.cluster)
    return Score(positives, tuple(misses), tuple(alarms))
