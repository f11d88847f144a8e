"""Articles from the web against the same articles from files, and batching against one by one.

The 49 news pages of ``../shared/corpus/`` are served by a local HTTP server (``http.server`` on
127.0.0.1, started here), and go through ``generate_batched`` as ``python -m generator`` runs them:

- **From the web / from files**: wall time of the 49 pages fetched from the server, over the same
  pages read from files first. Fetching runs in threads while earlier pages go through spaCy, so
  the web costs little more than the files. Target: at most 1.15 times as long.
- **One by one / batched**: the files through ``generate()`` one at a time (what the command line
  did before), over the batched run. No target: it measured 1.00 (and 0.98 with a page the
  generator fails on, whose batch is then run again article by article). An article's paragraphs
  already go through spaCy as one batch, so batching across articles gains nothing measurable with
  the small model; what the batch run buys is fetching in threads while spaCy parses.
- **Fetch alone**: the 49 fetches with nothing else running, to read beside the difference above.

The model is loaded before timing; each figure is the best of ``REPEATS`` runs, the sides taking turns.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from benchmarks._figure import Figure
from benchmarks._timing import best_times
from generator.analysis import load_model
from generator.batch import LOADERS, Job, Loaded, generate_batched, link_job
from generator.fetch import FetchPolicy, fetch_page
from generator.pipeline import generate

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
LIMIT = 10
REPEATS = 2


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """No line per request on the benchmark's output."""


@contextmanager
def corpus_server() -> Iterator[str]:
    """The corpus served on a free port of 127.0.0.1; yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(CORPUS)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _file_job(path: Path) -> Job:
    return Job(name=path.name, load=lambda: Loaded(content=path.read_bytes()))


def _one_by_one(pages: list[Path]) -> None:
    """As the command line did: an unusable page (or one the generator fails on) is passed over."""
    for path in pages:
        with suppress(Exception):
            generate(path.read_bytes(), limit=LIMIT)


def run() -> list[Figure]:
    load_model()
    pages = sorted(CORPUS.glob("*.html"))
    policy = FetchPolicy.for_cli()
    with corpus_server() as base:
        urls = [f"{base}/{path.name}" for path in pages]

        def fetch_all() -> None:
            with ThreadPoolExecutor(max_workers=LOADERS) as pool:
                list(pool.map(lambda url: fetch_page(url, policy=policy), urls))

        files_time, web_time, single_time, fetch_time = best_times(
            [
                lambda: generate_batched([_file_job(path) for path in pages], limit=LIMIT),
                lambda: generate_batched([link_job(url, policy=policy) for url in urls], limit=LIMIT),
                lambda: _one_by_one(pages),
                fetch_all,
            ],
            repeats=REPEATS,
        )
    count = len(pages)
    return [
        Figure(f"{count} pages from files, batched", files_time, "s"),
        Figure(f"{count} pages from a local server, batched", web_time, "s"),
        Figure("from the web / from files", web_time / files_time, "x", "<= 1.15"),
        Figure(f"{count} pages from files, one generate() each", single_time, "s"),
        Figure("one by one / batched", single_time / files_time, "x"),
        Figure(f"fetching the {count} pages alone", fetch_time, "s"),
    ]


__all__ = ["run"]
