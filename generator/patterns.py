"""A value written in a pattern ("$35.67 million", "Feb. 14"): what every figure, date and time
pattern can do, and the ladders of plausible steps they move by."""

from __future__ import annotations

import random
from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Generic, TypeVar

V = TypeVar("V")
S = TypeVar("S")


def ladders(
    steps: Sequence[S],
    *,
    count: int,
    rng: random.Random,
    move: Callable[[S, int], V | None],
    ok: Callable[[V], bool],
) -> list[V]:
    """Values ``move(step, j)``, ``j`` steps from the answer's, that pass ``ok``.

    First a run of ``count`` values with the answer at a random place in it (so the answer is not
    always the middle choice), by a step picked at random among those with room for the answer at
    any place of the run (a small answer has no room below it for a long step: "14 | 21 | 28 | 35"
    made the answer the smallest choice) or, failing one, by the next; then the rest of every
    step's values, nearest first.
    """
    reach = 2 * count + 2
    good_by_step: dict[S, dict[int, V]] = {}
    for step in steps:
        values = {j: move(step, j) for j in range(-reach, reach + 1) if j}
        good_by_step[step] = {j: value for j, value in values.items() if value is not None and ok(value)}

    def starts_of(step: S) -> list[int]:
        good = good_by_step[step]
        return [k for k in range(count + 1) if all(j in good for j in range(-k, count - k + 1) if j)]

    roomy = [step for step in steps if len(starts_of(step)) == count + 1]
    first = rng.choice(roomy or list(steps))
    runs: list[V] = []
    rests: list[V] = []
    for step in [first, *(other for other in steps if other != first)]:
        good = good_by_step[step]
        starts = starts_of(step)
        run: list[int] = []
        if starts and not runs:
            start = rng.choice(starts)
            run = [j for j in range(-start, count - start + 1) if j]
        rest = [j for j in sorted(good, key=abs) if j not in run]
        runs += [good[j] for j in run]
        rests += [good[j] for j in rest]
    return list(dict.fromkeys(runs + rests))


@dataclass(frozen=True)
class Pattern(ABC, Generic[V]):
    """A value and the exact way the answer writes it; other values are written the same way."""

    value: V

    @abstractmethod
    def render(self) -> str: ...

    @abstractmethod
    def fits(self, value: V) -> bool:
        """Whether ``value`` is a plausible alternative to this answer's value, wherever it comes from."""

    @abstractmethod
    def near(self, *, count: int, rng: random.Random) -> list[V]:
        """Values near the answer's, in order of preference."""

    def identity(self) -> Hashable:
        return (type(self).__name__, self.value)

    def side_of(self, day: date) -> int:
        """-1 when the value is before ``day``, 1 when after, 0 when it is not a point in time or
        falls in ``day``'s own period."""
        return 0

    def difference(self, other: Pattern[Any]) -> float | None:
        """How far ``other``'s value lies above this one's (negative: below), when the two are on one
        scale ("$3 billion" and "$1 billion", two dates with a year); None otherwise."""
        return None

    def allows(self, other: Pattern[Any]) -> bool:
        """Whether an article's value is written exactly as the answer would write it, and plausible."""
        return (
            type(other) is type(self)
            and self.fits(other.value)
            and replace(self, value=other.value).render() == other.render()
        )


__all__ = ["Pattern", "ladders"]
