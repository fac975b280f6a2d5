"""Reports whose cue is a noun of content, for the ``rules`` model: "Turkey maintains a position that only Northern
Cyprus …", "Caterpillar … to issue a warning that the standstill would …", "Trump has never wavered in his stance
that Iran cannot …", "the palace issued a statement to the effect the king considered …", "their call to
eliminate the agency" (labeling/GUIDELINES.md: a content noun is the cue when no verb reports the clause).

The noun reports only with its source next to it: an owner before it ("his stance", "Macron's recommendation") or
the subject of a verb that issues or holds it ("issued a warning", "maintains a position", "made an
announcement"); "the claim that …" with no one to make it is no quote. The clause is what follows "that" (or "to
the effect", or nothing before a pronoun or a subjunctive: "announcement it would buy …", "Macron's recommendation
the fires be added …"), opened by its subject (not a relative clause: "issued an order that bans …"; "a statement
that he drafted" is read as one, since a subject opens it), or the infinitive of a call or a promise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_clauses import Clauses, Found
from newsquotes.models.rules_complements import SUBJUNCTIVE
from newsquotes.models.rules_cues import Cue
from newsquotes.models.rules_head_kinds import head_kind
from newsquotes.models.rules_impossible_contents import impossible_content
from newsquotes.models.rules_marks import Quotations
from newsquotes.models.rules_nominal_subjects import any_nominal_ending_at
from newsquotes.models.rules_referents import Speaker
from newsquotes.models.rules_speakers import Speakers
from newsquotes.models.rules_text import Layout

_NOUNS = "|".join(sorted(lex.CONTENT_NOUNS))
#: Nouns whose content may be an infinitive: "their call to eliminate …", "its promise to treat …".
_INFINITIVE_NOUNS = frozenset("call calls promise pledge".split())
#: Verbs whose subject issues or holds the content noun that is their object.
_SUPPORT = ("issued|issues|issue|issuing|made|makes|make|making|maintains|maintained|maintain|maintaining|holds|"
            "held|hold|gave|gives|give|released|releases|release|sent|delivered|repeated|reiterated|published|posted")
#: The noun with its owner or the verb that issues it, and where its clause opens.
_CONTENT_NOUN = re.compile(
    r"(?:(?P<owner>\b(?:his|her|its|their|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?:'s|’s|'|’)|"
    r"(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[a-z]+(?:'s|’s)))"
    r"|\b(?P<support>%s)\s+(?:a|an|the|its|his|her|their)?|\b(?P<determiner>[Aa]n?|[Tt]he))"
    r"(?:\s+(?!that\b)[\w.-]+){0,2}?\s+(?P<noun>%s)\b(?:\s+(?:on|via)\s+[A-Z][\w.-]*)?"
    r"(?(determiner)(?=\s+(?:by|from)\s+(?:the\s+)?[A-Z]))"
    r"(?:\s+(?:by|from)\s+(?:the\s+)?(?P<agent>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}))?"
    r"(?P<link>,?\s+(?:to\s+the\s+effect(?:\s+that)?|that)\s+|\s+(?=(?:he|she|it|they|we)\b|%s)|\s+(?=to\s+[a-z]))"
    % (_SUPPORT, _NOUNS, SUBJUNCTIVE))
#: The subject that opens a that-clause (a relative clause opens with its verb: "an order that bans …").
_SUBJECT_OPENS = re.compile(r"(?:(?:%s)\b|[A-Z\d])" % lex.SUBJECT_OPENER)
_PREPOSITIONS_FRONTED = "Despite|After|Following|Amid|Before|Since|Given|Without"
#: A preposition opening the sentence, whose phrase holds the noun and ends at a comma before the main clause.
_FRONTED = re.compile(r"\W*(?:%s|Notwithstanding)\s" % _PREPOSITIONS_FRONTED)
#: A capitalised word opening the sentence before an owner's name, no part of it.
_OPENER = re.compile(r"(?:%s|In|On|At|For|With|But|And|So|Yet)\s+" % _PREPOSITIONS_FRONTED)
#: A noun after "to" that a call or a promise is to or for: "a call to arms", "his promise to voters" (one with a
#: determiner, "his promise to the voters", is no content at all: ``impossible_content``).
_TO_A_NOUN = re.compile(r"to\s+(?:action|arms|account|order|power|office|court|justice|voters|supporters|members)\b")


def content_noun_reports(layout: Layout, quotations: Quotations, speakers: Speakers, clauses: Clauses) -> list[Found]:
    """The reports an article gives by a content noun and its source, outside quotations."""
    return statement_reports(layout, quotations, clauses, _noun_openings(layout, quotations, speakers))


def statement_reports(layout: Layout, quotations: Quotations, clauses: Clauses,
                      openings: Iterable[tuple[Cue, Speaker | None, int, int]]) -> list[Found]:
    """The reports of a statement's clause, from each cue, its source and where the clause may run (a content noun's,
    or a disputed claim's: ``rules_disputed_contents``), whose content can be what was said."""
    found = []
    for cue, speaker, start, hi in openings:
        bounds = speaker and clauses.ends.bounds(start, hi, cue)
        report = bounds and Found(*bounds, "mixed" if quotations.between(*bounds) else "indirect", cue, speaker)
        if report and not impossible_content(layout, report):
            found.append(report)
    return found


