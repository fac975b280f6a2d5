"""Who an interview is with, for the ``rules`` model: one decision per article, so it rests on the evidence any
publisher gives, weighed in this order:

- a person the headline or the introduction names next to an interview phrase: after it ("Wikinews interviews
  Tina McKenzie", "spoke with wheelchair basketball player Tina McKenzie", "An interview with Noam Chomsky") or
  before it ("Zara Kay tells Wikinews", "Jack Herrick, wikiHow founder interviewed by Wikinews"), or whom a
  question addresses as it opens ("Mr. Evans, for how long …?");
- a person the headline names, in full or by surname, before its topic ("… on Santorum cocktail" is the topic);
- the person the introduction, then the whole page, names most, but for those the questions and answers speak of
  ("Will Grant's plan help?", "Grant is a fine man."), who are seldom the one asked.

Never the interviewer or a credit: a name that labels the questions ("David Shankbone: How do you …?"), that a role
of the press introduces ("Wikinews reporter David Shankbone") or that follows "Image:" or "by".

Whether a page is an interview at all (``announced``) also rests on more than its question marks: a help page or a
report with rhetorical questions has none of the headline, introduction or you-and-I evidence of an interview.
"""

from __future__ import annotations

import re
from collections import Counter

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_entities import Mention

#: An interview phrase before the interviewee's name, a few descriptive words apart, none of them a topic's
#: preposition, in the same sentence: "spoke with Australian wheelchair basketball player Tina McKenzie".
_ASKED = re.compile(
    r"\b(?:interview(?:s|ed|ing)?|interview with|Q&A with|conversation with|(?:spoke|speaks|speak|talk(?:s|ed)?|"
    r"chat(?:s|ted)?|correspond(?:s|ed)?|got in touch) (?:with|to)|caught up with|sat down with|reached out to|"
    r"put (?:our |some )?questions to|"
    r"\b(?:we|I|Wikinews)\s+(?:[a-z]+\s+){0,4}?(?:contact(?:s|ed)|e-?mail(?:s|ed)|ask(?:s|ed)?(?=\s)))"
    r"(?:,?\s+(?!(?:about|on|over|regarding|by|for|of)\b)(?:[\w'’-]+|[A-Z][a-z]{0,3}\.)){0,6}?,?\s+$", re.IGNORECASE)
#: An interview phrase after the interviewee's name, past an apposition: "Zara Kay tells Wikinews", "Jack
#: Herrick, wikiHow founder interviewed by Wikinews", "Gregory Kurtzer discusses plans … with Wikinews".
_ANSWERED = re.compile(
    r"(?:\s*[,—–][^.;:,—–]{0,100}[,—–]?)?\s+(?:tells|told|talks|talked|speaks|spoke|discusses|discussed|explains|"
    r"explained|answers|answered|describes|described|shares|shared|chats|chatted|(?:was |is )?interviewed by|"
    r"join(?:s|ed) (?:[\w'’-]+ ){1,3}to (?:discuss|talk)|respond(?:s|ed)\b[^.;]{0,60}\b(?:interview|questions)|"
    r"agree(?:s|d) to (?:answer|speak|talk)|"
    r"(?:gives|gave|grants|granted) (?:[\w'’-]+ ){0,3}interview)\b")
#: A role of the press or a credit just before a name: the interviewer, a photographer, not the interviewee.
_PRESS = re.compile(r"(?:\b(?:reporter|correspondent|journalist|editor|writer|host|interviewer|anchor|presenter|"
                    r"by)|(?:Image|Photo|Video|Audio|Credit)s?:)\s*$", re.IGNORECASE)
#: A word of an interview in a headline or an introduction: "interview", "Q&A", "spoke with", "tells Wikinews".
_INTERVIEW = re.compile(r"interview|\bQ ?&A\b|\b(?:spoke|speaks|speak|talk(?:s|ed)?|chat(?:s|ted)?|sat down) "
                        r"(?:with|to)\b|\btells\b|\bcaught up with\b|\basked (?:him|her|them)\b|"
                        r"\bquestions? (?:to|for)\b|\banswer(?:s|ed)? (?:\w+ ){0,2}questions", re.IGNORECASE)
#: "You" in a question, "I" or "we" in the answer: an interview's turns, not a report's rhetorical questions.
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|mine|we|We|our|Our|us)\b")
#: One person speaking as "I": an interviewee's own thanks, or the writer of an introduction, as a diary or a blog
#: does.
SINGULAR_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|mine)\b")
#: The words that address a person before a name.
_ADDRESS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Senator", "Governor", "Mayor", "Herr", "Frau",
            "Monsieur", "Madame"}
