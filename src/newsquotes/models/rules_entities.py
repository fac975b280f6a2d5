"""Named entities for the ``rules`` model: capitalised word sequences, labelled from word lists and shape.

The article's runs of capitalised words, cut at words that never belong to a name, come from
``rules_name_runs``; this module labels each part of two or more words. GPE and NORP come from a gazetteer,
ORG from words such as Ministry, Agency, Party and from acronyms, FAC from Stadium, Airport …, EVENT from Day,
Festival …, GPE from "New", "San", "Fort" … before one word, PERSON after a title or for two or three other name
words that name no role and no thing (rules_roles); a run that holds a person and a body ("Mike Gikas of Consumer
Reports", "Apple Inc. Steve Jobs") is cut in two. A single word waits until every longer name is known, as
whether it is a person depends on them (``rules_single_names``). A publication's name keeps its "The" ("The Wall
Street Journal"), and each person mention is named by the fullest form of that name in the article ("Ivan
Petrov" for "Petrov").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_handles import name_handles
from newsquotes.models.rules_mention_names import canonical_names
from newsquotes.models.rules_kinds import (companies_by_context, join_legal_forms, locative_place,
                                          organisation_by_context, place_after_name, place_kind)
from newsquotes.models.rules_name_edges import BODY_ENDINGS, based_opener
from newsquotes.models.rules_name_runs import Words, capitalised_runs, split_run
from newsquotes.models.rules_roles import ROLES as _ROLES, THING_HEADS
from newsquotes.models.rules_roles import (abstract_name, agent_role, names_no_person, particle_name,
                                           place_after_opener, plural_role)
from newsquotes.models.rules_namewords import (PLACE_WORDS, after_the, long_person_name, name_after_body, not_a_person,
                                              of_the_cut_body, owned_before, person_noun_before, person_of_body,
                                              reported_by, said_alone, surname_again, thing_follows)
from newsquotes.models.rules_single_names import known_label, single_labels
from newsquotes.models.rules_text import Layout

#: First words of places' names, never of a person's: "New Orleans", "San Diego", "Fort Worth", "Mount Apo".
_PLACE_OPENERS = frozenset("New San Santa Los Las Fort Port Mount Lake".split())
#: Words that put a region inside or outside a place, as a compass point does: "Inner Mongolia", "Outer Hebrides".
_INNER = frozenset("Inner Outer".split())
#: The last word of a publication's name, which keeps its "The".
PRESS = _PRESS = frozenset("""
    Times Post Journal Herald Guardian Telegraph Independent Atlantic Register Dispatch Chronicle Gazette Tribune
    Observer Economist Mirror Express Press Caller Wire Beast Hindu Lancet Bulletin Inquirer Examiner Courier
""".split())
#: Words of companies', services' and states' bodies beyond the lexicon's body words, none of them a person's: "Air
#: Canada", "Border Patrol", "Creative Commons", "Tyson Foods", "Indian Railways", "US Treasury", "United States
#: Geological Survey".
_MORE_BODY_WORDS = frozenset("""
    Air Airline Patrol Guard Reserve Commons Reports Brands Foods Capital Properties Automobile Automotive Sport
    Paper Trading Travel Warehouse Services Railway Railways Treasury Embassy Consulate Survey Observatory Forces
    Cartel Mutual
""".split())
def _body_words(words: list[str]) -> bool:
    """Whether a run holds a body's word, or names a chamber: "United States House of Representatives"."""
    return any(w in lex.ORG_WORDS or w in _MORE_BODY_WORDS for w in words) or bool(
        re.match(r"(?:\S+ ){1,3}House of ", " ".join(words)))  # not "Democratic Dean of the House of …"


#: Prepositions that put a name with such a word in a place rather than a body: "in Bel Air".
_IN_PLACE = lex.LOCATIVE - {"at", "from"}  # not "at" or "from": "at Air Canada" is a body


