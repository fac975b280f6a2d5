"""Labels that name a speaker, for the ``rules`` model: where the name lies in a round-up label, a source line or a
signature, whatever the publisher's layout.

A label gives a name with what a writer adds around it, and the speaker is the name: the degree after it
("Kevin Roberts, Ph.D."), the role after a comma ("John Barrasso, U.S. Senator from Wyoming"), the
nickname inside it stays ("Dan “Razin” Caine"), two people named together speak together ("Martin De
Luca and Andrew Smith"), a handle with a description after it is the handle ("@WhipKClark, the number
two House Democrat, on the shutdown"). A role alone ("Senior Democrat Aide") is the whole label. The
source of an excerpt may head the line above it with the story's headline after a colon ("Fox News:
Gas prices fall again", "WANE-TV (Fort Wayne, IN): …"), and a quotation may be signed on the line under it
("— White House Press Secretary Karoline Leavitt", "— Rapid Response 47 (@RapidResponse47) June 17, 2025").
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_roles import after_role

#: A degree or credential after a name: "Kevin Roberts, Ph.D.", "Jane Doe, MD".
_CREDENTIAL = re.compile(r",?\s+(?:Ph\.?\s?D\.?|M\.?D\.?|D\.?O\.?|J\.?D\.?|Esq\.?|CPA|DVM|R\.?N\.?|MBA|MPH)\s*$")
#: What a comma after a name may bring that is still the name: "Kenneth Hartman, Jr.", "United Rentals, Inc.".
_NAME_SUFFIX = re.compile(r"(?:Jr|Sr|II|III|IV|Inc|LLC|Ltd|Co|Corp|L\.P|P\.C)\.?")
#: What a label says a person speaks about, after their name: "Jane Doe on the Energy Fund".
_TOPIC = re.compile(r"\s+on\s+(?:the\s+)?[A-Z][^:“”\"]*$")
#: A nickname inside a name: "Dan “Razin” Caine".
_NICKNAME = re.compile(r"[A-Z][\w.’'-]+\s+[“\"‘][A-Z][\w.’'-]{1,20}[”\"’]\s+[A-Z][\w.’'-]+$")
#: A handle, its description and the topic: "@WhipKClark, the number two House Democrat, on the Democrat Shutdown".
HANDLE_LABEL = re.compile(r"(?:[^\w\s]{1,3}\s*)?\.?@(?P<handle>\w{2,30})(?:\s*,[^:“”\"]{1,80},?)?(?:\s+on\s+[^:“”\"]{1,60})?:\s*$")
#: Rubrics that head a line like a source but are no source: "FACT:", "ICYMI:", "WATCH:".
_RUBRICS = frozenset("""
    fact facts hoax myth reality truth lie claim icymi watch read listen breaking update new note recap bottom line
    photos photo video highlights key takeaways more why what how q a question answer the
