"""``predictions:<file>``: any external system's output, given as Annotation JSON lines, scored like a model.

The file is read once, line by line, to check every record and note where each article's line starts; an
article's annotation is read again from there when it is scored. Memory holds one line and the index, never
the file, so a file of any size can be scored; a line longer than :data:`MAX_LINE_BYTES` is an error.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from newsquotes.annotations import UNHASHED, annotation_files, parse_annotation, warn_unhashed, with_text_hash
from newsquotes.errors import ModelError
from newsquotes.models.registry import model_name
from newsquotes.schema import Annotation, Article

#: No annotation of one article comes near this; a longer line is not one.
MAX_LINE_BYTES = 64 * 2**20


def _line_error(file: Path, number: int, err: ValidationError) -> ModelError:
    first = err.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "record"
    return ModelError(f"{file}, line {number}: {where}: {first['msg']}")


def _read_line(handle, file: Path, number: int) -> bytes:
    line = handle.readline(MAX_LINE_BYTES + 1)
    if len(line) > MAX_LINE_BYTES:
        raise ModelError(f"{file}, line {number}: longer than {MAX_LINE_BYTES // 2**20} MiB, not one annotation record")
    return line


class PredictionsFile:
    version = "file"

    def __init__(self, path: Path):
        self.path = Path(path)
        self.name = model_name(f"predictions:{self.path}")
        self._where: dict[str, tuple[Path, int, int]] = {}  # article id -> file, byte offset, line number
        unhashed: list[Annotation] = []
        for file in annotation_files(self.path):
            with file.open("rb") as handle:
                number = 0
                while True:
                    offset = handle.tell()
                    number += 1
                    line = _read_line(handle, file, number)
                    if not line:
                        break
                    if not line.strip():
                        continue
                    try:
                        annotation = parse_annotation(line, hash_optional=True)
                    except ValidationError as err:
                        raise _line_error(file, number, err) from None
                    article_id = annotation.article_id
                    if annotation.text_sha256 == UNHASHED:  # only its id is kept: the index stays small
                        unhashed.append(annotation.model_copy(update={"entities": [], "quotes": []}))
                    if article_id in self._where:
                        first = self._where[article_id]
                        raise ModelError(f"{file}, line {number}: article {article_id} appears more than once "
                                         f"(first on line {first[2]} of {first[0].name})")
                    self._where[article_id] = (file, offset, number)
        warn_unhashed(self.path, unhashed)

    def _annotation(self, article_id: str) -> Annotation | None:
        if article_id not in self._where:
            return None
        file, offset, number = self._where[article_id]
        with file.open("rb") as handle:
            handle.seek(offset)
            return parse_annotation(_read_line(handle, file, number), hash_optional=True)

    def predict(self, article: Article) -> Annotation:
        annotation = self._annotation(article.id)
        if annotation is None:
            raise ModelError(f"{self.path}: no prediction for article {article.id}")
        annotation = with_text_hash(annotation, article)
        problems = annotation.problems_with(article)
        if problems:
            raise ModelError(f"{self.path}: article {article.id}: {problems[0]}")
        return annotation


def make_model(argument: str | None) -> PredictionsFile:
    if not argument:
        raise ModelError("predictions needs a file: predictions:PATH.jsonl")
    return PredictionsFile(Path(argument))
