"""Three-point duration distributions as per-activity quantile tables.

Sampling by inverse transform: a uniform draw ``u`` picks the ``floor(u * K)``-th of
``K`` equally likely quantiles of the activity's distribution (the quantile at the middle
of each probability slice). One table look-up per draw replaces numpy's beta sampler,
which is several times slower, and the error is bounded: every quantile of the sampled
distribution is within half a slice (``1 / 2K`` = 0.05 % of probability) of the true one.

PERT-beta on ``[o, p]`` with mode ``m`` has shape ``alpha = 1 + 4 (m - o) / (p - o)``,
``beta = 6 - alpha``; its mean is ``(o + 4m + p) / 6``. Its standard quantiles are
tabulated once on a grid of ``alpha`` (numerically integrated density, then inverted)
and interpolated between grid rows for each activity.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

QUANTILES = 1024  # K: slices per table (a power of two: see montecarlo._slices)
_ALPHA_STEPS = 256  # grid of alpha over [1, 5]
_X_POINTS = 8193  # integration grid of the density on [0, 1]

DISTRIBUTIONS = ("pert", "triangular")


@lru_cache(maxsize=1)
def _standard_pert_quantiles() -> np.ndarray:
    """Quantiles at the slice midpoints of Beta(alpha, 6 - alpha) on [0, 1], per alpha."""
    alphas = np.linspace(1.0, 5.0, _ALPHA_STEPS + 1)
    x = np.linspace(0.0, 1.0, _X_POINTS)
    u = (np.arange(QUANTILES) + 0.5) / QUANTILES
    with np.errstate(divide="ignore", invalid="ignore"):
        log_x, log_1x = np.log(x), np.log1p(-x)
        a = alphas[:, None] - 1.0
        b = 5.0 - alphas[:, None]
        density = np.exp(np.where(a == 0, 0.0, a * log_x) + np.where(b == 0, 0.0, b * log_1x))
    density = np.nan_to_num(density, nan=0.0, posinf=0.0)
    cdf = np.concatenate(
        [np.zeros((alphas.size, 1)), np.cumsum((density[:, 1:] + density[:, :-1]) / 2, axis=1)],
        axis=1,
    )
    cdf /= cdf[:, -1:]
    return np.stack([np.interp(u, row, x) for row in cdf])


def quantile_table(
    optimistic: np.ndarray, most_likely: np.ndarray, pessimistic: np.ndarray, distribution: str
) -> np.ndarray:
    """``(activities, K)`` table of duration quantiles at the slice midpoints."""
    o, m, p = (
        np.asarray(v, dtype=np.float64)[:, None] for v in (optimistic, most_likely, pessimistic)
    )
    width = p - o
    safe = np.where(width > 0, width, 1.0)
    if distribution == "pert":
        alpha = 1.0 + 4.0 * (m - o) / safe
        grid = (alpha[:, 0] - 1.0) / 4.0 * _ALPHA_STEPS
        low = np.clip(np.floor(grid).astype(np.int64), 0, _ALPHA_STEPS - 1)
        weight = (grid - low)[:, None]
        standard = _standard_pert_quantiles()
        shape = standard[low + 1] - standard[low]
        shape *= weight
        shape += standard[low]
    elif distribution == "triangular":
        u = (np.arange(QUANTILES) + 0.5) / QUANTILES
        mode = (m - o) / safe
        shape = np.where(
            u[None, :] < mode,
            np.sqrt(u[None, :] * mode),
            1.0 - np.sqrt((1.0 - u[None, :]) * (1.0 - mode)),
        )
    else:
        raise ValueError(f"unknown distribution {distribution!r}: use one of {DISTRIBUTIONS}")
    shape *= width
    shape += o
    return shape
