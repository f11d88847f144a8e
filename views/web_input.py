"""The Generate page's articles from the web: a Link field beside the upload and paste fields, and a
Feeds section. Both make a request that the page runs like any other (``generate_for``), so the
items come back for review and nothing is written before the learner accepts them. The fetch runs
in the server's process, so it keeps to public addresses (generator.fetch, ``FetchPolicy.for_app``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

import app
from questions.question import Kind, Question

LINK = "generate-link"
FEEDS = "generate-feeds"
FEED_LIMIT = "generate-feed-limit"
DEFAULT_FEED_LIMIT = 5


def link() -> str:
    return str(st.session_state.get(LINK) or "").strip()


def link_field() -> None:
    st.text_input("…or give its link", key=LINK, placeholder="https://…")


def on_read_feeds() -> None:
    state = st.session_state
    feeds = [line.strip() for line in str(state.get(FEEDS) or "").splitlines() if line.strip()]
    if not feeds:
        state["generate_error"] = "Give the address of at least one RSS or Atom feed, one a line."
        return
    state["generate_request"] = {
        "feeds": feeds,
        "feed_limit": int(state.get(FEED_LIMIT) or DEFAULT_FEED_LIMIT),
        "limit": int(state.get("generate-limit") or 20),
        "kinds": [Kind(kind) for kind in state.get("generate-kinds") or []] or None,
    }
    state["generate_error"] = None


def feeds_section() -> None:
    st.text_area(
        "Feeds (RSS or Atom), one a line",
        key=FEEDS,
        height=90,
        placeholder="https://example.com/news/rss.xml",
        help="Each feed's newest articles are read; an article already in the bank is skipped.",
    )
    st.number_input("Articles per feed", min_value=1, max_value=50, value=DEFAULT_FEED_LIMIT, key=FEED_LIMIT)
    st.caption("Each article gives at most the number of items set under Article, in the same kinds.")
    st.button("Read the feeds", on_click=on_read_feeds, icon=":material/rss_feed:")


def generate_for(
    request: dict[str, Any], generate: Callable[..., tuple[list[Question], list[str]]]
) -> tuple[list[Question], list[str]]:
    """The items a request asks for (from its link, its feeds, or its own text) and what ingest
    cut from the article. Raises ArticleError (FetchError for a link that gives no page) when
    there is nothing to review."""
    from generator.batch import with_page_url
    from generator.fetch import FetchPolicy, fetch_page

    options = {"limit": request["limit"], "kinds": request["kinds"]}
    if request.get("feeds"):
        return _from_feeds(request["feeds"], feed_limit=request["feed_limit"], **options), []
    published = request.get("published")  # for an article without its own date; a page's own wins
    if request.get("url"):
        page = fetch_page(request["url"], policy=FetchPolicy.for_app())
        made, warnings = generate(page.content, published=published, **options)
        return with_page_url(made, page.url), warnings
    made, warnings = generate(request["source"], filename=request["filename"], published=published, **options)
    return made, warnings


def _from_feeds(feeds: list[str], *, feed_limit: int, limit: int, kinds: list[Kind] | None) -> list[Question]:
    """Every new article of the feeds, with a progress bar; what failed is kept for the page to show."""
    from generator.batch import KnownArticles, Outcome, generate_batched, link_job
    from generator.errors import ArticleError
    from generator.feeds import read_feeds
    from generator.fetch import FetchPolicy

    policy = FetchPolicy.for_app()
    links, broken = read_feeds(feeds, policy=policy, limit=feed_limit)
    problems = [f"{url}: {error}" for url, error in broken]
    jobs = [link_job(link.url, policy=policy) for link in links]
    bar = st.progress(0.0, text=f"0 of {len(jobs)} articles")
    done: list[Outcome] = []

    def advance(outcome: Outcome) -> None:
        done.append(outcome)
        bar.progress(len(done) / len(jobs), text=f"{len(done)} of {len(jobs)} articles")

    outcomes = generate_batched(
        jobs,
        limit=limit,
        kinds=kinds,
        now=app.now(),
        known=KnownArticles.of(app.current_bank()),
        on_outcome=advance,
    )
    problems += [f"{outcome.name}: {outcome.error}" for outcome in outcomes if outcome.error]
    known = sum(outcome.known for outcome in outcomes)
    items = [item for outcome in outcomes for item in outcome.items]
    if not items:
        said = f"{known} already in the bank" if known else "none could be read"
        raise ArticleError(
            "\n".join([f"No new article in these feeds ({len(jobs)} found, {said}).", *problems])
        )
    if problems:
        st.session_state["generate_error"] = "\n".join(["Some could not be read:", *problems])
    return items


__all__ = ["feeds_section", "generate_for", "link", "link_field", "on_read_feeds"]
