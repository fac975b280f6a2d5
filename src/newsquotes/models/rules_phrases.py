"""Where a speaker's phrase begins and ends, for the ``rules`` model.

Coordinated sources of one clause are one speaker named by its own words ("Biden and Sanders announced",
"State and federal election officials have stated", "The Investigative Committee and the Federal Security
Service said", the article left out as before a name). The source after "according to" is its first person,
else its longest organisation, unless that only modifies a role ("the El Paso mayor") or is the last of
coordinated sources ("Reuters and NBC"), or the names only say where or whose its people are ("sources within
the Democratic Party", "Johnson's critics"): then the phrase is named by its own words. A subject whose head
comes before a link is the whole phrase ("scientists from the University of Bristol and UC Davis say",
"criticism within Serbia has said"). Also here: the subject after an inverted verb ("said council member
Dana Ortiz") and the person or he/she that opens a sentence (the speaker of a quotation without a cue), or the
body that person's name modifies ("The Biden campaign"). A share of a group ("One of the victims said",
``rules_groups.SHARE_OF``) and a nominal speaker of a body ("A spokesperson for Stagecoach South said": not
Stagecoach South) are read in ``rules_speakers``.
"""

from __future__ import annotations

import re

from typing import Protocol

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_document_owners import OWNER_WRITTEN, owner_and_end
from newsquotes.models.rules_document_venues import in_venue
from newsquotes.models.rules_head_kinds import group_kind, head_kind
from newsquotes.models.rules_inverted_nominals import unlisted_subject
from newsquotes.models.rules_referents import Speaker
from newsquotes.models.rules_sources import source_noun
from newsquotes.models.rules_text import Layout


class Speakers(Protocol):
    """What the phrase readers use of ``rules_speakers.Speakers``, which imports this module."""

    text: str
    layout: Layout
    mentions: list
    quotations: object
    by_end: dict
    referents: object

    def speaker(self, start: int, end: int, *args, **kwargs) -> Speaker: ...

    def is_subject(self, *args, **kwargs) -> bool: ...

#: Where a source phrase ends before a day, a channel or a comma: "officials on Saturday", "… via Interfax".
_SOURCE_TAIL = re.compile(r",|\s+(?:via\s|(?:on|in|last|this|early|late)\s+(?:%s|week|month|morning|evening|night|\d))"
                          % "|".join(lex.DAYS_AND_MONTHS))
#: A relay inside a source phrase, whose cited source alone is the speaker: "a report citing", "media quoting".
_RELAY = re.compile(r"\s(?:%s)\s+" % "|".join(sorted(lex.CITING)))
#: A dash that ends a source phrase before the writer's own words: " — ", " – ", " - ".
SOURCE_DASH = re.compile(r"\s*—|\s+[–-]\s")
#: What joins two coordinated sources: "and", with the second one's article.
_AND = re.compile(r"\s+and\s+(?:the\s+)?$")
#: Words that may open the words before a coordinated source: "But", "However," …
_OPENERS = frozenset(w.lower() for w in lex.STOP.union(lex.SENTENCE_LINKS))


def coordinated_start(layout: Layout, lo: int, start: int) -> int | None:
    """Where the first of two coordinated sources begins when the one at ``start`` is the second: the
    capitalised words (one word, or a name of up to six words) that open the clause before "and", else None."""
    text = layout.text
    joint = _AND.search(text, lo, start)
    if not joint:
        return None
    words = layout.words_in(lo, joint.start())
    first = None
    for k in range(len(words) - 1, max(len(words) - 7, -1), -1):
        s, e = words[k]
        word = text[s:e]
        gap = text[e:words[k + 1][0]] if k + 1 < len(words) else text[e:joint.start()]
        if gap.strip() or not (word[0].isupper() or word in lex.CONNECTORS and first is not None) or word in lex.STOP:
            break
        first = s
    if first is None or text[first:first + 1].islower() or " the " in text[first:joint.start()]:
        return None  # "Carl Hensman of the Bill and Melinda Gates Foundation": one name
    before = text[lo:first]
    opening = not before.strip() or before.rstrip().endswith((",", ";", ":", "(")) or all(
        w.lower() in _OPENERS for w in re.findall(r"[\w'’]+", before)) or re.search(r"\b(?:that|but|while)\s+$", before)
    return first if opening else None


