"""``newsquotes bench report``: one self-contained HTML file per run.

Charts are inline SVG (headline and per-label scores with their bootstrap intervals); below them, for each
model that made predictions, every article's text with the gold and the predicted entities and quotes side
by side, each mark classed by what went wrong. The page has no script and loads nothing.

Every mark shows the scorer's own decision, never a rule of the report's: entities as the headline NER
score (strict, micro) decided them, entity by entity (:func:`newsquotes.bench.ner.entity_outcomes`), quotes
as the quote and speaker scores paired them, so the page's counts are the scores' counts:

* entities: ``correct`` (same span and label), ``wrong-label`` and ``boundary`` (strict's *incorrect*:
  the prediction claimed a gold entity with the same span but another label, or with other boundaries),
  ``missed`` (gold no prediction claimed), ``spurious`` (prediction that claimed no gold entity), and
  ``outside`` (a prediction outside the text the gold's entity layer covers: not scored, neither right nor
  wrong);
* quotes, matched one to one at token overlap 0.3: ``correct``, ``wrong-speaker``, ``missed``, ``spurious``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from newsquotes.bench import ner, tasks
from newsquotes.bench.run import score_interval
from newsquotes.bench.quotes import THRESHOLDS, same_speaker, match_quotes
from newsquotes.errors import InputError
from newsquotes.dataset import Dataset, load_dataset
from newsquotes.schema import Annotation, Article, BenchmarkRun, Entity, Quote

ENTITY_CLASSES = ("correct", "wrong-label", "boundary", "missed", "spurious", "outside")
QUOTE_CLASSES = ("correct", "wrong-speaker", "missed", "spurious")


@dataclass
class Bar:
    """One bar of a chart; None where the number is undefined (drawn as n/a)."""

    label: str
    value: float | None
    low: float | None
    high: float | None


@dataclass
class Segment:
    text: str
    classes: list[str] = field(default_factory=list)
    title: str = ""
    tag: str = ""  # the entity label, shown after the entity's last segment


@dataclass
class QuoteRow:
    status: str
    gold: Quote | None
    predicted: Quote | None


@dataclass
class ArticleView:
    article: Article
    gold: list[Segment]
    predicted: list[Segment]
    quotes: list[QuoteRow]
    entity_counts: dict[str, int]  # by ENTITY_CLASSES
    quote_counts: dict[str, int]  # by QUOTE_CLASSES


def entity_classes(gold: Annotation, predicted: Annotation) -> tuple[list[str], list[str]]:
    """The class of each gold and each predicted entity, from the strict scorer's outcome for it."""
    decided = ner.entity_outcomes(gold, predicted, tasks.NER_HEADLINE_SCHEME)
    predicted_classes = []
    for outcome, same_span in zip(decided.predicted, decided.same_span):
        if outcome in ("correct", "spurious"):
            predicted_classes.append(outcome)
        elif outcome in ("incorrect", "partial"):
            predicted_classes.append("wrong-label" if same_span else "boundary")
        else:  # outside the gold's coverage, or a label not scored: neither right nor wrong
            predicted_classes.append("outside")
    gold_classes = ["missed"] * len(gold.entities)
    for k, claimed in enumerate(decided.claimed):
        if claimed is not None:
            gold_classes[claimed] = predicted_classes[k]
    return gold_classes, predicted_classes


def quote_rows(text: str, gold: Annotation, predicted: Annotation) -> list[QuoteRow]:
    """Gold and predicted quotes paired as the scorer pairs them, each pair classed, in text order."""
    pairs = match_quotes(text, gold.quotes, predicted.quotes, THRESHOLDS[0])
    # as the speaker score has it, a gold quote that names no speaker is not scored on its speaker
    rows = [QuoteRow("wrong-speaker" if (g.speaker is not None or g.speaker_name)
                     and not same_speaker(gold, g, predicted, p) else "correct", g, p) for g, p in pairs]
    matched_gold, matched_predicted = {g.id for g, _ in pairs}, {p.id for _, p in pairs}
    rows += [QuoteRow("missed", g, None) for g in gold.quotes if g.id not in matched_gold]
    rows += [QuoteRow("spurious", None, p) for p in predicted.quotes if p.id not in matched_predicted]
    return sorted(rows, key=lambda row: (row.gold or row.predicted).start)


