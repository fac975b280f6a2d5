"""Speakers of the learned baseline: a ranker over the candidate sources of a quote.

Candidates come from several finders: the names, pronouns and speaker nouns in and around the quote's
paragraph, the cue's subject in the spaCy parse, the subject the ``rules`` model's cue finder gives the
nearest cue, the speaker of the ``rules`` quote over the same words, the previous quote's speaker and an
interview's interviewee. Each is described by where it came from, its kind, its place relative to the quote
and the cue, and how often the article names it; a logistic regression scores each, and the best candidate
with a name is the speaker. Names are the fullest form of the name in the article, and a pronoun or "the
<noun>" resolves as the ``rules`` model resolves it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from newsquotes.models import _lexicon as lex
from newsquotes.models.learned_quotes import Context
from newsquotes.schema import Annotation, Quote

@dataclass
class Candidate:
    start: int | None  # None: a name with no mention near the quote (an interviewee, the previous speaker)
    end: int | None
    name: str | None
    label: str = ""
    sources: set[str] = field(default_factory=set)


class Candidates:
    """The candidate speakers of one article's quotes."""

    def __init__(self, context: Context):
        self.context = context
        self.counts = Counter(m.name.casefold() for m in context.speakers.mentions if m.name)
        self.top_person = next((n for n, _ in self.counts.most_common() if any(
            m.label == "PERSON" and m.name.casefold() == n for m in context.speakers.mentions)), None)
        answers = [q.speaker_name for q in context.rules_quotes if q.cue is None and q.speaker is None and q.speaker_name]
        self.interviewee = Counter(answers).most_common(1)[0][0] if answers else None

    def of(self, start: int, end: int, cue: int | None, previous: Candidate | None) -> list[Candidate]:
        ctx = self.context
        found: dict[tuple, Candidate] = {}

        def add(s: int | None, e: int | None, name: str | None, source: str, label: str = "") -> None:
            if s is not None and s < end and start < e:
                return  # a speaker never lies inside what it said
            key = (s, e) if s is not None else ("name", (name or "").casefold())
            candidate = found.setdefault(key, Candidate(s, e, name, label))
            candidate.sources.add(source)
            candidate.label = candidate.label or label
            candidate.name = candidate.name or name

        inside = ctx.token_range(start, end)
        if not inside:
            return []
        paragraph = ctx.tokens[inside[0]].paragraph
        for m in ctx.speakers.mentions:
            if paragraph - 1 <= ctx.layout.paragraph(m.start) <= paragraph + 1 and m.label in ("PERSON", "ORG", "GPE", "NORP"):
                add(m.start, m.end, m.name, "mention", m.label)
                surface = ctx.text[m.start:m.end]
                if surface.casefold() != (m.name or "").casefold():  # "Gary Gray" beside "Constable Gary Gray"
                    add(None, None, surface, "surface", m.label)
        for k, token in enumerate(ctx.tokens):
            if not paragraph - 1 <= token.paragraph <= paragraph + 1 or token.quoted:
                continue
            word = token.text.lower()
            if word in lex.PRONOUNS and lex.PRONOUNS[word]:
                add(token.start, token.end, ctx.speakers.speaker(token.start, token.end).name, "pronoun")
            elif token.pos == "NOUN" and lex.head_kind(word):
                s = ctx.tokens[k - 1].start if k and ctx.tokens[k - 1].text.lower() in lex.DETERMINERS | {"this"} else token.start
                add(s, token.end, ctx.speakers.speaker(s, token.end).name, "nominal")
        if cue is not None:
            for child in ctx.children[cue]:
                if ctx.tokens[child].dep.startswith("nsubj"):
                    subject = ctx.tokens[child]
                    mention = next((m for m in ctx.speakers.mentions if m.start <= subject.start < m.end), None)
                    if mention:
                        add(mention.start, mention.end, mention.name, "parse_subject", mention.label)
                    elif subject.text.lower() in lex.PRONOUNS:
                        add(subject.start, subject.end, ctx.speakers.speaker(subject.start, subject.end).name,
                            "parse_subject")
                    else:  # a noun phrase names the speaker by its own words: "one of the victims", "the bus driver"
                        lo, hi = _subtree(ctx, child)
                        add(ctx.tokens[lo].start, ctx.tokens[hi].end, ctx.text[ctx.tokens[lo].start:ctx.tokens[hi].end],
                            "parse_subject")
            rules_cue = next((c for c in ctx.speakers.cues if c.start <= ctx.tokens[cue].start < c.end), None)
            if rules_cue is not None:
                speaker = ctx.speakers.speaker_of(rules_cue)
                if speaker is not None:
                    add(speaker.start, speaker.end, speaker.name, "rules_subject")
        overlapping = [q for q in ctx.rules_quotes if q.start < end and start < q.end]
        if overlapping:
            best = max(overlapping, key=lambda q: min(q.end, end) - max(q.start, start))
            if best.speaker is not None:
                add(best.speaker.start, best.speaker.end, best.speaker_name, "rules_quote")
            elif best.speaker_name:
                add(None, None, best.speaker_name, "rules_quote")
        if previous is not None and previous.name:
            add(None, None, previous.name, "previous")
        if self.interviewee:
            add(None, None, self.interviewee, "interviewee")
        return [c for c in found.values() if c.name]

    def features(self, candidate: Candidate, start: int, end: int, kind: str, cue: int | None,
                 all_candidates: list[Candidate]) -> dict[str, object]:
        ctx = self.context
        name = (candidate.name or "").casefold()
        inside = ctx.token_range(start, end)
        paragraph = ctx.tokens[inside[0]].paragraph if inside else 0
        f: dict[str, object] = {f"from:{s}": True for s in candidate.sources}
        f.update({"kind": kind, "label": candidate.label or "none", "sources": len(candidate.sources),
                  "count": str(min(self.counts.get(name, 0), 6)), "top_person": name == self.top_person,
                  "answer": paragraph - 1 in ctx.questions, "question": paragraph in ctx.questions,
                  "interviewee_name": self.interviewee is not None and name == self.interviewee.casefold()})
        for other in all_candidates:  # a name other finders give too: "he" resolved to the rules speaker
            if other is not candidate and other.name and other.name.casefold() == name:
                for source in other.sources:
                    f[f"same_name:{source}"] = True
        if candidate.start is None:
            f["no_mention"] = True
            f["kind+sources"] = f"{kind}|{'+'.join(sorted(candidate.sources))}"
            return f
        before = candidate.end <= start
        gap = ctx.text[candidate.end:start] if before else ctx.text[end:candidate.start]
        word = ctx.text[candidate.start:candidate.end].lower()
        f.update({"before": before, "gap_words": str(min(len(gap.split()), 40) // 4),
                  "gap_sentence": bool(re.search(r"[.!?][”\"’]?\s", gap)), "gap_paragraph": "\n" in gap,
                  "gap_mark": any(c in gap for c in "“”\""), "pronoun": word if word in lex.PRONOUNS else "",
                  "kind+before": f"{kind}|{before}", "label+before": f"{candidate.label}|{before}"})
        mention_tokens = ctx.token_range(candidate.start, candidate.end)
        if mention_tokens:
            head = mention_tokens[-1]
            governor = ctx.tokens[head].head
            f["dep"] = ctx.tokens[head].dep
            f["governor_cue"] = ctx.cue_probability[governor] >= 0.5
            if cue is not None:
                f["same_sentence_as_cue"] = ctx.tokens[head].sentence == ctx.tokens[cue].sentence
                f["cue_distance"] = str(min(abs(head - cue), 20) // 3)
                f["cue_side"] = "before" if head < cue else "after"
        return f


def _subtree(ctx: Context, k: int) -> tuple[int, int]:
    """The first and last token of the phrase ``k`` heads, cut at a comma or a relative clause after the head."""
    lo = hi = k
    stack = [k]
    while stack:
        j = stack.pop()
        for child in ctx.children[j]:
            if child > k and ctx.tokens[child].dep in ("punct", "relcl", "acl", "appos"):
                continue
            lo, hi = min(lo, child), max(hi, child)
            stack.append(child)
    return lo, hi


def gold_names(gold: Annotation, quote: Quote) -> set[str]:
    """The names (case-folded) a gold quote's speaker goes by: its ``speaker_name`` and its mention's entity."""
    names = {quote.speaker_name.casefold()} if quote.speaker_name else set()
    if quote.speaker is not None:
        names |= {e.entity.casefold() for e in gold.entities
                  if e.entity and e.start < quote.speaker.end and quote.speaker.start < e.end}
    return names


def is_right(candidate: Candidate, gold: Annotation, quote: Quote) -> bool:
    return bool(candidate.name and candidate.name.casefold() in gold_names(gold, quote))
