"""The ``rules`` model: quotes, their cues and speakers, and named entities, from hand-written rules.

Pure Python (standard library only), nothing learned. ``RulesModel().predict(article)`` returns an
:class:`~newsquotes.schema.Annotation` by annotator ``model:rules``. The rules live in small modules:
``rules_text`` (words, sentences, paragraphs), ``rules_marks`` (quotation-mark pairing), ``rules_entities``
(names), ``rules_speakers`` (cues and speakers) and this one (reported clauses and putting it together);
the word lists are in ``_lexicon``.

Conventions
-----------
* **Direct quote**: a pair of quotation marks (“ ” „ « » " and, outside double marks, ‘ ’ '). The content
  span lies *inside* the marks, which are excluded, as are surrounding spaces and a trailing comma, semicolon
  or colon (“We will respond,” gives ``We will respond``); a full stop, question or exclamation mark inside
  the marks is kept. Whether a mark opens or closes is read from its neighbours (space before and letter
  after opens), so a ’ inside a word (don’t, Russia’s) or after a plural (parents’) never opens a quote, and
  a stray “ after a full stop still closes one. A quotation with no cue in its sentence or the one before
  is a quote only when it is five words or more and not title-cased (scare quotes and titles are not), and
  the headline of a reference line (“…” — CBC.ca, August 15, 2008) never is. A pull quote names its speaker
  after it (“…” - Matthew Ingram); a paragraph of speech without marks that ends with a person's name
  ("… suppressive. Valeska Paris") is a pull quote too.
* **Multi-paragraph quotes**: a paragraph that opens a quotation without closing it is continued by the next
  paragraph when that one opens with a mark again (news convention), until a paragraph closes it. The model
  emits **one quote per paragraph**; continuation pieces carry the cue and speaker of the first piece.
* **Indirect quote**: a reporting verb with a subject and its reported clause: after "that", past an
  object or adjuncts ("warned the U.S. on Tuesday that …"); straight after the verb ("said the talks had
  failed"); or before it ("The talks had failed, he said."). Also "according to X, …", "…, according to X."
  and "X was quoted as saying …". The content span is the clause up to the end of its sentence, or up to a
  coordinated report ("X said A, and Y told reporters B" gives A and B; "X said A and said B" too, B with
  X's subject), without the sentence's final punctuation when that stands outside quotation marks.
* **Mixed quote**: an indirect clause that contains a quoted fragment; the content is the clause, marks
  included. When at most two words of the clause lie outside the marks it is a direct quote instead. A
  narrator's comment after the fragment (“…,” a phrase he has used before) is left out, and a whole quoted
  sentence after the clause and a comma (…, "For example, …") is a direct quote of its own.
* **Cue**: the reporting verb alone ("said", "told", "warned") or the fixed phrase ("according to", "was
  quoted as saying", "in the words of", "quoting", "citing"), in the quote's sentence, else in the sentence
  before. Not a cue: a verb after "was" or a negation, a capitalised word inside a name ("Secretary of
  State"), a noun-like form ("reports", "claims") unless "that", a quotation or a name comes with it.
* **Speaker**: the cue's subject (for an inverted "said X" or for "according to X", the name after it): a
  name (its span leaves out titles: "Petrov" in "Mr. Petrov"), a pronoun or a noun phrase ("an official at
  the ministry"). ``speaker_name`` is the fullest form of the name in the article ("Ivan Petrov" for
  "Petrov"); he/she resolve to the last person named before, it/they to the last organisation or place,
  "the minister" to the last person with that title (else a person named in that or the previous
  paragraph), "the ministry" to the last organisation, "the country" to the last place. A speaker that
  names no one ("an official at the ministry", "the researchers") is named by its own noun phrase. The
  owner of a statement speaks for it ("PC World's recent analysis … concluded": PC World).
* **Nested reports**: the innermost source is the speaker. "According to the agency, an official confirmed
  that …" gives one quote by the official; "The talks failed, TASS reported, citing an official who said
  the delegation would leave" gives "The talks failed" and "the delegation would leave", both by the
  official; "Interfax, citing a diplomat, said …" and "According to Yonhap, quoting KCNA, …" are the
  diplomat's and KCNA's; "According to ABC News, Basya believes …" is Basya's (cue "believes").
* **Entities**: capitalised sequences. GPE and NORP from a gazetteer and place-like endings (-ia, -land,
  -stan; -ian, -ese, -ish), ORG from words such as Ministry, Agency, Party, from acronyms and web sites,
  EVENT from Day, Festival …, PERSON after a title or for two or three name words; a single word is a person
  when it repeats part of a full name ("Paris" after "Valeska Paris") or comes before a reporting verb.
  ``entity`` is the fullest form of a person's name, else the mention itself.

Known limits
------------
* No parser: a subject is looked for next to its verb (past adverbs and one or two appositives), so long or
  unusual subjects are missed, and a clause runs to the end of its sentence unless a coordinated report
  starts in it.
* A parenthetical "…, he said, …" makes the whole sentence the content.
* Gender and number are ignored: he/she resolve to the last person, whoever that is.
* Block quotes introduced by a colon and without marks are not found, and quoted names of things that are
  not title-cased can be taken for quotes when they are long.
* Verbs that report only with a particular object ("described it as …", "denied the allegations", "called
  it …") are not cues.
* Entities are a by-product: places missing from the gazetteer and multi-word names of things are often
  mislabelled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_entities import find_mentions
from newsquotes.models.rules_marks import Piece, Quotations
from newsquotes.models.rules_speakers import Cue, Speaker, Speakers
from newsquotes.models.rules_text import Layout
from newsquotes.schema import Annotation, Article, Entity, LayerSource, Quote, TextSpan

VERSION = "0.2.0"
_THAT = re.compile(r"([^,;:“”\"«»]{0,80}?)\bthat\b[\s,]*")
_OBJECT = re.compile(r"\s+(?:(?:the\s+)?(?:[A-Z][\w.]*\s+){0,3}[A-Z][\w.]*|him|her|them|us|me|reporters|"
                     r"journalists|lawmakers|police|(?:the|a|an)\s+[a-z]+)(?=[\s,:;.])")
_COORDINATION = re.compile(r"(?:,?\s+(?:and|but|while|whereas)|;)(?:\s+(?:%s))*\s+$" % "|".join(sorted(lex.SUBJECT_GAP)))
#: A reference line: “Headline” — Publisher, 15 August 2008.
_REFERENCE = re.compile(r"\s+[—–-]\s+[A-Z].{0,80}\b\d{4}\s*$")
_BELIEF = re.compile(r"[\s,]*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?:\s+(?:%s))*\s+(%s)\b(?:\s+that\b)?" % (
    "|".join(sorted(lex.SUBJECT_GAP)), "|".join(sorted(lex.BELIEF_VERBS))))
#: The name after a pull quote: “…” - Matthew Ingram.
_BYLINE = re.compile(r"\s*[—–-]\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*$")
_PARTICIPLE = re.compile(r",\s+(?:with\s+(?:[\w.'’-]+\s+){1,4}?)?(?:also\s+)?([a-z]+ing)\b")
#: What may stand before a post-posed subject's name: "…, the Interior Ministry said".
_LEADING_DETERMINER = re.compile(r"(?:\s+(?:the|a|an))+\s*$")
_REQUEST = re.compile(r"(?:\s+with)?(?:\s+(?!that\b)[\w.'’-]+){1,6}?\s+((?:not\s+)?to\s+[a-z])")
_FRAGMENT_COMMENT = re.compile(r"\s*,?\s*(?:a|an|which|who|whose|as)\b")


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    cue: Cue | None
    speaker: Speaker | None


class _Quotes:
    """The quotes of one article: reported clauses first, then the quotations no clause took in."""

    def __init__(self, article: Article):
        self.layout = Layout(article)
        self.text = article.text
        self.publisher = (article.source or "").casefold()
        self.quotations = Quotations(self.layout)
        self.mentions = find_mentions(self.layout)
        self.speakers = Speakers(self.layout, self.quotations, self.mentions)

    def _unquoted_words(self, lo: int, hi: int, pieces: list[Piece]) -> int:
        return sum(1 for s, _ in self.layout.words_in(lo, hi) if not any(p.open <= s < p.outer_end for p in pieces))

    # ------------------------------------------------------------------ reported clauses

    def _clause(self, cue: Cue) -> _Found | None:
        """The reported clause of a cue with its speaker, for indirect and mixed quotes."""
        text, (lo, hi) = self.text, self.layout.sentence(cue.start)
        if cue.kind == "source":
            if cue.word in lex.CITING and any(lo <= c.start < hi for c in self.speakers.cues if c is not cue):
                return None  # the cue it is attached to reports the clause
            speaker, np_end = self.speakers.source(cue)
            before = text[lo:cue.start].strip()
            if speaker is None:
                return None
            if self.speakers.trails(cue) or not text[np_end:hi].strip(" ,.!?;:"):
                return self._span(lo, text.rfind(",", lo, cue.start) if "," in text[lo:cue.start] else cue.start, cue, speaker)
            if not before or before.endswith((",", "that", "and", "but", ";")):
                return self._belief(np_end, hi) or self._span(np_end, hi, cue, speaker)
            return None
        subject = self.speakers.subject(cue)
        after = text[cue.end:hi]
        if subject and re.search(r"\b(?:which|that|who|whom)\s+$", text[lo:subject.start]):
            return self._span(cue.end, self._relative_end(cue.end, hi), cue, subject)
        request = _REQUEST.match(after) if cue.word in lex.DIRECTIVE_VERBS else None
        if subject and request:  # "asked the governments not to turn away boats"
            return self._span(cue.end + request.start(1), hi, cue, subject)
        that = _THAT.match(after)
        skipped = (cue.end, cue.end + that.end(1)) if that else (0, 0)
        if any(skipped[0] <= c.start < skipped[1] for c in self.speakers.cues):
            that = None  # "said the minister told her that …": the "that" belongs to the inner report
        if subject and that and len(self.layout.words_in(*skipped)) <= 8 and not re.match(
                r"(?:is|was|were|are|has|had|will|would|can|could)\b", after[that.end():]):
            return self._span(cue.end + that.end(), hi, cue, subject)
        start = cue.end
        if cue.word in lex.TELL_VERBS:
            obj = _OBJECT.match(after)
            start = cue.end + obj.end() if obj else hi
        first = self.layout.words_in(start, hi)[:1]
        if subject and first and text[start:first[0][0]] == " " and text[first[0][0]:first[0][1]].lower() not in lex.NOT_CLAUSE:
            return self._span(first[0][0], hi, cue, subject)
        # the clause before the verb: "The talks failed, he said." / "“…,” said Ambassador Mohib."
        speaker, tail_from = subject, cue.end
        if speaker is None:
            speaker = self.speakers.subject_after(cue.end, hi)
            tail_from = speaker.end if speaker else hi
        if speaker is None:
            return None
        edge = min(speaker.start, cue.start) if speaker.start < cue.start else cue.start
        head = _LEADING_DETERMINER.sub("", text[lo:edge]).rstrip()
        tail = text[tail_from:hi]
        if not head or head[-1] not in ",”»\"'’":
            return None
        if (cited := self.speakers.cited_after(tail_from)) and head[-1] == ",":
            return self._span(lo, lo + len(head), cue, self.speakers.source(cited)[0] or speaker)
        if tail.startswith(",") and head[-1] == "," and not any(lo <= p.open < hi for p in self.quotations.pieces):
            return self._span(lo, hi, cue, speaker)  # parenthetical: "Institutional recipients, said Mauer, are …"
        if len(self.layout.words_in(tail_from, hi)) <= 8 and not re.search(r"[,“”\"«»]", tail):
            return self._span(lo, lo + len(head), cue, speaker)
        return None

    def _relative_end(self, lo: int, hi: int) -> int:
        """Where a relative clause that starts at ``lo`` ends: its first comma outside brackets and quotations."""
        depth = 0
        for i in range(lo, hi):
            char = self.text[i]
            depth += (char in "([") - (char in ")]")
            if char in ",;" and depth <= 0 and self.text[i + 1:i + 2].isspace() and not self.quotations.inside(i):
                return i
        return hi

    def _belief(self, lo: int, hi: int) -> _Found | None:
        """A view reported by a source: "According to ABC News, Basya believes …" is Basya's (the innermost source)."""
        match = _BELIEF.match(self.text, lo, hi)
        person = match and next((m for m in self.speakers.mentions if m.start == match.start(1)), None)
        if not person or person.end != match.end(1) or person.label != "PERSON":
            return None
        cue = Cue(match.start(2), match.end(2), "verb", match.group(2))
        return self._span(match.end(), hi, cue, self.speakers.speaker(person.start, person.end, person))

    def _span(self, s: int, e: int, cue: Cue, speaker: Speaker) -> _Found | None:
        text = self.text
        while s < e and (text[s].isspace() or text[s] in ",;:"):
            s += 1
        e = self._next_report(s, e, cue)
        e = self._before_participle(s, e)
        opening = text[s:e].split(maxsplit=1)[:1]
        for piece in self.quotations.between(s + 1, e):
            if opening and opening[0].lower() in lex.NOT_CLAUSE:
                break  # "that, over the last months, “Gloria's …”": the comma closes an adverbial, not the clause
            if text[piece.start].isupper() and text[s:piece.open].rstrip().endswith(","):
                e = text.rindex(",", s, piece.open)  # “…, said X, "Sentence of its own."”: a direct quote after the clause
                break
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:.!?"):
            e -= 1
        inside = [p for p in self.quotations.pieces if s <= p.open < e and p.close is not None and p.close < e]
        if inside and _FRAGMENT_COMMENT.match(text[inside[-1].close + 1:e]) and (
                text[inside[-1].close - 1] == "," or text[inside[-1].close + 1:e].lstrip().startswith(",")):
            e = inside[-1].close + 1  # “…,” a phrase he has used before
        if len(self.layout.words_in(s, e)) < 3:
            return None
        return _Found(s, e, "indirect", cue, speaker)

    def _before_participle(self, s: int, e: int) -> int:
        """Where a clause ends when a participle adds another report or a demand: "…, stating", "…, calling for"."""
        for match in _PARTICIPLE.finditer(self.text, s, e):
            word = match.group(1).lower()
            if not self.quotations.inside(match.start()) and (word in lex.TRAILING_PARTICIPLES or any(
                    c.start == match.start(1) for c in self.speakers.cues)):
                return match.start()
        return e

    def _next_report(self, s: int, e: int, cue: Cue) -> int:
        """Where a clause ends when another report is coordinated with it: "X said A, and Y told reporters B"."""
        for other in self.speakers.cues:
            if s < other.start < e and other is not cue and other.kind == "verb":
                subject = self.speakers.subject(other)
                own_subject = subject is not None and subject.start > s  # else shared: "… and said"
                joint = _COORDINATION.search(self.text, s, subject.start if own_subject else other.start)
                if joint:
                    return joint.start()
        return e

    # ------------------------------------------------------------------ putting it together

    def quotes(self) -> list[_Found]:
        clauses, taken = self._clauses()
        pulled = self._unmarked_pull_quotes()
        reported = [f for f in clauses + self._direct(taken) if not any(f.start < p.end and p.start < f.end for p in pulled)
                    and not self._by_publisher(f)]
        return sorted(reported + pulled, key=lambda f: f.start)

    def _by_publisher(self, found: _Found) -> bool:
        """Whether the article's own publisher is the source: "Wikinews observed that …" is the writer, not a quote."""
        return bool(self.publisher) and found.speaker is not None and (found.speaker.name or "").casefold() == self.publisher

    def _clauses(self) -> tuple[list[_Found], dict[int, tuple[Cue, Speaker] | None]]:
        """Indirect and mixed quotes, and the quotations they take in (None: part of a mixed quote)."""
        found, taken, used = [], {}, []
        clauses = [c for c in map(self._clause, self.speakers.cues) if c]
        clauses = [c for c in clauses if not (c.cue.kind == "source" and any(
            c.start <= d.cue.start < c.end for d in clauses if d is not c))]  # the innermost source wins
        for clause in clauses:
            if any(clause.start < e and s < clause.end and not _relays(s, e, clause) for s, e in used):
                continue
            used.append((clause.start, clause.end))
            inside = self.quotations.between(clause.start, clause.end)
            if inside and self._unquoted_words(clause.start, clause.end, inside) <= 2:
                for p in inside:  # all but a word or two in marks: the quotations are direct quotes
                    taken[id(p)] = (clause.cue, clause.speaker)
                continue
            clause.kind = "mixed" if inside else "indirect"
            for p in inside:
                taken[id(p)] = None
            found.append(clause)
        return found, taken

    def _direct(self, taken: dict[int, tuple[Cue, Speaker] | None]) -> list[_Found]:
        """Direct quotes: each quotation not inside a mixed quote, with the cue nearest it, or the quote it goes on."""
        text, found, previous = self.text, [], None
        for piece in self.quotations.pieces:
            if id(piece) in taken and taken[id(piece)] is None:
                continue
            cue, speaker = taken.get(id(piece)) or (None, None)
            words = self.layout.words_in(piece.start, piece.end)
            title_like = sum(text[s].isupper() for s, _ in words) >= 0.6 * len(words)
            follows = previous is not None and self.layout.paragraph(previous.start) >= self.layout.paragraph(piece.open) - 2
            if piece.continues and follows:
                cue, speaker = previous.cue, previous.speaker
            elif cue is None:
                paragraph_end = self.layout.paragraphs[self.layout.paragraph(piece.open)].end
                if _REFERENCE.match(text, piece.outer_end, paragraph_end):
                    continue  # the headline in a reference line
                if byline := self._byline(piece.outer_end, paragraph_end):
                    previous = _Found(piece.start, piece.end, "direct", None, byline)
                    found.append(previous)
                    continue
                cue, in_sentence = self._nearest_cue(piece)
                speaker = self.speakers.speaker_of(cue) if cue else None
                if cue is None and follows and self.layout.starts_paragraph(piece.open):
                    cue, speaker = previous.cue, previous.speaker
                elif (cue is None or not (in_sentence or previous and cue is previous.cue)) and (
                        len(words) < 5 or title_like):
                    continue  # scare quotes and titles, unless they go on the quote before
                elif cue is None:
                    speaker = self.speakers.nearest_person(piece.open)
                elif len(words) < 3 or title_like:
                    continue
            previous = _Found(piece.start, piece.end, "direct", cue, speaker)
            found.append(previous)
        return found

    def _byline(self, lo: int, hi: int) -> Speaker | None:
        """The speaker of a pull quote, named after a dash: “…” - Matthew Ingram."""
        match = _BYLINE.match(self.text, lo, hi)
        if not match:
            return None
        named = [m for m in self.mentions if match.start(1) <= m.start and m.end <= match.end(1)]
        return (self.speakers.speaker(named[0].start, named[0].end, named[0]) if named
                else self.speakers.speaker(match.start(1), match.end(1)))

    def _unmarked_pull_quotes(self) -> list[_Found]:
        """A paragraph of speech without marks that ends with its speaker's name: "… suppressive. Valeska Paris"."""
        text, found = self.text, []
        for paragraph in self.layout.paragraphs:
            if self.quotations.between(paragraph.start, paragraph.end):
                continue
            name = next((m for m in self.mentions if m.end == paragraph.end and m.label == "PERSON"), None)
            stop = name and re.search(r"[.!?…]\s+$", text[paragraph.start:name.start])
            if stop and len(self.layout.words_in(paragraph.start, name.start)) >= 5:
                end = paragraph.start + stop.start() + 1
                found.append(_Found(paragraph.start, end, "direct", None,
                                    self.speakers.speaker(name.start, name.end, name)))
        return found

    def _nearest_cue(self, piece: Piece) -> tuple[Cue | None, bool]:
        """The cue nearest the quotation in its sentence, else in the sentence before; and whether in its own."""
        lo, hi = self.layout.sentence(piece.open)[0], self.layout.sentence(max(piece.open, piece.outer_end - 1))[1]
        cues = self.speakers.cues
        near = [c for c in cues if lo <= c.start < hi and not piece.open <= c.start < piece.outer_end]
        in_sentence = bool(near)
        if not near and lo > 0:
            before = self.layout.sentence(lo - 1)[0]
            near = [c for c in cues if before <= c.start < lo and self.speakers.speaker_of(c)]
        cue = min(near, key=lambda c: c.start - piece.outer_end if c.start >= piece.outer_end else piece.open - c.end,
                  default=None)
        return cue, in_sentence


