"""Round-up lines for the ``rules`` model: quotations a label names the speaker of, without a reporting verb.

Press releases and reaction round-ups put the speaker before a colon at the head of the paragraph:
``Sen. Jane Doe (R-KY): “…”``, ``Americans for Prosperity: “…”``, ``A federal contractor whose pay is late:
“…”``, or on a line of its own before it (``From the Arizona Republic:``). Transcript digests name the
speaker on a heading line (``Secretary of State Jane Doe on Sunday Morning Futures``) and then give each
answer after its topic (``On tariffs: “…”``): those answers are the heading's person's (or the subject's of
a line that opens the digest with a colon), else, without a heading since the last quote, that quote's
speaker's. A sentence without a reporting verb that introduces a quotation with a colon ("Governor Jane
Doe addressed the public: “…”") gives it to the sentence's subject. A quotation paragraph may instead be
signed after it or on the line under it ("— Jane Doe, Title"), labelled by a handle ("@SenJaneDoe:"), or
sit under a line that gives a story's source and headline ("Fox News: Gas prices fall again"); where the
name lies in a label is read by :mod:`.rules_labels`, the same in every layout.
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_finite import ed_form
from newsquotes.models.rules_roles import after_role
from newsquotes.models.rules_dated_lines import dated_label, list_owner
from newsquotes.models.rules_label_names import body_after
from newsquotes.models.rules_rubric_owners import rubric_owner
from newsquotes.models.rules_handles import holder
from newsquotes.models.rules_labels import HANDLE_LABEL, SIGNATURE, headline_source, name_part, nickname, role_only, rubric
from newsquotes.models.rules_speakers import Speaker, Speakers
from newsquotes.models.rules_text import Layout

#: A topic label: "On tariffs:", "On President Trump’s first month:".
_TOPIC = re.compile(r"On\s(?:[^:“”\"]|“[^:“”]{1,40}”){1,120}:\s*$")  # and a term in marks: "On “retribution”:"
#: A date that opens a sentence, not a topic: "On June 6, The New York Times reported:", "On Monday, …".
_DATE = re.compile(r"On\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|[A-Z][a-z]+day)\b")
#: A topic in a digest of remarks, before a colon and a quotation: "Recruitment crisis looms: “…”".
_TOPIC_LABEL = re.compile(r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"  # not a date
                          r"(?P<label>[A-Z][\w’'-]*(?:,?\s+[\w’'-]+){1,11}):\s*[“\"]")
#: A source label on its own line: "From the Arizona Republic:", "Read more in Breitbart:".
_FROM = re.compile(r"(?:From|Via|Per|Read\s+more\s+(?:in|from|at)|More\s+from)\s+(?:the\s+)?(?P<source>[A-Z][^:“”\"]{1,80}?):\s*$")
#: A name label: capitalised words and their links, and an optional party tag: "Rep. Nick Begich (R-AK):".
_NAME = re.compile(r"(?P<name>(?:The\s+)?[A-Z][\w.’'&-]*(?:\s+(?:[A-Z][\w.’'&,-]*|of|for|and|on|the|to|at|from|&"
                   r"|[“\"‘][A-Z][\w.’'-]{1,20}[”\"’]))*)(?:\s*\([^()]{1,20}\))?:\s*$")  # "Dan “Razin” Caine"
#: A described speaker: "A tourist whose trip … is dashed:", "An air traffic controller who is asked …:".
_NOMINAL = re.compile(r"(?P<name>(?:A|An|One)\s+[a-zA-Z-]+(?:\s+[a-zA-Z-]+){0,3}?)(?:\s+(?:who|whose|with)\b[^:“”\"]*)?:\s*$")
#: A role for a label, without an article: "Local resident:", "Pennsylvania small business owner:".
_ROLE_LABEL = re.compile(r"(?P<name>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}):\s*$")
#: What makes a title a former one, before it: "Then-Rep.", "then-Sen.".
_PAST_ROLE = re.compile(r"^(?:[Tt]hen|[Ff]ormer|[Nn]ow)-(?=[A-Z])")
#: A heading line: no sentence-final punctuation, a few words; a full stop only after an initial or an
#: abbreviation ("U.S. Senator Kevin Cramer (R-ND)", "Chairman James L. Connaughton").
_HEADING = re.compile(r"(?:[^.!?:“”\"]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.(?=\s+[A-Z]))"
                      r"{3,160}(?<!\.)|[^.!?:“”\"]{3,120}")


def _verb_before(head: str) -> bool:
    """Whether the words before a name hold a verb of their own, so the name is an object, not a label."""
    return any(w in lex.FINITE or ed_form(w) for w in re.findall(r"\b[a-z][\w’'-]*", head))


class RoundUp:
    """Finds the speaker a round-up label names for a quotation."""

    def __init__(self, layout: Layout, speakers: Speakers):
        self.layout, self.text, self.speakers = layout, layout.text, speakers
        self.mentions = speakers.mentions
        self._people = [(m.start, m.end) for m in self.mentions if m.label == "PERSON"]

    def speaker(self, opening: int, previous: Speaker | None, previous_at: int | None) -> Speaker | None:
        """The speaker a label names for the quotation opening at ``opening``, or None without a label.

        ``previous`` is the speaker of the quote before, which starts at ``previous_at``."""
        layout, text = self.layout, self.text
        k = layout.paragraph(opening)
        start = layout.paragraphs[k].start
        lead = text[start:opening]
        if not lead.strip() and (signed := self._signed_after(k) or self._signed_below(k)):  # “…” ¶ — Jane Doe
            return signed
        if not lead.strip() and k > 0:  # the label on a line of its own: "From the Arizona Republic:"
            above = layout.paragraphs[k - 1]
            if found := _FROM.fullmatch(text, above.start, above.end):
                return self.named(found.start("source"), found.end("source"))
            return self._remarks_of(k) or self._under_heading(k)
        if self._named_in_headline(opening, k):
            return None  # "Agweek (Fargo, ND): ‘One Big Beautiful Bill’ enhances farm program safety net"
        if found := HANDLE_LABEL.fullmatch(lead):  # "@SenJohnBarrasso:", "@WhipKClark, the number two …, on …:"
            return self._handle(start + found.start("handle"), start + found.end("handle"))
        if _TOPIC.fullmatch(lead) and not _DATE.match(lead) and not any(
                w.lower() in lex.SPEECH_VERBS for w in lead.split()):
            return self._heading_speaker(k, previous, previous_at)
        if (found := _NAME.fullmatch(lead)) and not rubric(found["name"]) and not any(
                w.lower() in lex.SPEECH_VERBS for w in found["name"].split()):
            return self.named(start + found.start("name"), start + found.end("name"))
        if (found := _ROLE_LABEL.fullmatch(lead)) and role_only(found["name"].split()):
            return Speaker(start + found.start("name"), start + found.end("name"), found["name"], True)  # "Local resident:"
        if found := _NOMINAL.fullmatch(lead):
            name = found["name"]
            if not any(w.lower() in lex.SPEECH_VERBS or w.lower() in lex.FINITE for w in name.split()):
                return Speaker(start + found.start("name"), start + found.end("name"), name)
        if label := self._digest_topic(k):  # "Workers abandoned without paychecks: “…”", one of a series under one speaker
            return self._heading_speaker(k, previous, previous_at) or list_owner(layout, self.speakers, k, label)
        return rubric_owner(layout, self.speakers, start, opening) or self._introduced(opening)  # "PROMISE MADE: “…”"

    def _leads(self, person) -> bool:
        """Whether a person is the subject their sentence opens with, past a title of any words ("Transportation
        Secretary Sean Duffy took to Capitol Hill …")."""
        lead = re.findall(r"[\w'’.-]+", self.text[self.layout.sentence(person.start)[0]:person.start])
        return self.speakers.is_subject(person) or len(lead) <= 8 and all(
            w[0].isupper() or w in lex.CONNECTORS for w in lead) and bool(lead) and lead[-1][0].isupper()

    def _digest_topic(self, k: int) -> re.Match | None:
        """The topic label paragraph ``k`` opens with, if one in a series of them (another within two paragraphs),
        each a phrase that names no one before a colon and a quotation: a digest of one speaker's remarks."""
        label = self._topic_label(k)
        return label if label and any(self._topic_label(j) for j in (k - 2, k - 1, k + 1, k + 2)
                                      if 0 <= j < len(self.layout.paragraphs)) else None

    def _topic_label(self, k: int) -> re.Match | None:
        paragraph = self.layout.paragraphs[k]
        dated = dated_label(self.text, paragraph.start, paragraph.end)  # "Seal the border: “…” (10/12/24, Aurora, CO)"
        found = dated or _TOPIC_LABEL.match(self.text, paragraph.start, paragraph.end)
        words = found and found["label"].split()
        named = ("PERSON",) if dated else ("PERSON", "ORG")
        return found if words and not any(w.lower() in lex.SPEECH_VERBS and (i == 0 or w[0].islower())  # "United States"
                                          for i, w in enumerate(words)) and not any(
            paragraph.start <= m.start < found.end("label") and m.label in named for m in self.mentions) else None

    def _named_in_headline(self, opening: int, k: int) -> bool:
        """Whether the quotation is a name in title case inside a headline that runs on after it ("‘Kill the Boer’
        Song Fuels Backlash"), not what the label before it said: a label's quotation takes the rest of its
        paragraph, but for a note ("(Watch)", "(10/21/24, Concord, NC)")."""
        piece = next((p for p in self.speakers.quotations.pieces if p.open == opening), None)
        if piece is None or piece.close is None:
            return False
        words = self.layout.words_in(piece.start, piece.end)
        title_like = sum(self.text[s].isupper() for s, _ in words) >= 0.6 * len(words)
        rest = self.text[piece.outer_end:self.layout.paragraphs[k].end].lstrip()
        return bool(words) and title_like and rest[:1].isalpha() and len(re.findall(r"[A-Za-z][\w’'-]*", rest)) >= 2

    def _remarks_of(self, k: int) -> Speaker | None:
        """Whose remarks a digest gives after a short line with a colon ("Here’s what you missed:"): the person
        the paragraph before that line opens with ("President Donald J. Trump delivered remarks at …"), when
        no reporting verb there says whose they are."""
        layout, text = self.layout, self.text
        line = layout.paragraphs[k - 1]
        if k < 2 or not re.search(r":\s*$", text[line.start:line.end]) or len(text[line.start:line.end].split()) > 8:
            return None
        if any(line.start <= m.start < line.end for m in self.mentions):
            return None
        before = layout.paragraphs[k - 2]
        if any(before.start <= c.start < line.end for c in self.speakers.cues):
            return None  # "The Wall Street Journal writes … . Here are a few examples from the story:": the cue's
        first = layout.sentence(before.start)
        subject = self.speakers.sentence_subject(first[0], first[1])
        person = subject and self.speakers.by_end.get(subject.end)
        lead = person and text[first[0]:person.start]
        # "Yesterday, President Donald J. Trump"; "Marking …, President Donald J. Trump used …": the clause's subject
        early = person and (len(lead.split()) <= 4 or "," in lead and all(
            w.rstrip(".") in lex.TITLES for w in lead.rsplit(",", 1)[1].split()))
        return subject if person and person.label == "PERSON" and early else None

    def _under_heading(self, k: int) -> Speaker | None:
        """The person a heading line names for the quotation paragraphs under it: "Special Envoy Witkoff on Fox
        News Sunday", then "“…” (Watch)" paragraphs; or the source a headline line names ("Inc.: Trump’s Bill
        Offers a Big Tax Win", then the story's paragraphs in marks)."""
        layout, text = self.layout, self.text
        for j in range(k - 1, max(-1, k - 8), -1):
            paragraph = layout.paragraphs[j]
            if text[paragraph.start] in "“\"":
                continue  # a quotation paragraph of the same digest
            if source := headline_source(text[paragraph.start:paragraph.end]):
                return self.named(paragraph.start + source[0], paragraph.start + source[1])
            people = [m for m in self.mentions if paragraph.start <= m.start and m.end <= paragraph.end
                      and m.label == "PERSON"]
            if people and _HEADING.fullmatch(text, paragraph.start, paragraph.end) and len(people) == 1:
                return self.speakers.speaker(people[0].start, people[0].end, people[0])
            return None if people else self._label_line(paragraph.start, paragraph.end, k)
        return None

    def _label_line(self, lo: int, hi: int, k: int) -> Speaker | None:
        """The person a line of its own names by their role and name, with or without a colon: "Former U.S.
        Ambassador to Russia Michael McFaul:" over the quotation (paragraph ``k``); or the organisation it names
        when the quotation names it too ("Micron Technology", then “… Micron commends President Trump …”)."""
        found = _NAME.fullmatch(self.text[lo:hi].rstrip().rstrip(":") + ":")
        words = found and found["name"].split()
        if not words or len(words) > 12 or any(w.lower() in lex.SPEECH_VERBS for w in words):
            return None
        if not after_role(words) and not self._named_again(lo, hi, k):
            return None  # a heading of capitalised words with no role in it is a section's: "Energy Dominance"
        named = self.named(lo + found.start("name"), lo + found.end("name"))
        first = (named.name or "").split()[:1]
        return named if first and first[0][0].isupper() and first[0].rstrip(".") not in lex.TITLES else None

    def _named_again(self, lo: int, hi: int, k: int) -> bool:
        """Whether the quotation from paragraph ``k`` on names the organisation of the line ``[lo, hi)`` over it, by a
        word of its name or the acronym in brackets ("Micron Technology", then “… Micron commends …”; "Business
        Software Alliance (BSA)", then “BSA is …”), in any case but in capitals ("Mastercard" for "MasterCard")."""
        layout, text = self.layout, self.text
        words = r"[\w.&-]*[A-Z][\w.&-]*"  # with a capital anywhere: "xAI", "Code.org"
        names = {w.casefold() for w in re.findall(words, text[lo:hi]) if len(w) >= 2
                 and w.casefold() not in lex.CONNECTORS | {"the", "of", "for", "and", "american", "america", "national"}}
        quoted = text[layout.paragraphs[k].start:layout.paragraphs[min(k + 2, len(layout.paragraphs) - 1)].end]
        return any(w.casefold() in names for w in re.findall(words, quoted))

    def _introduced(self, opening: int) -> Speaker | None:
        """The subject of a sentence with no reporting verb that introduces the quotation with a colon:
        "Governor John Bel Edwards addressed the public: “…”", "Bill Gerstenmaier of NASA spoke of …: “…”"."""
        lo = self.layout.sentence(opening)[0]
        if not re.search(r":\s*$", self.text[lo:opening]) or any(lo <= c.start < opening for c in self.speakers.cues):
            return None
        labelled = next((m for m in self.mentions if lo <= m.start and re.fullmatch(r":\s*", self.text[m.end:opening])
                         and m.label == "PERSON" and " " in self.text[m.start:m.end]), None)
        if labelled and _verb_before(self.text[max(lo, self.text.rfind(":", lo, labelled.start) + 1):labelled.start]):
            labelled = None  # "President Jane Doe fact checked the host on Senator John Roe: “…”": the name is an object
        if labelled:  # "… in the Congressional Record: Director of Communications Bill Bodie: “…”"
            return self._pair(lo, labelled.end) or self.speakers.speaker(labelled.start, labelled.end, labelled)
        subject = self.speakers.sentence_subject(lo, opening)
        return None if subject and rubric(self.text[subject.start:subject.end]) else subject  # "MYTH: “…”"

    def named(self, lo: int, hi: int) -> Speaker:
        """The person a label names after their role ("Senior Fellow Marlo Lewis"), else the label itself, an
        organisation's or a person's name ("Americans for Prosperity", "The Wall Street Journal"); see
        :mod:`.rules_labels` for what around the name is left out."""
        lo, hi = name_part(self.text, lo, hi, self._people)
        if (nick := nickname(self.text, lo, hi)) is not None:
            return Speaker(nick, hi, self.text[nick:hi], True)
        if pair := self._pair(lo, hi):
            return pair
        words = list(re.finditer(r"\S+", self.text[lo:hi]))
        if role_only([w.group() for w in words]):
            return Speaker(lo, hi, self.text[lo:hi], True)  # "Senior Democrat Aide"
        first = after_role([_PAST_ROLE.sub("", w.group()) for w in words])  # "Then-Rep. Jane Doe"
        owner = [k for k, w in enumerate(words[:-1]) if re.search(r"[’']s$", w.group())]  # "CNN’s Matt Egan"
        if owner and len(words) - owner[-1] <= 4 and self._owns_person(lo + words[owner[-1] + 1].start(), hi):
            first = max(first, owner[-1] + 1)  # not "Independent Women’s Voice": no one is named after the owner
        if first and words[first].group()[0].islower():  # "Director of National Intelligence Tulsi Gabbard"
            ending = next((m for m in self.mentions if m.end == hi and lo < m.start and m.label == "PERSON"), None)
            lo = body_after(self.text, ending.start, hi) if ending else lo + words[-2].start()
        elif first:
            lo += words[first].start()
        person = next((m for m in self.mentions if m.start == lo and m.end == hi and m.label == "PERSON"), None)
        if person:
            return self.speakers.speaker(person.start, person.end, person)
        return Speaker(lo, hi, self.text[lo:hi], True)

    def _owns_person(self, lo: int, hi: int) -> bool:
        """Whether the words after an owner in a label end with a person, or a role, named by them: "CNN’s Matt
        Egan", "the paper’s editor"; not an organisation's name with a possessive in it ("Women’s Voice")."""
        last = self.text[lo:hi].split()[-1]
        if last in lex.ORG_WORDS or last.lower().rstrip("s") in lex.ORG_NOUNS:
            return False
        return any(lo <= a and b == hi for a, b in self._people) or role_only(self.text[lo:hi].split())

    def _pair(self, lo: int, hi: int) -> Speaker | None:
        """Two people a label names together speak together: "Fogel lawyers Martin De Luca and Andrew Smith"."""
        people = [m for m in self.mentions if lo <= m.start and m.end <= hi and m.label == "PERSON" and len(
            words := self.text[m.start:m.end].split()) >= 2 and not any(w.isupper() or w.rstrip(".") in lex.TITLES
                                                                        for w in words)]  # not "VP and CFO Jane Doe"
        # "Sen. A and Rep. B": the second's title
        if len(people) >= 2 and people[-1].end == hi and (titles := re.fullmatch(
                r"\s+and\s+((?:[A-Z][\w-]*\.?\s+){0,3})", self.text[people[-2].end:people[-1].start])) and all(
                w.rstrip(".") in lex.TITLES for w in titles.group(1).split()):
            return Speaker(people[-2].start, hi, self.text[people[-2].start:hi], True)
        return None

    def _handle(self, lo: int, hi: int) -> Speaker:
        """The person a handle stands for ("@SenSchumer"), else the handle, "@" and all."""
        name = holder(self.text, self.text[lo:hi], self.mentions)
        return Speaker(lo - 1, hi, name or self.text[lo - 1:hi], True)

    def _signed_below(self, k: int) -> Speaker | None:
        """The one who signs the line under a quotation paragraph, or under the paragraphs that carry it on:
        "— White House Press Secretary Karoline Leavitt", "— Rapid Response 47 (@RapidResponse47) June 17, 2025"."""
        layout, text = self.layout, self.text
        for j in range(k + 1, min(k + 6, len(layout.paragraphs))):
            paragraph = layout.paragraphs[j]
            if signed := SIGNATURE.fullmatch(text, paragraph.start, paragraph.end):
                return self.signer(signed)
            if text[paragraph.start] not in "“\"":
                return None  # only paragraphs of the same quotation lie between it and its signature
        return None

    def _signed_after(self, k: int) -> Speaker | None:
        """The one who signs a quotation paragraph after its closing mark, when the signature is longer than a pull
        quote's byline: "“…” — Former U.S. Ambassador to Russia Michael McFaul"."""
        paragraph = self.layout.paragraphs[k]
        close = max(self.text.rfind("”", paragraph.start, paragraph.end), self.text.rfind('"', paragraph.start, paragraph.end))
        signed = close > paragraph.start and SIGNATURE.fullmatch(self.text, close + 1, paragraph.end)
        return self.signer(signed) if signed else None

    def signer(self, signed: re.Match) -> Speaker | None:
        """The speaker a signature names, or None when the line after the dash names no one ("— and that’s a fact")."""
        lo, hi = name_part(self.text, signed.start("name"), signed.end("name"), self._people)
        words = self.text[lo:hi].split()
        if len(words) > 8 or not all(w[0].isupper() or w[0].isdigit() or w[0] in "@." or w in lex.CONNECTORS | {"to", "at", "and"}
                                     for w in words):
            return None
        return self.named(lo, hi)

    def _heading_speaker(self, k: int, previous: Speaker | None, previous_at: int | None) -> Speaker | None:
        """The person of the nearest heading line above paragraph ``k``, unless the quote before is nearer."""
        layout, text = self.layout, self.text
        for j in range(k - 1, max(-1, k - 30), -1):
            paragraph = layout.paragraphs[j]
            if previous_at is not None and previous_at >= paragraph.start:
                return previous
            if remarks := self._remarks_of(j + 1):  # "Here the top moments you may have missed:" under a subject
                return remarks
            people = [m for m in self.mentions if paragraph.start <= m.start and m.end <= paragraph.end
                      and m.label == "PERSON"]
            heading = _HEADING.fullmatch(text, paragraph.start, paragraph.end)
            # or the line that opens the digest: "Secretary Bessent then made the rounds on television:"
            opener = (text[paragraph.start:paragraph.end].rstrip().endswith(":") and people and self._leads(people[0])
                      and len(text[paragraph.start:paragraph.end].split()) >= 6)  # a sentence, not "Promises Kept:"
            if people and (heading or opener):
                return self.speakers.speaker(people[0].start, people[0].end, people[0])
        if previous is not None:
            return previous
        # the first answer of a digest: who the paragraphs before say said something
        lo = layout.paragraphs[max(0, k - 3)].start
        cues = [c for c in self.speakers.cues if lo <= c.start < layout.paragraphs[k].start]
        return next(filter(None, map(self.speakers.speaker_of, reversed(cues))), None)
