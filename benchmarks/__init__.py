"""Speed as figures measured in one run: ``python -m benchmarks [NAME ...]``.

Each public module of this package (a name without a leading underscore) is one benchmark:
it exposes ``run() -> list[Figure]``, and ``python -m benchmarks`` finds it by itself, so adding
``benchmarks/generator.py`` needs no change here. Ratios compare two ways of doing the same work
on the same data in the same process, so they hold across machines where absolute times do not.
"""

from benchmarks._figure import Figure, table
from benchmarks._timing import best_times, percentile, timed

__all__ = ["Figure", "best_times", "percentile", "table", "timed"]
