"""One measured figure, with the target it should meet, and the table that prints a list of them."""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

_COMPARISONS: dict[str, Callable[[float, float], bool]] = {
    "<=": operator.le,
    "<": operator.lt,
    ">=": operator.ge,
    ">": operator.gt,
}
_TARGET = re.compile(r"^\s*(<=|>=|<|>)\s*([0-9]*\.?[0-9]+)\s*$")


@dataclass(frozen=True)
class Figure:
    """A measurement: ``value`` in ``unit``, and, when it has one, a ``target`` such as ``"<= 1.5"``.

    Figures without a target (absolute times, for instance) are there to be read, not checked.
    """

    name: str
    value: float
    unit: str
    target: str | None = None

    def __post_init__(self) -> None:
        if self.target is not None and not _TARGET.match(self.target):
            raise ValueError(
                f"figure {self.name!r}: target {self.target!r} is not a comparison and a number, "
                "expected e.g. '<= 1.5' (operators: <=, <, >=, >)"
            )

    @property
    def met(self) -> bool | None:
        """Whether the value meets the target; ``None`` for a figure without a target."""
        if self.target is None:
            return None
        match = _TARGET.match(self.target)
        assert match is not None  # checked in __post_init__
        return _COMPARISONS[match[1]](self.value, float(match[2]))


def _value_text(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def table(figures: Sequence[Figure]) -> str:
    """The figures as an aligned text table, one line each, with a ``met`` column."""
    marks = {True: "yes", False: "NO", None: ""}
    rows = [("figure", "value", "unit", "target", "met")] + [
        (figure.name, _value_text(figure.value), figure.unit, figure.target or "", marks[figure.met])
        for figure in figures
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        name, value, unit, target, met = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        value = row[1].rjust(widths[1])
        lines.append(f"{name}  {value}  {unit}  {target}  {met}".rstrip())
        if index == 0:
            lines.append("-" * len(lines[0]))
    return "\n".join(lines)


__all__ = ["Figure", "table"]
