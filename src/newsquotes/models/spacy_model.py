"""``spacy:<pipeline>``: any installed spaCy pipeline for NER, with dependency-based quote attribution.

Entities are the pipeline's mentions whose label is one of ours (OntoNotes pipelines map one to one),
cut to the name as the guidelines mark it (no leading "the", no possessive 's), and typed by the gazetteer
where it knows the name: a country, capital or state is a GPE and a demonym NORP whatever the pipeline
said ("Kyiv" is no PERSON). When the pipeline has a parser, every reporting verb of the shared lexicon
(``said``, ``told``, ``warned`` …; ``described`` only with "as") with a subject yields a quote: its clausal
complement (``ccomp``) is the content, or, when a quotation in the same sentence stands next to the verb,
that quotation is. The subject is the speaker mention: a name alone, else the noun phrase without its
relative clauses; pronouns and "the <noun>" nominals are resolved to the last entity of the kind the
lexicon gives them, and a source that names no one ("an official") is named by its own words.
"""

from __future__ import annotations

import re

from newsquotes.corpus.segment import quotation_ranges
from newsquotes.errors import ModelError
from newsquotes.models import _lexicon as lex
from newsquotes.schema import ENTITY_LABELS, Annotation, Article, Entity, Quote, TextSpan

#: Dependents that are not part of a speaker's noun phrase.
_NOT_IN_PHRASE = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"})


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
            raise ModelError(f"spaCy pipeline {pipeline!r} is not installed: {err}") from None
        self.name = f"spacy:{pipeline}"
        self.version = f"{self.nlp.meta.get('name', pipeline)}-{self.nlp.meta.get('version', '?')}"
        self.has_parser = "parser" in self.nlp.pipe_names

    def predict(self, article: Article) -> Annotation:
        doc = self.nlp(article.text)
        spans = [name_span(article.text, ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
        entities = [Entity(id=f"e{i}", start=start, end=end, text=article.text[start:end], label=label)
                    for i, (start, end, label) in enumerate(s for s in spans if s and s[2] in ENTITY_LABELS)]
        names = canonical_names(entities)
        entities = [e.model_copy(update={"entity": names[e.id]}) for e in entities]
        quotes = self._quotes(doc, article.text, entities) if self.has_parser else []
        return Annotation(article_id=article.id, annotator=f"model:{self.name}", text_sha256=article.text_sha256,
                          entities=entities, quotes=quotes)

    def _quotes(self, doc, text: str, entities: list[Entity]) -> list[Quote]:
        quotes: list[Quote] = []
        quotations = _quotations(text)
        for token in doc:
            if token.pos_ != "VERB" or token.lemma_ not in lex.SPEECH_VERBS or token.lemma_ in lex.CLAUSE_ONLY:
                continue
            if token.lower_ in lex.AS_VERBS and not any(c.lower_ == "as" for c in token.children):
                continue
            if any(start <= token.idx < end for start, end in quotations):
                continue  # a verb inside a quotation belongs to the quoted speech, not to its report
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in lex.FIRST_PERSON]
            if not subjects:
                continue
            subject = subjects[0]
            span = _quotation_near(quotations, token.idx, token.idx + len(token), text)
            if token.lower_ in lex.AS_VERBS:  # "described the plan as reckless": the object and what it is called
                parts = [c for c in token.children if c.dep_ == "dobj" or c.lower_ == "as"]
            else:
                parts = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")][:1]
            if span is not None:
                kind = "direct"
            elif parts:
                subtree = sorted({t for part in parts for t in part.subtree}, key=lambda t: t.i)
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
            s_start, s_end = _speaker_span(subject, entities)
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
        """The canonical name of the speaker mention: its own entity; for a pronoun or "the <noun>" the last
        entity of the kind the lexicon gives it; else the mention's own words."""
        for entity in entities:
            if entity.start < end and start < entity.end:
                return entity.entity
        words = mention.split()
        earlier = [e for e in entities if e.end <= start]
        if len(words) == 1 and words[0].lower() in lex.PRONOUNS:
            wanted = lex.PRONOUNS[words[0].lower()]
            labels = ("PERSON",) if wanted == "PERSON" else ("ORG", "GPE") if wanted else ()
            fitting = [e for e in earlier if e.label in labels]
            return fitting[-1].entity if fitting else None
        kind = lex.head_kind(words[-1].lower())
        if words[0].lower() in ("the", "this", "its") and kind in ("PERSON", "ORG", "GPE"):
            fitting = [e for e in earlier if e.label == kind]
            if fitting:
                return fitting[-1].entity
        return mention


def name_span(text: str, start: int, end: int, label: str) -> tuple[int, int, str] | None:
    """A pipeline's entity cut to the name (no leading article, no possessive 's) and typed by the gazetteer."""
    article = re.match(r"(?:the|The)\s+", text[start:end])
    if article and end - start > article.end():
        start += article.end()
    possessive = re.search(r"\s*['’]s?$", text[start:end])
    if possessive and possessive.start() > 0:
        end = start + possessive.start()
    name = text[start:end]
    if name in lex.GPE:
        label = "GPE"
    elif name in lex.NORP or name.rstrip("s") in lex.NORP:
        label = "NORP"
    return (start, end, label) if end > start else None


def _speaker_span(subject, entities: list[Entity]) -> tuple[int, int]:
    """The speaker mention: the name in the subject when it has one (the head's, else the person its titles
    or apposition lead to: "Executive director of the chapter Alia Salem"), else its noun phrase without
    clauses, and without the article when it is a proper name ("The Deseret News")."""
    phrase, reach = [subject], [subject]
    for child in subject.children:
        if child.dep_ not in _NOT_IN_PHRASE:
            phrase.extend(child.subtree)
        if child.dep_ not in _NOT_IN_PHRASE or child.dep_ == "appos":
            reach.extend(child.subtree)
    lo, hi = min(t.idx for t in reach), max(t.idx + len(t) for t in reach)
    inside = [e for e in entities if lo <= e.start and e.end <= hi]
    own = [e for e in inside if e.start < subject.idx + len(subject) and subject.idx < e.end]
    people = [e for e in inside if e.label == "PERSON"]
    if own and (own[0].label == "PERSON" or not people):
        return own[0].start, own[0].end
    if people:
        return people[-1].start, people[-1].end
    if subject.pos_ == "PROPN":
        phrase = [t for t in phrase if t.dep_ != "det" or t.i > subject.i]
    return min(t.idx for t in phrase), max(t.idx + len(t) for t in phrase)


def make_model(argument: str | None) -> SpacyModel:
    return SpacyModel(argument or "en_core_web_sm")
