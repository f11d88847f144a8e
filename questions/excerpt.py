"""A value shown in a message: at most a line, however large or deeply nested the value is.

``repr()`` of a value from a hostile file can take minutes and gigabytes (a YAML alias bomb);
``reprlib`` stops after a few elements and characters, so the cost is bounded too.
"""

from __future__ import annotations

import reprlib
from typing import Any

_SHORT = reprlib.Repr()
_SHORT.maxlevel = 2
_SHORT.maxstring = _SHORT.maxother = 60
_SHORT.maxlist = _SHORT.maxtuple = _SHORT.maxdict = _SHORT.maxset = 4


def excerpt(value: Any) -> str:
    """``repr(value)``, cut to about a line: ``'a long te...nd'``, ``[1, 2, 3, 4, ...]``."""
    return _SHORT.repr(value)


__all__ = ["excerpt"]
