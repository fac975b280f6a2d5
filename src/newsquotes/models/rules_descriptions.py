"""The entity a text itself describes with a nominal's head noun, for the ``rules`` model.

A reader takes "the city" for the place the text called a city ("a water main broke in the US city of White Plains,
New York. … the city issued an advisory": White Plains, not New York named after it), and "the company" for the
business it called a company ("Cisco, the network equipment maker, … The company said"). The description names
the entity by "<head> of <name>", "<name>, the … <head>", "the <head> <name>" or "the <head>, <name>,", whatever kind the name was
taken for; the latest such description in this paragraph or the three before wins. An indefinite description
takes the name the next sentence gives it ("a group of employees. The group, WeWorkers Coalition, formed").
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_text import Layout

#: Heads that a text gives a place or a business as its description, which a later "the <head>" takes up.
DESCRIBED_HEADS = frozenset("""
    city town village county province state island capital company firm group retailer lender insurer airline
    manufacturer bank giant
""".split()) | lex.MAKERS
#: Heads that take up any business's description ("the company" is "the planemaker"); the other makers take up
#: only their own trade's.
_BUSINESS_HEADS = frozenset("company firm maker carmaker automaker retailer lender insurer airline manufacturer".split())
_PLACE_HEADS = frozenset("city town village county province state island capital".split())
#: How far back, in paragraphs, a description still names what "the <head>" means.
_REACH = 3
#: Capitalised words only, as a name set off by commas after its description is written: "WeWorkers Coalition".
_CAPITALISED = r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*"
_MODIFIERS = r"(?:[\w'’&.-]+\s+){0,4}?"


#: The heads a business head takes up, as a regular expression.
_ANY_BUSINESS = "(?:%s)" % "|".join(sorted(_BUSINESS_HEADS | lex.MAKERS))
_SPEECH = lex.SPEECH_VERB_ALTERNATION


def _heads(head: str) -> str:
    """The description heads that a nominal's head takes up: "the company" any business's ("the maker")."""
    return _ANY_BUSINESS if head in _BUSINESS_HEADS else re.escape(head)


def _descriptions(text: str, head: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Where, in ``[lo, hi)``, a name described with ``head`` begins, and where its description is."""
    h = _heads(head)
    found = []
    # "the US city of White Plains", "the city of Livorno"
    for m in re.finditer(r"\b(?:the|a|an)\s+%s%s\s+of\s+" % (_MODIFIERS, h), text[lo:hi], re.IGNORECASE):
        found.append((lo + m.end(), lo + m.start()))
    # "the company Cisco", "automaker General Motors", "The group, WeWorkers Coalition, formed"
    for m in re.finditer(r"\b(?:the\s+)?%s(?:\s+|,\s+(?=%s,))(?=[A-Z])" % (h, _CAPITALISED), text[lo:hi]):
        found.append((lo + m.end(), lo + m.start()))
    return found


@functools.cache
def _apposition(head: str) -> re.Pattern[str]:
    """A description with ``head`` set after a name by a comma."""
    # not "Trump, the company said" nor "Smith, the firm's spokesman"
    return re.compile(r",\s+(?:the|a|an)\s+%s%s\b(?![’'-]|\s+(?:of|%s)\b)" % (_MODIFIERS, _heads(head), _SPEECH))


def _appositions(text: str, head: str, mentions: list[Mention], lo: int, hi: int) -> list[tuple[Mention, int]]:
    """Names followed by a description with ``head``: "Cisco, the network equipment maker"."""
    pattern = _apposition(head)
    return [(m, m.start) for m in mentions if lo <= m.start and m.end < hi
            and (described := pattern.match(text, m.end, hi)) and not re.search(r"[.;:]", text[m.end:described.end()])]


def described_entity(layout: Layout, mentions: list[Mention], start: int, head: str,
                     is_subject: Callable[[Mention], bool]) -> Mention | None:
    """The mention that the text last described with ``head`` before ``start``, in this paragraph or the three
    before: what "the <head>" at ``start`` refers to, unless another of its kind has led a sentence since
    ("GM said it cancelled a deal with Magna, a Canadian parts company. … GM said …. The company said") or,
    for a business, is named in its own sentence ("Apple passes retailer Best Buy. … a memo at Apple showed the
    company")."""
    head = head.lower()
    if head not in DESCRIBED_HEADS:
        return None
    text = layout.text
    lo = layout.paragraph_starts[max(layout.paragraph(start) - _REACH, 0)]
    by_start = {m.start: m for m in mentions}
    found = [(by_start[name_at], at) for name_at, at in _descriptions(text, head, lo, start) if name_at in by_start]
    found += _appositions(text, head, mentions, lo, start)
    found = [(m, at) for m, at in found if m.end <= start]
    if not found:
        return None
    described, at = max(found, key=lambda pair: pair[1])
    kind = "GPE" if head in _PLACE_HEADS else "ORG"
    since, own = layout.sentence(at)[1], layout.sentence(start)[0]
    if any(since <= m.start and m.end <= start and m.label == kind and m.name != described.name
           and (is_subject(m) or kind == "ORG" and m.start >= own) for m in mentions):
        return None
    return described


def named_next(layout: Layout, mentions: list[Mention], end: int, head: str) -> Mention | None:
    """The name the sentence after an indefinite description gives it when it opens with "The <head>, <name>,":
    "according to a group of employees. The group, WeWorkers Coalition, formed in recent weeks"; for a head of no
    place or business, the person it names with the head as a title ("A California transit chief says …")."""
    lo = layout.sentence(end)[0]
    k = bisect_right(layout.sentence_starts, lo)
    if k >= len(layout.sentence_starts):
        return None
    after = layout.sentence_starts[k]
    if head.lower() not in DESCRIBED_HEADS:
        return _titled_next(layout, mentions, lo, after, head)
    if layout.paragraph(after) != layout.paragraph(lo):
        return None
    named = re.compile(r"\W*The\s+%s,\s+(?=%s,)" % (re.escape(head.lower()), _CAPITALISED)).match(layout.text, after)
    return next((m for m in mentions if named and m.start == named.end()), None)


def _titled_next(layout: Layout, mentions: list[Mention], lo: int, after: int, head: str) -> Mention | None:
    """The person the sentence at ``after``, the one after ``lo``'s, names with the indefinite description's head
    as a title, in this paragraph or the next: "A California transit chief says a man has been stabbed ….
    Interim BART Police Chief Ed Alvarez told reporters"."""
    if not re.fullmatch(r"[a-z]+", head) or head.endswith("s") or layout.paragraph(after) > layout.paragraph(lo) + 1:
        return None
    hi = layout.sentence(after)[1]
    return next((m for m in mentions if after <= m.start < hi and m.label == "PERSON"
                 and title_before(layout.text, [head], m.start, max(m.start - 40, after))), None)


def title_before(text: str, words: list[str], name: int, lo: int, comma: bool = False) -> bool:
    """Whether ``words`` are written right before the name at ``name``, from ``lo`` on, as its title, case aside:
    "AU trade and industry commissioner Albert Muchanga", "China’s ambassador to Britain Liu Xiaming"; with a comma
    between when ``comma`` ("his daughter, Nettie Baker")."""
    return bool(_title_pattern(tuple(words), comma).search(text, max(lo, 0), name))


@functools.cache
def _title_pattern(words: tuple[str, ...], comma: bool) -> re.Pattern:
    return re.compile(r"(?<![\w’'-])%s%s[^\S\n]+$" % (r"\s+".join(re.escape(w) for w in words), ",?" if comma else ""),
                      re.IGNORECASE)
