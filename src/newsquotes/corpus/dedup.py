"""De-duplication tuned for news: exact copies, and reprints of one story by several outlets.

Exact duplicates share the fingerprint of their case-folded word sequence. Near duplicates are found with
MinHash LSH (datasketch) over word shingles, then confirmed by *containment*, not Jaccard: a syndicated
copy that trims the ending or adds a paragraph of site boilerplate keeps most of its shingles inside
the other copy even when the two sets' Jaccard similarity is low. Parameters, and the precision and
recall they reach on a test set of real reprints, are documented in the README (`De-duplication`).

Within a cluster the first article in input order is kept (sources in order, files sorted by path), so
adding inputs that come later never evicts an article that earlier builds (and the annotations made on
them) already contain.
"""

from __future__ import annotations

import hashlib
import operator
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from functools import lru_cache

import numpy as np

from newsquotes import defaults
from newsquotes.corpus.submodules import submodule

_WORD = re.compile(r"\w+")
SCHEME = "affine32"  # datasketch's 32-bit permutations: signatures take 4 bytes per permutation


@dataclass(frozen=True)
class DedupParams:
    shingle_words: int = 3
    num_perm: int = 128
    lsh_threshold: float = 0.1  # Jaccard level at which LSH starts proposing pairs; deliberately low
    min_containment: float = defaults.NEAR_DUPLICATE  # share of the smaller article's shingles found in the other
    seed: int = 1

    def as_dict(self) -> dict:
        return asdict(self)

    def signature_parameters(self) -> dict:
        """What a cached signature depends on; the thresholds apply later and can change without reprocessing."""
        return {"shingle_words": self.shingle_words, "num_perm": self.num_perm, "seed": self.seed}


@dataclass(frozen=True)
class Signature:
    """What de-duplication needs of one article; small enough to cache next to the article."""

    fingerprint: str
    hashvalues: bytes
    shingles: int


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def shingles(tokens: list[str], size: int) -> set[bytes]:
    if len(tokens) < size:
        return {" ".join(tokens).encode()} if tokens else set()
    return set(map(str.encode, map(" ".join, zip(*(tokens[i:] for i in range(size))))))


def _minhash_class():
    """datasketch's MinHash alone: its package imports its LSH too, and with it scipy (0.8 s of CPU in all)."""
    return submodule("datasketch", "minhash").MinHash


@lru_cache(maxsize=4)
def _permutations(num_perm: int, seed: int):
    """The permutations of a MinHash with these parameters, drawn once instead of for every article."""
    return _minhash_class()(num_perm=num_perm, seed=seed, scheme=SCHEME).permutations


_DIGEST = operator.methodcaller("digest")


def sha1_hashes(grams: Iterable[bytes]) -> np.ndarray:
    """datasketch's default hash (``sha1_hash32``: the first 4 bytes of SHA-1, little-endian) of each gram,
    computed without a Python call per gram: the digests joined and read as one array."""
    return np.frombuffer(b"".join(map(_DIGEST, map(hashlib.sha1, grams))), dtype="<u4")[::5].astype(np.uint32)


