"""Merge several annotators' labels of each article into one gold annotation, listing every disagreement.

The rule, applied article by article with *n* the number of annotators of that article:

* **Spans.** An entity (offsets and label) or a quote (offsets of its content) is kept when a strict majority
  of the *n* annotators marked it exactly. At a tie (exactly half) the reviewer decides: it is kept when the
  reviewer marked it. Without a reviewer among the article's annotators a tie is unresolved and the item is
  left out. An article labelled by one annotator keeps all of that annotator's labels.
* **Attributes** of a kept quote (kind, cue, speaker mention, canonical speaker name, stance label and
  target) and of a kept entity (canonical name) are voted on by the annotators who marked it: a strict
  majority wins; otherwise the reviewer's value, when the reviewer marked it; otherwise the most frequent
  value (ties to the annotator first in name order), flagged as unresolved. A stance target is voted on by
  the annotators who chose the winning stance label, compared without regard to case and spacing.

Every item on which the annotators were not unanimous is a conflict: the article, the item, what each
annotator said, the decision and the reason. Gold is by annotator ``gold`` and records, per layer, that it
was adjudicated and from whom. It is merged into the gold file: an adjudicated article's record replaces
the one there, every other article's record stays. Only the layers the annotators worked on are replaced
(those their records list, else those they marked anything in): annotators who labelled quotes leave the
gold's entities, and where they came from, as they were.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsquotes import defaults
from newsquotes.annotations import read_annotations, write_annotations, write_text_atomically
from newsquotes.errors import ConfigError
from newsquotes.labeling.grouping import GOLD_ANNOTATOR, annotators_of, load_grouped
from newsquotes.schema import (ANNOTATION_LAYERS, Annotation, Entity, LayerSource, Quote, Span, Stance, TextSpan,
                               shared_coverage, span_within)

#: The layers a quote carries: its span and kind, its speaker, its stance.
QUOTE_LAYERS = frozenset({"quotes", "speakers", "stance"})

DEFAULT_GOLD_FILE = defaults.GOLD_FILE
NOTHING = "—"


@dataclass
class Adjudication:
    gold: list[Annotation]
    conflicts: list[dict[str, Any]]
    summary: dict[str, Any] = field(default_factory=dict)


def _shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe(span: TextSpan | None) -> str:
    return NOTHING if span is None else f"{_shorten(span.text, 40)!r} {span.start}:{span.end}"


class _Article:
    """Adjudication of one article: the votes, the decisions and the conflicts they raise."""

    def __init__(self, article_id: str, by_annotator: dict[str, Annotation], reviewer: str | None):
        self.article_id = article_id
        self.by_annotator = by_annotator
        self.names = list(by_annotator)
        self.reviewer = reviewer if reviewer in by_annotator else None
        self.conflicts: list[dict[str, Any]] = []

    def _conflict(self, item: str, what: str, said: dict[str, str], decision: str, reason: str,
                  resolved: bool) -> None:
        self.conflicts.append({"article_id": self.article_id, "item": item, "field": what, "said": said,
                               "decision": decision, "reason": reason, "resolved": resolved})

    def keep(self, item: str, marked_by: set[str], said: dict[str, str]) -> bool:
        """Whether a span marked by ``marked_by`` goes into gold; a conflict unless everyone marked it."""
        n, k = len(self.names), len(marked_by)
        if 2 * k > n:
            kept, reason, resolved = True, f"majority: {k} of {n} marked it", True
        elif 2 * k < n:
            kept, reason, resolved = False, f"minority: {k} of {n} marked it", True
        elif self.reviewer is not None:
            kept = self.reviewer in marked_by
            reason = f"tie {k} of {n}: reviewer {self.reviewer} {'marked' if kept else 'did not mark'} it"
            resolved = True
        else:
            kept, reason, resolved = False, f"tie {k} of {n} and no reviewer among the annotators: left out", False
        if k < n:
            self._conflict(item, "span", said, "kept" if kept else "left out", reason, resolved)
        return kept

    def vote(self, item: str, what: str, values: dict[str, Hashable], show: Callable[[Hashable], str]) -> Hashable:
        """The value of an attribute, from each voter's value; a conflict when the voters differ."""
        counts = Counter(values.values())
        if len(counts) == 1:
            return next(iter(counts))
        top, top_count = counts.most_common(1)[0]
        if 2 * top_count > len(values):
            chosen, reason, resolved = top, f"majority: {top_count} of {len(values)}", True
        elif self.reviewer in values:
            chosen, reason, resolved = values[self.reviewer], f"no majority: reviewer {self.reviewer} decides", True
        else:
            best = max(counts.values())
            chosen = next(v for v in values.values() if counts[v] == best)
            reason, resolved = f"no majority and no reviewer: most frequent value ({best} of {len(values)})", False
        self._conflict(item, what, {name: show(value) for name, value in values.items()}, show(chosen), reason,
                       resolved)
        return chosen

    # ----------------------------------------------------------------------- entities

    def entities(self) -> list[Entity]:
        marked: dict[tuple[int, int, str], dict[str, Entity]] = {}
        for name, annotation in self.by_annotator.items():
            for entity in annotation.entities:
                marked.setdefault((entity.start, entity.end, entity.label), {})[name] = entity
        gold = []
        shared = self.entity_coverage()
        for (start, end, label), by_name in sorted(marked.items()):
            if not span_within(shared, start, end):
                continue  # outside what every annotator covered: no majority can be read there
            first = next(iter(by_name.values()))
            item = f"entity {label} {_shorten(first.text, 40)!r} {start}:{end}"
            if not self.keep(item, set(by_name), {n: self._entity_said(n, start, end, label) for n in self.names}):
                continue
            name = self.vote(item, "entity name", {n: e.entity for n, e in by_name.items()},
                             lambda v: NOTHING if v is None else str(v))
            gold.append(Entity(id=f"e{len(gold) + 1}", start=start, end=end, text=first.text, label=label,
                               entity=name))
        return gold

    def entity_coverage(self) -> list[Span] | None:
        """The ranges every annotator's entity layer covers (None: the whole text)."""
        return shared_coverage(self.by_annotator.values(), "entities")

    def _entity_said(self, name: str, start: int, end: int, label: str) -> str:
        entities = self.by_annotator[name].entities
        if any((e.start, e.end, e.label) == (start, end, label) for e in entities):
            return label
        same_span = [e.label for e in entities if (e.start, e.end) == (start, end)]
        if same_span:
            return " / ".join(same_span)
        overlapping = [f"{e.label} {_describe(e)}" for e in entities if e.start < end and start < e.end]
        return "; ".join(overlapping) or NOTHING

    # ----------------------------------------------------------------------- quotes

    def quotes(self) -> list[Quote]:
        marked: dict[tuple[int, int], dict[str, Quote]] = {}
        for name, annotation in self.by_annotator.items():
            for quote in annotation.quotes:
                marked.setdefault((quote.start, quote.end), {})[name] = quote
        gold = []
        for (start, end), by_name in sorted(marked.items()):
            first = next(iter(by_name.values()))
            item = f"quote {_shorten(first.text)!r} {start}:{end}"
            if not self.keep(item, set(by_name), {n: self._quote_said(n, start, end) for n in self.names}):
                continue
            gold.append(self._merge_quote(f"q{len(gold) + 1}", item, first, by_name))
        return gold

    def _quote_said(self, name: str, start: int, end: int) -> str:
        quotes = self.by_annotator[name].quotes
        if any((q.start, q.end) == (start, end) for q in quotes):
            return "marked it"
        overlapping = [f"marked {_describe(q)} instead" for q in quotes if q.start < end and start < q.end]
        return "; ".join(overlapping) or NOTHING

    def _merge_quote(self, quote_id: str, item: str, first: Quote, by_name: dict[str, Quote]) -> Quote:
        def span_vote(what: str, part: str) -> TextSpan | None:
            spans = {n: getattr(q, part) for n, q in by_name.items()}
            keys = {n: None if s is None else (s.start, s.end) for n, s in spans.items()}
            shown = {key: _describe(span) for key, span in zip(keys.values(), spans.values())}
            chosen = self.vote(item, what, keys, lambda key: shown[key])
            return next((s for n, s in spans.items() if keys[n] == chosen), None)

        kind = self.vote(item, "kind", {n: q.kind for n, q in by_name.items()}, str)
        cue = span_vote("cue", "cue")
        speaker = span_vote("speaker", "speaker")
        speaker_name = self.vote(item, "speaker name", {n: q.speaker_name for n, q in by_name.items()},
                                 lambda v: NOTHING if v is None else str(v))
        return Quote(id=quote_id, start=first.start, end=first.end, text=first.text, kind=kind, cue=cue,
                     speaker=speaker, speaker_name=speaker_name, stance=self._stance(item, by_name))

    def _stance(self, item: str, by_name: dict[str, Quote]) -> Stance | None:
        label = self.vote(item, "stance", {n: q.stance.label if q.stance else None for n, q in by_name.items()},
                          lambda v: NOTHING if v is None else str(v))
        if label is None:
            return None
        agreeing = {n: q.stance for n, q in by_name.items() if q.stance is not None and q.stance.label == label}
        targets = {n: " ".join(s.target.split()).casefold() if s.target else None for n, s in agreeing.items()}
        written: dict = {}
        for key, stance in zip(targets.values(), agreeing.values()):
            written.setdefault(key, stance.target)
        target = self.vote(item, "stance target", targets, lambda key: NOTHING if key is None else written[key])
        return Stance(label=label, target=None if target is None else written[target])

    # ----------------------------------------------------------------------- gold

    def _annotated_layers(self) -> set[str]:
        """The layers the annotators worked on: those they record, else those they marked anything in."""
        recorded = {source.layer for a in self.by_annotator.values() for source in a.layers}
        if recorded:
            return recorded
        marked = set()
        if any(a.entities for a in self.by_annotator.values()):
            marked.add("entities")
        if any(a.quotes for a in self.by_annotator.values()):
            marked |= QUOTE_LAYERS
        return marked or set(ANNOTATION_LAYERS)

    def gold(self) -> Annotation:
        reviewer = f"; reviewer {self.reviewer}" if self.reviewer else ""
        produced_by = f"adjudicated from {', '.join(self.names)}{reviewer}"
        layers = [layer for layer in ANNOTATION_LAYERS if layer in self._annotated_layers()]
        first = next(iter(self.by_annotator.values()))
        return Annotation(article_id=self.article_id, annotator=GOLD_ANNOTATOR, text_sha256=first.text_sha256,
                          entities=self.entities(), quotes=self.quotes(),
                          layers=[LayerSource(layer=layer, produced_by=produced_by,
                                              covers=self.entity_coverage() if layer == "entities" else None)
                                  for layer in layers])


