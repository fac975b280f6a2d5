"""py3langid's feature counts of a text, computed with NumPy instead of its byte-by-byte walk in Python.

py3langid counts its features (byte n-grams) with an automaton over the text's UTF-8 bytes: after each byte
it moves to a state and, when that state stands for one of its n-grams, counts that n-gram once
(``langid.visit_counts``). The automaton is an Aho-Corasick trie of the n-grams: the state after a byte is
the trie node of the longest string that ends at that byte and begins some n-gram, and that string is no
longer than the trie is deep. So the state after each byte is where a walk from the start state over the
last ``depth`` bytes up to it ends, and these walks, one per byte, advance together a byte at a time with
NumPy: ``depth`` steps over the whole text instead of one step per byte in Python. The counts are the
walk's, for every text: the same features, the same counts, listed in the same order (first occurrence),
hence the same scores to the bit.
"""

from __future__ import annotations

import numpy as np


def trie_depth(nextmove, rows) -> int:
    """How many bytes the longest string of the automaton's trie has: the most moves from the start state to
    any state along the shortest way there (a breadth-first walk over every byte from every state)."""
    moves, row_start = np.asarray(nextmove), np.asarray(rows, dtype=np.int64) << 8
    seen = np.zeros(len(row_start), dtype=bool)
    seen[0] = True
    frontier, depth = np.zeros(1, dtype=np.int64), 0
    while True:
        reached = np.unique(moves[row_start[frontier][:, None] + np.arange(256)])
        frontier = reached[~seen[reached]].astype(np.int64)
        if len(frontier) == 0:
            return depth
        seen[frontier] = True
        depth += 1


class NgramCounter:
    """``counts(data)`` gives what ``py3langid.langid.visit_counts`` gives for the same bytes."""

    def __init__(self, nextmove, rows, output, depth: int):
        self.moves = np.asarray(nextmove)
        self.row_start = np.asarray(rows, dtype=np.int64) << 8
        self.output = np.asarray(output, dtype=np.int64)
        self.depth = depth

    def states_after(self, data: bytes) -> np.ndarray:
        """The automaton's state after each byte of ``data``."""
        values = np.frombuffer(data, dtype=np.uint8).astype(np.int64)
        states = np.zeros(len(values), dtype=np.int64)  # each walk begins at the start state
        for back in range(min(self.depth, len(values)) - 1, -1, -1):
            # the walk ending at byte i takes byte i - back now; those ending within `back` bytes of the
            # start begin later, from the text's first byte
            ahead = states[back:]
            states[back:] = self.moves[self.row_start[ahead] + values[: len(values) - back]]
        return states

    def count_arrays(self, data: bytes) -> tuple[np.ndarray, np.ndarray] | None:
        """Each feature seen, in order of first occurrence, and how often: two arrays; None when there is none."""
        features = self.output[self.states_after(data)]
        features = features[features >= 0]
        return first_occurrence_counts(features) if len(features) else None


def first_occurrence_counts(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct non-negative ``values`` in order of first occurrence, and how often each occurs.

    ``np.unique`` with first indices and counts gives the same, with a stable sort; sorting each value
    together with its position (``value * n + position``, all distinct) needs no stable sort and is faster.
    """
    n = len(values)
    keys = np.sort(values * n + np.arange(n))
    ordered = keys // n
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    counts = np.diff(np.append(starts, n))
    by_first = np.argsort(keys[starts] % n)
    return ordered[starts][by_first], counts[by_first]
