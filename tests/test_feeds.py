"""Feeds: RSS and Atom read by feedparser, each linked article fetched from a real server on 127.0.0.1,
its items put into a deck; an article already in the bank is skipped, so a second run adds nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.batch import Job, KnownArticles, Loaded, generate_batched, link_job
from generator.feeds import FeedLink, parse_feed, read_feed, unique
from generator.fetch import ALLOW_PRIVATE_ENV, FetchError, FetchPolicy
from questions.bank import load_bank

from .app_support import click, generated, plain, run
from .generator_support import run_cli
from .web_support import PAGES, WebServer, web_server

POLICY = FetchPolicy(timeout=5.0)


@pytest.fixture
def web(tmp_path: Path) -> Iterator[WebServer]:
    with web_server(tmp_path / "site") as server:
        yield server


@pytest.mark.parametrize("atom", [False, True], ids=["rss", "atom"])
def test_a_feed_gives_its_links_in_order_up_to_the_limit(web: WebServer, atom: bool) -> None:
    links = [web.corpus(page) for page in PAGES]
    feed = web.feed("feed.xml", links, atom=atom)
    assert [link.url for link in read_feed(feed, policy=POLICY)] == links
    assert [link.url for link in read_feed(feed, policy=POLICY, limit=2)] == links[:2]


def test_relative_links_are_resolved_and_other_schemes_dropped() -> None:
    rss = (
        b"<rss version='2.0'><channel><title>T</title>"
        b"<item><link>/news/one.html</link></item>"
        b"<item><link>javascript:alert(1)</link></item>"
        b"<item><link>https://example.org/two.html</link></item>"
        b"</channel></rss>"
    )
    links = parse_feed(rss, url="https://example.org/feeds/all.xml")
    assert [link.url for link in links] == [
        "https://example.org/news/one.html",
        "https://example.org/two.html",
    ]


def test_a_page_that_is_not_a_feed_is_one_clear_line(web: WebServer) -> None:
    with pytest.raises(FetchError, match=r"^this is not an RSS or Atom feed$"):
        read_feed(web.corpus(PAGES[0]), policy=POLICY)


def test_an_article_in_two_feeds_is_read_once() -> None:
    one, two = (FeedLink(url=f"https://example.org/{n}", title="", feed="f") for n in (1, 2))
    assert unique([one, two, one]) == [one, two]


def page_job(url: str) -> Job:
    return link_job(url, policy=POLICY)


@pytest.mark.model
def test_one_failing_article_is_reported_and_the_others_go_on(web: WebServer) -> None:
    jobs = [page_job(f"{web.url}/missing.html"), page_job(web.corpus(PAGES[0]))]
    settled: list[str] = []
    outcomes = generate_batched(
        jobs, limit=3, known=KnownArticles(), on_outcome=lambda o: settled.append(o.name)
    )
    assert outcomes[0].error == "the server answered 404 Not Found" and not outcomes[0].items
    assert outcomes[1].error is None and len(outcomes[1].items) == 3
    assert sorted(settled) == sorted(job.name for job in jobs)


@pytest.mark.model
def test_an_article_met_twice_or_known_by_its_address_is_skipped(web: WebServer) -> None:
    known = KnownArticles(urls={web.corpus(PAGES[1])})
    jobs = [
        page_job(web.corpus(PAGES[0])),
        page_job(f"{web.url}/moved/{PAGES[0]}"),
        page_job(web.corpus(PAGES[1])),
    ]
    outcomes = generate_batched(jobs, limit=2, known=known)
    assert [(bool(outcome.items), outcome.known) for outcome in outcomes] == [
        (True, False),
        (False, True),
        (False, True),
    ]
    assert len(web.agents) == 3, "the known link was not fetched: one page, one redirect and its target"


@pytest.mark.model
def test_a_feed_fills_a_deck_and_a_second_run_adds_nothing(web: WebServer, tmp_path: Path) -> None:
    feed = web.feed("feed.xml", [web.corpus(page) for page in PAGES])
    bank = tmp_path / "bank"
    command = ("--feed", feed, "--deck", "Local news", "--bank", str(bank), "--limit", "3")
    first = run_cli(*command)
    assert first.exit_code == 0, first.stderr
    assert "3 new article(s), 0 already in the bank, 0 failed" in first.stderr
    deck = load_bank(bank).entry("local-news").deck
    assert deck.name == "Local news" and len(deck.questions) == 9
    assert len({question.source.article_id for question in deck.questions if question.source}) == 3
    written = (bank / "local-news.yaml").read_bytes()
    second = run_cli(*command)
    assert second.exit_code == 0, second.stderr
    assert "0 new article(s), 3 already in the bank, 0 failed" in second.stderr
    assert (bank / "local-news.yaml").read_bytes() == written
    assert sorted(path.name for path in bank.glob("*.yaml")) == ["local-news.yaml"]


@pytest.mark.model
def test_a_broken_feed_is_reported_and_the_other_feeds_go_on(web: WebServer, tmp_path: Path) -> None:
    feed = web.feed("feed.xml", [web.corpus(PAGES[0]), f"{web.url}/missing.html"])
    result = run_cli(
        "--feed", f"{web.url}/missing.xml", "--feed", feed, "--limit", "2", "--bank", str(tmp_path / "bank")
    )
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {web.url}/missing.xml: the server answered 404 Not Found",
        f"error: {web.url}/missing.html: the server answered 404 Not Found",
    ]
    assert "1 new article(s), 0 already in the bank, 2 failed" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout.count('"id"') == 2


# The Generate page's Feeds section


@pytest.mark.model
def test_the_feeds_section_brings_new_articles_to_review_then_skips_them(
    quiz_env: dict[str, Path], web: WebServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")
    feed = web.feed("feed.xml", [web.corpus(PAGES[0]), f"{web.url}/missing.html", web.corpus(PAGES[1])])
    before = sorted(path.name for path in quiz_env["bank"].iterdir())
    at = run("generate", **{"generate-limit": 2})
    at.text_area(key="generate-feeds").input(feed)
    click(at, "Read the feeds")
    items = generated(at)
    assert len(items) == 4 and len({item.source.article_id for item in items if item.source}) == 2
    assert [plain(error.value) for error in at.error] == [
        f"Some could not be read:  \n{web.url}/missing.html: the server answered 404 Not Found."
    ]
    assert sorted(path.name for path in quiz_env["bank"].iterdir()) == before, (
        "nothing written before acceptance"
    )
    at.text_input(key="generate-deck-name").input("Local news").run()
    click(at, "Accept all (4)")
    assert len(load_bank(quiz_env["bank"]).entry("local-news").deck.questions) == 4
    click(at, "Read the feeds")
    assert plain(at.error[0].value).startswith(
        "No new article in these feeds (3 found, 2 already in the bank)."
    )


def test_the_feeds_section_asks_for_a_feed_first(quiz_env: dict[str, Path]) -> None:
    at = click(run("generate"), "Read the feeds")
    assert [plain(error.value) for error in at.error] == [
        "Give the address of at least one RSS or Atom feed, one a line."
    ]


@pytest.mark.model
def test_an_article_the_generator_fails_on_costs_that_article_only(web: WebServer) -> None:
    not_text = Job(name="broken", load=lambda: Loaded(content=12345))  # type: ignore[arg-type]
    outcomes = generate_batched([page_job(web.corpus(PAGES[0])), not_text], limit=2)
    assert len(outcomes[0].items) == 2
    assert outcomes[1].error is not None and outcomes[1].error.startswith(
        "the generator failed on this article ("
    )