def adjudicate(grouped: dict[str, dict[str, Annotation]], reviewer: str | None = None) -> Adjudication:
    """Gold and conflicts from annotations grouped by :func:`~newsquotes.labeling.grouping.group_by_article`."""
    known = annotators_of(grouped)
    if reviewer is not None and reviewer not in known:
        raise ConfigError(f"unknown annotator {reviewer!r} for the reviewer; the annotators are {', '.join(known)}")
    gold, conflicts = [], []
    for article_id, by_annotator in grouped.items():
        article = _Article(article_id, by_annotator, reviewer)
        gold.append(article.gold())
        conflicts += article.conflicts
    summary = {
        "articles": len(gold), "annotators": known, "reviewer": reviewer,
        "single_annotator_articles": [a for a, by in grouped.items() if len(by) == 1],
        "entities": sum(len(a.entities) for a in gold), "quotes": sum(len(a.quotes) for a in gold),
        "conflicts": len(conflicts), "unresolved": sum(not c["resolved"] for c in conflicts),
    }
    return Adjudication(gold=gold, conflicts=conflicts, summary=summary)


def conflicts_markdown(result: Adjudication) -> str:
    lines = ["# Adjudication conflicts", "",
             f"{result.summary['conflicts']} conflicts ({result.summary['unresolved']} unresolved) in "
             f"{result.summary['articles']} articles; annotators {', '.join(result.summary['annotators'])}"
             + (f"; reviewer {result.summary['reviewer']}." if result.summary["reviewer"] else "; no reviewer."), ""]
    if result.conflicts:
        lines += ["| article | item | field | what each annotator said | decision | reason |",
                  "|---|---|---|---|---|---|"]
        for c in result.conflicts:
            said = "<br>".join(f"{name}: {value}" for name, value in c["said"].items())
            cells = [c["article_id"], c["item"], c["field"], said, c["decision"],
                     c["reason"] if c["resolved"] else f"**unresolved**: {c['reason']}"]
            lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines) + "\n"


