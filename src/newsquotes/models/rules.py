"""The ``rules`` model: quotes, their cues and speakers, and named entities, from hand-written rules.

Pure Python, nothing learned (places and peoples come from the gazetteers of ``gazetteer``).
``RulesModel().predict(article)`` returns an :class:`~newsquotes.schema.Annotation` by annotator ``model:rules``.
The rules live in small modules: text and names (``rules_text``, ``rules_entities``, ``rules_name_runs``,
``rules_single_names``, ``rules_coordinated_bodies``, ``rules_namewords``, ``rules_name_edges``, ``rules_roles``,
``rules_kinds``, ``rules_mention_names``), quotation marks (``rules_marks``, ``rules_doubled_marks``,
``rules_nested``, ``rules_blocks``, ``rules_spoken``, ``rules_translations``, ``rules_terms``, ``rules_pull``,
``rules_asides``, ``rules_quotatives``), cues and clauses (``rules_cues``, ``rules_hypothetical``, ``rules_speakers``,
``rules_reporting``, ``rules_closing_verbs``, ``rules_clauses``, ``rules_inverted_nominals``, ``rules_speaker_tails``,
``rules_inner_that``, ``rules_inverted_clauses``, ``rules_relative_reports``, ``rules_clause_ends``,
``rules_conjuncts``, ``rules_finite``, ``rules_phrases``, ``rules_sources``, ``rules_leading``, ``rules_joint``,
``rules_nominal_subjects``, ``rules_passive``, ``rules_subject_relatives``, ``rules_own_subjects``,
``rules_complements``, ``rules_content_nouns``, ``rules_disputed_contents``, ``rules_impossible_contents``,
``rules_imputing``, ``rules_relative_gaps``, ``rules_bare_clauses``, ``rules_infinitive_reports``,
``rules_quote_tags``, ``rules_quoted_titles``, ``rules_trailing_reports``), who a speaker is (``rules_referents``,
``rules_article_referents``, ``rules_head_kinds``, ``rules_pronoun_referents``, ``rules_pronouns``,
``rules_opening_rivals``, ``rules_they_persons``, ``rules_speaker_sexes``, ``rules_cataphora``, ``rules_antecedents``,
``rules_appositions``, ``rules_objects``, ``rules_nominals``, ``rules_descriptions``, ``rules_description_heads``,
``rules_sexed_heads``, ``rules_described_roles``, ``rules_groups``, ``rules_handles``, ``rules_documents``,
``rules_document_owners``, ``rules_document_venues``, ``rules_sections``, ``rules_uncued``), interviews
(``rules_interviews``, ``rules_interviewee``, ``rules_guests``, ``rules_turns``, ``rules_turn_lines``,
``rules_put_to``), round-ups (``rules_roundups``, ``rules_labels``, ``rules_posts``, ``rules_headlines``,
``rules_rubric_owners``, ``rules_dated_lines``, ``rules_refuted_claims``, ``rules_headline_marks``,
``rules_label_names``), a quote's edges that are layout (``rules_edges``) and this one (putting it together); the word
lists, shared with the ``spacy:`` models, are in ``_lexicon``.

Conventions
-----------
* **Direct quote**: a pair of quotation marks (“ ” „ « » " and, outside double marks, ‘ ’ '). The content span lies
  *inside* the marks, which are excluded, as are surrounding spaces and a trailing comma, semicolon or colon (“We
  will respond,” gives ``We will respond``); a full stop, question or exclamation mark inside the marks is kept.
  Whether a mark opens or closes is read from its neighbours (space before and letter after opens), so a ’ inside a
  word (don’t, Russia’s) or after a plural (parents’) never opens a quote, and a stray “ after a full stop still
  closes one. A quotation with no cue in its sentence or the one before is a quote only when it is five words or more
  and not title-cased (scare quotes and titles are not, "Person of the Year" either); nor is a phrase in marks inside
  the writer's noun phrase ("announced an “immediate … ceasefire”", "lauded Smith's “ability to …”", but "called it a
  “culture of death”" names), and the headline of a reference line (“…” — CBC.ca, August 15, 2008) never is. An aside
  names the speaker: “…,” as Merz put it (cue ``put``). A pull quote names its speaker after it (“…” - Matthew
  Ingram); a paragraph of speech without marks that ends with a person's name ("… suppressive. Valeska Paris") is a
  pull quote too. The original of a translated quote, after a language label (“… to endure.” ((es))Spanish language:
  A pesar de …), is a direct quote of the same speaker, up to a closing mark, the next label or the end of the
  paragraph; a quote that runs on into the label ends before it.
* **Multi-paragraph quotes**: a paragraph that opens a quotation without closing it is continued by the next
  paragraph when that one opens with a mark again (news convention), until a paragraph closes it. The model
  emits **one quote per paragraph**; continuation pieces carry the cue and speaker of the first piece.
* **Block quotations** (``rules_blocks``): a quotation left open in one paragraph and closed by a mark in a
  later one, the paragraphs between without marks of their own, is a direct quote per paragraph by the
  source of the line over it ("From The Washington Times:" or a reporting verb ending in a colon). A block
  is read as running text: the reports inside it are quotes of their own, as are those inside any quotation
  of eight words or more whose subject is inside it too (not a speaker's own "I said …"), each read within its
  spoken sentence (“We had a deal. The delegation told us that …”: the delegation's ``…``).
* **Nested quotations**: a quotation in single marks inside a double-marked one, introduced by a reporting verb
  whose subject is inside the outer quotation (“… as President Trump would say, ‘It’s going to be …’”, “‘We
  are swamped,’ said Jack Schron …”), is a direct quote of that subject too; not when the speaker quotes
  themselves ("I told them, ‘…’").
* **Indirect quote**: a reporting verb with a subject and its reported clause: after "that", past an object or
  adjuncts ("warned the U.S. on Tuesday that …"); straight after the verb ("said the talks had failed"); or before
  it ("The talks had failed, he said.", "…, the Interior Ministry said."). Also "according to X, …", "…, according
  to X." (after an adjunct with no verb, what follows: "On Sunday, according to X, a man entered …"; without the
  comma when X is a name in at most six words that ends the sentence or comes before a comma) and "X was
  quoted as saying …"; inside a relative clause ("a missile which Kyiv claimed could reach …" gives ``could reach
  …`` up to the clause's comma); past adjuncts of time or medium ("said on Jan. 23 it planned …", "said in a
  statement the …"); after a colon ("X says A: “B.”" gives A, and B as a direct quote of X); "explained how/why …"
  ("how" out); "X described Y as Z" (``Y as Z``, and so for praise and blame: "dismissed the claim as
  groundless"); a name given in quotation marks ("called the notion a “waste of time”" gives ``the notion a “waste
  of time”``, not "what it termed a “…”") or by an adjective ("called its actions defensive in nature"); a request
  ("asked the council to reopen it", "called for the government to act", "told customers to hold it", "warned
  people in the area to stay inside", "were told by WeWork to sign it" with the agent as speaker, give the
  infinitive; "recommend holding …", "recommends all adults get …" give the gerund or bare clause, "has asked that
  a decision … be made" the clause; ``rules_complements``); a content noun with its owner or issuer ("Turkey
  maintains a position that …", "his stance that …"; ``rules_content_nouns``) and a vow or claim
  ("vowed to keep fighting", "claims to have seen it"; "promised me he would …" gives ``he would …``); a deed
  or a likeness imputed to an object ("accused Avenatti of trying …", "likened it to wine tasting";
  ``rules_imputing``) gives the object and what follows it; "to be" after a report whose object is a relative
  pronoun ("which Boeing estimates to be worth $18 million"; ``rules_relative_gaps``) is the clause; a form as
  often a noun reports the clause right after it when its source stands before it ("The United States government
  claims Mahan flies …"; ``rules_bare_clauses``); a reporting infinitive that completes its subject's deed reports
  that subject's words ("tried to suggest that …"; ``rules_infinitive_reports``); a
  clause ends before a dash and "and" or "but" outside quotation marks, before the writer's comment on the report
  ("…, which Trump denied", "… without elaborating") and before a further act of speech of its subject ("said A
  and called for B", "described A as B and the White House claimed C"). A stretch before a post-posed subject is a
  clause only with a verb in it ("The governor of Puerto Rico, Wanda Vázquez, declared …" reports nothing). The
  content span is the clause up to the end of its sentence, up to a coordinated report ("X said A, and Y told
  reporters B" gives A and B; "X said A and said B" too, B with X's subject), or up to a participle that reports
  again or demands ("…, stating", "…, warning that", "…, with the i reporting", "…, calling for"), without the
  sentence's final punctuation when that stands outside quotation marks and without an opening link to the
  sentence before ("For example, …").
* **Mixed quote**: an indirect clause that contains a quoted fragment; the content is the clause, marks
  included. When at most two words of the clause lie outside the marks it is a direct quote instead. A
  narrator's comment after the fragment (“…,” a phrase he has used before) is left out, and a whole quoted
  sentence after the clause and a comma (…, "For example, …") is a direct quote of its own.
* **Cue**: the reporting verb alone ("said", "told", "warned") or the fixed phrase ("according to", "was
  quoted as saying", "in the words of", "quoting", "citing"), in the quote's sentence, else in the sentence
  before; a participle is the cue of the clause it introduces ("…, warning that B": ``warning``). Not a
  cue: a verb after "was" or a negation, a capitalised word inside a name ("Secretary of State"), a form
  after an article or a people ("the Russian state news agency"), a noun-like form ("reports", "claims")
  unless "that", a quotation or a name comes with it, "described" without "as", "maintained" without
  "that", "asked" without an infinitive.
* **Speaker**: the cue's subject (for an inverted "said X" or for "according to X", the name after it): a
  name (its span leaves out titles: "Petrov" in "Mr. Petrov"), a pronoun or a noun phrase ("an official at
  the ministry"). ``speaker_name`` is the fullest form of the name in the article ("Ivan Petrov" for
  "Petrov", "Church of Scientology" for "the Church"), without roles, honours or "of X" ("Prosecutor Kama
  Melly QC": Kama Melly); he/she resolve to a recent person of that sex, else the last one who leads a
  sentence, "they" to a plural subject of the sentences before, it/they to the last organisation or place,
  a document to its owner ("its website notes"), "the minister" to the last person with that title (else a
  person named in that or the previous paragraph), "the ministry" and "the country" to the organisation or
  place that was the subject of one of the last three sentences, else the last one named; a he or she who
  reports inside a quotation is not its speaker but another person named in it (the first of that sentence,
  else the last before it: “I thank [President Trump]. He promised me …”). A role before an
  inverted speaker stays out ("said council member Dana Ortiz": ``Dana Ortiz``). A speaker that names no
  one ("an official at the ministry", "arms experts", "Austria's interior minister") is named by its own
  noun phrase. The owner of a statement speaks for it ("PC World's recent analysis … concluded": PC World).
  The article's own publisher is the writer, not a source ("Wikinews observed that …" is no quote), nor is
  an interviewer in their own turn ("((WN)) When I say …", "Q: Why do you think “…”?"), though a report
  they put to the interviewee is ("((WN)) Mozilla mentioned that …").
* **Nested reports**: a relayer with a clause of its own and the source it relays are two quotes: "TASS
  reported that an official confirmed X" gives TASS's ``an official confirmed X`` (cue "reported") and
  the official's ``X`` (cue "confirmed"), the second inside the first. A relayer that only attributes is
  not recorded, the innermost source is: "According to the agency, an official confirmed that …" gives one
  quote by the official; "The talks failed, TASS reported, citing an official who said the delegation
  would leave" gives "The talks failed" and "the delegation would leave", both by the official;
  "Interfax, citing a diplomat, said …" and "According to Yonhap, quoting KCNA, …" are the diplomat's and
  KCNA's; "According to ABC News, Basya believes …" is Basya's (cue "believes").
* **Entities**: capitalised sequences. GPE and NORP from the gazetteers (countries, capitals, states,
  demonyms) and place-like endings (-ia, -land, -stan; -ian, -ese, -ish), ORG from words such as Ministry,
  Agency, Party, from acronyms and web sites, EVENT from Day, Festival …, PERSON after a title or for two or
  three name words; a place or people glued to a name without a title names a thing of theirs ("U.S.
  ATACMS", "British Storm Shadow": GPE or NORP, then PRODUCT). A single word is a person when it repeats
  part of a full name ("Paris" after "Valeska Paris") or comes before a reporting verb, but an
  organisation after "the" ("the Kremlin noted"). ``entity`` is the fullest form of a person's or an
  organisation's name, else the mention itself.

Known limits
------------
* No parser: a subject is looked for next to its verb (past adverbs and one or two appositives), so long or
  unusual subjects are missed, and a clause runs to the end of its sentence unless a coordinated report
  starts in it.
* A parenthetical "A, he said, B" gives B alone as the content.
* A person's sex is known only where the text marks it (a title or gendered role before the name, a he or
  she after it as the only person of a sentence).
* Block quotes introduced by a colon and without marks are not found, and quoted names of things that are
  not title-cased can be taken for quotes when they are long.
* Verbs that report only with a particular object ("denied the allegations", "called it a day", "dubbed it …")
  are not cues, nor are most verbs whose clause is a question ("noted what …"). Verbs that take a thing as
  often as a clause (announce, report, find, show, declare, claim …) report only a clause with a finite verb
  in it, recognised by auxiliaries, -ed forms, common irregular pasts, a pronoun with a present verb
  ("states it runs flights"), a verb of a view after its subject ("stated police believe …") and a verb in -s
  before its object ("the aircraft uses the A300"), past a relative clause between commas (``rules_finite``),
  but not after "to", "be" or a subordinator ("an event to be held", "protests until Sweden joined"), so a
  present-tense clause after them with a noun subject ("reported the coating repels bacteria") is missed.
  Verbs of assent and conclusion (agree, decide, determine, reaffirm …) report a clause only, after "that"
  or with a finite verb: "A judge agreed the book may have …", never "agreed to a deal" or "decided to go".
* Entities are a by-product: places missing from the gazetteer and multi-word names of things are often
  mislabelled.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsquotes.errors import ModelError
from newsquotes.models.rules_cues import Cue
from newsquotes.models.rules_edges import trimmed
from newsquotes.models.rules_entities import find_mentions
from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_clauses import Clauses, Found as _Found
from newsquotes.models.rules_content_nouns import content_noun_reports
from newsquotes.models.rules_disputed_contents import disputed_contents
from newsquotes.models.rules_blocks import intro_source
from newsquotes.models.rules_headlines import headline_reports
from newsquotes.models.rules_interviews import Interview
from newsquotes.models.rules_pull import byline, reference_line, unmarked_pull_quotes
from newsquotes.models.rules_put_to import put_to
from newsquotes.models.rules_quotatives import quotative_quotes
from newsquotes.models.rules_quote_tags import joined_tags
from newsquotes.models.rules_doubled_marks import single_marks_doubled
from newsquotes.models.rules_marks import Piece, Quotations
from newsquotes.models.rules_nested import reports_inside_quotations
from newsquotes.models.rules_posts import embedded_posts
from newsquotes.models.rules_headline_marks import in_cited_headline
from newsquotes.models.rules_refuted_claims import unsourced_claim
from newsquotes.models.rules_roundups import RoundUp
from newsquotes.models.rules_speakers import Speaker, Speakers
from newsquotes.models.rules_asides import put_it
from newsquotes.models.rules_impossible_contents import impossible_content
from newsquotes.models.rules_terms import in_noun_phrase, scare_quote_or_title
from newsquotes.models.rules_text import Layout
from newsquotes.models.rules_translations import originals
from newsquotes.models.rules_turns import interviewer_own
from newsquotes.schema import Annotation, Article, Entity, LayerSource, Quote, TextSpan

VERSION = "0.16.0"


class _Quotes:
    """The quotes of one article: reported clauses first, then the quotations no clause took in."""

    def __init__(self, article: Article):
        self.layout = Layout(article, joined_tags)
        self.text = article.text
        self.publisher = _plain_name(article.source)
        self.title = article.title or ""
        self.quotations = Quotations(self.layout)
        self.mentions = find_mentions(self.layout)
        self.speakers = Speakers(self.layout, self.quotations, self.mentions)
        self.round_up = RoundUp(self.layout, self.speakers)
        self.reported = Clauses(self.layout, self.quotations, self.speakers)

    def _unquoted_words(self, lo: int, hi: int, pieces: list[Piece]) -> int:
        return sum(1 for s, _ in self.layout.words_in(lo, hi) if not any(p.open <= s < p.outer_end for p in pieces))

    # ------------------------------------------------------------------ putting it together

    def quotes(self) -> list[_Found]:
        clauses, taken = self._clauses()
        nouns = content_noun_reports(self.layout, self.quotations, self.speakers, self.reported) + (
            disputed_contents(self.layout, self.quotations, self.speakers, self.reported))
        for report in nouns:  # a content noun's or a disputed claim's mixed report takes in its quotations, as a clause does
            for piece in self.quotations.between(report.start, report.end):
                taken.setdefault(id(piece), None)
        pulled = unmarked_pull_quotes(self.layout, self.quotations, self.mentions, self.speakers)
        quotative = quotative_quotes(self.layout, self.quotations, self.speakers)  # before the same quotation uncued
        found = clauses + quotative + self._direct(taken) + reports_inside_quotations(
            self.layout, self.quotations, self.mentions) + self.reported.views() + nouns
        reported = [f for f in found if not any(f.start < p.end and p.start < f.end for p in pulled)
                    and not self._by_publisher(f)]
        # a source phrase that runs on into the quotation ("according to agreed facts heard in court, "sexual
        # in nature" and …") names no one: a speaker never lies inside what it said
        reported = [replace(f, speaker=None) if f.speaker and f.start < f.speaker.end and f.speaker.start < f.end
                    else f for f in reported]
        reported = headline_reports(self.layout, self.round_up, reported)  # "WWJ-TV (Detroit, MI): …, AAA says"
        interview = Interview(self.layout, self.title, self.mentions, self.speakers)
        answers = interview.answers()
        put = put_to(self.layout, interview.questions, interview.guest, interview.addressees)  # "You noted …"
        reported = [f for f in reported if not any(p.start < f.end and f.start < p.end for p in put)]
        # a report inside an answer is a quote of its own; a quotation there with no cue, or the interviewee
        # reporting their own words ("I said …"), is part of the answer
        reported = [f for f in reported if not any(a.start <= f.start < a.end for a in answers) or (
            f.cue is not None and not (f.speaker and self.text[f.speaker.start:f.speaker.end].lower() in lex.FIRST_PERSON))]
        reported = [f for f in reported if not interviewer_own(self.layout, f)]
        # "We found that …" (the writer's), "I have asked Tim Cook to …" (inside the speaker's own words): no report
        # ("US" and "the i", a newspaper, are no pronouns)
        reported = [f for f in reported if f.kind == "direct" or not f.speaker or not ((w := self.text[
            f.speaker.start:f.speaker.end]) == "I" or w[1:].islower() and w.lower() in lex.FIRST_PERSON)]
        blocks = {(p.start, p.end) for p in self.quotations.pieces if p.block}
        kept: list[_Found] = []
        posts = embedded_posts(self.layout, self.quotations, self.round_up)
        for found in sorted(reported + pulled + answers + put + posts, key=lambda f: (f.start, -f.end)):
            # quotes follow one another, or a relayed one lies inside its relayer's, after its start: of two that
            # cross, or that open at the same place, the first and longer stands (a report that opens a paragraph
            # of a block quotation is a quote of its own)
            if not any(k.start < found.start < k.end < found.end or k.start == found.start and (
                    (k.start, k.end) not in blocks or found.end == k.end) for k in kept):
                kept.append(found)
        return originals(self.layout, [trimmed(self.layout, self._not_the_quoting_speaker(f, kept)) for f in kept])

    def _not_the_quoting_speaker(self, found: _Found, kept: list[_Found]) -> _Found:
        """A he or she reporting inside a quotation is not the one quoted, who would say "I": “I thank [President
        Trump]. He promised me …” gives President Trump's report: another person named in the quotation."""
        pronoun = found.speaker and self.text[found.speaker.start:found.speaker.end].lower() in ("he", "she")
        outer = pronoun and next((k for k in kept if k.kind == "direct" and k.start <= found.start
                                  and found.end <= k.end and k is not found and k.speaker
                                  and k.speaker.name == found.speaker.name), None)
        if not outer:
            return found
        other = [m for m in self.mentions if outer.start <= m.start < found.speaker.start and m.label == "PERSON"
                 and m.name != found.speaker.name]
        if not other:
            return found
        lo = self.layout.sentence(found.speaker.start)[0]  # the sentence's first person ("When X met Y, he …"), else
        person = next((m for m in other if m.start >= lo), other[-1])  # the last one before it
        return replace(found, speaker=replace(found.speaker, name=self.speakers.speaker(person.start, person.end,
                                                                                         person).name))

    def _by_publisher(self, found: _Found) -> bool:
        """Whether the article's own publisher is the source: "Wikinews observed that …" is the writer, not a quote;
        inside quoted text another wrote ("The White House says …" in a story a White House page quotes) it is one."""
        return bool(self.publisher) and found.speaker is not None and _plain_name(found.speaker.name) == self.publisher and (
            not any(p.start <= found.speaker.start < p.end for p in self.quotations.pieces))

    def _clauses(self) -> tuple[list[_Found], dict[int, tuple[Cue, Speaker] | None]]:
        """Indirect and mixed quotes, and the quotations they take in (None: part of a mixed quote)."""
        found, taken, used = [], {}, []
        clauses = [c for c in map(self.reported.clause, self.speakers.cues)
                   if c and not impossible_content(self.layout, c)]
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
            # "X says A: “B.”": B is X's too; not when A ends on a verb that introduces B ("…, recalled that he said,
            # “B,” the office said": B is his, the innermost source's)
            following = self.quotations.between(clause.end, self.layout.sentence(clause.start)[1])
            if following and not any(c is not clause.cue and clause.start < c.start and c.end == clause.end
                                     and self.speakers.speaker_of(c) for c in self.speakers.cues):
                for p in following:
                    if _introduced(self.text, clause.end, p):
                        taken.setdefault(id(p), (clause.cue, clause.speaker))
            clause.kind = "mixed" if inside else "indirect"
            for p in inside:
                taken[id(p)] = None
            found.append(clause)
        return found, taken

    def _direct(self, taken: dict[int, tuple[Cue, Speaker] | None]) -> list[_Found]:
        """Direct quotes: each quotation not inside a mixed quote, with the cue nearest it, or the quote it goes on."""
        found, previous = [], None
        for piece in self.quotations.pieces:
            if _in_mixed_quote(piece, taken):
                continue
            attribution = self._attribution(piece, taken.get(id(piece)), previous)
            if attribution is None:
                continue
            previous = _Found(piece.start, piece.end, "direct", *attribution)
            found.append(previous)
        return found

    def _attribution(self, piece: Piece, reported: tuple[Cue, Speaker] | None, previous: _Found | None
                     ) -> tuple[Cue | None, Speaker | None] | None:
        """The cue and speaker of a quotation, or None when it is no quote (a title, a scare quote, a headline):
        those of the quote it carries on, of the clause that took it in, of the source line over a block quotation,
        of the name after it, else of the cue nearest it."""
        follows = self._follows(previous, piece)
        if piece.continues and follows:
            return previous.cue, previous.speaker
        if reported is not None:
            return reported
        if piece.block and (intro := intro_source(self.layout, self.speakers, piece)):
            return intro
        paragraph_end = self.layout.paragraphs[self.layout.paragraph(piece.open)].end
        if reference_line(self.text, piece.outer_end, paragraph_end) or in_noun_phrase(self.layout, piece):
            return None  # the headline in a reference line; a term in the writer's noun phrase ("an “…”")
        if unsourced_claim(self.layout, self.speakers, piece) or in_cited_headline(self.layout, self.speakers, piece):
            return None  # "MYTH: The bill “…”"; "MarketWatch: ‘…,’ GDP shows …": no one the page names
        if aside := put_it(self.speakers, piece):  # “…,” as Merz put it
            return aside
        labelled = byline(self.speakers, self.mentions, piece.outer_end, paragraph_end) or self.round_up.speaker(
            piece.open, previous and previous.speaker, previous and previous.start)
        if labelled:  # “…” - Matthew Ingram; Sen. Jane Doe: “…”
            return None, labelled
        cue, in_sentence = self.speakers.nearest_cue(piece)
        if cue is None and follows and self.layout.starts_paragraph(piece.open):
            return previous.cue, previous.speaker
        cued = cue is not None and (in_sentence or bool(previous and cue is previous.cue))
        if scare_quote_or_title(self.layout, piece, cued):
            return None
        return (cue, self.speakers.speaker_of(cue)) if cue else (None, self.speakers.nearest_person(piece.open))

    def _follows(self, previous: _Found | None, piece: Piece) -> bool:
        """Whether the quote before ends at most two paragraphs before this quotation opens."""
        return previous is not None and self.layout.paragraph(previous.start) >= self.layout.paragraph(piece.open) - 2


