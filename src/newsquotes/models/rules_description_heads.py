"""What a definite description's head noun says of the entity it refers to, for the ``rules`` model.

"The country" is a country and "the state" a state or province (or a place no gazetteer knows), while "the city"
is no country ("the city" after Malaysia and Taipei is Taipei): countries and subdivisions come from the gazetteers
(``newsquotes.models.gazetteer``), with the names news gives countries that they do not list ("U.S.", "Britain"). A description
set beside a name is that name ("Kevin Conroy, the voice of Batman"), one whose head no kind of speaker has ("the
foundation", "the station") the body or place whose name ends with that word ("the Andy Warhol Foundation for the
Visual Arts"), one whose head the text wrote as a person's title that person ("commissioner Albert Muchanga … the
commissioner", "his daughter Nettie Baker … his daughter"), one of a body's head that opens its sentence the body
that led the sentence before ("The Aviation Herald reported …. The industry publication stated"), "the
company" first a business named in its own sentence, and "the central bank" the last central bank named; people no
name was given are named by the words that first described them ("The authors of the research … the authors
said").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache

from newsquotes.models import _lexicon as lex
from newsquotes.models.gazetteer import country_names, subdivision_names
from newsquotes.models.rules_descriptions import title_before
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_head_kinds import head_kind, is_plural
from newsquotes.models.rules_nominals import BUSINESS_NOUNS, business, is_press
from newsquotes.models.rules_text import OWNER_MARK, Layout

#: Heads of a country's description; "the government" is a country's, not a city's ("Ottawa").
_COUNTRY_HEADS = frozenset("country nation government".split())
_STATE_HEADS = frozenset("state province".split())
_TOWN_HEADS = frozenset("city town village capital".split())
#: Countries news names as no gazetteer does.
_OTHER_COUNTRIES = frozenset("US|U.S.|USA|U.S.A.|UK|U.K.|America|Britain|Great Britain|England|Scotland|Wales|Korea"
                             .split("|"))
#: Subdivision types that a "state" or "province" is.
_STATES = frozenset("State Province Territory".split())
#: Heads that describe a publication: "The Aviation Herald reported …. The industry publication stated".
_PRESS_HEADS = frozenset("publication newspaper paper tabloid magazine outlet website site broadcaster".split())
#: How many paragraphs back a name still fits a description by its words.
_REACH = 3


@cache
def countries() -> frozenset[str]:
    """Names of countries: the gazetteers' and the usual other spellings news uses."""
    return country_names() | _OTHER_COUNTRIES


def states() -> frozenset[str]:
    """Names of states, provinces and territories."""
    return subdivision_names(_STATES)


def place_fits(head: str, name: str) -> bool:
    """Whether a place called ``name`` is what "the <head>" can be: for "the country" a country or a place no
    gazetteer knows ("Freedonia"), not a capital or a state; for "the city" no country; "the government" as "the
    country"."""
    head = head.lower()
    known = name in lex.GPE or name in countries()
    if head in _COUNTRY_HEADS:
        return name in countries() or not known
    if head in _STATE_HEADS:
        return name in states() or not known
    if head in _TOWN_HEADS:  # Livorno is a province too, named after its city
        return name not in countries()
    return True