def conflict_paths(out: Path) -> tuple[Path, Path]:
    """The JSON and Markdown conflict lists written next to the gold file ``out``."""
    return out.with_suffix(".conflicts.json"), out.with_suffix(".conflicts.md")


def _merged_record(old: Annotation, new: Annotation) -> Annotation:
    """``new``, with the layers it does not cover taken from ``old`` when both index the same text.

    Annotators who labelled only quotes must not wipe the entities the gold already had, nor the reverse.
    """
    covered = {source.layer for source in new.layers}
    if old.text_sha256 != new.text_sha256 or covered >= set(ANNOTATION_LAYERS):
        return new
    kept = [source for source in old.layers if source.layer not in covered]
    return new.model_copy(update={
        "entities": new.entities if "entities" in covered else old.entities,
        "quotes": new.quotes if covered & QUOTE_LAYERS else old.quotes,
        "layers": [*new.layers, *kept],
    })


def merge_into(existing: list[Annotation], gold: list[Annotation]) -> tuple[list[Annotation], list[str]]:
    """``existing`` gold with the records of re-adjudicated articles replaced in place (layers the new record
    does not cover kept from the old one) and new ones appended; also the ids of the articles replaced."""
    fresh = {annotation.article_id: annotation for annotation in gold}
    replaced = [annotation.article_id for annotation in existing if annotation.article_id in fresh]
    merged = [_merged_record(annotation, fresh[annotation.article_id]) if annotation.article_id in fresh
              else annotation for annotation in existing]
    merged += [annotation for annotation in gold if annotation.article_id not in set(replaced)]
    return merged, replaced


