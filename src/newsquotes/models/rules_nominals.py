"""Nominal speakers of organisations and documents, for the ``rules`` model.

"The company" is a business of the last paragraphs, else the one the article is most about, never a
newspaper that reported on it. "The army", "the court" or "the team" is only an organisation whose name says
so ("the court" for the Court of Session); an unnamed one stays as its words, not the last organisation
named. "The statement" or "the report" speaks in the name of whoever issued the statement mentioned before
("Trump released a statement … The statement said"): a name after "from" or "by", a possessive, or the
subject of that sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_entities import PRESS, Mention
from newsquotes.models.rules_text import OWNER_MARK, Layout

#: Heads that stand for a business or body of any name: "the company said".
BUSINESS_NOUNS = frozenset("""
    company firm group organisation organization airline manufacturer retailer lender insurer producer supplier
    charity airframer operator utility giant conglomerate
""".split()) | lex.MAKERS
#: Words of the names of public bodies, which are no business: "US Treasury Department", "European Central Bank".
_PUBLIC_WORDS = frozenset("""
    Department Ministry Treasury Commission Agency Administration Bureau Council Committee Congress Senate
    Parliament Court Police Army Navy Government Authority Central Reserve Office
""".split())
#: Words of the names of market indexes and exchanges, which are no business: "Dow Jones Industrial Average".
_MARKET_WORDS = frozenset("Average Index Composite Exchange Nasdaq NASDAQ Dow FTSE Nikkei DAX CAC S&P Hang".split())
#: Job titles written like an organisation's initials.
_JOBS = frozenset("CEO CFO COO CTO".split())
#: News agencies and the last words of broadcasters' names.
_WIRES = frozenset("News TV Radio Agency Daily Reuters Bloomberg AFP AP Xinhua Yonhap TASS Interfax BBC CNN".split())


def is_press(mention: Mention) -> bool:
    """Whether an organisation is a publication ("The New York Times", "Fars News", "BBC News")."""
    last = mention.name.split()[-1] if mention.name else ""
    return last in PRESS or last in _WIRES or mention.name in _WIRES


def business(layout: Layout, before: list[Mention], start: int, is_subject: Callable[[Mention], bool]) -> str | None:
    """The business "the company" at ``start`` is: the latest named in this paragraph or the one before, one
    that leads its sentence first ("Northwind bought jets from Boeing. The company said"), else the one named
    most in the article so far; publications, public bodies, market indexes and job titles never."""
    bodies = [m for m in before if m.label == "ORG" and not is_press(m) and m.name not in _JOBS
              and not (_PUBLIC_WORDS | _MARKET_WORDS).intersection(m.name.split())]
    near = [m for m in bodies if layout.paragraph(m.start) >= layout.paragraph(start) - 1]
    if near:
        return ([m for m in near if is_subject(m)] or near)[-1].name
    counts = Counter(m.name for m in bodies)
    return max(counts, key=lambda name: (counts[name], name)) if counts else None


def document_owner(layout: Layout, mentions: list[Mention], start: int, head: str,
                   is_subject: Callable[[Mention], bool]) -> str | None:
    """Who issued the document "the <head>" at ``start`` refers to, from its mention in the three sentences
    before: "a statement from X", "X's statement", "X said in a statement", or the subject of the sentence
    that mentions it."""
    if head.lower() not in lex.DOCUMENTS:
        return None
    text = layout.text
    lo = layout.start_back(start, 3)
    earlier = [lo + m.start() for m in re.finditer(r"\b%ss?\b" % re.escape(head.lower()), text[lo:start].lower())]
    # the latest mention that names an issuer: "The statement also said …, the statement said" goes back
    return next(filter(None, (_issuer(layout, mentions, at, head, is_subject) for at in reversed(earlier))), None)


def _issuer(layout: Layout, mentions: list[Mention], at: int, head: str,
            is_subject: Callable[[Mention], bool]) -> str | None:
    """Who issued the document mentioned at ``at``, from the words of its sentence."""
    text = layout.text
    s_lo, s_hi = layout.sentence(at)
    people = [m for m in mentions if s_lo <= m.start < s_hi and m.label in ("PERSON", "ORG") and not is_press(m)]
    after = re.match(r"s?\s+(?:from|by|of)\s+(?:the\s+)?", text[at + len(head):at + len(head) + 12])
    if after:
        named = [m for m in people if m.start == at + len(head) + after.end()]
        if named:
            return named[0].name
    owned = [m for m in people if m.end <= at and re.match(r"[’']s\s", text[m.end:m.end + 3])
             and not re.search(r"[.;]", text[m.end:at])]
    if owned:
        return owned[-1].name
    if re.search(r"\bin\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?$", text[s_lo:at]):
        # "Trump, in a statement delivered via …, announced", "Trump said in a statement": its issuer
        issuers = [m for m in people if m.end <= at]
        if issuers:
            return issuers[-1].name
    if re.fullmatch(r"\W*In\s+(?:a|an)\s+(?:[\w-]+\s+)?", text[s_lo:at]) and (
            opened := re.match(r"s?(?!\w)[^,;:“”\"]{0,40},\s+", text[at + len(head):s_hi])):
        # "In a statement, the Interior Ministry said", "In a statement, Governor Chris Gregoire said": the subject
        lo = at + len(head) + opened.end()
        return next((m.name for m in people if m.start >= lo and not OWNER_MARK.match(text, m.end)
                     and re.fullmatch(r"(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}", text[lo:m.start])), None)
    subjects = [m for m in people if m.end <= at and is_subject(m)]
    return subjects[0].name if subjects else None


#: A nominal subject and its reporting verb that open what a source reports: "According to The Guardian,
#: astronomers were optimistic that …", "According to The New York Times, an anonymous individual … claimed",
#: "According to AFP, one user on Weibo, China's answer to Twitter, posted: …" (where the person is, and an apposition).
_INNER_REPORT = re.compile(
    r"[\s,]*(?P<np>(?:(?:an?|the|some|several|many|one|two|three)\s+)?(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z]+)"
    r"(?:\s+(?:on|in|at|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?)(?:,\s+[^,;:“”\"]{1,60},)?"
    r"(?:\s+[“\"][^”\"]{1,80}[”\"])?\s+(?:\w+ly\s+)?"
    r"(?:said|says|claimed|claims|told|stated|confirmed|warned|argued|wrote|writes|posted|posts|tweeted|tweets|"
    r"believe[sd]?|(?:were|was|are|is)\s+[a-z]+"
    r"(?=\s+that\b))\b(?:\s+that\b)?")
#: Nouns of one person that no role list holds.
_SOMEONE = frozenset("individual person man woman someone".split())


def inner_reporter(text: str, lo: int, hi: int, head_kind: Callable[[str], str | None]) -> tuple[int, int, int] | None:
    """The span of a nominal speaker of people that opens the clause a source reports at ``lo``, and where
    its report begins: the innermost source ("According to the BBC, a spokesman said that …")."""
    match = _INNER_REPORT.match(text, lo, hi)
    if not match or head_kind(match["head"]) not in ("PERSON", "OTHER") and match["head"] not in _SOMEONE and not (
            match["head"].endswith(("ers", "ists", "ians"))):
        return None
    return match.start("np"), match.end("np"), match.end()


#: A place or setting that opens a sentence before its subject: "In Minnesota, a bartender praises …".
_PLACE_ADJUNCT = re.compile(r"\W*(?:In|At|Across|Outside|Inside|Near|Throughout)\s+[^,;:“”\"]{1,50},\s+")
#: A nominal subject of a person and the verb after it: "a Miami bartender says", "a restaurant owner praises".
_NOMINAL_SUBJECT = re.compile(r"(?:an?|the|one)\s+(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z]+)(?=\s+[a-z]+s\b|\s*$)")


def after_place(text: str, lo: int, pos: int) -> int:
    """Where the subject of the sentence at ``lo`` begins past a place that opens it ("In Minnesota, …")."""
    adjunct = _PLACE_ADJUNCT.match(text, lo, pos)
    return adjunct.end() if adjunct else lo


def nominal_person(text: str, lo: int, pos: int, mentions: list[Mention],
                   head_kind: Callable[[str], str | None]) -> int | None:
    """The end of a nominal subject of a person with no name in it at ``lo`` ("a bartender praises …")."""
    nominal = _NOMINAL_SUBJECT.match(text, lo, pos)
    if not nominal or head_kind(nominal["head"]) != "PERSON" or any(lo <= m.start < nominal.end() for m in mentions):
        return None
    return nominal.end()


#: A definite noun phrase that opens a sentence, before its first verb: "The embassy declined …", "The company
#: has since denied …".
_LEADING_NOMINAL = re.compile(r"\W*(?:%s)?(?P<np>[Tt]he\s+(?:[a-z][\w'’-]*\s+){0,2}?"
                              r"(?P<head>[a-z]+)|[A-Z][a-z]+s\s+and\s+(?P<plural>[a-z]+s)|[A-Z][a-z]+\s+(?:[a-z]+\s+)?(?P<bare>[a-z]+s))"
                              r"\s+(?:(?:also|then|later|has|had|since|have|is|are|was|were)\s+)*[a-z]+ed\b"
                              % lex.SENTENCE_LINK)


def leading_nominal(text: str, lo: int, pos: int, mentions: list[Mention],
                    head_kind: Callable[[str], str | None]) -> tuple[int, int] | None:
    """The span of a speaking noun phrase with no name in it that is the subject of the sentence at ``lo``: "The
    embassy declined the request and said …" (a body, people or a document, not "The storm passed"), or plural
    people joined without an article: "Businesses and residents also have complained … and say", "Health care
    providers have protested …, warning"."""
    match = _LEADING_NOMINAL.match(text, lo, pos)
    kind = match and head_kind(match["head"] or match["plural"] or match["bare"])
    if not match or kind is None or match["bare"] and kind != "PERSON" or any(
            lo <= m.start < match.end("np") for m in mentions):  # "Health care providers have protested": people
        return None
    return match.start("np"), match.end("np")
