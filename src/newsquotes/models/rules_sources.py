"""Where the clause of an "according to" source lies, for the ``rules`` model.

The source backs the clause it is attached to, wherever it stands. Three placements need more than the comma
before it:

* **Interrupting its clause**: "Friday was when, according to earlier event plans, millions of people were to
  storm Area 51" reports what follows, because the words before stop where a clause cannot end (after "was",
  "when", "by", "the" …); when what follows has no verb ("… followed by, according to varying reports, nearly
  2000 people") nothing is reported.
* **After its clause without a comma**: "76 villages were affected according to NDRRMC report on Saturday",
  "Sixty-six people were injured yesterday according to health officials": the source is a name, or a noun
  phrase of people, a body or a document, in a few words ("according to plan" or "according to the rules"
  back nothing).
* **A view or a "per"** attributes like "according to" when it opens its sentence: "In his opinion, a specialist has
  almost no chance …" (cue ``opinion``, speaker ``his``), "In the view of the court, …", "Per Reuters, …" (a
  person or a body after "Per", not "Per the request").
* **Past the source's role**: "According to John Smith, the company's chief executive, sales rose …" reports what
  follows the role, a phrase without a verb between commas after the name.
* **In a relative clause**: "Turkey and Libya signed an agreement, according to which a section … would cross the
  Turkish zone" reports the clause after "which", backed by the thing it names.
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_referents import Speaker

#: Words after which a clause cannot stop: a verb that needs its complement, a preposition, an article, a
#: subordinator ("Friday was when, according to …", "Six of the murders were, according to …").
_UNFINISHED = frozenset("""
    is are was were be been being am has have had will would can could should may might must do does did
    of by to for with from in on at into onto than about as like the a an its their his her our my your
    when where whom whose which that while because if and or but
