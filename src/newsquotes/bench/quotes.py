"""Quote extraction, speaker attribution and stance scores, as plain dicts.

Quote spans are compared by *token overlap*: the tokens (``\\w+`` matches, by position) the two spans share,
divided by the token count of the longer span, so that a prediction is penalised for running long as much
as for stopping short. A prediction matches a gold quote when the overlap reaches the threshold
(published news-quote evaluations use 0.3 and 0.8); exact match means identical offsets. Matching is
one to one, best overlap first.

Speaker attribution is scored on matched quotes whose gold names a speaker, at two levels:

* **entity** (the headline): the prediction is right when what it resolves to is the gold speaker's entity.
  It resolves to its ``speaker_name``; without one, to the canonical name of its own entity at its speaker
  mention; without one, to the mention's words. That must be one of the gold speaker's names: the gold
  ``speaker_name`` and every name the gold's entity layer gives a mention of that entity ("Trump" for
  Donald Trump), compared as :func:`name_key` gives them: without case, spacing, surrounding punctuation or a
  leading "the" ("the Walt Disney Company" is "Walt Disney Company"). A pronoun at the gold pronoun's
  position is right only when it resolves to the right entity.
* **mention** (lenient, kept for comparison): right also when the predicted speaker mention is the gold
  speaker's mention span or another mention of its entity, whatever the prediction resolves it to.

Speaker accuracy is also given by how the gold names the speaker at the quote (:func:`speaker_form`): by a name,
a pronoun, a description ("the company", "officials") or nowhere in the text (an interview answer).

(quote, speaker) pairs count a predicted quote as a true positive when it matches a gold quote and its
speaker is right at the entity level; pair F1 does not depend on how many quotes a model found, as the
accuracy over matched quotes does, so it is the leading speaker score.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from sklearn.metrics import accuracy_score, confusion_matrix, f1_score

from newsquotes.schema import QUOTE_KINDS, STANCE_LABELS, Annotation, Quote

THRESHOLDS = (0.3, 0.8)
SPEAKER_FORMS = ("name", "pronoun", "description", "unwritten")
_TOKEN = re.compile(r"\w+")
_PRONOUNS = frozenset("i you he she it we they me him her us them my your his its our their".split())
# Capitalised words that open a description rather than a name ("The company", "Some residents").
_DESCRIPTION_OPENERS = frozenset("the a an this that these those one some many several both each another other "
                                 "its his her their our my".split())


def _prf(tp: float, n_pred: int, n_gold: int) -> dict[str, float]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "predicted": n_pred, "gold": n_gold}


def _tokens(text: str, start: int, end: int) -> frozenset[int]:
    return frozenset(m.start() for m in _TOKEN.finditer(text, start, end))


def overlap(text: str, a: Quote, b: Quote) -> float:
    ta, tb = _tokens(text, a.start, a.end), _tokens(text, b.start, b.end)
    if not ta or not tb:
        return float((a.start, a.end) == (b.start, b.end))
    return len(ta & tb) / max(len(ta), len(tb))


def match_quotes(text: str, gold: Sequence[Quote], predicted: Sequence[Quote], threshold: float | None
                 ) -> list[tuple[Quote, Quote]]:
    """One-to-one pairs (gold, predicted); ``threshold=None`` asks for identical offsets."""
    if threshold is None:
        by_span = {(q.start, q.end): q for q in predicted}
        return [(g, by_span[(g.start, g.end)]) for g in gold if (g.start, g.end) in by_span]
    scored = sorted(((overlap(text, g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted)
                     if g.start < p.end and p.start < g.end), reverse=True)
    used_gold, used_pred, pairs = set(), set(), []
    for score, i, j in scored:
        if score >= threshold and i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((gold[i], predicted[j]))
    return pairs


_LEADING_ARTICLE = re.compile(r"^the\s+")
_EDGE_PUNCTUATION = "\"'“”‘’«»()[],.:;"


def name_key(name: str) -> str:
    """A name as speaker names are compared: case-folded, spaces collapsed, without quotation marks, brackets or
    punctuation around it and without a leading "the", which a writer adds or leaves out before the same name."""
    key = " ".join(name.casefold().split()).strip(_EDGE_PUNCTUATION + " ")
    return _LEADING_ARTICLE.sub("", key)


def _speaker_keys(annotation: Annotation, quote: Quote) -> set[str]:
    """Everything that identifies a quote's speaker: its mention span, its entity, its canonical name."""
    keys: set[str] = set()
    if quote.speaker_name:
        keys.add("name:" + name_key(quote.speaker_name))
    if quote.speaker is not None:
        keys.add(f"span:{quote.speaker.start}:{quote.speaker.end}")
        for entity in annotation.entities:
            if entity.entity and entity.start < quote.speaker.end and quote.speaker.start < entity.end:
                keys.add("name:" + name_key(entity.entity))
    return keys


