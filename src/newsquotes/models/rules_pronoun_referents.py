"""Whom a pronoun refers to, for the ``rules`` model: "he", "she", "it" and "they" as speakers and as owners.

A pronoun in a phrase that opens its sentence goes to the subject named right after the phrase ("In her opening
remarks, Waters pointed out", ``rules_cataphora``). "he" and "she" go to an unnamed person who opens the sentence
before (``rules_antecedents``), else, inside quotation
marks, to a person the same quotation named just before, else to a recent person of that sex, else to one who leads
a recent sentence (``rules_pronouns``), never to the one whose label opens an interview's turn or a statement
("Robert Sarvis: Thomas Jefferson. He was …") nor to the one spoken to in a phrase that opens the sentence
("Speaking to Martin Smith of PBS, he said"), nor to the source that opens it when it names another ("According to
Rathbun the property was returned by Montalvo after he left"). An "it" that opens its sentence goes to a body whose
name opens the sentence before as its subject ("The US Treasury described the plan …. It said"); else "it" goes to
an organisation that leads one of the last sentences, else, as the subject of a reporting verb, to the owner of a
document the sentence before names ("according to a statement posted to his official Twitter account. It also
stated"), else to the last organisation or place; an "it" right after a
clause of concession that opens its sentence ("though the Chinese CDC has said …, it has also acknowledged") goes to
that clause's subject; an "it" after a description of a body that opens its sentence ("The company claims …, and
that it sells …") goes where that description does. "they" goes to a group of people that its own sentence names
before it, else to a people named in the plural there ("the Palestinians … they"), else to a group that opens a
recent sentence ("Web developers face …", "Robert Sarvis: Voters see …", "People flock …", "The Chilean Armed Forces
said …") or that ``rules_groups`` finds, the nearest sentence's first, and named by the words that first described
the group ("the authors" as "The authors of the research"), else along the last "they" of its sentence or the one
before, else to an
organisation or to a country its own sentence names as one that acts ("a threat to Russia and not surprisingly they
responded"; not "from Sydney, Australia"), never to a channel something was seen on ("on TV"); a "they" of a
sentence that "they" opens, or opening one after such a sentence, goes on with it. An antecedent may be a noun
phrase ("One of the victims …. She said"), which ``Referents.speaker`` resolves, and a body is named as
``Referents.own_name`` names it; so these functions take the article's ``Referents`` (``rules_referents``), which
calls them for every pronoun it meets.
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_they_persons import person_given_they
from newsquotes.models.rules_article_referents import ArticleReferents
from newsquotes.models.rules_antecedents import nominal_antecedent
from newsquotes.models.rules_cataphora import subject_ahead
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_groups import group_before, they_before, they_lately
from newsquotes.models.rules_description_heads import countries, first_described
from newsquotes.models.rules_head_kinds import group_kind, head_kind
from newsquotes.models.rules_nominals import BUSINESS_NOUNS, after_place
from newsquotes.models.rules_pronouns import inside_quotation, salient_person


#: Businesses by what they sell from, which speak as "they" when plural: "The stores said".
_SHOPS = frozenset("store shop supermarket bank retailer chain".split())

#: A phrase of speaking to someone that opens a sentence before its pronoun subject: "Speaking to Martin Smith of
#: PBS, ", "In an interview with CNN, ".
_ADJUNCT_BEFORE_PRONOUN = re.compile(r"\W*(?:(?:Speaking|Talking|Writing|Responding|Replying)\s+(?:to|with)|"
                                     r"In\s+an?\s+(?:[\w-]+\s+)?(?:interview|conversation)\s+with)\s+[^,;.“”\"]{2,60},\s*")

#: A plural noun phrase that opens a sentence: "The researchers", "Many senior officers", "Both countries"; without a
#: determiner, a plural of people followed by its verb: "Voters see", "Web developers face".
_PLURAL_SUBJECT = re.compile(r"(?:The|These|Those|Some|Many|Several|Most|Both|All)\s+(?:[a-z-]+\s+){0,2}"
                             r"(?P<head>[a-z]+s)\b|(?:(?:[A-Z][a-z-]+\s+)?(?P<people>[a-z]+s)|(?P<first>[A-Z][a-z]+s)|"
                             r"(?P<irregular>People|Men|Women|Children))\b(?=\s+[a-z])")
#: The reporting verbs, longest first.
_SPEECH = lex.SPEECH_VERB_ALTERNATION
#: A body's name in the plural that opens a sentence as the subject of a reporting verb: "The Chilean Armed Forces
#: said".
_PLURAL_NAME_SPEAKS = re.compile(r"The\s+(?P<name>(?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][a-z]+s)\s+(?:also\s+)?(?:%s)\b"
                                 % _SPEECH)
#: "on" before a name, which makes it a channel something is seen or said on: "on TV", "on Facebook".
_ON_CHANNEL = re.compile(r"\bon\s+(?:the\s+)?$")
#: A definite description of a body that opens a sentence: "The company claims".
_BODY_OPENS = re.compile(r"\W*The\s+(?P<head>[a-z]+)\b(?=\s+(?:[a-z]+(?:s|ed)|said|was|had)\b)")
#: A part of a region before its name, which makes the name a place's, never a person's: "The northern Sierra
#: Nevada has seen …, he said".
_PART_OF_PLACE = re.compile(r"\b[Tt]he\s+(?:north|south|east|west)(?:ern|eastern|western)?\s+$")
#: A subordinate clause that opens a sentence, with its named subject: "And though the Chinese CDC has said".
_SUBORDINATE_OPENS = re.compile(r"\W*(?:(?:And|But|Yet)\s+)?(?:[Tt]hough|[Aa]lthough|[Ee]ven\s+though|[Ww]hile|[Ww]hereas)"
                                r"\s+(?P<subject>(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+)*[A-Z][\w.&'’-]*)"
                                r"\s+(?:has|had|is|was|[a-z]+ed|[a-z]+s)\b")
#: The label of an interview's turn that opens a paragraph: "Robert Sarvis: ", "Wikinews: ".
_TURN_LABEL = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*:\s+")


def pronoun_antecedent(refs: ArticleReferents, pronoun: str, pos: int, depth: int = 6) -> str | None:
    """Whom a pronoun at ``pos`` refers to: he and she to a salient person of that sex, it to a leading or the last
    organisation or place, they to a group or to an organisation named in this paragraph or the one before (see
    the module's docstring); ``depth`` bounds a chain of "they"."""
    wanted = lex.PRONOUNS[pronoun]
    lo = refs.layout.sentence(pos)[0]
    if pronoun == "they" and depth and (chain := they_before(refs.layout, lo, pos)) is not None:
        # "The terrorists are protesting …. They think …. They consider modernity their enemy, but then they
        # have": a "they" in a sentence that "they" opens, or opening the sentence after one, goes on with the
        # same group
        return pronoun_antecedent(refs, "they", chain, depth - 1)
    before = [m for m in refs.mentions if m.end <= pos and refs.text[m.start - 2:m.start] != "(("]  # not "((WN))"
    # a group its own sentence names before it ("In fact, many people Wikinews observed took out their mobiles as
    # they left", "talking to the Palestinians when they …") goes before one that opens a sentence before
    # ("Exhibit goers then became …")
    if pronoun == "they" and (group := _nearest_group(refs, before, pos)):
        return _described_group(refs, group, pos)
    if pronoun == "they" and (person := person_given_they(refs, pos)):
        return person  # "Kym Lino, who uses they/them pronouns": the person, not a group
    if pronoun == "they":  # an organisation of this paragraph or the one before; a place never speaks as "they"
        # nor does a channel something was seen on ("I had seen something similar to this on TV")
        before = [m for m in before if refs.layout.paragraph(m.start) >= refs.layout.paragraph(pos) - 1
                  and not _ON_CHANNEL.search(refs.text, max(0, m.start - 8), m.start)]
    labels = ("PERSON",) if wanted == "PERSON" else ("ORG",) if pronoun == "they" else ("ORG", "GPE")
    found = [m for m in before if m.label in labels or pronoun == "they" and _people_just_before(refs, m, pos)
             or pronoun == "they" and _country_acting(refs, m, lo)] if wanted else []
    if pronoun == "they" and not any(m.label == "NORP" for m in found) and depth and (
            chain := they_lately(refs.layout, pos)) is not None:
        return pronoun_antecedent(refs, "they", chain, depth - 1)  # rather than the last organisation named
    if wanted == "PERSON":
        sex = "f" if pronoun == "she" else "m"
        if (ahead := subject_ahead(refs.layout, refs.mentions, pos, ("PERSON",))) and refs.sexes.get(ahead.name, sex) == sex:
            return ahead.name  # "In her opening remarks, Waters pointed out": the subject the phrase is set before
        if unnamed := nominal_antecedent(refs.layout, refs.mentions, pos, sex, head_kind):
            return refs.speaker(*unnamed).name  # "One of the victims decided …. She said"
        if quoted := _named_in_quotation(refs, pos, sex):
            return quoted.name  # "“I would like to thank [President Trump] profusely. He promised me …”"
        found = [m for m in found if not _in_opening_adjunct(refs, m, pos) and not _turn_label(refs, m)
                 and not _PART_OF_PLACE.search(refs.text, max(0, m.start - 20), m.start)]
        found = [m for m in found if not _source_before_another(refs, found, m, lo)]
        person = salient_person(refs.layout, found, pos, sex, refs.sexes, refs.is_subject)
        return person.name if person else None
    if pronoun == "it" and (ahead := subject_ahead(refs.layout, refs.mentions, pos, ("ORG", "GPE"))):
        return refs.own_name(ahead)  # "Following its merger with Pixar, Disney said"
    if pronoun == "it" and (subject := _subordinate_subject(refs, lo, pos)):
        return subject  # "though the Chinese CDC has said that …, it has also acknowledged"
    if pronoun == "it" and (opening := _BODY_OPENS.match(refs.text, lo, pos)) and head_kind(opening["head"]) == "ORG":
        named = refs.speaker(opening.start(), opening.end()).name  # "The company claims … that it sells"
        if named and named != opening.group():
            return named
    if pronoun == "it" and (subject := _named_subject_before(refs, found, lo, pos)):
        return subject  # "The US Treasury described the plan in a press release. It said"
    if pronoun == "it" and (leader := _leading_body(refs, found, pos)):
        return refs.own_name(leader)
    if pronoun == "it" and (owner := _document_before(refs, lo, pos)):
        return owner  # "… according to a statement posted to his official Twitter account. It also stated"
    return refs.own_name(found[-1]) if found else None


def _nearest_group(refs: ArticleReferents, before: list[Mention], pos: int) -> str | None:
    """The group a "they" at ``pos`` goes on with, the nearest first: a plural subject or a group named in its own
    sentence (or a people named there), else in the sentence before, else in the one before that."""
    for sentences in (1, 2, 3):
        if group := (_plural_subject(refs, pos, sentences) or group_before(refs.layout, refs.mentions, pos, group_kind,
                                                                           sentences)
                     or sentences == 1 and _people_in_sentence(refs, before, pos)):
            return group
    return None


def _described_group(refs: ArticleReferents, group: str, pos: int) -> str:
    """A group "they" goes to, named as a nominal speaker of those words is: "the authors" as the words that first
    described them ("The authors of the research published in JAMA Psychiatry argued …")."""
    first = first_described(refs.text, pos, group.split())
    return first.name if first else group


def _subordinate_subject(refs: ArticleReferents, lo: int, pos: int) -> str | None:
    """The body named as the subject of a clause of concession that opens the sentence of an "it" right after it
    ("And though the Chinese CDC has said that …, it has also acknowledged that …"): the main clause goes on about
    it, not about a place its clause names."""
    opening = _SUBORDINATE_OPENS.match(refs.text, lo, pos)
    if not opening or not re.search(r",\s+$", refs.text[lo:pos]) or inside_quotation(refs.text, lo, pos):
        return None
    start, end = opening.span("subject")
    if any(m.label == "PERSON" and start <= m.start < end for m in refs.mentions):
        return None  # "it" is never a person
    return refs.speaker(start, end).name


#: A name that opens a sentence as the subject of a verb in the past or of a reporting verb: "The US Treasury
#: described", "Shell announced"; the name may hold several mentions ("US" and "Treasury").
_NAME_OPENS = re.compile(r"\W*(?:The\s+)?(?P<name>(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*)\s+"
                         r"(?:has\s+|had\s+|also\s+)?(?:[a-z]{3,}ed|said|says)\b")
#: What may come before an "it" that opens its sentence: "It said", "But it added".
_IT_OPENS = re.compile(r"\W*(?:%s)?" % lex.SENTENCE_LINK)


def _named_subject_before(refs: ArticleReferents, found: list[Mention], lo: int, pos: int) -> str | None:
    """The body named as the subject that opens the sentence right before an "it" that opens its own, when its
    sentence names none before it: "The US Treasury described the plan in a press release. It said", rather
    than an index that led a sentence further back. A name that holds a person's is no body's."""
    if lo == 0 or any(m.start >= lo for m in found) or not _IT_OPENS.fullmatch(refs.text, lo, pos):
        return None
    before = refs.layout.sentence(lo - 1)[0]
    opening = _NAME_OPENS.match(refs.text, before, lo)
    if not opening or inside_quotation(refs.text, before, opening.start("name")):
        return None
    start, end = opening.span("name")
    inside = [m for m in refs.mentions if start <= m.start and m.end <= end]
    if not inside or any(m.label in ("PERSON", "NORP") for m in inside):
        return None
    if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
        return refs.own_name(inside[0])
    return refs.text[start:end]


#: A document the sentence before an "it" that reports names, as what went on speaking: "according to a statement
#: posted to his official Twitter account" (in the singular: "findings" and "statistics" are written so).
_DOCUMENT = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:%s)\b"
                       r"(?:\s+(?:%s)\s+(?:to|on|by)\s+[^.,;:“”\"]{1,60})?"
                       % (lex.SINGULAR_DOCUMENT_NOUN, "|".join(sorted(lex.DOCUMENT_MADE))))
