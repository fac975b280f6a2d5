"""Gold annotations as training data: CoNLL BIO text, a spaCy DocBin, a Hugging Face token-classification dataset.

Tokens come from spaCy's rule-based English tokenizer (``spacy.blank("en")``, no trained model), run over
each of the article's own sentence spans, so a sentence boundary is always a token boundary and every
token keeps its exact character offsets into ``Article.text``. Text outside every sentence span (rare) is
tokenized as a sentence of its own, so nothing is lost.

An entity is tagged only when its offsets fall exactly on token boundaries. One that does not (a mention
cut inside a token), that crosses a sentence boundary, or that overlaps an entity already tagged cannot
be written as BIO without moving it: it is left out and reported as ``<article>: entity <id> …``, never
shifted. The same holds for quote spans in the DocBin.

Partial coverage: where the gold entity layer covers only some ranges of the text (``LayerSource.covers``),
tokens outside them carry spaCy's *missing* entity annotation (``ent_iob_ == ""``), not ``O``: the DocBin
keeps them unknown for training, and CoNLL and Hugging Face exports leave out every sentence that is not
wholly covered, so no unannotated sentence is ever written as all ``O``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsquotes import defaults
from newsquotes.dataset import gold_articles
from newsquotes.errors import ConfigError, GoldError
from newsquotes.schema import ENTITY_LABELS, Annotation, Article

#: Tag set of every export and of ``transformers:`` models: ``O`` then ``B-``/``I-`` of each entity label.
BIO_LABELS: tuple[str, ...] = ("O", *(f"{prefix}-{label}" for label in ENTITY_LABELS for prefix in "BI"))
FORMATS: tuple[str, ...] = defaults.EXPORT_FORMATS


@dataclass
class ExportReport:
    """What an export wrote, and every annotation it had to leave out (with why)."""

    out: Path
    format: str
    articles: int = 0
    sentences: int = 0
    tokens: int = 0
    entities: int = 0
    quotes: int = 0
    skipped: list[str] = field(default_factory=list)


def text_segments(article: Article) -> list[tuple[int, int]]:
    """The article's sentence spans, plus any text they leave out, in text order."""
    spans = sorted((s.start, s.end) for s in article.sentences)
    found, position = [], 0
    for start, end in [*spans, (len(article.text), len(article.text))]:
        gap = article.text[position:start]
        if gap.strip():
            found.append((position + len(gap) - len(gap.lstrip()), start - (len(gap) - len(gap.rstrip()))))
        if end > start:
            found.append((start, end))
        position = max(position, end)
    return found


class Tokenizer:
    """spaCy's English tokenizer over sentence spans, giving one Doc per article whose text is the article's."""

    def __init__(self):
        import spacy

        self.nlp = spacy.blank("en")

    def doc(self, article: Article):
        from spacy.tokens import Doc

        text, segments = article.text, text_segments(article)
        offsets: list[tuple[int, int]] = []
        starts: set[int] = set()
        for start, end in segments:
            tokens = [t for t in self.nlp.tokenizer(text[start:end]) if not t.is_space]
            if not tokens:
                continue
            starts.add(start + tokens[0].idx)
            offsets += [(start + t.idx, start + t.idx + len(t)) for t in tokens]
        # Rebuild the exact text: one following space is a token's trailing whitespace, any other is a token.
        words, spaces, position = [], [], 0
        for start, end in [*offsets, (len(text), None)]:
            gap = text[position:start]
            if gap.startswith(" ") and words:
                spaces[-1], gap = True, gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
            if end is not None:
                words.append(text[start:end])
                spaces.append(False)
                position = end
        doc = Doc(self.nlp.vocab, words=words, spaces=spaces,
                  sent_starts=[i == 0 or start in starts for i, start in enumerate(_starts(words, spaces))])
        assert doc.text == text, f"article {article.id}: tokens do not rebuild the text"
        return doc


def _starts(words: list[str], spaces: list[bool]) -> Iterator[int]:
    position = 0
    for word, space in zip(words, spaces):
        yield position
        position += len(word) + space


