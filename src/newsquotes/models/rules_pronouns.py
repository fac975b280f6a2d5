"""He and she, for the ``rules`` model: each person's sex as the text tells it, and whom a "he" or "she" means.

A person's sex comes from a gendered word just before a mention ("Mrs", "actress", "his daughter") and from the
first he or she after the first person of a sentence when no one else is named in between ("Flynn spoke after he was
pardoned by Trump") and no body named after someone else either ("Waters pointed out the Warhol Factory, the studio
where he worked"), from a "his" or "her own" after a person who leads a sentence with no name in between ("Jobs will
steer the company from his position"), and from a "his" or "her" in a phrase that opens the sentence before its
subject ("In her opening remarks, Waters pointed out"), and from a "he" or "she" that goes on speaking in the next
sentence (``rules_speaker_sexes``). Pronouns inside quotation marks are someone's own words
about someone else and tell nothing. A "he" or "she" outside quotation marks goes to the one person of that sex or
of unknown sex its own sentence names before it ("US President Barack Obama tweeted using his account"), else to the
last person who speaks (or is the source of "according to") in the sentence before ("“…,” says Yunfan Zhang, who
studies FRBs. …, he says") when no one there is known to be of that sex, else to a person of that sex named in the
three last sentences, else to the latest who leads one of them, else to the latest named there as the subject of a
reporting verb ("“…,” Fa added"), else to the latest of that sex named more than once in this paragraph or the one
before, else to the latest of that sex or of unknown sex while one is named in the last five paragraphs. The subject
of the sentence right before goes before a person of that sex named earlier ("Doherty attributes Jobs' success to ….
He states") or, outside quotation marks, named after it there as no subject ("Tim Cook will lead the company while
Jobs is away. He said"); one of that sex named only in the phrase that opens the subject's sentence is no rival of
it ("Following the death of his father Gerhard, Alexander Stodden took over …. He says", ``rules_opening_rivals``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_cataphora import OPENERS
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_opening_rivals import subject_after_opening
from newsquotes.models.rules_text import OWNER_MARK, Layout

#: Words before a name that tell a person's sex.
MALE = frozenset("mr sir lord king prince father son brother husband boyfriend actor spokesman chairman congressman "
                 "assemblyman councilman businessman uncle grandfather nephew monsignor".split())
FEMALE = frozenset("mrs ms miss dame lady queen princess mother daughter sister wife girlfriend actress spokeswoman "
                   "chairwoman congresswoman assemblywoman councilwoman businesswoman aunt grandmother niece".split())
_PRONOUN = re.compile(r"\b(he|she|He|She)\b")
#: A possessive that tells the sex of the subject it follows: "Jobs will steer the company from his position",
#: "Spanton, 39, who has waived her right". A bare "her" is left out: "Trump praised her" is someone else.
_POSSESSIVE = re.compile(r"\b(?:(?P<m>his|himself)|(?P<f>herself|her(?=\s+(?:own|husband|wife|sons?|daughters?|"
                         r"children|mother|father|brother|sister|family|right|life|career)\b)))\b")


#: A phrase that opens a sentence with a possessive of the subject that follows it: "In her opening remarks for
#: attendees, " before "Waters pointed out".
_OPENING_POSSESSIVE = re.compile(r"\W*(?:%s)\s+(?P<pronoun>his|her)\s+[^,;.“”\"]{1,60},\s+" % "|".join(OPENERS))


#: An appositive after a name, between it and its verb: ", the president of the American Farm Bureau,".
_APPOSITIVE = re.compile(r",\s+(?:the|a|an|its|his|her)\s+[^,;.“”\"]{1,80},(?=\s)")

#: An inverted reporting verb right before a name, after what it reports: "…,” said Fa", "…, says Li".
_VERB_BEFORE = re.compile(r"[,”\"]\s*(?:said|says|added|adds|wrote|writes)\s+$")
#: "according to" before a name and the role written before it: "According to analyst Gene Munster, …".
_SOURCE_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+(?:[\w.'’&-]+\s+){0,3}$")


def speaks(text: str, mention: Mention) -> bool:
    """Whether a person is named as the subject of a reporting verb ("Fa added", "Li also says", "Radmall conceded
    that", "Duvall, the president of the Farm Bureau, said", "said Fa") or as a source ("according to Li"): someone
    a later "he said" goes on with."""
    apposed = _APPOSITIVE.match(text, mention.end)  # "Zippy Duvall, the president of the American Farm Bureau, said"
    end = apposed.end() if apposed else mention.end
    after = re.match(r"\s+(?:[a-z]+ly\s+|also\s+|then\s+)?([a-z]+)\b", text[end:end + 40])
    return bool(after and after.group(1) in lex.SPEECH_VERBS
                or _VERB_BEFORE.search(text, max(0, mention.start - 14), mention.start)
                or _SOURCE_BEFORE.search(text, max(0, mention.start - 60), mention.start))


def inside_quotation(text: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` lies inside quotation marks opened after ``lo`` (a sentence start)."""
    span = text[lo:pos]
    return span.count("“") > span.count("”") or span.count('"') % 2 == 1


def _named_after_another(text: str, mentions: list[Mention], people: list[Mention], person: Mention, end: int) -> bool:
    """Whether a body named after another person the article names lies between ``person`` and ``end``, which a
    "he" or "she" there may mean as well: "Waters pointed out the touches of the Warhol Factory, or the studio where
    he worked"."""
    between = [m for m in mentions if person.end <= m.start < end and m.label != "PERSON"]
    if not between:
        return False
    others = {w for p in people if p.name != person.name for w in p.name.split()}
    return any(others & set(text[m.start:m.end].split()) for m in between)


def person_sexes(layout: Layout, mentions: list[Mention], is_subject: Callable[[Mention], bool],
                 clues: Iterable[tuple[str, str]] = ()) -> dict[str, str]:
    """Each person's sex ("m" or "f") where the text tells it, by the majority of its clues (``clues`` adds names
    with a "he" or "she" that means them)."""
    text = layout.text
    votes: dict[str, Counter] = {}
    people = [m for m in mentions if m.label == "PERSON"]

    def vote(name: str, pronoun: str) -> None:
        votes.setdefault(name, Counter())["f" if pronoun.lower() == "she" else "m"] += 1

    for m in people:
        for word in (w.lower().rstrip(".") for w in text[max(0, m.start - 30):m.start].split()[-3:]):
            if word in MALE or word in FEMALE:
                votes.setdefault(m.name, Counter())["m" if word in MALE else "f"] += 1
        lo, hi = layout.sentence(m.start)
        after = next((p for p in _PRONOUN.finditer(text, m.end, hi) if not inside_quotation(text, lo, p.start())),
                     None)
        others = [p for p in people if lo <= p.start < hi and p.name != m.name]
        if after and not any(lo <= p.start < after.start() for p in others) and not _named_after_another(
                text, mentions, people, m, after.start()):
            vote(m.name, after.group(1))  # "Flynn spoke after he was pardoned by Trump": Flynn is a man
        if opener := _OPENING_POSSESSIVE.fullmatch(text, lo, m.start):
            vote(m.name, "he" if opener["pronoun"] == "his" else "she")  # "In her opening remarks, Waters noted"
        possessive = _POSSESSIVE.search(text, m.end, hi)
        if possessive and is_subject(m) and not inside_quotation(text, lo, possessive.start()) and not any(
                m.end <= o.start < possessive.start() for o in mentions):
            vote(m.name, "he" if possessive["m"] else "she")
    for name, pronoun in clues:
        vote(name, pronoun)
    sexes = {}
    for name, count in votes.items():
        (sex, n), = count.most_common(1)
        if n > sum(count.values()) / 2:
            sexes[name] = sex
    return sexes


#: How many paragraphs back the latest person named can still be a "he" or "she" that nothing else tells.
_FALLBACK_PARAGRAPHS = 5

#: Words of the names of regions, which a text about a place may write like a person's name ("Tyumen Oblast").
_REGION_WORDS = frozenset("Oblast Krai Raion County Province Prefecture District Region Governorate Canton".split())


def could_be_person(name: str) -> bool:
    """Whether a name taken for a person's can be one, for a "he" or "she" to go to: not a body's, a region's or a
    thing's ("Michigan-based Whirlpool", "Tyumen Oblast", "Current PowerPC", "Mac OS X": no person's name has a
    capital inside a word but after "Mc", "De" and the like, nor two capitals as a word after its first). Words like "Court" or "Day" are surnames too and are let be."""
    words = name.split()
    if any(len(w) == 2 and w.isalpha() and w.isupper() and not re.fullmatch(r"[IVXLC]+", w) for w in words[1:]):
        return False
    return not any(w in _REGION_WORDS or "-based" in w or re.search(r"[a-z][A-Z]", re.sub(r"^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)", "", w))
                   for w in words)


def salient_person(layout: Layout, people: list[Mention], pos: int, sex: str, sexes: dict[str, str],
                   is_subject: Callable[[Mention], bool]) -> Mention | None:
    """The person a "he" or "she" at ``pos`` most likely is, among the people named before it who are of that sex
    or of unknown sex: the latest known to be of that sex in the three last sentences, else the latest who leads
    one of them, else the latest who speaks in them, else the latest named."""
    fitting = [m for m in people if sexes.get(m.name, sex) == sex and could_be_person(m.name)]
    quoted = inside_quotation(layout.text, layout.paragraph_starts[layout.paragraph(pos)], pos)
    own = [m for m in fitting if m.start >= layout.sentence(pos)[0]]
    if len({m.name for m in own}) > 1:  # "against Biden is that, during his time as Obama's vice president, he"
        own = [m for m in own if not OWNER_MARK.match(layout.text, m.end)]  # an owner is no rival
    if len({m.name for m in own}) == 1 and not quoted:
        return own[-1]  # "US President Barack Obama tweeted using his account": the one person of its own sentence
    lo = layout.start_back(pos, 2)
    recent = [m for m in fitting if m.start >= lo]
    leaders = [m for m in recent if is_subject(m)
               and not inside_quotation(layout.text, layout.sentence(m.start)[0], m.start)]
    known = [m for m in fitting if sexes.get(m.name) == sex]
    speakers = [m for m in recent if speaks(layout.text, m)]  # "“…,” Fa added. … “…,” he said": Fa goes on
    before = layout.sentence(max(layout.sentence(pos)[0] - 1, 0))
    last_said = [m for m in speakers if before[0] <= m.start < before[1]]
    if last_said and not any(m in known for m in recent if m.start >= before[0]):
        return last_said[-1]  # "“…,” says Yunfan Zhang, who studies FRBs. “…,” he says": not Li of the sentences before
    # "Spanton smoked …; she departed …. In between, she testified, she was raped by Quirin, …. She told a guard":
    # with no one of that sex, no subject and no speaker in the last sentences, the pronoun goes on with the
    # latest person of that sex named again and again in this paragraph or the one before, not the last named
    # ("The Last Hot Time, a novel, stars a character ashamed of his own desire" names no one the text goes on about)
    paragraph = layout.paragraph(pos)
    times = Counter(m.name for m in people if m.start < pos)
    near_known = [m for m in known if layout.paragraph(m.start) >= paragraph - 1 and times[m.name] > 1]
    recent_known = [m for m in recent if m in known]
    led = [m for m in leaders if before[0] <= m.start < before[1]]
    # one only named as an owner there is no rival of the subject ("Ryan Suter, who joked about Parise’s penchant
    # …, could see …. “…,” he said")
    rivals = [m for m in recent_known if not re.match(r"[’']s\b", layout.text[m.end:m.end + 3])]
    # "Tim Cook will lead the company while Jobs is away. He said": the subject goes on, not one of known sex that
    # its sentence names after it (inside quotation marks, the speaker's words may go on about anyone); a subject
    # of known sex is itself one of the rivals and ends it, so it goes on only when its sex is unknown or it is
    # written as an owner ("Jobs's")
    opened = rivals and not quoted and subject_after_opening(layout.text, layout.sentence(rivals[-1].start)[0], recent, rivals)
    if opened and not any(m.start > opened.end and m.name != opened.name for m in recent):
        return opened  # "Following the death of his father Gerhard, Alexander Stodden took over …. He says"
    if led and rivals and (rivals[-1].start < before[0] or (led[0].start < rivals[-1].start and not any(
            r.start >= before[0] and (is_subject(r) or r.name == led[0].name) for r in rivals)
            and not quoted)):
        return led[0]  # "Richard Doherty attributes Steve Jobs' success to …. He states": the subject goes on
    # the latest of all only while it is named within the last paragraphs: a first-person story that goes on
    # about a client or a friend it never names is not about the man named ten paragraphs before
    named_lately = [m for m in fitting if layout.paragraph(m.start) >= paragraph - _FALLBACK_PARAGRAPHS]
    pick = recent_known or leaders or speakers or near_known or (fitting if named_lately else [])
    if not pick:
        return None
    last = layout.sentence(pick[-1].start)  # the first of them in the latest sentence: its topic, mostly
    return next(m for m in pick if layout.sentence(m.start) == last)