#: "It" opening its sentence as the subject of a reporting verb: "It also stated", "However, it said".
_IT_REPORTS = re.compile(_IT_OPENS.pattern + r"(?:It|(?<=\s)it)\s+(?:also\s+|further\s+)?(?:%s)\b" % _SPEECH)


def _document_before(refs: ArticleReferents, lo: int, pos: int) -> str | None:
    """The owner of the last document the sentence before names, when an "it" opens its own sentence as the subject
    of a reporting verb and no body leads the sentences before: the document goes on speaking in its owner's name
    ("Boseman died at home …, according to a statement posted to his official Twitter account. It also stated")."""
    if lo == 0 or not _IT_REPORTS.match(refs.text, lo) or not _IT_OPENS.fullmatch(refs.text, lo, pos):
        return None
    before = refs.layout.sentence(lo - 1)[0]
    documents = [m for m in _DOCUMENT.finditer(refs.text, before, lo)
                 if not inside_quotation(refs.text, before, m.start())]
    if not documents:
        return None
    start, end = documents[-1].span()
    owner = refs.speaker(start, end).name
    return owner if owner and owner != refs.text[start:end] else None


def _named_in_quotation(refs: ArticleReferents, pos: int, sex: str) -> Mention | None:
    """The person a "he" or "she" inside quotation marks means when the same quotation named one of that sex
    or of unknown sex before it, in its sentence or the one before: the latest."""
    lo = refs.layout.start_back(pos, 1)
    named = [m for m in refs.quoted if lo <= m.start and m.end <= pos and m.label == "PERSON"
             and refs.sexes.get(m.name, sex) == sex and not re.search(r"[”\"]", refs.text[m.end:pos])]
    return named[-1] if named else None