def source_phrase(speakers: Speakers, lo: int, hi: int) -> Speaker | None:
    """The speaker named in the source phrase ``[lo, hi)``: its first person, else its longest organisation;
    coordinated sources ("Reuters and NBC") and a role an organisation modifies ("the El Paso mayor") are
    named by their own words."""
    text, layout = speakers.text, speakers.layout
    if dash := SOURCE_DASH.search(text, lo, hi):
        hi = dash.start()  # "according to a new report from Reuters — a direct result of …"
    if (relay := _RELAY.search(text, lo, hi)) and (cited := source_phrase(speakers, relay.end(), hi)) and source_noun(
            text, cited):  # "according to a report citing the mayor's office", not "… citing security concerns"
        return cited
    inside = [m for m in speakers.mentions if lo <= m.start and m.end <= hi and m.label in ("PERSON", "ORG")
              and not _modifies_role(text, m.end)  # "the El Paso mayor": the mayor, not the city
              and not in_venue(text, lo, m.start)]  # "a case report published in the journal BMJ Case Reports"
    people = [m for m in inside if m.label == "PERSON"]
    best = people[0] if people else max(inside, key=lambda m: m.end - m.start, default=None)
    phrase = re.match(r"\s*(.*?)[\s.!?:;,]*$", text[lo:hi])
    if not phrase.group(1):
        return None
    start, end = lo + phrase.start(1), lo + phrase.end(1)
    if (dated := _SOURCE_TAIL.search(text, start, end)) and dated.start() > start:
        end = dated.start()  # "officials on Saturday", "the mayor via news agency Interfax", "reports, resulting in …"
    if owned := owner_and_end(speakers.referents, start, end):
        return Speaker(start, owned[1], owned[0])  # "a statement posted to his official Twitter account": his
    if inside and _people_around(text, start, inside, end):
        inside, people, best = [], [], None  # "according to sources within the Democratic Party"
    last = max(inside, key=lambda m: m.end, default=None)
    affiliated = any(p.start < last.start and re.match(r"\s+(?:of|from|at|for)\s", text[p.end:p.end + 6]) for p in people)
    if last and re.search(r"\S\s+and\s+(?:the\s+)?$", text[start:last.start]) and "," not in text[start:last.start] \
            and not affiliated:  # "Commissioner James Rovella of the Department of … and Public Protection": one source
        return Speaker(start, last.end, text[start:last.end])  # "According to Reuters and NBC, …"
    if best:
        owner = re.search(r"(\S+)['’]s\s+$", text[lo:best.start])
        owned = owner and speakers.by_end.get(lo + owner.end(1))
        start = owned.start if owned else best.start  # "Saudi Arabia's Civil Defense Authority"
        return Speaker(start, best.end, best.name, True)
    for k, (s, e) in enumerate(layout.words_in(start, end)):
        word = text[s:e]
        if k >= 2 and (word in ("who", "which", "that") or word in lex.DOCUMENT_PARTICIPLES or re.fullmatch(r"[a-z]{3,}ed", word)):
            end = text.rindex(" ", start, s)  # "an Internet posting made just over 24 hours ago"
            break
    return speakers.speaker(start, end)


#: People whose link names the body or place after it: "sources within the", "an official at the central".
_PEOPLE_OF = re.compile(r"(?:(?:the|a|an|some|several|many|two|three|one)\s+)?(?:[\w'’-]+\s+){0,2}?(?P<head>[a-z][\w-]*)\s+"
                        r"(?:from|within|in|at|of|for|among|with)\s+(?:the\s+(?:[a-z][\w-]*\s+){0,2})?", re.IGNORECASE)
#: People a name owns: "'s critics", "'s chief veterinary officer".
_OWNED_PEOPLE = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,3}(?P<head>[a-z][\w-]*)")


def _people_around(text: str, start: int, names: list, end: int) -> bool:
    """Whether the names in a source phrase ``[start, end)`` only say whose or where its people are, so that the
    phrase is its own speaker: "sources within the Democratic Party", "a spokesperson for Stagecoach South",
    "Johnson's critics" (but "Cornyn's spokesman" speaks for Cornyn)."""
    before = _PEOPLE_OF.fullmatch(text, start, min(m.start for m in names))
    after = _OWNED_PEOPLE.fullmatch(text, max(m.end for m in names), end)
    return bool(before and _people(before["head"]) or after and _people(after["head"]) and (
        after["head"].lower() not in lex.SPOKESPEOPLE))


def _people(word: str) -> bool:
    """Whether a head noun names people who speak, not a document ("a report from", "Cornyn's statement")."""
    lower = word.lower()
    return lower not in lex.DOCUMENTS and lower.rstrip("s") not in lex.DOCUMENTS and (
        group_kind(lower) == "PERSON" or lex.head_kind(lower) == "OTHER")


