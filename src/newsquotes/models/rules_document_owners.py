"""The owner a document speaker names after the document's noun, for ``rules_documents``: a possessive before the
owner's own medium ("a statement posted to his official Twitter account" is his, not Twitter's: the platform only
carries it) and a name before the owner's office or campaign ("a statement released by Erdogan's office" is
Erdogan's, as "Klobuchar's campaign" is Klobuchar's), the name given the fullest form a person of the article has.
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_article_referents import ArticleReferents
from newsquotes.models.rules_mention_names import fullest_person

#: A capitalised word of an owner's name: its full stops only inside it ("U.S.", "St. Louis") or after an abbreviation
#: of a firm ("Boeing Co."), not the sentence's.
_OWNER_WORD = r"[A-Z](?:[\w&’'-]|\.(?=\w|\s+[A-Z])|(?<=\.[A-Z])\.)*(?:(?:(?<=Co)|(?<=Inc)|(?<=Corp)|(?<=Ltd))\.)?"
#: The owner's name as written after "from" or "by" in a document's phrase, capitalised words that "and", "of" or
#: "&" may join: "MarketAxess", "The Wrap and Deadline", "Boeing Co.".
OWNER_WRITTEN = re.compile(r"%s(?:\s+(?:(?:and|of|&)\s+)?%s)*" % (_OWNER_WORD, _OWNER_WORD))

#: Where an owner posts in its own name: "his official Twitter account", "their Facebook page".
_MEDIA = "account|page|website|site|channel|feed|blog|profile|handle"

#: A possessive that owns the medium a document was posted to: "posted to his official Twitter account".
_POSSESSIVE_MEDIUM = re.compile(r"\b(?:on|to|via|through|in)\s+(?P<possessive>%s)\s+(?:[\w.@’'-]+\s+){0,3}?(?:%s)s?\b"
                                % ("|".join(lex.POSSESSIVE_SUBJECTS), _MEDIA))

#: A name that owns the office or campaign a document came from: "released by Erdogan's office".
_NAMED_OFFICE = re.compile(r"\b(?:by|from|of)\s+(?:the\s+)?(?P<owner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)[’']s\s+"
                           r"(?:office|campaign)\b")


def owner_and_end(refs: ArticleReferents, start: int, end: int) -> tuple[str, int] | None:
    """The owner a phrase at ``[start, end)`` that opens with a document names after the document's noun, and where
    the words naming it end; None when the phrase is no document's or names no owner so."""
    phrase = refs.text[start:end]
    for pattern in (_POSSESSIVE_MEDIUM, _NAMED_OFFICE):
        found = pattern.search(phrase)
        if found and lex.DOCUMENTS.intersection(w.lower() for w in phrase[:found.start()].split()[:3]):
            break
    else:
        return None
    if found.re is _POSSESSIVE_MEDIUM:
        owner = refs.speaker(start + found.start("possessive"), start + found.end("possessive")).name
    else:
        owner = fullest_person(refs.mentions, found["owner"]) or found["owner"]
    return (owner, start + found.end()) if owner else None