def by_own_words(layout: Layout, mentions: list[Mention], start: int, end: int, head: str,
                 kind: str | None) -> Mention | None:
    """The entity the definite description at ``[start, end)`` names by its own words, whose head has the kind
    ``kind`` (a label of ``head_kind``): the name it is set beside; else, for two words of a person's or no kind, the
    person written before with the head as a title ("commissioner Albert Muchanga … The commissioner") or, for a
    person, the people first described by it ("the authors"); else, for "the <head>" of a head of no kind, the name
    that ends with that head; else, for "the <head>" of a body's, a thing's or no kind (no business noun), the name
    written with the head ("the embassy"), or, for a body or a thing in lower case, the body that led the sentence
    before."""
    if beside := _apposed(layout.text, mentions, start, end, kind):
        return beside
    words = layout.text[start:end].split()
    if kind in ("PERSON", None) and len(words) == 2 and (titled := _titled_with(layout.text, mentions, start, words,
                                                                                apposed=kind == "PERSON")):
        return titled
    if kind == "PERSON" and (first := first_described(layout.text, start, words)):
        return first
    if kind is None and len(words) == 2 and words[0].lower() == "the" and (
            named := _named_by_head(layout, mentions, start, head)):
        return named
    if kind in ("ORG", "OTHER", None) and words[0].lower() == "the" and head.lower() not in BUSINESS_NOUNS:
        return _written_with_head(layout, mentions, start, words) or (_body_that_led(layout, mentions, start, head)
                                                                       if kind and all(w.islower() for w in words[1:])
                                                                       else None)
    return None


def _written_with_head(layout: Layout, mentions: list[Mention], start: int, words: list[str]) -> Mention | None:
    """The body whose capitalised name, written in this paragraph or the ones before, ends with the head of "the
    <head>" when no organisation's name found there holds it: "wrote to the US Embassy in London …. The embassy declined"."""
    head = words[-1]
    if len(words) != 2 or not head.isalpha() or not head.islower() or _body_named_with(mentions, start, head):
        return None
    lo = layout.paragraph_starts[max(layout.paragraph(start) - _REACH, 0)]
    runs = list(re.finditer(r"\b(?:[A-Z][\w.'’&-]*[^\S\n]+){1,4}%s\b" % head.capitalize(), layout.text[lo:start]))
    names = [r for r in runs if (r.group().split()[0] not in lex.STOP or len(r.group().split()) > 2)
             and not re.search(r"[a-z]{2}\.\s", r.group())]  # not "… in Washington. Embassy staff"
    if not names:
        return None
    run = names[-1]
    name = re.sub(r"^(?:The|A|An)\s+", "", run.group())
    return Mention(lo + run.start(), lo + run.end(), "ORG", name=name) if " " in name else None


def _body_named_with(mentions: list[Mention], start: int, word: str) -> bool:
    """Whether an organisation named before ``start`` holds the lower-case ``word`` in its name ("the agency" after
    the Environmental Protection Agency): that one, not another, is what "the <word>" is about."""
    return any(m.end <= start and m.label == "ORG" and word in m.name.lower().split() for m in mentions)


def _body_that_led(layout: Layout, mentions: list[Mention], start: int, head: str) -> Mention | None:
    """The organisation that opens the sentence before as its subject, which "the <head>" opening the next goes on
    about ("The Aviation Herald reported …. The industry publication stated"); not when a body's name holds the
    head ("the agency" after the Environmental Protection Agency) or another body came between, nor one that only
    modifies the subject ("Wikinews reporters attended")."""
    word = head.lower()
    if is_plural(word) or word in lex.DOCUMENTS and word not in _PRESS_HEADS:
        return None  # "The parties", "The study" after the body that ran it
    if _body_named_with(mentions, start, word):
        return None
    own = layout.sentence(start)[0]
    if own == 0 or layout.text[own:start].strip(" \"“‘'") or layout.paragraph(start) - layout.paragraph(own - 1) > 1:
        return None
    lo = layout.sentence(own - 1)[0]
    between = [m for m in mentions if lo <= m.start and m.end <= start and m.label in ("ORG", "PERSON")]
    led = between[0] if between else None
    if not led or led.label != "ORG" or layout.text[lo:led.start].strip() not in ("", "The"):
        return None
    after = layout.text[led.end:led.end + 30].split()
    if after and after[0].islower() and head_kind(after[0]):  # "Wikinews reporters attended": no subject
        return None
    if is_press(led) and word not in _PRESS_HEADS:  # not "The court" after "The Associated Press reported"
        return None
    return led if all(m.name == led.name or m.label != "ORG" for m in between) else None


