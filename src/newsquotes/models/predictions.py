"""``predictions:<file>``: any external system's output, given as Annotation JSON lines, scored like a model."""

from __future__ import annotations

from pathlib import Path

from newsquotes.annotations import read_annotations, warn_unhashed, with_text_hash
from newsquotes.models.registry import model_name
from newsquotes.schema import Annotation, Article


class PredictionsFile:
    version = "file"

    def __init__(self, path: Path):
        self.path = Path(path)
        self.name = model_name(f"predictions:{self.path}")
        self._by_article: dict[str, Annotation] = {}
        for annotation in read_annotations(self.path, hash_optional=True):
            if annotation.article_id in self._by_article:
                raise ValueError(f"{self.path}: article {annotation.article_id} appears more than once")
            self._by_article[annotation.article_id] = annotation
        warn_unhashed(self.path, self._by_article.values())

    def predict(self, article: Article) -> Annotation:
        annotation = self._by_article.get(article.id)
        if annotation is None:
            raise ValueError(f"{self.path}: no prediction for article {article.id}")
        annotation = with_text_hash(annotation, article)
        problems = annotation.problems_with(article)
        if problems:
            raise ValueError(f"{self.path}: article {article.id}: {problems[0]}")
        return annotation


def make_model(argument: str | None) -> PredictionsFile:
    if not argument:
        raise ValueError("predictions needs a file: predictions:PATH.jsonl")
    return PredictionsFile(Path(argument))
