"""Inter-annotator agreement on a folder of annotations, as plain dicts.

Spans. Every pair of annotators is compared on the articles both labelled, per label: each entity label,
and the QUOTE, SPEAKER and CUE regions of quotes (a speaker or cue mention shared by several quotes counts
once). Two spans agree *exactly* when their offsets are identical and *overlap* when they share at least one
character; overlap matching is one to one (a maximum matching, so one long span cannot agree with two short
ones). Agreement is the pairwise F1, ``2 × matched / (spans of A + spans of B)``, which is symmetric: it is
what either annotator would score taking the other as gold. Pooled figures sum matched and marked spans
over all pairs and articles.

Relations. A ``said_by`` relation is a quote with its speaker mention; two agree when both the quote spans
and the speaker spans agree (exact: both identical; overlap: both overlapping).

Stance. Units are quote spans (exact offsets) within an article; an annotator's value is the stance label
of their quote with that span. With two annotators the statistic is Cohen's kappa over the units both gave a
stance; with more, Krippendorff's alpha (nominal), which uses every unit at least two annotators labelled.

Articles labelled by one annotator only are skipped and listed.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path

import krippendorff
import numpy as np
from scipy.optimize import linear_sum_assignment
from sklearn.metrics import cohen_kappa_score

from newsquotes.labeling.config import CUE, QUOTE, SPAN_LABELS, SPEAKER
from newsquotes.labeling.grouping import annotators_of, load_grouped
from newsquotes.schema import Annotation, Span, shared_coverage, span_within

REGION_LABELS: tuple[str, ...] = (QUOTE, SPEAKER, CUE)

Offsets = tuple[int, int]
Relation = tuple[Offsets, Offsets]


def spans_by_label(annotation: Annotation, entity_ranges: list[Span] | None = None) -> dict[str, list[Offsets]]:
    """The offsets an annotator marked, per entity label and per quote region; entities only inside
    ``entity_ranges`` (None: everywhere)."""
    found: dict[str, set[Offsets]] = {label: set() for label in SPAN_LABELS}
    for entity in annotation.entities:
        if span_within(entity_ranges, entity.start, entity.end):
            found[entity.label].add((entity.start, entity.end))
    for quote in annotation.quotes:
        found["QUOTE"].add((quote.start, quote.end))
        for label, part in (("CUE", quote.cue), ("SPEAKER", quote.speaker)):
            if part is not None:
                found[label].add((part.start, part.end))
    return {label: sorted(offsets) for label, offsets in found.items()}


def said_by_relations(annotation: Annotation) -> list[Relation]:
    return sorted({((q.start, q.end), (q.speaker.start, q.speaker.end)) for q in annotation.quotes if q.speaker})


def spans_overlap(a: Offsets, b: Offsets) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def relations_overlap(a: Relation, b: Relation) -> bool:
    return spans_overlap(a[0], b[0]) and spans_overlap(a[1], b[1])


def matched_count(left: Sequence, right: Sequence, compatible: Callable[[object, object], bool]) -> int:
    """Size of a maximum one-to-one matching between ``left`` and ``right`` under ``compatible``."""
    if not left or not right:
        return 0
    matrix = np.array([[float(compatible(a, b)) for b in right] for a in left])
    rows, columns = linear_sum_assignment(matrix, maximize=True)
    return int(matrix[rows, columns].sum())


def _counts(left: Sequence, right: Sequence, overlapping: Callable[[object, object], bool]) -> dict[str, int]:
    return {"exact": len(set(left) & set(right)), "overlap": matched_count(left, right, overlapping),
            "marked": len(left) + len(right)}


def _f1(counts: dict[str, int]) -> dict[str, dict]:
    marked = counts["marked"]
    return {mode: {"f1": 2 * counts[mode] / marked if marked else None, "matched": counts[mode], "marked": marked}
            for mode in ("exact", "overlap")}


def _add(total: dict[str, int], counts: dict[str, int]) -> None:
    for key, value in counts.items():
        total[key] = total.get(key, 0) + value


# --------------------------------------------------------------------------- stance statistics


def cohen_kappa(first: Sequence[str], second: Sequence[str]) -> float | None:
    """Cohen's kappa of two label sequences; None when it is undefined (no units, or chance agreement is 1)."""
    if not first or len(set(first) | set(second)) < 2:
        return None
    return float(cohen_kappa_score(first, second, labels=sorted(set(first) | set(second))))


def krippendorff_alpha(units: Sequence[dict[str, str]]) -> float | None:
    """Krippendorff's alpha (nominal) of units given as ``{coder: value}`` (a coder missing from a unit did
    not code it); None when fewer than two values occur in units coded more than once, where alpha is 0/0."""
    pairable = [unit for unit in units if len(unit) >= 2]
    values = sorted({value for unit in pairable for value in unit.values()}, key=str)
    if len(values) < 2:
        return None
    coders = sorted({coder for unit in pairable for coder in unit})
    index = {value: i for i, value in enumerate(values)}
    data = np.full((len(coders), len(pairable)), np.nan)
    for column, unit in enumerate(pairable):
        for coder, value in unit.items():
            data[coders.index(coder), column] = index[value]
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal",
                                    value_domain=list(range(len(values)))))


