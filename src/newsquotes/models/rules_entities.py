"""Named entities for the ``rules`` model: capitalised word sequences, labelled from word lists and shape.

A run of capitalised words (joined by connectors such as "of" or "de") is cut at words that never belong
to a name ("The", "According", weekdays). GPE and NORP come from a gazetteer and place-like endings
(-ia, -land, -stan; -ian, -ese, -ish), ORG from words such as Ministry, Agency, Party and from acronyms,
FAC from Stadium, Airport …, EVENT from Day, Festival …, GPE from "New", "San", "Fort" … before one word, PERSON after a
title or for two or three other name words that name no role and no thing (rules_roles). A single word is
a person when it repeats part of a full name, comes before a reporting verb, or the text introduces it as a
person's anywhere (", who" after it, "their child, Gloria"). A name that opens
a compound modifier ("Bernie Sanders-backed", "Biden-era") ends at its hyphen. Each person mention is
named by the fullest form of that name in the article ("Ivan Petrov" for "Petrov").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_handles import name_handles
from newsquotes.models.rules_mention_names import canonical_names
from newsquotes.models.rules_kinds import (companies_by_context, join_legal_forms, locative_place, organisation_by_context,
                                          introduced_person, place_after_name, place_kind)
from newsquotes.models.rules_name_edges import (BODY_ENDINGS, STANCE, based_opener, cut_modifiers, irish_o,
                                               modifier_head, topic_of_body)
from newsquotes.models.rules_roles import ROLES as _ROLES, THING_HEADS
from newsquotes.models.rules_roles import (abstract_name, agent_role, names_no_person, particle_name,
                                           place_after_opener, plural_role)
from newsquotes.models.rules_namewords import (BODY_WORDS, PLACE_WORDS, after_the, and_in_body, long_person_name,
                                              name_after_body, names_a_body, not_a_person,
                                              of_the_cut_body, person_of_body, plural_possessive_in_name, reported_by, said_alone,
                                              surname_again, thing_follows)
from newsquotes.models.rules_text import Layout

Words = list[tuple[int, int]]

#: The speaker's own "I" before a name, never part of it: "I'm Rich Bowen and I'm the Community Manager".
_FIRST_PERSON = frozenset("I I'm I’m I've I’ve I'd I’d I'll I’ll".split())
#: Capitalised words that open a sentence before a name and are no part of it: a greeting or an address
#: ("Hi Agastya", "Regarding Ashodaya"), a time in someone's role ("Former Trump adviser Michael Flynn").
_OPENERS = frozenset("Hi Hello Dear Thanks Thank Regarding Congratulations Former Ex Late Acting Interim Outgoing "
                     "Incoming".split())
#: First words of places' names, never of a person's: "New Orleans", "San Diego", "Fort Worth", "Mount Apo".
_PLACE_OPENERS = frozenset("New San Santa Los Las Fort Port Mount Lake".split())
#: Names of stations that a number ends: "News 12", "Channel 4".
_NUMBERED = frozenset("News Channel Radio TV".split())
#: Common nouns of people that a body's name holds before "'s": "Alachua Sheriff's Office", "Children's Hospital".
_PEOPLE_OF_NAMES = frozenset("sheriff attorney prosecutor coroner people children women men veterans workers "
                             "farmers citizens mayor governor".split())
#: The last word of a publication's name, which keeps its "The".
PRESS = _PRESS = frozenset("""
    Times Post Journal Herald Guardian Telegraph Independent Atlantic Register Dispatch Chronicle Gazette Tribune
    Observer Economist Mirror Express Press Caller Wire Beast Hindu Lancet Bulletin Inquirer Examiner Courier
