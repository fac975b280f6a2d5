"""A noun-like reporting form ("reports", "claims", "notes") that closes its sentence after the clause it reports and
its source: "Divers have now filmed the wreck for the first time, a new study reports." The form is a verb there,
whatever its subject: a nominal after a comma, with nothing but the sentence's end after the verb."""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_head_kinds import head_kind
from newsquotes.models.rules_roles import AGE

#: A nominal source right after the comma that ends the reported clause: ", a new study ", ", the agency ".
_SOURCE_AFTER_COMMA = re.compile(r",\s+(?:the|a|an|its|their|his|her|one|another)\s+(?:[\w'’-]+\s+){0,3}?"
                                 r"(?P<head>%s|[a-z][\w-]*)\s+$" % AGE)


def closes_with_source(text: str, first: int, s: int, e: int, last: int) -> bool:
    """Whether the form at ``[s, e)`` (in the sentence ``[first, last)``) ends the sentence after a clause and a
    nominal source set off by a comma."""
    source = _SOURCE_AFTER_COMMA.search(text, first, s)
    if not source or not re.fullmatch(r"\s*[.!]?\s*", text[e:last]) or len(text[first:source.start()].split()) < 4:
        return False
    head = source["head"]
    return head in lex.DOCUMENTS or head_kind(head) in ("PERSON", "ORG")
