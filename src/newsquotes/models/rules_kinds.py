"""What the text does with a name that tells an organisation from a person, for the ``rules`` model.

Two capitalised words look like a person's name whether they are one ("Mike Gikas") or not ("Bear Stearns",
"Air Canada"), and a single word is often no known word at all ("Cisco", "Chrysler"). The words around the name
tell: a company's noun before it ("German airline Air Berlin", "rock band Cream"), a company's role or its shares
("CEO of Massey Energy", "shares in Bear Stearns", "Freddie Mac's chief economist", "the Hang Seng index", "PACCAR,
Inc."), an appositive ("Met Éireann, the national meteorological service"), or "the" before a name that acts
("the Federal Reserve arranged", "The Coast Guard said"). A person's courtesy title anywhere ("Mr. Stearns") wins.
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_text import Layout

#: Nouns of organisations that stand right before a name: "German airline Air Berlin", "the auto companies Toyota".
_BODY_BEFORE = re.compile(r"\b(?:airlines?|carriers?|companies|company|firms?|banks?|bands?|"
                          rf"(?:{'|'.join(sorted(lex.MAKERS - {'maker'}))})s?|"
                          r"supergroup|daily|dailies|newspapers?|broadcasters?|retailers?|manufacturers?|insurers?|"
                          r"lenders?|chains?|groups?|startups?|conglomerates?|giants?|website|agency|network|station|outlet|"
                          r"tabloid|magazine|wire service|supermarkets?|exchanges?|journal|organi[sz]ation|club|"
                          r"news source|publication|nonprofit|charity)\s+$")
#: Names listed after a plural noun of organisations: "banks such as Citibank, HSBC, and Commerzbank", "the auto
#: companies Toyota, Nissan and Honda".
_LISTED_AFTER = re.compile(r"\b(?:airlines|carriers|carmakers|automakers|companies|firms|banks|lenders|retailers|"
                           r"manufacturers|insurers|chains|conglomerates|exchanges|brands)"
                           r"(?:,?\s+(?:such as|including|like))?\s+[-–—]?\s*"
                           r"(?:[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){0,3},?\s+(?:and\s+)?){0,5}$")
#: A company's role, shares or dealings "of" it: "CEO of Massey Energy", "Vice Chairman of Chrysler", "shares in X".
_ROLE_OF = re.compile(r"\b(?:CEO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Cc]hairman|[Cc]hairwoman|[Cc]o-?founder|"
                      r"[Ff]ounder|shareholders|stockholders|subsidiary|takeover|acquisition|bankruptcy|"
                      r"[Pp]resident and CEO)\s+(?:of|at)\s+(?:the\s+)?$|\b(?:[Ss]hares|[Ss]tock|[Ss]take)\s+(?:of|in)\s+$")
#: A company's own parts or dealings after its possessive: "Freddie Mac's chief economist", "Ford's decision".
_POSSESSED = re.compile(r"(?:'s|’s|')\s+(?:[a-z-]+\s+){0,2}?(?:chief executive|CEO|chairman|shares|stock|"
                        r"share price|revenues?|profits?|earnings|headquarters|subsidiary|employees|workforce|"
                        r"shareholders|chief economist|board of directors|stores|customers|"
                        r"editorial director|editor|broadcast|website|quarterly)\b")
#: Nouns right after a name that make it a company's or an index's: "Bear Stearns shares", "the Hang Seng index".
_BODY_AFTER = re.compile(r"\s+(?:shares|stock index|stock exchange|index|indexes|indices|executives|shareholders|stores|analysts?|"
                         r"economists?|strategists?|traders?|spokesperson|spokesman|spokeswoman)\b")
#: A company's legal form after a comma: "PACCAR, Inc.", "BNP Paribas, SA".
_LEGAL_FORM = re.compile(r",\s+(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|SA|AG|NV|GmbH)(?![\w-])")
#: An appositive of a body right after a name: "Met Éireann, the national meteorological service for Ireland".
_APPOSED_BODY = re.compile(r",\s+(?:the|a|an|which is the|both|both very)\s+(?:(?!of\b|for\b|at\b|with\b)[\w.-]+\s+){0,4}?"
                           r"(?:compan(?:y|ies)|"
                           r"firms?|banks?|airlines?|carmakers?|automakers?|manufacturers?|makers?|retailers?|"
                           r"lenders?|insurers?|conglomerates?|band|agency|service|broadcaster|newspaper|"
                           r"network|suppliers?|chain|operator|business|organi[sz]ation|charity|nonprofit|school|"
                           r"publication|journal|website|union|militia|gang)"
                           r"(?:\s*[,.;(]|\s+(?:of|for|in|that|which|based|founded|owned|headquartered|with)\b)")
#: What a body does right after "the Name": "the Federal Reserve arranged", "the Coast Guard said".
_ACTS_AFTER = re.compile(r"\s+(?:has|had|is|was|will|would|said|says|stated|announced|reported|rose|fell|lost|"
                         r"[a-z]{3,}ed)\b"
                         r"|\s*[,.;:)]")
_ACTS_VERB = re.compile(r"\s+(?:has|had|is|was|will|said|says|stated|announced|reported|rose|fell|lost|"
                        r"[a-z]{3,}ed)\b")
#: Courtesy titles that only a person takes.
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Miss|Sir|Dame)\.?\s+$")


def organisation_by_context(layout: Layout, name: str) -> bool:
    """Whether what the article does with ``name`` shows an organisation and nothing shows a person."""
    text = layout.text
    evidence = False
    for s, e in _occurrences(text, name, joiners="-"):
        before, after = text[max(0, s - 120):s], text[e:e + 80]
        if _HONORIFIC.search(before[-12:]):
            return False
        # the article's "the" before an acronym and a name is the acronym's: "the UN Nikki Haley:"
        if _org_cue(name, before, after, len(name.split()) > 1 and not name.split()[0].isupper() or name.isupper()):
            evidence = True
    last = name.split()[-1]
    if last != name and any(_TITLE_BEFORE.search(text, max(0, s - 40), s) and _WORD_EDGE.match(text, e)
                            for s, e in _occurrences(text, last, joiners=None)):
        return False  # "Mr Stearns" elsewhere: a person's surname
    return evidence


#: A person's courtesy title right before a word: "Mr Stearns".
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+$")
_WORD_EDGE = re.compile(r"\b")


def _occurrences(text: str, word: str, joiners: str | None) -> list[tuple[int, int]]:
    """Where ``word`` stands in ``text``: with ``joiners``, as a whole word that no word character nor joiner
    touches; without, wherever it begins. Plain string search: every name an article holds is looked up, and a
    pattern made for each would be compiled again and again."""
    found, pos = [], text.find(word)
    while pos != -1:
        end = pos + len(word)
        if joiners is None or not (_touches(text, pos - 1, joiners) or _touches(text, end, joiners)):
            found.append((pos, end))
            pos = text.find(word, end)
        else:
            pos = text.find(word, pos + 1)
    return found


def _touches(text: str, k: int, joiners: str) -> bool:
    return 0 <= k < len(text) and (text[k].isalnum() or text[k] == "_" or text[k] in joiners)


#: Last words of places' names, which "the" goes before: "the Ahr Valley", "the Middle East".
_PLACE_TAIL = re.compile(r"\b(?:Valley|River|Mountains?|Island|Islands|Lake|Sea|Ocean|Bay|Coast|Desert|Forest|Park|"
                         r"Road|Street|Avenue|Square|Bridge|Canyon|Peninsula|Region|District|East|West|North|South)$")


def _org_cue(name: str, before: str, after: str, several_words: bool) -> bool:
    if re.search(r"\bvia\s+(?:[\w-]+\s+){0,3}$", before):
        return False  # "according to the mayor via news agency Interfax": the channel is left to the speaker's phrase
    if _BODY_BEFORE.search(before[-40:]) or _ROLE_OF.search(before[-40:]) or _LISTED_AFTER.search(before):
        return True
    if _POSSESSED.match(after) or _BODY_AFTER.match(after) or _LEGAL_FORM.match(after) or _APPOSED_BODY.match(after):
        return True
    # "the Federal Reserve arranged": a person's name takes no article; one word after "the" may be a thing, and
    # "in the Middle East." is a place, "The God Delusion." a title
    if not several_words or re.search(r"\b(?:in|at|from|near|across|into)\s+the\s+$", before) or _PLACE_TAIL.search(name):
        return False
    if re.search(r"(?:^|[^\w])the\s+$", before):
        return bool(_ACTS_AFTER.match(after))
    return bool(re.search(r"(?:^|[^\w])The\s+$", before)) and bool(_ACTS_VERB.match(after))


#: Prepositions before a place rather than a body: not "at", "at Chrysler".
_PLACE_PREPOSITIONS = frozenset("in near across outside inside".split())


def locative_place(layout: Layout, start: int, end: int) -> bool:
    """Whether a known place's name stands where a place goes: "in Melbourne", "El Paso, Texas"."""
    words = layout.words_in(max(0, start - 12), start)
    if words and layout.word(words[-1]).lower() in _PLACE_PREPOSITIONS and layout.text[words[-1][1]:start] == " ":
        return True
    following = re.match(r",\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)", layout.text[end:end + 30])
    return bool(following) and (following.group(1) in lex.GPE or following.group(1).split()[0] in lex.GPE)


