"""Whether the words after a reporting verb make a clause (a finite verb in them) or only name a thing.

Verbs that take a thing as often as a clause ("announced 10,000 job cuts", "reported the coating repels
bacteria") report only a clause. Without a parser a clause is recognised by its verb: an auxiliary, a modal, a
common irregular past or an -ed form; a pronoun with a verb after it ("states it runs flights"); a verb of a
view or an appearance after its subject ("police believe him to be …", "warming seas appear to …"); a verb in
-s right before its object's determiner ("the aircraft uses the A300"), or its plain form after a plural
("the products place a strong emphasis on …"). A relative clause set off by commas is
passed over ("Leonov, who died in Moscow, will be buried …"); one without commas ends the subject's clause
("a software glitch that caused …"). A participle of a reporting verb after a comma or a document reports the
finite clause after it ("…, saying it was dangerous"), never a thing ("…, claiming the lives of ten people").
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_text import Layout

#: Words after which a verb form is not the clause's own: "to be held", "when held", "until Sweden joined",
#: "announced their decision although she had …".
_INFINITIVE = frozenset("to be been being".split())
_SUBORDINATE = frozenset("when until after before while because if since as although though whereas".split())
_SUBJECT_PRONOUNS = frozenset("it he she they we i you".split())
_NOT_VERB = lex.LINKING_PREPOSITIONS | frozenset("as and or but the a an this that all".split())
_RELATIVES = frozenset("that which who".split())
#: A clause coordinated after a comma is another's: "declared victory, but the troops have remained".
_COORDINATORS = frozenset("and but while whereas".split())
#: Verbs of a view or an appearance: after a subject ("police believe", "seas appear") they make a clause.
_VIEW_VERBS = lex.BELIEF_VERBS | frozenset("appear appears seem seems".split())
_PREPOSITIONS = frozenset("""
    within onto into across along among amongst around against toward towards upon via between beyond behind beneath
    under over through throughout without despite amid inside outside near like unlike per than since until after
    before during following including regarding concerning except
""".split())
_NOT_SUBJECT_END = lex.DETERMINERS | _NOT_VERB | frozenset("of no some many".split())
#: A dash set off by spaces, after which no verb runs on to its object: "in U.S. factories — its largest ever".
_SPACED_DASH = re.compile(r"\s[—–]\s")
#: A compound adjective in -ing, before a noun: "high-paying skilled jobs".
_HYPHENATED_ING = re.compile(r"[a-z]+-[a-z]+ing")


def _without_relatives(words: list[tuple[int, int]], text: str) -> list[str]:
    """The forms of ``words`` without a relative clause between commas, up to one without them or up to a
    clause coordinated after a comma."""
    forms: list[str] = []
    k = 0
    while k < len(words):
        s, e = words[k]
        if k > 0 and text[s:e].lower() in _COORDINATORS and "," in text[words[k - 1][1]:s]:
            break  # "declared victory, but the troops have remained": the verb after the comma is another clause's
        if k > 0 and text[s:e].lower() in _RELATIVES:
            if "," not in text[words[k - 1][1]:s]:
                break  # "a software glitch that caused …": the verb of a relative clause makes no clause
            close = next((j for j in range(k + 1, len(words)) if "," in text[words[j - 1][1]:words[j][0]]), None)
            resumed = text[words[close][0]:words[close][1]].lower() if close is not None else ""
            if resumed not in lex.FINITE and not ed_form(resumed):
                break  # "announced a phone, the ROKR, which will be available in May, …": the object's, not a clause
            k = close  # "Leonov, who died in Moscow, will be buried": the clause goes on after the second comma
            continue
        if k > 0 and "," in text[words[k - 1][1]:s] and "," not in text[words[0][1]:words[k - 1][1]] and (
                ed_form(text[s:e]) and k + 1 < len(words)
                and text[words[k + 1][0]:words[k + 1][1]].lower() in _PARTICIPLE_LINKS):
            # "a facility, located in Mesa": a participle set off after the object is no verb of a clause; after a
            # second comma it is the clause's own ("Smith, the mayor, stayed in office")
            k += 1
            continue
        if k > 0 and _SPACED_DASH.search(text, words[k - 1][1], s):
            forms.append("—")  # "in U.S. factories — its largest ever": no verb runs on over a dash to its object
        if forms and text[s - 1:s] == "-" and words[k - 1][1] == s - 1:
            forms[-1] += text[s - 1:e]  # "U.S.-based": the tail of a compound is no word of its own
        else:
            forms.append(text[s:e])
        k += 1
    return forms


def _present_verb(forms: list[str], k: int) -> bool:
    """Whether the form at ``k`` is a present verb after its subject: "police believe", "the aircraft uses the"."""
    word, before = forms[k].lower(), forms[k - 1].lower()
    if k == 0 or not forms[k].islower() or before in _NOT_SUBJECT_END or before[:1].isdigit():
        return False
    if word in _VIEW_VERBS:
        return True
    following = forms[k + 1].lower() if k + 1 < len(forms) else ""
    if following not in lex.OBJECT_OPENERS or word in _NOT_VERB or word in lex.DETERMINERS:
        return False
    if s_form(word):
        return True  # "the aircraft uses the A300"
    # "her company's products place a strong emphasis": the plain form after a plural that opens the clause or
    # follows its determiner (not "ownership rates within the", "projected slogans onto the")
    opened = k == 1 or forms[k - 2].lower() in lex.DETERMINERS or forms[k - 2] == "s"  # "company's" is two words
    return (opened and s_form(before) and word.isalpha() and forms[k + 1].islower() and word not in _PREPOSITIONS
            and not word.endswith(("ed", "ing", "ly")) and not s_form(word))


def s_form(word: str) -> bool:
    """Whether a word ends in the -s of a plural noun or a present verb ("critics", "uses"; not "press", "bus",
    "this", "Russia's")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


