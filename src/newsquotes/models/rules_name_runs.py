"""The stretches of an article that may be names, for ``rules_entities``: runs of capitalised words, cut into parts.

A name is found as a run of capitalised words that a plain space joins, with the lowercase connectors ("of",
"de", "the" after one) that join such words inside a name. Some words go on a run although they are not
capitalised or not joined by a space: an "and" that joins the last word of a body's name ("Centers for Disease
Control and Prevention"), a station's number ("News 12"), the possessive of a body's name ("Alachua Sheriff's
Office"). A run is then cut at words that never belong to a name ("The", "According", weekdays, "I'm", a greeting
that opens it) and after a name that opens a compound modifier ("Bernie Sanders-backed", "Biden-era"), and a part
loses the ordinary word or the role that only opens its sentence ("Officials", "Biologist Nick Bos"). What each
part is, ``rules_entities`` decides.
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_name_edges import cut_modifiers, irish_o, topic_of_body
from newsquotes.models.rules_namewords import (BODY_WORDS, and_in_body, body_across_and, in_title_case_line,
                                              plural_possessive_in_name)
from newsquotes.models.rules_roles import ROLES as _ROLES
from newsquotes.models.rules_text import Layout

Words = list[tuple[int, int]]

#: The speaker's own "I" or "we" before a name, never part of it: "I'm Rich Bowen and I'm the Community Manager",
#: "We've Anna and Tom on the line".
_FIRST_PERSON = frozenset("I I'm I’m I've I’ve I'd I’d I'll I’ll We're We’re We've We’ve We'd We’d We'll We’ll".split())
#: Capitalised words that open a sentence before a name and are no part of it: a greeting or an address
#: ("Hi Agastya", "Regarding Ashodaya"), a time in someone's role ("Former Trump adviser Michael Flynn").
_OPENERS = frozenset("Hi Hello Dear Thanks Thank Regarding Congratulations Former Ex Late Acting Interim Outgoing "
                     "Incoming".split())
#: Sentence adverbs that open a sentence before its subject's name and are no part of it: "Yet Sondland testified",
#: "Later Warren said". Only at a sentence's start: inside a run they may be a name's ("Yet Another Podcast").
_SENTENCE_ADVERBS = frozenset("Yet Thus Hence Indeed Later Earlier Finally Lastly Besides Therefore Perhaps Maybe "
                              "Nonetheless Afterwards Afterward Again Ultimately Eventually Initially Overall Likewise "
                              "Similarly Consequently Accordingly Furthermore Moreover Nevertheless Otherwise "
                              "Apparently Previously Recently Currently Subsequently Specifically Notably Additionally "
                              "Importantly Fortunately Unfortunately Surprisingly Interestingly Ironically Clearly "
                              "Obviously Certainly Actually Basically Originally Separately Elsewhere Sadly".split())
#: Particles inside a person's name that the connectors lack, joined only before a capitalised word: "Arnel dela
#: Vega", "Bernardo dos Santos".
_PARTICLES = lex.NAME_PARTICLES - lex.CONNECTORS
#: Months' names and their short forms, which are also given names: "Jan", "April", "June".
_MONTHS = frozenset(lex.MONTHS + lex.MONTH_ABBREVIATIONS)
#: Names of stations that a number ends: "News 12", "Channel 4".
_NUMBERED = frozenset("News Channel Radio TV".split())
#: Common nouns of people that a body's name holds before "'s": "Alachua Sheriff's Office", "Children's Hospital".
_PEOPLE_OF_NAMES = frozenset("sheriff attorney prosecutor coroner people children women men veterans workers "
                             "farmers citizens mayor governor".split())


def capitalised_runs(layout: Layout, lowercase: set[str]) -> list[Words]:
    """The article's runs of capitalised words and the words that join them into one name, in text order;
    ``lowercase`` holds the words the article also writes in lowercase."""
    text = layout.text
    runs: list[Words] = []
    run: Words = []
    words = layout.words
    for k, (s, e) in enumerate(words):
        word = text[s:e]
        capital = word[0].isupper() or word == "&" or re.match(r"(?:al|el)-[A-Z]", word)
        joined = bool(run) and text[run[-1][1]:s] == " " and not layout.starts_sentence(s)
        after_link = word != "the" or bool(run) and layout.word(run[-1]) in lex.CONNECTORS  # "Church of the …", not "Rathbun the …"
        if joined and word == "and" and (_last_of_body(layout, run, words[k + 1:k + 3])
                                          or and_in_body(layout, run, words[k + 1:k + 6], _ROLES, lowercase)
                                          or body_across_and(layout, run, words[k + 1:k + 6], lowercase)):
            capital = True  # "Centers for Disease Control and Prevention": one name
        if run and word == "s" and text[s - 1] in "'’" and k + 1 < len(words) and \
                _possessive_in_name(layout, run, words[k + 1]):
            continue  # the "s" of "Sheriff's", which the next word's run goes on from
        if run and (_number_in_name(layout, run, (s, e), words[k + 1:k + 2]) or _possessive_in_name(layout, run, (s, e))
                    or word == "on" and joined and topic_of_body(layout, run, words[k + 1:k + 2])
                    or irish_o(layout, run, (s, e))
                    or plural_possessive_in_name(layout, run, (s, e))):
            run.append((s, e))
            continue
        if joined and (capital or word in lex.CONNECTORS and after_link or word in _PARTICLES and k + 1 < len(words)
                       and text[words[k + 1][0]].isupper() and text[e:words[k + 1][0]] == " "):
            run.append((s, e))
            continue
        runs.append(run)
        run = [(s, e)] if capital else []
    runs.append(run)
    return [r for r in runs if r]


def _number_in_name(layout: Layout, run: Words, span: tuple[int, int], after: Words) -> bool:
    """Whether a number goes on a name: before the word that makes it a body ("Lost 52 Project"), or after a
    station's ("News 12", "Channel 4"); not a model's number ("Boeing 787 Dreamliner")."""
    text, word = layout.text, layout.word(span)
    if not re.fullmatch(r"\d{1,3}", word) or text[run[-1][1]:span[0]] != " " or layout.starts_sentence(span[0]):
        return False
    if after and text[span[1]:after[0][0]] == " " and layout.word(after[0]) in BODY_WORDS:
        return True
    return layout.word(run[-1]) in _NUMBERED and not (after and text[after[0][0]].isupper()
                                                      and text[span[1]:after[0][0]] == " ")


def _possessive_in_name(layout: Layout, run: Words, span: tuple[int, int]) -> bool:
    """Whether a capitalised word after "'s" goes on the name: after a common noun of people, the name of
    a body ("Alachua Sheriff's Office", "People's Vote"), not after a name ("Britain's Foreign Office")."""
    text, before = layout.text, layout.word(run[-1])
    return (text[run[-1][1]:span[0]] in ("'s ", "’s ") and text[span[0]].isupper()
            and before.lower() in _PEOPLE_OF_NAMES and layout.word(span) not in lex.STOP)


def _last_of_body(layout: Layout, run: Words, after: Words) -> bool:
    """Whether "and" before ``after`` joins one last word to a name of a body ("Institute of Volcanology and
    Seismology"): the run has "of" or "for", and one capitalised word follows with no name word after it."""
    text = layout.text
    if len(after) < 1 or not text[after[0][0]].isupper() or text[after[0][0]:after[0][1]] in lex.STOP:
        return False
    next_is_name = len(after) > 1 and text[after[1][0]].isupper() and text[after[0][1]:after[1][0]] == " "
    word = layout.word(after[0])
    runs = [layout.word(w) for w in run]  # not "President Trump and Republican majorities"
    people = word in lex.NORP or word in lex.GPE or any(w in lex.TITLES for w in runs) and not any(
        w in lex.ORG_WORDS for w in runs)
    return not next_is_name and not people and any(layout.word(w) in ("of", "for") for w in run[1:])


def split_run(layout: Layout, run: Words, lowercase: set[str]) -> list[Words]:
    """The parts of a run between words that never belong to a name, without edge connectors."""
    parts, part = [], []
    spans = cut_modifiers(layout, run)
    for k, span in enumerate(spans + [None]):
        if span is not None and not part and (_surname_he(layout, spans[k:], lowercase)
                                              or _month_as_given_name(layout, spans[k:])):
            part.append(span)
            continue
        if span is not None and layout.word(span) not in lex.STOP and layout.word(span) not in _FIRST_PERSON and (
                part or layout.word(span) not in _OPENERS and not (
                    layout.word(span) in _SENTENCE_ADVERBS and layout.starts_sentence(span[0]))):
            part.append(span)
            continue
        while part and (layout.word(part[-1]) in lex.CONNECTORS or layout.word(part[-1]) in _PARTICLES):
            part.pop()
        while part and (layout.word(part[0]) in lex.CONNECTORS or layout.word(part[0]) in _PARTICLES):
            part.pop(0)
        first = layout.word(part[0]) if part else ""
        if part and layout.starts_sentence(part[0][0]) and first.lower() in lowercase and (
                len(part) == 1 or first.endswith("s") and not first.endswith("ss")):
            part.pop(0)  # a sentence-initial ordinary word ("Officials", "Police"), not "Press TV"
        elif len(part) > 2 and layout.starts_sentence(part[0][0]) and first not in lex.TITLES and (
                first.lower() in lex.PERSON_NOUNS or re.fullmatch(r"[A-Z][a-z]{3,}ist", first)) and (
                layout.word(part[1]) not in lex.CONNECTORS):
            part.pop(0)  # a role before a name: "Biologist Nick Bos", "Professor" is a title already
        if part:
            parts.append(part)
        part = []
    return parts


def _month_as_given_name(layout: Layout, spans: Words) -> bool:
    """Whether a month's name opens a person's name before a lower-case particle: "Jan de Vries", "June van
    Dyke"; a date takes no "de" or "van"."""
    if len(spans) < 3 or spans[1] is None or spans[2] is None or layout.word(spans[0]) not in _MONTHS:
        return False
    return layout.word(spans[1]) in lex.NAME_PARTICLES and layout.text[spans[2][0]].isupper()


def _surname_he(layout: Layout, spans: Words, lowercase: set[str]) -> bool:
    """Whether "He" opens a Chinese name rather than a sentence: a given name that the article never writes in lower
    case follows it, and it stands outside a Title Case headline ("He Jianxiong, the former executive director",
    "He Jiankui said"; not "He Told Reuters")."""
    if len(spans) < 2 or layout.word(spans[0]) != "He" or layout.text[spans[0][1]:spans[1][0]] != " ":
        return False
    given = layout.word(spans[1])
    return bool(re.fullmatch(r"[A-Z][a-z]{2,}", given)) and given not in lex.STOP and given.lower() not in lowercase \
        and given not in lex.GPE and not in_title_case_line(layout, spans[0][0])
