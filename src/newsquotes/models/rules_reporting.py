"""Whether a reporting verb of the ``rules`` model reports a statement, by the words around it.

A verb reports when what follows it can be reported: a clause, a quotation or a colon; "as" after "describe"; "as"
and a predicate after a verb that judges its object ("labeled Soleimani as a terrorist", "smeared ICE agents as “the
Gestapo”"; no name after "listed … as", only the source itself after "identified … as"); an infinitive after "ask",
"challenged" or "begged", and after "offered", "proposed" or "threatened" ("offered to fly the cat home"). Forms
that are as often nouns ("claims", "reports") need one of those, a named subject or a name after them that closes
the report ("…, reports Reuters."); an -ed form after "a … and" is an adjective ("a Venezuelan national and
confirmed gang member"); an -ing form needs a person as its subject ("with spokesman Stefan Schaffrath saying …"),
people or a body after "with" ("with officials saying …"), or a reported clause after it. Verbs that impute a deed
report their object and its gerund ("accused X of hiding …"; ``rules_imputing``); a judgement by an adjective after
"call", a request's own clause ("asked that …") and a request with no hearer ("asked to convey …") are read in
``rules_complements``; a noun-like form's bare clause ("The state government claims the company dumped …") in
``rules_bare_clauses``; a plea ("pleaded guilty to …", no report) and the verbs that report only before a colon or
after the quotation they close ("“…,” the letter read.") in ``rules_closing_verbs``.
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_bare_clauses import bare_clause
from newsquotes.models.rules_closing_verbs import enters_a_plea
from newsquotes.models.rules_complements import HEARER_ASIDE, called_long, judged, own_request, requested_that
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_finite import participle_report
from newsquotes.models.rules_imputing import imputes
from newsquotes.models.rules_quote_tags import VOICE_VERBS, closes
from newsquotes.models.rules_subject_relatives import inverted
from newsquotes.models.rules_text import Layout
from newsquotes.models.rules_trailing_reports import closes_with_source

#: What introduces a direct report within a few words: a quotation mark or a colon.
_INTRODUCES = re.compile(r"[^.;“”\"«»]{0,40}?[“\"«„:]")
_NAMING = re.compile(r"(?:\s+[\w.'’-]+){1,6}?\s+[“\"«]|\s+(?:for|on)(?:\s+(?![\w-]+ing\b)[\w.'’-]+){1,6}?"
                     r"\s+(?:not\s+)?to\s+[a-z]")
#: A hearer and the infinitive asked of them, which may open a quotation: "begged lawmakers "not to lose sight of" …".
_REQUEST = re.compile(r"(?:\s+with)?(?:\s+[\w.'’-]+){1,6}?%s\s+[“\"]?(?:not\s+)?to\s+[“\"]?[a-z]" % HEARER_ASIDE)
#: An infinitive right after "claims" or "vows", which makes them verbs and opens what they commit to: "AppleInsider
#: claims to have seen …", "vowed to keep fighting" (not "claims to the land", "claims to fame", "pledged to this").
COMMITTING_TO = re.compile(r"\s+((?:not\s+)?to\s+(?!(?:%s|this|fame)\b)[a-z])" % "|".join(sorted(lex.DETERMINERS)))
#: A source that relays whom it quotes before the participle: "Xinhua quoted a police officer as saying …", "The BBC
#: cited Budi Gunawan, chief of the agency, as saying …"; the group is where the one quoted begins.
_QUOTED_AS = re.compile(r"\b(?:quoted|cited|quotes|cites|quoting|citing)\s+(?P<quoted>[^.;:“”\"]{1,120}?),?\s+as\s+$")
#: Verbs that report only in set places, which closing a quotation is one of (``rules_closing_verbs``).
_PLACED = lex.COLON_ONLY | lex.DESCRIBING | lex.CLOSING_ONLY
#: Verbs that may close the quotation before them, and those that report only there or before a colon.
_CLOSING = _PLACED | lex.DIRECTIVE_VERBS | VOICE_VERBS
_CLOSING_ONLY = lex.CLOSING_ONLY | VOICE_VERBS
#: A comma or a closing quotation mark right before a verb, which may then be inverted before its source: "…,
#: reports Reuters." (not "… and reports Reuters" nor "media reports").
_INVERTED_AFTER = re.compile(r"[,”\"]\s*$")


#: A noun phrase coordinated before an -ed form, which makes it an adjective: "a Venezuelan national and confirmed
#: gang member", "an activist and alleged organiser".
_COORDINATED_NOUN = re.compile(r"\b(?:a|an)\s+(?:[\w'’-]+\s+){1,3}and\s+$", re.IGNORECASE)
#: The subject of an absolute participle: "with officials saying …", "with police in the city claiming …".
_WITH_SUBJECT = re.compile(r"\bwith\s+(?:[\w'’-]+\s+){0,4}?(?P<head>[a-z]+)\s+$")


#: A judging verb's object and "as" with what the object is judged to be: "labeled Soleimani as a terrorist",
#: "attacked the investigation as "Witch Hunt garbage."" (not "as it passed", "as part of", "as saying": a time, a
#: role, or a source quoted; nor "cited a study showing Indiana as …": the "as" of a verb inside the object; but an
#: -ing adjective after an article is no verb: "slammed the ongoing impeachment hearings as a “disgrace.”").
_JUDGED_AS = re.compile(r"(?!\s+(?:by|to|on|in|at|for|from|with|as)\b)\s+"
                        r"(?:(?!\b(?:as|that|which|who)\b|(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)\b[a-z]+ing\b)[^.;:,—–“”\"]){1,80}?\sas\s+(?!(?:he|she|it|they|we|i|you|"
                        r"well|soon|long|much|many|part|if|though|of|usual|such|recently|early|"
                        r"late|a\s+result|[a-z]+ing\s+(?:that|to)\b|saying|stating|telling|writing|reporting|arguing)\b)"
                        r"(?P<predicate>[“\"]?[\w$])", re.IGNORECASE)


def _characterizes(word: str, after: str) -> bool:
    """Whether a judging verb reports a judgement: its object, "as" and a predicate, for a verb that also classes or
    names ("listed") one that is no name or number: not "listed their country as "Hope""; "identified" only of the
    source itself ("identifies herself as an antithiest", not "identified the suspect as …")."""
    judged = _JUDGED_AS.match(after)
    if not judged or word in lex.SELF_DESCRIBING and not re.match(r"\s+(?:him|her|them|it|my|our)sel(?:f|ves)\s", after):
        return False
    predicate = judged["predicate"]
    return word not in lex.CLASSING or predicate[0].islower()


def judgement_end(text: str, s: int, e: int) -> int | None:
    """Where the predicate of a judgement inside ``[s, e)`` ends: at the first comma after its "as" ("herself as an
    antithiest, had previously helped …"), or None."""
    judged = re.search(r"\sas\s[^,]*?(?=,\s)", text[s:e])
    return s + judged.end() if judged else None


def _names_a_thing(word: str, after: str) -> bool:
    """ "called the plan “a disaster”", "called for the bill to be dropped": a name given or a demand; "called its
    actions defensive", "called Prime Minister Theresa May's proposed Brexit deal "lousy"": a judgement."""
    return bool(_NAMING.match(after)) or judged(after) is not None or called_long(word, after)


def _lacks_as(word: str, after: str) -> bool:
    """A verb of describing or of praise and blame with no "as" after its object: "described the town to visitors"."""
    return word in lex.AS_VERBS and not re.match(r"[^.;]{0,200}?\sas\s" if word in lex.DESCRIBING else
                                                 r"(?!\s+by\b)[^.;,—–“”\"]{0,120}?\sas\s", after)


def _asks_for_a_thing(word: str, before: str, after: str) -> bool:
    """ "asked how …", "asked for …", "asking for places to eat", "what they were asking me to do": a question or a
    request for a thing, not an infinitive reported."""
    if word in lex.DIRECTIVE_VERBS and word.startswith("ask") and re.match(r"\s+for\b", after):
        return True
    if word in lex.DIRECTIVE_VERBS and (requested_that(after) is not None or own_request(word, before, after)):
        return False  # "asked that a decision … be made", "had asked to convey …": the request's own clause
    request = _REQUEST.match(after)
    return word in lex.DIRECTIVE_VERBS and word not in lex.TELL_VERBS and not (
        request and not re.match(r"\s*do\s*(?:so\s*)?(?:[.,;!?]|$)", after[request.end() - 1:]))


def _people_with(layout: Layout, s: int) -> bool:
    """Whether an -ing form has people, a body or a speaking thing as its subject after "with": "with officials
    saying this is …", "with local media reporting no-one was …"."""
    subject = _WITH_SUBJECT.search(layout.text, layout.sentence(s)[0], s)
    return bool(subject) and lex.head_kind(subject["head"]) in ("PERSON", "ORG", "OTHER")


def quoted_as(layout: Layout, s: int) -> tuple[int, int] | None:
    """The span of whom a source quotes "as saying" at ``s`` ("Xinhua quoted [a police officer] as saying"): the
    speaker of the report, the source only relays it."""
    match = _QUOTED_AS.search(layout.text, layout.sentence(s)[0], s)
    return match.span("quoted") if match else None


def reports(layout: Layout, subject: Mention | None, k: int, s: int, e: int, word: str) -> bool:
    """Whether the verb ``word`` at ``[s, e)`` (word ``k``; ``subject`` the mention right before it, if any) reports a
    statement."""
    text = layout.text
    first, last = layout.sentence(s)
    after = text[e:last]
    if word.endswith("ed") and _COORDINATED_NOUN.search(text, max(first, s - 60), s):
        return False  # "a Venezuelan national and confirmed gang member, convicted of …"
    introduces = bool(_INTRODUCES.match(after))
    that = bool(re.match(r"\s+that\b", after))
    if word in lex.CHARACTERIZING:
        return _characterizes(word, after)
    if word in lex.IMPUTING:
        return imputes(word, after)
    if word in lex.OFFERING and not (COMMITTING_TO.match(after) or that):
        return False  # "offered a reward", "threatened the town": no report
    if word in lex.NAMING_VERBS:
        return _names_a_thing(word, after)
    if enters_a_plea(word, after):
        return False  # "pleaded guilty to threatening …": a plea, no report
    closing = word in _CLOSING and closes(text, first, s, e, last)
    if word in _CLOSING_ONLY and not (closing or after.startswith(":")):
        return False
    if not closing and (_lacks_as(word, after) or _asks_for_a_thing(word, text[first:s], after)):
        return False
    if word in lex.CLAUSE_ONLY and not (introduces or that):
        return False
    if word.endswith("ing") and (subject is not None and subject.label == "PERSON" or word in lex.DIRECTIVE_VERBS
                                 or _people_with(layout, s) or quoted_as(layout, s)):
        introduces = True  # "with spokesman Stefan Schaffrath saying …", "…, urging it to cease …", "quoted X as saying"
    named_subject = (subject is not None and subject.label in ("PERSON", "ORG")) or (
        k > 0 and layout.words[k - 1][1] == s - 1 and layout.word(layout.words[k - 1]).lower() in lex.PRONOUNS)
    if not named_subject and _INVERTED_AFTER.search(text, first, s) and inverted(text, s):
        named_subject = True  # "…, reports Reuters.": the source named after the verb
    if word in lex.PROMISE_VERBS and COMMITTING_TO.match(after):
        introduces = True
    if word in lex.NOUN_LIKE and not (introduces or named_subject or that or bare_clause(layout, subject, k, s, e)
                                      or closes_with_source(text, first, s, e, last)):  # "…, a new study reports."
        return False
    if word in lex.COLON_ONLY and not (introduces or closing):
        return False
    return not (word.endswith("ing") and not (introduces or that or participle_report(layout, s, e)))
