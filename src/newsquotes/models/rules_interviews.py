"""Interviews for the ``rules`` model: who answers, and the answers as direct quotes without a cue.

An article with two question paragraphs or more, half of them at least followed by a paragraph that is no
question, is an interview: each paragraph after the first question that is not itself a question (nor a
caption, nor a line of under four words, nor a statement under the interviewer's label) is an answer. A
paragraph that opens with the interviewer's label ("Q:", "Question:", "Wikinews:", "((WN))", or a name that
labels mostly questions) is a question even without a question mark.

An answer's label names its speaker, whatever its form: a name and a colon or a dash ("Nick Bos: We collected
…", "EVANS — Both.", "Pieter van Dijk: …"), a turn label ("((Rich Bowen)) I'm the Community Manager …"), a chat
log's ("<Rich Bowen> …", "[20:02] Rich Bowen: …"), a name in brackets ("[Rich Bowen] …") or initials ("WE:"
for William Evans), read against the names the headline and the introduction give (``rules_guests``); the
unlabelled paragraphs after a labelled answer go on with its speaker, but for a photo's caption, so an interview
of several people is split by label. A label that names no one ("A:", "Answer:") leaves the answer to the interviewee
(``rules_interviewee``), as does an answer without a label.

Where the interview ends: the interviewer's unlabelled thanks ("Well, thank you so much! It was nice talking to
you.") is no answer; after the last question, the page's own text (a list of names, a line on its interviews,
narration without "I" or "we" where every question had one answer) ends the transcript. A report of the
interviewee's words inside a question ("You noted …") is theirs (``rules_put_to``).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_clauses import Found, _verb_in
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_finite import ed_form
from newsquotes.models.rules_guests import BRACKETED, FULL_NAME, LABEL_NAME, NO_ONE, Guests, bracketed, first_names
from newsquotes.models.rules_interviewee import (FIRST_PERSON, SECOND_PERSON, SINGULAR_FIRST_PERSON, addressed, announced,
                                                 initials_of, interviewee, vocative)
from newsquotes.models.rules_speakers import Speaker, Speakers
from newsquotes.models.rules_text import Layout
from newsquotes.models.rules_turn_lines import LINE_LABEL, person_of, turn_paragraphs

#: Image credits and captions, which no interviewee says.
_CAPTION = re.compile(r"\b(?:Image|Photo|Video|Audio):", re.IGNORECASE)
#: A chat log's time before a turn's label: "[20:02] Helen Carver: …".
_TIME = r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?"
#: A name that introduces a turn: "Nick Bos: We collected …", "EVANS — Both.", "Q. Has the internet …?", "Pieter
#: van Dijk: It is …".
_ANSWERER = re.compile(_TIME + rf"(?P<name>{LABEL_NAME})"
                       r"(?:\s+\([A-Z]{1,4}\)|(?P<about>,\s+[\w'’][\w'’ -]{1,40}|\s+\([^()\n:]{2,50}\))(?=:))?"
                       r"(?::|\.(?<=\b[QA]\.)|\s+[—–-])\s+")  # "Helen Carver (HC): …", "Hale, storm chaser: …", "A - …"
#: A label of an answer that names no one: "A:", "Answer:", or initials ("RS:") that name no person of the page.
_ANSWER_LABEL = re.compile("|".join(sorted(NO_ONE)) + r"|[A-Z]{2,3}")
#: A turn label that opens a paragraph of a transcript: "((Rich Bowen)) I'm the Community Manager …".
_TURN = re.compile(_TIME + r"(?:\(\(|<)(?P<name>[^()<>]{1,40})(?:\)\)|>)\s*")  # a chat log's "<Helen Carver> …"
#: The page's own voice after an interview, which speaks of it: "… adding new interviews weekly", "this Q&A".
_OWN_VOICE = re.compile(r"\binterview(?:s|ed)?\b|\bQ ?& ?A\b", re.IGNORECASE)
#: An entry of a list: "- Laura Frank Tacho, Director of Engineering at CloudBees", "• Rachel White".
_ENTRY = re.compile(r"\s*[-–—•*·]\s")
#: The dash that opens each turn of a dialogue written without labels: "— How long …?", "- Over 50 years."
_DIALOGUE_DASH = re.compile(r"[-–—]\s+")
#: A singular subject and its verb in -s, which make a line a sentence rather than a caption: "A diver counts".
_SINGULAR_SAYS = re.compile(
    r"(?:A|An|One|Each|This|That)\s+(?:(?!%s)[a-z-]+\s+){0,2}?[a-z-]*[^\Ws]\s+[a-z]{2,}[^\Wsu']s\b"
    % r"(?:of|the|in|at|on|and|with|for|from|to)\b")
#: Thanks that open a paragraph: "Thank you …", "Well, thank you so much!", "Thanks for your time."
_THANKS = re.compile(r"\W*(?:(?:Well|OK|Okay|Alright|All right|And|So|Great),?\s+)?(?:thank you|thanks)\b", re.IGNORECASE)
#: The interviewer's labels, in any case: "Wikinews", "WIKINEWS", "Q".
_ASKING = {label.casefold() for label in lex.INTERVIEWER_LABELS}


class Interview:
    """The question-and-answer turns of one article, if it is an interview."""

    def __init__(self, layout: Layout, title: str, mentions: list[Mention], speakers: Speakers):
        self.layout, self.text, self.title = layout, layout.text, title or ""
        self.mentions, self.speakers = mentions, speakers
        self.paragraphs = turn_paragraphs(self.text, layout.paragraphs)  # a label line joined to its turn
        self.questions: list[int] = []  # the question paragraphs of an interview, once ``answers`` found it one
        self.guest: str | None = None
        self.addressees: dict[int, str] = {}
        self._answerers: set[str] = set()  # the name labels that open a paragraph after a question
        self._first_names: set[str] = set()  # the one-word labels of a group's answers: "Anna:", "Tom:"
        self._guests: Guests  # the names of the headline and the introduction, read once ``answers`` finds its end

    def answers(self) -> list[Found]:
        """An interview's answers: each paragraph after a question paragraph (two questions or more make an
        interview) is a direct quote of the interviewee without a cue, unless a label names its speaker. A turn
        label ("((Rich Bowen)) I'm the Community Manager …") or a name with a colon names who answers that
        paragraph and the unlabelled ones after it; the interviewer's labels ("((WN))", "Q:") mark questions."""
        text, paragraphs = self.text, self.paragraphs
        turns = {k: label for k, p in enumerate(paragraphs) if (label := _TURN.match(text, p.start, p.end) or (
            LINE_LABEL.match(text, p.start, p.end) if "\n" in text[p.start:p.end] else None))}
        person_words = {w for m in self.mentions if m.label == "PERSON" for w in m.name.split()}
        turns |= bracketed(text, paragraphs, turns, person_words)
        named = {k: label for k, p in enumerate(paragraphs) if k not in turns
                 and (label := _ANSWERER.match(text, p.start, p.end))}
        named = _without_asides(text, named)
        named = _introduced(text, self.title, paragraphs, named)
        raw = asks = [k for k, p in enumerate(paragraphs) if text[p.start:p.end].rstrip().endswith("?")
                      or _asking_label(turns.get(k) or named.get(k))]
        # "Can it recover? / It can, if the water cools. But will it?": an unlabelled reply that opens with a
        # statement answers the question before it, though it ends with a question of its own
        labels = {**turns, **named}
        asked = set(asks)
        raw = asks = [k for k in asks if not (k - 1 in asked and not {k - 1, k} & labels.keys() and re.match(
            r"[^?]{12,}?[.!…]\s+[A-Z]", text[paragraphs[k].start:paragraphs[k].end]))]
        asking = self._mostly_asking(turns, asks) | self._mostly_asking(named, asks)
        # a question under an answerer's label is part of an answer ("((Zara Kay)) I am good, thanks. How are
        # you?", "Noam Chomsky: … why should NATO exist?"); a statement under the interviewer's is a question
        answerers = {labels[k + 1]["name"] for k in asks if k + 1 in labels and k + 1 not in asks}
        self._answerers = answerers
        self._first_names = first_names(labels, asks, {w.casefold() for w in person_words})
        # a second interviewer asks once under their own label ("((RS)) How close do these stars get?"); a label
        # that asks and never follows a question is an interviewer's, whose other turns are remarks ("Mike
        # Halterman: Tell me about the paper's history.")
        opened = {name: [k for k, label in labels.items() if label["name"] == name]
                  for name in {label["name"] for label in labels.values()} - answerers}
        asking |= {name for name, ks in opened.items()
                   if all(k in raw for k in ks) or answerers and any(k in raw for k in ks)}
        answerers |= self._next_answerers(named, asking, raw) if answerers else set()
        asks = sorted({k for k in asks if k not in labels or _is_asker(labels[k], asking)
                       or k in named and labels[k]["name"] not in answerers}
                      | {k for k, label in labels.items() if _is_asker(label, asking)})
        answered = sorted(k for k, label in labels.items() if not _is_asker(label, asking)
                          and (k in turns or label["name"] in answerers))
        asks = sorted(set(_labelled_questions(asks, labels, asking)) | self._unmarked_questions(answered, labels))
        # where the interviewer labels the questions, one without a label before the first of them is the page's
        # own ("What happens when a reef dies?" in the introduction), and the paragraph after it no answer
        asked = [k for k in asks if k in labels and _is_asker(labels[k], asking)]
        asks = [k for k in asks if len(asked) < 2 or k >= asked[0]]
        first_question = paragraphs[asks[0]].start if asks else len(text)
        self._guests = Guests(self.title, text[:first_question])
        openings = [label.end() if (label := labels.get(k)) else paragraphs[k].start for k in asks]
        addressed_names = addressed(text, openings, self.mentions)
        if not self._is_interview(raw, answered, labels, asking, addressed_names):
            return []
        answering = {speaker.name for k in answered if (speaker := self._labelled(labels[k])) and speaker.name}
        # the people the turns speak of, past their labels: "Will Grant's plan help?", "Grant is a fine man."
        spoken = [(opening, paragraphs[k].end) for k, opening in zip(asks, openings)] + [
            (labels[j].end() if j in labels else paragraphs[j].start, paragraphs[j].end)
            for j in {k + 1 for k in asks} - set(asks) if j < len(paragraphs)]
        discussed = {m.name for m in self.mentions for lo, hi in spoken if m.label == "PERSON"
                     and m.name not in addressed_names and lo <= m.start < hi}
        guest = interviewee(text, self.title, self.mentions, first_question, asking, addressed_names, answering,
                            discussed)
        self.questions, self.guest = [paragraphs[k].last for k in asks], guest
        # whom each question asks: the one whose label opens the answer to it, else the interviewee
        self.addressees = {paragraphs[k].last: speaker.name for k in asks
                           if k + 1 in labels and not _is_asker(labels[k + 1], asking)
                           and (speaker := self._labelled(labels[k + 1])) and speaker.name}
        called = self._called(asks, openings)
        self.addressees.update({paragraphs[k].last: who.name for k, who in called.items()})
        first = min(([asks[0] + 1] if asks else []) + answered[:1])
        found, labelled = [], None
        for k in range(first, len(paragraphs)):
            paragraph = paragraphs[k]
            start, speaker = paragraph.start, None
            label = labels.get(k)
            if k in asks or label is not None and _is_asker(label, asking):
                labelled = called.get(k)  # "Mario, how did you meet?": Mario answers, if no label says otherwise
                continue  # a question, or the interviewer's statement: "Wikinews: The competition from the World Cup."
            if label is not None:
                labelled = self._labelled(label)
                if label.re in (_TURN, LINE_LABEL, BRACKETED) or labelled is not None or _ANSWER_LABEL.fullmatch(label["name"]):
                    start = label.end()  # "A: It lost half its coral.": the label is no part of the answer
                speaker = labelled
            elif labelled is not None:
                speaker = labelled  # an answer that goes on over paragraphs
            # "Q: Favorite apps? / A: Bleacher Report, Uber Eats": a labelled reply to a question
            replying = label is not None and k - 1 in asks and label.end() < paragraph.end and not text[
                paragraph.start:paragraph.end].rstrip().endswith(":")  # "((Wayne Tseng)) Reasons:" opens a list
            if self._no_answer(paragraph.start, paragraph.end, k + 1 in asks, label is not None or k - 1 in asks,
                               replying) or (
                    label is None) and (
                    self._narrated(paragraph.start, paragraph.end, speaker.name if speaker else guest)
                    or _closing_remark(text[paragraph.start:paragraph.end])
                    or k - 1 not in asks and _caption(text[paragraph.start:paragraph.end],
                                                      text[paragraphs[k - 1].start:paragraphs[k - 1].end])):
                continue
            end = paragraph.end
            while end > start and text[end - 1] in " ,;:\"”’»":
                end -= 1  # "… for two reasons:" before a list: the colon introduces, as after a quotation
            if dash := _DIALOGUE_DASH.match(text, start, end):
                start = dash.end()  # "— Over 50 years.": the dash that opens a turn of a dialogue
            while start < end and text[start] in "\"“‘«":
                start += 1
            found.append(Found(start, end, "direct", None, speaker, guest))
        ended = self._transcript_end(asks, labels)
        return [f for f in found if f.start < ended and not self._after_the_transcript(f, found, asks)]

    def _transcript_end(self, asks: list[int], labels: dict[int, re.Match]) -> int:
        """Where the page's own text takes over after the last question: at the first unlabelled paragraph that
        speaks of the interview ("Check back in soon—we'll be adding new interviews weekly.") or is an entry of a
        list of names ("- Laura Frank Tacho, Director of Engineering at CloudBees"); nothing after it answers."""
        paragraphs = self.paragraphs
        for k in range(asks[-1] + 1 if asks else len(paragraphs), len(paragraphs)):
            body = self.text[paragraphs[k].start:paragraphs[k].end]
            if k in labels or _closing_remark(body):
                continue  # the interviewer's thanks ("… for agreeing to this interview") may get a reply
            if _OWN_VOICE.search(body) or _ENTRY.match(body) and not _verb_in(body, plurals=False):
                return paragraphs[k].start
        return len(self.text)

    def _after_the_transcript(self, answer: Found, found: list[Found], asks: list[int]) -> bool:
        """Whether an answer is the report's narration after an interview it embeds: on a page where every
        question has one answer paragraph, a paragraph after the last question's answer that says no "I" or "we"
        ("The study was funded by the National Institutes of Health.") goes on with the report."""
        if len(asks) < 2 or FIRST_PERSON.search(self.text, answer.start, answer.end):
            return False
        paragraphs = self.paragraphs
        last = paragraphs[asks[-1]].end
        if answer.start < last:
            return False
        per_question = [sum(paragraphs[a].end <= f.start < paragraphs[b].start for f in found)
                        for a, b in zip(asks, asks[1:])]
        after = [f for f in found if f.start >= last]
        return all(n == 1 for n in per_question) and answer is not after[0]

    def _is_interview(self, asks: list[int], answered: list[int], labels: dict[int, re.Match], asking: set[str],
                      named: set[str]) -> bool:
        """Two questions or more, most of them answered, on a page that shows it is an interview: by the labels of
        its turns (two answers under a label at least: one label after a question may be a heading, "The Build
        Stage:"), by the people its questions address (``named``), by its headline or introduction, or by
        questions to "you" answered by "I"; questions alone may be a report's rhetorical ones or a help page's."""
        if len(asks) < 2 and len(answered) < 2 or not answered and not self._answers_follow(asks):
            return False
        labelled = any(_is_asker(label, asking) for label in labels.values())
        paragraphs = self.paragraphs
        questions = [self.text[paragraphs[k].start:paragraphs[k].end] for k in asks]
        replies = [self.text[paragraphs[k + 1].start:paragraphs[k + 1].end] for k in asks if k + 1 < len(paragraphs)]
        return bool(len(answered) >= 2 or labelled or named or announced(
            self.text, self.title, paragraphs[asks[0]].start if asks else len(self.text), questions, replies,
            self.mentions))

    def _no_answer(self, start: int, end: int, before_question: bool, turn: bool, replying: bool) -> bool:
        """A caption or credit ("Image: Paul Budd."), or a heading: a line of under four words that is no sentence
        of a turn, one with its label or right after a question ("((Dorsa Derakhshani)) Yes.", "How bad is it? /
        Cut emissions." are answers), or a line of under twelve that
        no sentence mark ends just before a question ("Labor actions as a revival of the Left"); but a labelled
        line right after a question answers it, however short ("A: Lebron James")."""
        body = self.text[start:end].rstrip()
        words = len(body.split())
        if _CAPTION.search(body) or replying:
            return bool(_CAPTION.search(body))
        short = words < 4 and not (turn and body.endswith((".", "!", "?", "…")))
        return short or (
            before_question and words < 12 and not re.search(r"[.!?…:;\"”’)\]\u0964]$", body))

    def _unmarked_questions(self, answered: list[int], labels: dict[int, re.Match]) -> set[int]:
        """The questions without a question mark or a label: the last unlabelled paragraph between two answers
        under the same label, when it never says "I" and either asks "you" ("Evans: … / Tell us about your first
        show. / Evans: …") or is the one short paragraph between the two ("McKenzie: … / The competition from the
        World Cup. / McKenzie: …"): the label opens the second answer again as someone else spoke in between."""
        found = set()
        for a, b in zip(answered, answered[1:]):
            k = b - 1
            if k > a and labels[a]["name"] == labels[b]["name"] and not any(j in labels for j in range(a + 1, b)):
                body = self.text[self.paragraphs[k].start:self.paragraphs[k].end]
                alone = k == a + 1 and len(body.split()) < 30  # a remark is short, a relayed report is not
                if (alone or SECOND_PERSON.search(body)) and not SINGULAR_FIRST_PERSON.search(body):
                    found.add(k)
        return found

    def _narrated(self, start: int, end: int, who: str | None) -> bool:
        """Whether an unlabelled paragraph names the one who would answer it and never says "I" or "we": the
        report's narration between the turns ("Having won multiple tournaments as a kid, IM Dorsa Derakhshani
        decided …"), not an answer ("… a name that represented me, Wayne Tseng") nor a pull quote that credits
        them ("“… a big change.” — Aparna Garg")."""
        named = [m for m in self.mentions if start <= m.start < end and m.name == who]
        credited = any(re.search(r"[—–-]\W{0,3}$", self.text[max(start, m.start - 4):m.start]) for m in named)
        return bool(named) and not credited and not FIRST_PERSON.search(self.text, start, end)

    def _answers_follow(self, asks: list[int]) -> bool:
        """Whether two questions at least, and half of them, have a paragraph after them that is no question: a
        transcript, not a list of questions whose answers the page left out (then what follows is the report's own
        text), nor a report's rhetorical questions, one after the other, before its next paragraph."""
        paragraphs = self.paragraphs
        followed = [k for k in asks if k + 1 < len(paragraphs) and k + 1 not in asks]
        return len(followed) >= 2 and 2 * len(followed) >= len(asks)

    def _called(self, asks: list[int], openings: list[int]) -> dict[int, Speaker]:
        """Whom each question calls by name as it opens, where the questions call two people or more ("Mario, how
        did the two of you meet?", "Isabel, what was your first impression?"): each answers the question to them."""
        called = {}
        for k, opening in zip(asks, openings):
            names = addressed(self.text, [opening], self.mentions)
            person = next((m for m in self.mentions if len(names) == 1 and m.name in names), None)
            if person is not None:
                called[k] = Speaker(person.start, person.end, person.name, True)
            elif (named := vocative(self.text, opening)) and (guest := self._guests.full_name(named["name"])) and not (
                    self._written_lower(named["name"])):  # "Now, …" is no one's name
                called[k] = Speaker(named.start("name"), named.end("name"), guest, True)  # "Tom, …" for Tom Hale
        return called if len({who.name for who in called.values()}) >= 2 else {}

    def _written_lower(self, name: str) -> bool:
        """Whether the article writes a name in lower case too, as a word of its own: "now" for "Now, …"."""
        lowered = name.lower()
        if re.fullmatch(r"\w+", lowered):
            return lowered in self._lower_words
        return bool(re.search(rf"\b{re.escape(lowered)}\b", self.text))

    @cached_property
    def _lower_words(self) -> set[str]:
        return set(re.findall(r"\w+", self.text))

    def _next_answerers(self, named: dict[int, re.Match], asking: set[str], raw: list[int]) -> set[str]:
        """The labels of those who answer after another one, not after a question ("Isabel Ruiz: I thought he was
        crazy …", later "Ruiz: …"): after the first question, a person's full name that the introduction gives
        ("Wikinews interviewed Mario J. Lucero and Isabel Ruiz …"), or a word of one."""
        if not raw:
            return set()
        intro = self.text[:self.paragraphs[raw[0]].start].casefold()
        after = [label["name"] for k, label in named.items() if k > raw[0] and not _is_asker(label, asking)]
        full = {name for name in after if FULL_NAME.fullmatch(name) and name.casefold() in intro}
        words = {w for name in full | {m.name for m in self.mentions if m.label == "PERSON"} for w in name.split()}
        return {name for name in after if name in full or name in words}

    @staticmethod
    def _mostly_asking(labels: dict[int, re.Match], asks: list[int]) -> set[str]:
        """The labels of the one who asks: those that open mostly question paragraphs, two at least ("David
        Shankbone: How do you decide …?"), whose other paragraphs are statements, not answers."""
        asking = [labels[k]["name"] for k in asks if k in labels]
        every = [label["name"] for label in labels.values()]
        return {name for name in asking if asking.count(name) >= 2 and 2 * asking.count(name) > every.count(name)}

    def _labelled(self, label: re.Match) -> Speaker | None:
        """The speaker a label names: its person's mention, the person its initials stand for, the label of a
        turn itself; None for a label that names no one ("A:")."""
        lo, hi = label.span("name")
        if label["name"] not in NO_ONE and (name := self._guests.full_name(label["name"])):
            return Speaker(lo, hi, name, True)  # "Marsh:", "Dr Hale:" for the Ann Marsh, Tom Hale the headline names
        if label["name"] not in NO_ONE and (name := person_of(label["name"], self.mentions, self.text)):
            return Speaker(lo, hi, name, True)  # "Bowen:", "BOWEN:", "Rich:", "RB:" for Rich Bowen
        person = next((m for m in self.mentions if lo <= m.start and m.end <= hi and m.label == "PERSON"), None)
        if person and not _ANSWER_LABEL.fullmatch(label["name"]):
            speaker = self.speakers.speaker(person.start, person.end, person)
            return Speaker(speaker.start, speaker.end, self._cased(speaker.name), speaker.named)
        if re.fullmatch(r"[A-Z]{2,3}", label["name"]) and (name := initials_of(label["name"], self.mentions)):
            return Speaker(lo, hi, name, True)
        fuller = [name for name in self._answerers if label["name"] in name.split() and FULL_NAME.fullmatch(name)]
        if len(fuller) == 1:
            return Speaker(lo, hi, self._cased(fuller[0]), True)  # "Ruiz:" after "Isabel Ruiz:"
        if label.re in (_TURN, LINE_LABEL, BRACKETED) or label["name"] in self._answerers and FULL_NAME.fullmatch(label["name"]):
            return Speaker(lo, hi, self._cased(label["name"]), True)  # a name the name finder missed still names
        if label["name"] in self._first_names:
            return Speaker(lo, hi, label["name"].capitalize(), True)  # "Anna:" where the page names her no further
        return None

    def _cased(self, name: str | None) -> str | None:
        """A name as the page writes it elsewhere: "WILLIAM EVANS" in a label is William Evans."""
        if not name or not name.isupper():
            return name
        return next((m.name for m in self.mentions if m.name.casefold() == name.casefold() and not m.name.isupper()),
                    name)


