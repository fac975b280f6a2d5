"""Names that are no subject, for ``rules_speakers``: the object of a preposition ("decided not to play for the
Iranian Chess Federation saying", "described for news agency PA Media how … stating"), the owner of the body a
person belongs to ("Sally Wasef of Australia's Griffith University") and the state after a town ("police in
Baytown, Texas")."""

from __future__ import annotations

import re
from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_head_kinds import head_kind
from newsquotes.models.rules_nominals import after_place, leading_nominal, nominal_person
from newsquotes.models.rules_phrases import Speakers, person_body
from newsquotes.models.rules_referents import Speaker
from newsquotes.models.rules_uncued import opening_body

#: A preposition whose object is no subject, with up to three lower-case words between it and the name ("for
#: news agency PA Media", "an image of Mourinho"); not "by" ("described by Johnson as …" names the speaker), nor
#: the place or body a subject is at ("An exhibit at the American History Museum says", "officials in Omsk").
_OBJECT_OF = re.compile(r"\b(?:to|for|on|against|about|into|over|toward|towards|with|of|before|after)\s+"
                        r"(?:[a-z][\w-]*\s+){0,3}$")
#: The prepositions of a verb's object, whose name a participle after it does not take as its subject: not "with"
#: ("with Boswell stating"), "from" or "of" ("a banner from People's Vote saying": the owner's).
_VERB_OBJECT = re.compile(r"\b(?:to|for|at|on|against|about|into|over|toward|towards|in)\s+(?:[a-z][\w-]*\s+){0,3}$")
_POSSESSIVE = ("'s ", "’s ")


def object_of_preposition(text: str, lo: int, start: int) -> bool:
    """Whether the name at ``start`` is the object of a preposition in the clause from ``lo``."""
    return bool(_OBJECT_OF.search(text, lo, start))


def participle_past_object(text: str, lo: int, start: int) -> bool:
    """Whether a participle after the name at ``start`` follows a verb's object, so that the sentence's subject is
    its subject: "IM Dorsa Derakhshani decided not to play for the Iranian Chess Federation saying"."""
    return bool(_VERB_OBJECT.search(text, lo, start))


def member_before(text: str, mentions: list[Mention], lo: int, name: Mention) -> Mention | None:
    """The person whose phrase of affiliation ends in ``name``, a preposition's object: "Jennifer Daskal of American
    University and contributor to Slate wrote" (Daskal, not Slate)."""
    if not re.search(r"\b(?:of|to|for|at|from|with)\s+(?:the\s+)?$", text[lo:name.start]):
        return None
    people = [m for m in mentions if lo <= m.start and m.end < name.start and m.label == "PERSON"
              and re.fullmatch(r"\s+(?:of|from|at|for|with)\s+(?:[\w.'’-]+\s+){0,6}", text[m.end:name.start])]
    return people[-1] if people else None


#: A document's owner after it: "a report released by the ministry", "a letter signed by 40 MPs".
_ISSUED_BY = re.compile(r"\s+(?:%s)\s+by\s+(?P<owner>[^,;:“”\"«»()]+?)[\s.!?,;:]*$"
                        % "|".join(sorted(lex.DOCUMENT_MADE)))


def issued_by(text: str, mentions: list[Mention], document: Speaker, hi: int) -> Speaker | None:
    """A document named with its owner after it, when the phrase up to ``hi`` is the document and "released by" its
    owner: the mention is the whole phrase, named by the owner's name when the owner is a name."""
    words = re.findall(r"[a-z]+", text[document.start:document.end])
    match = _ISSUED_BY.match(text, document.end, hi)
    if document.named or not words or words[-1] not in lex.DOCUMENTS or not match or len(match["owner"].split()) > 6:
        return None
    end = match.end("owner")
    owner = next((m for m in mentions if match.start("owner") <= m.start and m.end <= end
                  and m.label in ("PERSON", "ORG")), None)
    return Speaker(document.start, end, owner.name if owner else text[document.start:end], bool(owner))


def past_owner(text: str, by_end: dict[int, Mention], lo: int, start: int) -> int:
    """Where the phrase of a body at ``start`` begins once the name that owns it is taken in: the start of
    "Australia" in "Australia's Griffith University"."""
    owner = by_end.get(start - 3) if text[start - 3:start] in _POSSESSIVE else None
    return owner.start if owner is not None and owner.start >= lo and owner.label in ("GPE", "ORG", "NORP") else start