def gold_speaker_names(annotation: Annotation, quote: Quote) -> set[str]:
    """The names (as :func:`name_key` gives them) the gold speaker of ``quote`` goes by: its ``speaker_name``
    or, without one, the canonical names of the entities at its mention; and every name the entity layer gives those entities."""
    canonical = {quote.speaker_name} if quote.speaker_name else {
        e.entity for e in annotation.entities
        if e.entity and quote.speaker is not None and e.start < quote.speaker.end and quote.speaker.start < e.end}
    names = {name_key(name) for name in canonical}
    return names | {name_key(e.text) for e in annotation.entities if name_key(e.entity or "") in names}


def resolved_speaker(annotation: Annotation, quote: Quote) -> str | None:
    """Who a predicted quote's speaker resolves to: its ``speaker_name``, else the canonical name of the
    prediction's entity at its speaker mention, else the mention's words."""
    if quote.speaker_name:
        return quote.speaker_name
    if quote.speaker is None:
        return None
    at_mention = [e for e in annotation.entities if e.start < quote.speaker.end and quote.speaker.start < e.end]
    return (at_mention[0].entity or at_mention[0].text) if at_mention else quote.speaker.text


def same_speaker(gold_ann: Annotation, gold: Quote, pred_ann: Annotation, pred: Quote) -> bool:
    """Entity level: the predicted speaker resolves to one of the gold speaker's names."""
    resolved = resolved_speaker(pred_ann, pred)
    return resolved is not None and name_key(resolved) in gold_speaker_names(gold_ann, gold)


def same_speaker_mention(gold_ann: Annotation, gold: Quote, pred_ann: Annotation, pred: Quote) -> bool:
    """Mention level: as :func:`same_speaker`, or the predicted mention is a mention of the gold speaker."""
    gold_keys = _speaker_keys(gold_ann, gold)
    if gold.speaker_name:  # every mention of the gold speaker's entity counts
        name = name_key(gold.speaker_name)
        gold_keys |= {f"span:{e.start}:{e.end}" for e in gold_ann.entities if name_key(e.entity or "") == name}
    return bool(gold_keys & _speaker_keys(pred_ann, pred)) or same_speaker(gold_ann, gold, pred_ann, pred)


def speaker_form(annotation: Annotation, quote: Quote) -> str:
    """How the gold names a quote's speaker at the quote: ``unwritten`` (no mention), ``pronoun``, ``name``
    (the mention is an entity of the gold's entity layer, or a capitalised phrase where that layer says nothing,
    as outside MEANTIME's annotated sentences) or ``description``."""
    if quote.speaker is None:
        return "unwritten"
    if quote.speaker.text.casefold() in _PRONOUNS:
        return "pronoun"
    if any(e.start < quote.speaker.end and quote.speaker.start < e.end for e in annotation.entities):
        return "name"
    words = quote.speaker.text.split()
    if words and words[0][:1].isupper() and words[0].casefold() not in _DESCRIPTION_OPENERS:
        return "name"
    return "description"


