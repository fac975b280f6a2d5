"""Who speaks for a document that speaks, for the ``rules`` model: "its website", "a report from ABC Australia".

A document speaks in its owner's name. A possessive in a phrase that opens the sentence looks ahead to the subject
right after it ("According to its press release, the NBA"); else "its" and "their" go to the last organisation of
this paragraph or the one before, else to the body that opens this sentence or the one before as its subject ("The
Las Vegas Review-Journal reported …. According to its polling, …"), and "his" and "her" to whom "he" and "she"
would. Otherwise the document's own words name the owner: a business's noun ("the company's website"), a name
after "from", "by" or "of" ("a report from ABC Australia"), or the capitalised words written there when no name
was found ("data from MarketAxess"), a body named before whose name holds the document's modifier ("the office
release" after "the U.S. Attorney’s Office … announced"), the owner of the medium it was posted to or of the
office it came from (``rules_document_owners``: "a statement posted to his official Twitter account"), a name
inside it ("A UAW study", "Part of Trump's tweet"), else capitalised words before the document's noun ("NDRRMC report", "the Turkish statement": Turkey's);
a statement that is the object of "issued", "released" or the like is its subject's ("The government of American
Samoa issued a statement agreeing …"); a definite document is the one the sentences before spoke of, its owner a
name written before the same noun ("per WHO guidelines … The guidelines") or, for "that report", the author
after "by" ("findings … by the DHS Office of Inspector General. That report found"). Pronouns and names are resolved and named as ``rules_referents`` does for
any speaker, so ``owner_of_document`` takes the article's ``Referents``, which calls it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_article_referents import ArticleReferents
from newsquotes.models.rules_document_owners import OWNER_WRITTEN, owner_and_end
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_nominals import BUSINESS_NOUNS, business, document_owner
from newsquotes.models.rules_text import Layout


#: Verbs whose object is a document its subject wrote: "issued a statement", "released a report".
_ISSUED = re.compile(r"\b(?:issued|issues|released|releases|published|publishes|put\s+out|posted|posts)\s+$")


def owner_of_document(refs: ArticleReferents, start: int, end: int, words: list[str]) -> str | None:
    """The owner a document speaker names ("its press release", "a report from ABC Australia", "her
    memoirs"): a document speaks in its owner's name."""
    if not words or not lex.DOCUMENTS.intersection(w.lower().strip(",.") for w in words):
        return None
    possessive = lex.POSSESSIVE_SUBJECTS.get(words[0].lower())
    if possessive and (subject := _subject_after(refs, start, end, "PERSON" if possessive in ("he", "she") else "ORG")):
        return subject  # "According to its press release, the NBA was …": the subject the phrase comes before
    if possessive in ("it", "they"):  # "its press release": an organisation's, rather than a place's
        paragraph = refs.layout.paragraph(start)
        bodies = [m for m in refs.mentions if m.end <= start and m.label == "ORG"
                  and refs.layout.paragraph(m.start) >= paragraph - 1 and refs.text[m.start - 2:m.start] != "(("]
        if bodies:
            return bodies[-1].name
        return opening_owner(refs.layout, refs.mentions, start, refs.is_subject, refs.sexes) or (
            refs.antecedent(possessive, start))  # "The Las Vegas Review-Journal reported …. According to its polling"
    if possessive:
        return refs.antecedent(possessive, start)
    if _by_business(words):  # "according to company statistics", "the company's website": the business's
        before = [m for m in refs.mentions if m.end <= start]
        return business(refs.layout, before, start, refs.is_subject)
    if body := _body_by_head(refs, start, words):
        return body  # "according to the office release" after "the U.S. Attorney’s Office for … announced"
    if owned := owner_and_end(refs, start, end):
        return owned[0]
    link = re.search(r"\s(?:from|by|of)\s", refs.text[start:end])
    named = link and [m for m in refs.mentions if start + link.end() <= m.start and m.end <= end and (
        m.label in ("PERSON", "ORG") or m.label == "GPE" and m.start == start + link.end())]  # "from ABC Australia"
    # "A UAW study", "The Home Office letter", "Part of Trump's tweet": the owner named inside the phrase
    named = named or [m for m in refs.mentions if start <= m.start and m.end <= end and m.label in ("PERSON", "ORG")]
    if named:
        return named[0].name
    if link and (written := OWNER_WRITTEN.fullmatch(refs.text, start + link.end(), end)):
        return written.group()  # "data from MarketAxess", "reports from The Wrap and Deadline": no name found there
    if words[0].lower() in ("a", "an") and (owner := issuer(refs.layout, refs.mentions, start)):
        return owner  # "The government of American Samoa issued a statement agreeing"
    return _owner_words(refs, start, words) or _owner_before(refs, start, words)


def opening_owner(layout: Layout, mentions: list[Mention], start: int, is_subject: Callable[[Mention], bool],
                  sexes: dict[str, str]) -> str | None:
    """The body that opens the sentence of ``start`` or the one before as its subject, for an "its" there: never
    a place, a people or a person known to be a man or a woman."""
    first = layout.sentence(start)[0]
    lo = layout.sentence(first - 1)[0] if first > 0 else 0
    for s_lo, s_hi in ((first, start), (lo, first)):
        opener = next((m for m in mentions if s_lo <= m.start and m.end <= s_hi), None)
        if opener and is_subject(opener) and opener.label in ("ORG", "PERSON") and opener.name not in sexes:
            return opener.name
    return None


def issuer(layout: Layout, mentions: list[Mention], start: int) -> str | None:
    """Whose a document at ``start`` is when it is the object of "issued" and the like: the first person,
    organisation or place named in its sentence before the verb ("The government of American Samoa")."""
    verb = _ISSUED.search(layout.text, layout.sentence(start)[0], start)
    if not verb:
        return None
    lo = layout.sentence(start)[0]
    named = [m for m in mentions if lo <= m.start and m.end <= verb.start() and m.label in ("PERSON", "ORG", "GPE")]
    return named[0].name if named else None


def _subject_after(refs: ArticleReferents, start: int, end: int, label: str) -> str | None:
    """The subject named right after an opening phrase that ends at ``end``, which a possessive in that phrase
    looks ahead to: "According to its press release, the NBA was suspending …"."""
    lead = refs.text[refs.layout.sentence(start)[0]:start]
    after = re.match(r",\s+(?:the\s+)?", refs.text[end:end + 8])
    if not after or not re.fullmatch(r"\W*(?:[Aa]ccording\s+to|[Ii]n|[Oo]n)\s+", lead):
        return None
    return next((refs.own_name(m) for m in refs.mentions if m.start == end + after.end() and m.label == label), None)


def _owner_words(refs: ArticleReferents, start: int, words: list[str]) -> str | None:
    """The capitalised words before a document noun that name its owner when no name was found there:
    "NDRRMC report" is NDRRMC's, "the Turkish statement" Turkey's; not a word capitalised only because it
    opens the sentence ("Initial reports")."""
    nouns = [w.strip(",.") for w in words]
    document = next((k for k, w in enumerate(nouns) if w.lower() in lex.DOCUMENTS), 0)
    determined = nouns[0].lower() in ("the", "a", "an")
    owner = nouns[1 if determined else 0:document]
    if not owner or not all(w[:1].isupper() and w not in lex.STOP for w in owner):
        return None
    opens = not determined and refs.layout.sentence(start)[0] == start
    if opens and len(owner) == 1 and not owner[0].isupper() and owner[0] not in lex.NORP:
        return None
    if len(owner) == 1 and owner[0] in lex.NORP:
        return refs.country_of(owner[0])
    return re.sub(r"[’']s$", "", " ".join(owner))  # "The Wrap’s report"


def _body_by_head(refs: ArticleReferents, start: int, words: list[str]) -> str | None:
    """The body named before whose name holds the lowercase nouns a document is written with: "the office
    release" is that of the U.S. Attorney’s Office named before, "the agency statement" that of the agency, "a
    fire service statement" that of North Wales Fire and Rescue Service."""
    nouns = [w.strip(",.") for w in words]
    modifiers = nouns[1:-1]
    if not 1 <= len(modifiers) <= 2 or nouns[0].lower() not in ("the", "a", "an") or nouns[-1].lower() not in (
            lex.DOCUMENTS) or not all(w.isalpha() and w.islower() for w in modifiers):
        return None
    bodies = [m for m in refs.mentions if m.end <= start and m.label == "ORG"
              and all(w.capitalize() in m.name.split() for w in modifiers)]
    return bodies[-1].name if bodies else None


#: A sentence that speaks of a document and ends with its author's "by" or "from": "findings … by the".
_DOCUMENT_BY = re.compile(r"\b(?:%s)s?\b.*\s(?:by|from)\s+(?:the\s+)?$" % "|".join(sorted(lex.DOCUMENTS)), re.IGNORECASE)


def _owner_before(refs: ArticleReferents, start: int, words: list[str]) -> str | None:
    """The owner of the document a definite one refers back to, named in the sentences before: whoever issued it
    (``rules_nominals.document_owner``), else a name written right before the same noun ("per WHO guidelines
    established in 2015. … The guidelines cite"), else, for "that" or "this" document, the body or person after
    "by" or "from" in the sentence before or in its own, before it, that speaks of a document ("findings of overcrowded conditions at
    detention facilities by the DHS Office of Inspector General. That report found")."""
    if len(words) != 2 or words[0].lower() not in ("the", "that", "this"):
        return None
    layout, noun = refs.layout, words[1].lower()
    if owner := document_owner(layout, refs.mentions, start, noun, refs.is_subject):
        return owner
    lo = layout.start_back(start, 3)
    written = [m for m in refs.mentions if lo <= m.start and m.end < start and m.label in ("PERSON", "ORG")
               and re.match(r"\s%s\b" % re.escape(noun), refs.text[m.end:m.end + len(noun) + 2], re.IGNORECASE)]
    if written:
        return refs.own_name(written[-1])
    if words[0].lower() == "the":
        return None
    s_lo = layout.start_back(start, 1)
    return next((refs.own_name(m) for m in refs.mentions if s_lo <= m.start < start and m.label in ("PERSON", "ORG")
                 and _DOCUMENT_BY.search(refs.text, s_lo, m.start)), None)


def _by_business(words: list[str]) -> bool:
    """Whether a document's words name a business as its owner: "company statistics", "the firm's report"."""
    nouns = [w.lower().strip(",.") for w in words]
    document = next((k for k, w in enumerate(nouns) if w in lex.DOCUMENTS), 0)
    return any(re.sub(r"['’]s$", "", w) in BUSINESS_NOUNS for w in nouns[:document])