""".split())
#: What ends a source's phrase before the words that describe it: "a statement posted to his account".
_DESCRIBED = re.compile(r"\s+(?:%s|on|in|from|at|by|of|for|via|which|who|that)\b"
                        % "|".join(sorted(lex.DOCUMENT_PARTICIPLES)))
#: "according to which …", "according to whom …": a relative clause backed by the noun before it.
_RELATIVE_SOURCE = re.compile(r"\s+(?:which|whom)\s+")


#: A document and the participle that describes it, or its author: "a statement posted to his official Twitter
#: account", "a tweet on Monday by US Secretary of State Mike Pompeo".
_DESCRIBED_DOCUMENT = re.compile(r"\s*(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?P<head>[a-z]+)\s+"
                                 r"(?:%s|(?:on\s+[A-Z]\w+\s+)?by)\b" % "|".join(sorted(lex.DOCUMENT_PARTICIPLES)))


def described_document(text: str, lo: int, hi: int) -> bool:
    """Whether the source phrase ``[lo, hi)`` is a document with a participle after it: "a statement posted to …"."""
    match = _DESCRIBED_DOCUMENT.match(text, lo, hi)
    return bool(match) and match["head"] in lex.DOCUMENTS


def unfinished(head: str) -> bool:
    """Whether the words before an interrupting source stop where no clause ends: "Friday was when", "… home, then",
    or at a verb whose clause follows ("the Lord President of the court decided, according to the summary, that …")."""
    words = re.findall(r"[\w'’-]+", head)
    return bool(words) and (words[-1].lower() in _UNFINISHED | {"then"} or words[-1] in lex.SPEECH_VERBS)


def source_noun(text: str, source: Speaker, names: bool = True) -> bool:
    """Whether a source phrase names a source: a name, or a noun of people, a body or a document in its first words
    ("health officials", "a statement posted to his account", "the Vox website", "people familiar with the
    matter"), or with ``names`` a capitalised word ("GasBuddy"); not "plan", "the rules" nor, after "citing", a
    reason ("citing age and health concerns")."""
    if source.named:
        return True
    phrase = text[source.start:source.end]
    cut = _DESCRIBED.search(phrase)
    words = re.findall(r"[\w'’-]+", phrase[:cut.start()] if cut else phrase)
    return any(lex.head_kind(word) or word.lower() in lex.DOCUMENTS or names and word[0].isupper()
               for word in words[:5])


def relative_source(text: str, end: int, hi: int) -> int | None:
    """Where the clause of "according to which …" begins, right after the relative pronoun, or None."""
    match = _RELATIVE_SOURCE.match(text, end, hi)
    return match.end() if match else None


#: A view that attributes what follows it: "In his opinion, …", "In Smith's view, …", "In the view of the court, …",
#: "Per Reuters, …"; the group ``source`` is the one whose view it is, ``cue`` the word that attributes.
_VIEW = re.compile(r"(?:[Ii]n\s+(?:(?P<owner>his|her|their|its|(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}['’]s?)"
                   r"\s+(?P<cue>opinion|view)|the\s+(?P<cue2>opinion|view)\s+of\s+(?P<of>[^,;:“”\"]{2,60}))"
                   r"|(?P<cue3>Per)\s+(?P<per>(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,5}))\s*,\s+")


def views(text: str, lo: int, hi: int) -> tuple[tuple[int, int], tuple[int, int], int] | None:
    """For a sentence ``[lo, hi)`` that opens with a view ("In his opinion, …"): the span of the cue, the span of
    whose view it is, and where the attributed clause begins; else None."""
    match = _VIEW.match(text, lo, hi)
    if not match:
        return None
    cue = next(name for name in ("cue", "cue2", "cue3") if match.group(name))
    source = next(name for name in ("owner", "of", "per") if match.group(name))
    if source == "per" and not any(w[0].isupper() or lex.head_kind(w) in ("PERSON", "ORG")
                                   for w in match.group("per").split()[:4]):
        return None  # "Per the request, …": a document acted on, not a source; "Per capita …"
    start, end = match.span(source)
    if possessive := re.search(r"['’]s?$", match.group(source)):
        end -= len(possessive.group())  # "In Smith's view": Smith
    return match.span(cue), (start, end), match.end()



#: A post-nominal phrase after a source's name, up to its closing comma: ", the company's chief executive,",
#: ", formerly the director of the agency,".
_APPOSITION = re.compile(r",\s+(?P<phrase>(?:formerly|former|currently|now)?\s*(?:the|a|an|his|her|its|their|"
                         r"[A-Z][\w.'’-]*['’]s)\s+[^,;:“”\"«»()]{1,80}?|(?:formerly|former)\s+[^,;:“”\"«»()]{1,80}?),\s")


def past_apposition(text: str, start: int, hi: int, finite_at) -> int:
    """Where the clause of "according to X" starts when X's name has a role after it: "According to John Smith, the
    company's chief executive, sales rose …" reports ``sales rose …``; ``start`` is the comma after the name,
    ``finite_at(lo, hi)`` whether words there hold a finite verb (the phrase must not, what follows must)."""
    match = _APPOSITION.match(text, start, hi)
    if not match or finite_at(match.start("phrase"), match.end("phrase")):
        return start
    comma = text.find(",", match.end(), hi)
    rest = (match.end(), comma if comma > 0 else hi)  # what follows opens a clause, up to its first comma
    if re.match(r"(?:who|whom|whose|which|that)\b", text[rest[0]:rest[1]]) or not finite_at(*rest):
        return start  # "According to Reuters, the minister, a close ally of the president, resigned …"
    return match.end()


#: A document noun and the relative pronoun of its report: "a blog post that said …", "a statement which claimed …".
_DOCUMENT_RELATIVE = re.compile(r"\b(?:%s)(\s+(?:that|which)(?:\s+(?:%s))*\s*)$" % (
    lex.DOCUMENT_NOUN, "|".join(sorted(lex.SUBJECT_GAP))), re.IGNORECASE)


def document_relative(text: str, lo: int, pos: int) -> int | None:
    """Where the relative pronoun right before a reporting verb at ``pos`` starts (from ``lo``) when its head is a
    document, whose noun phrase is then the verb's subject: "a blog post that said …"; else None."""
    found = _DOCUMENT_RELATIVE.search(text[lo:pos])
    return found.start(1) if found else None
