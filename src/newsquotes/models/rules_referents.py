"""Who a speaker is, for the ``rules`` model: the entity a name, a pronoun, a nominal or a document refers to.

A name is its mention's canonical name, but a business's short name is not widened to the longer name of a
part of it ("Boeing" is not "Boeing Commercial Airplanes"). "he" and "she" go to an unnamed person who opens the
sentence before (``rules_antecedents``), else, inside quotation marks, to a person the same quotation named just
before, else to a recent person of that sex, else to one who leads a recent sentence, never to the one whose label
opens an interview's turn or a statement ("Robert Sarvis: Thomas Jefferson. He was …"). "it" goes to an organisation
that leads one of the last sentences, else to the last organisation or place. "they" goes to a group of people that
opens a recent sentence ("Web developers face …. As they design …") or that ``rules_groups`` finds, to a people
named in the plural just before ("the Palestinians … they"), else to an organisation; a "they" of a sentence that
"they" opens, or opening one after such a sentence, goes on with it. "The minister" goes to the last person
with that title, "the country" to the country the last sentences were about, "the company" and "the statement"
as ``rules_nominals`` tells, but "the city" or "the company" first the one the text called so
(``rules_descriptions``), and one set beside a name or whose head ends a name to that name
(``rules_description_heads``). A document ("its website", "a report from ABC Australia") speaks in its owner's
name, and an "its" of an opening phrase is the subject after it ("According to its press release, the NBA"). A
speaker that names no one is named by its words; "the United States government" speaks for the place it names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_antecedents import nominal_antecedent
from newsquotes.models.rules_description_heads import business_named, by_own_words, place_fits
from newsquotes.models.rules_descriptions import described_entity
from newsquotes.models.rules_documents import issuer, opening_owner
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_roles import ROLE_NOUNS
from newsquotes.models.rules_groups import group_before, they_before
from newsquotes.models.rules_nominals import BUSINESS_NOUNS, after_place, business, document_owner
from newsquotes.models.rules_pronouns import inside_quotation, person_sexes, salient_person
from newsquotes.models.rules_sections import section_heading
from newsquotes.models.rules_text import Layout

_LINK = r"(?:at|of|for|from|with|in)"
def head_kind(word: str) -> str | None:
    """What a nominal's head noun refers to (see ``_lexicon.head_kind``); the roles that come before names
    ("the archbishop", "the constable", "the actress") are people too."""
    singular = word.lower().removesuffix("es") if word.lower().endswith("sses") else word.lower().rstrip("s")
    people = ROLE_NOUNS | _PEOPLE
    return lex.head_kind(word) or ("PERSON" if singular in people or word.lower() in people else None)  # "waitress"


#: People by what they do or what befell them, as heads of nominal speakers: "a waitress says".
_PEOPLE = frozenset("""
    waitress waiter bartender customer shopper voter driver passenger protester protestor survivor victim insider
    aide child children relative resident villager eyewitness fan nurse patient consumer traveller traveler
    tourist contractor pilot controller agent
""".split())


#: People taken together as a group that "they" goes on about ("Some individuals reported that when they …",
#: "Web developers face big problems. As they design …"), in the plural only: "the seller tells you" is no one.
_GROUP_NOUNS = frozenset("""
    individual developer attendee spectator visitor supporter opponent critic local migrant refugee pilgrim believer
    terrorist militant rebel fighter bureaucrat biologist scientist viewer reader listener guest goer user member
""".split())


def group_kind(word: str) -> str | None:
    """What a group's plural head refers to: as ``head_kind``, and people for the nouns of ``_GROUP_NOUNS``."""
    plural = word.lower().endswith("s") and not word.lower().endswith("ss")
    return head_kind(word) or ("PERSON" if plural and word.lower()[:-1] in _GROUP_NOUNS else None)


#: Words that end a business's legal name, which names the same business as its short name: "Apple Inc.".
_LEGAL = frozenset("Inc Incorporated Corp Corporation Co Company Ltd Limited LLC plc PLC AG SA NV GmbH Group Holdings".split())

#: Businesses by what they sell from, which speak as "they" when plural: "The stores said".
_SHOPS = frozenset("store shop supermarket bank retailer chain".split())