def _place(doc, article: Article, what: str, item, label: str, span_id: str, kb_id: str | None,
           taken: dict[int, str] | None):
    """The span of ``item`` in ``doc``, or the reason it cannot be placed there without moving it."""
    span = doc.char_span(item.start, item.end, label=label, kb_id=kb_id or "", span_id=span_id, alignment_mode="strict")
    where = f"{article.id}: {what} {span_id} {item.text!r} ({item.start}:{item.end})"
    if span is None:
        nearest = doc.char_span(item.start, item.end, alignment_mode="expand")
        return f"{where} does not fall on token boundaries (tokens cover {nearest.text if nearest else ''!r})"
    if taken is not None and any(doc[i].is_sent_start for i in range(span.start + 1, span.end)):
        return f"{where} crosses a sentence boundary"
    overlapped = [taken[i] for i in range(span.start, span.end) if i in taken] if taken is not None else []
    if overlapped:
        return f"{where} overlaps entity {overlapped[0]}, tagged first"
    return span


def tagged_doc(tokenizer: Tokenizer, article: Article, annotation: Annotation, with_quotes: bool = False):
    """The article's Doc with gold entities as ``doc.ents`` (and, if asked, quote span groups), and what was left out."""
    doc, skipped, entities, taken = tokenizer.doc(article), [], [], {}
    for entity in sorted(annotation.entities, key=lambda e: (e.start, -e.end)):
        placed = _place(doc, article, "entity", entity, entity.label, entity.id, entity.entity, taken)
        if isinstance(placed, str):
            skipped.append(placed)
            continue
        taken.update(dict.fromkeys(range(placed.start, placed.end), f"{entity.id} {entity.text!r}"))
        entities.append(placed)
    ranges = annotation.coverage("entities")
    if ranges is None:
        doc.set_ents(entities, default="outside")
    else:
        covered = [doc.char_span(r.start, r.end, alignment_mode="contract") for r in ranges]
        outside = [t for span in covered if span is not None for t in span
                   if not any(e.start <= t.i < e.end for e in entities)]
        doc.set_ents(entities, outside=[doc[t.i:t.i + 1] for t in outside], default="missing")
    if with_quotes:
        groups: dict[str, list] = {"quotes": [], "cues": [], "speakers": [], "stance": []}
        for quote in annotation.quotes:
            placed = _place(doc, article, "quote", quote, quote.kind, quote.id, quote.speaker_name, None)
            if isinstance(placed, str):
                skipped.append(placed)
                continue
            groups["quotes"].append(placed)
            if quote.stance is not None:
                groups["stance"].append(doc.char_span(quote.start, quote.end, label=quote.stance.label,
                                                      kb_id=quote.stance.target or "", span_id=quote.id))
            for part, group in (("cue", "cues"), ("speaker", "speakers")):
                span = getattr(quote, part)
                if span is not None:
                    name = quote.speaker_name if part == "speaker" else None
                    placed = _place(doc, article, f"quote {part} of", span, part, quote.id, name, None)
                    (skipped if isinstance(placed, str) else groups[group]).append(placed)
        for name, spans in groups.items():
            doc.spans[name] = spans
    return doc, skipped


def tagged_sentences(doc) -> Iterator[tuple[list[str], list[str]]]:
    """``(tokens, BIO tags)`` of each wholly annotated sentence of a tagged Doc, whitespace tokens left out."""
    for sentence in doc.sents:
        tokens = [t for t in sentence if not t.is_space]
        if tokens and all(t.ent_iob_ for t in tokens):
            yield [t.text for t in tokens], [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in tokens]


def _tagged(gold: Path, corpus: Path, report: ExportReport, strict: bool, with_quotes: bool = False):
    tokenizer = Tokenizer()
    for article, annotation in gold_articles(gold, corpus):
        doc, skipped = tagged_doc(tokenizer, article, annotation, with_quotes)
        if strict and skipped:
            raise GoldError(f"{skipped[0]}; nothing was written (without --strict it is left out and reported)")
        report.articles += 1
        report.entities += len(doc.ents)
        report.quotes += len(doc.spans["quotes"]) if with_quotes else 0
        report.skipped += skipped
        yield article, doc


