"""Timing helpers: each figure is the best (or a percentile) of a few repeats, measured in one process."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Sequence


def timed(action: Callable[[], object], *, with_gc: bool = False) -> float:
    """Seconds one call of ``action`` takes, starting from a freshly collected heap.

    As in ``timeit``, the cyclic garbage collector is paused while the clock runs (unless
    ``with_gc``): when it runs depends on everything else alive in the process, which makes
    timings of allocation-heavy code, such as building 10,000 YAML mappings, jump by half.
    """
    gc.collect()
    was_enabled = gc.isenabled()
    if not with_gc:
        gc.disable()
    try:
        start = time.perf_counter()
        action()
        return time.perf_counter() - start
    finally:
        if was_enabled:
            gc.enable()


def best_times(
    actions: Sequence[Callable[[], object]], *, repeats: int, with_gc: bool = False
) -> list[float]:
    """The best of ``repeats`` timings of each action, the actions taking turns (A B A B ...).

    Taking turns spreads a slow spell of the machine over both sides of a ratio, and the best
    run is the one least disturbed by anything else.
    """
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, got {repeats}")
    timings: list[list[float]] = [[] for _ in actions]
    for _ in range(repeats):
        for action, times in zip(actions, timings, strict=True):
            times.append(timed(action, with_gc=with_gc))
    return [min(times) for times in timings]


def percentile(samples: Sequence[float], fraction: float) -> float:
    """The ``fraction`` (0..1) quantile of ``samples``, interpolated between the nearest two."""
    if not 0 <= fraction <= 1:
        raise ValueError(f"fraction must be between 0 and 1, got {fraction}")
    if not samples:
        raise ValueError("percentile of no samples")
    ordered = sorted(samples)
    position = fraction * (len(ordered) - 1)
    below = int(position)
    above = min(below + 1, len(ordered) - 1)
    return ordered[below] + (ordered[above] - ordered[below]) * (position - below)


__all__ = ["best_times", "percentile", "timed"]