def score_article(text: str, gold: Annotation, predicted: Annotation) -> dict:
    """Counts for one article; :func:`aggregate` turns a list of them into scores."""
    counts: dict = {"gold": len(gold.quotes), "predicted": len(predicted.quotes), "by_kind": {}}
    for name, threshold in [("exact", None), *((f"overlap_{t}", t) for t in THRESHOLDS)]:
        pairs = match_quotes(text, gold.quotes, predicted.quotes, threshold)
        counts[name] = len(pairs)
        if threshold == THRESHOLDS[0]:
            # A gold quote with no speaker (none can be told from the text) says nothing about attribution.
            attributed = [(g, p) for g, p in pairs if g.speaker is not None or g.speaker_name]
            counts["speaker_matched"] = len(attributed)
            right = [same_speaker(gold, g, predicted, p) for g, p in attributed]
            counts["speaker_correct"] = sum(right)
            counts["speaker_mention_correct"] = sum(same_speaker_mention(gold, g, predicted, p) for g, p in attributed)
            counts["speaker_by_form"] = {form: [0, 0] for form in SPEAKER_FORMS}
            for (g, _), correct in zip(attributed, right):
                tally = counts["speaker_by_form"][speaker_form(gold, g)]
                tally[0] += 1
                tally[1] += correct
            stanced = [(g, p) for g, p in pairs if g.stance is not None and p.stance is not None]
            counts["stance_pairs"] = [(g.stance.label, p.stance.label) for g, p in stanced]
            counts["stance_targets"] = [g.stance.target for g, _ in stanced]
            for kind in QUOTE_KINDS:
                counts["by_kind"][kind] = {
                    "gold": sum(q.kind == kind for q in gold.quotes),
                    "predicted": sum(q.kind == kind for q in predicted.quotes),
                    "matched": sum(g.kind == kind and p.kind == kind for g, p in pairs),
                }
    return counts


def aggregate(per_article: Sequence[dict]) -> dict:
    """Micro-averaged scores over articles."""
    gold = sum(c["gold"] for c in per_article)
    predicted = sum(c["predicted"] for c in per_article)
    result: dict = {name: _prf(sum(c[name] for c in per_article), predicted, gold)
                    for name in ["exact", *(f"overlap_{t}" for t in THRESHOLDS)]}
    result["by_kind"] = {
        kind: _prf(sum(c["by_kind"][kind]["matched"] for c in per_article),
                   sum(c["by_kind"][kind]["predicted"] for c in per_article),
                   sum(c["by_kind"][kind]["gold"] for c in per_article))
        for kind in QUOTE_KINDS
    }
    matched = sum(c["speaker_matched"] for c in per_article)
    correct = sum(c["speaker_correct"] for c in per_article)
    # counts saved before the mention level was kept apart have none: undefined, not guessed
    mention_correct = sum(c.get("speaker_mention_correct", math.nan) for c in per_article)
    # Undefined, not zero, when no attributed quote was matched: nothing was there to get right.
    result["speaker"] = {"accuracy": correct / matched if matched else math.nan, "matched": matched, "correct": correct,
                         "pairs": _prf(correct, predicted, gold),
                         "mention_accuracy": mention_correct / matched if matched else math.nan,
                         "mention_correct": mention_correct, "by_form": speaker_accuracy_by_form(per_article)}
    result["stance"] = stance_scores([pair for c in per_article for pair in c["stance_pairs"]])
    return result


def speaker_accuracy_by_form(per_article: Sequence[dict]) -> dict[str, dict]:
    """Entity-level speaker accuracy on matched quotes, by :func:`speaker_form`; counts saved without the
    breakdown add nothing."""
    totals = {form: [0, 0] for form in SPEAKER_FORMS}
    for counts in per_article:
        for form, (matched, correct) in counts.get("speaker_by_form", {}).items():
            totals[form][0] += matched
            totals[form][1] += correct
    return {form: {"matched": matched, "correct": correct, "accuracy": correct / matched if matched else math.nan}
            for form, (matched, correct) in totals.items()}


def stance_scores(pairs: Sequence[tuple[str, str]]) -> dict:
    """Accuracy, macro-F1, SemEval-2016 F_avg (mean F1 of favor and against) and the confusion matrix."""
    if not pairs:
        return {"n": 0, "accuracy": math.nan, "macro_f1": math.nan, "f_avg": math.nan, "labels": list(STANCE_LABELS),
                "confusion": [[0] * len(STANCE_LABELS) for _ in STANCE_LABELS]}
    gold, predicted = [g for g, _ in pairs], [p for _, p in pairs]
    labels = list(STANCE_LABELS)
    per_label = f1_score(gold, predicted, labels=labels, average=None, zero_division=0)
    return {
        "n": len(pairs),
        "accuracy": float(accuracy_score(gold, predicted)),
        "macro_f1": float(f1_score(gold, predicted, labels=labels, average="macro", zero_division=0)),
        "f_avg": float((per_label[labels.index("favor")] + per_label[labels.index("against")]) / 2),
        "labels": labels,
        "confusion": confusion_matrix(gold, predicted, labels=labels).tolist(),
    }