def _modifies_role(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` stands before a role noun it modifies: "El Paso mayor", "Trump spokesman"."""
    after = re.match(r"\s+([a-z][\w-]*)\b", text[end:end + 30])
    return bool(after) and head_kind(after.group(1)) == "PERSON"


#: A plural noun of people with up to two modifiers and no determiner, ending a sentence or before "at", "in" or
#: "from": "said researchers.", "said local officials in the province".
_BARE_PLURAL = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z]+s|police))(?=\s*[.,;]|\s+(?:at|in|from|of|with)\s)")


#: A person's role a body's name owns, named by no name after it: "'s sales, service, and marketing vice president".
_OWNED_ROLE = re.compile(r"['’]s?\s+(?:[a-z][\w-]*,?\s+){0,5}(?P<head>[a-z][\w-]*)(?=\s*(?:[.,;:!?]|$)|\s+(?:in|at|on|during|when|who)\s)")


#: The owner written after an inverted document: "from the White House", "by Boeing".
_DOCUMENT_OWNER = re.compile(r"\s+(?:from|by)\s+(?:the\s+)?" + OWNER_WRITTEN.pattern)


def subject_after(speakers: Speakers, pos: int, hi: int) -> Speaker | None:
    """The subject after an inverted verb: `said Ambassador Mohib`, `said the post`."""
    text = speakers.text
    closing = [m for m in speakers.mentions if pos <= m.start < hi and m.label == "PERSON"
               and re.fullmatch(r",\s*", text[max(pos, m.start - 2):m.start]) and not text[m.end:hi].strip(" .")]
    if closing:  # "said chief investment officer at Solaris Asset Management, Tim Ghriskey."
        return speakers.speaker(closing[-1].start, closing[-1].end, closing[-1])
    fallback, edge = None, pos
    for m in speakers.mentions:
        if not edge <= m.start < hi:
            continue
        # "said The We Company’s executive chair Marcelo Claure": a body's possessive before its person's role
        owner = r"(?:['’]s)?" if edge > pos else ""
        role = re.fullmatch(owner + r"\s+(?:(?:the|a|an)\s+)?((?:[A-Za-z\d][\w.'’-]*\s+){0,4})", text[edge:m.start]) or (
            re.fullmatch(r"\s+((?:(?:[A-Z][\w.'’-]*|of|the|for|and|on)\s+){0,8})", text[edge:m.start]))
        # "tweeted Mayor of London Sadiq Khan": a title's link before the name of a place or body in it
        title = role and role.group(1).split() + ([text[m.start:m.end].split()[0]] if m.label != "PERSON" else [])
        if not role or not _title_words(title, edge > pos) and any(
                w in lex.NOT_CLAUSE or w in lex.SPEECH_VERBS for w in role.group(1).split()):
            break
        if m.label == "PERSON":
            return speakers.speaker(m.start, m.end, m)  # "said council member Dana Ortiz"
        # "said German Economy Minister Rainer Bruederle", "says ANA senior vice president Mitsuo Morimoto":
        # a people, place or organisation may be part of the role before a person
        fallback = fallback or (m if m.label not in ("NORP", "GPE") else None)
        edge = m.end
    if fallback and (role := _OWNED_ROLE.match(text, fallback.end, hi)) and head_kind(role["head"]) == "PERSON":
        return speakers.speaker(fallback.start, role.end("head"))  # "said GM's marketing vice president in a call"
    if fallback:
        return speakers.speaker(fallback.start, fallback.end, fallback)
    nominal = re.match(r"\s+((?:the|a|an|one|another|he|she|they|it)\b(?:\s+[a-z\d][\w-]*(?:['’]s)?){0,3})", text[pos:hi])
    if (bare := _BARE_PLURAL.match(text, pos, hi)) and head_kind(bare["head"]):
        return speakers.speaker(bare.start(1), bare.end(1))  # "“…,” said researchers.": people named by a plural
    if nominal:
        words = nominal.group(1).split()
        for k in range(len(words), 0, -1):
            if k == 1 and words[0] in lex.PRONOUNS or k > 1 and head_kind(words[k - 1]):
                start = pos + nominal.start(1)
                end = start + len(" ".join(words[:k]))
                if words[k - 1] in lex.DOCUMENTS and (owner := _DOCUMENT_OWNER.match(text, end, hi)):
                    end = owner.end()  # "said a statement from the White House": the document with its owner
                return speakers.speaker(start, end)
    return speakers.speaker(*span) if (span := unlisted_subject(text, pos, hi)) else None


def _title_words(words: list[str], continued: bool) -> bool:
    """Whether words are a capitalised title with its links: "Secretary of the Interior", or the end of one that
    runs on after a name in it ("White House Office of Science | and Technology Director")."""
    return bool(words) and (words[0][0].isupper() or continued) and words[-1][0].isupper() and all(
        w[0].isupper() or w in ("of", "the", "for", "and", "on") for w in words)


def leading_person(speakers: Speakers, lo: int, hi: int) -> Speaker | None:
    """The person or the he/she that opens the sentence text ``[lo, hi)``, outside quotations."""
    lead = re.match(r"\W*(?:(?:%s)\W+)*(?P<pronoun>[Hh]e|[Ss]he)\s" % "|".join(sorted(lex.STOP)), speakers.text[lo:hi])
    if lead and not speakers.quotations.inside(lo + lead.start("pronoun")):
        return speakers.speaker(lo + lead.start("pronoun"), lo + lead.end("pronoun"))
    person = next((m for m in speakers.mentions if lo <= m.start and m.end <= hi), None)
    if person and person.label == "PERSON" and speakers.is_subject(person):
        if body := person_body(speakers.text, lo, person.start, person.end, hi):
            return speakers.speaker(*body)
        return speakers.speaker(person.start, person.end, person)
    return None


def person_body(text: str, lo: int, start: int, end: int, hi: int) -> tuple[int, int] | None:
    """The body or group a person's name at ``[start, end)`` modifies, with "the" before it, which is the subject:
    "The Trump campaign", "the Sanders team", "Trump supporters" (not a role, "Trump spokesman", whose holder is
    named after it)."""
    owned = re.match(r"\s+([a-z]+)\b", text[end:hi])
    if not owned or not (head_kind(owned[1]) == "ORG" or owned[1].endswith("s") and group_kind(owned[1]) == "PERSON"):
        return None
    the = re.search(r"\b[Tt]he\s+$", text[lo:start])
    return (lo + the.start() if the else start), end + owned.end()


#: Words that end a noun phrase on their left: a clause or a verb stands before the subject.
_NOT_IN_PHRASE = frozenset("""
    is was were are be been has have had will would can could may might that which who and but or when while if
    said says say told tells after before because since as
""".split())
#: A noun phrase that ends with a link before the phrase that follows: "Estimates by", "scientists from the",
#: "A source within the central".
_HEAD_LINK = re.compile(r"(?P<head>(?:[\w'’%.-]+\s+){1,6}?)(?P<link>by|from|of|in|within|among)\s+"
                        r"(?:the\s+(?:[a-z][\w-]*\s+){0,2})?$")
#: A name coordinated before the phrase that follows, both the link's: "the University of Bristol and", "the Georgia
#: Institute of Technology (GT) and".
_PARTNER = re.compile(r"[A-Z][\w.'’&-]*(?:\s+(?:(?:of|for|the|de)\s+){0,2}[A-Z][\w.'’&-]*){0,6}(?:\s+\([A-Z][\w.&-]*\))?"
                      r"\s+and\s+(?:the\s+)?$")


def head_before(layout: Layout, lo: int, start: int, person: bool = False) -> tuple[int, str] | None:
    """Where a subject begins whose head comes before the phrase at ``start`` and a link: "Estimates by event
    organizers indicate", "scientists from the University of Bristol say", "More than 95% of the participants
    indicated", "scientists from the University of Bristol and UC Davis say" (the link's two names, one phrase);
    with the link ("by"); None when the phrase at ``start`` opens its clause. A ``person`` at ``start`` is the
    phrase's only after a name coordinated with it ("UC Davis", read as a person's name): a person after a link is
    most often the one who speaks ("the speaker of the parliament Ali Larijani")."""
    text = layout.text
    before = text[lo:start]
    opening = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    clause = lo + opening + 1
    clause += len(before[opening + 1:]) - len(before[opening + 1:].lstrip(" \"“‘'"))  # ', "Women in Nevada have said'
    partner = _PARTNER.search(text, clause, start)
    if person and not partner:
        return None
    found = _HEAD_LINK.fullmatch(text, clause, partner.start() if partner else start)
    if not found or not text[clause:start].strip():
        return None
    words = re.findall(r"[\w'’%.-]+", found["head"])
    while words and words[0] in lex.STOP and words[0] not in ("More", "Most", "Some", "Many", "One", "The", "A", "An") and (
            len(words) > 1 or not head_kind(words[0])):
        words.pop(0)  # "But estimates by …", but "Sources within the Democratic Party"
    others = [k for k in range(1, len(words)) if words[k] in ("other", "others") and words[k - 1] == "and"]
    if not words or any(w.lower() in _NOT_IN_PHRASE for k, w in enumerate(words) if k + 1 not in others):
        return None  # but "Biden and others in the Democratic Party": one group
    if re.fullmatch(r"[a-z]{2,}[^e]ed", words[0]):
        return None  # "…, hosted by Bernard McGuirk and Sid Rosenberg, …": a participle's phrase, no head
    if len(words) > 1 and words[-1][0].isupper() and clause > lo:
        return None  # "…, the ruling Democratic Rally in Cyprus said": a body's name, not a head of people
    return text.index(words[0], clause), found["link"]