def _caption(body: str, before: str) -> bool:
    """Whether an unlabelled paragraph after an answer (``before``) is a photo's caption rather than more of the
    answer: a short line that opens as a noun phrase, with a determiner or a participle, and has no verb, no colon
    and no "I", "we" or "you" ("Bleached corals off Heron Island in March.", "A diver counts …" has a verb), after a
    paragraph that is a sentence, not one that opens a list ("Reasons:") nor an entry of one; a heading of the
    answer's own ("Make Melbourne an active Jobweaver.") opens with its verb."""
    first = body.split()[0].lower() if body.split() else ""
    opens = first in lex.DETERMINERS or ed_form(first) or len(first) > 4 and first.endswith("ing")
    return opens and len(body.split()) < 15 and ":" not in body and not _verb_in(body, plurals=False) and not (
        _SINGULAR_SAYS.match(body)) and not (
        FIRST_PERSON.search(body) or SECOND_PERSON.search(body)) and not before.rstrip().endswith(":") and _verb_in(
        before, plurals=False)


def _introduced(text: str, title: str, paragraphs: list, named: dict[int, re.Match]) -> dict[int, re.Match]:
    """The name labels, but for those that describe their person ("Anna Lind, meteorologist: …", "Lind (Bureau of
    Meteorology): …") and name no one the headline or the page names before the label's first turn: "In Passau,
    the answer: …" is a sentence."""
    first = {label["name"]: paragraphs[k].start for k, label in sorted(named.items(), reverse=True)}

    def named_before(name: str) -> bool:
        before = f"{title}\n{text[:first[name]]}"
        return name.split()[0].lower() not in lex.LINKING_PREPOSITIONS | lex.DETERMINERS and name in before and bool(
            re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", before))
    return {k: label for k, label in named.items() if not label["about"] or named_before(label["name"])}


def _closing_remark(body: str) -> bool:
    """Whether an unlabelled paragraph is the interviewer's thanks to the one who answered: it opens with thanks,
    speaks to "you" and never says "I" ("Well, thank you so much! It was nice talking to you.", "Thanks for your
    time."); the interviewee's own thanks say "me" ("Thank you for having me.")."""
    return bool(_THANKS.match(body)) and bool(SECOND_PERSON.search(body)) and not SINGULAR_FIRST_PERSON.search(body)


def _labelled_questions(asks: list[int], labels: dict[int, re.Match], asking: set[str]) -> list[int]:
    """The questions, but for an unlabelled one where the interviewer labels all the others but one or two: an
    answer that goes on into a question of its own ("Shimon Peres: … / But events are totally unimportant …
    Why should I bother my child with memory …?")."""
    unlabelled = [k for k in asks if k not in labels]
    if len(asks) - len(unlabelled) >= 3 * max(1, len(unlabelled)) and all(
            k in labels and _is_asker(labels[k], asking) for k in asks if k not in unlabelled):
        return [k for k in asks if k in labels]
    return asks


def _without_asides(text: str, named: dict[int, re.Match]) -> dict[int, re.Match]:
    """The name labels that open paragraphs; with a dash only in capitals ("EVANS — Both.") or where the same name
    and dash open two paragraphs at least ("Evans — Both."), as a name and a dash in plain case that opens one
    paragraph opens an aside ("Obama — whom I met in 2008 — …")."""
    def dashed(label: re.Match) -> bool:
        return text[label.end("name"):label.end()].strip() in "—–-" and not label["name"].isupper()
    repeated = Counter(label["name"] for label in named.values() if dashed(label))
    return {k: label for k, label in named.items() if not dashed(label) or repeated[label["name"]] >= 2}


def _asking_label(label: re.Match | None) -> bool:
    return label is not None and label["name"].casefold() in _ASKING


def _is_asker(label: re.Match, asking: set[str]) -> bool:
    return label["name"] in asking or label["name"].casefold() in _ASKING
