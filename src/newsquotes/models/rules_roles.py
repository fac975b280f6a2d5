"""Roles and titles around a person's name for the ``rules`` model: the words before a name that are no part of
it ("Senior Fellow Marlo Lewis", "Broadcaster Piers Morgan"), the honours after it, and the capitalised runs that
name a role or a thing rather than a person ("Vice Presidents", "Divisional Railway Manager", "Trump Derangement
Syndrome").
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex

#: Roles before a person's name that the title list leaves out, none of them a first name:
#: "Constable Daniel Dubé", "Assemblywoman Selena Torres", "Podcaster Spike Cohen".
ROLES = _ROLES = frozenset("""
    Constable Superintendent Trooper Corporal Commander Assemblyman Assemblywoman Assemblymember Congressman
    Congresswoman Councilman Councilwoman Alderman Legislator Lawmaker MP MEP MLA MK Swami Rabbi Imam Sheikh Cardinal
    Archbishop Pastor Actor Actress Singer Rapper Podcaster Comedian Voter Attorney Prosecutor Lawyer Fellow
    Analyst Economist Scientist Researcher Astronaut Candidate Nominee Activist Author Writer Journalist Reporter
    Producer Chef Founder Co-founder Owner Player Striker Goalkeeper Manager Editor Advisor Adviser Counselor
    Counsel Chair Envoy Monsignor Strategist Commentator Host Anchor Pollster Physician Surgeon Nurse Officials
    Senior Vice Coroner Treasurer Auditor Comptroller Clerk Marshal Whip Czar Leader Broadcaster Presenter Drummer
    Guitarist Bassist Vocalist Co-developer Lead Photographer Banker Master Grandmaster Monseñor Monsenor Panelist
    Scholar Columnist
""".split())
#: The roles as nouns: "the archbishop said".
ROLE_NOUNS = frozenset(w.lower() for w in _ROLES if w.lower() not in ("senior", "vice", "officials", "mp", "mep", "mla", "mk"))
#: Honours and degrees after a name, which are no part of it: "Kama Melly QC".
_POSTNOMINALS = frozenset("QC KC MP MEP OBE CBE MBE KBE PhD MD".split())



def bare_name(name: str) -> str:
    """A person's name without the role before it, the honours after it and the place or body it is of:
    "Police Senior Superintendent Yolanda Yu" and "Yolanda Yu of the police" are "Yolanda Yu"."""
    words = name.split()
    link = next((k for k, w in enumerate(words) if k >= 2 and w in ("of", "from", "at", "for")), None)
    words = words[:link] if link else words
    while len(words) > 1 and words[-1].rstrip(".,") in _POSTNOMINALS:
        words.pop()
    return " ".join(words[after_role(words):])


#: A person named by their age: "56-year-old", "six-year-old", "twenty-five-year-old".
AGE = r"(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old"


def after_role(words: list[str]) -> int:
    """Where the name starts after the roles and titles before it (0 without any): "Senior Fellow Marlo Lewis"."""
    roles = [k for k, w in enumerate(words[:-1]) if w.rstrip(".") in _ROLES or w.rstrip(".") in lex.TITLES
             or re.fullmatch(AGE, w, re.I) or (w.isupper() and 2 <= len(w) <= 3 or agent_role(w)
                                                             or _PREFIXED_ROLE.fullmatch(w)) and k <= len(words) - 3]
    return roles[-1] + 1 if roles else 0


#: A noun of an agent, which a role before a name is: "Correspondent", "Historian", "Biologist", not "Child".
_AGENT = re.compile(r"[A-Z][a-z]+(?:er|or|ist|ian|ent|ant|ee)")
#: A role with a prefix, which no hyphenated given name ("Jean-Pierre") has: "Co-developer Jing Wang", "Ex-minister
#: …", "Co-Host Jane Doe"; or a title of the "general" kind: "Secretary-General Jane Doe", "Director-General".
_PREFIXED_ROLE = re.compile(r"(?:Co|Ex|Vice)-[A-Za-z]+|(?:[A-Z][a-z]+-)+General")
#: Title words that are also surnames, which may end a person's name: "Stephen King", "John Major".
_SURNAME_TITLES = frozenset("King Queen Prince Princess Major Judge Justice Lord Bishop Marshal Speaker Coach Chancellor "
                             "Player".split())
#: Last words of the names of laws, plans, prizes, shows and syndromes, which are named after people but are none:
#: "Trump Derangement Syndrome", "Patriot Act", "Golden Globe Award", "The Doris Day Show".
THING_HEADS = _THING_HEADS = frozenset("""
    Syndrome Act Bill Doctrine Effect Show Award Awards Prize Plan Amendment Agreement Accord Treaty Protocol Index
    Disease Virus Flu Fever Trophy Medal Series
""".split())
#: Abstract nouns, which no person's name holds: "Emergency Management Presidency", "Genital Mutilation".
_ABSTRACT = re.compile(r"[A-Z]?[a-z]{3,}(?:tions?|ments?|ities|ity|ships?|ency|ancy|isms?)")


def names_no_person(words: list[str]) -> bool:
    """Whether a run of two or three capitalised words names a role, a group or a thing rather than a person: it
    ends in a role or its plural ("Divisional Railway Manager", "Vice Presidents", "Women Grand Masters"), in the
    head of a thing's name ("Trump Derangement Syndrome")."""
    last = words[-1].rstrip(".")
    if last in _SURNAME_TITLES:
        return False
    if last in _ROLES and last != "Marshal" or plural_role(last):
        return True
    return last in _THING_HEADS


def abstract_name(words: list[str]) -> bool:
    """Whether a run holds an abstract noun, which a body's or a campaign's name has but no person's: "Emergency
    Management Presidency", "Operation Clambake"."""
    return any(_ABSTRACT.fullmatch(w) for w in words)


def plural_role(word: str) -> bool:
    """Whether a capitalised word is the plural of a role or a title: "Presidents", "Masters", "Prosecutors"."""
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else ""
    return bool(singular) and (singular in _ROLES or singular in lex.TITLES or singular.lower() in lex.PERSON_NOUNS)


#: The particles of names, in lower case or capitalised: "Bill de Blasio", "Rebecca Nyandeng De Mabior".
_PARTICLES = lex.NAME_PARTICLES | {w.capitalize() for w in lex.NAME_PARTICLES}


def particle_name(words: list[str]) -> bool:
    """Whether a run is a person's name with particles before the surname: one or two given names, the particles,
    and one last name, none of them a place's, a people's or a body's word ("Bill de Blasio", "Charles de Gaulle")."""
    k = next((i for i, w in enumerate(words) if w in _PARTICLES), 0)
    return (1 <= k <= 2 and len(words) >= k + 2 and all(w in _PARTICLES for w in words[k:-1])
            and words[-1][0].isupper() and words[-1] not in _PARTICLES and not any(
                w in lex.GPE or w in lex.NORP or w in lex.ORG_WORDS or w in lex.TITLES for w in words))


def place_after_opener(word: str, lowercase: set[str]) -> bool:
    """Whether the word after "New", "San", "Fort" … names a place: not a common word of the article ("New
    Release") nor a people's or a person's noun ("New Yorker", "New Mexican")."""
    return word.lower() not in lowercase and not re.search(r"(?:kers?|ders?|icans?|ians?)$", word)


def agent_role(word: str) -> bool:
    """Whether a capitalised word is an agent's role, which may stand before a name: "Historian", "Correspondent"."""
    return bool(_AGENT.fullmatch(word)) and word.lower() in lex.PERSON_NOUNS