def _trailing_titles(words: list[str]) -> int | None:
    """Where the titles start that end a run after a body's name, which name its holder's role and no one: "Airbus
    President said", "the Apple Chief Executive Officer,"; None when the run goes on to a name or holds no body."""
    cut = len(words)
    while cut > 0 and words[cut - 1].rstrip(".") in lex.TITLES:
        cut -= 1
    if cut == len(words) or cut == 0 or words[cut - 1] in lex.CONNECTORS or not any(  # not "Court of Justice"
            w in lex.ORG_WORDS for w in words[:cut]):
        return None
    return cut


def _acts_after_the(layout: Layout, run: Words) -> bool:
    """Whether a name after "the" ends its phrase or acts, as a body's does: "the White House has said", "The Dow
    Jones, was up 3.10%" (after the "The" that opens a sentence, "and", "or" and "with" go on with the phrase: "The
    Lincoln Memorial and the Jefferson Memorial", whose kind is left to their words); not an acronym or a place
    before a name ("the UN Nikki Haley:")."""
    start, first = run[0][0], layout.word(run[0])
    if first.isupper() or first in lex.GPE:
        return False
    if after_the(layout, start):
        return thing_follows(layout, run[-1][1])
    return layout.text[max(0, start - 4):start] == "The " and layout.starts_sentence(start - 4) and thing_follows(
        layout, run[-1][1], joined=False)


#: Persons named by what they are, not by a work they do at a body.
_ONLY_THERE = frozenset("man men woman women child children girl boy teenager person people".split())


