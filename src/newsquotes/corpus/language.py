"""Language identification with py3langid, whose model ships inside the package (nothing is downloaded).

py3langid ships its model compressed with LZMA, and decompressing it takes about half a second of CPU in
every process that loads it. The first load writes the model's arrays uncompressed into the cache folder
(:func:`model_dir`, 68 MB), and every later one maps them from there: the same arrays, so the same languages
and scores, and processes share one copy of the model in memory.

The features of a text are counted with NumPy (:mod:`.ngram_counts`) rather than by py3langid's walk over
its bytes in Python: the same counts, so the same languages and scores to the bit, in about half the time.
The depth of the model's trie, which the counting needs, is found on the first load and kept beside its
arrays.

The model's per-feature scores are float16, and scoring a text multiplies a float32 vector by the rows of
its features: NumPy converts each of those rows to float32 first, one element at a time, which took most
of the scoring's time (0.3 ms for a 4,000-character sample). The rows are converted here with integer
operations on their bits instead (:func:`float16_as_float32`), which is exact for normal numbers, so the
product sees the same float32 values and the scores are the same to the bit. Whether the table holds
only normal numbers is found on the first load and kept beside its arrays; when it does not, NumPy
converts the rows.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

#: Enough text to be sure of the language; classifying a whole long article only costs time.
SAMPLE_CHARS = 4000

#: The model's arrays, as py3langid's ``modelio.load_model`` reads them from its ``.npz``.
ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")

#: How deep the trie of the model's automaton is (:func:`.ngram_counts.trie_depth`), kept beside its arrays.
DEPTH_FILE = "trie_depth.npy"

#: Whether the model's per-feature scores (``ptc``) are all normal float16 numbers (:func:`all_normal`), kept
#: beside its arrays.
NORMAL_FILE = "ptc_all_normal.npy"


def _packaged_model() -> Path:
    from py3langid import langid

    return Path(langid.MODEL_DIR) / langid.MODEL_FILE


def model_dir(cache: Path | None = None) -> Path:
    """Where the uncompressed model is kept: in the newsquotes cache folder, named by the packaged model's
    hash, so that a new py3langid model is never read from an old copy."""
    from newsquotes.defaults import cache_dir

    digest = hashlib.sha256(_packaged_model().read_bytes()).hexdigest()[:16]
    return (cache or cache_dir()) / "models" / f"py3langid-{digest}"


def _decompress(folder: Path) -> None:
    """Write the packaged model's arrays into ``folder`` as ``.npy`` files, all of them or none."""
    import lzma

    import numpy as np

    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        with tempfile.TemporaryFile(suffix=".npz") as npz:  # as py3langid reads it: an .npz inside LZMA
            with lzma.open(_packaged_model()) as packed:
                shutil.copyfileobj(packed, npz, length=1 << 20)
            npz.seek(0)
            with np.load(npz, allow_pickle=False) as data:
                for name in ARRAYS:
                    np.save(staging / f"{name}.npy", data[name], allow_pickle=False)
        os.replace(staging, folder)
    except OSError:
        if not folder.is_dir():  # else another process wrote it first, and its copy stays
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _kept(path: Path, find) -> int:
    """A number about the model found on its first load (``find()``) and kept in ``path`` beside its arrays."""
    import numpy as np

    if path.is_file():
        return int(np.load(path, allow_pickle=False))
    value = int(find())
    try:
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.stem}-", suffix=".npy",
                                         delete=False) as out:
            np.save(out, np.int64(value), allow_pickle=False)
        os.replace(out.name, path)  # whole or absent, whoever writes it first
    except OSError:  # a cache folder that cannot be written to: found again next time
        pass
    return value


def all_normal(table) -> bool:
    """Whether ``table`` is float16 and holds only normal numbers: no zero, subnormal, infinity or NaN."""
    import numpy as np

    table = np.asarray(table)
    if table.dtype != np.float16:
        return False
    exponent = table.view(np.uint16) & 0x7C00
    return bool(((exponent != 0) & (exponent != 0x7C00)).all())


def float16_as_float32(values):
    """Normal float16 ``values`` as float32, exactly: the same sign and mantissa (widened by 13 bits) and
    the exponent rebiased from 15 to 127. Zeros, subnormals, infinities and NaNs come out wrong."""
    import numpy as np

    # the bits sign-extended and shifted put the exponent and mantissa in place and the sign in bit 31, with
    # copies of it in bits 28-30 that the mask clears: three passes over the rows where NumPy's cast takes many
    bits = np.left_shift(np.asarray(values).view(np.int16), 13, dtype=np.int32)
    bits &= np.int32(-0x70002000)  # 0x8FFFE000
    bits += 112 << 23
    return bits.view(np.float32)


def _identifier_class():
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    class CountingIdentifier(LanguageIdentifier):
        """py3langid's identifier, counting the features of a text with :class:`.ngram_counts.NgramCounter`
        and converting the rows of their scores to float32 with :func:`float16_as_float32` when
        ``exact_bits`` (the scores are all normal numbers)."""

        __slots__ = ("counter", "exact_bits")

        def _raw_score(self, text):
            found = self.counter.count_arrays(text)
            if found is None:
                return super()._raw_score(b"")  # no feature: py3langid's own answer for that
            features, counts = found
            rows = self.nb_ptc[features]
            rows = float16_as_float32(rows) if self.exact_bits else rows.astype(np.float32)
            # py3langid's _sparse_score, on the arrays it would build from the counts' dict
            return np.log1p(counts.astype(np.float32)) @ rows + self.nb_pc

    return CountingIdentifier


def _load(folder: Path):
    """py3langid's identifier over the mapped arrays: what its ``load_model`` gives, without copying the two
    large tables (the transitions of its automaton and the per-feature scores) into each process."""
    import numpy as np

    from newsquotes.corpus.ngram_counts import NgramCounter, trie_depth

    arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in ARRAYS}
    nextmove, ptc = memoryview(arrays["nextmove"]), np.asarray(arrays["ptc"])
    identifier = _identifier_class()(ptc, np.asarray(arrays["pc"]), arrays["classes"].tolist(),
                                     nextmove, arrays["out_feat"].tolist(), norm_probs=True,
                                     tk_row=memoryview(arrays["nextmove_row"]))
    rows = arrays["nextmove_row"]
    depth = _kept(folder / DEPTH_FILE, lambda: trie_depth(nextmove, rows))  # a second of CPU
    identifier.counter = NgramCounter(arrays["nextmove"], rows, arrays["out_feat"], depth)
    identifier.exact_bits = bool(_kept(folder / NORMAL_FILE, lambda: all_normal(ptc)))  # reads all 28 MB
    return identifier


@lru_cache(maxsize=1)
def _identifier():
    from py3langid import langid

    try:
        folder = model_dir()
        if not folder.is_dir():
            _decompress(folder)
        return _load(folder)
    except (OSError, ValueError, EOFError):  # no writable cache, or a damaged copy:
        # the packaged model, as py3langid loads it
        return langid.LanguageIdentifier.from_modelpath(_packaged_model(), norm_probs=True)


def identify(text: str) -> tuple[str, float]:
    """ISO 639-1 code of the text's language and its probability."""
    language, probability = _identifier().classify(text[:SAMPLE_CHARS])
    return language, round(float(probability), 4)


def prepare() -> None:
    """Load the model now (before worker processes are forked, so that they share it)."""
    _identifier()
