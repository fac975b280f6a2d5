"""The noun phrase that opens a sentence as the subject of its reporting verb, for the ``rules`` model.

When no name, pronoun or known noun ends right before a reporting verb, the words from the start of its sentence to
the verb still make its subject when they are a plain noun phrase that can name a source (a name, a share, a noun of
people, a body or a document): "Cisco states that …", "Some say …", "70% of small businesses say …", "Reports as of
Wednesday said …", "Another report from the Mexican government during the weekend said …", "Critics from across
Britain's political spectrum have claimed …"; not "The results suggest …", an inference. An opening adjunct set off
by a comma stays out ("In Wisconsin, the vice president of the state's restaurant association says …"); a run of
capitalised words after such a comma is a source the entity finder does not know ("As if things weren’t murky
enough, Deadline reports that …"). Words with a verb, a quotation or a clause's comma in them are no subject ("The
talks failed, he said", "Researchers used the function to conclude", "The officials who ordered the change
claimed").
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_finite import ed_form
from newsquotes.models.rules_referents import Speaker
from newsquotes.models.rules_text import Layout

#: Words that open a clause or an adjunct rather than a subject: "When …", "If …", "Although …".
_NOT_SUBJECT_OPENERS = frozenset("""
    when while if although though because since as after before until unless whether where once so but and or
    it this that these those there here he she they we i you let let's let’s rather in on at for with by from of
    to about into over under through during without
""".split())
#: Words a subject does not end with: "Pre-orders of the [recently announced]", "Protesters' demands include
#: investigation of [alleged …]".
_OPEN_ENDS = frozenset("the a an its his her their our my your of to in on at for with by from and or but as".split())
#: Words that open a relative clause inside a subject, whose verb the fallback cannot see.
_RELATIVES = frozenset("who whom whose which that".split())
#: An adjunct that may open a sentence before its subject: "In Wisconsin,", "This year,", "On Monday,".
ADJUNCT = re.compile(r"(?:(?:in|on|at|during|after|before|since|for|by|alongside|this|last|earlier|later|meanwhile|however|"
                     r"also|separately|instead|still|today|yesterday)\b[^,;:“”\"«»]{0,60},\s*)+", re.IGNORECASE)
_MAX_WORDS = 10
#: Words that name a group's share as a subject: "Some say …", "Others believe …", "Both sides said …".
_QUANTIFIERS = frozenset("some others many several most all both few one".split())
#: A time after the subject's head, no part of its name: "Reports as of Wednesday", "Another report … during the
#: weekend".
_TIME_TAIL = re.compile(r"\s+(?:as\s+of|during|on|in|over|last|this|earlier|late|early)\s+(?:the\s+)?(?:%s|weekend|week|"
                        r"month|year|morning|afternoon|evening|night|day|\d)[\w\s,.]*$"
                        % "|".join(lex.DAYS_AND_MONTHS))


def _has_verb(words: list[str]) -> bool:
    """Whether the words hold a verb form: an auxiliary, a common past or a past in -ed after the first word."""
    return any(w.lower() in lex.FINITE or w.lower() in lex.SPEECH_VERBS - {"reports", "report"} or "n't" in w
               or "n’t" in w or (k > 0 and w.islower() and ed_form(w))
               for k, w in enumerate(words))


def _names_a_source(words: list[str]) -> bool:
    """Whether a noun phrase can name a source: a name, a share ("Some", "70% of …"), or a noun of people, a body or a
    document ("Critics from across …", "Another report from …"); not "The results" or "The surge in complaints"."""
    return (words[0].lower() in _QUANTIFIERS or words[0][0].isdigit() or any(
        lex.head_kind(w) or w.lower() in lex.DOCUMENTS or k > 0 and w[0].isupper() and w.lower() not in lex.DETERMINERS
        for k, w in enumerate(words)) or len(words) == 1)


#: A run of capitalised words that opens a clause after a comma, right before its verb: "As if things weren’t murky
#: enough, Deadline reports that …" (a source the entity finder does not know).
_NAME_AFTER_COMMA = re.compile(r",\s+(?P<name>(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*)\s+$")


def _name_after_comma(layout: Layout, speakers, lo: int, start: int) -> Speaker | None:
    name = _NAME_AFTER_COMMA.search(layout.text, lo, start)
    if not name or speakers.quotations.between(lo, start) or any(
            w in lex.STOP or w.lower() in lex.PRONOUNS or w.lower() in _NOT_SUBJECT_OPENERS for w in name["name"].split()):
        return None
    named = next((m for m in speakers.mentions if m.start == name.start("name") and m.end == name.end("name")), None)
    return speakers.speaker(name.start("name"), name.end("name"), named)


def leading_subject(layout: Layout, speakers, start: int) -> Speaker | None:
    """The plain noun phrase from the start of the sentence to the reporting verb at ``start`` (past the words
    that may stand between a subject and its verb: "has", "also" …), or None."""
    text = layout.text
    lo = layout.sentence(start)[0]
    head = text[lo:start]
    words = re.findall(r"[\w%'’.-]+|[^\w\s]", head)
    while words and words[-1].lower() in lex.SUBJECT_GAP:
        words.pop()
    if adjunct := ADJUNCT.match(head):
        lo += adjunct.end()
        head = text[lo:start]
        words = re.findall(r"[\w%'’.-]+|[^\w\s]", head)
        while words and words[-1].lower() in lex.SUBJECT_GAP:
            words.pop()
    plain = [w for w in words if re.match(r"[\w%]", w)]
    if not plain or len(plain) > _MAX_WORDS or len(plain) != len(words) - sum(w in "'’" for w in words):
        return _name_after_comma(layout, speakers, lo, start)  # punctuation inside: a clause, an appositive or a quotation
    if plain[0].lower() in _NOT_SUBJECT_OPENERS or not (plain[0][0].isupper() or plain[0][0].isdigit() or adjunct):
        return None
    if plain[-1].lower() in _OPEN_ENDS or any(w.lower() in _RELATIVES for w in plain) or any(
            w.endswith(("'s", "’s", "'", "’")) for w in plain[-2:]):
        return None  # "Chuck Schumer’s disgusting [claim]": the verb form is a noun
    if _has_verb(plain) or (len(plain) == 1 and plain[0].lower() in lex.PRONOUNS) or not _names_a_source(plain):
        return None
    end = lo + len(head.rstrip())
    for _ in range(len(words)):  # leave out the words between the subject and its verb
        gap = re.search(r"\s+([\w'’-]+)$", text[lo:end])
        if not gap or gap.group(1).lower() not in lex.SUBJECT_GAP:
            break
        end = lo + gap.start()
    begin = lo + len(head) - len(head.lstrip())
    if timed := _TIME_TAIL.search(text, begin, end):
        end = timed.start()
    if end <= begin:
        return None
    named = next((m for m in speakers.mentions if m.start == begin and m.end == end), None)
    return speakers.speaker(begin, end, named)