#: People who speak as sources without a name, and so are never the person named before: "the insider said".
_ANONYMOUS = frozenset("insider source witness eyewitness individual bystander passerby onlooker".split())

#: A phrase of speaking to someone that opens a sentence before its pronoun subject: "Speaking to Martin Smith of
#: PBS, ", "In an interview with CNN, ".
_ADJUNCT_BEFORE_PRONOUN = re.compile(r"\W*(?:(?:Speaking|Talking|Writing|Responding|Replying)\s+(?:to|with)|"
                                     r"In\s+an?\s+(?:[\w-]+\s+)?(?:interview|conversation)\s+with)\s+[^,;.“”\"]{2,60},\s*")

#: A plural noun phrase that opens a sentence: "The researchers", "Many senior officers"; without a determiner, a
#: plural of people followed by its verb: "Voters see", "Web developers face".
_PLURAL_SUBJECT = re.compile(r"(?:The|These|Those|Some|Many|Several|Most)\s+(?:[a-z-]+\s+){0,2}(?P<head>[a-z]+s)\b"
                             r"|(?:(?:[A-Z][a-z-]+\s+)?(?P<people>[a-z]+s)|(?P<first>[A-Z][a-z]+s))\b(?=\s+[a-z])")


def _by_business(words: list[str]) -> bool:
    """Whether a document's words name a business as its owner: "company statistics", "the firm's report"."""
    nouns = [w.lower().strip(",.") for w in words]
    document = next((k for k, w in enumerate(nouns) if w in lex.DOCUMENTS), 0)
    return any(re.sub(r"['’]s$", "", w) in BUSINESS_NOUNS for w in nouns[:document])


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
        self.sexes = person_sexes(layout, mentions, self.is_subject)

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
        if len(words) == 1 and words[0].lower() in lex.PRONOUNS:
            return Speaker(start, end, self.antecedent(words[0].lower(), start))
        if owner := self._document_owner(start, end, words):
            return Speaker(start, end, owner)
        if body := self._body_before_head(start, end):
            return Speaker(start, end, body)  # "The China Daily newspaper", "the state-run Xinhua news agency"
        head = re.sub(r"\s+%s\s.*$" % _LINK, "", phrase).split()[-1]
        if words[0].lower() in ("the", "this", "that") and len(words) == 2 and (
                issuer := document_owner(self.layout, self.mentions, start, head, self.is_subject)):
            return Speaker(start, end, issuer)  # "The statement said": whoever issued the statement
        if words[0].lower() == "the" and len(words) == 2 and (
                described := described_entity(self.layout, self.mentions, start, head, self.is_subject)):
            return Speaker(start, end, self.own_name(described))  # "the US city of White Plains … the city"
        kind = head_kind(head)
        if words[0].lower() == "the" and (fits := by_own_words(self.layout, self.mentions, start, end, head, kind)):
            return Speaker(start, end, self.own_name(fits))  # "Kevin Conroy, the voice of Batman", "the foundation"
        plural_people = kind == "PERSON" and re.search(r"[^s]s$", head)  # "the researchers" are no one person
        if kind == "GPE" and words[0].lower() == "the" and (place := self._place_before_head(start, end)):
            return Speaker(start, end, place)  # "the United States government": the United States'
        if kind == "GPE" and len(words) == 3 and words[1] in lex.NORP:  # "the German government": Germany's
            return Speaker(start, end, self._country_of(words[1]) or phrase)
        if len(words) == 1 and kind == "ORG" and (named := [m for m in before if m.label == "ORG" and " " in m.name
                                                          and head.lower() in m.name.lower().split()]):
            return Speaker(start, end, named[-1].name)  # "Police said" after "Thames Valley Police"
        if words[0].lower() in ("the", "this", "that", "its") and kind in ("PERSON", "ORG", "GPE") and not plural_people:
            same = [m for m in before if m.label == kind and (kind != "GPE" or place_fits(head, m.name))]
            titled = [m for m in same if head.lower() in (m.title + " " + m.name).lower()]
            if kind == "ORG" and not titled:  # "the company", but not "the army" for any body named before
                name = business_named(self.layout, before, start, head, self.is_subject)
                return Speaker(start, end, name or phrase)
            unnamed = head.lower().rstrip("s") in _ANONYMOUS  # "The insider, who asked to remain anonymous"
            pool = titled or (same if kind == "GPE" else [] if unnamed else [m for m in near if m.label == kind])
            if pool and not titled:  # "the country" is the place the last sentences were about, not the last named
                recent = self.layout.sentence(max(self.layout.sentence(start)[0] - 1, 0))[0]
                recent = self.layout.sentence(max(recent - 1, 0))[0]
                pool = [m for m in pool if m.start >= recent and self.is_subject(m)] or pool
            if titled and kind == "ORG" and len({m.name for m in titled}) > 1:
                return Speaker(start, end, self._salient_body(titled, start))
            if pool:
                return Speaker(start, end, pool[-1].name)
        if re.fullmatch(r"the\s+[A-Z][\w.’'&-]*(?:\s+(?:[A-Z][\w.’'&-]*|of|for|and))*", phrase):
            return Speaker(start, end, phrase[4:])  # "according to the Cyprus Mail": the name without the article
        return Speaker(start, end, phrase)

    def own_name(self, mention: Mention) -> str:
        """A mention's canonical name, but an organisation's short name not widened to a longer name of a part of
        it: "Facebook" is not "Facebook Ireland Limited", "Boeing" not "Boeing Commercial Airplanes", while
        "Apple" is "Apple Inc." and "Police" "Thames Valley Police"."""
        words = self.text[mention.start:mention.end].split()
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

    def _salient_body(self, titled: list[Mention], start: int) -> str:
        """Which of several bodies whose names fit a description ("the court" after the Court of Session and the
        Supreme Court) it is: one that leads one of the last sentences, else the one named most, else the latest."""
        lo = self.layout.sentence(start)[0]
        for _ in range(2):
            lo = self.layout.sentence(max(lo - 1, 0))[0]
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

    def _country_of(self, people: str) -> str | None:
        """The place of the article a people's name is made from: "German" is Germany, "Saudi" Saudi Arabia."""
        stem = people[:max(4, len(people) - 3)]
        return next((m.name for m in self.mentions if m.label == "GPE" and m.name.startswith(stem)), None)

    def antecedent(self, pronoun: str, pos: int, depth: int = 6) -> str | None:
        """Whom a pronoun at ``pos`` refers to: he and she to a salient person of that sex, it to a leading or the last
        organisation or place, they to a group or to an organisation named in this paragraph or the one before (see
        the module's docstring); ``depth`` bounds a chain of "they"."""
        wanted = lex.PRONOUNS[pronoun]
        lo = self.layout.sentence(pos)[0]
        if pronoun == "they" and depth and (chain := they_before(self.layout, lo, pos)) is not None:
            # "The terrorists are protesting …. They think …. They consider modernity their enemy, but then they
            # have": a "they" in a sentence that "they" opens, or opening the sentence after one, goes on with the
            # same group
            return self.antecedent("they", chain, depth - 1)
        before = [m for m in self.mentions if m.end <= pos and self.text[m.start - 2:m.start] != "(("]  # not "((WN))"
        if pronoun == "they" and (group := self._plural_subject(pos) or group_before(self.layout, self.mentions, pos,
                                                                                      group_kind)):
            return group
        if pronoun == "they":  # an organisation of this paragraph or the one before; a place never speaks as "they"
            before = [m for m in before if self.layout.paragraph(m.start) >= self.layout.paragraph(pos) - 1]
        labels = ("PERSON",) if wanted == "PERSON" else ("ORG",) if pronoun == "they" else ("ORG", "GPE")
        found = [m for m in before if m.label in labels or pronoun == "they" and self._people_just_before(m, pos)
                 ] if wanted else []
        if wanted == "PERSON":
            sex = "f" if pronoun == "she" else "m"
            if unnamed := nominal_antecedent(self.layout, self.mentions, pos, sex, head_kind):
                return self.speaker(*unnamed).name  # "One of the victims decided …. She said"
            if quoted := self._named_in_quotation(pos, sex):
                return quoted.name  # "“I would like to thank [President Trump] profusely. He promised me …”"
            found = [m for m in found if not self._in_opening_adjunct(m, pos) and not self._turn_label(m)]
            person = salient_person(self.layout, found, pos, sex, self.sexes, self.is_subject)
            return person.name if person else None
        if pronoun == "it" and (leader := self._leading_body(found, pos)):
            return self.own_name(leader)
        return self.own_name(found[-1]) if found else None

    def _named_in_quotation(self, pos: int, sex: str) -> Mention | None:
        """The person a "he" or "she" inside quotation marks means when the same quotation named one of that sex
        or of unknown sex before it, in its sentence or the one before: the latest."""
        lo = self.layout.sentence(max(self.layout.sentence(pos)[0] - 1, 0))[0]
        named = [m for m in self.quoted if lo <= m.start and m.end <= pos and m.label == "PERSON"
                 and self.sexes.get(m.name, sex) == sex and not re.search(r"[”\"]", self.text[m.end:pos])]
        return named[-1] if named else None

    def _turn_label(self, mention: Mention) -> bool:
        """Whether a name is the label of an interview's turn ("Robert Sarvis: Thomas Jefferson. He was …"): the one
        who speaks there says "I", and a "he" or "she" there is someone else."""
        lead = self.text[self.layout.paragraph_starts[self.layout.paragraph(mention.start)]:mention.start]
        return self.text[mention.end:mention.end + 1] == ":" and lead in ("", "The ")

    def _leading_body(self, found: list[Mention], pos: int) -> Mention | None:
        """The organisation an "it" goes on about when none is named in its sentence before it and one leads one of
        the two sentences before ("UAAR collected signatures, asking the government to respect the ruling of the
        Supreme Court. It is also encouraging …"): the latest such, rather than the latest named."""
        lo = own = self.layout.sentence(pos)[0]
        if any(m.start >= own for m in found):
            return None  # "The European Commission has forced Apple Inc. to lower its prices": the one named last
        for _ in range(2):
            lo = self.layout.sentence(max(lo - 1, 0))[0]
        leaders = [m for m in found if m.start >= lo and m.label == "ORG" and self.is_subject(m)
                   and not inside_quotation(self.text, self.layout.sentence(m.start)[0], m.start)]
        return leaders[-1] if leaders else None

    def _people_just_before(self, mention: Mention, pos: int) -> bool:
        """Whether a people is named in the plural in the sentence of ``pos`` or the one before, for a "they" to go
        on about ("talking to the Palestinians when, in the end, they don't want …"); one named further back is
        no longer what "they" means."""
        lo = self.layout.sentence(max(self.layout.sentence(pos)[0] - 1, 0))[0]
        return mention.label == "NORP" and mention.start >= lo and self.text[mention.end - 1] == "s"

    def _in_opening_adjunct(self, mention: Mention, pos: int) -> bool:
        """Whether a person is the one spoken to in a phrase that opens the pronoun's sentence, which the pronoun
        is never: "Speaking to Martin Smith of PBS, he said", "In an interview with Smith, she said"."""
        lo = self.layout.sentence(pos)[0]
        return lo <= mention.start and bool(_ADJUNCT_BEFORE_PRONOUN.fullmatch(self.text, lo, pos))

    def _plural_subject(self, pos: int) -> str | None:
        """A plural noun phrase that opens the sentence of ``pos`` before it or one of the two sentences before,
        which "they" goes on about: "The researchers suggested … . They reported …", "The stores were reluctant,
        according to a report from ABC Australia in which they said"."""
        lo = self.layout.sentence(pos)[0]
        for _ in range(3):
            opening = _PLURAL_SUBJECT.match(self.text, after_place(self.text, lo, pos), pos)  # "In Australia, the stores"
            if opening and (self._plural_kind(opening["head"]) if opening["head"] else group_kind(
                    opening["people"] or opening["first"]) == "PERSON") and not any(
                    m.start < opening.end() and opening.start() <= m.start for m in self.mentions):
                return opening.group().strip()
            if lo == 0:
                break
            lo = self.layout.sentence(lo - 1)[0]
        return None

    @staticmethod
    def _plural_kind(head: str) -> str | None:
        """What a plural head stands for: people, bodies, or businesses ("the stores", "the banks")."""
        singular = head.lower().removesuffix("s")
        return group_kind(head) or ("ORG" if singular in BUSINESS_NOUNS | _SHOPS else None)

    def _document_owner(self, start: int, end: int, words: list[str]) -> str | None:
        """The owner a document speaker names ("its press release", "a report from ABC Australia", "her
        memoirs"): a document speaks in its owner's name."""
        if not words or not lex.DOCUMENTS.intersection(w.lower().strip(",.") for w in words):
            return None
        possessive = {"its": "it", "his": "he", "her": "she", "their": "they"}.get(words[0].lower())
        if possessive and (subject := self._subject_after(start, end, "PERSON" if possessive in ("he", "she") else "ORG")):
            return subject  # "According to its press release, the NBA was …": the subject the phrase comes before
        if possessive in ("it", "they"):  # "its press release": an organisation's, rather than a place's
            paragraph = self.layout.paragraph(start)
            bodies = [m for m in self.mentions if m.end <= start and m.label == "ORG"
                      and self.layout.paragraph(m.start) >= paragraph - 1 and self.text[m.start - 2:m.start] != "(("]
            if bodies:
                return bodies[-1].name
            return opening_owner(self.layout, self.mentions, start, self.is_subject, self.sexes) or (
                self.antecedent(possessive, start))  # "The Las Vegas Review-Journal reported …. According to its polling"
        if possessive:
            return self.antecedent(possessive, start)
        if _by_business(words):  # "according to company statistics", "the company's website": the business's
            before = [m for m in self.mentions if m.end <= start]
            return business(self.layout, before, start, self.is_subject)
        link = re.search(r"\s(?:from|by|of)\s", self.text[start:end])
        named = link and [m for m in self.mentions if start + link.end() <= m.start and m.end <= end and (
            m.label in ("PERSON", "ORG") or m.label == "GPE" and m.start == start + link.end())]  # "from ABC Australia"
        # "A UAW study", "The Home Office letter", "Part of Trump's tweet": the owner named inside the phrase
        named = named or [m for m in self.mentions if start <= m.start and m.end <= end and m.label in ("PERSON", "ORG")]
        if named:
            return named[0].name
        if words[0].lower() in ("a", "an") and (owner := issuer(self.layout, self.mentions, start)):
            return owner  # "The government of American Samoa issued a statement agreeing"
        return self._owner_words(start, words)

    def _subject_after(self, start: int, end: int, label: str) -> str | None:
        """The subject named right after an opening phrase that ends at ``end``, which a possessive in that phrase
        looks ahead to: "According to its press release, the NBA was suspending …"."""
        lead = self.text[self.layout.sentence(start)[0]:start]
        after = re.match(r",\s+(?:the\s+)?", self.text[end:end + 8])
        if not after or not re.fullmatch(r"\W*(?:[Aa]ccording\s+to|[Ii]n|[Oo]n)\s+", lead):
            return None
        return next((self.own_name(m) for m in self.mentions if m.start == end + after.end() and m.label == label), None)

    def _owner_words(self, start: int, words: list[str]) -> str | None:
        """The capitalised words before a document noun that name its owner when no name was found there:
        "NDRRMC report" is NDRRMC's, "the Turkish statement" Turkey's; not a word capitalised only because it
        opens the sentence ("Initial reports")."""
        nouns = [w.strip(",.") for w in words]
        document = next((k for k, w in enumerate(nouns) if w.lower() in lex.DOCUMENTS), 0)
        determined = nouns[0].lower() in ("the", "a", "an")
        owner = nouns[1 if determined else 0:document]
        if not owner or not all(w[:1].isupper() and w not in lex.STOP for w in owner):
            return None
        opens = not determined and self.layout.sentence(start)[0] == start
        if opens and len(owner) == 1 and not owner[0].isupper() and owner[0] not in lex.NORP:
            return None
        if len(owner) == 1 and owner[0] in lex.NORP:
            return self._country_of(owner[0])
        return re.sub(r"[’']s$", "", " ".join(owner))  # "The Wrap’s report"

    def is_subject(self, mention: Mention) -> bool:
        """Whether a mention opens its sentence (past "The", "However," and the like): its subject, mostly."""
        lead = self.text[self.layout.sentence(mention.start)[0]:mention.start]
        return all(w in lex.STOP or w.lower() == "the" or w.rstrip(".") in lex.TITLES  # "Secretary Bessent then …"
                   for w in re.findall(r"[\w'’.-]+", lead))