def finite(words: list[tuple[int, int]], text: str, limit: int = 12) -> bool:
    """Whether the first ``limit`` words of the main clause in ``words`` hold a finite verb: a clause, not a thing."""
    forms = _without_relatives(words, text)[:limit]
    cut = next((k for k in range(1, len(forms)) if forms[k - 1].lower() in _SUBORDINATE), len(forms))
    whole = forms[:cut]  # what stands before each word, for an -ed form: "a boost to its planned plant"
    kept = [k for k in range(len(whole)) if k == 0 or whole[k - 1].lower() not in _INFINITIVE]
    forms = [whole[k] for k in kept]
    # "another event to be held", "videos demonstrating a drop when held", "protests until Sweden joined"
    if len(forms) > 1 and forms[0].lower() in _SUBJECT_PRONOUNS and forms[1].islower() and (
            forms[1] not in _NOT_VERB) and (forms[1].endswith("s") or forms[0].lower() != "it"):
        return True  # "states it runs flights", "stated they want to stay": a pronoun and its verb, not "found it easy"
    # a capitalised finite form inside the clause is a name or a month: "through May 2017", "Will Smith"
    return any(w.lower() in lex.FINITE and (k == 0 or not w[:1].isupper()) or past_form(whole, kept[k])
               or _present_verb(forms, k) for k, w in enumerate(forms))


#: Words ending in "-ed" that are no past forms ("agreed", "freed", "guaranteed" are).
_NOT_ED_FORMS = frozenset("""
    speed need feed seed deed weed breed bleed greed steed heed proceed exceed succeed indeed hundred
""".split())


#: Participles that end a compound adjective ("state-owned", "long-awaited"); a hyphenated -ed form with another
#: ending is a verb ("fact-checked", "test-fired", "re-elected").
_ADJECTIVE_TAILS = frozenset("""
    owned based led backed funded sponsored controlled linked related affiliated dominated oriented awaited
    anticipated needed armed
""".split())
#: First parts that make a compound adjective of any participle ("so-called", "self-styled", "ill-fated",
#: "long-delayed", "cash-strapped").
_ADJECTIVE_HEADS = frozenset("so self ill well long much hard cash war".split())


def verb_form(word: str, forms: frozenset[str] = lex.FINITE) -> bool:
    """Whether a word is one of the verb ``forms`` (the finite ones by default: "has", "were") or a lower-case -ed
    form ("used"); a capitalised "-ed" word may be a name ("Ted")."""
    return word.lower() in forms or word.islower() and ed_form(word)


def ed_form(word: str) -> bool:
    """Whether a word ends as a verb's -ed form ("reported", "used", "agreed", "fact-checked"; not "speed",
    "indeed", "hundred", "state-owned", "U.S.-based")."""
    parts = word.split("-")
    compound = len(parts) > 1 and (parts[0][:1].isupper() or parts[0].lower() in _ADJECTIVE_HEADS
                                   or parts[-1].lower() in _ADJECTIVE_TAILS)  # "Texas-based", "so-called"
    return len(word) > 3 and word.endswith("ed") and word.lower() not in _NOT_ED_FORMS and not compound


