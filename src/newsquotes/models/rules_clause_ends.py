"""Where a reported clause starts and ends, for the ``rules`` model: where the writer takes over from the report.

``rules_clauses`` finds where a cue's clause begins and the furthest it may run (mostly the end of its sentence);
``ClauseEnds`` trims it. It starts past a discourse link that opens the sentence ("For example, …") and ends at
the end of a block quotation it is in, before a coordinated report of its own ("X said A, and Y told reporters
B", "… and several said …"), before a participle that reports again ("…, stating", "…, with the paper reporting",
"…, with some local press claiming"), where a judgement's predicate ends, before a dash with "and" or "but", a
concession ("despite"), a gloss ("meaning"), a semicolon, the writer's turn to a clause of its own ("…, however, a
UN report …"), before a predicate coordinated with the reporting verb (``rules_conjuncts``), and before a direct
quote of its own after a comma, or any quotation of four words or more that a colon opens ("agreeing the issue
should be decided by Congress: “imposition of citizenship … would fail …”") or that opens a sentence of its own
after the clause's full stop (segmenters miss it after "p.m."); in a concessive clause that opens the sentence
("Although X's guidelines recommend …, the agency …") it ends at the clause's comma. Endings that need no parser:

* the writer's comment on the report: "…, which Trump denied", "…, which the company disputes", "… without
  elaborating", "… without providing evidence", and what the speaker withheld ("…, but he gave no details");
* a second act of speech by the same subject: "said the bridge would reopen in May and called for patience",
  "acknowledged that … were experiencing antenna issues, but dismissed …" (the clause ends before "and called",
  whether or not that verb reports a clause of its own), unless a verb of speech inside the clause is the one
  coordinated ("said police warned residents and asked them to leave"); only verbs that are mostly an act of speech
  or of taking a position count ("and continued", "and ordered" may go on the clause).

A source phrase ends before a dash: "according to a new analysis — while another found …" is by "a new analysis".
What is left is no clause when it is shorter than three words, a short report with nothing reported ("he said he
told them"), or a thing after a verb that as often takes one ("noted the need to act"; but "recommend" with a
gerund, a bare clause or an infinitive reports it: "recommend holding people …", "recommends all individuals … get
a flu vaccine", "recommended Baker to be …").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_conjuncts import reporting_predicate
from newsquotes.models.rules_cues import Cue
from newsquotes.models.rules_finite import finite as _finite
from newsquotes.models.rules_marks import Piece, Quotations
from newsquotes.models.rules_relative_gaps import gap_infinitive
from newsquotes.models.rules_reporting import judgement_end
from newsquotes.models.rules_text import Layout

if TYPE_CHECKING:
    from newsquotes.models.rules_speakers import Speakers

_DISPUTING = "|".join(sorted(lex.DISPUTING))
#: "…, which Trump denied", "…, which the company has disputed", "…, a claim he denied".
_DISPUTED = re.compile(r",\s+(?:which|a\s+claim|an\s+allegation|a\s+charge)\s+(?:he|she|they|it|(?:the\s+)?[\w.'’-]+"
                       r"(?:\s+[A-Z][\w.'’-]*){0,2})\s+(?:has\s+|have\s+|had\s+|also\s+|strongly\s+|repeatedly\s+)?"
                       r"(?:%s)\b" % _DISPUTING)
#: Verbs of telling what a speaker left untold, as (plain, gerund, participle): "did not say", "without elaborating",
#: "has not disclosed".
_UNTOLD = [tuple(forms.split("/")) for forms in """
    say/saying/said disclose/disclosing/disclosed specify/specifying/specified elaborate/elaborating/elaborated
    explain/explaining/explained detail/detailing/detailed give/giving/given provide/providing/provided
    offer/offering/offered comment/commenting/commented answer/answering/answered reveal/revealing/revealed
    identify/identifying/identified name/naming/named respond/responding/responded confirm/confirming/confirmed
    address/addressing/addressed cite/citing/cited present/presenting/presented
