"""Language identification with py3langid, whose model ships inside the package (nothing is downloaded)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

#: Enough text to be sure of the language; classifying a whole long article only costs time.
SAMPLE_CHARS = 4000


@lru_cache(maxsize=1)
def _identifier():
    from py3langid import langid

    return langid.LanguageIdentifier.from_modelpath(Path(langid.MODEL_DIR) / langid.MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str, float]:
    """ISO 639-1 code of the text's language and its probability."""
    language, probability = _identifier().classify(text[:SAMPLE_CHARS])
    return language, round(float(probability), 4)


def prepare() -> None:
    """Load the model now (before worker processes are forked, so that they share it)."""
    _identifier()
