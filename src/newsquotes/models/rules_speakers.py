"""Speakers for the ``rules`` model: the subjects of reporting verbs and phrases, and who those are.

The cues (reporting verbs outside quotation marks, and fixed phrases such as "according to") come from
``rules_cues``. A cue's speaker is the subject just before it (past adverbs and appositives), the subject after an
inverted verb ("…,” said Ambassador Mohib), or the source after "according to". A speaker is a name, a pronoun or a
noun phrase; who it refers to is resolved in ``rules_referents``; a name beside a role ("Tom LaSorda, the president
of Chrysler announced") is found in ``rules_appositions``.
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_appositions import (apposed_person, ends_at_comma, ends_in_role, in_relative_clause,
                                                 person_before_role, role_opens, titled_apposition)
from newsquotes.models.rules_cues import Cue, find_cues
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_head_kinds import head_kind as _head_kind
from newsquotes.models.rules_marks import Piece, Quotations
from newsquotes.models.rules_objects import issued_by, member_before, opening_participle_subject, participle_past_object, past_owner, sentence_subject, state_after_town
from newsquotes.models.rules_nominals import inner_reporter
from newsquotes.models.rules_inverted_clauses import EXAMPLE_OPENER, clause_from_start, opens_examples, participle_aside
from newsquotes.models.rules_joint import joint_subject
from newsquotes.models.rules_nominal_subjects import SPEECH, SPEECH_PAST, any_nominal_ending_at, nominal_ending_at
from newsquotes.models.rules_own_subjects import name_before_relative
from newsquotes.models.rules_passive import passive_agent
from newsquotes.models.rules_phrases import SOURCE_DASH, coordinated_start, head_before, source_phrase, subject_after
from newsquotes.models.rules_relative_reports import WHO_BEFORE
from newsquotes.models.rules_reporting import quoted_as
from newsquotes.models.rules_sources import described_document, document_relative, source_noun
from newsquotes.models.rules_subject_relatives import (before_medium_aside, inverted, reduced_relative_subject,
                                                        verb_led)
from newsquotes.models.rules_referents import Referents, Speaker
from newsquotes.models.rules_text import Layout
from newsquotes.models.rules_uncued import nearest_speaker

#: A source that relays another in a relative clause: "According to AFP, which cited sources …, …".
_RELAYED = re.compile(r",?\s*(?:which|who)\s+(?:cited|quoted)\s+")
#: Between a subject and its verb, besides adverbs: a bracketed short name ("the National Hurricane Center
#: (NHC) reported") and a day ("Neil Basu, on Sunday said", "the committee on Monday announced").
_GAP_DAY = (r",?\s+(?:on|last|this|earlier)\s+(?:%s|week|month|year|morning|afternoon|evening|night)\b,?"
            % "|".join(lex.WEEKDAYS))
#: A verb that hands its subject on to the report: "he went on to say", "Smith continued to insist", and one of
#: habit or onset: "they used to demand", "He kept telling me", "companies started saying".
_GAP_CHAIN = (r"\s+(?:(?:(?:went|goes|go|gone)\s+on|continued|continues|proceeded|proceeds|used)\s+to"
              r"|(?:kept|keeps|keep|started|starts|began|begins)(?:\s+to)?)\b")
_GAP_TAIL = re.compile(r"(?:\s+(?:%s)|\s*\([A-Z][\w.&'’-]{1,15}\),?|%s|%s)*\s*$"
                       % ("|".join(sorted(lex.SUBJECT_GAP)), _GAP_DAY, _GAP_CHAIN))
_RELATIVE = re.compile(r"\s(?:who|which|that)\s")
_RELATIVE_OR_DASH = re.compile(f"{_RELATIVE.pattern}|{SOURCE_DASH.pattern}")
#: A verb coordinated with an earlier one, sharing its subject: "… and said", "…, but added".
_SHARED_SUBJECT = re.compile(r"(?:,\s*|\s)(?:and|but)(?:\s+(?:%s))*\s*$" % "|".join(sorted(lex.SUBJECT_GAP)))


#: A person's head noun after a body's name, where the inverted subject ends: "said a WeWork spokesperson."
_PERSON_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?P<head>[a-z][\w-]*)(?=\s*(?:[.,;:!?]|$|\s+(?:when|who|in|at|on)\b))")


#: A subject's relative clause, with no comma, that runs up to the verb: "analysts who have done the calculations say".
_RELATIVE_BETWEEN = re.compile(r"\s+who\s+(?P<first>(?!(?:he|she|they|we|i|you)\s)[a-z][\w'’-]*)\s+(?:[a-z][\w'’-]*\s+){0,11}$")


#: The role between a body's name and the person who holds it: "’s recently named executive chair".
_ROLE_BETWEEN = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w-]*){1,5}\s+")


#: The auxiliary of a participle in the progressive, whose subject is the participle's: "advocates are urging".
_PROGRESSIVE = re.compile(r"\s+(?:is|are|was|were|been)\s+(?:(?:also|now|still)\s+)?$")


#: An example in an apposition, never the subject itself: "Charities, such as the Food Bank, said".
_EXAMPLE = re.compile(r"\b%s\s+(?:the\s+)?$" % EXAMPLE_OPENER)
#: A share of the people polled, as a subject: "70% say", "a plurality say", "two-thirds said".
_SHARE = re.compile(r"(?:(?<![\w.])\d+(?:\.\d+)?%|\b[Aa]\s+(?:plurality|majority)|\b(?:[Tt]wo|[Oo]ne)-thirds)$")


class Speakers:
    """Finds the cues of an article and, for each, its speaker."""

    def __init__(self, layout: Layout, quotations: Quotations, mentions: list[Mention], referents: Referents | None = None):
        """``referents``: the article's, whose sentences pronouns and nominals are resolved over, if not ``layout``'s."""
        self.layout, self.text, self.quotations = layout, layout.text, quotations
        self.mentions = [m for m in mentions if not quotations.inside(m.start)]  # names in quotations speak not
        self.by_end = {m.end: m for m in self.mentions}
        self.referents = referents or Referents(layout, self.mentions, [m for m in mentions if quotations.inside(m.start)])
        self.cues = find_cues(layout, quotations, self.by_end)

    def speaker_of(self, cue: Cue) -> Speaker | None:
        if cue.kind == "source":
            return self.source(cue)[0]
        if cue.kind == "agent":  # "was hailed by Alaskan leaders as …": who judges follows "by"
            agent = passive_agent(self.text, cue.end, self.layout.sentence(cue.start)[1], cue.word)
            return self._source_phrase(agent[0], agent[1]) if agent else None
        first, last = self.layout.sentence(cue.start)
        # "He then approached a director and said", "Dittmar went on to add": the sentence's subject; "Kimberly-Clark,
        # which makes …, said it was …": the name before the relative clause, not the pronoun after the verb
        return self.subject(cue) or (not cue.word.endswith("ing") and name_before_relative(
            self.text, first, cue.start)) or self.subject_after(cue.end, last) or self.sentence_subject(
            max(first, self.quotations.end_before(cue.start)), cue.start) or opening_participle_subject(
            self, cue.start, cue.word, last)

    def _before_gap(self, lo: int, pos: int) -> int:
        """Where the words between a subject and its verb at ``pos`` begin (" on Monday" in "the committee on Monday
        said", " (NHC)", " also", " went on to"): the subject ends there."""
        return lo + _GAP_TAIL.search(self.text[lo:pos]).start()

    def subject(self, cue: Cue) -> Speaker | None:
        """The subject before a reporting verb, in its sentence and after any quotation before it."""
        first = self.layout.sentence(cue.start)[0]
        lo = max(first, self.quotations.end_before(cue.start))
        if lo > first and titled_apposition(self.text, first, lo, cue.start) and not inverted(self.text, cue.start):
            lo = first  # "A statement on Apple's website, …, the text "Steve Jobs 1955-2011", states"
        relative = WHO_BEFORE.search(self.text[lo:cue.start])
        start = relative.start() if relative else document_relative(self.text, lo, cue.start) if cue.word in SPEECH else None
        if start is not None:  # "an official who said", "a blog post that said": the noun phrase it hangs on
            return self.subject_before(lo, lo + start)
        # "analysts who have done the calculations say": the noun phrase the relative clause between them hangs on
        inner = _RELATIVE_BETWEEN.search(self.text, lo, cue.start)
        if inner and (cue.word in SPEECH or verb_led(inner)) and (
                found := self.subject_before(lo, inner.start())):
            return found
        shared = cue.word.endswith("ing") and re.search(r"(?:,|\bby)\s*$", self.text[lo:cue.start]) or (
            _SHARED_SUBJECT.search(self.text, lo, cue.start))
        if shared:  # "X admitted …, writing" and "X said … and said": the first verb's subject
            first = self.layout.sentence(cue.start)[0]
            main = [c for c in self.cues if first <= c.start < cue.start and c.kind != "source" and c.word[-3:] != "ing"]
            # the latest report with a subject: not "found" in "announced the tests found …, and said"; the agent of a
            # passive: "were described by Johnson as …, saying"
            subjects = (self.speaker_of(c) if c.kind == "agent" else self.subject(c) for c in reversed(main))
            return next(filter(None, subjects), None) or self.sentence_subject(first, cue.start)
        if not cue.word.endswith("ing"):
            # "Reports citing sources within the Democratic Party have indicated": the cited source, up to the verb;
            # not a reason cited ("GasBuddy, citing price declines in nearly every state, said": GasBuddy)
            inner = (cited := self.cited_in(lo, cue.start)) and (self.source(cited)[0] or self._source_phrase(
                cited.end, self._before_gap(lo, cue.start)))
            if inner and source_noun(self.text, inner, False):
                return inner
            if reduced := reduced_relative_subject(self.text, lo, cue.start):
                return self.speaker(*reduced)  # "A study published in journal X last month reported": "A study"
            found = self._coordinated(lo, self.subject_before(lo, before_medium_aside(self.text, lo, cue.start)))
            if found is None and cue.word in SPEECH_PAST:  # "The utility said": a source whatever its head noun
                return any_nominal_ending_at(self, lo, self._before_gap(lo, cue.start))
            return found
        if progressive := _PROGRESSIVE.search(self.text, lo, cue.start):  # "Consumer advocates are urging"
            return self._coordinated(lo, self.subject_before(lo, progressive.start()))
        if quoted := quoted_as(self.layout, cue.start):  # "Xinhua quoted a police officer as saying": the officer
            return self.subject_before(quoted[0], quoted[1]) or self.speaker(*quoted)
        found = self.subject_before(lo, cue.start, appositives=False)  # "with Boswell stating"
        if found and found.named and participle_past_object(self.text, lo, found.start):
            return self.sentence_subject(lo, found.start)  # "decided not to play for the Federation saying"
        return found

    def _coordinated(self, lo: int, found: Speaker | None) -> Speaker | None:
        """Coordinated sources of one clause are one speaker, named by its words: "Biden and Sanders announced"."""
        first = found and coordinated_start(self.layout, lo, found.start)
        if first is not None:
            return Speaker(first, found.end, self.text[first:found.end])
        if found and (joint := joint_subject(self.layout, self.mentions, lo, found)):
            return joint  # "President Donald Trump and HHS Secretary Robert F. Kennedy Jr. challenged"
        head = found and head_before(self.layout, lo, found.start, self._names_person(found))
        if not head:
            return found
        if head[1] == "by" and found.name and found.name != self.text[found.start:found.end]:
            return Speaker(head[0], found.end, found.name)  # "Estimates by the Argentinian government": Argentina's
        return self.speaker(head[0], found.end)  # "Estimates by event organizers indicate": named by its words

    def subject_before(self, lo: int, pos: int, appositives: bool = True) -> Speaker | None:
        """The subject that ends right before ``pos`` (past adverbs and up to two appositives)."""
        text, end, stripped, apposed = self.text, pos, False, None
        for _ in range(3):
            end = self._before_gap(lo, end)
            if text[lo:end].endswith(",") and not appositives:
                return None
            if text[lo:end].endswith(","):  # an appositive: "Mu Li, of the University of NSW, said"
                comma = text.rfind(",", lo, end - 1)
                if (comma < 0 and clause_from_start(text, self.layout.sentence(pos)[0], lo) or comma >= 0 and opens_examples(
                        text, comma)) and inverted(text, pos):
                    return None  # "…, as they sweep through the Galaxy, says McLaughlin": a clause before the verb
                if comma >= 0 and not stripped:
                    apposed = self._named(apposed_person(text, self.mentions, comma, end - 1))
                end, stripped = (comma if comma >= 0 else end - 1), True
                continue
            found = self._phrase_ending_at(lo, end) if end > lo else None
            in_role = found and re.search(r"\b(?:of|at|for|from)\s+(?:the\s+)?$", text[lo:found.start])
            if apposed and (getattr(self.by_end.get(end), "label", "") != "PERSON" or in_role or not (found and found.named)
                            or role_opens(text, lo, end, _head_kind)):
                return apposed  # "Angela Merkel's spokesperson, Steffen Seibert, said", "The mayor of X, Y Z, said"
            # "Chi Onwurah, the Labour MP for Newcastle Central, who …, said": a name after "for" is the role's place
            person = found is not None and self._names_person(found) and not in_role
            if stripped and not person:  # "Cres Eastman, Director of …, and Chairman of …, says": the first person
                names = [m for m in self.mentions if lo <= m.start and m.end <= pos and m.label in ("PERSON", "ORG")
                         and ends_at_comma(text, m) and not _EXAMPLE.search(text, lo, m.start)
                         and not in_relative_clause(text, lo, m.start)]
                names = [m for m in names if m.label == "PERSON"] or ([] if found and (
                    found.named or participle_aside(text, end)) else names)  # "The research, funded by X, reveals": the research
                found = self.speaker(names[0].start, names[0].end, names[0]) if names else found
            if not stripped and found and (in_role or not self._names_person(found)):
                found = self._named(person_before_role(text, self.mentions, lo, found.start)) or found
            return found
        return None

    def _person_words(self, mention: Mention) -> bool:
        """Whether every word of a mention is part of a person's name in the article."""
        names = {w for m in self.mentions if m.label == "PERSON" for w in m.name.split()}
        return set(self.text[mention.start:mention.end].split()) <= names

    def _named(self, mention: Mention | None) -> Speaker | None:
        return self.speaker(mention.start, mention.end, mention) if mention else None

    def _names_person(self, speaker: Speaker) -> bool:
        return speaker.named and getattr(self.by_end.get(speaker.end), "label", "") == "PERSON"

    def _phrase_ending_at(self, lo: int, end: int) -> Speaker | None:
        text = self.text
        if (m := self.by_end.get(end)) and m.start >= lo:
            place = self.by_end.get(m.start - 1)
            if m.label == "PRODUCT" and place and place.start >= lo and place.label in ("GPE", "NORP") and (
                    text[place.end:m.start] == " ") and not self._person_words(m) and not re.search(
                    r"\s(?:to|of|in|for|from|at)\s$", text[lo:place.start]):  # "ambassador to Germany Richard Grenell"
                # "Korea Economic Daily reported": a body of that place speaks (but "U.S. Jobs" is a person)
                return Speaker(place.start, end, text[place.start:end], True)
            before_owner = text[lo:past_owner(text, self.by_end, lo, m.start)]
            if m.label in ("GPE", "LOC", "FAC") and re.search(r"\s(?:in|at|from|to)\s(?:the\s)?$", before_owner) and (  # "officials in China’s Inner Mongolia"
                    nominal := self._nominal_ending_at(lo, end)):
                return nominal  # "Hospital officials in Omsk said": the officials, not the city
            # "Sally Wasef of Australia's Griffith University": the person of a body, past its owner
            link = re.search(r"\s(?:of|for|from|at|with|to)\s(?:the\s)?$", before_owner)
            person = link and self.by_end.get(lo + link.start())
            if m.label != "PERSON" and person and person.label == "PERSON":  # "Michael Tien of NPP"
                m = person
            elif link and (nominal := self._nominal_ending_at(lo, end)) and nominal.start < m.start and _head_kind(
                    re.split(r"\s", text[nominal.start:lo + link.start()])[-1]) == "PERSON":
                return nominal  # "A spokesperson for Stagecoach South said": the spokesperson, named by the phrase
            m = member_before(text, self.mentions, lo, m) or m
            return self.speaker(m.start, m.end, m)
        of = [m for m in self.mentions if lo <= m.start and m.end < end and m.label == "PERSON"
              and re.fullmatch(r"\s+(?:of|from|at|for|with)\s+(?:[\w.'’-]+\s+){0,5}[\w.'’-]+", text[m.end:end])]
        if of:  # "Regina Ip from the pro-Beijing camp said", "Suman Haripriya of the Hajo assembly said"
            return self.speaker(of[-1].start, of[-1].end, of[-1])
        if share := _SHARE.search(text, lo, end):  # "70% say", "a plurality say": a share of those polled
            return Speaker(share.start(), end, share.group())
        words = self.layout.words_in(lo, end)
        if not words or words[-1][1] != end:
            return None
        s, e = words[-1]
        word = text[s:e].lower()
        if word in lex.PRONOUNS:
            return self.speaker(s, e)
        for owner in re.finditer(r"(?:['’]s|(?<=s)['’])\s+(?P<nouns>[a-z]+(?:\s+[a-z]+){0,2})", text[lo:end]):
            m = self.by_end.get(lo + owner.start())
            if m and (lex.DOCUMENTS | lex.SPOKESPEOPLE).intersection(owner.group("nouns").split()):
                return self.speaker(m.start, m.end, m)  # "Cornyn's statement added", "PC World's recent analysis of …"
        holder = self.by_end.get(s - 1)
        if holder and holder.start >= lo and holder.label in ("ORG", "GPE") and word in lex.DOCUMENTS:
            return self.speaker(holder.start, holder.end, holder)  # "the NHC advisory indicated": its owner
        if self.layout.starts_sentence(s) and text[s].isupper() and _head_kind(word) and word not in lex.PRONOUNS:
            return self.speaker(s, e)  # "Charities, such as Cats Protection, said …"
        return self._nominal_ending_at(lo, end)

    def _nominal_ending_at(self, lo: int, end: int) -> Speaker | None:
        """A noun phrase with a speaker's head that ends at ``end`` (see ``rules_nominal_subjects``)."""
        return nominal_ending_at(self, lo, end)

    def subject_after(self, pos: int, hi: int) -> Speaker | None:
        """The subject after an inverted verb (see ``rules_phrases.subject_after``); a body's name that opens a
        person's noun phrase gives way to it: "said a WeWork spokesperson" (the spokesperson, not WeWork)."""
        found = subject_after(self, pos, hi)
        mention = found and found.named and self.by_end.get(found.end)
        if mention and mention.label != "PERSON" and re.fullmatch(r"\s+(?:the|a|an)\s+", self.text[pos:found.start]):
            person = _PERSON_AFTER.match(self.text, found.end, hi)
            if person and _head_kind(person["head"]) == "PERSON":
                return self.speaker(pos + 1, person.end())
        if mention and mention.label != "PERSON" and (named := next((
                m for m in self.mentions if m.start > found.end and m.label == "PERSON"
                and _ROLE_BETWEEN.fullmatch(self.text, found.end, m.start)), None)):
            return self.speaker(named.start, named.end, named)  # "said The We Company’s executive chair Marcelo Claure"
        return found

    def trails(self, cue: Cue) -> bool:
        """Whether a source cue closes its sentence's report: "…, according to the ministry." """
        lo = self.layout.sentence(cue.start)[0]
        before = self.text[lo:cue.start].rstrip()
        nested = any(lo <= c.start < cue.start and c.kind == "source" for c in self.cues)
        return cue.word not in lex.CITING and before.endswith(",") and len(before.split()) >= 2 and not nested and not re.search(
            r"\b(?:which|who|that|and|but)\s*,$", before)

    def source(self, cue: Cue) -> tuple[Speaker | None, int]:
        """The source after "according to", "quoting" or "citing", and where the reported clause may begin.

        A source that cites another ("According to Yonhap, quoting KCNA, …") gives way to the one it cites.
        """
        text, (_, hi) = self.text, self.layout.sentence(cue.start)
        if self.trails(cue):
            return self._source_phrase(cue.end, hi), hi
        comma = text.find(",", cue.end, hi)
        # a relative pronoun ends the source, and so does a dash after "according to" (not after "citing")
        relative = (_RELATIVE if cue.word in lex.CITING else _RELATIVE_OR_DASH).search(text, cue.end, hi)
        stop = min((x for x in (comma, relative.start() if relative else -1) if x >= 0), default=-1)
        if stop < 0 or len(self.layout.words_in(cue.end, stop)) > 12:
            # "According to Rathbun the property was returned …": only a name right after the cue can be the source
            m = next((m for m in self.mentions if cue.end < m.start < hi
                      and re.fullmatch(r"\s+(?:the\s+)?", text[cue.end:m.start])), None)
            if m:
                return self.speaker(m.start, m.end, m), m.end
            rest = text[cue.end:hi]  # "…, and this year the city expects 6 million according to the event website."
            size = len(self.layout.words_in(cue.end, hi))  # "… according to a tweet on Monday by Mike Pompeo."
            if (size <= 6 or size <= 12 and described_document(text, cue.end, hi)) and not re.search(r"[,;:“”\"«»]", rest):
                return self._source_phrase(cue.end, hi), hi
            return None, hi
        speaker = self._source_phrase(cue.end, stop)
        if speaker is None:
            return None, hi
        if speaker.end == stop and not speaker.named and (state := state_after_town(text, self.mentions, stop, hi)):
            speaker, stop = Speaker(speaker.start, state, text[speaker.start:state]), state  # "police in Baytown, Texas"
        relayed = _RELAYED.match(text, stop)
        close = text.find(",", relayed.end(), hi) if relayed else -1
        if close > 0 and (inner := self._source_phrase(relayed.end(), close)):
            return inner, close  # "According to AFP, which cited sources close to the investigation, …"
        following = text.find(",", stop + 1, hi)
        if following > 0 and (not speaker.named or ends_in_role(text, cue.end, stop)) and (
                apposed := apposed_person(text, self.mentions, stop, following)):  # "according to its leader, John Smith,"
            speaker, stop = self._named(apposed), following
        while (following := text.find(",", stop + 1, hi)) > 0 and len(self.layout.words_in(stop, following)) <= 1 and (
                not re.match(r"\d,\d", text[following - 1:following + 2])):  # not "…, 8,668 fires"
            stop = following  # post-nominals: "Mark Tedeschi, QC, …"
        inner = self.cited_after(stop)
        if inner:
            return self.source(inner)
        if reporter := inner_reporter(text, stop + 1, hi, _head_kind):
            return self.speaker(reporter[0], reporter[1]), reporter[2]  # "According to X, a spokesman said …"
        return speaker, stop

    def cited_after(self, pos: int) -> Cue | None:
        """The citing cue that follows ``pos`` after a comma: "TASS reported, citing …"."""
        return next((c for c in self.cues if c.start > pos and c.word in lex.CITING
                     and re.fullmatch(r"\s*,?\s*", self.text[pos:c.start])), None)

    def cited_in(self, lo: int, hi: int) -> Cue | None:
        """A citing cue in ``[lo, hi)``: the appositive in "Interfax, citing a diplomat, said"."""
        return next((c for c in self.cues if lo <= c.start < hi and c.word in lex.CITING), None)

    def _source_phrase(self, lo: int, hi: int) -> Speaker | None:
        """The speaker named in the source phrase ``[lo, hi)`` (see ``rules_phrases.source_phrase``)."""
        found = source_phrase(self, lo, hi)
        return found and issued_by(self.text, self.mentions, found, hi) or found  # "a statement released by X"

    # ------------------------------------------------------------------ who the speaker is

    def speaker(self, start: int, end: int, mention: Mention | None = None) -> Speaker:
        """The speaker at ``[start, end)``, named by its mention, or resolved when a pronoun or a nominal."""
        return self.referents.speaker(start, end, mention)

    def is_subject(self, mention: Mention) -> bool:
        return self.referents.is_subject(mention)

    def sentence_subject(self, lo: int, pos: int) -> Speaker | None:
        """The name a sentence is about when its first verb reports nothing (see ``rules_objects``)."""
        return sentence_subject(self, lo, pos)

    def nearest_cue(self, piece: Piece) -> tuple[Cue | None, bool]:
        """The cue nearest a quotation in its sentence, else in the sentence before; and whether in its own."""
        lo, hi = self.layout.sentence(piece.open)[0], self.layout.sentence(max(piece.open, piece.outer_end - 1))[1]
        near = [c for c in self.cues if lo <= c.start < hi and not piece.open <= c.start < piece.outer_end]
        if not near:  # "…”¶said Stephen Harper, Prime Minister of Canada.": the cue opens the next paragraph
            near = [c for c in self.cues if c.start >= piece.outer_end and self.text[c.start].islower()
                    and re.fullmatch(r"\s*\n\s*", self.text[piece.outer_end:c.start])]
        in_sentence = bool(near)
        if not near and lo > 0:
            before = self.layout.sentence(lo - 1)[0]
            near = [c for c in self.cues if before <= c.start < lo and self.speaker_of(c)]
        cue = min(near, key=lambda c: c.start - piece.outer_end if c.start >= piece.outer_end else piece.open - c.end,
                  default=None)
        return cue, in_sentence

    def nearest_person(self, pos: int) -> Speaker | None:
        """Who speaks a quotation at ``pos`` without a cue (see ``rules_uncued``)."""
        return nearest_speaker(self, pos)
