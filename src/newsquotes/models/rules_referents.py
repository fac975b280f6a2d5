"""Who a speaker is, for the ``rules`` model: the entity a name, a pronoun, a nominal or a document refers to.

``Referents`` holds one article's mentions and is asked, for each speaker phrase, whom it names. A name is its
mention's canonical name, but a business's short name is not widened to the longer name of a part of it ("Boeing"
is not "Boeing Commercial Airplanes"). A pronoun goes to its antecedent (``rules_pronoun_referents``), a document
("its website", "a report from ABC Australia") to its owner (``rules_documents``). "The minister" goes to the last
person with that title or set beside that role, never to one given another role (``rules_described_roles``), "the
country" to the country the last sentences were about, never one of a list of three ("the government" to no city
but to a body named "… Government" too, and with no place before that fits to the country of the people last
named, or whose name opens a body's name), "the central bank" to the last central bank named, "the company" and "the
statement" as ``rules_nominals`` tells, but "the city" or "the company" first the one the text called so
(``rules_descriptions``), and one set beside a name or whose head ends a name to that name
(``rules_description_heads``); what a head noun refers to, ``rules_head_kinds`` says. A speaker that names no one
is named by its words; "the United States government" speaks for the place it names. A name taken for something
else may hold a person's ("Wee of the Times" after "Sui-Lee Wee"; "Interdiction Coordinator Shannon Kelly"), "The
Hollywood Reporter" is a paper, "the agency" of a body whose name lacks the word goes to the body that led the
sentence before, and "a group of employees" takes the name the next sentence gives it ("The group, WeWorkers
Coalition, …").
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_description_heads import (business_named, by_own_words, central_bank,
                                                       describes_central_bank, place_fits, written_before_name)
from newsquotes.models.rules_described_roles import apposed_role, other_role, person_tied_to_body
from newsquotes.models.rules_descriptions import described_entity, named_next
from newsquotes.models.rules_documents import owner_of_document
from newsquotes.models.rules_sexed_heads import head_sex, of_sex
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_head_kinds import head_kind
from newsquotes.models.rules_nominals import BUSINESS_NOUNS
from newsquotes.models.rules_pronoun_referents import pronoun_antecedent
from newsquotes.models.rules_pronouns import person_sexes
from newsquotes.models.rules_sections import section_heading
from newsquotes.models.rules_speaker_sexes import speaker_pronouns
from newsquotes.models.rules_text import Layout

_LINK = r"(?:at|of|for|from|with|in)"

#: A role written before a name, with the body's name before it: "Wild defenseman [Ryan Suter]", "Sabres goalie",
#: "Apple chief executive [Steve Jobs]"; its last word a noun of a doer ("-man", "-er", "-ist") the lexicons may
#: not hold.
_ROLE_BEFORE = re.compile(r"(?:\b[A-Z][\w.’'&-]*\s+){1,2}(?P<role>(?:[a-z][a-z-]*\s+){0,2}(?P<head>[a-z]+))\s+$")

#: Last words of publications' names that are also nouns of people: "The Hollywood Reporter", "Business Insider".
_PRESS_PEOPLE = frozenset("Reporter Insider Monitor Observer Examiner Guardian Herald Courier Caller".split())

#: Heads of a public body's description, which its own name may not hold: "CBP … the agency".
_AGENCY_HEADS = frozenset("agency department ministry bureau office commission administration authority".split())

#: A surname before "of" and the body one works for, written as one name: "Wee of the Times".
_OF_BODY = re.compile(r"(?P<surname>[A-Z][\w'’-]+)\s+of\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*")

#: Words that end a business's legal name, which names the same business as its short name: "Apple Inc.".
_LEGAL = frozenset("Inc Incorporated Corp Corporation Co Company Ltd Limited LLC plc PLC AG SA NV GmbH Group Holdings".split())

#: A role its body owns, written with the body's name: "the Food and Agriculture Organization's chief veterinary
#: officer" is one of that body, not the person the article named last.
_ROLE_OF_NAMED_BODY = re.compile(r"[A-Z][\w.&-]*[’']s\s+[a-z]")
#: People who speak as sources without a name, and so are never the person named before: "the insider said".
_ANONYMOUS = frozenset("insider source witness eyewitness individual bystander passerby onlooker".split())


@dataclass
class Speaker:
    start: int
    end: int
    name: str | None
    named: bool = False  # a name rather than a pronoun or a noun phrase


class Referents:
    """Resolves speaker phrases to the entities of one article."""

    def __init__(self, layout: Layout, mentions: list[Mention], quoted: list[Mention] | None = None):
        self.layout, self.text, self.mentions = layout, layout.text, mentions
        self.quoted = quoted or []  # names inside quotation marks, which speak not but which a quoted "he" may mean
        self.sexes = person_sexes(layout, mentions, self.is_subject, speaker_pronouns(layout, mentions))

    def speaker(self, start: int, end: int, mention: Mention | None = None) -> Speaker:
        """The speaker at ``[start, end)``, named by its mention, or resolved when a pronoun or a nominal."""
        if mention:
            return Speaker(start, end, self.own_name(mention), True)
        phrase = self.text[start:end]
        words = phrase.split()
        before = [m for m in self.mentions if m.end <= start]
        near = [m for m in before if self.layout.paragraph(m.start) >= self.layout.paragraph(start) - 1]
        if self._of_a_body(words) and (heading := section_heading(self.layout, self.mentions, start)):
            return Speaker(start, end, heading)  # "STELLANTIS | The Chrysler parent is …, it said"
        if len(words) == 1 and (pronoun := lex.POSSESSIVE_SUBJECTS.get(words[0].lower(), words[0].lower())) in lex.PRONOUNS:
            return Speaker(start, end, self.antecedent(pronoun, start))  # "he", and "his" ("In his opinion") as "he"
        if owner := owner_of_document(self, start, end, words):
            return Speaker(start, end, owner)
        if body := self._body_before_head(start, end):
            return Speaker(start, end, body)  # "The China Daily newspaper", "the state-run Xinhua news agency"
        head = re.sub(r"\s+%s\s.*$" % _LINK, "", phrase).split()[-1]
        if words[0].lower() == "the" and len(words) == 2 and (
                described := described_entity(self.layout, self.mentions, start, head, self.is_subject)):
            return Speaker(start, end, self.own_name(described))  # "the US city of White Plains … the city"
        kind = head_kind(head)
        if words[0].lower() in ("a", "an") and (later := named_next(self.layout, self.mentions, end, head)):
            return Speaker(start, end, self.own_name(later))  # "a group of employees. The group, WeWorkers Coalition,"
        if head in _PRESS_PEOPLE and re.fullmatch(r"[Tt]he\s+(?:[A-Z][\w.’'&-]*\s+)+" + head, phrase):
            return Speaker(start, end, phrase[4:])  # "according to The Hollywood Reporter": a paper, not a reporter
        if words[0].lower() in ("the", "his", "her") and (fits := by_own_words(self.layout, self.mentions, start, end, head, kind)):
            return Speaker(start, end, self.own_name(fits))  # "Kevin Conroy, the voice of Batman", "the foundation"
        plural_people = kind == "PERSON" and re.search(r"[^s]s$", head)  # "the researchers" are no one person
        if kind == "GPE" and words[0].lower() == "the" and (place := self._place_before_head(start, end)):
            return Speaker(start, end, place)  # "the United States government": the United States'
        if kind == "GPE" and len(words) == 3 and words[1] in lex.NORP:  # "the German government": Germany's
            return Speaker(start, end, self.country_of(words[1]) or phrase)
        if len(words) == 1 and kind == "ORG" and (named := [m for m in before if m.label == "ORG" and " " in m.name
                                                          and head.lower() in m.name.lower().split()]):
            return Speaker(start, end, named[-1].name)  # "Police said" after "Thames Valley Police"
        if describes_central_bank(words):  # "The Federal Reserve cut …. The central bank said", but no Bank of America
            bank = central_bank(self.layout, before, start)
            return Speaker(start, end, self.own_name(bank) if bank else phrase)
        if words[0].lower() in ("the", "this", "that", "its") and kind in ("PERSON", "ORG", "GPE") and not plural_people:
            same = [m for m in before if m.label == kind and (kind != "GPE" or place_fits(head, m.name)
                                                              and (m.start, m.end) not in self._listed_places)
                    or head.lower() == m.name.split()[-1].lower() == "government" and m.label == "ORG"]  # "UK Government"
            # a whole word of the title or name: "the son" is not Boris Johnson, "the man" not Herman Cain
            head_word = re.compile(r"\b%s\b" % re.escape(head.lower()))
            titled = [m for m in same if head_word.search((m.title + " " + m.name).lower())
                      or kind == "PERSON" and apposed_role(self.text, m, head)]  # "Schaffrath, a spokesman for Airbus,"
            if kind == "ORG" and not titled:  # "the company", but not "the army" for any body named before
                name = business_named(self.layout, before, start, head, self.is_subject) or (
                    self._body_that_led(before, start) if len(words) == 2 and head.lower() in _AGENCY_HEADS else None)
                return Speaker(start, end, name or phrase)
            unnamed = head.lower().rstrip("s") in _ANONYMOUS or (  # "The insider, who asked to remain anonymous"
                kind == "PERSON" and bool(_ROLE_OF_NAMED_BODY.search(phrase)))
            if kind == "PERSON" and not unnamed and (tied := person_tied_to_body(self.text, self.mentions, start, end,
                                                                            self._people_of_role(before, head, titled))):
                return Speaker(start, end, tied.name)  # "the Airbus chief": Airbus chief executive Tom Enders
            pool = titled or (same if kind == "GPE" else [] if unnamed else [m for m in near if m.label == kind
                                                                               and not other_role(m, head)])
            pool = of_sex(pool, head_sex(head), self.sexes)  # "the man" is none of the women named before
            if pool and not titled:  # "the country" is the place the last sentences were about, not the last named
                recent = self.layout.start_back(start, 2)
                pool = [m for m in pool if m.start >= recent and self.is_subject(m)] or pool
            if titled and kind == "ORG" and len({m.name for m in titled}) > 1:
                return Speaker(start, end, self._salient_body(titled, start))
            if pool:
                return Speaker(start, end, pool[-1].name)
            if kind == "GPE" and (country := self._country_of_people(before, head)):
                return Speaker(start, end, country)  # "the Iranian Expediency Council …, the government announced"
        if re.fullmatch(r"the\s+[A-Z][\w.’'&-]*(?:\s+(?:[A-Z][\w.’'&-]*|of|for|and))*", phrase):
            return Speaker(start, end, phrase[4:])  # "according to the Cyprus Mail": the name without the article
        return Speaker(start, end, self.titled_name(start, end))

    def titled_name(self, start: int, end: int) -> str:
        """The name the phrase at ``[start, end)`` is written before elsewhere as a title, or else the phrase:
        "China’s ambassador to Britain" is Liu Xiaming when "China’s ambassador to Britain Liu Xiaming" is written."""
        titled = written_before_name(self.text, self.mentions, start, end)
        return self.own_name(titled) if titled else self.text[start:end]

    def own_name(self, mention: Mention) -> str:
        """A mention's canonical name, but an organisation's short name not widened to a longer name of a part of
        it: "Facebook" is not "Facebook Ireland Limited", "Boeing" not "Boeing Commercial Airplanes", while
        "Apple" is "Apple Inc." and "Police" "Thames Valley Police"."""
        words = self.text[mention.start:mention.end].split()
        if person := self._person_in_name(mention, words):
            return person
        if words and words[0].lower() == "the":
            words = words[1:]
        if mention.label == "ORG" and len(words) == 1 and head_kind(words[0]) == "ORG":
            # "Court says prorogation was unlawful" after the Court of Session and the Supreme Court: which court
            fitting = [m for m in self.mentions if m.end <= mention.start and m.label == "ORG"
                       and words[0] in m.name.split() and m.name != words[0]]
            if len({m.name for m in fitting}) > 1:
                return self._salient_body(fitting, mention.start)
        full = mention.name.split()
        extra = [w.strip(".,") for w in full[len(words):]]
        if mention.label != "ORG" or not words or full[:len(words)] != words or len(extra) < 2 or all(
                w in _LEGAL for w in extra) or not all(w[:1].isupper() for w in extra):  # "Church of Scientology"
            return mention.name
        return " ".join(words)

    def _person_in_name(self, mention: Mention, words: list[str]) -> str | None:
        """The person a name taken for something else holds: a surname before "of" and a body, as the article
        named that person before ("Wee of the Times" after "Sui-Lee Wee"), or a name after the title that opens
        it ("Interdiction Coordinator Shannon Kelly")."""
        of = _OF_BODY.fullmatch(" ".join(words))
        if of and mention.label == "ORG":
            return next((m.name for m in reversed(self.mentions) if m.end <= mention.start and m.label == "PERSON"
                         and m.name.split()[-1] == of["surname"] and " " in m.name), None)
        if mention.label not in ("PERSON", "PRODUCT") or len(words) < 3:
            return None
        title = max((k for k, w in enumerate(words[:-2]) if w in lex.TITLES or head_kind(w) == "PERSON"),
                    default=None)
        rest = words[title + 1:] if title is not None else []
        if 2 <= len(rest) <= 3 and all(re.fullmatch(r"[A-Z][a-z][\w.'’-]*", w) for w in rest):
            return " ".join(rest)
        return None

    def _people_of_role(self, before: list[Mention], head: str, titled: list[Mention]) -> list[Mention]:
        """The people a description with ``head`` may name: "the Airbus spokesman" only one the text called a
        spokesman, "the Airbus engineer" anyone not given another role ("chief executive Tom Enders"), "the
        Airbus chief" one whose role before the name holds the word ("chief executive Tom Enders")."""
        if head.lower() in lex.SPOKESPEOPLE:
            return titled
        role = re.compile(r"\b%s\s+(?:[a-z-]+\s+){0,2}$" % re.escape(head.lower()))
        return [m for m in before if m.label == "PERSON" and (
            not other_role(m, head) or role.search(self.text[max(0, m.start - 40):m.start]))]

    def _body_that_led(self, before: list[Mention], start: int) -> str | None:
        """The organisation that leads the sentence before ``start`` or its own sentence before it, which "the
        agency" there goes on about: "CBP announced that …. At the time, the agency said"."""
        lo = self.layout.start_back(start, 1)
        led = [m for m in before if m.start >= lo and m.label == "ORG" and self.is_subject(m)]
        return self.own_name(led[-1]) if led else None

    def _salient_body(self, titled: list[Mention], start: int) -> str:
        """Which of several bodies whose names fit a description ("the court" after the Court of Session and the
        Supreme Court) it is: one that leads one of the last sentences, else the one named most, else the latest."""
        lo = self.layout.start_back(start, 2)
        leading = [m for m in titled if m.start >= lo and self.is_subject(m)]
        if leading:
            return leading[-1].name
        times = Counter(m.name for m in titled)
        return max(reversed(titled), key=lambda m: times[m.name]).name

    @staticmethod
    def _of_a_body(words: list[str]) -> bool:
        """Whether a speaker's words are "it" or a definite nominal of a business: "The South Korean automaker"."""
        last = words[-1].lower()
        return [w.lower() for w in words] == ["it"] or words[0].lower() == "the" and last in BUSINESS_NOUNS

    def _body_before_head(self, start: int, end: int) -> str | None:
        """The organisation named right before the head noun that ends a definite nominal of a body: "The China
        Daily newspaper" is China Daily, "a foreign Fake News outlet" none."""
        if re.match(r"(?:[Aa]n?|[Aa]nother|[Oo]ne|[Ss]ome)\s", self.text[start:end]):
            return None  # "A foreign news outlet" is one of many
        inside = [m for m in self.mentions if start <= m.start and m.end < end and m.label in ("ORG", "PRODUCT")]
        rest = self.text[inside[-1].end:end].split() if inside else []
        if not (1 <= len(rest) <= 2 and all(w.islower() for w in rest) and head_kind(rest[-1]) == "ORG"):
            return None
        place = next((m for m in self.mentions if m.end == inside[-1].start - 1 and m.label in ("GPE", "NORP")), None)
        if inside[-1].label == "PRODUCT":  # "The China Daily newspaper": a body of that place
            return self.text[place.start:inside[-1].end] if place else None
        return inside[-1].name

    def _place_before_head(self, start: int, end: int) -> str | None:
        """The place named right before the head noun that ends a nominal of a place's body: "the United States
        government" is the United States'."""
        inside = [m for m in self.mentions if start < m.start and m.end < end and m.label == "GPE"]
        if inside and len(self.text[inside[-1].end:end].split()) == 1:
            return self.own_name(inside[-1])
        return None

    def _country_of_people(self, before: list[Mention], head: str) -> str | None:
        """The place the article names whose name the last people named before a description of a country is made
        from ("Iranians" before "the country" is Iran), when no place before fits; None when the article names no
        such place."""
        # a people's name may open a body's: "a council member of Iranian Expediency Discernment Council"
        people = [m.name if m.label == "NORP" else m.name.split()[0] for m in before
                  if m.label == "NORP" or m.label == "ORG" and m.name.split()[0] in lex.NORP]
        country = self.country_of(people[-1]) if people else None
        return country if country and place_fits(head, country) else None

    @functools.cached_property
    def _listed_places(self) -> set[tuple[int, int]]:
        """The spans of the article's places that are one of a list of three or more ("from Afghanistan, Eritrea,
        Libya, Syria and Yemen"), none of which a later "the country" or "the government" goes on about."""
        places = [m for m in self.mentions if m.label == "GPE"]
        listed, run = set(), places[:1]
        for a, b in zip(places, places[1:]):
            if not re.fullmatch(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+", self.text[a.end:b.start]):
                listed |= {(m.start, m.end) for m in run} if len(run) >= 3 else set()
                run = []
            run.append(b)
        return listed | ({(m.start, m.end) for m in run} if len(run) >= 3 else set())

    def country_of(self, people: str) -> str | None:
        """The place of the article a people's name is made from: "German" is Germany, "Saudi" Saudi Arabia, "Iranians"
        Iran."""
        people = people.removesuffix("s")  # "Iranians" as "Iranian"
        stem = people[:max(4, len(people) - 3)]
        return next((m.name for m in self.mentions if m.label == "GPE" and m.name.startswith(stem)), None)

    def antecedent(self, pronoun: str, pos: int, depth: int = 6) -> str | None:
        """Whom a pronoun at ``pos`` refers to (see ``rules_pronoun_referents``); ``depth`` bounds a chain of
        "they"."""
        return pronoun_antecedent(self, pronoun, pos, depth)

    def is_subject(self, mention: Mention) -> bool:
        """Whether a mention opens its sentence (past "The", "However," and the like, and a role written before it:
        "Wild defenseman Ryan Suter"): its subject, mostly."""
        lead = self.text[self.layout.sentence(mention.start)[0]:mention.start]
        if (role := _ROLE_BEFORE.search(lead)) and _role_words(role["role"].split()) and (
                head_kind(role["head"]) == "PERSON" or re.search(r"..(?:man|woman|er|ist|ie)$", role["head"])):
            lead = lead[:role.start()]  # "Wild defenseman Ryan Suter could see": the role is no part of the lead
        return all(w in lex.STOP or w.lower() == "the" or w.rstrip(".") in lex.TITLES  # "Secretary Bessent then …"
                   or _capital_role(w) for w in re.findall(r"[\w'’.-]+", lead))


def _role_words(words: list[str]) -> bool:
    """Whether lower-case words before a name can be a role written as its title ("chief executive"), not words of a
    clause ("said", "reported", "but")."""
    return not any(w.capitalize() in lex.STOP or w in lex.SPEECH_VERBS or w.endswith("ed") for w in words)


def _capital_role(word: str) -> bool:
    """Whether a capitalised word before a name is a role that opens the sentence as its title: "Analyst Gene
    Munster said"."""
    return word[:1].isupper() and word[1:].islower() and not word.endswith("s") and head_kind(word.lower()) == "PERSON"