def _source_before_another(refs: ArticleReferents, found: list[Mention], mention: Mention, lo: int) -> bool:
    """Whether a person is the source that opens the pronoun's sentence (from ``lo``) before another person it
    names, who is what the sentence is about: "According to Rathbun the property was returned by Montalvo shortly
    after he left"."""
    return bool(re.fullmatch(r"\W*According\s+to\s+", refs.text[lo:mention.start])) and any(
        m.start > mention.end and m.name != mention.name for m in found)


def _turn_label(refs: ArticleReferents, mention: Mention) -> bool:
    """Whether a name is the label of an interview's turn ("Robert Sarvis: Thomas Jefferson. He was …"): the one
    who speaks there says "I", and a "he" or "she" there is someone else."""
    lead = refs.text[refs.layout.paragraph_starts[refs.layout.paragraph(mention.start)]:mention.start]
    return refs.text[mention.end:mention.end + 1] == ":" and lead in ("", "The ")


def _leading_body(refs: ArticleReferents, found: list[Mention], pos: int) -> Mention | None:
    """The organisation an "it" goes on about when none is named in its sentence before it and one leads one of
    the two sentences before ("UAAR collected signatures, asking the government to respect the ruling of the
    Supreme Court. It is also encouraging …"): the latest such, rather than the latest named."""
    own = refs.layout.sentence(pos)[0]
    if any(m.start >= own for m in found):
        return None  # "The European Commission has forced Apple Inc. to lower its prices": the one named last
    lo = refs.layout.start_back(pos, 2)
    leaders = [m for m in found if m.start >= lo and m.label == "ORG" and refs.is_subject(m)
               and not inside_quotation(refs.text, refs.layout.sentence(m.start)[0], m.start)]
    return leaders[-1] if leaders else None


