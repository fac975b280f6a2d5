"""Whether a capitalised word sequence is a person's name, and where a body's name goes on, for the ``rules`` model.

Title Case is not only for names: headings ("Policy Shortcomings", "Reaching Riverwood"), slogans and bills ("Big
Beautiful Bill") and things after "the" ("the Frühburgunder") are capitalised too. A person's name has a word that
the article never writes in lower case, does not open with a gerund and takes no article. A body's name may hold
"and" and a plural possessive ("Universities and Colleges Employers' Association"), and a role may name its
portfolio with "and" ("Counselor for Trade and Manufacturing Peter Navarro"). Four or more name words are a body's
unless a generation, an initial or a person's noun beside them shows a person ("John James Conyers Jr.").
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_roles import ROLE_NOUNS, abstract_name
from newsquotes.models.rules_text import Layout

Words = list[tuple[int, int]]

#: First names that look like gerunds: "Sterling K. Brown", "Irving Berlin".
_ING_NAMES = frozenset("Sterling Irving Ewing Channing Darling King Ming Ling Ping Ying Jing Xing Qing".split())
#: Endings of abstract common nouns, which no name word has: "Shortcomings", "Communication", "Management".
_NOUN_ENDING = re.compile(r"[A-Z]?[a-z]{3,}(?:ings|tions?|ments?|ness|ities|ity|ships?|ances?|ences?)")
#: Words after "the <Word>" that show a thing, not a modifier: "the Frühburgunder is", "the Frühburgunder, an …".
_AFTER_THING = frozenset("is was has had are were will can could would and or of in on that which with".split())
#: The words after a phrase that may join another to it.
_JOINING = frozenset("and or with".split())
#: The words that make a name a body's, without the companies' own names ("Beatles' Apple Corps" is Apple Corps).
BODY_WORDS = _BODY_WORDS = lex.ORG_WORDS - frozenset("Reuters Yonhap Wikinews Google Microsoft Facebook Twitter YouTube Apple Amazon "
                                        "Airbus Boeing".split())


def gerund(word: str) -> bool:
    """Whether a capitalised word is a gerund, which opens a heading but no name: "Granting", "Reaching"."""
    return bool(re.fullmatch(r"[A-Z][a-z]{2,}ing", word)) and word not in _ING_NAMES


def not_a_person(layout: Layout, run: Words, lowercase: set[str]) -> bool:
    """Whether a run of two or three capitalised words, which no title introduces, is no person's name: it opens
    with a gerund, every word of it is written in lower case elsewhere in the article ("Big Beautiful Bill"), it
    stands alone as a heading with a common word in it ("Policy Shortcomings"), or it stands in a Title Case
    headline and its last word comes nowhere else ("Trump Delivers")."""
    words = [layout.word(w) for w in run]
    if gerund(words[0]) or all(w.lower() in lowercase for w in words):
        return True
    text = layout.text
    alone = text[max(0, run[0][0] - 1):run[0][0]] in ("", "\n") and text[run[-1][1]:run[-1][1] + 1] in ("", "\n")
    if alone and any(w.lower() in lowercase or _NOUN_ENDING.fullmatch(w) for w in words):
        return True
    return in_title_case_line(layout, run[0][0]) and not seen_elsewhere(layout, run[0][0], words[-1])


def in_title_case_line(layout: Layout, pos: int) -> bool:
    """Whether ``pos`` lies in a headline written in Title Case before its colon or quotation, which capitalises
    small words inside it: "Trump Delivers Most Secure Border in History — Arrests Drop 15 Percent From Record"."""
    k = layout.paragraph(pos)
    start, end = layout.paragraph_starts[k], layout.paragraphs[k].end
    head = re.split(r"[:“\"]", layout.text[start:end], maxsplit=1)[0]
    if pos >= start + len(head):
        return False
    return len(re.findall(r"(?<=[A-Za-z] )(?:To|On|In|Of|For|From|With|At|Is|Are|By|As|And|The|Its|Over)\b", head)) >= 2


def seen_elsewhere(layout: Layout, pos: int, word: str) -> bool:
    """Whether ``word`` comes back outside the paragraph that holds ``pos``."""
    k = layout.paragraph(pos)
    start, end = layout.paragraph_starts[k], layout.paragraphs[k].end
    pattern = re.compile(r"\b%s\b" % re.escape(word))
    return bool(pattern.search(layout.text, 0, start) or pattern.search(layout.text, end))


def after_the(layout: Layout, start: int) -> bool:
    """Whether a lowercase "the" stands right before ``start``: "the Frühburgunder"."""
    return layout.text[max(0, start - 4):start] == "the "


def person_noun_before(text: str, start: int, link: str = "", reach: int = 20) -> str | None:
    """The lower-case noun of persons that ends the ``reach`` characters before ``start``, with the word ``link``
    after it, if any: "their two sons" (Wyatt and Zachary), "an analyst at" (Piper Jaffray)."""
    noun = re.search(rf"\b([a-z]+)\s+{link}\s+$" if link else r"\b([a-z]+)\s+$", text[max(0, start - reach):start])
    return noun.group(1) if noun and lex.head_kind(noun.group(1)) == "PERSON" else None


def thing_follows(layout: Layout, end: int, joined: bool = True) -> bool:
    """Whether what follows a word ends a noun phrase (punctuation, a verb or link word), not a modified noun: "the
    Frühburgunder is", not "the Trump administration". Where ``joined`` is false, "and", "or" and "with" may go on
    with the phrase ("The Lincoln Memorial and the Jefferson Memorial") and end none."""
    after = layout.text[end:end + 30]
    if re.match(r"\s*[,.;:!?)]", after):
        return True
    word = re.match(r"\s+([a-z]+)", after)
    return bool(word) and word.group(1) in (_AFTER_THING if joined else _AFTER_THING - _JOINING)


def plural_possessive_in_name(layout: Layout, run: Words, span: tuple[int, int]) -> bool:
    """Whether a capitalised word after a plural possessive goes on a body's name: "Colleges Employers' Association",
    "Workers' Party"; a body's word must come next."""
    text = layout.text
    gap = text[run[-1][1]:span[0]]
    return gap in ("' ", "’ ") and layout.word(run[-1]).endswith("s") and layout.word(span) in _BODY_WORDS


