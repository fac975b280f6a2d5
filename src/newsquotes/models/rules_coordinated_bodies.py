"""One-word names that "and" or "or" joins to a body's name, for ``rules_single_names``: "GM and Chrysler", "IBM
and Compaq", "Chrysler or Fiat". A word that no list types, or that only a reporting verb after it made a person's
("Chrysler announced"), stands where a second body stands; every other use of that word in the article is the same
body ("Chrysler will receive …"), unless the article gives it to a person by a full name or a title.
"""

from __future__ import annotations

import re

from newsquotes.models.rules_namewords import person_noun_before
from newsquotes.models.rules_text import Layout

Spans = list[tuple[int, int]]

#: "and" or "or" between two names, with nothing else but spaces or the close of an acronym: "GM and Chrysler",
#: "General Motors (GM) and Chrysler".
_JOINED = re.compile(r"\)?\s+(?:and|or)\s+$")
_JOINS = re.compile(r"\s+(?:and|or)\s+")
#: What goes on a word as part of a longer name or title: a capitalised word, a colon, a hyphen.
_GOES_ON = re.compile(r"\s+[A-Z]|:|-\S")


def coordinated_bodies(layout: Layout, labelled: list[tuple[int, int, str]], untyped: Spans, people: set[str],
                       lowercase: set[str]) -> list[tuple[int, int, str]]:
    """ORG for every word of ``untyped`` (the words untyped or guessed a person's) whose word stands, somewhere
    among them, beside a body's name of ``labelled`` (start, end, label) across "and" or "or"; ``people`` are
    the words of persons' full or titled names, ``lowercase`` the words the article also writes in lower case."""
    text = layout.text
    ends = {e: s for s, e, label in labelled if label == "ORG"}
    # a body after "and" is one word: "Trust and Safety team" and "State and Homeland Security Departments" are
    # one body's name
    starts = {s: e for s, e, label in labelled if label == "ORG" and " " not in text[s:e]}
    bodies = set()
    for s, e in untyped:
        word = text[s:e]
        if word in people or word.lower() in lowercase or _GOES_ON.match(text, e) or re.search(r"-[a-z]", word):
            continue  # "Avengers: Endgame", "James To", "the State", "Hassan-side": no body of its own
        before = _JOINED.search(text, max(0, s - 8), s)
        after = _JOINS.match(text, e)
        first = ends.get(before.start()) if before else None  # where the pair starts: the body's start, or the word's
        if first is None and after and after.end() in starts:
            first = s
        if first is not None and not person_noun_before(text, first):  # "their two sons Wyatt and Zachary"
            bodies.add(word)
    return [(s, e, "ORG") for s, e in untyped if text[s:e] in bodies]