def minhash_values(hashes: np.ndarray, params: DedupParams) -> np.ndarray:
    """``MinHash.update_batch`` of datasketch's ``affine32`` scheme over these hash values, on a new MinHash
    with these parameters: the same arithmetic (its MurmurHash3 finalizer, then each permutation ``a * h + b``
    modulo 2**32, the least value per permutation), without building a MinHash per article. A test checks
    the values against datasketch's."""
    if len(hashes) == 0:
        return np.full(params.num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
    a, b = _permutations(params.num_perm, params.seed)
    mixed = submodule("datasketch", "minhash")._fmix(hashes.reshape(-1, 1), 32)
    return (mixed * a + b).min(axis=0)


def signature(text: str, params: DedupParams) -> Signature:
    tokens = words(text)
    fingerprint = hashlib.sha256(" ".join(tokens).encode()).hexdigest()
    grams = shingles(tokens, params.shingle_words)
    values = minhash_values(sha1_hashes(grams), params)
    return Signature(fingerprint, values.astype(np.uint32).tobytes(), len(grams))


def _values(sig: Signature) -> np.ndarray:
    return np.frombuffer(sig.hashvalues, np.uint32)


def containment(a: Signature, b: Signature, params: DedupParams) -> float:
    """Estimated share of the smaller shingle set that lies in the other, from the MinHash Jaccard."""
    jaccard = float(np.mean(_values(a) == _values(b)))
    if min(a.shingles, b.shingles) == 0:
        return 0.0
    shared = jaccard * (a.shingles + b.shingles) / (1 + jaccard)
    return min(1.0, shared / min(a.shingles, b.shingles))


@dataclass(frozen=True)
class Verdict:
    duplicate_of: str | None  # the kept article this one duplicates, None when it is kept
    similarity: float | None
    reason: str | None


#: ``(bands, rows per band)`` that datasketch's ``MinHashLSH`` chooses for a ``(threshold, num_perm)``, for
#: the default parameters: choosing them imports scipy and integrates its error curves (0.7 s of CPU).
#: A test checks them against datasketch.
KNOWN_BANDS = {(0.1, 128): (64, 2)}


def lsh_bands(params: DedupParams) -> list[tuple[int, int]]:
    """The ``[start, end)`` permutation ranges of the LSH bands datasketch uses for these parameters."""
    known = KNOWN_BANDS.get((params.lsh_threshold, params.num_perm))
    if known is None:
        from datasketch import MinHashLSH

        return list(MinHashLSH(threshold=params.lsh_threshold, num_perm=params.num_perm).hashranges)
    bands, rows = known
    return [(band * rows, (band + 1) * rows) for band in range(bands)]


class BandIndex:
    """The kept articles by LSH band, giving the candidates datasketch's ``MinHashLSH`` gives (the same
    bands, :func:`lsh_bands`, the same exact match of a band's values) in about a sixth of its memory: one dict
    per band from the band's bytes to the ids that share it, where ``MinHashLSH`` keeps a set per band and
    article and a list of every article's keys (36 MB for 1,810 articles with the default parameters)."""

    def __init__(self, params: DedupParams):
        self._ranges = [(start * 4, end * 4) for start, end in lsh_bands(params)]  # 4 bytes per value
        self._tables: list[dict[bytes, str | list[str]]] = [{} for _ in self._ranges]

    def query(self, sig: Signature) -> set[str]:
        found: set[str] = set()
        for table, (start, end) in zip(self._tables, self._ranges):
            hit = table.get(sig.hashvalues[start:end])
            if hit is not None:
                found.update((hit,) if isinstance(hit, str) else hit)
        return found

    def insert(self, article_id: str, sig: Signature) -> None:
        for table, (start, end) in zip(self._tables, self._ranges):
            key = sig.hashvalues[start:end]
            hit = table.get(key)
            if hit is None:
                table[key] = article_id
            elif isinstance(hit, str):
                table[key] = [hit, article_id]
            else:
                hit.append(article_id)


def deduplicate(signatures: list[tuple[str, Signature]], params: DedupParams,
                candidates: Mapping[int, Iterable[int]] | None = None) -> dict[str, Verdict]:
    """A verdict for each ``(article id, signature)``, in input order; the first of each cluster is kept.

    ``candidates`` maps an article's position to the earlier positions that share an LSH band with it,
    when they were found elsewhere (on a cluster); without it an in-memory band index finds them.
    """
    lsh = BandIndex(params) if candidates is None else None
    by_fingerprint: dict[str, str] = {}
    kept: dict[str, Signature] = {}
    verdicts: dict[str, Verdict] = {}
    for position, (article_id, sig) in enumerate(signatures):
        if sig.fingerprint in by_fingerprint:
            verdicts[article_id] = Verdict(by_fingerprint[sig.fingerprint], 1.0, "exact duplicate")
            continue
        if lsh is not None:
            found = lsh.query(sig)
        else:
            found = [signatures[j][0] for j in candidates.get(position, ()) if signatures[j][0] in kept]
        best: tuple[float, str] | None = None
        for candidate in found:
            score = containment(sig, kept[candidate], params)
            if score >= params.min_containment and (best is None or (score, candidate) > best):
                best = (score, candidate)
        if best is not None:
            verdicts[article_id] = Verdict(best[1], round(best[0], 4), "near duplicate")
            continue
        by_fingerprint[sig.fingerprint] = article_id
        kept[article_id] = sig
        if lsh is not None:
            lsh.insert(article_id, sig)
        verdicts[article_id] = Verdict(None, None, None)
    return verdicts