""".split()]
#: "… without elaborating", "…, without providing evidence": how the report was made, not what it says.
_WITHOUT = re.compile(r",?\s+without\s+(?:%s)\b" % "|".join(ing for _, ing, _ in _UNTOLD))
#: The writer's account of what the speaker withheld: "Roth said the company could take larger payloads, but he did
#: not disclose how large …", "…, but he gave no details on payment".
_WITHHELD = re.compile(
    r",\s+(?:but|and)\s+(?:he|she|they|it)\s+(?:also\s+)?(?:"
    r"(?:did|does|would|could)(?:\s+not|n['’]t)\s+(?:%s)|(?:has|had|have)(?:\s+not|n['’]t)\s+(?:%s)|"
    r"declined|refused|(?:gave|offered|provided)\s+no)\b" % ("|".join(plain for plain, _, _ in _UNTOLD),
                                                            "|".join(done for _, _, done in _UNTOLD)))
#: Verbs that, after "and", are a further act of speech and never an event of the reported clause (not "continued",
#: "ordered", "announced", "reported": "Police reported the attacker exited the hall and continued to attack").
_SPEECH_ACTS = frozenset("""
    added asked called urged vowed pledged promised warned insisted stressed emphasised emphasized described praised
    condemned criticised criticized denounced dubbed termed branded hailed lauded tweeted explained quipped remarked
    reiterated commented cautioned characterised characterized thanked appealed dismissed denied rejected
    acknowledged admitted conceded argued
""".split())
#: A verb of speech inside the clause, which a coordinated one goes on rather than the cue.
_REPORTING_WORDS = lex.SPEECH_VERBS | lex.NAMING_VERBS
#: " and called …", ", and urged …": a second act of speech, its subject shared.
_AND_SPEECH = re.compile(r",?\s+(?:and|but)\s+(?:(?:%s)\s+)*([a-z]+ed)\b" % "|".join(sorted(lex.SUBJECT_GAP)))

#: Words that are a subject of their own, which the speaker finder may pass over: "… and several said they …".
_QUANTIFIER_SUBJECTS = "several|many|some|others|most|few|he|she|they|we"  # "both", "all": lex.SUBJECT_GAP
#: What joins a second report on to a clause before its subject or verb: ", and", " but", " while", ";".
_COORDINATION = re.compile(r"(?:,?\s+(?:and|but|while|whereas)|;)(?:\s+(?:%s))?(?:\s+(?:%s))*"
                           r"(?:\s+(?:the|a|an))?\s+$" % (_QUANTIFIER_SUBJECTS, "|".join(sorted(lex.SUBJECT_GAP))))
#: A participle after a comma, which may report again: "…, adding", "…, with the paper reporting".
PARTICIPLE = re.compile(r",\s+(?:with\s+(?:[\w.'’-]+\s+){1,4}?)?(?:also\s+)?([a-z]+ing)\b")
#: A discourse link that opens a sentence, which is the writer's: "For example, ".
_DISCOURSE = re.compile(r"(?:%s),\s+" % "|".join(lex.DISCOURSE))
#: Where the writer takes over from a reported clause: a concession, a gloss on it or a turn to a clause with a
#: subject of its own ("denied all claims that Khashoggi was slain, however, a UN report eventually concluded …";
#: not "said the plan, however, would cost more").
_WRITERS_ASIDE = re.compile(r",?\s+despite\b|,\s+meaning\b|;\s|(?P<turn>,\s+however,\s+(?=(?:%s)\b|[A-Z]))"
                            % lex.SUBJECT_OPENER)
#: A dash with "and" or "but", after which the writer goes on: "— and he kept his promise".
_DASHED_AND = re.compile(r"\s+[—–]\s+(?:and|but)\s")
#: A short clause that ends on a verb of speech reports nothing itself: "“…,” he said he told them. “…”" (but
#: "the owner had been informed" does).
_BARE_REPORT = re.compile(r"(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bis )(?<!\bare )\b(?:%s)"
                          r"(?:\s+(?:him|her|them|me|us|reporters))?$" % "|".join(sorted(lex.TELL_VERBS | {
                              "said", "says", "say"})))
#: The writer's words after a quoted fragment that ends the clause: "“…,” a phrase he has used before".
_FRAGMENT_COMMENT = re.compile(r"\s*,?\s*(?:a|an|which|who|whose|as)\b")


def writers_comment(text: str, s: int, e: int) -> int | None:
    """Where the writer's comment on the report begins inside ``[s, e)``, if it does."""
    found = [m.start() for m in (_DISPUTED.search(text, s, e), _WITHOUT.search(text, s, e)) if m]
    return min(found) if found else None


