"""Running a command-line app so that no traceback reaches the user."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

DEBUG_ENV = "QUIZ_DEBUG"


def run_without_traceback(app: Callable[[], object]) -> None:
    """Run ``app``; an unexpected error becomes one line on stderr and exit code 1
    (set QUIZ_DEBUG=1 to see the traceback instead)."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:
        if os.environ.get(DEBUG_ENV):
            raise
        print(
            f"error: {type(error).__name__}: {error} (set {DEBUG_ENV}=1 for the traceback)", file=sys.stderr
        )
        sys.exit(1)


__all__ = ["DEBUG_ENV", "run_without_traceback"]
