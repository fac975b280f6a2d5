"""The full names an interview's headline and introduction give its guests, for the ``rules`` model: a turn's
label often gives less than the name ("Marsh:", "Tom:", "AM:"), and the name finder may miss a guest that the
introduction names in a list ("two meteorologists, Anna Lind of the Bureau of Meteorology and Tom Hale of …"),
so a label is read against the names written there, not only against the people the name finder found.

A label's word is a first name when a capitalised surname follows it there ("Tom Hale"), a surname when a
capitalised first name stands before it ("Ann Marsh", not "Dr Marsh"); initials stand for a name whose words
open with them ("AM" for Ann Marsh). The label names that guest only where the headline and the introduction give
one such name.

Some labels of guests need more than a name's form: a name in square brackets opens a turn only where it opens two
("[Helen Carver] It is …"; "[Laughs] Yes." is a stage direction, "[The tournament] was …" an editor's insertion), and a
first name that no one writes in full labels a guest of a group that answers under first names only ("Anna:",
"Tom:"), where two such labels each open two answers at least; one alone may be a heading ("Background:").
"""

from __future__ import annotations

import re
from collections import Counter

from newsquotes.models import _lexicon as lex

#: A word of a name as a headline writes it: "Marymegan", "O'Neill", "Smith-Jones".
_WORD = r"[A-Z][a-z'’-]+"
#: The particles inside a name: "Pieter van Dijk".
_PARTICLES = rf"(?:(?:{lex.NAME_PARTICLE}) ){{0,2}}"
#: Where a name starts: not inside a word, nor after "the", which opens an organisation's name ("the Water Board").
_START = r"(?<![\w'’-])(?<!\bthe )(?<!\bThe )"
#: A single name word as a label gives it: "Tom", "Marsh".
_LABEL_WORD = re.compile(_WORD)
#: A person's full name, in plain case or capitals: "Mia Roth", "Pieter van Dijk", "Jean-Pierre Roth", "MIA ROTH".
FULL_NAME = re.compile(rf"{_WORD}(?:[ -]{_PARTICLES}{_WORD}){{1,2}}|[A-Z]+(?: [A-Z]+){{1,2}}")
#: The name a turn's label gives, of one to four words: "Helen Carver", "Dr. Hale", "Pieter van Dijk", "Q".
LABEL_NAME = rf"[A-Z][\w.'’-]*?(?:\s+(?:(?:{lex.NAME_PARTICLE})\s+){{0,2}}[A-Z][\w.'’-]*){{0,3}}"
#: A name in square brackets that opens a turn, before a sentence: "[Helen Carver] It is the worst …"; an editor's
#: insertion in brackets goes on with the sentence ("[The Spitfire Tournament in Canada] was …").
BRACKETED = re.compile(rf"\[(?P<name>{LABEL_NAME})\]\s+(?=[A-Z\"“‘'])")
#: The labels of answers that name no one, and of the interviewer.
NO_ONE = frozenset({"A", "Answer", "Response", "Reply"})
_ASKING = {label.casefold() for label in lex.INTERVIEWER_LABELS}
#: Words that open a sentence or a phrase before a name, never the name: "When Marsh was twelve", "After
#: Midnight"; a month may be a first name ("June", "April").
_NOT_FIRST = lex.STOP - set(lex.MONTHS) - set(lex.MONTH_ABBREVIATIONS)


class Guests:
    """The names in the headline and the introduction of one interview, read once for all its labels."""

    def __init__(self, title: str, introduction: str):
        self.text = f"{title}\n{introduction}"
        self._found: dict[str, str | None] = {}

    def full_name(self, label: str) -> str | None:
        """The one full name the headline and the introduction give for a label ("Tom" → "Tom Hale", "Marsh" →
        "Ann Marsh", "AM" → "Ann Marsh"), or None where they give none or two."""
        if label not in self._found:
            self._found[label] = self._lookup(label)
        return self._found[label]

    def _lookup(self, label: str) -> str | None:
        words = label.split()
        while len(words) > 1 and words[0].rstrip(".").capitalize() in lex.TITLES:
            words = words[1:]  # "Dr Hale", "Prof. Hale"
        label = " ".join(words)
        if label.isupper() and len(label) > 1:
            initials = self._names(label) if len(label) <= 3 else None
            return initials or self._names(label.capitalize())  # "TOM" is Tom where no name has the initials
        return self._names(label)

    def _names(self, label: str) -> str | None:
        if re.fullmatch(r"[A-Z]{2,3}", label):
            first, *rest = label
            return self._one(rf"{_START}{first}[a-z'’-]+(?: [A-Z]\.)?" + "".join(
                rf" {_PARTICLES}{letter}[a-z'’-]+" for letter in rest) + r"(?![\w'’-])")
        if not _LABEL_WORD.fullmatch(label) or label in lex.TITLES or label.lower() in lex.DETERMINERS:
            return None
        if label not in self.text:
            return None
        word = re.escape(label)
        # "Bill and Ann Evans": where no name is written with Bill's, the surname after the other first name is his
        return self._one(rf"{_START}(?:{word}(?: [A-Z]\.)? {_PARTICLES}{_WORD}|{_WORD}(?: [A-Z]\.)? "
                         rf"{_PARTICLES}{word})(?![\w'’-])") or self._one(
            rf"{_START}{word}(?= and {_WORD} (?P<shared>{_PARTICLES}{_WORD})(?![\w'’-]))")

    def _one(self, pattern: str) -> str | None:
        """The one name the pattern finds in the headline and the introduction, tried at every word, so that a
        title, a determiner or a word that opens a sentence before a name ("Dr Anna Lind", "The Lind", "When
        Marsh") opens none."""
        names = set()
        for found in re.finditer(rf"(?<![\w'’-])(?=[A-Z])(?=(?P<name>{pattern}))", self.text):
            first = found["name"].split()[0]
            if first.rstrip(".") not in lex.TITLES and first.lower() not in lex.DETERMINERS and first not in _NOT_FIRST:
                names.add(f"{found['name']} {found['shared']}" if "shared" in found.groupdict() else found["name"])
        return names.pop() if len(names) == 1 else None


def first_names(labels: dict[int, re.Match], asks: list[int], person_words: set[str]) -> set[str]:
    """The one-word labels that each open two answers or more right after a question ("Anna: It was …", "TOM:
    …"), where two such labels at least answer, as in a group interview that gives first names only; one such
    label alone may be a heading ("Background: …"), and a word of a person's name names that person."""
    replies = Counter(labels[k + 1]["name"] for k in asks if k + 1 in labels and k + 1 not in asks)
    found = {name for name, n in replies.items() if n >= 2 and re.fullmatch(r"[A-Z][a-z'’-]+|[A-Z]{3,}", name)
             and name not in NO_ONE and name.casefold() not in _ASKING | person_words}
    return found if len(found) >= 2 else set()


def bracketed(text: str, paragraphs: list, turns: dict[int, re.Match], person_words: set[str]) -> dict[int, re.Match]:
    """The turns that a name in square brackets opens, where the same name opens two paragraphs at least (a
    bracket that opens one paragraph may be an editor's insertion) and is a full name or a person's name
    ("[Laughs] I suppose so." is a stage direction)."""
    found = {k: label for k, p in enumerate(paragraphs) if k not in turns
             and (label := BRACKETED.match(text, p.start, p.end))
             and (FULL_NAME.fullmatch(label["name"]) or label["name"] in person_words)}
    repeated = Counter(label["name"] for label in found.values())
    return {k: label for k, label in found.items() if repeated[label["name"]] >= 2}
