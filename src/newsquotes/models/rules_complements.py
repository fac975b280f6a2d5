"""Complements of reporting verbs that are no plain clause after them, for the ``rules`` model.

* A judgement given as a small clause after a verb of naming: "The United States called its actions defensive in
  nature", "He called it unlikely that the EU would finance the project", "called Trump's order swift, forceful
  and decisive": the object and its adjective are what is reported (labeling/GUIDELINES.md: an object with its
  predicate after *call*). A noun after the object is a name, not a judgement ("called his son Daniel", "called
  the police officers"), and is left to the quotation marks that make a name a report.
* A request in a clause of its own: "Airbus has asked that a decision … be made", "urged that the talks resume",
  "urged the immunity be waived".
* A hearer described between commas before the infinitive asked of them: "asked Hong Kong Chief Executive Carrie
  Lam, who is supported by the mainland Chinese government, to resign"; no hearer at all: "Weeks’ family had asked
  to convey its own relief" (not "who asked to remain anonymous").
* A warning that names no hearer: "Airbus has warned there could be additional charges to come".
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex

#: Adjectives of judgement that no suffix marks as adjectives.
_JUDGING = frozenset("""
    unlikely likely ugly wrong right false true fair unfair good bad great absurd dumb stupid weak strong clear unclear
    swift quick slow safe unsafe unsound sound unjust just racist sexist cruel harsh dangerous premature late
    illegal unconstitutional essential crucial vital fatal brutal hypocritical irrational unethical immoral
    disgraceful shameful insane crazy silly naive sad bizarre odd fake void moot null necessary unnecessary
    important unimportant significant insignificant irrelevant relevant urgent inadequate adequate insufficient
    sufficient incompetent inappropriate appropriate unprecedented unacceptable acceptable
""".split())
#: Suffixes that mark an adjective: "defensive", "dangerous", "shameful", "reckless", "unacceptable", "historic".
_ADJECTIVE_END = re.compile(r"[a-z][a-z-]{2,}(?:ive|ous|ful|less|able|ible|ic|ical|ish)")
#: How the object of a verb of naming opens: a pronoun, a determiner or an owner.
_OPENING = re.compile(r"\s+(it|them|him|her|the|its|his|their|our|this|these|those|such|[A-Z][\w.-]*(?:'s|’s))(?=\s)")
#: Pronouns that are the whole object; "her" may also own it ("called her party fascist").
_PRONOUNS = frozenset("it them him".split())
_WORD = re.compile(r"\s+([\w'’-]+)")
#: What may follow a judgement: the sentence's end, a comma, or a word that goes on with it ("defensive in
#: nature", "unlikely that …", "swift, forceful and decisive").
_AFTER_JUDGEMENT = re.compile(r"\s*(?:[.,;:!?]|$)|\s+(?:in|to|for|and|but|that|because|as|given|since|"
                              r"after|when|if|by|of)\b")
#: A further adjective of the same judgement.
_MORE = re.compile(r",?\s+(?:(?:and|or)\s+)?([a-z][\w-]*)")


def _adjective(word: str) -> bool:
    return word in _JUDGING or bool(_ADJECTIVE_END.fullmatch(word))


def judged(after: str) -> int | None:
    """Where the judgement ends when the text ``after`` a verb of naming is an object and the adjective it is judged
    by ("called [its actions defensive in nature], pointing to …", "called [her party fascist]"; a clause after the
    adjective runs to the end: "called [it unlikely that the EU would …, as …]"), else None: "called the police",
    "called his son Daniel", "called it quits"."""
    opening = _OPENING.match(after)
    if not opening:
        return None
    pronoun = opening.group(1).lower()
    at, words, limit = opening.end(), 0 if pronoun in _PRONOUNS | {"her"} else -1, 1 if pronoun in _PRONOUNS else 3
    while words < limit and (word := _WORD.match(after, at)):
        if words >= 0 and _adjective(word.group(1)) and _AFTER_JUDGEMENT.match(after, word.end()):
            end = word.end()
            while (more := _MORE.match(after, end)) and _adjective(more.group(1)):
                end = more.end()  # "swift, forceful and decisive"
            if re.match(r"\s+that\b", after[end:]):
                return len(after)
            stop = re.search(r"[,;:—–]|\s-\s", after[end:])
            return end + stop.start() if stop else len(after)
        at, words = word.end(), words + 1
    return None


#: A clause in the subjunctive, its subject up to five words: "the fires be added to the agenda".
SUBJUNCTIVE = r"(?:the|a|an|all|his|her|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:not\s+)?be\s+[a-z]"
#: A request's clause after "that", opened by its subject: a subject opener or a capitalised word ("asked that a
#: decision … be made", "urged that the talks resume", "urged that Congress act"; not "asked that question": "that"
#: there is the object's determiner).
_REQUESTED_THAT = re.compile(r"\s+that\s+(?=(?:%s)\b|[A-Z])|\s+(?=%s)" % (lex.SUBJECT_OPENER,
                                                                            SUBJUNCTIVE))
#: A relative clause set off by commas after the hearer of a request, before the infinitive asked of them: "asked
#: Carrie Lam[, who is supported by the mainland government,] to resign".
HEARER_ASIDE = r"(?:,\s+(?:who|whom|whose|which)\s[^,;:.“”\"]{1,100},)?"


def requested_that(after: str) -> int | None:
    """Where the clause of its own that a verb of request has begins in the text ``after`` it, after "that" or in
    the subjunctive ("urged the immunity be waived"), else None."""
    match = _REQUESTED_THAT.match(after)
    return match.end() if match else None


def warned_without_hearer(word: str, after: str) -> bool:
    """Whether a warning names no hearer and its clause follows at once: "Airbus has warned there could be
    additional charges", "warned it would retaliate" ("told" always names one)."""
    return word.startswith("warn") and bool(re.match(r"\s+(?:there|it|he|she|they|we)\s", after))


#: Verbs that may ask something of no one named: "Weeks’ family had asked to convey its own relief", "asking to
#: waive her diplomatic immunity".
_ASKING = frozenset(w for w in lex.DIRECTIVE_VERBS if w.startswith(("ask", "plead", "beg")))
#: An infinitive right after the verb ("to the regional government" is a hearer, not an infinitive).
_OWN_INFINITIVE = re.compile(r"\s+((?:not\s+)?to\s+(?!(?:%s|this|that)\b)[a-z])" % "|".join(sorted(lex.DETERMINERS)))


def own_request(word: str, before: str, after: str) -> re.Match | None:
    """The infinitive a verb of asking reports without a hearer (``before``: its sentence up to the verb), but not
    a source's own anonymity in a relative clause ("The insider, who asked to remain anonymous, said …")."""
    if word not in _ASKING or re.search(r"\bwho\s+(?:had\s+|has\s+|have\s+)?$", before):
        return None
    return _OWN_INFINITIVE.match(after)


#: A long object before the quoted judgement of "call": "called Prime Minister Theresa May's proposed Brexit deal
#: "lousy"" (not "calling for the beginning of a … process "in the best interests …"": a demand).
_LONG_CALLED = re.compile(r"(?!\s+(?:for|on)\s)(?:\s+[\w.'’-]+){7,8}?\s+[“\"«]")


def called_long(word: str, after: str) -> bool:
    """Whether "call" judges an object of seven or eight words by a quotation after it (the other verbs of naming
    give a thing its name: "had dubbed Sondland's role in forming Ukraine policy as "the Gordon problem"")."""
    return word.startswith("call") and bool(_LONG_CALLED.match(after))