def verb_after_pronoun(pronoun: str, word: str) -> bool:
    """Whether ``word`` is a finite verb after the subject pronoun ``pronoun``: a known finite form, a negation
    ("didn't"), an -ed form, or an -s form after "he", "she" or "it" ("said it plans to …"; not "it this")."""
    return word in lex.FINITE or word.endswith(("n't", "n’t")) or ed_form(word) or (
        pronoun in ("he", "she", "it") and s_form(word))


#: Words after which an -ed form stands before its noun: "new advanced manufacturing jobs", "more skilled workers".
_BEFORE_ATTRIBUTIVE = frozenset("new more most less least highly newly fully well".split())
#: Prepositions of place after a participle set off after a noun: "a facility, located in Mesa" (not "…, compared
#: to 7%", which may follow the clause's own verb).
_PARTICIPLE_LINKS = frozenset("in at near".split())


def past_form(forms: list[str], k: int) -> bool:
    """Whether the form at ``k`` is a verb's -ed form, not the first word nor an adjective ("a reported death", "21
    confirmed cases", but "3 died in …")."""
    word = forms[k]
    # "21 confirmed cases", "new advanced manufacturing jobs", "high-paying skilled jobs": before a noun
    counted = (forms[k - 1][:1].isdigit() or forms[k - 1].lower() in _BEFORE_ATTRIBUTIVE or _HYPHENATED_ING.fullmatch(
        forms[k - 1])) and k + 1 < len(forms) and forms[k + 1].islower() and (
        forms[k + 1] not in _NOT_VERB)
    return (k > 0 and word.islower() and ed_form(word) and forms[k - 1].lower() not in lex.DETERMINERS
            and not counted)


#: What a participle that reports follows: a comma ("…, saying it was dangerous") or a document, with where it was
#: put ("released a statement saying …", "posted a message on Facebook on Friday announcing …").
_BEFORE_PARTICIPLE = re.compile(
    r"(?:,|\b(?:%s)(?:\s+(?:on|in|over|to|from)\s+[^,;:.“”\"]{1,30}?)?)\s*$"
    % lex.DOCUMENT_NOUN)


def participle_report(layout: Layout, s: int, e: int) -> bool:
    """Whether the participle at ``[s, e)`` reports the finite clause after it: "The Air Force issued warnings, saying
    it was dangerous", "released a statement saying an attack … produced no casualties" (not "…, claiming the lives
    of ten people")."""
    if not _BEFORE_PARTICIPLE.search(layout.text, max(0, s - 60), s):
        return False
    return finite(layout.words_in(e, layout.sentence(s)[1]), layout.text)


#: Words that open no clause after a reporting verb unless what follows makes them part of one.
_TIME_NOUNS = frozenset("week weekend month year morning afternoon evening night time day summer winter spring".split())
_NUMBER = re.compile(r"(?:\d|(?:%s|fifteen|thousand|dozen|half|a\s+(?:dozen|hundred|thousand))\b)" % "|".join(lex.NUMBER_WORDS),
                     re.IGNORECASE)
_COUNTS = re.compile(r"(?:about|around|over|nearly|almost|roughly|up\s+to|as\s+many\s+as|as\s+much\s+as|more\s+than|"
                     r"at\s+least|at\s+most)\s+", re.IGNORECASE)


#: A condition that opens a reported clause before its main clause: "said if the vote fails, the city would …".
_CONDITION = re.compile(r"if\s+[^,;:“”\"]{3,80}?\s*,\s+", re.IGNORECASE)


def opens_a_clause(opening: str, words: list[tuple[int, int]], text: str) -> bool:
    """Whether a word that seldom opens a reported clause opens one here: a count ("said about 20 buildings
    collapsed", "reported as many as 32 hospitalised", "said over a hundred people attended"), "more than"
    ("said more than 4 billion songs had been sold"), or "this"/"that" before a verb or before a noun and a verb
    ("stated this was not connected", "indicate this vehicle may have struck …"; not "said this week"), or a condition
    before its main clause ("said if the vote fails, the city would …")."""
    if not words:
        return False
    rest = text[words[0][0]:]
    if (count := _COUNTS.match(rest)) and _NUMBER.match(rest, count.end()):
        return True
    if opening == "more" and re.match(r"more\s+than\b", rest, re.IGNORECASE):
        return True
    if opening == "if" and (condition := _CONDITION.match(rest)):
        return finite([w for w in words if w[0] >= words[0][0] + condition.end()], text)  # "said if …, the city would"
    if opening in ("this", "that") and len(words) > 1:
        second = text[words[1][0]:words[1][1]].lower()
        if second in lex.FINITE:
            return True
        third = text[words[2][0]:words[2][1]].lower() if len(words) > 2 else ""
        return second.isalpha() and second not in _TIME_NOUNS and third in lex.FINITE
    return False

