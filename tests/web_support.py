"""A real HTTP server on 127.0.0.1 for the fetch and feed tests: the corpus's news pages, files a test
writes (a feed), and the ways a server goes wrong (404, 50 MB, not HTML, slow, a redirect loop)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .conftest import REPO

CORPUS = REPO.parent / "shared" / "corpus"
PAGES = (
    "05_spacenews-nasa-adds-five-companies-to-commercial-l.html",
    "02_news-jose-mourinho-agrees-deal-to-replace-mau.html",
    "14_billboard-doobie-brothers-reunite-50th-anniversary.html",
)
"""Three short pages of the corpus (spaCy is quick on them) that each give at least four items."""
HUGE_BYTES = 50_000_000
SLOW_SECONDS = 4.0
_TYPES = {".xml": "application/rss+xml", ".atom": "application/atom+xml", ".html": "text/html"}


@dataclass
class WebServer:
    """The running server: its base URL, the folder whose files it serves under /site/, and the
    User-Agent of every request it was sent."""

    url: str
    site: Path
    agents: list[str] = field(default_factory=list)

    def corpus(self, page: str) -> str:
        return f"{self.url}/corpus/{page}"

    def feed(self, name: str, links: list[str], *, atom: bool = False) -> str:
        """Write a feed linking ``links`` under /site/ and give its URL."""
        if atom:
            entries = "".join(
                f"<entry><title>Story {n}</title><link href='{link}'/><id>{link}</id>"
                f"<updated>2019-11-{20 - n:02d}T08:00:00Z</updated></entry>"
                for n, link in enumerate(links)
            )
            text = (
                "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
                f"<title>Local news</title><id>{self.url}/</id><updated>2019-11-20T08:00:00Z</updated>"
                f"{entries}</feed>"
            )
        else:
            items = "".join(
                f"<item><title>Story {n}</title><link>{link}</link></item>" for n, link in enumerate(links)
            )
            text = (
                "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Local news</title>"
                f"<link>{self.url}/</link><description>Pages of the corpus</description>{items}</channel></rss>"
            )
        (self.site / name).write_text(text)
        return f"{self.url}/site/{name}"


class _Handler(BaseHTTPRequestHandler):
    server_version = "TestServer"
    web: WebServer

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests read what they need from ``WebServer``."""

    def do_GET(self) -> None:
        self.web.agents.append(self.headers.get("User-Agent", ""))
        path = self.path.split("?")[0]
        if path.startswith("/corpus/"):
            self._file(CORPUS / path.removeprefix("/corpus/"))
        elif path.startswith("/site/"):
            self._file(self.web.site / path.removeprefix("/site/"))
        elif path.startswith("/moved/"):
            self._redirect("/corpus/" + path.removeprefix("/moved/"))
        elif path == "/loop":
            self._redirect("/loop")
        elif path == "/to-another-host":
            port = self.server.server_address[1]
            self._redirect(f"http://127.0.0.2:{port}/corpus/{PAGES[0]}")
        elif path == "/data.json":
            self._send(b'{"not": "a page"}', "application/json")
        elif path in {"/huge", "/huge-declared"}:
            self._huge(declared=path == "/huge-declared")
        elif path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(b"<html><body><p>Late.</p></body></html>", "text/html")
        else:
            self.send_error(404)

    def _file(self, path: Path) -> None:
        if ".." in path.parts or not path.is_file():
            self.send_error(404)
            return
        self._send(path.read_bytes(), _TYPES.get(path.suffix, "application/octet-stream"))

    def _send(self, body: bytes, content_type: str) -> None:
        """The body, unless the client has gone: the slow page's client gives up before it is sent,
        and the server's traceback would land in whatever test's stderr is captured then."""
        try:
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _huge(self, *, declared: bool) -> None:
        """50 MB of HTML; without a length the body runs until the connection closes."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        if declared:
            self.send_header("Content-Length", str(HUGE_BYTES))
        self.end_headers()
        chunk = b"<p>" + b"news " * 13_000 + b"</p>\n"
        try:
            for _ in range(HUGE_BYTES // len(chunk)):
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass


@contextmanager
def web_server(site: Path) -> Iterator[WebServer]:
    """Serve on a free port of 127.0.0.1 until the block ends."""
    site.mkdir(parents=True, exist_ok=True)
    handler = type("Handler", (_Handler,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    web = WebServer(url=f"http://127.0.0.1:{server.server_address[1]}", site=site)
    handler.web = web
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield web
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


__all__ = ["CORPUS", "HUGE_BYTES", "PAGES", "SLOW_SECONDS", "WebServer", "web_server"]
