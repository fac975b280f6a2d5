"""The learned baseline's CRFs on disk (the quote content tagger, the entity tagger): CRFsuite's own model file, a binary format of weights and feature and
label names that the C library reads as data (no pickle, no code), fitted and read through sklearn-crfsuite."""

from __future__ import annotations

from pathlib import Path

import sklearn_crfsuite

from newsquotes.errors import GoldError, ModelError

CRF_FILE = "quotes.crfsuite"
#: Every CRFsuite model file opens with these bytes.
MAGIC = b"lCRF"
#: L-BFGS with elastic-net regularisation; enough iterations to converge on a few hundred articles.
SETTINGS = {"algorithm": "lbfgs", "c1": 0.05, "c2": 0.05, "max_iterations": 150, "all_possible_transitions": True}


def fit_crf(sequences_x: list[list[dict]], sequences_y: list[list[str]], path: Path) -> None:
    """Fit the CRF on feature and tag sequences and write CRFsuite's model file to ``path``."""
    if len({tag for tags in sequences_y for tag in tags}) < 2:
        raise GoldError("too little quote gold to learn from: every token has the same tag")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sklearn_crfsuite.CRF(**SETTINGS, model_filename=str(path)).fit(sequences_x, sequences_y)


def load_crf(path: Path) -> sklearn_crfsuite.CRF:
    """The CRF in CRFsuite's model file at ``path``; a file that is not one is refused before the library reads it."""
    path = Path(path)
    if not path.exists():
        raise ModelError(f"{path.parent}: trained model is incomplete, missing {path.name}")
    with path.open("rb") as handle:
        if handle.read(len(MAGIC)) != MAGIC:
            raise ModelError(f"{path}: not a CRFsuite model file (it does not open with {MAGIC!r})")
    crf = sklearn_crfsuite.CRF(model_filename=str(path))
    try:
        _ = crf.tagger_  # opens the file now, so a damaged one is named here
    except Exception as err:  # noqa: BLE001 - whatever the library says, the file is named and refused
        raise ModelError(f"{path}: CRFsuite cannot read it ({type(err).__name__}: {err})") from None
    return crf