def withheld_start(text: str, s: int, e: int) -> int | None:
    """Where the writer's account of what the speaker withheld begins inside ``[s, e)``, or None."""
    found = _WITHHELD.search(text, s, e)
    return found.start() if found else None


def second_act(text: str, s: int, e: int) -> int | None:
    """Where a coordinated verb of speech of the clause's own subject begins ("… and called for patience"), if no
    verb of speech inside the clause comes before it (that one would be what the "and" goes on)."""
    for match in _AND_SPEECH.finditer(text, s, e):
        word = match.group(1)
        if word not in _SPEECH_ACTS:
            continue
        earlier = re.findall(r"[a-z]+", text[s:match.start()])
        if not any(w in _REPORTING_WORDS for w in earlier):
            return match.start()
        return None
    return None


#: Verbs that recommend an act, whose object may be a gerund or a bare clause: "recommend holding people no longer
#: than 72 hours", "recommends all individuals above age 6 months get a flu vaccine".
RECOMMENDING = frozenset("recommend recommends recommended".split())
_INFINITIVE = re.compile(r"\s+(?!(?:%s|this|that|these|those)\b)[a-z]+\b(?<!s)" % "|".join(sorted(lex.DETERMINERS)))
_GERUND = re.compile(r"\s+((?:not\s+)?[a-z]{3,}ing)\b(?!\s+(?:to|of|for)\b)")
#: Words that go on a noun phrase rather than open its verb: "treatments and a prison", "individuals above age …".
_NOT_BARE_VERB = lex.DETERMINERS | lex.LINKING_PREPOSITIONS | frozenset(
    "and or but as than like who which that this these those such some all any each every no not last next today "
    "yesterday tomorrow earlier later over under above below after before during without through against between "
    "among per".split())
#: A concessive clause opening the sentence, whose report ends at its comma: "Although CBP's guidelines recommend …,";
#: "While" only when no comma comes before the verb ("While X said …, Y …", not "While in Paris, he said …").
_CONCESSIVE = re.compile(r"\W*(?:Although|Though|Even\s+though|Whereas|While(?=[^,]*$))\s")
#: Words in -s that are no plural nouns: "recommended Baker to be his replacement".
_NOT_PLURAL = frozenset("his its is was has does us yes thus always perhaps".split())


def recommended(after: str) -> int | None:
    """Where the gerund or bare clause a recommending verb reports begins in the text ``after`` it: the gerund, or a
    noun phrase ending in a plural or a name and then a bare verb ("residents avoid …") or an infinitive ("Baker to be
    …"); None for a thing ("recommended mental health treatments and a prison …") or a "that" clause."""
    if gerund := _GERUND.match(after):
        return gerund.start(1)
    words = list(re.finditer(r"[^\s,;:.!?“”\"]+|[,;:.!?“”\"]", after[:160]))
    for k, (noun, verb) in enumerate(zip(words, words[1:])):
        if not noun.group()[0].isalnum() or k >= 9:
            return None
        if k == 0 and noun.group().lower() == "that":
            return None
        word = noun.group()
        is_noun = word.lower() not in _NOT_BARE_VERB | _NOT_PLURAL and (word[0].isupper() or (
            word.endswith("s") and not word.endswith("ss")))
        bare = verb.group()
        if (is_noun or word.lower() in ("him", "her", "them")) and bare == "to" and _INFINITIVE.match(after, verb.end()):
            return words[0].start()  # "recommended Baker to be his replacement"
        if is_noun and bare.isalpha() and bare.islower() and bare not in _NOT_BARE_VERB and not (
                bare.endswith(("s", "ed", "ing", "ly"))):
            return words[0].start()
    return None


