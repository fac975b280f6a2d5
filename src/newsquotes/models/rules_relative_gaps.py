"""Reports whose object is the relative pronoun before their subject, for the ``rules`` model.

In "a contract …, which Boeing estimates to be worth $18 million" and "the Tenure of Office Act, which the Supreme
Court later ruled to be unconstitutional", the relative pronoun is the subject of the reported small clause, and
what follows the verb (``to be worth $18 million``) is what is reported, though it has no finite verb. A passive
("is estimated to be worth", "was found to be a fake") has no source before the verb and is none.
"""

from __future__ import annotations

import re

#: The relative pronouns that may stand before the subject of a report whose object they are; "who" as well, as news
#: writes it for "whom" ("a man who police believed to be armed").
RELATIVE_PRONOUNS = r"(?:which|that|who|whom)"
#: A relative pronoun, the subject of the report (a few words, no verb of "be" before the reporting verb), and an
#: adverb, right before the verb: "which the Supreme Court later", "which Boeing", "that the victim".
RELATIVE_SUBJECT = re.compile(r"\b%s\s+(?!(?:is|was|are|were|be|been|has|have|had)\b)"
                              r"(?:[\w.’'&-]+\s+){1,4}?(?:later\s+|also\s+|now\s+)?$" % RELATIVE_PRONOUNS, re.IGNORECASE)
_BE_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")


def gap_infinitive(text: str, lo: int, cue_start: int, s: int) -> bool:
    """Whether the clause at ``s`` after a reporting verb at ``cue_start`` is "to be" or "to have" with its
    subject the relative pronoun before the verb's own subject (sentence from ``lo``)."""
    before = text[lo:cue_start]
    return bool(re.match(r"to\s+(?:be|have)\b", text[s:s + 8]) and RELATIVE_SUBJECT.search(before)
                and not _BE_BEFORE.search(before))