def and_in_body(layout: Layout, run: Words, after: Words, roles: frozenset[str], lowercase: set[str] = frozenset()) -> bool:
    """Whether "and" joins two parts of one body's name or one role's portfolio: the words before it are plural, a
    common noun the article writes in lower case, or name a portfolio after a title, one of ``roles`` or a body's
    word ("Universities and Colleges Employers' Association", "Secretary of Health and Human Services", "Counselor
    for Trade and Manufacturing Peter Navarro", "Department of Health and Human Services", "North Wales Fire and
    Rescue Service"), and capitalised words after it reach a body's word or the run holds a title with its "of" or
    "for"."""
    text = layout.text
    words = [layout.word(w) for w in run]
    portfolio = any((w.rstrip(".") in lex.TITLES or w in roles or w in _BODY_WORDS and _topic_follows(layout, after))
                    and len(words) - 2 <= k + 2
                    and words[k + 1] in ("of", "for")  # "Secretary of Health and", not "Secretary of State Marco Rubio and"
                    for k, w in enumerate(words[:-1]))  # "Department of Health and Human Services"
    if portfolio and after and text[after[0][0]].isupper() and layout.word(after[0]) not in lex.STOP:
        return True
    common = words[-1].lower() in lowercase and not (words[-1] in lex.GPE or words[-1] in lex.NORP or len(
        words) > 1 and words[-1] in lex.ORG_WORDS)  # not "the Trump Administration and EU Commission"
    if not words[-1].endswith("ies") and not (words[-1].endswith("s") and words[-1][0].isupper() and len(run) == 1) \
            and not common:  # "North Wales Fire and Rescue Service": a common noun, which the article writes lower case
        return False
    previous = None
    for span in after:
        if not text[span[0]].isupper() or previous is not None and text[previous[1]:span[0]] not in (" ", "' ", "’ "):
            break
        if layout.word(span) in lex.ORG_WORDS:
            return True
        previous = span
    # "Customs and Border Protection": a plural before "and", an abstract noun ending the name after it
    # (not a people: "Democrats and Homeland Security officials")
    return previous is not None and len(run) == 1 and words[0].endswith("s") and words[0].rstrip("s") not in lex.NORP and abstract_name(
        [layout.word(previous)])


