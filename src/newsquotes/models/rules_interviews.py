"""Interviews for the ``rules`` model: who answers, and the answers as direct quotes without a cue.

An article with two question paragraphs or more, half of them at least followed by a paragraph that is no
question, is an interview: each paragraph after the first question that is not itself a question (nor a
caption, nor a line of under four words, nor a statement under the interviewer's label) is an answer by the
interviewee, and a name with a colon that opens it ("Nick Bos: We collected …") is its speaker mention.
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_clauses import Found
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_speakers import Speaker, Speakers
from newsquotes.models.rules_text import Layout

#: Image credits and captions, which no interviewee says.
_CAPTION = re.compile(r"\b(?:Image|Photo|Video|Audio):")
#: A name that introduces an interview answer: "Nick Bos: We collected …".
_ANSWERER = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}):\s+")
#: A label of an answer that names no one: "A:", "Answer:", initials ("RS:").
_ANSWER_LABEL = re.compile(r"A|Answer|[A-Z]{2,3}")
#: A turn label that opens a paragraph of a transcript: "((Rich Bowen)) I'm the Community Manager …".
_TURN = re.compile(r"\(\((?P<name>[^()]{1,40})\)\)\s*")
#: The words that introduce whom an interview is with: "Wikinews spoke with William Evans".
_INTERVIEWED = re.compile(r"\b(?:interview(?:s|ed)?|spoke (?:with|to)|talk(?:s|ed)? (?:with|to)|caught up with)"
                          r"(?:\s+[a-z']+){0,3}\s+$")


class Interview:
    """The question-and-answer turns of one article, if it is an interview."""

    def __init__(self, layout: Layout, title: str, mentions: list[Mention], speakers: Speakers):
        self.layout, self.text, self.title = layout, layout.text, title or ""
        self.mentions, self.speakers = mentions, speakers

    def interviewee(self, first_question: int) -> str | None:
        """Who answers: the person the headline names before its topic ("Wikinews interviews Tina McKenzie on
        …"), else the one the introduction says it interviewed or spoke with (not "an interview with Terry
        Gross" inside a question), else the person named most before the first question."""
        people = [m for m in self.mentions if m.label == "PERSON"]
        who = re.split(r"\s(?:on|about|over|regarding)\s", self.title)[0]  # not the topic: "… on Santorum cocktail"
        titled = [m.name for m in people if set(m.name.split()) & set(re.findall(r"[\w.'’-]+", who))]
        if titled:
            return max(titled, key=titled.count)
        before = [m.name for m in people if m.end <= first_question]  # the introduction's, not a question's
        for m in people[:len(before)]:
            if _INTERVIEWED.search(self.text, max(0, m.start - 40), m.start):
                return m.name
        return max(before, key=before.count) if before else None

    def answers(self) -> list[Found]:
        """An interview's answers: each paragraph after a question paragraph (two questions or more make an
        interview) is a direct quote of the interviewee without a cue, whose mention is absent unless a name
        and a colon open it. A turn label ("((Rich Bowen)) I'm the Community Manager …") names who answers
        that paragraph and the unlabelled ones after it, so an interview of several people is split by label;
        the interviewer's labels ("((WN))") mark questions."""
        text, paragraphs = self.text, self.layout.paragraphs
        asks = [k for k, p in enumerate(paragraphs) if text[p.start:p.end].rstrip().endswith("?")]
        turns = {k: label for k, p in enumerate(paragraphs) if (label := _TURN.match(text, p.start, p.end))}
        asking = self._interviewer_labels(turns, asks)
        answered = [k for k, label in turns.items() if label["name"] not in asking]
        if len(asks) < 2 and len(answered) < 2 or not answered and not self._answers_follow(asks):
            return []
        colon_asking = self._colon_interviewer_labels(asks) | asking | lex.INTERVIEWER_LABELS
        interviewee = self.interviewee(paragraphs[asks[0]].start if asks else len(text))
        first = min(([asks[0] + 1] if asks else []) + answered[:1])
        found, labelled = [], None
        for k in range(first, len(paragraphs)):
            paragraph = paragraphs[k]
            body = text[paragraph.start:paragraph.end]
            start, speaker = paragraph.start, None
            if turn := turns.get(k):
                labelled = None if turn["name"] in asking else self._labelled(turn)
                if labelled is None:
                    continue  # the interviewer's turn
                start, speaker = turn.end(), labelled
            elif k in asks:
                labelled = None
                continue
            elif labelled is not None:
                speaker = labelled  # an answer that goes on over paragraphs
            if _CAPTION.search(body) or len(body.split()) < 4:
                continue
            named = _ANSWERER.match(body) if speaker is None else None
            if named and named[1] in colon_asking:
                continue  # the interviewer's statement: "Wikinews: The competition from the World Cup and all."
            mention = named and next((m for m in self.mentions if m.start == start and m.end == start + named.end(1)), None)
            if mention:
                speaker, start = self.speakers.speaker(mention.start, mention.end, mention), start + named.end()
            elif named and _ANSWER_LABEL.fullmatch(named[1]):
                start += named.end()  # "A: It lost half its coral.": the label is no part of the answer
            end = paragraph.end
            while end > start and text[end - 1] in " ,;:\"”’»":
                end -= 1  # "… for two reasons:" before a list: the colon introduces, as after a quotation
            while start < end and text[start] in "\"“‘«":
                start += 1
            found.append(Found(start, end, "direct", None, speaker, interviewee))
        return found

    def _answers_follow(self, asks: list[int]) -> bool:
        """Whether at least half the questions have a paragraph after them that is no question: a transcript,
        not a list of questions whose answers the page left out (then what follows is the report's own text)."""
        paragraphs = self.layout.paragraphs
        followed = [k for k in asks if k + 1 < len(paragraphs) and k + 1 not in asks]
        return 2 * len(followed) >= len(asks)

    def _colon_interviewer_labels(self, asks: list[int]) -> set[str]:
        """The names with a colon that open mostly question paragraphs ("Wikinews: Who plays in that one?"):
        the interviewer's, whose other paragraphs are statements, not answers."""
        text = self.text
        labels = [m[1] for p in self.layout.paragraphs if (m := _ANSWERER.match(text, p.start, p.end))]
        asking = [m[1] for k in asks if (m := _ANSWERER.match(text, self.layout.paragraphs[k].start,
                                                                self.layout.paragraphs[k].end))]
        return {name for name in asking if asking.count(name) >= 2 and 2 * asking.count(name) > labels.count(name)}

    def _interviewer_labels(self, turns: dict[int, re.Match], asks: list[int]) -> set[str]:
        """The labels of the one who asks: those of mostly question paragraphs, and the publisher's short form."""
        asking = [turns[k]["name"] for k in asks if k in turns]
        labels = [turn["name"] for turn in turns.values()]
        mostly = {name for name in asking if asking.count(name) >= 2 and 2 * asking.count(name) > labels.count(name)}
        return mostly | lex.INTERVIEWER_LABELS

    def _labelled(self, turn: re.Match) -> Speaker:
        """The speaker a turn label names: its person's mention, else the label itself."""
        lo, hi = turn.span("name")
        person = next((m for m in self.mentions if lo <= m.start and m.end <= hi and m.label == "PERSON"), None)
        if person:
            return self.speakers.speaker(person.start, person.end, person)
        return Speaker(lo, hi, turn["name"], True)