#: A last word that is an abbreviation without its full stop: "p.m", "U.S", "Inc".
_ABBREVIATED = re.compile(r"(?:(?<![\w.])(?:[A-Za-z]\.)+[A-Za-z]|\b(?:%s))$" % "|".join(sorted(lex.ABBREVIATIONS)))


def content_end(text: str, s: int, e: int) -> int:
    """Where a reported clause that may run to ``e`` ends: before the spaces and the punctuation that end its
    sentence or set it off (labeling/GUIDELINES.md "Where a quote starts and ends"), but after the full stop of an
    abbreviation it ends on, which is the abbreviation's as much as the sentence's ("the attack took place at about
    7:45 p.m.", "bulking up its production capacities in the U.S., CEO Bernard Arnault said")."""
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:.!?"):
        e -= 1
    return e + 1 if text[e:e + 1] == "." and _ABBREVIATED.search(text, s, e) else e


class ClauseEnds:
    """Trims the clauses of one article's cues; reads the article's quotations and, for coordinated reports, the
    cues and their subjects."""

    def __init__(self, layout: Layout, quotations: Quotations, speakers: Speakers):
        self.layout, self.text, self.quotations, self.speakers = layout, layout.text, quotations, speakers

    def bounds(self, s: int, e: int, cue: Cue) -> tuple[int, int] | None:
        """Where the clause of ``cue`` that may run over ``[s, e)`` starts and ends, or None when what is left is too
        short or only a thing the verb takes ("noted the need to act")."""
        text = self.text
        while s < e and (text[s].isspace() or text[s] in ",;:" or self.quotations.block_at(s)):
            s += 1  # a report inside a block quotation starts after its opening mark
        opening = _DISCOURSE.match(text, s, e)
        if opening and self.layout.starts_sentence(s):
            s = opening.end()  # "For example, the museum saw …": the link is the writer's
        block = next((p for p in self.quotations.pieces if p.block and p.start <= s < p.end), None)
        e = min(e, block.end) if block else e  # a report inside a block quotation ends where the block does
        if s >= cue.end and _CONCESSIVE.match(text, self.layout.sentence(cue.start)[0], cue.start):
            comma = next((k for k in range(s, e) if text[k] == "," and not self.quotations.inside(k)), e)
            e = comma  # "Although X's guidelines recommend holding …, the agency …": the main clause is the writer's
        e = self._next_report(s, e, cue)
        e = self._before_participle(s, e)
        if cue.word in lex.CHARACTERIZING and (end := judgement_end(text, s, e)) and not self.quotations.inside(end):
            e = end  # "who identifies herself as an antithiest, had previously helped …": the judgement ends there
        if (dash := _DASHED_AND.search(text, s, e)) and not self.quotations.inside(dash.start()):
            e = dash.start()  # "he would get him out — and he kept his promise": the writer goes on
        turns = s >= cue.end  # a clause before its verb is all the speaker's, up to the verb
        aside = next((a for a in _WRITERS_ASIDE.finditer(text, s, e) if turns or not a["turn"]), None)
        if aside and not self.quotations.inside(aside.start()):
            e = aside.start()  # "he had won the election despite several key states certifying …": the writer's
        for end in (writers_comment(text, s, e), withheld_start(text, s, e), second_act(text, s, e) if s >= cue.end else None):
            if end is not None and not self.quotations.inside(end + 1):
                e = min(e, end)  # "…, which Trump denied", "… without elaborating", "… and called for patience"
        if s >= cue.end and (end := reporting_predicate(text, s, e, cue.word)) is not None and (
                not self.quotations.inside(end + 1)):
            e = end  # "urged the embassy to reconsider and spoke with Pompeo": the writer's narration of the speaker
        opening = text[s:e].split(maxsplit=1)[:1]
        for piece in self.quotations.between(s + 1, e):
            lead = text[s:piece.open].rstrip()
            after_colon = lead.endswith(":") and s >= cue.end
            long = len(text[piece.start:piece.end].split()) >= 4
            new_sentence = lead.endswith((".", "!", "?")) and text[piece.start].isupper() and piece.start < e
            if long and (after_colon or new_sentence):
                e = s + len(lead) - 1  # "agreeing the issue …: “imposition of …”", "… at 7:45 p.m. “No troops …”"
                break
            if opening and opening[0].lower() in lex.NOT_CLAUSE:
                break  # "that, over the last months, “Gloria's …”": the comma closes an adverbial, not the clause
            if text[piece.start].isupper() and (lead.endswith(",") or after_colon) and self._own_sentence(piece, e):
                e = s + len(lead) - 1  # “…, said X, "Sentence of its own."”, "X says A: “B.”": a direct quote after
                break
        e = content_end(text, s, e)
        inside = [p for p in self.quotations.quoted if s <= p.open < e and p.close is not None and p.close < e]
        if inside and _FRAGMENT_COMMENT.match(text[inside[-1].close + 1:e]) and (
                text[inside[-1].close - 1] == "," or text[inside[-1].close + 1:e].lstrip().startswith(",")):
            e = inside[-1].close + 1  # “…,” a phrase he has used before
        words = len(self.layout.words_in(s, e))
        if words < (2 if text.startswith("to ", s) else 3) or self._noun_object(s, e, cue) or (
                words <= 6 and _BARE_REPORT.search(text, s, e)):
            return None
        return s, e

    def _own_sentence(self, piece: Piece, e: int) -> bool:
        """Whether a quotation after a clause's comma is a sentence of its own (…, said X, "It was late."), not a
        name in marks inside the clause ("his event, “Storm Area 51, They Can't Stop All of Us”, was posted …")."""
        return bool(re.search(r"[.!?…,]", self.text[piece.end - 1:piece.outer_end])) or not (
            self.text[piece.outer_end:e].strip(" .!?,;:"))

    def _noun_object(self, s: int, e: int, cue: Cue) -> bool:
        """Whether a verb that as often takes a thing has only a thing after it: "noted the need to act" (not an
        infinitive of a claim: "claims to have seen …"; "agreed to wear" reports nothing)."""
        return (cue.word in lex.OBJECT_VERBS and s >= cue.end and not self.text[cue.end:s].strip()
                and not (cue.word in lex.PROMISE_VERBS and re.match(r"(?:not\s+)?to\s", self.text[s:e]))
                and not (cue.word in RECOMMENDING and recommended(self.text[cue.end:e]) is not None)
                and not gap_infinitive(self.text, self.layout.sentence(cue.start)[0], cue.start, s)
                and not self.quotations.between(s, e) and not _finite(self.layout.words_in(s, e), self.text))

    def _before_participle(self, s: int, e: int) -> int:
        """Where a clause ends when a participle adds another report or a demand: "…, stating", "…, calling for"."""
        for match in PARTICIPLE.finditer(self.text, s, e):
            word = match.group(1).lower()
            reports = word in lex.TRAILING_PARTICIPLES or (word in lex.SPEECH_VERBS and match.group().startswith(
                ", with"))  # "…, with some local press claiming he …": another source's report
            if not self.quotations.inside(match.start()) and (reports or any(
                    c.start == match.start(1) for c in self.speakers.cues)):
                return match.start()
        return e

    def _next_report(self, s: int, e: int, cue: Cue) -> int:
        """Where a clause ends when another report is coordinated with it: "X said A, and Y told reporters B"."""
        for other in self.speakers.cues:
            if s < other.start < e and other is not cue and other.kind == "verb":
                subject = self.speakers.subject(other)
                own_subject = subject is not None and s < subject.start < other.start  # else shared: "… and said"
                joint = _COORDINATION.search(self.text, s, subject.start if own_subject else other.start)
                if joint:
                    return joint.start()
                named = own_subject and subject.named and re.search(r",\s*$", self.text[s:subject.start])
                if named and re.match(r"\s+that\b", self.text[other.end:e]):
                    return s + named.start()  # "… had not acted quickly enough, Jobs said that …": a report of its own
        return e
