"""The model registry: a name resolves to an object with ``name``, ``version`` and ``predict(article)``;
:func:`predict` runs one over articles and checks each prediction against its article's text.

Names are ``kind`` or ``kind:argument`` (``rules``, ``spacy:en_core_web_sm``, ``predictions:out.jsonl``).
A model read from a file or folder is listed under the last part of its path (:func:`model_name`), so a
spec names the same model from any folder: ``predictions:../runs/mine.jsonl`` is ``predictions:mine.jsonl``.
Built-in kinds are registered here; a user's package adds its own through the ``newsquotes.models``
entry-point group, whose entries point at a factory taking the argument string (or None)::

    [project.entry-points."newsquotes.models"]
    mymodel = "mypackage.quotes:make_model"
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from importlib import import_module
from importlib.metadata import entry_points
from pathlib import Path
from typing import Protocol

from newsquotes.errors import ModelError
from newsquotes.schema import Annotation, Article

ENTRY_POINT_GROUP = "newsquotes.models"


class Model(Protocol):
    name: str
    version: str

    def predict(self, article: Article) -> Annotation: ...


_BUILTIN: dict[str, str] = {
    "rules": "newsquotes.models.rules:make_model",
    "spacy": "newsquotes.models.spacy_model:make_model",
    "transformers": "newsquotes.models.transformers_model:make_model",
    "predictions": "newsquotes.models.predictions:make_model",
    "sklearn": "newsquotes.models.sklearn_model:make_model",
}


def _load(target: str) -> Callable[[str | None], Model]:
    module, _, attribute = target.partition(":")
    return getattr(import_module(module), attribute)


def available() -> dict[str, str]:
    """Every model kind that can be named, with where its factory lives."""
    kinds = dict(_BUILTIN)
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        kinds.setdefault(entry.name, entry.value)
    return kinds


def parse_spec(spec: str) -> tuple[str, str | None]:
    """``kind:argument`` as (kind, argument), the argument None when there is none."""
    kind, _, argument = spec.partition(":")
    return kind, argument or None


def model_name(spec: str) -> str:
    """The name a model given as ``spec`` is scored and listed under, found without loading it.

    Kinds that read a file or folder are named by its last part, so results, leaderboards and
    ``bench compare --model-a/--model-b`` accept a spec however its path is spelt.
    """
    kind, argument = parse_spec(spec)
    if argument and kind in PATH_KINDS:
        return f"{kind}:{Path(argument).name}"
    return spec


#: The built-in kinds whose argument is a file or folder.
PATH_KINDS = ("predictions", "sklearn", "transformers")


def get_model(spec: str) -> Model:
    """The model named by ``spec``; raises ``ModelError`` naming the known kinds when it is unknown."""
    kind, argument = parse_spec(spec)
    kinds = available()
    if kind not in kinds:
        raise ModelError(f"unknown model {spec!r}: known kinds are {', '.join(sorted(kinds))}")
    return _load(kinds[kind])(argument)


def checked(model_name: str, article: Article, annotation: Annotation) -> Annotation:
    """``annotation`` when it is a consistent prediction for ``article``; else a ModelError saying where not."""
    where = f"model {model_name}, article {article.id}"
    if annotation.article_id != article.id:
        raise ModelError(f"{where}: the prediction is for article {annotation.article_id!r}")
    problems = annotation.problems_with(article)
    if problems:
        raise ModelError(f"{where}: {problems[0]}")
    return annotation


def predict(model: Model, articles: Iterable[Article]) -> Iterator[Annotation]:
    """One checked Annotation per article, in order."""
    for article in articles:
        try:
            annotation = model.predict(article)
        except ValueError as err:
            message = str(err)
            raise ModelError(message if article.id in message else f"model {model.name}, article {article.id}: {message}") from None
        yield checked(model.name, article, annotation)