def body_across_and(layout: Layout, run: Words, after: Words, lowercase: set[str]) -> bool:
    """Whether "and" joins two parts of one body's name whose body's word comes after it: "Food and Agriculture
    Organization", "Disaster and Emergency Management Presidency", "Immigration and Customs Enforcement". The words
    before "and" name nothing of their own: no person, place, people or body, but a common or abstract noun, or words
    the article writes nowhere else; and the words after it are no name the article uses alone ("Toyota and General
    Motors")."""
    text = layout.text
    words = [layout.word(w) for w in run]
    last = words[-1]
    if any(w in lex.ORG_WORDS or w.rstrip("s") in lex.ORG_WORDS or w in lex.EVENT_WORDS or w in lex.FAC_WORDS
           or w.rstrip(".") in lex.TITLES or w.lower() in ROLE_NOUNS for w in words) or (
            last in lex.GPE or last in lex.NORP or last.rstrip("s") in lex.NORP or last.isupper()):
        return False
    if re.search(r"[A-Z][\w.'’-]*,\s+$", text[max(0, run[0][0] - 40):run[0][0]]):
        return False  # the last two of a list: "VTB, Sberbank and Gazprom Bank"
    tail: list[str] = []
    previous = None
    for span in after:
        word = layout.word(span)
        if not word[0].isupper() or previous is not None and text[previous[1]:span[0]] != " ":
            break
        tail.append(word)
        previous = span
    if not tail or len(tail) == len(after) or tail[0] in lex.GPE or tail[0] in lex.NORP or tail[0].isupper() or any(
            w in lex.STOP or w.rstrip(".") in lex.TITLES or w.lower() in ROLE_NOUNS for w in tail):
        return False
    if not (tail[-1] in lex.ORG_WORDS or tail[-1].rstrip("s") in lex.ORG_WORDS or len(tail) > 1 and abstract_name(
            tail[-1:])):
        return False  # not a heading's "Operation and Discontinuation"
    behind = " ".join(tail)
    whole = text.count(f"{last} and {behind}")
    if text.count(behind) > whole:
        return False  # the words after "and" name a body of their own
    return abstract_name(words) or last.lower() in lowercase or text.count(last) == whole


def _topic_follows(layout: Layout, after: Words) -> bool:
    """Whether the capitalised words after "and" go on a body's topic ("… of Health and Human Services"), not
    name a second body ("University of Bristol and UC Davis", "… and Imperial College")."""
    words = []
    for span in after:
        if not layout.text[span[0]].isupper():
            break
        words.append(layout.word(span))
    return bool(words) and not (words[0].isupper() or words[0] in lex.GPE or any(w in lex.ORG_WORDS for w in words))


def surname_again(layout: Layout, run: Words, lowercase: set[str]) -> bool:
    """Whether a place's name before one more word is a first name: the second word comes back alone as a
    speaker in the article ("Chad Smith … Smith said", "Jordan Peterson … Mr. Peterson"), or the two words stand
    beside a role ("drummer Chad Smith", "Georgia Nugent, the president,"), unlike "Utah Jazz"."""
    words = [layout.word(w) for w in run]
    if len(words) != 2 or words[0] not in lex.GPE or not words[0].isalpha() or words[1].isupper() or words[1].lower() in lowercase or words[1] in lex.GPE:
        return False
    return said_alone(layout, words[0], words[1]) or _beside_a_role(layout, run)  # not "Cyprus Mail reported"


#: A person's noun right before a name, or in an appositive right after it: "drummer Chad Smith", "…, the president,".
_ROLE_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_ROLE_AFTER = re.compile(r",\s+(?:the|a|an)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s*(?:[,;.]|\s(?:of|at|for|in)\b)")


def _beside_a_role(layout: Layout, run: Words) -> bool:
    text = layout.text
    before = _ROLE_BEFORE.search(text, max(0, run[0][0] - 20), run[0][0])
    after = _ROLE_AFTER.match(text, run[-1][1])
    heads = ([before.group(1)] if before else []) + (after.group(1).split()[-1:] if after else [])
    return any(lex.head_kind(w) == "PERSON" or w in ROLE_NOUNS for w in heads)


