"""``spacy:<pipeline>``: any installed spaCy pipeline for NER, with dependency-based quote attribution.

Entities are the pipeline's mentions whose label is one of ours (OntoNotes pipelines map one to one).
When the pipeline has a parser, every reporting verb (``said``, ``told``, ``warned`` …) with a subject
yields a quote: its clausal complement (``ccomp``) is the content, or, when a quotation in the same
sentence stands next to the verb, that quotation is. The subject is the speaker mention; a pronoun or a
nominal subject is resolved to the last person (or organisation) named before it.
"""

from __future__ import annotations

import re

from newsquotes.corpus.segment import quotation_ranges
from newsquotes.schema import ENTITY_LABELS, Annotation, Article, Entity, Quote, TextSpan

REPORTING_VERBS = frozenset({
    "say", "tell", "warn", "add", "state", "claim", "argue", "insist", "explain", "note", "announce", "declare",
    "confirm", "deny", "report", "write", "stress", "suggest", "acknowledge", "admit", "predict", "urge",
    "promise", "reply", "respond", "comment", "describe", "ask",
})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
PRONOUNS = {"he": "PERSON", "she": "PERSON", "him": "PERSON", "her": "PERSON", "they": None, "it": "ORG"}


def canonical_names(entities: list[Entity]) -> dict[str, str]:
    """Each mention's canonical name: the longest earlier or later mention sharing its last word."""
    canonical: dict[str, str] = {}
    for entity in entities:
        last = entity.text.split()[-1]
        fuller = [e.text for e in entities if e.label == entity.label and e.text.split()[-1] == last]
        canonical[entity.id] = max(fuller, key=len)
    return canonical


def _quotations(text: str) -> list[tuple[int, int]]:
    """Content spans (without the marks) of the quotations in the text, paragraph by paragraph."""
    spans = []
    for paragraph in re.finditer(r"[^\n]+", text):
        for opened, closed in quotation_ranges(paragraph.group()):
            spans.append((paragraph.start() + opened + 1, paragraph.start() + closed))
    return spans


def _quotation_near(quotations: list[tuple[int, int]], verb_start: int, verb_end: int, text: str) -> tuple[int, int] | None:
    """The quotation that the verb introduces or closes: right before it or right after it in one paragraph."""
    for start, end in quotations:
        between = text[end:verb_start] if end <= verb_start else text[verb_end:start - 1]
        if (end <= verb_start or verb_end < start) and len(between) <= 40 and "\n" not in between \
                and not re.search(r"[.!?]\s", between):
            return start, end
    return None


class SpacyModel:
    def __init__(self, pipeline: str):
        import spacy

        try:
            self.nlp = spacy.load(pipeline)
        except OSError as err:
            raise ValueError(f"spaCy pipeline {pipeline!r} is not installed: {err}") from None
        self.name = f"spacy:{pipeline}"
        self.version = f"{self.nlp.meta.get('name', pipeline)}-{self.nlp.meta.get('version', '?')}"
        self.has_parser = "parser" in self.nlp.pipe_names

    def predict(self, article: Article) -> Annotation:
        doc = self.nlp(article.text)
        entities = [Entity(id=f"e{i}", start=ent.start_char, end=ent.end_char, text=ent.text, label=ent.label_)
                    for i, ent in enumerate(e for e in doc.ents if e.label_ in ENTITY_LABELS)]
        names = canonical_names(entities)
        entities = [e.model_copy(update={"entity": names[e.id]}) for e in entities]
        quotes = self._quotes(doc, article.text, entities) if self.has_parser else []
        return Annotation(article_id=article.id, annotator=f"model:{self.name}", text_sha256=article.text_sha256,
                          entities=entities, quotes=quotes)

    def _quotes(self, doc, text: str, entities: list[Entity]) -> list[Quote]:
        quotes: list[Quote] = []
        quotations = _quotations(text)
        for token in doc:
            if token.pos_ != "VERB" or token.lemma_ not in REPORTING_VERBS:
                continue
            if any(start <= token.idx < end for start, end in quotations):
                continue  # a verb inside a quotation belongs to the quoted speech, not to its report
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in FIRST_PERSON]
            if not subjects:
                continue
            subject = subjects[0]
            span = _quotation_near(quotations, token.idx, token.idx + len(token), text)
            complements = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
            if span is not None:
                kind = "direct"
            elif complements:
                subtree = list(complements[0].subtree)
                while subtree and (subtree[0].dep_ == "mark" or subtree[0].is_punct):
                    subtree.pop(0)  # "that" introduces what was said but is not part of it
                while subtree and subtree[-1].is_punct:
                    subtree.pop()
                if not subtree:
                    continue
                start, end = subtree[0].idx, subtree[-1].idx + len(subtree[-1])
                content = text[start:end]
                if content.count("“") > content.count("”") and "”" in text[end : end + 2]:
                    end = text.index("”", end) + 1  # close the quoted fragment the clause ends in
                span = (start, end)
                kind = "mixed" if re.search(r"[“”\"«»]", text[start:end]) else "indirect"
            else:
                continue
            speaker_tokens = [t for t in subject.subtree if t.dep_ in ("compound", "flat") or t == subject]
            s_start = min(t.idx for t in speaker_tokens)
            s_end = max(t.idx + len(t) for t in speaker_tokens)
            speaker_name = self._resolve(text[s_start:s_end], s_start, s_end, entities)
            start, end = span
            quotes.append(Quote(
                id=f"q{len(quotes) + 1}", start=start, end=end, text=text[start:end], kind=kind,
                cue=TextSpan(start=token.idx, end=token.idx + len(token), text=token.text),
                speaker=TextSpan(start=s_start, end=s_end, text=text[s_start:s_end]), speaker_name=speaker_name,
            ))
        return quotes

    @staticmethod
    def _resolve(mention: str, start: int, end: int, entities: list[Entity]) -> str | None:
        """The canonical name of the speaker mention: its own entity, or for a pronoun the last fitting one."""
        for entity in entities:
            if entity.start < end and start < entity.end:
                return entity.entity
        if mention[:1].isupper() and mention.lower() not in PRONOUNS:
            last = mention.split()[-1]
            named = [e for e in entities if e.label == "PERSON" and e.text.split()[-1] == last]
            return named[0].entity if named else mention
        if mention.lower() not in PRONOUNS:
            return None  # an unnamed source ("an official") keeps no name
        wanted = PRONOUNS[mention.lower()]
        earlier = [e for e in entities if e.end <= start and (wanted is None or e.label == wanted)]
        return earlier[-1].entity if earlier else None


def make_model(argument: str | None) -> SpacyModel:
    return SpacyModel(argument or "en_core_web_sm")
