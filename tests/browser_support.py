"""Running the real app for the browser tests: `streamlit run app.py` on a free port, and Debian's
Chromium driven by Playwright (never a downloaded browser)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, Playwright

from questions.settings import BANK_DIR_ENV, PROGRESS_DB_ENV

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = REPO / "test-artifacts"
STARTUP_SECONDS = 60.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


@contextmanager
def streamlit_app(*, bank: Path, db: Path, log: Path, extra: tuple[str, ...] = ()) -> Iterator[str]:
    """Serve app.py on a free port with its own bank and database; yield its URL; stop it by its pid."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.headless",
        "true",
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--server.fileWatcherType",
        "none",
        "--browser.gatherUsageStats",
        "false",
        *extra,
    ]
    env = {**os.environ, BANK_DIR_ENV: str(bank), PROGRESS_DB_ENV: str(db)}
    with log.open("wb") as output:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=output, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not _healthy(url):
            if process.poll() is not None:
                raise RuntimeError(f"streamlit exited with {process.returncode}:\n{log.read_text()}")
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"streamlit did not answer /_stcore/health in {STARTUP_SECONDS} s:\n{log.read_text()}"
                )
            time.sleep(0.2)
        yield url
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=15)


def launch_chromium(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)


ARTICLE_TITLE = "Harbor city opens its first floating solar farm"
ARTICLE_PARAGRAPHS = (
    "The city of Port Aldren opened a floating solar farm on its northern reservoir on Thursday, the "
    "first project of its kind in the state, Mayor Elena Varga said.",
    "The Port Aldren farm holds 12,000 panels on a 9-hectare raft and will supply about 4,500 homes, "
    "according to the city's utility, Aldren Power.",
    "Construction began in March 2023 and cost $18 million, of which Aldren County paid $6 million through "
    "its clean energy fund.",
    "Engineer Tomas Lindqvist, who led the project, said water keeps solar panels cool, which makes "
    "floating panels about 10 percent more efficient than panels on land.",
    "The northern reservoir supplies drinking water to Port Aldren, and its floating panels also slow "
    "evaporation during the dry summer months, the utility said.",
    "Critics, including the Aldren Birdwatchers Society, had warned that a raft of 12,000 panels could "
    "disturb herons that nest along the shore. Port Aldren agreed to leave the eastern bank of the "
    "reservoir uncovered.",
    "Varga said a second farm is planned for the Millbrook reservoir by 2027.",
)
ARTICLE_TEXT = f"# {ARTICLE_TITLE}\n\n" + "\n\n".join(ARTICLE_PARAGRAPHS) + "\n"
"""A short news article for the generator, as Markdown: its facts are the items' answers."""
ARTICLE_HTML = f"""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{ARTICLE_TITLE} | The Coastal Courier</title>
<meta property="og:title" content="{ARTICLE_TITLE}">
<meta name="author" content="Maria Okafor">
<link rel="canonical" href="https://www.coastalcourier.example.com/2025/06/12/floating-solar-farm">
<script>alert('never run')</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>{ARTICLE_TITLE}</h1>
{"".join(f"<p>{paragraph}</p>" + chr(10) for paragraph in ARTICLE_PARAGRAPHS)}</article>
<footer>Copyright 2025 The Coastal Courier</footer>
</body>
</html>
"""
"""The same article as a news page, with the furniture around it."""

__all__ = [
    "ARTICLE_HTML",
    "ARTICLE_TEXT",
    "ARTICLE_TITLE",
    "ARTIFACTS",
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "REPO",
    "free_port",
    "launch_chromium",
    "streamlit_app",
]
