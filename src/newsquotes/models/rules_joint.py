"""Joint subjects for the ``rules`` model: two sources joined by "and" that report one clause together.

``rules_phrases.coordinated_start`` reads two bare names ("Biden and Sanders announced"). Here the others: a
second source with a title or a determiner before it ("President Donald Trump and HHS Secretary Robert F. Kennedy
Jr. challenged", "Ted Cruz and fellow Republican Representative Francis Rooney proposed", "Trump and his
supporters claimed"), a first one that is a pronoun or a noun phrase ("Both the council and the government called
for", "The government and the pro-Beijing camp have claimed"). The joint speaker is named by its own words, the
leading title of the first name left out and "Both" kept.
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_head_kinds import head_kind
from newsquotes.models.rules_referents import Speaker
from newsquotes.models.rules_text import Layout

#: Words a title or a noun phrase before the second source may hold besides capitalised ones.
_MODIFIERS = frozenset("fellow former deputy acting chief senior then the his her their its our".split())
#: What may open the clause before the first source: nothing, a comma, an opening link.
_OPENING = re.compile(r"(?:^|[,;:(“\"]|\b(?:that|but|while|[Bb]oth|[Mm]eanwhile|[Hh]owever|[Ee]arlier|[Ll]ater|"
                      r"[Aa]lso|[Tt]hen|[Tt]oday|[Yy]esterday))\s*$")
_FIRST_PRONOUNS = frozenset("he she they we".split())
#: Words that show the stretch before a name holds a verb or a link: no title.
_NOT_TITLE = lex.FINITE | lex.SPEECH_VERBS | lex.NOT_CLAUSE | frozenset("and or who which that both".split())


def joint_subject(layout: Layout, mentions: list, lo: int, found: Speaker) -> Speaker | None:
    """The joint speaker whose second source is ``found``, the subject found right before a reporting verb; None
    when ``found`` stands alone."""
    text = layout.text
    for joint in reversed(list(re.finditer(r"\s+and\s+", text[lo:found.start]))):
        gap_start, gap_end = lo + joint.end(), found.start
        if not _title_gap(text[gap_start:gap_end]):
            continue
        titled = any(w[:1].isupper() for w in text[gap_start:gap_end].split())
        first = _first_source(text, mentions, lo, lo + joint.start(), titled)
        if first is None:
            continue
        start, lead = first
        both = re.search(r"\b[Bb]oth\s*$", text[lo:lead])
        start, lead = (lo + both.start(),) * 2 if both else (start, lead)
        if not _OPENING.search(text[lo:lead]):
            continue
        return Speaker(start, found.end, text[start:found.end])
    return None


def _title_gap(gap: str) -> bool:
    """Whether the words between "and" and the second source are a title or a determiner of it: "HHS Secretary",
    "fellow Republican Representative", "the county's Police and Crime Commissioner", "his"."""
    words = gap.split()
    if len(words) > 6 or any(c in gap for c in ",;:“”\"()"):
        return False
    for k, word in enumerate(words):
        bare = re.sub(r"['’]s$", "", word)
        inner_and = word == "and" and 0 < k < len(words) - 1 and words[k - 1][0].isupper() and words[k + 1][0].isupper()
        if not (bare[:1].isupper() or bare.lower() in _MODIFIERS or bare != word or inner_and or word.lower() == "of" and k > 0
                and words[k - 1][0].isupper()):
            return False
    return not words or words[-1].lower() != "of"


def _in_title(word: str) -> bool:
    """Whether a word may be part of the title before a name: "former presidential candidate Senator"."""
    lower = word.lower()
    if word[:1].isupper() and word[-1:].isalpha():
        return lower not in ("both", "but", "and", "then")  # "United States" is no verb
    return lower not in _NOT_TITLE and (lower in _MODIFIERS or (
        word.isalpha() and (head_kind(word) == "PERSON" or lower.endswith(("al", "ian")))))


def _first_source(text: str, mentions: list, lo: int, end: int, titled: bool) -> tuple[int, int] | None:
    """Where the first of the joint sources, ending at ``end``, begins: a person or body (its title left out), a
    subject pronoun, or a noun phrase with a speaker's head ("the council", "Investors"); and where its phrase
    begins, the title included."""
    kinds = ("PERSON",) if titled else ("PERSON", "ORG")  # "APST and OSTP Director Kratsios": one person's titles
    named = next((m for m in mentions if m.end == end and m.start >= lo and m.label in kinds), None)
    if named:
        title = text[lo:named.start].split()
        while title and _in_title(title[-1]):
            title.pop()  # "former … candidate Senator Ted Cruz": the title stays out
        lead = text.rfind(title[-1], lo, named.start) + len(title[-1]) if title else lo
        return named.start, lead
    words = text[lo:end].split()
    if not words:
        return None
    last = words[-1]
    if last.lower() in _FIRST_PRONOUNS:
        return (end - len(last),) * 2
    if not last.isalpha() or not head_kind(last) or last.lower() in lex.PRONOUNS or titled:
        return None  # "Conservative Party leader and Prime Minister Boris Johnson": two titles of one person
    phrase = [last]
    for word in reversed(words[:-1][-3:]):
        if word.lower() in ("the", "a", "an") or word.lower() in lex.DETERMINERS:
            phrase.insert(0, word)
            break
        if not re.fullmatch(r"[\w-]+", word) or word.lower() in _NOT_TITLE or word.lower() == "both":
            break
        phrase.insert(0, word)
    return (end - len(" ".join(phrase)),) * 2
