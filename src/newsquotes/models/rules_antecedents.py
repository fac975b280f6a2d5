"""An unnamed person whom a "he" or "she" goes on about, for the ``rules`` model.

"One of the victims decided to allow her name to be made public. She said …", "The head of the police's internal
investigators told the court “…”. She also said …" and "But a spokesperson for the association said …. “…,” he
said.": a sentence opens with a singular noun phrase of a person that names no one, and the next sentence opens
with "he" or "she" (or with a quotation that "he said" closes). The pronoun is that person, not the last person
named before (the prosecutor of the sentence before, the union's leader of the paragraph before). A noun phrase
whose head says the other sex ("A man who saw it called …. She said") or a name from the noun phrase on leaves the
pronoun to ``rules_pronouns``.

The same goes for a person brought in by "there was" ("There is a girl from our community near my house, she was
…"), named by a name set beside the noun phrase when no mention took it for one ("There was a lady there, Rajamma,
she worked …", "then came a boy in my life, Raju. He was …"), and, when no person is named, for a noun phrase
whose head tells the pronoun's sex wherever it stands in the sentence before or in the pronoun's own ("I fell in
love with a boy, and …. He got me", "I asked my lover's sister's husband and he suggested"), unless a "he" or
"she" of that sex comes before it. A chain of sentences that open with the same pronoun goes back to the one that
brought the person in, and the teller's own sentences ("I told her all my problems.") do not break it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_pronouns import inside_quotation
from newsquotes.models.rules_sexed_heads import SEXED as _SEXED
from newsquotes.models.rules_sexed_heads import sex_of
from newsquotes.models.rules_text import Layout

#: Irregular past forms that can follow a subject, besides the reporting verbs and the forms in -ed.
_PAST = frozenset("was had did went came took made gave got left ran fled saw felt found became began wrote".split())
#: A singular noun phrase of a person that opens a sentence, and the word after it: "One of the victims decided",
#: "The head of the police's internal investigators told", "A local resident said".
_OPENING_PERSON = re.compile(
    r"\W*(?:%s)?(?P<np>"
    r"[Oo]ne\s+of\s+(?:the|their|his|her|its|our|my|those|these)\s+(?:[\w'’-]+\s+){0,2}?(?P<many>[a-z]+s)"
    r"|(?:[Aa]n?|[Tt]he|[Aa]nother)\s+(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z]+)"
    r"(?:\s+(?:of|for|at|from|with)\s+(?:the\s+|a\s+|an\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?(?:\s+\([\w.&-]+\))?)?)"
    r"(?:,\s+[^,]{1,40},)?\s+(?:(?:also|then|later|first|had|has|was|who)\s+)*(?P<verb>%s|[a-z]{3,}ed)\b"
    % (lex.SENTENCE_LINK, "|".join(sorted(lex.SPEECH_VERBS | _PAST, key=len, reverse=True))))
#: A person brought in by "there was", with where they come from, which names them: "There in that house, there
#: was a girl, she was …", "There is a girl from our community near my house, she was crying".
_THERE_WAS = re.compile(r"\b[Tt]here\s+(?:was|were|is|came)\s+(?P<np>(?:[Aa]n?|[Oo]ne)\s+(?:[a-z'’-]+\s+){0,2}?"
                        r"(?P<head>[a-z]+)\b(?:\s+from\s+(?:the|our|my|his|her|their|this|that)\s+[a-z-]+\b)?)"
                        r"(?!\s+(?:of|who|whom|that)\b)")
#: A sentence that opens with "he" or "she", which goes on with the person of the sentence before.
_SAME_PRONOUN = re.compile(r"\W*(?:%s)?(?P<pronoun>He|She|(?<=\s)(?:he|she))\b" % lex.SENTENCE_LINK)
#: A sentence whose subject is the one who tells the story, which a chain of "she" goes on over: "She came to me.
#: I told her all my problems. She asked me …".
_NARRATOR_OPENS = re.compile(r"\W*(?:%s)?(?:I|We)\b" % lex.SENTENCE_LINK)
#: A person brought in by a noun phrase with their name set beside it, which names them: "There was a lady there,
#: Rajamma, she worked", "then came a boy in my life, Raju."
_NAMED_BESIDE = re.compile(r"\b[Aa]n?\s+(?:[a-z'’-]+\s+){0,2}?(?P<head>[a-z]+)(?:\s+(?:there|here)|\s+(?:in|from|at|on)\s+"
                           r"(?:my|our|the|his|her|their)\s+[a-z]+)?,\s+(?P<name>[A-Z][a-z]+)(?=[,.])")
#: A noun phrase of a person of one sex inside a sentence, as the subject of its clause: "after one of their
#: daughters, aged 17, escaped", "when a woman who lived nearby called".
_SEXED_SUBJECT = re.compile(
    r"\b(?P<np>(?:[Oo]ne\s+of\s+(?:the|their|his|her|its|our|my|those|these)\s+(?P<many>[a-z]+s)|(?:[Aa]n?|[Tt]he)\s+"
    r"(?:[a-z'’-]+\s+){0,2}?(?P<head>[a-z]+)))(?:,\s+[^,]{1,40},)?\s+(?:(?:also|then|later|first|had|has|was)\s+)*"
    r"(?P<verb>%s|[a-z]{3,}ed)\b" % "|".join(sorted(lex.SPEECH_VERBS | _PAST, key=len, reverse=True)))
#: A noun phrase of a person of one sex, with the owners before its head: "a young boy", "my lover's sister's
#: husband".
_SEXED_PHRASE = re.compile(r"\b(?:[Aa]n?|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+['’]s\s+)*(?:[a-z-]+\s+){0,2}?"
                           r"(?P<head>%s)\b(?!['’])" % "|".join(sorted(_SEXED, key=len, reverse=True)))
#: What opens a sentence before its pronoun subject: "But she said", "Later he added", "“…,” he said".
_LEAD = re.compile(r"\W*(?:[“\"][^“”\"]+[”\"][\s,]*|%s)?$" % lex.SENTENCE_LINK)


def nominal_antecedent(layout: Layout, mentions: list[Mention], pos: int, sex: str,
                       head_kind: Callable[[str], str | None], depth: int = 12) -> tuple[int, int] | None:
    """The span of the unnamed person that the "he" or "she" opening the sentence at ``pos`` refers to: the
    singular noun phrase of a person that opens the sentence before it (see the module's docstring)."""
    text = layout.text
    first = layout.sentence(pos)[0]
    if first == 0 or not _LEAD.match(text[first:pos]):
        if inside_quotation(text, first, pos):
            return None
        return _sexed_phrase(text, mentions, first, pos, pos, sex)  # "I asked my sister's husband and he said"
    lo, match = first, None
    for _ in range(2):  # the sentence before, or the one before it when a quotation ends a sentence between
        lo = layout.sentence(max(lo - 1, 0))[0]
        if named := _named_beside(text, mentions, lo, first, sex, head_kind):
            return named
        match = _OPENING_PERSON.match(text, lo, first) or _THERE_WAS.search(text, lo, first)
        if match or lo == 0 or not inside_quotation(text, layout.sentence(lo - 1)[0], lo):
            break
    same = _SAME_PRONOUN.match(text, lo, first)
    if not match and depth and same and same["pronoun"].lower() == ("she" if sex == "f" else "he"):
        # "There was a girl, she became my friend. She told me …. She asked me …": the chain goes on with her
        return nominal_antecedent(layout, mentions, same.start("pronoun"), sex, head_kind, depth - 1)
    if not match and (inside := _sexed_inside(layout, mentions, lo, first, pos, sex)):
        return inside
    if not match and (phrase := _sexed_phrase(text, mentions, lo, first, pos, sex)):
        return phrase  # "I fell in love with a boy, and …. He got me"
    if not match and depth and lo and _NARRATOR_OPENS.match(text, lo, first) and not any(
            lo <= m.start < first and m.label == "PERSON" for m in mentions):
        # "She came to me …. I told her all my problems. She asked me": the teller's own turn breaks no chain
        return nominal_antecedent(layout, mentions, lo, sex, head_kind, depth - 1)
    if not match:
        return None
    many = match.groupdict().get("many")
    head = many or match["head"]
    singular = bool(many) or not head.endswith("s") or head.endswith("ss")
    person = head_kind(head) == "PERSON" or head == "head" and " of " in match["np"]  # "The head of the unit"
    if not singular or not person or sex_of(head) not in (None, sex):
        return _sexed_inside(layout, mentions, lo, first, pos, sex)  # "The two parents were arrested after …"
    start, end = match.span("np")
    if any(start <= m.start < pos and m.label == "PERSON" for m in mentions):
        return None  # a name in the noun phrase or between it and the pronoun: that person's, mostly
    return start, end


def _named_beside(text: str, mentions: list[Mention], lo: int, end: int, sex: str,
                  head_kind: Callable[[str], str | None]) -> tuple[int, int] | None:
    """The span of a name set beside a noun phrase of a person of that sex or of either in the sentence from ``lo``
    ("There was a lady there, Rajamma, she worked …"), which no mention took for a name: the last such one."""
    found = [m for m in _NAMED_BESIDE.finditer(text, lo, end)
             if (head_kind(m["head"]) == "PERSON" or sex_of(m["head"])) and sex_of(m["head"]) in (None, sex)
             and not inside_quotation(text, lo, m.start())]
    if not found or any(m.start <= found[-1].start("name") < m.end for m in mentions):
        return None  # a name a mention holds is a person's the resolver knows, or a place's
    return found[-1].span("name")


def _sexed_phrase(text: str, mentions: list[Mention], lo: int, end: int, pos: int, sex: str) -> tuple[int, int] | None:
    """The span of the last noun phrase of a person of the pronoun's sex written from ``lo`` to ``end`` outside
    quotation marks, whatever its place in its clause ("I fell in love with a boy", "I asked my lover's sister's
    husband about them"), when no person is named from ``lo`` to the pronoun at ``pos``."""
    if any(lo <= m.start < pos and m.label == "PERSON" for m in mentions):
        return None
    found = [m for m in _SEXED_PHRASE.finditer(text, lo, end)
             if sex_of(m["head"]) == sex and not inside_quotation(text, lo, m.start())]
    if not found or re.search(r"\b%s\b" % ("[Ss]he" if sex == "f" else "[Hh]e"), text[lo:found[-1].start()]):
        return None  # "He told his son that he would stay": the one the sentence was about goes on
    return found[-1].span()


def _sexed_inside(layout: Layout, mentions: list[Mention], lo: int, first: int, pos: int,
                  sex: str) -> tuple[int, int] | None:
    """The span of a person whose noun phrase says the pronoun's sex and who is the subject of a clause inside the
    sentence before ("The two parents were arrested after one of their daughters, aged 17, escaped …. She did not
    know"): the last such one, when no person is named from it to the pronoun."""
    found = [m for m in _SEXED_SUBJECT.finditer(layout.text, lo, first)
             if sex_of(m["many"] or m["head"]) == sex and not inside_quotation(layout.text, lo, m.start())]
    if not found:
        return None
    start, end = found[-1].span("np")
    if any(start <= m.start < pos and m.label == "PERSON" for m in mentions):
        return None
    return start, end
