"""Near-duplicate candidates on a Ray cluster: the LSH band keys of every signature grouped across the
cluster by a shuffle in plain Ray tasks, so that the driver handles only the tasks' handles and the pairs.

Each signature is cut into the bands datasketch's ``MinHashLSH`` would use (:func:`~newsquotes.corpus.dedup.lsh_bands`);
two articles are candidates when one band's values are the same in both, as in the local engine's
:class:`~newsquotes.corpus.dedup.BandIndex`.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

from newsquotes.corpus.dedup import DedupParams, Signature, lsh_bands

#: Signatures per task, and per partition, when grouping band keys.
SIGNATURES_PER_PARTITION = 20_000


def _band_partitions(orders: list[int], hashvalues: list[bytes], params: DedupParams, partitions: int) -> tuple:
    """Runs as a Ray task: every LSH band key of a slice of the signatures, with its article's position, cut
    into ``partitions`` by the key's CRC-32 (the same in every process, unlike ``hash``), as ``(keys,
    positions)`` lists, one pair per partition. The bands are worked out here, not on the driver: datasketch
    takes a quarter of a second to choose them."""
    bands = lsh_bands(params)
    cut: tuple = tuple(([], []) for _ in range(partitions))
    for order, values in zip(orders, hashvalues):
        for number, (start, end) in enumerate(bands):
            key = number.to_bytes(2, "big") + values[start * 4 : end * 4]
            keys, positions = cut[zlib.crc32(key) % partitions]
            keys.append(key)
            positions.append(order)
    return cut


def _partition_pairs(*parts: tuple[list[bytes], list[int]]) -> tuple[list[int], list[int]]:
    """Runs as a Ray task: the pairs ``(later, earlier)`` of positions that share a band key, over one
    partition's keys from every slice, as two lists."""
    groups: dict[bytes, list[int]] = {}
    for keys, positions in parts:
        for key, position in zip(keys, positions):
            groups.setdefault(key, []).append(position)
    later: list[int] = []
    earlier: list[int] = []
    for positions in groups.values():
        if len(positions) > 1:
            positions = sorted(set(positions))
            for i, position in enumerate(positions):
                later += [position] * i
                earlier += positions[:i]
    return later, earlier


def candidate_pairs(ray, signatures: Sequence[tuple[str, Signature]], params: DedupParams) -> dict[int, set[int]]:
    """For each article (by input position), the earlier articles sharing at least one LSH band with it.

    A shuffle in plain Ray tasks: a task per slice of the signatures cuts their band keys into partitions,
    and a task per partition groups its keys from every slice; the driver handles only the tasks' handles and
    the pairs found."""
    if len(signatures) < 2:
        return {}
    partitions = max(2, len(signatures) // SIGNATURES_PER_PARTITION)
    cut = ray.remote(num_returns=partitions)(_band_partitions)
    slices = [cut.remote(list(range(start, min(start + SIGNATURES_PER_PARTITION, len(signatures)))),
                         [sig.hashvalues for _, sig in signatures[start : start + SIGNATURES_PER_PARTITION]],
                         params, partitions)
              for start in range(0, len(signatures), SIGNATURES_PER_PARTITION)]
    pair = ray.remote(_partition_pairs)
    found: dict[int, set[int]] = {}
    for later, earlier in ray.get([pair.remote(*(parts[number] for parts in slices)) for number in range(partitions)]):
        for position, candidate in zip(later, earlier):
            found.setdefault(position, set()).add(candidate)
    return found