#: A question that opens by addressing the interviewee: "Mr. Evans, …", "Dr Daly, …", "Herr Vilanek, …", "Jan, …",
#: "Junior – we are so excited …".
_VOCATIVE = re.compile(rf"(?:(?:{'|'.join(sorted(_ADDRESS))})\.?\s+)?"
                       r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:,|\s+[–—-])\s")
#: The opening of a sentence that reports another interview: "In a 2003 interview with …", "During an interview …".
_EARLIER = re.compile(r"(?:^|[.!?]\s+|\n)(?:In|During)\s+(?:a|an|the|his|her|their|its)\b(?:\s+[\w'’-]+){0,3}\s*$")
#: A person's full name in a headline: "William Evans", "Mario J. Lucero", "Pieter van Dijk".
_HEADLINE_NAME = re.compile(rf"[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: (?:(?:{lex.NAME_PARTICLE}) ){{0,2}}"
                            r"[A-Z][a-z'’-]+){1,2}(?![\w'’-])")
#: A headline's interview cue just before a name, or before the words of a role that come first: "Q&A: ", "Five
#: questions for ", "In conversation: ", "Meet ", "Wikinews interviews reef scientist ".
_HEADLINE_CUE = re.compile(r"(?:\bQ ?& ?A|\bquestions? (?:for|to)|\bconversation(?: with)?|\bMeet|\bsays|"
                           r"\b(?:speaks?|talks?|chats?) (?:with|to)|\bsits? down with|\bcatch(?:es)? up with|"
                           r"\binterview(?:s|ed)?|\binterview with)\W{0,3}\s*"
                           r"(?:(?!(?:about|on|over|regarding|by|for|of|to|with|and)\s)(?-i:[a-z][\w'’-]*)\s+){0,5}$",
                           re.IGNORECASE)
#: The topic of a headline, which names whom the interview is about, not whom it is with.
_TOPIC = re.compile(r"\s(?:on|about|over|regarding)\s")