def _role_at(text: str, start: int) -> bool:
    """Whether a person's role "at" a body stands before a name, which is then no place: "an analyst at Piper
    Jaffray", "a professor at Leiden"; not "a man at", who is only there."""
    role = person_noun_before(text, start, "at", 30)
    return bool(role) and role not in _ONLY_THERE


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
        self.lowercase = {layout.word(w) for w in layout.words if layout.text[w[0]].islower()}

    def run(self) -> list[Mention]:
        for run in capitalised_runs(self.layout, self.lowercase):
            for part in split_run(self.layout, run, self.lowercase):
                self._label(part)
        companies_by_context(self.layout, self.found)
        for s, e, label in single_labels(self.layout, self.found, self.singles, self.lowercase):
            self.found.append(Mention(s, e, label))
        self.found.sort(key=lambda m: m.start)
        self.found = join_legal_forms(self.layout.text, self.found)
        self._press_articles()
        canonical_names(self.layout.text, self.found)
        name_handles(self.layout.text, self.found)
        return self.found

    def _add(self, part: Words, label: str, title: str = "") -> None:
        self.found.append(Mention(part[0][0], part[-1][1], label, title))

    def _label(self, run: Words) -> None:
        """Label one capitalised sequence, or queue it as a single word to be decided later."""
        layout = self.layout
        if based_opener(layout, run):
            self._add(run[1:], "ORG")  # "Michigan-based Whirlpool": a body where it is based
            return
        words = [layout.word(w) for w in run]
        if (cut := _trailing_titles(words)) is not None:
            self._label(run[:cut])  # "Airbus President", "Apple Chief Executive Officer": the body, not the role
            return
        t = max((k for k, w in enumerate(words) if w.rstrip(".") in lex.TITLES or w in _ROLES and k < len(words) - 1
                 or agent_role(w) and k < len(words) - 2), default=-1)  # "Presidential Historian Mark Updegrove"
        if t >= 0 and (t < len(run) - 1 or not any(w in lex.ORG_WORDS for w in words)) and not (
                t < len(run) - 1 and words[t + 1] in lex.ORG_WORDS):  # "General Motors (Corporation)" is no general
            self._titled(run[:t + 1], run[t + 1:])
            return
        for n in (3, 2):  # a place glued to a name: "United States Hamdullah Mohib"
            if len(run) > n and " ".join(words[:n]) in lex.GPE and not _body_words(words):
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
                    layout, run, self.lowercase) and not _body_words(words) and not any(
                    w in lex.FAC_WORDS or w in lex.EVENT_WORDS for w in words):
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
        elif any(w in lex.ORG_WORDS or w in _MORE_BODY_WORDS and previous not in _IN_PLACE for w in words) or (
                "&" in words) or words[-1] in BODY_ENDINGS or (
                words[-1].rstrip(".") in _CORPORATE) or (  # "Caterpillar Inc.", "Barclays PLC"
                "and" in words and abstract_name(words[-1:])):  # "Customs and Border Protection"
            self._add(run, "ORG")
        elif any(w in lex.FAC_WORDS for w in words):
            self._add(run, "FAC")
        elif words[-1] in lex.EVENT_WORDS and not (len(run) == 2 and said_alone(layout, words[0], words[1])):
            self._add(run, "EVENT")  # "Waitangi Day", "Fan Expo"; not "Doris Day … Day said"
        elif len(run) == 2 and (words[0] in lex.COMPASS or words[0] in _INNER and words[1].lower() not in self.lowercase):
            self._add(run, "GPE")  # "Western Australia", "Northern Syria", "North Karnataka", "Inner Mongolia"
        elif previous == "at" and words[0] not in _PLACE_OPENERS and _role_at(layout.text, run[0][0]):
            self._add(run, "ORG")  # "an analyst at Piper Jaffray": where a person works
        elif (previous in lex.LOCATIVE and not layout.text[before[-1][1]:run[0][0]].strip()  # not "put in,” Ann Lee"
              or words[0] in _PLACE_OPENERS and len(run) == 2 and place_after_opener(words[1], self.lowercase)):
            self._add(run, "LOC" if words[0] in ("Mount", "Lake") else "GPE")  # "New Orleans", "Mount Apo"
        elif words[0] in _PLACE_OPENERS and len(run) == 2:
            return  # "New Release": no person
        elif words[0] in _PLACE_OPENERS:
            self._add(run, "ORG")  # "Las Vegas Review-Journal": a body named after its place
        else:
            title = previous if previous in lex.PERSON_NOUNS else ""
            organisation = (len(run) > 3 or any(w in lex.CONNECTORS for w in words)) and not particle_name(words) and (
                not long_person_name(layout, run)) or _acts_after_the(layout, run)
            if organisation:
                self._add(run, "ORG", title)
            elif not_a_person(layout, run, self.lowercase):
                return  # a heading, a slogan
            elif abstract_name(words):
                self._add(run, "ORG", title)  # "Emergency Management Presidency", "Operation Clambake"
            elif kind := place_kind(layout, run):
                self._add(run, kind)  # "Palm Beach County", "El Paso, Texas"
            elif not title and self._common_word_before_place(run, words):
                self._add(run[1:], "GPE")  # "Make Melbourne", "Across India": no person, and the place is a place
            elif owned_before(layout, run[0][0]):
                self._add(run, "ORG")  # "Kremlin-owned Unified Aircraft": no one is owned
            elif not names_no_person(words):
                self._add(run, "PERSON", title)

    def _common_word_before_place(self, run: Words, words: list[str]) -> bool:
        """Whether two words are a common word that the article also writes in lower case and a place that it
        names as a place elsewhere ("in Melbourne"): "Make Melbourne", not "Mark Hamilton"."""
        if len(words) != 2 or words[1] not in lex.GPE or words[0].lower() not in self.lowercase:
            return False
        return any(locative_place(self.layout, m.start(), m.end()) for m in
                   re.finditer(r"\b%s\b" % re.escape(words[1]), self.layout.text) if m.start() != run[1][0])

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
        if not org and surname_again and len(words) > 3 and not any(  # a surname may be a place's: "Gene Munster"
                w in lex.GPE and k != 1 or w in lex.NORP or w.rstrip(".") in lex.TITLES for k, w in enumerate(words)):
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
            if len(head) == 1 and not known_label(layout.word(head[0])) and organisation_by_context(layout, layout.word(head[0])):
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
            if label := known_label(layout.word(span)):
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

    def _press_articles(self) -> None:
        """A publication's name takes its capitalised article: "The Wall Street Journal", "The Associated Press"."""
        text = self.layout.text
        for m in self.found:
            if text[max(0, m.start - 4):m.start] == "The " and text[m.start:m.end].split()[-1] in _PRESS:
                m.start, m.label = m.start - 4, "ORG"
