"""Where `scripts/run-app` serves: this machine only, unless the person running it says otherwise."""

from __future__ import annotations

import re
import subprocess
import sys

from .conftest import REPO


def test_the_app_listens_on_localhost_only_by_default() -> None:
    shown = subprocess.run(
        [sys.executable, "-m", "streamlit", "config", "show"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout

    addresses = re.findall(r'^address = "([^"]*)"$', shown, flags=re.MULTILINE)
    assert addresses == ["localhost"]
    assert "server.address" not in (REPO / "scripts/run-app").read_text()