def _people_just_before(refs: ArticleReferents, mention: Mention, pos: int) -> bool:
    """Whether a people is named in the plural in the sentence of ``pos`` or the one before, for a "they" to go
    on about ("talking to the Palestinians when, in the end, they don't want …"); one named further back is
    no longer what "they" means."""
    lo = refs.layout.start_back(pos, 1)
    return mention.label == "NORP" and mention.start >= lo and refs.text[mention.end - 1] == "s"


#: A preposition of place before a name, with the names of the places it lies in: "from Sydney, Australia".
_PLACE_BEFORE = re.compile(r"\b(?:in|from|at|near|across|throughout)\s+(?:[A-Z][\w.'’-]*,?\s+){0,3}$")


def _country_acting(refs: ArticleReferents, mention: Mention, lo: int) -> bool:
    """Whether a country named in the pronoun's sentence (from ``lo``) can be what "they" means: one that acts ("a
    threat to Russia and not surprisingly they responded"), not the place where something is ("from Sydney,
    Australia")."""
    return (mention.label == "GPE" and mention.start >= lo and mention.name in countries()
            and not _PLACE_BEFORE.search(refs.text, max(lo, mention.start - 60), mention.start))


def _people_in_sentence(refs: ArticleReferents, before: list[Mention], pos: int) -> str | None:
    """The last people named in the plural in the sentence of ``pos`` before it ("the Palestinians")."""
    lo = refs.layout.sentence(pos)[0]
    people = [m for m in before if m.start >= lo and m.label == "NORP" and refs.text[m.end - 1] == "s"]
    return refs.own_name(people[-1]) if people else None