def said_alone(layout: Layout, first: str, last: str) -> bool:
    """Whether the last word of a name comes back alone as a speaker or after an honorific ("Smith said", "Ms.
    Smith", "Day said"): a person's surname."""
    text = layout.text
    for m in re.finditer(r"(?<![\w.-])%s(?![\w-])" % re.escape(last), text):
        verb = re.match(r"\s+([a-z]+)", text[m.end():m.end() + 20])
        before = text[max(0, m.start() - 5):m.start()]
        if not text[:m.start()].endswith(first + " ") and (
                verb and verb.group(1) in lex.SPEECH_VERBS or re.search(r"\b(?:Mr|Mrs|Ms|Dr)\.? $", before)):
            return True  # "Smith said", "Ms. Smith"
    return False


#: A reporting verb that inverts its subject after a quotation or a clause: "…,” said Mike Gikas of …".
_VERB_BEFORE = re.compile(r"[,”\"]\s*(?:%s)\s+$" % "|".join(sorted(lex.SPEECH_VERBS)))


def reported_by(layout: Layout, run: Words) -> bool:
    """Whether a capitalised run is the subject of a reporting verb right after it or right before it ("Nils-Erik
    Haagenrud of Rogaland Fire and Rescue said", "…, said Mike Gikas of Consumer Reports"): a speaker, whom a
    person's name before "of" names rather than the body after it."""
    text, start, end = layout.text, run[0][0], run[-1][1]
    after = re.match(r"\s+(?:[a-z]+ly\s+|also\s+|on\s+\w+\s+)?([a-z]+)\b", text[end:end + 40])
    return bool(after and after.group(1) in lex.SPEECH_VERBS) or bool(_VERB_BEFORE.search(text, max(0, start - 16), start))


#: Words of places and things named "<X> of <Y>", never a person's: "Democratic Republic of the Congo".
PLACE_WORDS = _PLACE_WORDS = frozenset("Republic Kingdom States Union Islands Isle Gulf Bay Sea Lake Cape Statue Order".split())


def person_of_body(name: list[str], body: list[str]) -> bool:
    """Whether "<name> of <body>" is a person of a body or place: two name words, and an acronym or a
    known place after "of" ("Bill Gerstenmaier of NASA"), not a thing's name ("Democratic Republic of …")."""
    place = " ".join(name) in lex.GPE or bool(name) and name[0] in lex.GPE  # a surname may be one: "Gene Munster"
    plain = not place and not any(w in lex.NORP or w.rstrip(".") in lex.TITLES or w in lex.FAC_WORDS
                                  or w in lex.EVENT_WORDS or w in _PLACE_WORDS or not w[0].isupper() for w in name)
    body = [w for w in body if w not in lex.CONNECTORS]
    known = bool(body) and (" ".join(body) in lex.GPE or all(w.isupper() and len(w) >= 2 for w in body))
    return plain and known


#: Nouns that make the name before them, or the name they stand beside, a company's or a publication's.
_BODY_HEADS = frozenset("""
    agency newspaper broadcaster network channel magazine tabloid company firm carmaker automaker airline bank group
    manufacturer maker retailer lender insurer conglomerate
""".split())
#: The noun right after a name: "the Xinhua news agency", "the Disney company".
_HEAD_AFTER = re.compile(r"\s+(?:news\s+|state\s+)?(?P<head>[a-z]+)\b")
#: An appositive right after a name: "Volkswagen, the German carmaker, said".
_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?P<head>[a-z]+)\s*,")


def names_a_body(layout: Layout, end: int) -> bool:
    """Whether a single name that ends at ``end`` is a company's or a publication's by the noun after it or the
    appositive beside it: "the state-run Xinhua news agency", "Volkswagen, the German carmaker, said"."""
    after = _HEAD_AFTER.match(layout.text, end)
    apposed = _APPOSITIVE.match(layout.text, end)
    return bool(after and after["head"] in _BODY_HEADS) or bool(apposed and apposed["head"] in _BODY_HEADS)


#: A reporting verb inverted before a role that ends in a run of capitals: "…,” wrote former Ambassador to the".
_INVERTED_ROLE = re.compile(r"[,”\"]\s*(?:%s)\s+[^,.;:“”\"]{0,60}$" % "|".join(sorted(lex.SPEECH_VERBS)))
#: A role's link just before a run of capitals: "director of Amnesty International …", "Ambassador to the …".
_ROLE_LINK = re.compile(r"\b(?:of|to|at|for)\s+(?:the\s+)?$")


