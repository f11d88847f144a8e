"""RSS and Atom feeds (read by feedparser): the links of a feed's newest articles."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from generator.fetch import FetchError, FetchPolicy, check_url, fetch_feed


@dataclass(frozen=True)
class FeedLink:
    """One article a feed links to."""

    url: str
    title: str
    feed: str


def parse_feed(content: bytes, *, url: str, limit: int | None = None) -> list[FeedLink]:
    """The http(s) article links of a feed, in the feed's order (newest first, as feeds list them),
    at most ``limit``. Relative links are resolved against ``url``. Raises FetchError for a
    document that is not a feed."""
    import feedparser

    parsed = feedparser.parse(content, response_headers={"content-location": url})
    if not parsed.entries and (parsed.bozo or not parsed.version):
        raise FetchError("this is not an RSS or Atom feed")
    links: list[FeedLink] = []
    for entry in parsed.entries:
        link = str(entry.get("link") or "").strip()
        try:
            link = check_url(link)
        except FetchError:
            continue
        links.append(FeedLink(url=link, title=str(entry.get("title") or "").strip(), feed=url))
        if limit is not None and len(links) >= limit:
            break
    return links


def read_feed(url: str, *, policy: FetchPolicy, limit: int | None = None) -> list[FeedLink]:
    """Fetch a feed and give its article links (see ``parse_feed``). Raises FetchError."""
    fetched = fetch_feed(url, policy=policy)
    return parse_feed(fetched.content, url=fetched.url, limit=limit)


def read_feeds(
    urls: Iterable[str], *, policy: FetchPolicy, limit: int | None = None
) -> tuple[list[FeedLink], list[tuple[str, FetchError]]]:
    """The article links of every feed, each article once, and each feed that failed with its error:
    one broken feed does not stop the others."""
    links: list[FeedLink] = []
    failed: list[tuple[str, FetchError]] = []
    for url in urls:
        try:
            links += read_feed(url, policy=policy, limit=limit)
        except FetchError as error:
            failed.append((url, error))
    return unique(links), failed


def unique(links: Iterable[FeedLink]) -> list[FeedLink]:
    """Each article once, in order, when several feeds link to it."""
    seen: set[str] = set()
    kept: list[FeedLink] = []
    for link in links:
        if link.url not in seen:
            seen.add(link.url)
            kept.append(link)
    return kept


__all__ = ["FeedLink", "parse_feed", "read_feed", "read_feeds", "unique"]
