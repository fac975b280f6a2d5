"""A person named beside a role, for the ``rules`` model: who speaks when a name and its role stand together.

"Angela Merkel's spokesperson, Steffen Seibert, said": the name between commas after a role (also after "according
to X's role"). "Tom LaSorda, the president of Chrysler announced": the name before a role whose closing comma is
missing, also after a phrase that opens the sentence ("As a part of Chrysler's restructuring plans, Tom LaSorda,
the president of …"). A name in a relative clause between commas is no subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsquotes.models.rules_entities import Mention

#: What may come before the name: nothing, a phrase that opens the sentence and ends with a comma, or a short
#: prepositional phrase without one ("In the blog post Chris Wright, the Chief Technology Officer of Red Hat said").
_OPENING = re.compile(r"(?:[^,]*,|(?:In|On|At|During|Speaking\s+(?:at|to|on|in))\s+(?:the|a|an|his|her|its|their)\s+"
                      r"(?:[a-z-]+\s+){0,3})?[\s,]*")


def apposed_person(text: str, mentions: list[Mention], lo: int, hi: int) -> Mention | None:
    """The person an appositive ``[lo, hi)`` between commas consists of: ", Steffen Seibert,"."""
    inside = [m for m in mentions if lo < m.start and m.end <= hi and m.label == "PERSON"]
    if len(inside) == 1 and " " in text[inside[0].start:inside[0].end] and not text[lo + 1:inside[0].start].strip() \
            and not text[inside[0].end:hi].strip():
        return inside[0]
    return None


def person_before_role(text: str, mentions: list[Mention], lo: int, role_start: int) -> Mention | None:
    """The person a role at ``role_start`` without its closing comma follows, in the clause from ``lo``: "Tom
    LaSorda, the president of Chrysler announced"."""
    people = [m for m in mentions if lo <= m.start and m.end < role_start and m.label == "PERSON"
              and text[m.end] == "," and "," not in text[m.end + 1:role_start]
              and _OPENING.fullmatch(text, lo, m.start) and len(text[m.end:role_start].split()) <= 8]
    return people[0] if people else None


def ends_in_role(text: str, lo: int, hi: int) -> bool:
    """Whether a source phrase ``[lo, hi)`` ends in a role after a possessive name, which a person's name in
    an appositive goes on to name: "According to Windsor Locks' first selectman, Chris Kervick, …"."""
    return bool(re.search(r"['’]s?\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*$", text[lo:hi]))


def in_relative_clause(text: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` lies in a relative clause between commas that opened after ``lo``: a name there is no
    subject ("The United States, which has retreated from a goal of ousting Bashar al-Assad, has stated")."""
    return bool(re.search(r",\s*(?:which|who|whose|where)\b[^,]*$", text[lo:pos]))


#: A role that opens a clause, with the body or place it is of: "The then-manager of …", "Director of …".
_ROLE_OF = re.compile(r"\W*(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:[\w-]+\s+){0,3}?(?P<head>[\w-]+)\s+"
                      r"(?:of|at|for|from)\s")


def role_opens(text: str, lo: int, hi: int, head_kind: Callable[[str], str | None]) -> bool:
    """Whether the clause ``[lo, hi)`` before an appositive name opens with a role of a body or place ("The
    then-manager of Barmouth Publicity and Director of Mid Wales Tourism Partnership, David Clay, called …"):
    the name is the speaker, whatever the last words before it are taken for."""
    role = _ROLE_OF.match(text, lo, hi)
    return bool(role) and head_kind(role["head"].split("-")[-1]) == "PERSON"


def ends_at_comma(text: str, mention: Mention) -> bool:
    """Whether a name is followed by a comma, itself or with the body it is of: "Carl Hensman of the Bill and
    Melinda Gates Foundation, which …, noted" (a person of a body is that person, as in ``rules_entities``)."""
    return text[mention.end:mention.end + 1] == "," or mention.label == "PERSON" and bool(
        re.match(r"\s+(?:of|from|at|with)\s+[^,;:“”\"]{1,60},", text[mention.end:mention.end + 70]))


def titled_apposition(text: str, first: int, quote_end: int, verb: int) -> bool:
    """Whether the quotation ending at ``quote_end``, right before the verb at ``verb``, is a short title that
    closes an appositive of the subject rather than what the verb reports: "A statement on Apple's website, the
    homepage of which displays the text "Steve Jobs 1955-2011", states: …"."""
    opening = max(text.rfind("“", first, quote_end - 1), text.rfind('"', first, quote_end - 1))
    return (opening > first and "," in text[first:opening] and len(text[opening + 1:quote_end - 1].split()) <= 6
            and re.fullmatch(r"[\s,]*", text[quote_end:verb]) is not None)