def _titled_with(text: str, mentions: list[Mention], start: int, words: list[str], apposed: bool) -> Mention | None:
    """The latest person before ``start`` whose name the text wrote after the description's head as a title: "AU
    trade and industry commissioner Albert Muchanga announced … The commissioner said"; "his daughter" only the
    one written after "his daughter" ("confirmed … with his daughter Nettie Baker"); after a comma only when
    ``apposed`` ("his daughter, Nettie Baker,"), as not for a head of no person ("the exhibit, Kiara Perkins said").
    A plural is no one person."""
    head = words[-1].lower()
    if not re.fullmatch(r"[a-z]+", head) or is_plural(head):
        return None
    title = [head] if words[0].lower() in ("the", "this", "that") else [words[0], head]
    return next((m for m in reversed(mentions) if m.end <= start and m.label == "PERSON"
                 and title_before(text, title, m.start, m.start - 40, comma=apposed)), None)


def written_before_name(text: str, mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The person whose name the description's own words are written before elsewhere in the article, as a title:
    "China’s ambassador to Britain accused …" is the one of "China’s ambassador to Britain Liu Xiaming has said"."""
    words = text[start:end].split()
    if len(words) < 3 or not words[0][:1].isupper() or not any(head_kind(w) == "PERSON" for w in words):
        return None
    # a name no kind was found for may be the person's: "Liu Xiaming" is no product
    return next((m for m in mentions if m.label in ("PERSON", "PRODUCT") and not start <= m.start < end
                 and title_before(text, words, m.start, m.start - len(text[start:end]) - 4, comma=True)), None)


def first_described(text: str, start: int, words: list[str]) -> Mention | None:
    """The words that first described the people "the <head>" goes back to, which name them when nothing else
    does: "The authors of the research published in JAMA Psychiatry argued …. the authors wrote"."""
    if len(words) != 2 or words[0].lower() != "the" or not re.fullmatch(r"[a-z]+[^s]s", words[1]):
        return None
    first = re.search(r"\b[Tt]he\s+%s\s+of\s+(?:the\s+|an?\s+)?(?!(?:the|an?)\b)[a-z]+\b(?!\s+[A-Z])"
                      % re.escape(words[1]), text[:start])
    return Mention(first.start(), first.end(), "PERSON", name=first.group()) if first else None


def _apposed(text: str, mentions: list[Mention], start: int, end: int, label: str | None) -> Mention | None:
    """The name a description at ``[start, end)`` is set beside: "Kevin Conroy, the voice of Batman"; not "Apple bought Beats, the company said", where it opens a report of its own."""
    if text[start - 2:start] != ", " or not re.match(r",|\s+of\s", text[end:end + 4]):
        return None
    if re.match(r",?\s*(?:%s)\b" % "|".join(lex.SPEECH_VERBS), text[end:end + 20]):
        return None
    return next((m for m in mentions if m.end == start - 2 and (label is None or m.label == label)), None)


def _named_by_head(layout: Layout, mentions: list[Mention], start: int, head: str) -> Mention | None:
    """The latest body or place of this paragraph or the ones before whose name has ``head`` as a word: "the
    foundation" after the Andy Warhol Foundation; further back, only the one such body of the article."""
    word = head.lower()
    lo = layout.paragraph_starts[max(layout.paragraph(start) - _REACH, 0)]
    named = [m for m in mentions if m.end <= start and m.label in ("ORG", "GPE", "FAC") and _name_head(m.name) == word]
    near = [m for m in named if lo <= m.start]
    if near:
        return near[-1]
    # a body named once long before is still the only one the head can mean: "the memorial" many paragraphs after
    # the Chiang Kai Shek Memorial
    return named[-1] if len({m.name for m in named}) == 1 else None


def _name_head(name: str) -> str:
    """The word a name ends with before what qualifies it, lowercased: "foundation" for the Andy Warhol Foundation
    for the Visual Arts; not "flag" for the Flag Consideration Project."""
    return re.split(r"\s+(?:of|for|in|at|on)\s+", name, maxsplit=1)[0].split()[-1].lower()


def business_named(layout: Layout, before: list[Mention], start: int, head: str,
                   is_subject: Callable[[Mention], bool]) -> str | None:
    """The business "the <head>" of a business's head at ``start`` is (``rules_nominals.business``), first the first
    business of its own sentence: "an internal memo at Apple showed the company passed Wal-Mart" is Apple's, not
    that of the retailer that led the sentence before; one named only as the owner of a thing after another body of
    its sentence is not what it goes on about ("Consumer Reports declined to rate Apple's newest phone. The group
    said")."""
    if head.lower() not in BUSINESS_NOUNS:
        return None
    bodies = [m for m in before if m.label == "ORG"]
    before = [m for m in before if not _owner_after_actor(layout, bodies, m)]
    lo = layout.sentence(start)[0]
    # the sentence's first business is mostly what it is about: "Apple Inc. released a new lineup of MacBook Air
    # laptops and the 2011 version of the company's iLife"
    own = (business(layout, [m], start, is_subject) for m in before if m.start >= lo)
    return next(filter(None, own), None) or business(layout, before, start, is_subject)


def _owner_after_actor(layout: Layout, mentions: list[Mention], mention: Mention) -> bool:
    """Whether an organisation is named only as an owner ("Apple's newest phone") after another organisation of its
    sentence that is named as no owner ("after Consumer Reports declined to rate Apple's newest phone")."""
    if mention.label != "ORG" or not OWNER_MARK.match(layout.text, mention.end):
        return False
    lo = layout.sentence(mention.start)[0]
    # the mentions come in text order: only those of the sentence are read
    own = mentions[bisect.bisect_left(mentions, lo, key=_start):bisect.bisect_left(mentions, mention.start, key=_start)]
    return any(m.end <= mention.start and m.label == "ORG" and m.name != mention.name
               and not OWNER_MARK.match(layout.text, m.end) for m in own)


def _start(mention: Mention) -> int:
    return mention.start


#: Words of the names of central banks: "Federal Reserve", "Fed", "Bundesbank".
_CENTRAL_BANK_WORDS = frozenset("Reserve Fed Bundesbank".split())
#: Countries whose "Bank of <country>" is a commercial lender, the central bank being named otherwise ("People's Bank
#: of China", "Central Bank of Ireland", "Reserve Bank of India").
_LENDERS_NAMED_FOR_COUNTRIES = frozenset("America China Ireland India Cyprus Georgia".split())


def _is_central_bank(name: str) -> bool:
    """Whether a body's name is a central bank's: "Federal Reserve", "European Central Bank", "Bank of Japan"; not
    "Central Intelligence Agency" nor "Bank of America"."""
    country = name.removeprefix("Bank of ").removeprefix("the ")
    return bool(_CENTRAL_BANK_WORDS.intersection(name.split())) or "Central Bank" in name or (
        name.replace("’", "'").startswith("People's Bank of ")) or (
        name.startswith("Bank of ") and country not in _LENDERS_NAMED_FOR_COUNTRIES and country in countries())


def describes_central_bank(words: list[str]) -> bool:
    """Whether a speaker's words are "the central bank" or "the US central bank", which no lender is."""
    return [w.lower() for w in words[-2:]] == ["central", "bank"] and words[0].lower() == "the" and len(words) <= 4


def central_bank(layout: Layout, before: list[Mention], start: int) -> Mention | None:
    """The central bank "the central bank" (or "the US central bank", ``describes_central_bank``) at ``start`` is:
    the latest body named in this paragraph or the three before whose name is a central bank's ("The Federal
    Reserve cut its key rate …. The central bank said"; "the Bank of Japan")."""
    lo = layout.paragraph(start) - _REACH
    banks = [m for m in before if m.label == "ORG" and layout.paragraph(m.start) >= lo and _is_central_bank(m.name)]
    return banks[-1] if banks else None
