"""Processes started together: each prints "ready", then waits for a file before it goes on, so
their work overlaps as two browser sessions' or two commands' would."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from .conftest import REPO


def run_at_once(script: str, arguments: Sequence[Sequence[str]], *, go: Path) -> list[tuple[int, str, str]]:
    """Run ``python -c script`` once per argument list; when every run says "ready", touch ``go``.
    Each run's return code, standard output and standard error, in order."""
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", script, *run_arguments],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for run_arguments in arguments
    ]
    try:
        for run in runs:
            assert run.stdout is not None and run.stdout.readline().strip() == "ready"
        go.touch()
        results = [run.communicate(timeout=120) for run in runs]
    finally:
        for run in runs:
            if run.poll() is None:
                run.kill()
                run.wait()
    return [(run.returncode, out, err) for run, (out, err) in zip(runs, results, strict=True)]
