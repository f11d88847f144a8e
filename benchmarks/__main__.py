"""``python -m benchmarks [NAME ...] [--check]``: run the benchmark modules and print their figures."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time
from collections.abc import Callable, Sequence
from typing import cast

import benchmarks
from benchmarks._figure import Figure, table


def available() -> list[str]:
    """The benchmark modules: this package's modules whose names do not start with ``_``."""
    return sorted(
        module.name for module in pkgutil.iter_modules(benchmarks.__path__) if not module.name.startswith("_")
    )


def load(name: str) -> Callable[[], list[Figure]]:
    module = importlib.import_module(f"benchmarks.{name}")
    run = getattr(module, "run", None)
    if not callable(run):
        raise SystemExit(f"benchmarks/{name}.py has no run() function: each benchmark module needs one")
    return cast(Callable[[], list[Figure]], run)


def main(argv: Sequence[str] | None = None) -> int:
    names = available()
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "names", nargs="*", metavar="NAME", help=f"benchmarks to run (all by default: {', '.join(names)})"
    )
    parser.add_argument(
        "--check", action="store_true", help="exit with status 1 when a figure misses its target"
    )
    options = parser.parse_args(argv)
    unknown = [name for name in options.names if name not in names]
    if unknown:
        parser.error(f"no benchmark {', '.join(map(repr, unknown))} (available: {', '.join(names)})")
    missed = []
    for name in options.names or names:
        print(f"== {name} ==", flush=True)
        start = time.perf_counter()
        figures = load(name)()
        print(table(figures))
        print(f"({name} took {time.perf_counter() - start:.1f} s)\n", flush=True)
        missed += [f"{name}: {figure.name}" for figure in figures if figure.met is False]
    if missed:
        print("missed target:", *missed, sep="\n  ")
    return 1 if missed and options.check else 0


if __name__ == "__main__":
    sys.exit(main())