def announced(text: str, title: str, first_question: int, questions: list[str], replies: list[str],
              mentions: list[Mention]) -> bool:
    """Whether the page shows it is an interview: its headline or introduction says so ("Wikinews interviews …",
    "an interview with …", "Siegel agreed to answer some questions"), or half its questions at least ask "you"
    and either half the paragraphs after them answer as "I" or "we" or the headline names a person in full
    ("Leader spotlight: Erin Spiceland" over "What was your first job …?"); a page whose introduction speaks as
    "I", or that opens with its questions and so introduces no one to answer them, needs the headline. Questions
    without any of it may be a report's rhetorical ones, a help page's or a diary's to its reader."""
    if _INTERVIEW.search(title) or _INTERVIEW.search(text, 0, first_question):
        return True
    if 2 * sum(bool(SECOND_PERSON.search(q)) for q in questions) < len(questions):
        return False
    full_names = {m.name for m in mentions if m.label == "PERSON" and len(m.name.split()) > 1}
    # a writer who opens as "I" and then asks "you" speaks to the reader (a diary, a blog): the answers in "I"
    # are the writer's own text, unless the headline names the one who answers
    writer = bool(SINGULAR_FIRST_PERSON.search(text, 0, first_question)) or not text[:first_question].strip()
    return not writer and 2 * sum(bool(FIRST_PERSON.search(r)) for r in replies) >= len(replies) or any(
        re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", title) for name in full_names)


def addressed(text: str, starts: list[int], mentions: list[Mention]) -> set[str]:
    """The people the questions address by name as they open ("Mr. Evans, how …?", "Jan, would you say …?")."""
    people = {m.name for m in mentions if m.label == "PERSON"}
    found = set()
    for start in starts:
        vocative = _VOCATIVE.match(text, start)
        words = set(vocative["name"].split()) if vocative else set()
        named = sorted((name for name in people if words and words <= set(name.split())), key=len)
        if named and all(set(name.split()) - _ADDRESS <= set(named[-1].split()) for name in named):
            found.add(named[-1])  # "Vilanek" of Herr Vilanek and Christoph Vilanek: the fuller name
    return found


def vocative(text: str, start: int) -> re.Match | None:
    """The name a question opens by addressing ("Tom, why did it weaken …?"), as its ``name`` group."""
    return _VOCATIVE.match(text, start)


def interviewee(text: str, title: str, mentions: list[Mention], first_question: int,
                asking: set[str], addressed_names: set[str] = frozenset(),
                answering: set[str] = frozenset(), discussed: set[str] = frozenset()) -> str | None:
    """The canonical name of the person an interview is with, or None when the page names no one (``asking``: the
    labels of the interviewer's turns, whose names are never the interviewee; ``addressed_names``: the people the
    questions address by name; ``answering``: the people whose labels open answers; ``discussed``: the people the
    questions and answers speak of, "Will Grant's plan help?", "Grant is a fine man."). Each piece of evidence
    weighs, so that one misread name (a role taken for a name in the headline) does not outweigh the rest: an
    interview phrase next to the name in the headline or the introduction, a question or an answer's label
    naming them most, the headline naming them less, the number of times the introduction and then the whole
    page name them least."""
    people = [m for m in mentions if m.label == "PERSON" and not _press(text, m, asking)]
    intro = [m for m in people if m.end <= first_question]
    everywhere, introduced = Counter(m.name for m in people), Counter(m.name for m in intro)
    in_title, in_intro, titled = _cued_in_title(title, people), _cued_in_text(text, intro), _titled(title, people)
    order = list(everywhere)
    # a person only the headline names ("Q&A: William Evans on …" over an introduction that names others)
    headline = _headline_guest(title)
    if headline and not any(set(headline.split()) & set(name.split()) for name in order):
        order.append(headline)
        in_title, titled = in_title | {headline}, titled | {headline}
    if not order:
        return None

    def weight(name: str) -> tuple[float, int]:
        return (3 * (name in in_title) + 3 * (name in in_intro) + 3 * (name in addressed_names)
                + 3 * (name in answering) + (name in titled) + 0.5 * min(introduced[name], 3)
                + 0.2 * min(everywhere[name], 5) - 2 * (name in discussed), -order.index(name))
    return max(order, key=weight)


def initials_of(label: str, mentions: list[Mention]) -> str | None:
    """The person whose initials a label gives ("WE" for William Evans), if exactly one."""
    names = {m.name for m in mentions if m.label == "PERSON" and len(m.name.split()) > 1}
    found = [n for n in names if "".join(w[0] for w in n.split() if w[0].isupper()) == label]
    return found[0] if len(found) == 1 else None


def _press(text: str, mention: Mention, asking: set[str]) -> bool:
    surname = mention.name.split()[-1] if mention.name else ""
    return (mention.name in asking or surname in asking or text[mention.start:mention.end] in asking
            or bool(_PRESS.search(text, max(0, mention.start - 40), mention.start)))


def _forms(name: str) -> list[str]:
    """How a headline may name a person: in full or by a surname of three letters or more."""
    words = name.split()
    return [name] + ([words[-1]] if len(words) > 1 and len(words[-1]) >= 3 else [])


def _cued_in_title(title: str, people: list[Mention]) -> set[str]:
    """The people the headline names next to an interview phrase."""
    return {name for name in {m.name for m in people} for form in _forms(name)
            for hit in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", title)
            if _ASKED.search(title, 0, hit.start()) or _ANSWERED.match(title, hit.end())}


def _headline_guest(title: str) -> str | None:
    """A full name that a headline gives with an interview cue, whether or not the text names it: "Q&A: William
    Evans on …", "Five questions for …", "In conversation: …", "Meet …", "'…,' says …", "… answers our questions",
    the name and a colon that open the headline ("William Evans: 'Magic is alive'"), or the name and the topic
    after it ("Reef scientist Helen Carver on the plan")."""
    for start in (m.start() for m in re.finditer(r"(?<![\w'’-])[A-Z]", title)):
        name = _HEADLINE_NAME.match(title, start)
        opens = bool(name) and not title[:start].strip() and title[name.end():].startswith(":")
        on_topic = bool(name) and _TOPIC.match(title, name.end())  # "Reef scientist Helen Carver on the plan"
        if name and (_HEADLINE_CUE.search(title, 0, start) or opens or on_topic or _ANSWERED.match(title, name.end())):
            return name.group()
    return None


def _cued_in_text(text: str, intro: list[Mention]) -> set[str]:
    """The people the introduction names next to an interview phrase, but for a report of another interview that
    opens its sentence ("In a 2003 interview with the Associated Press, Rick Santorum compared …")."""
    found = set()
    for m in intro:
        asked = _ASKED.search(text, max(0, m.start - 90), m.start)
        earlier = asked and re.search(r"\b(?:with|to|by|for)\b", asked.group()) and _EARLIER.search(
            text, max(0, asked.start() - 40), asked.start())  # "In an exclusive interview, Carver told …" is this one
        if earlier or not asked and not (
                _ANSWERED.match(text, m.end)):
            continue
        found.add(m.name)
    return found


def _titled(title: str, people: list[Mention]) -> set[str]:
    """The people the headline names, in full or by surname, before its topic."""
    who = _TOPIC.split(title)[0]
    return {m.name for m in people if any(re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", who)
                                          for form in _forms(m.name))}
