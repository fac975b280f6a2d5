"""Uncertainty over articles: bootstrap confidence intervals and a paired significance test.

Articles, not mentions, are the unit of resampling: mentions within one article are not independent
(one writer, one topic), so resampling mentions would make intervals look tighter than they are.
Both functions take per-article counts and a ``metric`` that turns a list of them into one number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

Metric = Callable[[Sequence[Any]], float]


def bootstrap_interval(per_article: Sequence[Any], metric: Metric, *, samples: int = 1000, level: float = 0.95,
                       seed: int = 0) -> tuple[float, float]:
    """Percentile bootstrap interval of ``metric`` over articles resampled with replacement.

    A resample on which the metric is undefined (``metric`` returns NaN: say, speaker accuracy when the
    resampled articles have no matched quote) is left out rather than counted as a zero; when every
    resample is, the interval is (NaN, NaN).
    """
    if not per_article:
        raise ValueError("no articles to resample")
    rng = np.random.default_rng(seed)
    n = len(per_article)
    values = np.array([metric([per_article[i] for i in rng.integers(0, n, n)]) for _ in range(samples)], dtype=float)
    defined = values[~np.isnan(values)]
    if not defined.size:
        return float("nan"), float("nan")
    low, high = np.quantile(defined, [(1 - level) / 2, 1 - (1 - level) / 2])
    return float(low), float(high)


def paired_randomization(a: Sequence[Any], b: Sequence[Any], metric: Metric, *, samples: int = 2000,
                         seed: int = 0) -> dict[str, float]:
    """Approximate randomization test of ``metric(a) - metric(b)`` on the same articles, in the same order.

    Under the null hypothesis the two systems are exchangeable on every article, so each trial swaps the
    two systems' counts on a random half of the articles; the p-value is the share of trials whose
    difference is at least as large in absolute value as the observed one (two-sided, with +1 smoothing).
    """
    if len(a) != len(b) or not a:
        raise ValueError(f"paired test needs the same, non-empty set of articles (got {len(a)} and {len(b)})")
    rng = np.random.default_rng(seed)
    observed = metric(a) - metric(b)
    extreme = 0
    for _ in range(samples):
        swap = rng.random(len(a)) < 0.5
        left = [y if s else x for x, y, s in zip(a, b, swap)]
        right = [x if s else y for x, y, s in zip(a, b, swap)]
        if abs(metric(left) - metric(right)) >= abs(observed) - 1e-12:
            extreme += 1
    return {"difference": float(observed), "p_value": (extreme + 1) / (samples + 1), "samples": samples}