def _in_opening_adjunct(refs: ArticleReferents, mention: Mention, pos: int) -> bool:
    """Whether a person is the one spoken to in a phrase that opens the pronoun's sentence, which the pronoun
    is never: "Speaking to Martin Smith of PBS, he said", "In an interview with Smith, she said"."""
    lo = refs.layout.sentence(pos)[0]
    return lo <= mention.start and bool(_ADJUNCT_BEFORE_PRONOUN.fullmatch(refs.text, lo, pos))


def _plural_subject(refs: ArticleReferents, pos: int, sentences: int = 3) -> str | None:
    """A plural noun phrase that opens the sentence of ``pos`` before it or one of the two sentences before,
    which "they" goes on about: "The researchers suggested … . They reported …", "The stores were reluctant,
    according to a report from ABC Australia in which they said"."""
    lo = refs.layout.sentence(pos)[0]
    for _ in range(sentences):
        label = _TURN_LABEL.match(refs.text, lo, pos)  # "Robert Sarvis: Voters see …"
        start = after_place(refs.text, label.end() if label else lo, pos)  # "In Australia, the stores"
        named = _PLURAL_NAME_SPEAKS.match(refs.text, start, pos)
        if named and not any(start <= m.start < named.end("name") and m.label == "PERSON" for m in refs.mentions):
            return named["name"]  # "The Chilean Armed Forces said …, the 36 people infected …. They said"
        opening = _PLURAL_SUBJECT.match(refs.text, start, pos)
        if opening and (_plural_kind(opening["head"]) if opening["head"] else opening["irregular"] or group_kind(
                opening["people"] or opening["first"]) == "PERSON") and not any(
                m.start < opening.end() and opening.start() <= m.start for m in refs.mentions):
            return opening.group().strip()
        if lo == 0:
            break
        lo = refs.layout.sentence(lo - 1)[0]
    return None


def _plural_kind(head: str) -> str | None:
    """What a plural head stands for: people, bodies, or businesses ("the stores", "the banks")."""
    singular = head.lower().removesuffix("s")
    return group_kind(head) or ("ORG" if singular in BUSINESS_NOUNS | _SHOPS else None)