def stance_units(by_annotator: dict[str, Annotation]) -> list[dict[str, str]]:
    """One unit per quote span in the article: the stance label each annotator gave a quote with that span."""
    units: dict[Offsets, dict[str, str]] = {}
    for name, annotation in by_annotator.items():
        for quote in annotation.quotes:
            unit = units.setdefault((quote.start, quote.end), {})
            if quote.stance is not None:
                unit[name] = quote.stance.label
    return [units[span] for span in sorted(units)]


def speaker_name_units(by_annotator: dict[str, Annotation]) -> list[dict[str, str]]:
    """One unit per quote span: the canonical speaker name each annotator gave it (case-folded). It compares
    speakers where there is no mention to compare, as for an interview answer."""
    units: dict[Offsets, dict[str, str]] = {}
    for name, annotation in by_annotator.items():
        for quote in annotation.quotes:
            if quote.speaker_name:
                units.setdefault((quote.start, quote.end), {})[name] = quote.speaker_name.casefold()
    return [units[span] for span in sorted(units)]


def _agreeing_share(units: Sequence[dict[str, str]]) -> dict:
    pairs = [unit for unit in units if len(unit) >= 2]
    agreeing = sum(len(set(unit.values())) == 1 for unit in pairs)
    return {"units": len(pairs), "agreement": agreeing / len(pairs) if pairs else None}


def _pair_kappa(units: Sequence[dict[str, str]], a: str, b: str) -> dict:
    both = [unit for unit in units if a in unit and b in unit]
    first, second = [u[a] for u in both], [u[b] for u in both]
    return {"units": len(both), "kappa": cohen_kappa(first, second),
            "observed_agreement": sum(x == y for x, y in zip(first, second)) / len(both) if both else None}


def _observed_agreement(units: Sequence[dict[str, str]]) -> float | None:
    """Share of agreeing (ordered) pairs of values within units: the 1 − D_o of alpha."""
    agreeing = total = 0
    for unit in units:
        values = list(unit.values())
        if len(values) < 2:
            continue
        for x, y in itertools.permutations(values, 2):
            agreeing += x == y
            total += 1
    return agreeing / total if total else None


def _stance_summary(units: list[dict[str, str]], annotators: list[str]) -> dict:
    if len(annotators) == 2:
        summary = {"statistic": "cohen_kappa", **_pair_kappa(units, *annotators)}
        summary["value"] = summary.pop("kappa")
        return summary
    pairable = [unit for unit in units if len(unit) >= 2]
    return {"statistic": "krippendorff_alpha", "value": krippendorff_alpha(pairable), "units": len(pairable),
            "observed_agreement": _observed_agreement(pairable)}


# --------------------------------------------------------------------------- agreement


def agreement(grouped: dict[str, dict[str, Annotation]]) -> dict:
    """Agreement of the annotations grouped by :func:`~newsquotes.labeling.grouping.group_by_article`."""
    compared = {article: by for article, by in grouped.items() if len(by) >= 2}
    skipped = [{"article_id": article, "annotators": list(by), "reason": "labelled by one annotator only"}
               for article, by in grouped.items() if len(by) < 2]
    annotators = annotators_of(compared)
    pooled_spans = {label: {} for label in SPAN_LABELS}
    pooled_relations: dict[str, int] = {}
    units: list[dict[str, str]] = []
    name_units: list[dict[str, str]] = []
    pairs: dict[tuple[str, str], dict] = {}
    for by_annotator in compared.values():
        article_units = stance_units(by_annotator)
        units += article_units
        name_units += speaker_name_units(by_annotator)
        shared = shared_coverage(by_annotator.values(), "entities")
        spans = {name: spans_by_label(a, shared) for name, a in by_annotator.items()}
        relations = {name: said_by_relations(a) for name, a in by_annotator.items()}
        for a, b in itertools.combinations(by_annotator, 2):
            pair = pairs.setdefault((a, b), {"articles": 0, "spans": {label: {} for label in SPAN_LABELS},
                                             "said_by": {}, "stance_units": []})
            pair["articles"] += 1
            pair["stance_units"] += article_units
            for label in SPAN_LABELS:
                counts = _counts(spans[a][label], spans[b][label], spans_overlap)
                _add(pair["spans"][label], counts)
                _add(pooled_spans[label], counts)
            counts = _counts(relations[a], relations[b], relations_overlap)
            _add(pair["said_by"], counts)
            _add(pooled_relations, counts)
    empty = {"exact": 0, "overlap": 0, "marked": 0}
    return {
        "annotators": annotators,
        "articles_compared": list(compared),
        "skipped": skipped,
        "spans": {label: _f1(pooled_spans[label] or empty) for label in SPAN_LABELS},
        "said_by": _f1(pooled_relations or empty),
        "speaker_name": _agreeing_share(name_units),
        "stance": _stance_summary(units, annotators),
        "pairs": [{"annotators": [a, b], "articles": pair["articles"],
                   "spans": {label: _f1(pair["spans"][label]) for label in SPAN_LABELS},
                   "said_by": _f1(pair["said_by"]), "stance": _pair_kappa(pair["stance_units"], a, b)}
                  for (a, b), pair in pairs.items()],
    }


def folder_agreement(folder: Path) -> dict:
    """Agreement of the per-annotator JSON-lines files in ``folder``."""
    return agreement(load_grouped(Path(folder)))