def place_after_name(layout: Layout, rest: list[tuple[int, int]]) -> int:
    """Where "of" stands in a titled name that a known place ends: "Amy Klobuchar of Minnesota"; 0 if nowhere."""
    words = [layout.word(w) for w in rest]
    link = next((k for k, w in enumerate(words) if w == "of"), 0)
    return link if link >= 2 and " ".join(words[link + 1:]) in lex.GPE else 0


#: A company's legal form after a comma, which its name takes: "PACCAR, Inc., a manufacturer of trucks".
_COMMA_LEGAL_FORM = re.compile(r",\s(?:Inc|Corp|Ltd|LLC|plc|PLC)\b\.?(?=[ ,;:)])")


def join_legal_forms(text: str, found: list) -> list:
    """Mentions with the legal form after their comma taken in ("United Rentals, Inc., says"), as organisations;
    the form's own mention dropped. A name alone on its line with its form is a label, left to the labels' rules."""
    kept, end = [], -1
    for mention in found:
        if mention.start < end:
            continue
        form = _COMMA_LEGAL_FORM.match(text, mention.end)
        if form and mention.label in ("ORG", "PERSON"):
            mention.end, mention.label = form.end(), "ORG"
        kept.append(mention)
        end = mention.end
    return kept


#: Words that make a name a place's: "Palm Beach County", "Tyumen Oblast", "Davao City", "County Galway".
_PLACE_ENDS = frozenset("County City Parish Province Oblast Region District Township Borough Prefecture".split())


