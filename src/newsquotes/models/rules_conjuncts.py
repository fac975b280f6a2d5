"""Where a predicate coordinated with the reporting verb begins inside its clause, for the ``rules`` model.

"Raab urged the embassy to reconsider and spoke with Pompeo": the report ends at "reconsider"; "spoke" is the
writer's narration of Raab (the guidelines' "Where the report stops"). Without a parser the predicate after "and"
or "but" is told apart from one of the reported clause's own subject by its form, where the two cannot be one:

* after an infinitive ("to reconsider and spoke", "to reduce corruption but at the same time interfered", "to take
  over as CEO and has been serving"), a finite verb goes on the reporting verb, not the infinitive;
* after a modal ("would reopen in May and thanked residents"), a past form goes on the reporting verb, unless the
  modal's verb is one whose participle or adjective it may be ("would be charged and released", "would remain
  closed and guarded"); so too after an infinitive ("to stay calm and focused");
* after a reporting verb in the present, a present form of its number where the clause's own verb has the other:
  "Many businesses agree that China has long taken advantage …, and support …", "The union says its members are
  owed back pay and plans a strike" (a change of tense alone is no sign: "says the move was a mistake, and makes …"
  goes on the clause as often as not).

A predicate after a relative or a subordinate word of the clause may be that word's ("asked them to help people
who were injured and needed care"), so none is cut after one.
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_finite import ed_form, past_form, s_form

#: Verbs after which a form in -ed may be a participle or an adjective coordinated with another: "to be reviewed
#: and approved", "would remain closed and guarded", "to stay calm and focused".
_TAKES_PARTICIPLE = frozenset("""
    be been being have has had get got stay stays remain remains become becomes keep keeps feel seem seems look appear
""".split())
_PARTICIPLE_OR_NOT = _TAKES_PARTICIPLE | {"not"}
#: A clause that opens with an infinitive: "urged the embassy [to reconsider …]".
_INFINITIVE_OPENS = re.compile(r"(?:not\s+)?to\s+[a-z]")
_PAST_AUXILIARIES = frozenset("was were had did".split())
_PRESENT_SINGULAR = frozenset("is has does".split())
_PRESENT_PLAIN = frozenset("are have do".split())
#: Adverbs between "and" and its verb: "and later reversed", "but at the same time interfered".
_ADVERBS = (lex.SUBJECT_GAP - lex.FINITE - lex.PASSIVE) | frozenset("instead soon still".split())
_CONJUNCT = re.compile(r",?\s+(?:and|but)((?:\s+(?:%s|at\s+the\s+same\s+time))*)\s+([a-z]+)\b(\s+\S+)?" % "|".join(
    sorted(_ADVERBS)))
#: Words after which a verb may belong to a clause inside the report: "people who were injured and needed care".
_SUBORDINATE = frozenset("""
    who whom whose which that when where why how because if unless after before since while although though until
    whether once
""".split())
#: What may open the object of a plain present verb: "and support Mr. Trump's efforts", "and want the council to …".
_OBJECT_OPENER = re.compile(r"\s+(?:(?:%s|to)\b|[A-Z])" % "|".join(sorted(lex.OBJECT_OPENERS)))
#: Words that are no plain present verb after "and" or "but".
_NOT_PLAIN_VERB = lex.DETERMINERS | lex.LOCATIVE | lex.NEGATION | frozenset("""
    on of about for to with by as than so more most less many much other others some all any each every both few
    several this that these those then also there here now only even just well
""".split())


def _form(word: str, after: str = "") -> str | None:
    """The tense and number of a verb form: "past", "modal", "singular" (present in -s), "plain" (present, other
    persons), or None where the word is no clear finite verb."""
    if word in lex.MODALS:
        return "modal"
    if word in _PAST_AUXILIARIES or word in lex.IRREGULAR_PAST or ed_form(word):
        return "past"
    # a word in -s or a plain one is a verb only before what opens its object: "and support Mr. Trump's efforts"
    # (not "attacks and threats", "vents and windows")
    takes_object = bool(after and _OBJECT_OPENER.match(after)) and word.isalpha() and word not in _NOT_PLAIN_VERB
    if word in _PRESENT_SINGULAR or (takes_object and s_form(word)):
        return "singular"
    if word in _PRESENT_PLAIN or (takes_object and not word.endswith(("ing", "ly", "ed", "s"))):
        return "plain"
    return None


def _cue_form(word: str) -> str | None:
    """The tense and number of a reporting verb: "said" past, "says" singular, "say" plain; None for "saying"
    (``_form`` reads "says" as a verb only before an object, which a reporting verb has none of)."""
    if word.endswith("ing") or " " in word:
        return None
    return _form(word) or ("singular" if s_form(word) else "plain")


def _clause_verb(words: list[str]) -> tuple[str | None, str]:
    """The form of the reported clause's first finite verb and the word after it ("would reopen": modal, "reopen")."""
    for k, word in enumerate(words[1:], 1):
        lower = word.lower()  # no subordinate word here: ``reporting_predicate`` has already stopped at one
        form = _form(lower) if lower in lex.FINITE else "past" if past_form(words, k) else None
        if form:
            return form, words[k + 1].lower() if k + 1 < len(words) else ""
    return None, ""


def reporting_predicate(text: str, s: int, e: int, cue_word: str) -> int | None:
    """Where a predicate coordinated with the reporting verb ``cue_word`` begins inside the clause ``[s, e)``, if
    one does: the clause ends before its "and" or "but"."""
    infinitive = bool(_INFINITIVE_OPENS.match(text, s, e))
    for match in _CONJUNCT.finditer(text, s, e):
        before = re.findall(r"[\w'’-]+", text[s:match.start()])
        if any(w.lower() in _SUBORDINATE for w in before[1:]):
            return None  # "people who were injured and needed care": the predicate may be the relative clause's
        verb = match.group(2)
        form = _form(verb, match.group(3) or "")
        if form is None:
            continue
        if infinitive:
            participle = any(w.lower() in _TAKES_PARTICIPLE for w in before)
            if verb in lex.FINITE or (form == "past" and not participle):
                return match.start()  # "to reconsider and spoke with", "to take over as CEO and has been serving"
            continue
        own, following = _clause_verb(before)
        if own is None:
            return None
        if own == "modal" and form == "past" and following not in _PARTICIPLE_OR_NOT:
            return match.start()  # "would reopen in May and thanked residents"
        if {own, form} == {"singular", "plain"} and form == _cue_form(cue_word.lower()):
            return match.start()  # "businesses agree that China has long taken advantage … and support …"
        return None
    return None