def write_adjudication(result: Adjudication, out: Path = DEFAULT_GOLD_FILE) -> dict[str, Path]:
    """Merge the gold into ``out`` (other articles' gold is kept) after writing the conflict lists beside it.

    Each file is replaced whole or not at all, so a failure never leaves half a gold file.
    """
    out = Path(out)
    existing = read_annotations(out) if out.exists() else []
    merged, replaced = merge_into(existing, result.gold)
    result.summary["replaced"] = replaced
    result.summary["kept_from_existing"] = len(merged) - len(result.gold)
    out.parent.mkdir(parents=True, exist_ok=True)
    json_path, markdown_path = conflict_paths(out)
    document = {"summary": result.summary, "conflicts": result.conflicts}
    write_text_atomically(json_path, json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    write_text_atomically(markdown_path, conflicts_markdown(result))
    write_annotations(out, merged)
    return {"gold": out, "conflicts_json": json_path, "conflicts_markdown": markdown_path}


def adjudicate_folder(folder: Path, out: Path = DEFAULT_GOLD_FILE, reviewer: str | None = None
                      ) -> tuple[Adjudication, dict[str, Path]]:
    """Adjudicate the per-annotator JSON-lines files in ``folder`` and write gold to ``out``."""
    result = adjudicate(load_grouped(Path(folder)), reviewer)
    return result, write_adjudication(result, out)