def name_after_body(layout: Layout, run: Words) -> int | None:
    """Where a person's name starts in a run that names the body of a role before it and then the person,
    the subject of a reporting verb right after ("Hong Kong director of Amnesty International Man-kei Tam said",
    "Ambassador to the United Nations Nikki Haley wrote"): the last two words, else None."""
    text, start = layout.text, run[0][0]
    words = [layout.word(w) for w in run]
    if len(run) < 4 or any(w in lex.CONNECTORS or not w[0].isupper() for w in words[-3:]) or not _ROLE_LINK.search(
            text, max(0, start - 12), start):
        return None
    name = words[-2:]
    plain = not any(w in lex.ORG_WORDS or w in lex.GPE or w in lex.NORP or w.isupper() or _NOUN_ENDING.fullmatch(w)
                    for w in name) and not re.match(r"\s+\w+ing\b", text[run[-1][1]:])  # not "… Information reporting"
    # the verb after the run, or inverted before the role: "“…,” wrote former Ambassador to the United Nations …"
    inverted = _INVERTED_ROLE.search(text, max(0, start - 80), start) and text[run[-1][1]:run[-1][1] + 1] in ".,"
    # or the surname comes back alone as a speaker, and neither word is a common one ("Enterprise Linux"): "major at
    # University of Texas Arlington Amneh Jafari heard … Jafari said"
    surname = said_alone(layout, *name) and not any(re.search(r"\b%s\b" % re.escape(w.lower()), text) for w in name)
    return len(run) - 2 if plain and (reported_by(layout, run) or inverted or surname) else None


def of_the_cut_body(layout: Layout, run: Words, words: list[str]) -> bool:
    """Whether "<name> of the <body>" is a person of a body whose name the run cut short: a lowercase word or
    a dash goes on after it ("Suman Haripriya of the Hajo assembly", "Ryan Cloutier of the Harvard–Smithsonian")."""
    rest = layout.text[run[-1][1]:run[-1][1] + 12]
    return (len(words) > 3 and words[3] == "the" and person_of_body(words[:2], ["NAME"])
            and bool(re.match(r"(?:\s+[a-z]{3,}\b(?!\s+of\b)|[–—-][A-Z])", rest)))


#: What ends or fills a long name that only a person's has: "William Clay Ford Jr.", "Michael J. T. Guy".
_GENERATION = frozenset("Jr. Jr Sr. Sr II III IV".split())
_INITIAL = re.compile(r"[A-Z]\.?")
#: A person's noun in an appositive right after a name: ", a 37-year-old citizen of Mexico", ", the Supreme Leader of
#: Iran", ", president of Howard University".
_PERSON_AFTER = re.compile(r",\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?)?([A-Za-z]+)\s*(?:[,;.]|\s(?:of|at|for|in)\b)")


def long_person_name(layout: Layout, run: Words) -> bool:
    """Whether four or more capitalised words are one person's name, not a body's: a generation or an initial
    inside ("John James Conyers Jr.", "Wayne A. I. Frederick"), or a person's noun beside them ("Jose Luis Orozco
    Torres, a 37-year-old citizen of Mexico", "mathematician Michael J. T. Guy")."""
    words = [layout.word(w) for w in run]
    if not all(w[0].isupper() for w in words) or any(
            w in lex.GPE or w in lex.NORP or w in lex.ORG_WORDS or w.isupper() for w in words) or (
            lex.head_kind(words[-1]) == "PERSON"):  # "Mitchell Rubber Arabia Founder, Chairman, and CEO"
        return False
    after = _PERSON_AFTER.match(layout.text, run[-1][1])
    return (words[-1] in _GENERATION or any(_INITIAL.fullmatch(w) for w in words[1:-1]) or _beside_a_role(layout, run)
            or bool(after) and lex.head_kind(after.group(1)) == "PERSON")


#: A compound modifier of ownership or running right before a name, which only a body's name takes: "Kremlin-owned",
#: "state-run", "family-controlled"; not "-backed", which a candidate takes ("Trump-backed Kari Lake").
_OWNED = re.compile(r"(?<![\w-])[\w.]+-(?:owned|run|controlled|operated|listed)\s+$")


def owned_before(layout: Layout, start: int) -> bool:
    """Whether a modifier of ownership stands right before ``start``: "Kremlin-owned Unified Aircraft"."""
    return bool(_OWNED.search(layout.text[max(0, start - 30):start]))