#: A place's name after a comma that ends there: "El Paso, Texas, with", not "John Cornyn, Texas Republican".
_PLACE_AFTER_COMMA = re.compile(r",\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?=\s*[,.;:)]|$)")


def place_kind(layout: Layout, run: list[tuple[int, int]]) -> str | None:
    """The kind of two or three name words that are a place's, not a person's: a place's word ends or opens them
    ("Palm Beach County", "County Galway"), or a known place follows them after a comma ("El Paso, Texas"). A place
    that acts is its government ("Mecklenburg County hired consultants"), which speaks as a body does."""
    words = [layout.word(w) for w in run]
    if words[-1] in _PLACE_ENDS or words[0] == "County" and len(words) == 2:
        return "ORG" if _ACTS_VERB.match(layout.text, run[-1][1]) else "GPE"
    following = _PLACE_AFTER_COMMA.match(layout.text, run[-1][1])
    return "GPE" if following and following.group(1) in lex.GPE else None


def companies_by_context(layout: Layout, found: list) -> None:
    """Relabel names of two or more words taken for a person's that the article treats as a company's ("shares in
    Bear Stearns"), or that a company's name opens ("retailer Tesco" … "Tesco Polska"), or an acronym before a place
    ("ICE Houston")."""
    text = layout.text
    for m in found:
        words = text[m.start:m.end].split()
        if m.label != "PERSON" or m.title or len(words) < 2:
            continue
        acronym_of_place = re.fullmatch(r"[A-Z]{2,5}", words[0]) and " ".join(words[1:]) in lex.GPE
        opener = words[0] not in lex.GPE and words[0] not in lex.NORP and organisation_by_context(layout, words[0])
        if acronym_of_place or opener or organisation_by_context(layout, text[m.start:m.end]):
            m.label = "ORG"


#: A relative clause of a person right after a name: "Wiranto, who was visiting".
_WHO_AFTER = re.compile(r",\s+who\b")
#: Words before a name that make it a place or a group that "who" reaches past: "a radioastronomer at West
#: Virginia University in Morgantown, who", "members of Scientology, who".
_PLACE_OR_PART = frozenset("of in at from near to into across".split())


def person_by_who(layout: Layout, start: int, end: int) -> bool:
    """Whether ", who" after a one-word name makes it a person's ("Wiranto, who was visiting", "adored Deirdre,
    who"): bodies take "which", and no place or group before it takes the clause instead."""
    before = layout.words_in(max(0, start - 30), start)
    return bool(_WHO_AFTER.match(layout.text, end)) and not (
        before and layout.word(before[-1]).lower() in _PLACE_OR_PART)


#: A person's noun that a name is set after with a comma: "There was a lady there, Rajamma, she worked",
#: "his 95 year old mom, Mafa, who".
_NOUN_BEFORE = re.compile(r"\b([a-z]+)(?:\s+(?:there|here))?,\s+$")


def introduced_person(layout: Layout, start: int, end: int) -> bool:
    """Whether the text introduces a one-word name as a person's, so that the name is hers wherever it comes
    back: ", who" follows it, or a person's noun stands before it with a comma ("a lady there, Rajamma,")."""
    noun = _NOUN_BEFORE.search(layout.text, max(0, start - 30), start)
    return person_by_who(layout, start, end) or bool(noun) and lex.head_kind(noun.group(1)) == "PERSON"