def segments(text: str, entities: list[tuple[Entity, str]], quotes: list[tuple[Quote, str]]) -> list[Segment]:
    """``text`` cut at every entity and quote boundary, each piece carrying the classes of what covers it."""
    cuts = sorted({0, len(text), *(x.start for x, _ in [*entities, *quotes]), *(x.end for x, _ in [*entities, *quotes])})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        piece = Segment(text[start:end])
        for quote, status in quotes:
            if quote.start <= start and end <= quote.end:
                piece.classes += ["quote", f"quote-{status}"]
                piece.title = f"{quote.kind} quote ({status})"
        for entity, status in entities:
            if entity.start <= start and end <= entity.end:
                piece.classes += ["entity", f"entity-{status}"]
                piece.title = f"{entity.label} ({status})"
                if end == entity.end:
                    piece.tag = entity.label
        pieces.append(piece)
    return pieces


def article_view(article: Article, gold: Annotation, predicted: Annotation) -> ArticleView:
    gold_classes, predicted_classes = entity_classes(gold, predicted)
    rows = quote_rows(article.text, gold, predicted)
    gold_quotes = [(row.gold, row.status) for row in rows if row.gold is not None]
    predicted_quotes = [(row.predicted, row.status) for row in rows if row.predicted is not None]
    # a gold entity shares its claimer's class, so the predictions count everything but the missed ones
    entity_counts = Counter([*predicted_classes, *(c for c in gold_classes if c == "missed")])
    return ArticleView(
        article=article,
        gold=segments(article.text, list(zip(gold.entities, gold_classes)), gold_quotes),
        predicted=segments(article.text, list(zip(predicted.entities, predicted_classes)), predicted_quotes),
        quotes=rows, entity_counts={name: entity_counts[name] for name in ENTITY_CLASSES},
        quote_counts={name: sum(row.status == name for row in rows) for name in QUOTE_CLASSES},
    )


def _bars(metrics: dict[str, tasks.Metric], per_article: list[dict], samples: int, seed: int) -> list[Bar]:
    bars = []
    for label, metric in metrics.items():
        interval = score_interval(per_article, metric, samples, seed)
        bars.append(Bar(label, interval.value, interval.low, interval.high))
    return bars


def charts(run: BenchmarkRun) -> list[dict]:
    """Per (task, model): headline bars from the run and per-label bars with intervals computed here."""
    out = []
    for result in run.results:
        counts = [item.counts for item in result.per_article]
        out.append({
            "task": result.task, "model": result.model,
            "headline": [Bar(name, i.value, i.low, i.high) for name, i in result.headline.items()],
            "per_label": _bars(tasks.TASKS[result.task].per_label, counts, run.bootstrap_samples, run.seed),
        })
    return out


def _dataset_of(run: BenchmarkRun, gold: Path | None, corpus: Path | None) -> Dataset:
    dataset = load_dataset(gold or Path(run.dataset.gold), corpus or Path(run.dataset.corpus), run.dataset.split)
    if dataset.fingerprint != run.dataset.fingerprint:
        raise InputError(f"{dataset.gold_path} with {dataset.corpus} is not the data this run scored "
                         f"(fingerprint {dataset.fingerprint[:12]}…, the run has {run.dataset.fingerprint[:12]}…)")
    return dataset


def render_report(run: BenchmarkRun, *, gold: Path | None = None, corpus: Path | None = None) -> str:
    """The HTML page of ``run``; the gold and texts are read again and must be those the run scored."""
    dataset = _dataset_of(run, gold, corpus)
    models = []
    for name, predictions in run.predictions.items():
        by_id = {p.article_id: p for p in predictions}
        missing = [a for a in dataset.article_ids if a not in by_id]
        if missing:
            raise InputError(f"the run holds no prediction of model {name} for article(s) {', '.join(missing[:5])}")
        views = [article_view(a, g, by_id[a.id]) for a, g in zip(dataset.articles, dataset.gold)]
        models.append({"name": name, "articles": views,
                       "entity_counts": {k: sum(v.entity_counts[k] for v in views) for k in ENTITY_CLASSES},
                       "quote_counts": {k: sum(v.quote_counts[k] for v in views) for k in QUOTE_CLASSES}})
    environment = Environment(loader=PackageLoader("newsquotes.bench", "templates"),
                              autoescape=select_autoescape(default=True, default_for_string=True),
                              trim_blocks=True, lstrip_blocks=True)
    return environment.get_template("report.html.j2").render(
        run=run, charts=charts(run), models=models, entity_classes=ENTITY_CLASSES, quote_classes=QUOTE_CLASSES)


def write_report(run: BenchmarkRun, out: Path, **options) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_report(run, **options), encoding="utf-8")
    return out
