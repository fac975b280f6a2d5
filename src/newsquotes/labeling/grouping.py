"""Annotations of several annotators, grouped by article and checked to refer to one text."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from newsquotes.annotations import read_annotations
from newsquotes.errors import InputError
from newsquotes.schema import Annotation

#: The annotator name of adjudicated gold; it can never be one of the inputs of agreement or adjudication.
GOLD_ANNOTATOR = "gold"


def group_by_article(annotations: Iterable[Annotation]) -> dict[str, dict[str, Annotation]]:
    """``{article_id: {annotator: annotation}}``, articles and annotators in name order.

    Two annotators whose offsets refer to different texts of one article (different ``text_sha256``) cannot
    be compared or merged, so that is an error naming the article; so is one annotator labelling an article
    twice, and gold among the inputs.
    """
    grouped: dict[str, dict[str, Annotation]] = {}
    for annotation in annotations:
        article = grouped.setdefault(annotation.article_id, {})
        if annotation.annotator == GOLD_ANNOTATOR:
            raise InputError(f"article {annotation.article_id}: annotator {GOLD_ANNOTATOR!r} is adjudicated gold, "
                             "not an annotator; keep gold out of the folder of annotations")
        if annotation.annotator in article:
            raise InputError(f"article {annotation.article_id}: annotator {annotation.annotator!r} "
                             "annotated it more than once")
        for other in article.values():
            if other.text_sha256 != annotation.text_sha256:
                raise InputError(
                    f"article {annotation.article_id}: annotators {other.annotator!r} and {annotation.annotator!r} "
                    f"labelled different texts (text_sha256 {other.text_sha256[:12]}… vs "
                    f"{annotation.text_sha256[:12]}…); pull both again from the same corpus build")
        article[annotation.annotator] = annotation
    return {article_id: dict(sorted(grouped[article_id].items())) for article_id in sorted(grouped)}


def load_grouped(folder: Path) -> dict[str, dict[str, Annotation]]:
    """Read a folder of per-annotator JSON-lines files and group it; an empty folder is an error."""
    grouped = group_by_article(read_annotations(folder))
    if not grouped:
        raise InputError(f"{folder}: the annotation files hold no annotations")
    return grouped


def annotators_of(grouped: dict[str, dict[str, Annotation]]) -> list[str]:
    return sorted({name for by_annotator in grouped.values() for name in by_annotator})
