"""Fetching a page or a feed over HTTP(S) with httpx, within limits, each failure one line for the user.

Only ``http`` and ``https``; redirects followed up to a limit; a timeout for the whole fetch; no more
read than ingest uses; a User-Agent that names the app. Nothing on the page runs: its bytes go to
ingest, which keeps text only.

The app fetches from inside the server's process, so there a link may not point into the network the
server runs in: ``FetchPolicy.for_app()`` refuses private, loopback, link-local and other non-public
addresses, checked on the resolved name before each request (every redirect included) and again on the
address actually connected to, before anything is read. ``QUIZ_ALLOW_PRIVATE_URLS=1`` lifts the rule.
The command line, run by a person on their own machine, fetches any http(s) address.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import ssl
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import httpx

from generator.errors import ArticleError
from generator.ingest import MAX_CHARS, RAW_CHARS_PER_TEXT_CHAR

ALLOW_PRIVATE_ENV = "QUIZ_ALLOW_PRIVATE_URLS"
USER_AGENT = "newsquiz/0.1 (a quiz and flashcard app that learns from the news; python-httpx)"
MAX_BYTES = MAX_CHARS * RAW_CHARS_PER_TEXT_CHAR
"""The most bytes read from one response: what ingest reads of a page at most."""
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+xml",
        # Many sites serve their feed as HTML or plain text; feedparser tells a feed from a page.
        "text/html",
        "text/plain",
    }
)
SCHEMES = frozenset({"http", "https"})

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class FetchError(ArticleError):
    """A link that gave no page to read; ``str(error)`` says why, in one line."""


def is_public(address: IPAddress) -> bool:
    """Whether an address is on the public internet: not private, loopback, link-local, shared
    (CGNAT), reserved, unspecified or multicast. An IPv4 address written as IPv6 counts as itself."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


@dataclass(frozen=True)
class FetchPolicy:
    """The limits of one fetch. ``refuses`` names the addresses not to connect to (None: any)."""

    timeout: float = 20.0
    max_bytes: int = MAX_BYTES
    max_redirects: int = 5
    refuses: Callable[[IPAddress], bool] | None = None

    @classmethod
    def for_cli(cls) -> FetchPolicy:
        return cls()

    @classmethod
    def for_app(cls) -> FetchPolicy:
        allowed = os.environ.get(ALLOW_PRIVATE_ENV, "").strip().lower() in {"1", "true", "yes"}
        return cls(refuses=None if allowed else _not_public)


def _not_public(address: IPAddress) -> bool:
    return not is_public(address)


@dataclass(frozen=True)
class Fetched:
    """A response's body, the address it came from after redirects, and its media type."""

    url: str
    content: bytes
    media_type: str


class _Refused(Exception):
    """Raised inside httpx's event hooks; turned into a FetchError by ``fetch``."""