""".split())
#: A source heading the line with the headline of its story: "Fox Business: Gas prices …", "KCRG-TV (Cedar Rapids, IA): …".
_HEADLINE_SOURCE = re.compile(r"(?P<source>[A-Z][\w.’'&!-]*(?:\s+(?:[A-Z0-9][\w.’'&!-]*|of|the|for|and|&)){0,6})"
                              r"(?:\s+\([^()]{2,80}\))?:\s+(?P<headline>[^“”\"\s].{10,200})")  # "(The Desert Sun, Palm Springs, CA)"
#: A signature under a quotation or a post: "— Jane Doe, Title", "— Rapid Response 47 (@RapidResponse47) June 17, 2025".
SIGNATURE = re.compile(r"\s*[—–-]\s*(?P<name>[A-Z@][^()—–:“”\"]{1,120}?)\s*(?:\((?:(?P<handle>@\w{2,30})|[^()]{1,20})\))?"
                       r"\s*(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})|\(\d{1,2}/\d{1,2}/\d{2,4}\))?\s*$")


def name_part(text: str, lo: int, hi: int, people: list[tuple[int, int]]) -> tuple[int, int]:
    """The span of ``text[lo:hi]`` that names the speaker of a label, by the ``people`` (spans) named in it. Of the
    parts between commas, the one that ends with a person's name after their role ("Paddock Chevrolet, Inc., CEO
    Duane Paddock"), else the name a role follows ("Northwest RiverPartners, Clark Mather, Executive Director", "John
    Barrasso, U.S. Senator"), else the first name ("Matt Rudd, Rudd Family Farm"); a degree after the name and a
    topic after a person ("… on the Energy Fund") are left out, and a comma inside a name stays ("Kenneth Hartman,
    Jr.", "Andrea Baccarelli, M.D., Ph.D., Dean …")."""
    if found := _CREDENTIAL.search(text, lo, hi):
        hi = found.start()
    # "Council on Foreign Relations Fellow Omar Al-Fahim on the Energy Fund": the topic starts where a person ends
    hi = min((b for a, b in people if lo <= a and b < hi and _TOPIC.match(text, b, hi)), default=hi)
    parts: list[list[int]] = []
    for piece in re.finditer(r"[^,]+", text[lo:hi]):
        start, end = lo + piece.start() + len(piece.group()) - len(piece.group().lstrip()), lo + piece.end()
        if parts and (_NAME_SUFFIX.fullmatch(text[start:end].strip()) or _CREDENTIAL.fullmatch(", " + text[start:end])):
            parts[-1][1] = end if _NAME_SUFFIX.fullmatch(text[start:end].strip()) else parts[-1][1]
        else:
            parts.append([start, end])
    if len(parts) < 2:
        return lo, hi
    named = [(k, person) for k, (start, end) in enumerate(parts)
             if (person := next(((a, b) for a, b in people if start <= a and b == end), None))]
    for k, (a, b) in named:
        if _is_role(text[parts[k][0]:a].split()):
            return parts[k][0], b  # "CEO Duane Paddock": the name after its role
    for k, (a, b) in named:
        if k + 1 < len(parts) and _is_role(text[parts[k + 1][0]:parts[k + 1][1]].split()):
            return a, b  # "Clark Mather, Executive Director"
    return named[0][1] if named else (lo, hi)


def _is_role(words: list[str]) -> bool:
    """Whether words name a role: "Executive Director", "U.S. Senator from Wyoming", "Dean of the Faculty"."""
    return bool(words) and after_role(words + ["Name"]) > 0


def nickname(text: str, lo: int, hi: int) -> int | None:
    """Where a name with a nickname in marks starts, when the label ends with one: "… Staff Dan “Razin” Caine"."""
    found = _NICKNAME.search(text, lo, hi)
    return found.start() if found else None


def rubric(label: str) -> bool:
    """Whether a label is a rubric rather than a name: "MYTH", "FACT", "ICYMI"."""
    return label.strip().lower().strip(".:") in _RUBRICS


def role_only(words: list[str]) -> bool:
    """Whether a label names a role and no one: "Senior Democrat Aide", "White House Official"."""
    last = words[-1].rstrip(".:").lower()
    return last in lex.PERSON_NOUNS or last in {"aide", "staffer", "adviser", "advisor", "insider", "strategist"}


def headline_source(line: str) -> tuple[int, int] | None:
    """The span of the source in a line that gives a story's headline after its source: "Inc.: Trump’s ‘Big
    Beautiful Bill’ Offers a Big Tax Win"; None for a rubric ("FACT: …") or a line that is a sentence of speech."""
    found = _HEADLINE_SOURCE.fullmatch(line.rstrip())
    if not found or line.rstrip().endswith(":"):
        return None
    words = found["source"].split()
    if len(words) > 1 and words[0] == "The":
        words = words[1:]  # a paper's name: "The Orange County Register", "The Daily Wire"; not "The Bottom Line"
    if _opens_with_rubric(words) or words[0] == "On" or any(
            w.lower() in lex.SPEECH_VERBS for w in words):
        return None
    return found.start("source"), found.end("source")


def _opens_with_rubric(words: list[str]) -> bool:
    """Whether a line's label is a rubric ("NEW REPORT", "Bottom Line", "FACT"), not a name that opens with a
    rubric's word ("New York Times"): a rubric's word first, and no capitalised name word after it."""
    return words[0].lower().strip(".:") in _RUBRICS and all(
        w.isupper() or w.islower() or w.lower().strip(".:") in _RUBRICS for w in words[1:])
