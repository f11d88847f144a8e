"""Entry point for ``python -m questions``: no traceback reaches the user."""

import os
import sys

from questions.cli import app


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:
        if os.environ.get("QUIZ_DEBUG"):
            raise
        print(f"error: {type(error).__name__}: {error} (set QUIZ_DEBUG=1 for the traceback)", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
