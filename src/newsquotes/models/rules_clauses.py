"""Reported clauses for the ``rules`` model: what a reporting verb or phrase reports, and where that ends.

A cue's clause is found after "that", past the hearer of "told", straight after the verb, before it
("The talks failed, he said."), inside a relative clause ("which Kyiv claimed could …"), or as the
infinitive of a request ("asked the council to …", "told morning rush-hour passengers to take …", "offered to
fly the cat home"); after a judging verb it is the object and its "as" ("ranks wikiHow as the 135th most popular
site"), up to the comma after the predicate; it ends at the end of its sentence, before a
coordinated report, or before a participle that reports again ("…, stating", "…, with the paper reporting"), or
where else the writer takes over (``rules_clause_ends``).
Where the clause of an "according to" source lies is read in ``rules_sources``; a plain noun phrase opening the
sentence is the subject of a verb that has no other (``rules_leading``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_clause_ends import PARTICIPLE, RECOMMENDING, ClauseEnds, recommended
from newsquotes.models.rules_complements import HEARER_ASIDE, judged, own_request, requested_that, warned_without_hearer
from newsquotes.models.rules_cues import Cue
from newsquotes.models.rules_finite import ed_form, finite as _finite, opens_a_clause
from newsquotes.models.rules_infinitive_reports import infinitive_subject
from newsquotes.models.rules_inverted_clauses import inner_phrase
from newsquotes.models.rules_inner_that import demonstrative_that, inner_that
from newsquotes.models.rules_leading import leading_subject
from newsquotes.models.rules_own_subjects import name_before_relative, pronoun_opens_clause
from newsquotes.models.rules_marks import Quotations
from newsquotes.models.rules_passive import passive_agent
from newsquotes.models.rules_relative_gaps import RELATIVE_PRONOUNS
from newsquotes.models.rules_quoted_titles import titled_name_after
from newsquotes.models.rules_relative_reports import relative_end
from newsquotes.models.rules_reporting import COMMITTING_TO
from newsquotes.models.rules_sources import (described_document, past_apposition, relative_source, source_noun,
                                             unfinished, views)
from newsquotes.models.rules_speaker_tails import bare_day_end, narration_start, time_and_place_only
from newsquotes.models.rules_speakers import Speaker, Speakers
from newsquotes.models.rules_subject_relatives import relative_on_object
from newsquotes.models.rules_text import Layout

#: What may stand before "that": a few words, or an aside between commas ("explains, in a satirical fashion, that"),
#: a title in marks among them ("said on “Dancing with the Stars” that").
_THAT = re.compile(r"((?:,\s+[^,;:“”\"«»]{1,40}?,\s+)?(?:[^,;:“”\"«»]|[“\"][A-Z\d][^,;:.!?“”\"«»]{0,40}[”\"]){0,80}?)\bthat\b[\s,]*")
#: Words that open a clause rather than name a hearer: "told reporters this was …", "told her the company …".
_CLAUSE_WORDS = "|".join(sorted(lex.FINITE | lex.SUBJECT_OPENERS | lex.DETERMINERS | {"i", "not", "news"}))
#: The hearer of "told": a name, a pronoun, a determiner's noun ("his staff"; "her staff" only before a clause's
#: subject, as "her" is a pronoun itself) or a bare plural after at most one word that is no plural ("told investors",
#: "told news outlets"; not "his", "its", "news").
_OBJECT = re.compile(r"\s+(?:(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*|"
                     r"her\s+(?!(?:%s)\s)[a-z]+(?=\s+(?:(?:%s)\s|[A-Z]))|him|her|them|us|me|reporters|"
                     r"journalists|lawmakers|police|(?:%s)\s+[a-z]+|"
                     r"(?:(?:news|(?!(?:%s)\s)[a-z]+[^\Ws])\s+)?(?!(?:%s)\s)[a-z]+[^\Ws]s)(?=[\s,:;.])"
                     % (_CLAUSE_WORDS, lex.SUBJECT_OPENER, "|".join(sorted(lex.DETERMINERS - {"her"})),
                        _CLAUSE_WORDS, _CLAUSE_WORDS))
_BELIEF = re.compile(r"[\s,]*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?:\s+(?:%s))*\s+(%s)\b(?:\s+that\b)?" % (
    "|".join(sorted(lex.SUBJECT_GAP)), "|".join(sorted(lex.BELIEF_VERBS))))
#: What may stand before a post-posed subject's name: "…, the Interior Ministry said".
_LEADING_DETERMINER = re.compile(r"(?:\s+(?:the|a|an))+\s*$")
_REQUEST = re.compile(r"(?:\s+with)?(?:\s+(?!that\b)[\w.'’-]+){1,6}?%s\s+([“\"]?(?:not\s+)?to\s+[“\"]?[a-z])"
                      % HEARER_ASIDE)
#: Words that make a clause of what follows a reporting verb, so no hearer: "told the committee he tried to …".
_NOT_HEARER = "|".join(sorted(lex.FINITE | {"he", "she", "it", "they", "we", "i", "you", "not"}))
#: The hearer of "told"/"warned" and the infinitive after it: "told customers to hold …", "warned people in the
#: vicinity to stay inside", "told morning rush-hour passengers to take …", "told WeWork executives to look …"
#: (not "told reporters the plan to …": a thing after the hearer; nor "told the committee he tried to …", "told the panel officials wanted to …": a clause).
_HEARER_TO = re.compile(r"\s+(?:(?:%s|all)\s+)?(?:[A-Z][\w.'’&-]*\s+){0,2}"
                        r"(?:(?!(?:the|a|an|to|that|this|and|or|%s)\s|[a-z]+ed\s)[a-z][\w'’-]*\s+){0,2}"
                        r"(?!(?:%s)\s|[a-z]+ed\s)[\w.'’-]+"
                        r"(?:\s+[A-Z][\w.'’-]*){0,3}"
                        r"(?:\s+(?:in|of|at|from|across)(?:\s+[\w.'’-]+){1,4}?)?\s+((?:not\s+)?to\s+[a-z])"
                        % ("|".join(sorted(lex.DETERMINERS)), _NOT_HEARER, _NOT_HEARER))
#: A finite verb right after "that", which makes it a pronoun or a relative, no complementiser: "said that was wrong",
#: "said that may be true", "denied claims made in a post that said …" (not "should", which may open an inverted
#: condition of the clause: "said that should a maker pay, he would not object").
_VERB_AFTER_THAT = re.compile(r"(?:%s)\b" % "|".join(sorted(lex.FINITE - {"should"})))
#: A relative pronoun right before a subject: "a missile which Kyiv claimed could …".
_RELATIVE = re.compile(r"(\w+\s+)?\b%s\s+(?:(?:the|a|an)\s+)?$" % RELATIVE_PRONOUNS)
#: A noun with its determiner right before a subject with no relative pronoun: "proposed a plan [she said could …]".
_ZERO_RELATIVE = re.compile(r"\b(?:a|an|the|this|his|her|its|their)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*\s+$")
#: A finite auxiliary or modal right after a cue: "a plan she said [could] serve as …".
_FINITE_AFTER = re.compile(r"\s+(?:%s)\s" % "|".join(sorted(lex.MODALS | {"was", "is", "were", "are", "had", "has"})))
_MONTH = "(?:%s)" % "|".join(lex.MONTHS + lex.MONTH_ABBREVIATIONS)
#: A time; a day's bare number only beside its month, so that "said at least 71 people …" and "reported in mid-2019,
#: 62 outlets …" keep their number; a clock time ("9:30 p.m.", "9 pm") ends at its own full stop.
_WHEN = (r"(?:(?:mid-)?(?:%s|%s\b\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|"
         r"\d{1,2}(?:st|nd|rd|th)?\s+%s|morning|afternoon|evening|night|week|weekend|month|year|day|"
         r"\d{1,2}(?:st|nd|rd|th)|\d{4})\b\.?|\d{1,2}(?::\d\d)?\s*(?:[ap]\.m\.|[ap]m\b))" % ("|".join(lex.WEEKDAYS), _MONTH, _MONTH))
_MEDIUM = "(?:%s)" % "|".join({"release": r"(?:press\s+)?release", "blog": r"blog(?:\s+post)?"}.get(medium, medium)
                             for medium in lex.MEDIA)
#: Adjuncts of time and medium between a reporting verb and its clause: "said on Sunday morning", "said in a
#: statement to the BBC", "announced via Twitter".
_ADJUNCT = re.compile(
    r"(?:,?\s+(?:(?:on|in|at|during|by|over|earlier|late|early|last|this|next|as\s+of)\s+(?:(?:the|a|an)\s+)?"
    r"(?:[\w.'’-]+\s+){0,2}?%s(?:,?\s+%s)*|in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?%s"
    r"(?:\s+(?:to|with|on|at)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s*){1,4})?|(?:on|via)\s+(?:Twitter|X|Facebook|"
    r"Instagram|social\s+media|television|radio)|(?:yesterday|today)(?:\s+(?:morning|afternoon|evening))?|tonight|"
    r"again|repeatedly|publicly|previously|later|recently))+(?![\w'’-])" % (_WHEN, _WHEN, _MEDIUM))
#: A sentence that opens with "As" and its source: "As Emily Feng reports for NPR, …", "As the Times noted, …"; what
#: the verb may take before the comma that ends the aside ("for NPR", "on Monday"), the rest of the sentence reported.
_AS_OPENS = re.compile(r"\W*As\s+(?:the\s+)?")
_AS_ASIDE = re.compile(r"(?:\s+(?:for|in|on|to|at|last|this|earlier)\s+[^,;:“”\"«»]{1,40}?)?,\s*(?=\S)")
#: What may follow a medium after a reporting verb or a post-posed subject: its addressees and a relative clause on it
#: ("in an email [to staff that was reviewed by Reuters]", "said in the email[, which was seen by The Real Deal]").
_MEDIUM_TAIL = re.compile(r"(?:\s+to\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?(?:,?\s+(?:that|which)\s[^,;“”\"«»]*)?[\s.!?]*")
#: A role before a post-posed subject's name, after the clause's comma: "…, its new CEO Simon Hunt said".
_ROLE_BEFORE_NAME = re.compile(r",\s+((?:the|its|his|her|their|[A-Z][\w.'’-]*(?:[’']s)?)(?:\s+[\w.'’-]+){0,4})$")
#: A gerund's phrase that is the subject of a verb before any comma: "Making the diagnosis was “a bit like a jigsaw,”".
_GERUND_SUBJECT = re.compile(r"[A-Z][a-z]+ing\s[^,;:“”\"«»]*?\b(?:%s)\b" % "|".join(sorted(lex.FINITE)))
_HOW_WHY = re.compile(r"\s+(?:(how)\b(?!\s+(?:much|many|long|far|often|soon)\b)|(why|how)\b)(?!\s+(?:to|not)\b)")


@dataclass
class Found:
    start: int
    end: int
    kind: str
    cue: Cue | None
    speaker: Speaker | None
    speaker_name: str | None = None  # who speaks when no mention says so (an interview's answers)


def _verb_in(head: str, plurals: bool = True) -> bool:
    """Whether a stretch of text holds a verb form or a quotation: a clause, not a noun phrase or an adjunct (a word
    in -s is taken for a verb unless ``plurals`` is false)."""
    if any(mark in head for mark in "“”\"«»"):
        return True
    words = re.findall(r"[A-Za-z][\w'’-]*", head)
    return any(w.lower() in lex.FINITE or w.lower() in lex.SPEECH_VERBS or "n't" in w or "n’t" in w or (
        k > 0 and w.islower() and (ed_form(w) or plurals and len(w) > 3 and w.endswith("s")
                                   and not w.endswith(("ss", "us", "'s", "’s"))))
        for k, w in enumerate(words))


def _describes_speaker(tail: str) -> bool:
    """Whether the words after ", says Zhiqiang Shen," describe the speaker (", director of the observatory", ", an
    astronomer at …", ", who …") rather than go on with the clause the verb interrupts ("Institutional recipients,
    said Mauer, are …", "It's easy, she says, for people to …", "Since then, he says, the plane has flown …")."""
    first = re.match(r",\s*([A-Za-z][\w'’-]*)", tail)
    word = first.group(1) if first else ""
    phrase = tail[1:].split(",")[0]
    if re.search(r"\b(?:who|which|whose)\b", phrase):
        return True
    # ", portfolio manager at …", ", chief economist of …": a role whose head comes after its modifiers
    role = re.match(r"\s*((?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)(?:\s+(?:at|of|for|with|in)\s|\s*$)", phrase)
    opens_role = bool(role) and lex.head_kind(role.group(1).split()[-1]) == "PERSON"
    return bool(word) and (word[0].isupper() or word.lower() in lex.DETERMINERS | {"a", "an", "one"} or lex.head_kind(
        word) == "PERSON" or opens_role) and not _verb_in(phrase, plurals=False)


class Clauses:
    """The reported clause of each cue of an article."""

    def __init__(self, layout: Layout, quotations: Quotations, speakers: Speakers):
        self.layout, self.text, self.quotations, self.speakers = layout, layout.text, quotations, speakers
        self.ends = ClauseEnds(layout, quotations, speakers)

    def clause(self, cue: Cue) -> Found | None:
        """The reported clause of a cue with its speaker, for indirect and mixed quotes."""
        text, (lo, hi) = self.text, self.layout.sentence(cue.start)
        if cue.kind == "agent":  # "was hailed by Alaskan leaders as a massive win …": the judgement, "as" included
            agent, speaker = passive_agent(text, cue.end, hi, cue.word), self.speakers.speaker_of(cue)
            return self._span(agent[2], hi, cue, speaker) if agent and speaker else None
        if cue.kind == "source":
            if cue.word in lex.CITING and any(lo <= c.start < hi for c in self.speakers.cues if c is not cue):
                return None  # the cue it is attached to reports the clause
            before = text[lo:cue.start].strip()
            if cue.word == "according to" and len(before.split()) >= 4 and not re.search(
                    r"[,;:]$|\b(?:that|and|but|or|which|as|so)$|[:(]", before) and _verb_in(before, plurals=False) and (
                    not self.speakers.trails(cue) and not self.quotations.between(lo, hi)):
                # "Boseman died at home on August 28 according to a statement posted to his account."
                end = text.find(",", cue.end, hi)
                end = end if end > 0 else hi
                size = len(self.layout.words_in(cue.end, end))
                source = (size <= 6 or size <= 12 and described_document(text, cue.end, end)) and (
                    self.speakers._source_phrase(cue.end, end))
                if source and source_noun(text, source):
                    return self._span(lo, cue.start, cue, source)
            speaker, np_end = self.speakers.source(cue)
            if speaker is None or cue.word in lex.CITING and not source_noun(text, speaker, names=False):
                return None  # "…, citing the ban as his reason": a reason, not a source
            if self.speakers.trails(cue) or not text[np_end:hi].strip(" ,.!?;:"):
                head_end = text.rfind(",", lo, cue.start) if "," in text[lo:cue.start] else cue.start
                comma = text.find(",", cue.end, hi)
                interrupted = unfinished(text[lo:head_end])  # "Friday was when, according to X, millions …"
                if comma > 0 and (interrupted or not _verb_in(text[lo:head_end], plurals=False)):
                    source = len(self.layout.words_in(comma, hi)) >= 3 and self.speakers._source_phrase(cue.end, comma)
                    if interrupted and not (source and _verb_in(text[comma + 1:hi], plurals=False)):
                        return None  # "… followed by, according to varying reports, nearly 2000 people", "…, then, …, fled"
                    if source:
                        return self._span(comma + 1, hi, cue, source)  # "On Sunday, according to X, a man entered …"
                if (which := relative_source(text, cue.end, hi)) and (antecedent := self._antecedent(lo, head_end)):
                    return self._span(which, hi, cue, antecedent)  # "an agreement, according to which …"
                return self._span(lo, head_end, cue, speaker)
            if not before or before.endswith((",", "that", "and", "but", ";")):
                if speaker.named:  # "According to John Smith, the company's chief executive, sales rose …"
                    np_end = past_apposition(text, np_end, hi, lambda a, b: _finite(self.layout.words_in(a, b), text))
                return self._belief(np_end, hi) or self._span(np_end, hi, cue, speaker)
            return None
        subject = self.speakers.subject(cue)
        if subject is None and not cue.word.endswith("ing"):
            subject = leading_subject(self.layout, self.speakers, cue.start)  # "Some say …", "Cisco states that …"
            subject = subject or name_before_relative(text, lo, cue.start)  # "Kimberly-Clark, which makes …, said"
            subject = subject or infinitive_subject(self.layout, self.speakers, cue)  # "X tried to suggest that …"
        if subject and (closed := relative_end(text, lo, cue.start, cue.end, hi)) is not None:
            hi = closed  # "Smith, who said the plan would fail, has left the party": the relative clause ends the report
        after = text[cue.end:hi]
        if subject and _AS_OPENS.fullmatch(text, lo, subject.start) and (aside := _AS_ASIDE.match(after)):
            return self._span(cue.end + aside.end(), hi, cue, subject)  # "As Emily Feng reports for NPR, the first …"
        relative = subject and _RELATIVE.search(text, lo, subject.start)
        # not "the case on which X ruled", nor "was that X agreed": a complement, not a relative clause
        if relative and (relative.group(1) or "").strip().lower() not in lex.LINKING_PREPOSITIONS | lex.FINITE:
            return self._span(cue.end, self._relative_end(cue.end, hi), cue, subject)
        if subject and not relative and text[subject.start:subject.end].lower() in lex.PRONOUNS and _FINITE_AFTER.match(
                text, cue.end, hi) and _ZERO_RELATIVE.search(text, lo, subject.start):
            return self._span(cue.end, self._relative_end(cue.end, hi), cue, subject)  # "a plan she said could …"
        request = _REQUEST.match(after) if cue.word in lex.DIRECTIVE_VERBS or (
            cue.word in lex.NAMING_VERBS and re.match(r"\s+(?:for|on)\b", after)) else None
        request = request or (_HEARER_TO.match(after) if cue.word in lex.TELL_VERBS else None) or (
            COMMITTING_TO.match(after) if cue.word in lex.PROMISE_VERBS else None) or (
            own_request(cue.word, text[lo:cue.start], after))
        if subject and request:  # "asked them not to turn away boats", "told customers to …", "vowed to …"
            return self._span(cue.end + request.start(1), hi, cue, subject)
        if subject and cue.word in lex.DIRECTIVE_VERBS and (own := requested_that(after)) is not None:
            return self._span(cue.end + own, hi, cue, subject)  # "asked that a decision … be made", "urged X be …"
        if subject and cue.word in RECOMMENDING and (start := recommended(after)) is not None:
            return self._span(cue.end + start, hi, cue, subject)  # "recommend holding …", "recommends all adults get …"
        if subject and cue.word in lex.NAMING_VERBS and (judgement := judged(after)) is not None:
            return self._span(cue.end + 1, cue.end + judgement, cue, subject)  # "called its actions defensive"
        if cue.word in lex.NAMING_VERBS:  # "called the notion a “waste of time”": the thing and its name
            named = self.quotations.between(cue.end, hi)
            if not subject or not named or re.search(r"\bwhat\s+$", text[lo:subject.start]):
                return None  # "what it termed a “spiral of escalation”": the writer's scare quote
            return self._span(cue.end, named[0].outer_end, cue, subject)
        that = _THAT.match(after)
        if that and demonstrative_that(that.group(1)):
            that = _THAT.match(after, that.end())  # "said of that plan", "agree with that": a thing ("said in that call that …")
            if not that and cue.word in lex.ASSENT_VERBS:
                return None  # "I would agree with that": what is agreed with is "that", no clause before the verb
        skipped = (cue.end, cue.end + that.end(1)) if that else (0, 0)
        if any(skipped[0] <= c.start < skipped[1] for c in self.speakers.cues) or that and inner_that(that.group(1)):
            that = None  # "said the minister told her that …", "said Tyvak would use that …": not the verb's "that"
        if that and cue.word in lex.ASSENT_VERBS and len(that.group(1).split()) > 2:
            that = None  # "agreed to a deal that would …": only "agreed (with X) that …" reports
        if that and (cue.word in lex.OBJECT_VERBS and (re.match(r"\s*(?:a|an|the|its|their|his|her)\b", that.group(1))
                                                      or relative_on_object(that.group(1)))
                     or re.match(r"\s*about\b", that.group(1))):
            that = None  # "found a related software glitch that caused …", "tweeted about the riots that followed …"
        if subject and that and len(self.layout.words_in(*skipped)) <= 8 and not _VERB_AFTER_THAT.match(
                after, that.end()):
            return self._span(cue.end + that.end(), hi, cue, subject)
        start = cue.end
        if cue.word in lex.TELL_VERBS:
            obj = _OBJECT.match(after)
            start = cue.end + obj.end() if obj else cue.end if warned_without_hearer(cue.word, after) else hi
        elif cue.word in lex.PROMISE_VERBS and (hearer := re.match(r"\s+(?:me|him|her|them|us|you)(?=\s)", after)):
            start = cue.end + hearer.end()  # "He promised me he would get him out"
        question = _HOW_WHY.match(text, start, hi) if cue.word in lex.EXPLAINING_VERBS or (
            cue.word in lex.TELL_VERBS and start < hi) else None  # "told the authors how she had been …"
        if subject and question:  # "explained how X did Y": the clause, "how" out as "that" is; "why" stays
            return self._span(question.end(1) if question.group(1) else question.start(2), hi, cue, subject)
        adjunct = _ADJUNCT.match(text, start, hi)
        if adjunct and _MEDIUM_TAIL.fullmatch(text, adjunct.end(), hi):
            start = hi  # "Claure said in the email, which was seen by The Real Deal.": the medium's relative clause
        elif adjunct and not re.match(r"\s*that\b", after) and _finite(self.layout.words_in(adjunct.end(), hi), text, 8):
            start = adjunct.end() + (text[adjunct.end()] == ",")  # "said on Jan. 23 it planned to …"
        elif time_and_place_only(text, start, hi):
            start = hi  # "“…,” Patrick said Tuesday night in Columbia.": when and where, no clause
        elif (day := bare_day_end(text, start, hi)) and _finite(self.layout.words_in(day, hi), text, 8):
            start = day  # "said Tuesday the plan was dead": the day is no part of the clause
        first = self.layout.words_in(start, hi)[:1]
        opening = text[first[0][0]:first[0][1]].lower() if first else ""
        if first and opens_a_clause(opening, self.layout.words_in(first[0][0], hi), text):
            opening = ""  # "stated this was not connected", "said about 20 buildings collapsed"
        told = cue.word in lex.TELL_VERBS and not re.search(r":|n[’']t\b", text[start:hi])  # "told X: …", "didn't"
        if (cue.word in lex.OBJECT_VERBS or told) and first and not _finite(self.layout.words_in(first[0][0], hi), text):
            first = []  # "announced 10,000 job cuts", "told French news channel BFM TV": a thing, not a clause
        if subject and first and text[start:first[0][0]] == " " and opening not in lex.NOT_CLAUSE:
            return self._span(first[0][0], hi, cue, subject)
        if subject is None and pronoun_opens_clause(text, cue.end, hi):
            return None  # "…, said it was working …": the pronoun opens the clause, it is no inverted speaker
        # the clause before the verb: "The talks failed, he said." / "“…,” said Ambassador Mohib."
        speaker, tail_from = subject, cue.end
        if speaker is None and not cue.word.endswith("ing"):  # "…, claiming he used it": no subject after a participle
            speaker = self.speakers.subject_after(cue.end, hi)
            tail_from = speaker.end if speaker else hi
        if speaker is None:
            return None
        edge = min(speaker.start, cue.start) if speaker.start < cue.start else cue.start
        head = _LEADING_DETERMINER.sub("", text[lo:edge]).rstrip()
        role = _ROLE_BEFORE_NAME.search(head)
        if role and not any(w.lower() in lex.FINITE | lex.SPEECH_VERBS for w in role.group(1).split()):
            head = head[:role.start() + 1]  # "…, its new CEO Simon Hunt said": the role is the subject's
        tail = text[tail_from:hi]
        again = PARTICIPLE.search(tail)
        if again and any(c.start == tail_from + again.start(1) for c in self.speakers.cues):
            tail = tail[:again.start()]  # "…, officials told state media, adding that …": a report of its own
        if not head or head[-1] not in ",”»\"'’":
            return None
        if (last := self.quotations.end_before(lo + len(head))) > lo and titled_name_after(
                text, last, edge, lambda title: _verb_in(title, plurals=False)):
            return None  # "“…,” Norway’s chief prosecutor, Lars Eide, said": the quotation's, the title the speaker's
        if re.match(r"[A-Z][a-z]+ing\s+(?:a|an|the|to|into|past|through|over|on|in|with|up|down|out|his|her|their|its|my|our)\s",
                    head) and not _GERUND_SUBJECT.match(head):
            return None  # "Jumping a fence, dashing past a cow, I find …": a participle's phrase is no clause
        if (cited := self.speakers.cited_after(tail_from)) and head[-1] == ",":
            return self._span(lo, lo + len(head), cue, self.speakers.source(cited)[0] or speaker)
        quoted = any(lo <= p.open < hi and not inner_phrase(text, p, lo + len(head)) for p in self.quotations.quoted)
        if (narration := narration_start(tail)) is not None and _verb_in(head) and not quoted:
            tail = tail[:narration]  # "…, Graham said, offering the example of …": the writer's, not the report's
        if tail.startswith(",") and head[-1] == "," and not quoted:
            if re.match(r",\s+(?:and|but)\b", tail) and _verb_in(head):
                # "The jet was not airworthy, investigators have said, and should not have flown": the writer goes on
                return self._span(lo, lo + len(head), cue, speaker)
            if not _describes_speaker(tail):  # parenthetical: "Institutional recipients, said Mauer, are …": what follows it
                return self._span(max(tail_from, cue.end), hi, cue, speaker)
            if _verb_in(head):  # "…, says Zhiqiang Shen, director of …": the clause before; the rest is the speaker's
                return self._span(lo, lo + len(head), cue, speaker)
            return None
        if re.match(r",\s*who(?:se)?\s[^“”\"«»]*$", tail):
            tail = ""  # "…,” wrote Taylor, who had never smoked.": a relative clause on the speaker ends the report
        tail = re.split(r"\s[—–]\s", tail)[0]  # "…, the court ruled — a victory for …": the writer's comment after a dash
        tail_words = len(self.layout.words_in(tail_from, tail_from + len(tail)))
        if (medium := _ADJUNCT.match(text, tail_from, hi)) and _MEDIUM_TAIL.fullmatch(text, medium.end(), hi):
            tail, tail_words = "", 0  # "…, said X in an email to staff that was reviewed by Reuters.": where X said it
        if tail_words <= (4 if cue.word in lex.OBJECT_VERBS else 8) and not re.search(
                r"[,“”\"«»]", tail) and _verb_in(head):  # not "…, Jobs showed off iPhone 4's new video calling abilities"
            return self._span(lo, lo + len(head), cue, speaker)  # nor "The governor, Wanda Vázquez, declared …"
        return None

    def views(self) -> list[Found]:
        """The clauses a view attributes: "In his opinion, a specialist has almost no chance …" (cue ``opinion``)."""
        found = []
        for lo, hi in zip(self.layout.sentence_starts, self.layout.sentence_ends):
            view = views(self.text, lo, hi)
            if view and not self.quotations.inside(lo):
                (cs, ce), (ss, se), start = view
                named = next((m for m in self.speakers.mentions if m.start == ss and m.end == se), None)
                cue = Cue(cs, ce, "source", self.text[cs:ce].lower())
                speaker = self.speakers.speaker(ss, se, named)  # "In his opinion": whom "he" would be
                found.append(self._span(start, hi, cue, speaker))
        return [f for f in found if f]

    def _antecedent(self, lo: int, end: int) -> Speaker | None:
        """The noun phrase that ends at ``end``: a name, else the words from its article ("a maritime border
        agreement"), the source of "according to which"."""
        named = next((m for m in self.speakers.mentions if m.end == end and m.start >= lo), None)
        if named:
            return self.speakers.speaker(named.start, named.end, named)
        phrase = re.search(r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+$", self.text[lo:end])
        return self.speakers.speaker(lo + phrase.start(), end) if phrase else None

    def _relative_end(self, lo: int, hi: int) -> int:
        """Where a relative clause that starts at ``lo`` ends: its first comma outside brackets and quotations."""
        depth = 0
        for i in range(lo, hi):
            char = self.text[i]
            depth += (char in "([") - (char in ")]")
            if char in ",;" and depth <= 0 and self.text[i + 1:i + 2].isspace() and not self.quotations.inside(i):
                return i
        return hi

    def _belief(self, lo: int, hi: int) -> Found | None:
        """A view reported by a source: "According to ABC News, Basya believes …" is Basya's (the innermost source)."""
        match = _BELIEF.match(self.text, lo, hi)
        person = match and next((m for m in self.speakers.mentions if m.start == match.start(1)), None)
        if not person or person.end != match.end(1) or person.label != "PERSON":
            return None
        cue = Cue(match.start(2), match.end(2), "verb", match.group(2))
        return self._span(match.end(), hi, cue, self.speakers.speaker(person.start, person.end, person))

    def _span(self, s: int, e: int, cue: Cue, speaker: Speaker) -> Found | None:
        """The clause of ``cue`` over ``[s, e)``, cut where the writer takes over (``rules_clause_ends``)."""
        bounds = self.ends.bounds(s, e, cue)
        return Found(*bounds, "indirect", cue, speaker) if bounds else None
