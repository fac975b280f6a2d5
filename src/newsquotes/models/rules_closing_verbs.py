"""Verbs that report only in set places, and the place after a quotation that lets them close one; a plea, which
reports nothing.

"continued", "responded", "read" and "described" report speech only in a place that shows it: a colon (or, but for
"read", a quotation) after them, or a quotation just before them that they close with their subject and nothing more:
"“…,” the statement continued.", "“…,” the letter read.", "“…,” the patient described in the case report."
"""

from __future__ import annotations

import re

#: The subject of a verb that closes a quotation: a name or a few words, "Maria", "the statement", "an officer".
SUBJECT = r"(?:(?:the|a|an|his|her|its|their|one|another)\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,2}?"
#: The marks that close a quotation.
CLOSING_MARKS = "”\"»"
#: A quotation closed right before the verb's subject: "“…,” the statement ", "“…?” she ".
_QUOTATION_BEFORE = re.compile(r"[%s]\s*%s\s+$" % (CLOSING_MARKS, SUBJECT))
#: What may follow a verb that closes a quotation: the sentence's end, a comma, where it was said or written, or a
#: time clause ("Rivera asked before hugging her.").
_CLOSING_TAIL = re.compile(r"\s*(?:[.,;!?]|(?=\s+(?:before|after|as|while|when)\s)"
                           r"|(?:\s+(?:in|on|to)\s+[^.,;:“”\"«»]{1,60})?\s*[.,;]?\s*$)")


def closes_quotation(text: str, first: int, s: int, e: int, last: int) -> bool:
    """Whether the verb at ``[s, e)`` (in the sentence ``[first, last)``) closes the quotation before it with its
    subject: "“…,” the statement continued.", not "He continued his work." nor "“…” She read the list aloud."."""
    return bool(_QUOTATION_BEFORE.search(text, first, s)) and bool(_CLOSING_TAIL.match(text, e, last))


#: A plea entered in court, which reports nothing: "pleaded guilty to …", "pleads not guilty", "pleaded no contest".
_PLEA = re.compile(r"\s+(?:not\s+)?(?:guilty|innocent|no\s+contest)\b", re.IGNORECASE)


def enters_a_plea(word: str, after: str) -> bool:
    """Whether "plead" with what follows it (``after``) enters a plea ("pleaded guilty Monday to …"), not a request
    ("pleaded with the court to …")."""
    return word.startswith("plead") and bool(_PLEA.match(after))