def _plain_name(name: str | None) -> str:
    """A publication's name to compare by: "The Daily Ledger", "Daily Ledger" and "Daily Ledger (wire)" are one."""
    return re.sub(r"^the\s+|\s*\(.*\)$", "", (name or "").casefold())


def _in_mixed_quote(piece: Piece, taken: dict[int, tuple[Cue, Speaker] | None]) -> bool:
    """Whether a clause took the quotation in as part of a mixed quote."""
    return id(piece) in taken and taken[id(piece)] is None


def _relays(start: int, end: int, inner: _Found) -> bool:
    """Whether the clause ``[start, end)`` relays ``inner``: holds its source, its cue and its content.

    "TASS reported that an official confirmed X" gives TASS's quote `an official confirmed X` and the official's `X`.
    "He said he was told by X to go" gives his `he was told by X to go` and X's `to go`.
    """
    return (inner.cue.kind in ("verb", "agent") and inner.speaker is not None and start <= inner.speaker.start
            and start <= inner.start and inner.end <= end)


def _introduced(text: str, end: int, piece: Piece) -> bool:
    """Whether a clause ending at ``end`` introduces the quotation right after it, by a colon or a comma."""
    return bool(re.fullmatch(r"[.!?]?\s*[:,]?\s*", text[end:piece.open]))