def check_url(url: str) -> str:
    """``url`` stripped, when it is an http(s) address with a host; else a FetchError."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        raise FetchError(f"{url!r} is not a web address") from None
    if parts.scheme.lower() not in SCHEMES:
        shown = f"'{parts.scheme}:'" if parts.scheme else "none"
        raise FetchError(f"only http: and https: links can be read (this one's scheme is {shown})")
    if not parts.hostname:
        raise FetchError(f"{url!r} names no host")
    return url


def _addresses(host: str, port: int) -> list[IPAddress]:
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise _Refused(f"cannot find the server {host!r}") from None
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in found]


def _private(host: str, address: IPAddress) -> str:
    return f"{host} is at a private or local address ({address}), which the app does not fetch"


def _guard(refuses: Callable[[IPAddress], bool] | None) -> dict[str, list[Callable[..., Any]]]:
    """httpx event hooks run on every request, redirects included: the name is resolved first (so a
    name that resolves to nothing gets its own message), and with ``refuses``, no refused address
    is connected to or read from."""

    def before(request: httpx.Request) -> None:
        scheme = request.url.scheme
        if scheme not in SCHEMES:
            raise _Refused(f"only http: and https: links can be read (a redirect went to {scheme}:)")
        host = request.url.host
        for address in _addresses(host, request.url.port or (443 if scheme == "https" else 80)):
            if refuses is not None and refuses(address):
                raise _Refused(_private(host, address))

    def after(response: httpx.Response) -> None:
        if refuses is None:
            return
        stream = response.extensions.get("network_stream")
        peer = stream.get_extra_info("server_addr") if stream is not None else None
        if peer is None:
            raise _Refused("cannot tell which address the server is at, so the app does not read it")
        address = ipaddress.ip_address(str(peer[0]).split("%")[0])
        if refuses(address):
            raise _Refused(_private(response.url.host, address))

    return {"request": [before], "response": [after]}


@cache
def _tls() -> ssl.SSLContext:
    """One TLS context for every fetch: building one (as each new httpx.Client does) takes 0.1 s."""
    import certifi

    return ssl.create_default_context(cafile=certifi.where())


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _media_type(response: httpx.Response) -> str:
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def _read(response: httpx.Response, *, policy: FetchPolicy, deadline: float) -> bytes:
    declared = response.headers.get("content-length", "")
    too_large = f"the page is larger than {_megabytes(policy.max_bytes)}, the most that is read"
    if declared.isdigit() and int(declared) > policy.max_bytes:
        raise FetchError(f"{too_large} ({_megabytes(int(declared))})")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > policy.max_bytes:
            raise FetchError(too_large)
        if time.monotonic() > deadline:
            raise FetchError(f"timed out: the server took more than {policy.timeout:g} s to send the page")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(url: str, *, policy: FetchPolicy, accept: Collection[str] = PAGE_TYPES) -> Fetched:
    """GET ``url`` within ``policy``; a body whose media type is not in ``accept`` is refused
    (a response without one is let through, for ingest to judge). Raises FetchError."""
    url = check_url(url)
    deadline = time.monotonic() + policy.timeout
    try:
        with (
            httpx.Client(
                verify=_tls(),
                follow_redirects=True,
                max_redirects=policy.max_redirects,
                timeout=policy.timeout,
                headers={"User-Agent": USER_AGENT, "Accept": ", ".join(sorted(accept)) + ", */*;q=0.1"},
                event_hooks=_guard(policy.refuses),
                # The app's rule checks the address connected to: a proxy would hide it.
                trust_env=policy.refuses is None,
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                status = f"{response.status_code} {response.reason_phrase}".strip()
                raise FetchError(f"the server answered {status}")
            media_type = _media_type(response)
            if media_type and media_type not in accept:
                wanted = "a web page (HTML)" if accept == PAGE_TYPES else "a feed"
                raise FetchError(f"the link gives {media_type}, not {wanted}")
            content = _read(response, policy=policy, deadline=deadline)
            return Fetched(url=str(response.url), content=content, media_type=media_type)
    except _Refused as refused:
        raise FetchError(str(refused)) from None
    except httpx.TooManyRedirects:
        raise FetchError(f"too many redirects (more than {policy.max_redirects})") from None
    except httpx.TimeoutException:
        raise FetchError(f"timed out: the server took more than {policy.timeout:g} s to answer") from None
    except httpx.UnsupportedProtocol:
        raise FetchError("only http: and https: links can be read (a redirect went elsewhere)") from None
    except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError) as error:
        host = urlsplit(url).hostname
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise FetchError(f"cannot reach {host}: {reason}") from None
    except httpx.HTTPError as error:
        raise FetchError(f"the page could not be fetched: {type(error).__name__}: {error}") from None


def fetch_page(url: str, *, policy: FetchPolicy) -> Fetched:
    """A web page for ingest."""
    return fetch(url, policy=policy, accept=PAGE_TYPES)


def fetch_feed(url: str, *, policy: FetchPolicy) -> Fetched:
    """An RSS or Atom feed for feedparser."""
    return fetch(url, policy=policy, accept=FEED_TYPES)


__all__ = [
    "ALLOW_PRIVATE_ENV",
    "FEED_TYPES",
    "MAX_BYTES",
    "PAGE_TYPES",
    "USER_AGENT",
    "FetchError",
    "FetchPolicy",
    "Fetched",
    "check_url",
    "fetch",
    "fetch_feed",
    "fetch_page",
    "is_public",
]