def _noun_openings(layout: Layout, quotations: Quotations,
                   speakers: Speakers) -> Iterator[tuple[Cue, Speaker | None, int, int]]:
    """Each content noun outside quotations with its source, where its clause opens and where the clause may end."""
    text = layout.text
    for match in _CONTENT_NOUN.finditer(text):
        noun, start = match.group("noun").lower(), match.end()
        if quotations.inside(match.start("noun")) or any(
                match.start("noun") < c.start < start for c in speakers.cues):
            continue
        infinitive = text.startswith("to ", start)
        if infinitive and _TO_A_NOUN.match(text, start):
            continue  # "their call to arms", "his promise to voters": no infinitive
        if infinitive and noun not in _INFINITIVE_NOUNS or not infinitive and not opens_subject(text, start):
            continue
        if infinitive and match.group("owner") is None:
            continue  # "made calls to the hotline": only an owned call or promise asks something
        lo, hi = layout.sentence(match.start("noun"))
        if _FRONTED.match(text, lo, match.start("noun")) and (comma := text.find(", ", start, hi)) > 0:
            hi = comma  # "Despite Mr. Trump’s Oct. 11 announcement that A, B": the sentence goes on after A
        cue = Cue(match.start("noun"), match.end("noun"), "verb", noun)
        if match.group("agent"):  # "a declaration by President Ruto that …": the agent named after the noun (the
            # pattern takes a noun after a bare determiner only with its agent: "the claim that …" is no one's)
            agent = [m for m in speakers.mentions if match.start("agent") <= m.start and m.end <= match.end("agent")]
            speaker = speakers.speaker(agent[-1].start, agent[-1].end, agent[-1]) if agent else None
        else:
            speaker = owner(speakers, *match.span("owner")) if match.group("owner") else _issuer(speakers, lo, match)
        yield cue, speaker, start, hi


def _issuer(speakers: Speakers, lo: int, match: re.Match) -> Speaker | None:
    """The subject of the verb that issues or holds the noun: a source, or a noun phrase of any head after a comma or
    opening the sentence ("…, the palace issued a statement to the effect …")."""
    support = Cue(match.start("support"), match.end("support"), "verb", match.group("support").lower())
    end = lo + len(speakers.text[lo:support.start].rstrip())
    return speakers.subject(support) or any_nominal_ending_at(speakers, lo, end)


def opens_subject(text: str, start: int) -> bool:
    """Whether a that-clause at ``start`` opens with its subject, not with the verb of a relative clause."""
    return bool(_SUBJECT_OPENS.match(text, start)) and not re.match(r"(?:that|this|these|those)\s+[a-z]+(?:s|ed)\b",
                                                                    text[start:start + 40])


def owner(speakers: Speakers, start: int, end: int) -> Speaker | None:
    """The owner of a noun whose possessive spans ``start``-``end``: a pronoun's referent ("his stance"), or the name
    before "'s" ("Macron's recommendation")."""
    text = speakers.text
    if opener := _OPENER.match(text, start, end):
        start = opener.end()  # "Despite Mr. Trump’s announcement": Mr. Trump
    word = text[start:end]
    if word.lower() in lex.POSSESSIVE_SUBJECTS:
        return speakers.speaker(start, end)  # "his stance": whom "he" would be
    end -= 2 if word.endswith(("'s", "’s")) else 1
    head = text[start:end].split()[-1]
    if head[0].islower():  # "the United States government's announcement": a body or person by its head
        return speakers.speaker(start, end) if head_kind(head) in ("PERSON", "ORG", "GPE") else None
    named = m if (m := speakers.by_end.get(end)) and m.start >= start else None
    return speakers.speaker(named.start, named.end, named) if named else speakers.speaker(start, end)