def _text_span(text: str, start: int, end: int) -> TextSpan:
    return TextSpan(start=start, end=end, text=text[start:end])


class RulesModel:
    """Direct, indirect and mixed quotes with cue and speaker, and named entities, from rules alone."""

    name = "rules"
    version = VERSION

    def predict(self, article: Article) -> Annotation:
        article, restore = single_marks_doubled(article)
        return restore(self._predict(article))

    def _predict(self, article: Article) -> Annotation:
        analysis, text = _Quotes(article), article.text
        entities = [Entity(id=f"e{k}", start=m.start, end=m.end, text=text[m.start:m.end], label=m.label, entity=m.name)
                    for k, m in enumerate(analysis.mentions, start=1)]
        quotes = [Quote(id=f"q{k}", start=f.start, end=f.end, text=text[f.start:f.end], kind=f.kind,
                        cue=_text_span(text, f.cue.start, f.cue.end) if f.cue else None,
                        speaker=_text_span(text, f.speaker.start, f.speaker.end) if f.speaker else None,
                        speaker_name=f.speaker.name if f.speaker else f.speaker_name)
                  for k, f in enumerate(analysis.quotes(), start=1)]
        produced_by = f"model:rules {VERSION}"
        return Annotation(article_id=article.id, annotator="model:rules", text_sha256=article.text_sha256,
                          entities=entities, quotes=quotes,
                          layers=[LayerSource(layer=layer, produced_by=produced_by)
                                  for layer in ("entities", "quotes", "speakers")])


def make_model(argument: str | None = None) -> RulesModel:
    """Registry factory: ``rules`` takes no argument."""
    if argument:
        raise ModelError(f"the rules model takes no argument, got {argument!r}")
    return RulesModel()