def state_after_town(text: str, mentions: list[Mention], stop: int, hi: int) -> int | None:
    """The comma after a state or country that follows a town and a comma in a source phrase ending at ``stop``
    ("according to police in Baytown, Texas, …"): where the phrase ends then, else None."""
    after = re.match(r",\s+", text[stop:hi])
    if not after or not text[stop - 1].isalpha() or not re.search(r"\b[A-Z][\w.-]+$", text[:stop]):
        return None
    place = next((m for m in mentions if m.start == stop + after.end() and m.label == "GPE"), None)
    if place is None or text[place.start:place.end] not in lex.GPE or text[place.end:place.end + 1] != ",":
        return None
    return place.end


def sentence_subject(finder: Speakers, lo: int, pos: int) -> Speaker | None:
    """The name a sentence is about when its first verb reports nothing: "Cramer went on a tirade …, saying",
    "Ballmer expressed condolences and described him as …": the first person, else organisation, before ``pos``,
    that is no preposition's object ("An eyewitness described for news agency PA Media how …, stating" names
    no one)."""
    text, mentions = finder.text, finder.mentions
    lead = re.match(r"\W*(?:(?:%s)\W+)*(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey)\s" % "|".join(sorted(lex.STOP)), text[lo:pos])
    if lead and lead["pronoun"].lower() in lex.PRONOUNS:  # "He then approached a director and said"
        return finder.speaker(lo + lead.start("pronoun"), lo + lead.end("pronoun"))
    if nominal := leading_nominal(text, lo, pos, mentions, head_kind):
        return finder.speaker(*nominal)  # "The embassy declined the request and said"
    if (after := after_place(text, lo, pos)) > lo:  # "In Minnesota, a bartender praises …:"
        lo = after
        if end := nominal_person(text, lo, pos, mentions, head_kind):
            return finder.speaker(lo, end)
    if body := opening_body(finder, lo, pos):
        return body  # "In a statement, the Department of Defense justified the strike, approved by Trump, as"
    names = [m for m in mentions if lo <= m.start and m.end <= pos and m.label in ("PERSON", "ORG", "GPE")
             and not object_of_preposition(text, lo, m.start)]
    # an owner is no subject when a name that owns nothing follows: "Parise’s performance …, Wild coach Boudreau"
    names = sorted(names, key=lambda m: text.startswith(_POSSESSIVE, m.end) and any(
        not text.startswith(_POSSESSIVE, n.end) for n in names if n.label == m.label))
    best = next((m for m in names if m.label == "PERSON"), None) or next(
        (m for m in names if m.label == "ORG" or finder.is_subject(m)), None)
    if best and best.label == "PERSON" and (body := person_body(text, lo, best.start, best.end, pos)):
        return finder.speaker(*body)  # "The Trump campaign criticized …, accusing"
    if best and best.label != "PERSON" and (end := _head_after(text, best.end, pos)):
        return finder.speaker(best.start, end)  # "Hong Kong police have laid siege … and threatened": the police
    return finder.speaker(best.start, best.end, best) if best else None


#: Up to three lower-case words after a name, and the place or body a head among them is "to" or "of".
_WORDS_AFTER = re.compile(r"(?:['’]s)?(?P<words>(?:\s+[a-z][\w-]*){1,3})")
_HEAD_LINK = re.compile(r"\s+(?:to|of|for|at|in)\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*")


def _head_after(text: str, start: int, pos: int) -> int | None:
    """The end of a noun phrase that a name at ``start`` opens, with a speaker's head: "Hong Kong police", "China’s
    ambassador to Britain" (the police and the ambassador are the subject, not the place)."""
    words = _WORDS_AFTER.match(text, start, pos)
    at = words and words.start("words")
    for word in re.finditer(r"\s+([a-z][\w-]*)", text[at:words.end()] if words else ""):
        if word[1] in lex.STOP or word[1] in lex.FINITE:
            return None
        if head_kind(word[1]) in ("PERSON", "ORG"):
            end = at + word.end()
            link = _HEAD_LINK.match(text, end, pos)
            return link.end() if link else end
    return None


def opening_participle_subject(finder: Speakers, start: int, word: str, hi: int) -> Speaker | None:
    """The subject of the main clause after a participle that opens its sentence: "Saying “…” …, President
    Fernández elaborated, “…”" (Fernández): the first person after the quotation and a comma, before a word in
    lower case (not one after a translation of the quotation, which runs on to the name)."""
    if not word.endswith("ing") or not finder.layout.starts_sentence(start):
        return None
    text = finder.text
    for m in finder.mentions:
        if start < m.start < hi and m.label == "PERSON" and re.search(r"(?:[”\"],|,[”\"])\s+(?:[A-Z][\w.-]*\s+){0,3}$", text[start:m.start]) \
                and re.match(r"\s+[a-z]+\b", text[m.end:hi]):
            return finder.speaker(m.start, m.end, m)
    return None