""".split())
#: The legal forms that end a company's name.
_CORPORATE = frozenset("Inc Corp Ltd LLC plc PLC AG GmbH SA".split())


@dataclass
class Mention:
    start: int
    end: int
    label: str
    title: str = ""  # the title words before a person's name ("Deputy Foreign Minister")
    name: str = ""  # canonical name: the fullest form of a person's name, else the mention itself


def find_mentions(layout: Layout) -> list[Mention]:
    """Every entity mention in the article, in text order, each with its canonical name."""
    return _Finder(layout).run()


class _Finder:
    def __init__(self, layout: Layout):
        self.layout = layout
        self.found: list[Mention] = []
        self.singles: Words = []  # one-word names whose label depends on the rest of the article
        self.org_heads: set[str] = set()  # first words of organisations' longer names
        self.surnames: set[str] = set()  # last words of people's longer names, and titled names
        self.lowercase = {layout.word(w) for w in layout.words if layout.text[w[0]].islower()}

    def run(self) -> list[Mention]:
        for run in self._capitalised_runs():
            for part in self._split(run):
                self._label(part)
        companies_by_context(self.layout, self.found)
        self._label_singles()
        self.found.sort(key=lambda m: m.start)
        self.found = join_legal_forms(self.layout.text, self.found)
        self._press_articles()
        canonical_names(self.layout.text, self.found)
        name_handles(self.layout.text, self.found)
        return self.found

    def _capitalised_runs(self) -> list[Words]:
        layout, text = self.layout, self.layout.text
        runs: list[Words] = []
        run: Words = []
        words = layout.words
        for k, (s, e) in enumerate(words):
            word = text[s:e]
            capital = word[0].isupper() or word == "&" or re.match(r"(?:al|el)-[A-Z]", word)
            joined = bool(run) and text[run[-1][1]:s] == " " and not layout.starts_sentence(s)
            after_link = word != "the" or bool(run) and layout.word(run[-1]) in lex.CONNECTORS  # "Church of the …", not "Rathbun the …"
            if joined and word == "and" and (self._last_of_body(run, words[k + 1:k + 3])
                                              or and_in_body(layout, run, words[k + 1:k + 6], _ROLES, self.lowercase)):
                capital = True  # "Centers for Disease Control and Prevention": one name
            if run and word == "s" and text[s - 1] in "'’" and k + 1 < len(words) and \
                    self._possessive_in_name(run, words[k + 1]):
                continue  # the "s" of "Sheriff's", which the next word's run goes on from
            if run and (self._number_in_name(run, (s, e), words[k + 1:k + 2]) or self._possessive_in_name(run, (s, e))
                        or word == "on" and joined and topic_of_body(layout, run, words[k + 1:k + 2])
                        or irish_o(layout, run, (s, e))
                        or plural_possessive_in_name(layout, run, (s, e))):
                run.append((s, e))
                continue
            if joined and (capital or word in lex.CONNECTORS and after_link):
                run.append((s, e))
                continue
            runs.append(run)
            run = [(s, e)] if capital else []
        runs.append(run)
        return [r for r in runs if r]

    def _number_in_name(self, run: Words, span: tuple[int, int], after: Words) -> bool:
        """Whether a number goes on a name: before the word that makes it a body ("Lost 52 Project"), or after a
        station's ("News 12", "Channel 4"); not a model's number ("Boeing 787 Dreamliner")."""
        text, word = self.layout.text, self.layout.word(span)
        if not re.fullmatch(r"\d{1,3}", word) or text[run[-1][1]:span[0]] != " " or self.layout.starts_sentence(span[0]):
            return False
        if after and text[span[1]:after[0][0]] == " " and self.layout.word(after[0]) in BODY_WORDS:
            return True
        return self.layout.word(run[-1]) in _NUMBERED and not (after and text[after[0][0]].isupper()
                                                                and text[span[1]:after[0][0]] == " ")

    def _possessive_in_name(self, run: Words, span: tuple[int, int]) -> bool:
        """Whether a capitalised word after "'s" goes on the name: after a common noun of people, the name of
        a body ("Alachua Sheriff's Office", "People's Vote"), not after a name ("Britain's Foreign Office")."""
        text, before = self.layout.text, self.layout.word(run[-1])
        return (text[run[-1][1]:span[0]] in ("'s ", "’s ") and text[span[0]].isupper()
                and before.lower() in _PEOPLE_OF_NAMES and self.layout.word(span) not in lex.STOP)

    def _last_of_body(self, run: Words, after: Words) -> bool:
        """Whether "and" before ``after`` joins one last word to a name of a body ("Institute of Volcanology and
        Seismology"): the run has "of" or "for", and one capitalised word follows with no name word after it."""
        text = self.layout.text
        if len(after) < 1 or not text[after[0][0]].isupper() or text[after[0][0]:after[0][1]] in lex.STOP:
            return False
        next_is_name = len(after) > 1 and text[after[1][0]].isupper() and text[after[0][1]:after[1][0]] == " "
        word = self.layout.word(after[0])
        runs = [self.layout.word(w) for w in run]  # not "President Trump and Republican majorities"
        people = word in lex.NORP or word in lex.GPE or any(w in lex.TITLES for w in runs) and not any(
            w in lex.ORG_WORDS for w in runs)
        return not next_is_name and not people and any(self.layout.word(w) in ("of", "for") for w in run[1:])

    def _split(self, run: Words) -> list[Words]:
        """The parts of a run between words that never belong to a name, without edge connectors."""
        layout = self.layout
        parts, part = [], []
        for span in cut_modifiers(layout, run) + [None]:
            if span is not None and layout.word(span) not in lex.STOP and layout.word(span) not in _FIRST_PERSON and (
                    part or layout.word(span) not in _OPENERS):
                part.append(span)
                continue
            while part and layout.word(part[-1]) in lex.CONNECTORS:
                part.pop()
            while part and layout.word(part[0]) in lex.CONNECTORS:
                part.pop(0)
            first = layout.word(part[0]) if part else ""
            if part and layout.starts_sentence(part[0][0]) and first.lower() in self.lowercase and (
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

    def _add(self, part: Words, label: str, title: str = "") -> None:
        self.found.append(Mention(part[0][0], part[-1][1], label, title))

    def _known(self, span: tuple[int, int]) -> str | None:
        word = self.layout.word(span)
        if word in lex.GPE:
            return "GPE"
        if word in lex.NORP or word.rstrip("s") in lex.NORP:
            return "NORP"
        acronym = 2 <= len(word) <= 5 and word.isupper() and word not in lex.COMMON_ACRONYMS
        site = re.search(r"\.(?:com|org|net|gov)$", word)
        return "ORG" if acronym or site or word in lex.ORG_WORDS else None

    def _label(self, run: Words) -> None:
        """Label one capitalised sequence, or queue it as a single word to be decided later."""
        layout = self.layout
        if based_opener(layout, run):
            self._add(run[1:], "ORG")  # "Michigan-based Whirlpool": a body where it is based
            return
        words = [layout.word(w) for w in run]
        t = max((k for k, w in enumerate(words) if w.rstrip(".") in lex.TITLES or w in _ROLES and k < len(words) - 1
                 or agent_role(w) and k < len(words) - 2), default=-1)  # "Presidential Historian Mark Updegrove"
        if t >= 0 and (t < len(run) - 1 or not any(w in lex.ORG_WORDS for w in words)) and not (
                t < len(run) - 1 and words[t + 1] in lex.ORG_WORDS):  # "General Motors (Corporation)" is no general
            self._titled(run[:t + 1], run[t + 1:])
            return
        for n in (3, 2):  # a place glued to a name: "United States Hamdullah Mohib"
            if len(run) > n and " ".join(words[:n]) in lex.GPE and not any(w in lex.ORG_WORDS for w in words):
                self._add(run[:n], "GPE")
                run, words = run[n:], words[n:]
                break
        else:
            people = "GPE" if words[0] in lex.GPE else "NORP" if words[0] in lex.NORP else None
            if people and len(run) > 2 and after_the(layout, run[0][0]) and thing_follows(layout, run[-1][1]) and (
                    layout.text[run[-1][1]:run[-1][1] + 1] != ":" and not any(w in PLACE_WORDS for w in words)
                    and words[-1] not in THING_HEADS):  # not "the American Music Awards"
                self._add(run, "ORG")  # "the U.S. Geological Survey has said": a body of that place
                return
            if people and len(run) > 1 and " ".join(words) not in lex.GPE and not surname_again(
                    layout, run, self.lowercase) and not any(
                    w in lex.ORG_WORDS or w in lex.FAC_WORDS or w in lex.EVENT_WORDS for w in words):
                self._add(run[:1], people)  # "U.S. ATACMS", "British Storm Shadow": a thing of that place
                self._add(run[1:], "PRODUCT")
                return
        if len(run) == 1:
            self.singles.append(run[0])  # labelled once every full name is known
            return
        if (cut := name_after_body(layout, run)) is not None:
            self._add(run[:cut], "ORG")  # "director of Amnesty International Man-kei Tam said"
            self._add(run[cut:], "PERSON")
            return
        if self._split_person_from_org(run, words):
            return
        phrase = " ".join(words)
        before = layout.words_in(max(0, run[0][0] - 12), run[0][0])
        previous = layout.word(before[-1]) if before else ""
        if phrase in lex.GPE or phrase in lex.NORP or phrase.rstrip("s") in lex.NORP:
            self._add(run, "GPE" if phrase in lex.GPE else "NORP")
        elif any(w in lex.ORG_WORDS for w in words) or "&" in words or words[-1] in BODY_ENDINGS or (
                words[-1].rstrip(".") in _CORPORATE) or (  # "Caterpillar Inc.", "Barclays PLC"
                "and" in words and abstract_name(words[-1:])):  # "Customs and Border Protection"
            self._add(run, "ORG")
        elif any(w in lex.FAC_WORDS for w in words):
            self._add(run, "FAC")
        elif words[-1] in lex.EVENT_WORDS and not (len(run) == 2 and said_alone(layout, words[0], words[1])):
            self._add(run, "EVENT")  # "Waitangi Day", "Fan Expo"; not "Doris Day … Day said"
        elif words[0] in lex.COMPASS and len(run) == 2:
            self._add(run, "GPE")  # "Western Australia", "Northern Syria", "North Karnataka"
        elif previous in lex.LOCATIVE or words[0] in _PLACE_OPENERS and len(run) == 2 and place_after_opener(
                words[1], self.lowercase):
            self._add(run, "LOC" if words[0] in ("Mount", "Lake") else "GPE")  # "New Orleans", "Mount Apo"
        elif words[0] in _PLACE_OPENERS and len(run) == 2:
            return  # "New Release": no person
        elif words[0] in _PLACE_OPENERS:
            self._add(run, "ORG")  # "Las Vegas Review-Journal": a body named after its place
        else:
            title = previous if previous in lex.PERSON_NOUNS else ""
            organisation = (len(run) > 3 or any(w in lex.CONNECTORS for w in words)) and not particle_name(words) and (
                not long_person_name(layout, run)) or (
                after_the(layout, run[0][0]) and thing_follows(layout, run[-1][1])  # "the White House has said",
                and not words[0].isupper() and words[0] not in lex.GPE)  # not "the UN Nikki Haley:"
            if organisation:
                self._add(run, "ORG", title)
            elif not_a_person(layout, run, self.lowercase):
                return  # a heading, a slogan
            elif abstract_name(words):
                self._add(run, "ORG", title)  # "Emergency Management Presidency", "Operation Clambake"
            elif kind := place_kind(layout, run):
                self._add(run, kind)  # "Palm Beach County", "El Paso, Texas"
            elif not names_no_person(words):
                self._add(run, "PERSON", title)

    def _split_person_from_org(self, run: Words, words: list[str]) -> bool:
        """A name and an organisation in one run: "Lydia Buchtmann for Food Standards Australia", or
        "Council on American-Islamic Relations Alia Salem said" (a name glued after the organisation)."""
        org = [k for k, w in enumerate(words) if w in lex.ORG_WORDS]
        suffix = next((k for k, w in enumerate(words[:-2]) if w.rstrip(".") in _CORPORATE), None)
        if suffix is not None and not any(w in lex.CONNECTORS for w in words[suffix + 1:]):
            self._label(run[:suffix + 1])  # "Apple Inc. Steve Jobs": a company's name ends at its suffix
            self._label(run[suffix + 1:])
            return True
        link = next((k for k, w in enumerate(words) if w in ("of", "at")), None)
        surname_again = link == 2 and (len(re.findall(r"\b%s\b" % re.escape(words[1]), self.layout.text)) >= 2 or (
            person_of_body(words[:2], ["NAME"]) and reported_by(self.layout, run)))
        if not org and surname_again and len(words) > 3 and not any(
                w in lex.GPE or w in lex.NORP or w.rstrip(".") in lex.TITLES for w in words):
            self._add(run[:link], "PERSON")  # "Mike Gikas of Consumer Reports", "… of Rogaland Fire and Rescue said"
            self._add(run[link + 1:], "ORG")
            return True
        if not org and link == 2 and (person_of_body(words[:2], words[3:]) or of_the_cut_body(self.layout, run, words)):
            self._add(run[:link], "PERSON")  # "John Geiger of USGS", "Doug Collins of Georgia"
            self._label(run[link + 1:])
            return True
        if not org:
            return False
        link = next((k for k, w in enumerate(words) if w in ("for", "of", "at")), None)
        if link in (2, 3) and org[0] > link and not any(w in lex.ORG_WORDS or w in lex.GPE for w in words[:link]):
            self._add(run[:link], "PERSON")
            self._label(run[link + 1:])
            return True
        tail = words[org[-1] + 1:]
        after = self.layout.words_in(run[-1][1], run[-1][1] + 20)
        if len(tail) == 2 and not any(w in lex.GPE or w in lex.NORP or w in lex.CONNECTORS or w.islower()
                                      or w[:-1] in lex.ORG_WORDS for w in tail) and after \
                and self.layout.word(after[0]).lower() in lex.SPEECH_VERBS:  # not "Amazon Web Services said"
            self._label(run[:org[-1] + 1])
            self._add(run[org[-1] + 1:], "PERSON")
            return True
        return False

    def _titled(self, title: Words, rest: Words) -> None:
        """A run with a title in it: the name is what follows the last title word."""
        layout = self.layout
        if rest and layout.word(rest[0]) in lex.CONNECTORS:  # "Minister of Education Stefania Giannini"
            rest = [r for r in rest if layout.word(r) not in lex.CONNECTORS]
            size = 3 if len(rest) > 3 and re.fullmatch(r"[A-Z]\.", layout.word(rest[-2])) else 2  # "Robert F. Kennedy"
            head, rest = (rest[:-size], rest[-size:]) if len(rest) >= 2 else (rest, [])
            if len(head) == 1 and not self._known(head[0]) and organisation_by_context(layout, layout.word(head[0])):
                self._add(head, "ORG")  # "Vice Chairman of Chrysler"
                head = []
            if not head and rest:  # "CEO of Massey Energy", "Governor of New York": the body or place of the role
                self._label(rest)
                rest = []
            title = title + head
        first = next((k for k, w in enumerate(title) if layout.word(w).rstrip(".") in lex.TITLES or layout.word(w) in _ROLES), 0)
        if first >= 2 and any(layout.word(w) in lex.ORG_WORDS for w in title[:first]):
            self._label(title[:first])  # "Office of Management and Budget Director Russ Vought"
            title = title[first:]
        for span in title:
            if label := self._known(span):
                self._add([span], label)
        place = place_after_name(layout, rest)
        if place:  # "Senator Amy Klobuchar of Minnesota": the name ends before her state
            self._label(rest[place + 1:])
            rest = rest[:place]
        if rest and any(layout.word(r) in lex.ORG_WORDS for r in rest):
            self._label(rest)
        elif rest and not plural_role(layout.word(rest[-1])) and not (  # not "Vice Presidents", "Consumer Price Index"
                len(rest) > 1 and names_no_person([layout.word(w) for w in rest])):
            self._add(rest, "PERSON", " ".join(layout.word(w) for w in title))

    def _label_singles(self) -> None:
        layout, text = self.layout, self.layout.text
        full_names = [layout.words_in(m.start, m.end) for m in self.found if m.label == "PERSON" and " " in text[m.start:m.end]]
        person_words = {layout.word(w) for name in full_names for w in name}
        self.surnames = {layout.word(name[-1]) for name in full_names if name} | {
            text[m.start:m.end] for m in self.found if m.label == "PERSON" and m.title}  # "President Biden"
        self.org_heads = {text[m.start:m.end].split()[0] for m in self.found if m.label == "ORG" and " " in text[m.start:m.end]}
        person_words -= {layout.word(w) for w in self.singles if after_the(layout, w[0]) and thing_follows(layout, w[1])}
        person_words |= {layout.word(w) for w in self.singles if text[w[0]].isupper() and not self._known(w) and not
                         after_the(layout, w[0]) and layout.word(w).lower() not in self.lowercase and introduced_person(layout, *w)}
        for s, e in self.singles:
            if label := self._single_label(s, e, person_words):
                self.found.append(Mention(s, e, label))

    def _single_label(self, s: int, e: int, person_words: set[str]) -> str | None:
        layout, word = self.layout, self.layout.text[s:e]
        known = self._known((s, e))
        if known == "ORG":
            return known
        if modifier_head(layout, (s, e)):  # "Biden-era rules", "American-made products"
            return known or ("PERSON" if word in self.surnames else None)
        if STANCE.fullmatch(word):
            return None  # "the Pro-Beijing camp"
        # "UK" of "Change UK" is still the UK, and "in Melbourne" is a place after "Make Melbourne"; no word of a
        # thing the article writes "the Frühburgunder is"
        if word in person_words and not (known and word.isupper()) and not (
                known == "GPE" and locative_place(layout, s, e)):
            return "PERSON"  # "Paris" after "Valeska Paris" is her, not the city
        if known:
            return known
        if names_a_body(layout, e) or organisation_by_context(layout, word):
            return "ORG"  # "the Xinhua news agency", "Volkswagen, the German carmaker,"
        if re.search(r"(?:ia|land|stan)$", word) and len(word) >= 6 and word not in lex.IA_NAMES:
            return "GPE"
        if re.search(r"(?:ian|ean|ese|ish)$", word) and len(word) >= 6:
            return "NORP"
        if word in self.org_heads:
            return "ORG"  # "Chrysler" of "the Chrysler Aspen"  # "Chrysler" of "the Chrysler Aspen"
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

    def _press_articles(self) -> None:
        """A publication's name takes its capitalised article: "The Wall Street Journal", "The Associated Press"."""
        text = self.layout.text
        for m in self.found:
            if text[max(0, m.start - 4):m.start] == "The " and text[m.start:m.end].split()[-1] in _PRESS:
                m.start, m.label = m.start - 4, "ORG"
