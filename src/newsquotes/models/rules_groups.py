"""The group a "they" stands for, for the ``rules`` model: a plural noun phrase or two people named together.

"Japanese officials said the man was suspected to have it; his death, they reported, …" gives "Japanese
officials"; "Rajamma and her husband told me not to worry, they told me …" gives "Rajamma and her husband".
The group is looked for before the pronoun in its own sentence, then in the two sentences before it, the
nearest first. A place is never such a group: "they" after "some from Kerala" is not Kerala. "people", "men",
"women" and "children" are groups too, but not after "of" ("half of all people worldwide"); a plural that opens
a sentence is one though capitalised ("Teams from Morocco and Iran"), and a head "of" a body is named with it
("bureaucrats of the Conservative government").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_pronouns import inside_quotation
from newsquotes.models.rules_text import Layout

#: Nouns that stand for a group in the singular: "the police … they said".
_COLLECTIVE = frozenset("police team family crew staff".split())
#: Plurals of people that do not end in "s".
_IRREGULAR = frozenset("people men women children".split())
#: Words that may open a group's noun phrase.
_DETERMINERS = frozenset("the these those some many several most other their my his her our all both".split())
#: Words that never modify a group's head: function words and verbs.
_NOT_MODIFIER = frozenset("""
    of for the a an and or but to in on at by with from as that which who whom is was were are be been has have had
    not this its it they we he she i you me them him us said told says say when where while if than then also
    against about after before into onto upon among amongst between during without within toward towards through
    across behind under beneath beside near per via
""".split())
#: A share of a group before its noun phrase: "One of", "Some of", "Many of".
SHARE_OF = re.compile(r"\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Mm]any|[Mm]ost|[Aa]ll|[Ss]everal|[Ee]ach|[Nn]one|[Ff]ew|[Bb]oth)"
                      r"\s+of\s+$")
#: What a group's head is of: " of the Conservative government", " of the ministry".
_OF_PHRASE = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[\w'’-]+")
#: Two people named together: "Rajamma and her husband", "Ratnamma and Seemanna".
_PAIR = re.compile(r"(?P<first>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+and\s+(?:(?P<kin>(?:his|her|their)\s+[a-z]+)|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _is_group_head(word: str, head_kind: Callable[[str], str | None]) -> bool:
    lower = word.lower()
    if lower in _COLLECTIVE or word in _IRREGULAR:
        return True
    return word.islower() and lower.endswith("s") and not lower.endswith("ss") and head_kind(lower) in ("PERSON", "ORG")


def group_before(layout: Layout, mentions: list[Mention], pos: int, head_kind: Callable[[str], str | None],
                 sentences: int = 3) -> str | None:
    """The nearest group before ``pos`` in its sentence or the ones before it (``sentences`` in all), as its words,
    else None; ``head_kind`` tells what a noun refers to (PERSON, ORG …)."""
    hi, lo = pos, layout.sentence(pos)[0]
    people = {(m.start, m.end) for m in mentions if m.label == "PERSON"}
    for _ in range(sentences):
        found = _groups(layout, people, lo, hi, head_kind)
        if found:
            return found[-1][2]
        if lo == 0:
            break
        hi, lo = lo, layout.sentence(lo - 1)[0]
    return None


def _groups(layout: Layout, people: set[tuple[int, int]], lo: int, hi: int, head_kind: Callable[[str], str | None]
            ) -> list[tuple[int, int, str]]:
    """The groups in ``[lo, hi)``, in text order, as (start, end, words)."""
    text, words = layout.text, layout.words_in(lo, hi)
    found = []
    for k, (s, e) in enumerate(words):
        following = text[words[k + 1][0]:words[k + 1][1]] if k + 1 < len(words) else ""
        word = text[s:e].lower() if s == layout.sentence(s)[0] else text[s:e]  # "Teams from Morocco and Iran …"
        if not _is_group_head(word, head_kind) or (
                following.islower() and text[e:words[k + 1][0]] == " " and head_kind(following)):
            continue  # "police constable" is one
        # "could put people", "draw younger people": before an irregular plural, a verb as often as a modifier
        start, modifiers, most = s, 0, 0 if text[s:e] in _IRREGULAR else 2
        for j in range(k - 1, max(k - 4, -1), -1):
            word = text[words[j][0]:words[j][1]]
            if text[words[j][1]:words[j + 1][0]].strip():
                break  # a comma or a bracket between
            if word.lower() in _DETERMINERS:
                start = words[j][0]
                break
            if word.lower() in _NOT_MODIFIER or word.lower() in lex.SPEECH_VERBS or modifiers == most or word[0].isdigit():
                break
            start, modifiers = words[j][0], modifiers + 1
        if share := SHARE_OF.search(text, lo, start):
            start = share.start()  # "Some of the protesters"
        elif text[s:e] in _IRREGULAR and re.search(r"\bof\s+$", text[max(lo, start - 4):start]):
            continue  # "half of all people worldwide": what is said of everyone, not a group the text goes on about
        if following == "of" and (whose := _OF_PHRASE.match(text, e, hi)):
            e = whose.end()  # "bureaucrats of the Conservative government"
        found.append((start, e, text[start:e]))
    for pair in _PAIR.finditer(text, lo, hi):
        first = pair.start("first")
        if pair["kin"] or any(a <= first < b for a, b in people) or any(a <= pair.end() - 1 < b for a, b in people):
            found.append((pair.start(), pair.end(), pair.group()))
    return sorted(found, key=lambda g: g[1])


#: A sentence opened by "they", past a conjunction: "They think", "But then they have".
_THEY_OPENS = re.compile(r"\W*(?:(?:But|And|So|Then|Yet|Now),?\s+(?:then\s+)?)?[Tt]hey")


def they_before(layout: Layout, lo: int, pos: int) -> int | None:
    """Where the "they" is that a "they" at ``pos`` (its sentence starting at ``lo``) goes on from: the one that
    opens its sentence (outside quotation marks), else the one that opens the sentence before when both open
    theirs."""
    text = layout.text
    opening = _THEY_OPENS.match(text, lo, pos)
    if opening and opening.end() < pos and not inside_quotation(text, lo, pos):
        return opening.end() - 4
    if lo and _THEY_OPENS.fullmatch(text, lo, pos + 4) and (
            opening := _THEY_OPENS.match(text, layout.sentence(lo - 1)[0], lo)):
        return opening.end() - 4
    return None


_THEY = re.compile(r"\b[Tt]hey\b")


def they_lately(layout: Layout, pos: int) -> int | None:
    """Where the last "they" outside quotation marks is, in the sentence of ``pos`` before it or in the sentence
    before: with no group named since, a "they" goes on with it ("They consider modernity their enemy, but then
    they have two problems. First of all, can they exist on tradition? They cannot.")."""
    text, lo = layout.text, layout.sentence(pos)[0]
    for _ in range(2):
        found = [m.start() for m in _THEY.finditer(text, lo, min(pos, layout.sentence(lo)[1]))
                 if m.start() < pos and not inside_quotation(text, lo, m.start())]
        if found:
            return found[-1]
        if lo == 0:
            break
        lo = layout.sentence(lo - 1)[0]
    return None

