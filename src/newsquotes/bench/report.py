"""``newsquotes bench report``: one self-contained HTML file per run.

Charts are inline SVG (headline and per-label scores with their bootstrap intervals); below them, for each
model that made predictions, every article's text with the gold and the predicted entities and quotes side
by side, each mark classed by what went wrong. The page has no script and loads nothing.

Error classes (for display; the scores are those of :mod:`newsquotes.bench.tasks`):

* entities: ``correct`` (same span and label), ``wrong-label`` (same span), ``boundary`` (overlaps one of
  the same label), ``missed`` (gold nothing predicted touches), ``spurious`` (prediction no gold touches);
* quotes, matched one to one at token overlap 0.3: ``correct``, ``wrong-speaker``, ``missed``, ``spurious``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from newsquotes.bench import tasks
from newsquotes.bench.dataset import Dataset, load_dataset
from newsquotes.bench.run import score_interval
from newsquotes.bench.quotes import THRESHOLDS, same_speaker, match_quotes
from newsquotes.schema import Annotation, Article, BenchmarkRun, Entity, Quote

ENTITY_CLASSES = ("correct", "wrong-label", "boundary", "missed", "spurious")
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
    errors: dict[str, int]


def _overlaps(a: Entity | Quote, b: Entity | Quote) -> bool:
    return a.start < b.end and b.start < a.end


def entity_classes(gold: list[Entity], predicted: list[Entity]) -> tuple[list[str], list[str]]:
    """The error class of each gold and each predicted entity."""
    def classify(entity: Entity, others: list[Entity], unmatched: str) -> str:
        same_span = [o for o in others if (o.start, o.end) == (entity.start, entity.end)]
        if any(o.label == entity.label for o in same_span):
            return "correct"
        if same_span:
            return "wrong-label"
        if any(_overlaps(o, entity) and o.label == entity.label for o in others):
            return "boundary"
        return unmatched
    return ([classify(e, predicted, "missed") for e in gold], [classify(e, gold, "spurious") for e in predicted])


def quote_rows(text: str, gold: Annotation, predicted: Annotation) -> list[QuoteRow]:
    """Gold and predicted quotes paired as the scorer pairs them, each pair classed, in text order."""
    pairs = match_quotes(text, gold.quotes, predicted.quotes, THRESHOLDS[0])
    rows = [QuoteRow("correct" if same_speaker(gold, g, predicted, p) else "wrong-speaker", g, p) for g, p in pairs]
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
    gold_classes, predicted_classes = entity_classes(gold.entities, predicted.entities)
    rows = quote_rows(article.text, gold, predicted)
    gold_quotes = [(row.gold, row.status) for row in rows if row.gold is not None]
    predicted_quotes = [(row.predicted, row.status) for row in rows if row.predicted is not None]
    errors = {name: 0 for name in ("missed", "spurious", "wrong-label", "boundary", "wrong-speaker")}
    for status in [*gold_classes, *(s for s in predicted_classes if s == "spurious"), *(r.status for r in rows)]:
        if status in errors:
            errors[status] += 1
    return ArticleView(
        article=article,
        gold=segments(article.text, list(zip(gold.entities, gold_classes)), gold_quotes),
        predicted=segments(article.text, list(zip(predicted.entities, predicted_classes)), predicted_quotes),
        quotes=rows, errors=errors,
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
            "per_label": _bars(tasks.PER_LABEL[result.task], counts, run.bootstrap_samples, run.seed),
        })
    return out


def _dataset_of(run: BenchmarkRun, gold: Path | None, corpus: Path | None) -> Dataset:
    dataset = load_dataset(gold or Path(run.dataset.gold), corpus or Path(run.dataset.corpus), run.dataset.split)
    if dataset.fingerprint != run.dataset.fingerprint:
        raise ValueError(f"{dataset.gold_path} with {dataset.corpus} is not the data this run scored "
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
            raise ValueError(f"the run holds no prediction of model {name} for article(s) {', '.join(missing[:5])}")
        views = [article_view(a, g, by_id[a.id]) for a, g in zip(dataset.articles, dataset.gold)]
        totals = {k: sum(v.errors[k] for v in views) for k in views[0].errors} if views else {}
        models.append({"name": name, "articles": views, "errors": totals})
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
