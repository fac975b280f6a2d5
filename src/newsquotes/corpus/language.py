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
of the scoring's time (0.3 ms for a 4,000-character sample). The first load also keeps the whole table
converted to float32 (:data:`SCORES_FILE`, 57 MB): the conversion is exact, so the product sees the same
float32 values and the scores are the same to the bit. The cost is memory: the processes share the one
mapped file, but each process that scores texts soon has most of it mapped (the kernel maps the pages
around each one read), 57 MB where the float16 table took 28 MB.
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

#: The model's per-feature scores (``ptc``) converted to float32, kept beside its arrays.
SCORES_FILE = "ptc_float32.npy"


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


def _depth(folder: Path, nextmove, rows) -> int:
    """The depth of the model's trie, found on the first load (a second of CPU) and kept."""
    import numpy as np

    from newsquotes.corpus.ngram_counts import trie_depth

    path = folder / DEPTH_FILE
    if path.is_file():
        return int(np.load(path, allow_pickle=False))
    depth = trie_depth(nextmove, rows)
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{path.stem}-", suffix=".npy", delete=False) as out:
            np.save(out, np.int64(depth), allow_pickle=False)
        os.replace(out.name, path)  # whole or absent, whoever writes it first
    except OSError:  # a cache folder that cannot be written to: found again next time
        pass
    return depth


def _scores(folder: Path, ptc):
    """The per-feature scores as float32, converted on the first load and mapped from then on; the packaged
    float16 table when the cache folder cannot be written to."""
    import numpy as np

    path = folder / SCORES_FILE
    if not path.is_file():
        try:
            with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{path.stem}-", suffix=".npy",
                                             delete=False) as out:
                try:
                    np.save(out, np.asarray(ptc, dtype=np.float32), allow_pickle=False)
                except BaseException:
                    os.unlink(out.name)
                    raise
            os.replace(out.name, path)  # whole or absent, whoever writes it first
        except OSError:
            return np.asarray(ptc)
    return np.asarray(np.load(path, mmap_mode="r", allow_pickle=False))  # a plain view: no memmap indexing


def _identifier_class():
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    class CountingIdentifier(LanguageIdentifier):
        """py3langid's identifier, counting the features of a text with :class:`.ngram_counts.NgramCounter`."""

        __slots__ = ("counter",)

        def _raw_score(self, text):
            found = self.counter.count_arrays(text)
            if found is None:
                return super()._raw_score(b"")  # no feature: py3langid's own answer for that
            features, counts = found
            # py3langid's _sparse_score, on the arrays it would build from the counts' dict
            return np.log1p(counts.astype(np.float32)) @ self.nb_ptc[features] + self.nb_pc

    return CountingIdentifier


def _load(folder: Path):
    """py3langid's identifier over the mapped arrays: what its ``load_model`` gives, without copying the two
    large tables (the transitions of its automaton and the per-feature scores) into each process."""
    import numpy as np

    from newsquotes.corpus.ngram_counts import NgramCounter

    arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in ARRAYS}
    nextmove = memoryview(arrays["nextmove"])
    identifier = _identifier_class()(_scores(folder, arrays["ptc"]), np.asarray(arrays["pc"]), arrays["classes"].tolist(),
                                     nextmove, arrays["out_feat"].tolist(), norm_probs=True,
                                     tk_row=memoryview(arrays["nextmove_row"]))
    rows = arrays["nextmove_row"]
    identifier.counter = NgramCounter(arrays["nextmove"], rows, arrays["out_feat"], _depth(folder, nextmove, rows))
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