def _relays(start: int, end: int, inner: _Found) -> bool:
    """Whether the clause ``[start, end)`` relays ``inner``: holds its source, its cue and its content.

    "TASS reported that an official confirmed X" gives TASS's quote `an official confirmed X` and the official's `X`.
    """
    return (inner.cue.kind == "verb" and inner.speaker is not None and start <= inner.speaker.start
            and start <= inner.start and inner.end <= end)


def _text_span(text: str, start: int, end: int) -> TextSpan:
    return TextSpan(start=start, end=end, text=text[start:end])


class RulesModel:
    """Direct, indirect and mixed quotes with cue and speaker, and named entities, from rules alone."""

    name = "rules"
    version = VERSION

    def predict(self, article: Article) -> Annotation:
        analysis, text = _Quotes(article), article.text
        entities = [Entity(id=f"e{k}", start=m.start, end=m.end, text=text[m.start:m.end], label=m.label, entity=m.name)
                    for k, m in enumerate(analysis.mentions, start=1)]
        quotes = [Quote(id=f"q{k}", start=f.start, end=f.end, text=text[f.start:f.end], kind=f.kind,
                        cue=_text_span(text, f.cue.start, f.cue.end) if f.cue else None,
                        speaker=_text_span(text, f.speaker.start, f.speaker.end) if f.speaker else None,
                        speaker_name=f.speaker.name if f.speaker else None)
                  for k, f in enumerate(analysis.quotes(), start=1)]
        produced_by = f"model:rules {VERSION}"
        return Annotation(article_id=article.id, annotator="model:rules", text_sha256=article.text_sha256,
                          entities=entities, quotes=quotes,
                          layers=[LayerSource(layer=layer, produced_by=produced_by)
                                  for layer in ("entities", "quotes", "speakers")])


def make_model(argument: str | None = None) -> RulesModel:
    """Registry factory: ``rules`` takes no argument."""
    if argument:
        raise ValueError(f"the rules model takes no argument, got {argument!r}")
    return RulesModel()
