"""Reading and writing Annotation records as JSON lines: gold, predictions and pulled labels alike.

A path is a ``.jsonl`` file or a folder of them (read in name order); :mod:`newsquotes.dataset` pairs a
gold file with the built corpus its offsets index into. Hand-written gold and predictions may leave out
``text_sha256`` where they are read beside a corpus (``hash_optional``): each such record takes its corpus
article's hash (:func:`with_text_hash`) with a warning, and its spans are then checked against that text. Writes are atomic: the new file is
written beside the old one and renamed over it, so a crash never leaves half a file where gold was.
"""

from __future__ import annotations

import json
import os
import tempfile
import warnings
from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from newsquotes import defaults
from newsquotes.errors import InputError
from newsquotes.schema import Annotation, Article

#: Where the shipped gold lives and where adjudication writes by default.
GOLD_DIR = defaults.GOLD_DIR


def annotation_files(path: Path) -> list[Path]:
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.jsonl"))
        if not files:
            raise InputError(f"{path}: folder holds no .jsonl annotation files")
        return files
    if not path.exists():
        raise InputError(f"{path}: no such annotation file or folder")
    return [path]


#: The ``text_sha256`` of a record read without one, until :func:`with_text_hash` gives it its article's.
UNHASHED = ""


class TextHashWarning(UserWarning):
    """Annotations without ``text_sha256`` took their corpus article's."""


def _without_hash(line: str) -> Annotation | None:
    """The record on ``line`` read with :data:`UNHASHED` when it lacks ``text_sha256`` and is otherwise valid."""
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if not isinstance(record, dict) or record.get("text_sha256") is not None:
        return None
    try:
        return Annotation.model_validate({**record, "text_sha256": UNHASHED})
    except ValidationError:
        return None


def parse_annotation(line: str | bytes, *, hash_optional: bool = False) -> Annotation:
    """One JSON-lines record; with ``hash_optional`` a record without ``text_sha256`` gets :data:`UNHASHED`.
    Raises pydantic's ``ValidationError`` for anything else."""
    try:
        return Annotation.model_validate_json(line)
    except ValidationError:
        unhashed = _without_hash(line) if hash_optional else None
        if unhashed is None:
            raise
        return unhashed


def read_annotations(path: Path, *, hash_optional: bool = False) -> list[Annotation]:
    """Annotation records from a JSON-lines file or folder; errors name the file and line.

    With ``hash_optional``, a record without ``text_sha256`` is read with :data:`UNHASHED` instead of refused.
    """
    annotations = []
    for file in annotation_files(path):
        try:
            text = file.read_text("utf-8")
        except UnicodeDecodeError as err:
            raise InputError(f"{file}: not UTF-8 text ({err.reason} at byte {err.start})") from None
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                annotations.append(Annotation.model_validate_json(line))
            except ValidationError as err:
                unhashed = _without_hash(line) if hash_optional else None
                if unhashed is not None:
                    annotations.append(unhashed)
                    continue
                first = err.errors()[0]
                where = ".".join(str(part) for part in first["loc"]) or "record"
                raise InputError(f"{file}, line {number}: {where}: {first['msg']}") from None
    return annotations


def with_text_hash(annotation: Annotation, article: Article) -> Annotation:
    """``annotation``, given ``article``'s text hash when it was read without one."""
    if annotation.text_sha256 != UNHASHED:
        return annotation
    return annotation.model_copy(update={"text_sha256": article.text_sha256})


def warn_unhashed(path: Path, annotations: Iterable[Annotation]) -> None:
    """One :class:`TextHashWarning` naming how many of ``annotations`` (read from ``path``) had no text hash."""
    unhashed = [a.article_id for a in annotations if a.text_sha256 == UNHASHED]
    if unhashed:
        warnings.warn(f"{path}: {len(unhashed)} annotation(s) without text_sha256 (first: article {unhashed[0]}) "
                      "take their corpus article's; their spans are checked against its text", TextHashWarning,
                      stacklevel=2)


def write_text_atomically(path: Path, text: str) -> Path:
    """Write ``text`` to ``path``: a new file beside the old one, flushed to disk, then renamed over it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes the file private; the result is an ordinary file
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def write_annotations(path: Path, annotations: Iterable[Annotation]) -> Path:
    """Write ``annotations`` to ``path`` as JSON lines, atomically."""
    return write_text_atomically(path, "".join(annotation.model_dump_json() + "\n" for annotation in annotations))
