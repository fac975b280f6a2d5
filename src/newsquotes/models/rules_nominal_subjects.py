"""Nominal subjects for the ``rules`` model: a noun phrase with a speaker's head that ends where a reporting verb's
subject ends ("an official at the ministry", "the study's authors", "The owner of the Make Crate subscription
service"), past an opening word that is no part of it ("But media said", "On Monday police said").
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_groups import SHARE_OF
from newsquotes.models.rules_head_kinds import head_kind
from newsquotes.models.rules_phrases import Speakers
from newsquotes.models.rules_referents import Speaker

_LINK = r"(?:at|of|for|from|with|in)"
#: What people who speak unnamed know or are close to: "people familiar with the matter", "sources close to him".
_KNOWING = r"(?:(?:familiar|close|knowledgeable|involved|briefed)\s+(?:with|to|about|in|on)|aware\s+of)"
_DETERMINER = r"(?:[Tt]he|[Bb]oth|[Ee]ach|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|[Oo]ne|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Aa]nother)"
#: Words that end a noun phrase on their left: a modifier is never one of them.
_NOT_MODIFIER = (r"(?:%s|on|to|by|as|and|or|but|that|which|who|is|was|were|are|has|have|had|be|been|not|"
                 r"the|a|an|this|its|his|her|their|after|before|when|while|because|since|until|unless|once|if|"
                 r"comes|came)" % _LINK[3:-1])
#: A speaker noun phrase that ends where the cue's subject ends: "an official at the ministry", "the study's
#: authors", "Reuters' correspondent". A capitalised word may stand as determiner ("Microsoft spokesman").
_NOMINAL_FORM = (
    r"(?<![\w'’&-])(?:(?:%s|(?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){0,2}\w[\w-]*(?:['’]s|s['’])|[A-Z][\w.&-]*)\s+)?(?:(?!%s\b)\w[\w-]*\s+){0,3}"
    r"(?P<head>(?!%s)(?:\d+-)?[a-z][\w-]*)(?P<link>\s+(?:%s)\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}[\w-]+)%s$")
_NOMINAL = re.compile(_NOMINAL_FORM % (_DETERMINER, _NOT_MODIFIER, _KNOWING, f"{_KNOWING}|{_LINK}", "?"))
#: A person's role with the place or body it is "to": "China’s ambassador to Britain", "an adviser to the president".
_ROLE_TO = re.compile(_NOMINAL_FORM % (_DETERMINER, _NOT_MODIFIER, _KNOWING, "to", ""))
#: A day or month that an adverbial before the subject ends with: "On Thursday officials reported".
_WHEN = frozenset(lex.DAYS_AND_MONTHS)
_LAST_AND = re.compile(r"\s(?:and|or)\s(?!.*\s(?:and|or)\s)")
_SUBORDINATORS = frozenset("although though while whereas because since as if when and but".split())


def nominal_ending_at(speakers: Speakers, lo: int, end: int) -> Speaker | None:
    """A noun phrase with a speaker's head that ends at ``end``: "an official at the ministry"."""
    text = speakers.text
    nominal = _ROLE_TO.search(text, lo, end)
    if not (nominal and head_kind(nominal["head"]) == "PERSON"):
        nominal = _NOMINAL.search(text, lo, end)
    while nominal and not _kind(nominal):
        # "a copy of something and your friend": the second; "The head of the police's internal investigators": the
        # phrase after the link, whose head ``rules_phrases.head_before`` then reads
        joint = _LAST_AND.search(text, nominal.start(), end)
        owned = nominal["link"] and re.match(r"\s+\w+\s+(?:the\s+)?[\w.-]+['’]s\s", nominal["link"])
        after = joint.end() if joint else nominal.end("head") + 1 if owned else None  # not "tens of thousands of …"
        nominal = _NOMINAL.search(text, after, end) if after else None
    if nominal and _kind(nominal):
        start = nominal.start()
        for _ in range(2):  # "But media said", "On Monday police said": neither "But" nor "On Monday"
            first = re.match(r"[\w.-]+", text[start:end]).group()
            if first in lex.STOP and not re.fullmatch(_DETERMINER, first) or first in _SUBORDINATORS or first in _WHEN:
                start = speakers.layout.words_in(start + len(first), end)[0][0]
        the = re.search(r"\b[Tt]he\s+$", text[max(lo, start - 4):start])
        if the and text[start].isupper():  # "The U.S. military described": the article opens the phrase
            start -= len(the.group())
        if share := SHARE_OF.search(text, lo, start):
            start = share.start()  # "One of the victims said": the share is the speaker
        if nominal["link"] and _kind(nominal) == "PERSON":
            # "The owner of the Make Crate subscription service": a person its own words single out, no one named before
            # unless as the title of a name ("China’s ambassador to Britain Liu Xiaming has said")
            return Speaker(start, end, speakers.referents.titled_name(start, end))
        return speakers.speaker(start, end)
    return None


def _kind(nominal: re.Match) -> str | None:
    """What a nominal's head refers to; "a person" only with what they know: "A person familiar with the matter"
    (not "one person says", a case put in an interview)."""
    knowing = nominal["link"] and re.match(r"\s+%s" % _KNOWING, nominal["link"])
    return head_kind(nominal["head"]) or ("PERSON" if knowing and nominal["head"] == "person" else None)


#: Verbs of speech after which a subject's relative clause ends: "analysts who have done the calculations say".
SPEECH = frozenset("say says said tell tells told add adds added announce announces announced state states stated".split())
#: Their past forms, whose noun-phrase subject speaks whatever its head noun: "The utility said it will …" (in the
#: present a phrase of any head is often no one's words: "the writing says", "the seller tells you"). Verbs of
#: evidence ("showed", "found") keep to the heads that can be evidence.
SPEECH_PAST = frozenset("said told added announced stated".split())
#: Words after which a clause's subject begins: "Then the utility said", "so the utility said".
_OPENERS = frozenset(w.lower() for w in lex.SENTENCE_LINKS) | {"that", "also"}
#: A definite or possessed noun phrase of any head, that ends where the verb's subject ends; not one after "this"
#: ("this person said"), which goes back to someone named before whom the phrase's words do not name.
_ANY_NOMINAL = re.compile(r"(?<![\w'’&-])(?P<np>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+"
                          r"(?:(?!%s\b)\w[\w-]*\s+){0,2}(?P<head>(?!%s\b)(?:\d+-)?[a-z][\w-]*))$" % (_NOT_MODIFIER, _NOT_MODIFIER))


def any_nominal_ending_at(speakers: Speakers, lo: int, end: int) -> Speaker | None:
    """A noun phrase of any head that is a source, ending at ``end`` before a verb of speech: "The utility"."""
    text = speakers.text
    nominal = _ANY_NOMINAL.search(text, lo, end)
    head = nominal and nominal["head"].lower()
    if not nominal or head.rstrip("s") in lex.NO_SOURCE_HEADS or head in lex.PRONOUNS:
        return None
    before = text[lo:nominal.start("np")].rstrip()
    last = before.split()[-1].lower() if before.split() else ""
    if before and not re.search(r"[,;:—–-]$", before) and last not in _SUBORDINATORS | _OPENERS:
        return None  # "Executives across the world say": the phrase is a preposition's object, not the subject
    return speakers.speaker(nominal.start("np"), end)
