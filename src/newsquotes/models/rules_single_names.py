"""What a one-word name is, for ``rules_entities``: decided once every longer name of the article is known.

One capitalised word says little by itself ("Paris", "Chrysler", "Omsk"), so it is labelled from the rest of the
article: a word of a person's full name is that person again ("Petrov" after "Ivan Petrov", "Paris" after
"Valeska Paris"), a first word of a body's longer name is that body ("Chrysler" of "the Chrysler Aspen"), and
otherwise the word lists, the word's ending (-ia, -land, -stan; -ian, -ese, -ish), the words around it ("the
Xinhua news agency", "officials in Omsk said", "the Kremlin noted", a reporting verb after a person) and the
text's introducing it as a person's anywhere (", who" after it, "their child, Gloria") tell.
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_coordinated_bodies import coordinated_bodies
from newsquotes.models.rules_kinds import introduced_person, locative_place, organisation_by_context
from newsquotes.models.rules_name_edges import STANCE, modifier_head
from newsquotes.models.rules_namewords import after_the, names_a_body, owned_before, thing_follows
from newsquotes.models.rules_text import Layout

Words = list[tuple[int, int]]


def known_label(word: str) -> str | None:
    """What a word is by the word lists and its shape alone: a place, a people, or a body (an acronym, a
    website, a word such as "Ministry")."""
    if word in lex.GPE:
        return "GPE"
    if word in lex.NORP or word.rstrip("s") in lex.NORP:
        return "NORP"
    acronym = 2 <= len(word) <= 5 and word.isupper() and word not in lex.COMMON_ACRONYMS
    site = re.search(r"\.(?:com|org|net|gov)$", word)
    return "ORG" if acronym or site or word in lex.ORG_WORDS else None


def single_labels(layout: Layout, found: list, singles: Words, lowercase: set[str]) -> list[tuple[int, int, str]]:
    """The one-word names among ``singles`` that are names, each with its label, in the order of ``singles``;
    ``found`` holds the mentions of longer names (``rules_entities.Mention``), ``lowercase`` the words the article
    also writes in lowercase."""
    text = layout.text
    full_names = [layout.words_in(m.start, m.end) for m in found if m.label == "PERSON" and " " in text[m.start:m.end]]
    person_words = {layout.word(w) for name in full_names for w in name}
    surnames = {layout.word(name[-1]) for name in full_names if name} | {
        text[m.start:m.end] for m in found if m.label == "PERSON" and m.title}  # "President Biden"
    org_heads = {_head_past_place(text[m.start:m.end].split()) for m in found if m.label == "ORG"}
    person_words -= {layout.word(w) for w in singles if after_the(layout, w[0]) and thing_follows(layout, w[1])}
    person_words |= {layout.word(w) for w in singles if text[w[0]].isupper() and not known_label(layout.word(w)) and not
                     after_the(layout, w[0]) and layout.word(w).lower() not in lowercase and introduced_person(layout, *w)}
    labels = [(s, e, _single_label(layout, s, e, person_words, surnames, org_heads)) for s, e in singles]
    bodies = coordinated_bodies(layout, [(m.start, m.end, m.label) for m in found] + [x for x in labels if x[2]],
                                [(s, e) for s, e, label in labels if label in (None, "PERSON")], person_words | surnames,
                                lowercase)
    chosen = {(s, e): label for s, e, label in labels + bodies if label}  # a body's label wins over a guess
    return [(s, e, label) for (s, e), label in sorted(chosen.items())]


def _head_past_place(words: list[str]) -> str:
    """The first word of a body's name past the place that opens it: "House" of "United States House of
    Representatives", which the article may write alone."""
    for n in (3, 2, 1):
        if len(words) > n and " ".join(words[:n]) in lex.GPE:
            return words[0] if words[n].isupper() else words[n]  # not "AI" of "US AI Safety Institute"
    return words[0]


def _single_label(layout: Layout, s: int, e: int, person_words: set[str], surnames: set[str],
                  org_heads: set[str]) -> str | None:
    """The label of the word at ``[s, e)``: ``person_words`` are the words of the article's people's names,
    ``surnames`` their last words and titled names, ``org_heads`` the first words of bodies' names found so far
    ("Whirlpool" of "Michigan-based Whirlpool")."""
    word = layout.text[s:e]
    known = known_label(word)
    if known == "ORG":
        return known
    if modifier_head(layout, (s, e)):  # "Biden-era rules", "American-made products"
        return known or ("PERSON" if word in surnames else None)
    if STANCE.fullmatch(word):
        return None  # "the Pro-Beijing camp"
    # "UK" of "Change UK" is still the UK, and "in Melbourne" is a place after "Make Melbourne"; no word of a
    # thing the article writes "the Frühburgunder is"
    if word in person_words and not (known and word.isupper()) and not (
            known == "GPE" and locative_place(layout, s, e)):
        return "PERSON"  # "Paris" after "Valeska Paris" is her, not the city
    if known:
        return known
    if names_a_body(layout, e) or owned_before(layout, s) or organisation_by_context(layout, word):
        return "ORG"  # "the Xinhua news agency", "state-owned Gazprom", "Volkswagen, the German carmaker,"
    if re.search(r"(?:ia|land|stan)$", word) and len(word) >= 6 and word not in lex.IA_NAMES:
        return "GPE"
    if re.search(r"(?:ian|ean|ese|ish)$", word) and len(word) >= 6:
        return "NORP"
    if word in org_heads:
        return "ORG"  # "Chrysler" of "the Chrysler Aspen"
    following = next((w for w in (layout.word(w).lower() for w in layout.words_in(e, e + 40))
                      if w not in lex.SUBJECT_GAP), "")
    before = layout.words_in(max(0, s - 30), s)
    article = bool(before) and layout.word(before[-1]).lower() == "the"
    if following in lex.SPEECH_VERBS and following not in lex.NOUN_LIKE:
        if before and layout.word(before[-1]) in lex.LOCATIVE:
            return "GPE"  # "officials in Omsk said": a place
        return "ORG" if article else "PERSON"  # "the Kremlin noted": people go without an article
    if before and layout.word(before[-1]) in lex.PERSON_NOUNS:
        return "PERSON"
    return None
