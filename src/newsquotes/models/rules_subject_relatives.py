"""What stands between a subject and its reporting verb, for the ``rules`` model: relative and participle clauses,
an aside on the medium, an inverted verb before a role.

"Republican state representative Terri Collins who sponsored the bill remarked …", "The public officials who ordered
that change claimed …": the relative clause, without commas, hangs on the subject, and the verb after it reports.
Read so for any reporting verb only when the relative clause opens with its own verb; "a suspect who police said
was armed" is the police's report, the relative pronoun the object of the clause's own subject. A participle's
phrase is a reduced relative clause ("A study published in journal X last month reported": "A study"); "that" after
a bare plural object opens a relative clause, not the report ("reported telephone wait times that exceeded …"); an
aside on where it was said is no part of the subject ("Police, in a statement on Monday, said"); a verb turned
around before a role and a name takes no subject before it ("Local residents, said council member Dana Ortiz, are
…").
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_head_kinds import head_kind

#: Words that open a relative clause's subject rather than its verb: "who police said", "who the court found".
_RELATIVE_SUBJECT_OPENERS = frozenset(lex.PRONOUNS) | lex.DETERMINERS | frozenset(
    "you me him them us this that these those some many most all several one both each".split())


def verb_led(relative: re.Match) -> bool:
    """Whether the relative clause matched at ``relative`` ("who ordered that change"), its first word in the group
    ``first``, opens with its own verb, so that the reporting verb after it has the noun phrase before "who" for
    subject."""
    word = relative["first"].lower()
    return word not in _RELATIVE_SUBJECT_OPENERS and head_kind(word) is None


#: How often, not what: "found several times that …".
_HOW_OFTEN = re.compile(r"\b(?:several|many|multiple|numerous|two|three|four|five|\d+)\s+(?:times|occasions)\s+$")
#: A bare plural noun phrase after a verb, the antecedent of a relative "that": "reported telephone wait times that
#: exceeded two hours" (a thing reported, not a clause), but not "said yesterday that" nor "told reporters that".
_BARE_PLURAL = re.compile(r"\s*(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*[^s\W]s\s+")
#: Words that are no bare plural's noun phrase: nouns whose "that" opens their content, not a relative clause ("denied
#: reports that …", "raised fears that …"), words between a subject and its verb ("reportedly") and prepositions.
_NOT_NOUN = lex.CONTENT_NOUNS | lex.THOUGHT_NOUNS | lex.SUBJECT_GAP | lex.LINKING_PREPOSITIONS | {"as"}


def relative_on_object(words_before_that: str) -> bool:
    """Whether the words between a verb that takes a thing and "that" are a bare plural noun phrase, so that "that"
    opens a relative clause on it rather than the report."""
    if not _BARE_PLURAL.fullmatch(words_before_that) or _HOW_OFTEN.search(words_before_that):
        return False
    return not any(w in _NOT_NOUN or w.endswith("ly") for w in words_before_that.split())


#: A subject's noun phrase and the reduced relative clause a participle opens after it: "A study published in
#: journal Astronomy & Astrophysics last month reported …", "A leaked internal letter seen by Sky News says …".
_REDUCED = re.compile(r"\W*(?:%s)?(?P<np>(?:[A-Z][\w'’-]*)(?:\s+[\w'’&.-]+){0,6}?)"
                      r"\s+(?:%s)\s+(?:by|in|on|at|from|for|to|with|last|earlier|this)\s[^,;:“”\"«»()]*$"
                      % (lex.SENTENCE_LINK, "|".join(sorted(lex.DOCUMENT_PARTICIPLES))))


def reduced_relative_subject(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence at ``lo`` when a participle's phrase stands between it and the verb at
    ``pos``: a speaker is marked without its relative clauses, the reduced ones too ("A study", not "A study
    published in journal Astronomy & Astrophysics last month")."""
    match = _REDUCED.match(text, lo, pos)
    if not match:
        return None
    words = match["np"].split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    tail = text[match.end("np"):pos].lower().split()[2:]
    if any(w in lex.FINITE or w in lex.SPEECH_VERBS for w in tail):
        return None  # "The report released by X shows Y …": a verb of its own after the participle
    document = head.lower() in lex.DOCUMENTS
    if head_kind(head) is None and not document:
        return None
    if document and re.match(r"\s+(?!seen\b|obtained\b|reviewed\b)\w+\s+by\s", text[match.end("np"):pos]):
        return None  # "A report released by the ministry found": its author speaks for it (``rules_objects.issued_by``)
    return match.start("np"), match.end("np")


#: Where and when a subject said it, set off by commas between the subject and its verb: "Police, in a statement on
#: Monday, said", "The union, in a letter to members last week, warned".
_MEDIUM_ASIDE = re.compile(
    r",\s+(?:in|during|via|through)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w'’-]+\s+){0,3}?(?:%s)\b"
    r"[^,;:“”\"«»()]{0,60},\s*(?:(?:%s)\s+)*$" % ("|".join(lex.MEDIA + ("broadcast",)), "|".join(sorted(lex.SUBJECT_GAP))))


def before_medium_aside(text: str, lo: int, pos: int) -> int:
    """Where the subject before the verb at ``pos`` ends, before an aside on where it said it ("Police, in a statement
    on Monday, said": Police, not the statement); ``pos`` when there is none."""
    aside = _MEDIUM_ASIDE.search(text, lo, pos)
    return aside.start() if aside else pos


#: A verb followed by its subject: a name or a noun phrase ("said Ortiz", "said the ministry").
_NAME_OR_ARTICLE = re.compile(r"[\w’']+\s+(?:[A-Z]|(?:the|a|an)\s)")
_ROLE_THEN_NAME = re.compile(r"[\w’']+\s+(?P<role>(?:[a-z][\w-]*\s+){1,3})[A-Z]")


def inverted(text: str, pos: int) -> bool:
    """Whether the verb at ``pos`` is inverted before its subject: a name or a noun phrase ("…, said Ortiz", "…, said
    the ministry"), or a role and a name ("…, said curator Lena Holt, …"), so that the words before its comma are
    the clause it reports or interrupts, not its subject."""
    if _NAME_OR_ARTICLE.match(text, pos):
        return True
    match = _ROLE_THEN_NAME.match(text, pos)
    return bool(match) and head_kind(match["role"].split()[-1]) == "PERSON"
