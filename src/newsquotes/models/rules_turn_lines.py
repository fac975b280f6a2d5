"""Turn labels as publishers lay them out, for the ``rules`` model's interviews (``rules_interviews``).

A label on a line of its own ("SHIMON PERES", "Rich Bowen:", "((WN))", then the answer as the next paragraph) opens
the paragraph after it, as if it stood at its start: the two make one turn. A line counts as a label only where the
same label opens two turns at least (a heading or a caption seldom repeats) and has a colon, capitals, double
brackets or a name of two words, on a page where two label lines at least open a question or follow one (headings
that repeat, "Pros:" and "Cons:", "PROMISE MADE" and "PROMISE KEPT", open no dialogue).

A label may name its person in any form the page uses elsewhere: "Bowen:" or "BOWEN:" for Rich Bowen, "Rich:" for
him where no other person of the page is a Rich, "RB:" for his initials; ``person_of`` finds the full name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_entities import Mention

#: A turn label alone on its line: "((Rich Bowen))", "Rich Bowen:", "SHIMON PERES", "Q:", "Shimon Peres".
_LINE = re.compile(r"\s*(?:\(\((?P<turn>[^()]{1,40})\)\)|(?P<name>[A-Z][\w.'’-]*(?: (?:(?:"
                   + lex.NAME_PARTICLE + r") ){0,2}[A-Z][\w.'’-]*){0,3})(?P<colon>:)?)\s*")
#: The label of a turn that a label line opens, matched over the line and the paragraph after it.
LINE_LABEL = re.compile(r"\s*(?:\(\()?(?P<name>[^()\n]{1,40}?)(?:\)\))?:?\s*\n\s*")


@dataclass(frozen=True)
class Turn:
    """A stretch of text that holds one turn: a paragraph, or a label line and the paragraph after it (``last``:
    the index of the layout's paragraph that holds the turn's words)."""

    start: int
    end: int
    last: int


def turn_paragraphs(text: str, paragraphs: list) -> list[Turn]:
    """The layout's paragraphs, with each label line joined to the paragraph after it."""
    lines = {k: match for k, p in enumerate(paragraphs[:-1])
             if (match := _LINE.fullmatch(text, p.start, p.end)) and _labels(match)}
    counts = Counter(_key(match) for match in lines.values())
    joined = {k for k, match in lines.items() if counts[_key(match)] >= 2 and k + 1 not in lines}

    def asked(k: int) -> bool:
        return text[paragraphs[k].start:paragraphs[k].end].rstrip().endswith("?")
    if sum(asked(k + 1) or k > 0 and asked(k - 1) for k in joined) < 2:
        joined = set()  # labels of a dialogue, not headings: two of them at least open or answer a question
    turns, k = [], 0
    while k < len(paragraphs):
        if k in joined:
            turns.append(Turn(paragraphs[k].start, paragraphs[k + 1].end, k + 1))
            k += 2
        else:
            turns.append(Turn(paragraphs[k].start, paragraphs[k].end, k))
            k += 1
    return turns


def _labels(line: re.Match) -> bool:
    """Whether a line has the form of a label rather than a heading: double brackets, a colon, capitals, or a
    name of two words."""
    name = line["name"]
    return bool(line["turn"]) or bool(line["colon"]) or name.isupper() and len(name) > 1 or len(name.split()) >= 2


def _key(line: re.Match) -> str:
    return (line["turn"] or line["name"]).casefold()


def person_of(label: str, mentions: list[Mention], text: str = "") -> str | None:
    """The full name of the person a label names in another form: the same name in capitals, the surname or the
    first name alone (after a title: "MS. LEAVITT", "Secretary Rubio"), or the initials; the one such person of
    the page, else the one it names most, then first. A role alone ("THE PRESIDENT:", "Minister:") names the person
    the page gives that title ("President Trump")."""
    words = label.split()
    while words and (words[0].rstrip(".").capitalize() in lex.TITLES or words[0].casefold() == "the"):
        words = words[1:]
    if not words:
        return _titled_person(label.split()[-1].rstrip("."), mentions, text)
    if len(words) < len(label.split()):
        label = " ".join(words)
    folded = label.casefold()
    exact = [m.name for m in mentions if m.label == "PERSON" and m.name.casefold() == folded]
    if exact:
        return next((name for name in exact if not name.isupper()), exact[0])
    people = Counter(m.name for m in mentions if m.label == "PERSON" and len(m.name.split()) > 1)
    if re.fullmatch(r"[A-Z]{2,3}", label):
        found = [name for name in people if "".join(w[0] for w in name.split() if w[0].isupper()) == label]
    elif " " not in label:
        found = [name for name in people if folded in {w.casefold() for w in name.split()}]
    else:
        return None
    if not found:
        return None
    order = list(people)
    return min(found, key=lambda name: (-people[name], order.index(name)))


def _titled_person(title: str, mentions: list[Mention], text: str) -> str | None:
    """The person the page names most after a title ("President Trump" for "THE PRESIDENT:"), if it is a title."""
    if title.capitalize() not in lex.TITLES:
        return None
    before = re.compile(rf"\b{re.escape(title)}\.?\s+$", re.IGNORECASE)
    named = Counter(m.name for m in mentions if m.label == "PERSON" and before.search(text, max(0, m.start - 30), m.start))
    return named.most_common(1)[0][0] if named else None