def export_conll(gold: Path, corpus: Path, out: Path, strict: bool = False) -> ExportReport:
    """``token<TAB>tag`` lines, a blank line after each sentence, ``-DOCSTART-`` before each article (gold order)."""
    report, lines = ExportReport(Path(out), "conll"), []
    for _, doc in _tagged(gold, corpus, report, strict):
        lines += ["-DOCSTART-\tO", ""]
        for tokens, tags in tagged_sentences(doc):
            lines += [f"{token}\t{tag}" for token, tag in zip(tokens, tags)] + [""]
            report.sentences += 1
            report.tokens += len(tokens)
    _writable(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return report


def export_docbin(gold: Path, corpus: Path, out: Path, strict: bool = False) -> ExportReport:
    """A ``.spacy`` DocBin: one Doc per article with ``doc.ents``, sentence starts, and span groups ``quotes``
    (label: kind; kb_id: speaker name), ``cues``, ``speakers`` (kb_id: speaker name) and ``stance`` (label: stance;
    kb_id: target), linked by quote id (``span.id_``). Entities keep their id in ``span.id_`` and canonical name in
    ``span.kb_id_``; ``doc.user_data["article_id"]`` names the article."""
    from spacy.tokens import DocBin

    report, docs = ExportReport(Path(out), "docbin"), DocBin(store_user_data=True)
    for article, doc in _tagged(gold, corpus, report, strict, with_quotes=True):
        doc.user_data["article_id"] = article.id
        report.sentences += sum(1 for _ in doc.sents)
        report.tokens += sum(1 for t in doc if not t.is_space)
        docs.add(doc)
    docs.to_disk(_writable(out))
    return report


def hf_features():
    from datasets import ClassLabel, Features, Sequence, Value

    return Features({"id": Value("string"), "article_id": Value("string"), "sentence": Value("int32"),
                     "tokens": Sequence(Value("string")), "ner_tags": Sequence(ClassLabel(names=list(BIO_LABELS)))})


def export_hf(gold: Path, corpus: Path, out: Path, strict: bool = False) -> ExportReport:
    """A ``datasets.Dataset``, one row per sentence: ``tokens`` and ``ner_tags`` (ClassLabel over BIO_LABELS).
    Written as one Parquet file when ``out`` ends in ``.parquet``, else with ``save_to_disk``."""
    from datasets import Dataset
    from datasets import utils as progress_bars

    report = ExportReport(Path(out), "hf")
    rows: dict[str, list] = {name: [] for name in hf_features()}
    for article, doc in _tagged(gold, corpus, report, strict):
        for number, (tokens, tags) in enumerate(tagged_sentences(doc)):
            for name, value in (("id", f"{article.id}-{number}"), ("article_id", article.id), ("sentence", number),
                                ("tokens", tokens), ("ner_tags", tags)):
                rows[name].append(value)
            report.sentences += 1
            report.tokens += len(tokens)
    dataset = Dataset.from_dict(rows, features=hf_features())
    out = Path(out)
    quiet = not progress_bars.are_progress_bars_disabled()
    if quiet:
        progress_bars.disable_progress_bars()  # a bar per write drowns the report on a terminal
    try:
        if out.suffix == ".parquet":
            dataset.to_parquet(str(_writable(out)))
        else:
            dataset.save_to_disk(str(out))
    finally:
        if quiet:
            progress_bars.enable_progress_bars()
    return report


def _writable(out: Path) -> Path:
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    return Path(out)


EXPORTERS = {"conll": export_conll, "docbin": export_docbin, "hf": export_hf}


def export(gold: Path, corpus: Path, fmt: str, out: Path, strict: bool = False) -> ExportReport:
    """Export gold in ``fmt`` (one of FORMATS); with ``strict``, an annotation that would be left out is an error."""
    if fmt not in EXPORTERS:
        raise ConfigError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return EXPORTERS[fmt](gold, corpus, out, strict)
