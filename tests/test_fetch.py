"""Reading an article from a link: a real HTTP server on 127.0.0.1, its limits, its errors, and the
app's rule against private addresses."""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from generator.batch import Job, Loaded, generate_batched
from generator.fetch import (
    ALLOW_PRIVATE_ENV,
    MAX_BYTES,
    USER_AGENT,
    FetchError,
    FetchPolicy,
    fetch_page,
    is_public,
)
from generator.pipeline import generate
from questions.bank import load_bank
from questions.question import Question

from .app_support import click, generated, plain, run
from .browser_pages import click_until
from .browser_support import ARTICLE_HTML, streamlit_app
from .generator_support import run_cli
from .web_support import CORPUS, PAGES, SLOW_SECONDS, WebServer, web_server

QUICK = FetchPolicy(timeout=2.0)


@pytest.fixture
def web(tmp_path: Path) -> Iterator[WebServer]:
    with web_server(tmp_path / "site") as server:
        yield server


def test_a_page_is_fetched_whole_with_the_apps_user_agent(web: WebServer) -> None:
    page = fetch_page(web.corpus(PAGES[0]), policy=QUICK)
    assert page.content == (CORPUS / PAGES[0]).read_bytes()
    assert page.media_type == "text/html" and page.url == web.corpus(PAGES[0])
    assert web.agents == [USER_AGENT] and USER_AGENT.startswith("newsquiz/")


def test_a_redirect_is_followed_and_the_final_address_kept(web: WebServer) -> None:
    page = fetch_page(f"{web.url}/moved/{PAGES[1]}", policy=QUICK)
    assert page.url == web.corpus(PAGES[1]) and page.content == (CORPUS / PAGES[1]).read_bytes()


@pytest.mark.parametrize(
    ("path", "fragment"),
    [
        ("/missing.html", "the server answered 404 Not Found"),
        ("/huge", f"the page is larger than {MAX_BYTES / 1e6:.1f} MB, the most that is read"),
        ("/huge-declared", "the page is larger than 2.0 MB, the most that is read (50.0 MB)"),
        ("/data.json", "the link gives application/json, not a web page (HTML)"),
        ("/slow", "timed out: the server took more than 2 s to answer"),
        ("/loop", "too many redirects (more than 5)"),
    ],
    ids=["404", "50-MB", "50-MB-declared", "not-html", "slow", "redirect-loop"],
)
def test_each_failure_is_one_clear_line(web: WebServer, path: str, fragment: str) -> None:
    assert QUICK.timeout < SLOW_SECONDS
    with pytest.raises(FetchError) as raised:
        fetch_page(web.url + path, policy=QUICK)
    assert str(raised.value) == fragment


def test_an_unreachable_server_is_one_clear_line(web: WebServer) -> None:
    closed = web.url.rsplit(":", 1)[0] + ":9"  # the discard port: nothing listens there
    with pytest.raises(FetchError, match=r"^cannot reach 127\.0\.0\.1: ") as raised:
        fetch_page(closed + "/page.html", policy=QUICK)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("file:///etc/passwd", "this one's scheme is 'file:'"),
        ("ftp://example.com/a.html", "this one's scheme is 'ftp:'"),
        ("javascript:alert(1)", "this one's scheme is 'javascript:'"),
        ("www.example.com/story", "this one's scheme is none"),
        ("http:///story", "names no host"),
    ],
)
def test_only_http_and_https_links_are_read(url: str, fragment: str) -> None:
    with pytest.raises(FetchError, match=fragment):
        fetch_page(url, policy=FetchPolicy.for_cli())


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True),
        ("2606:4700::1111", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fd00::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:10.0.0.1", False),
    ],
)
def test_the_app_reaches_only_public_addresses(address: str, public: bool) -> None:
    assert is_public(ipaddress.ip_address(address)) is public


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_the_app_refuses_a_local_server_by_address_or_by_name(
    web: WebServer, host: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ALLOW_PRIVATE_ENV, raising=False)
    url = web.corpus(PAGES[0]).replace("127.0.0.1", host)
    with pytest.raises(FetchError, match=rf"^{host} is at a private or local address \("):
        fetch_page(url, policy=FetchPolicy.for_app())
    assert web.agents == [], "refused before any request was sent"


def test_the_setting_lets_the_app_reach_a_local_server(
    web: WebServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")
    assert fetch_page(web.corpus(PAGES[0]), policy=FetchPolicy.for_app()).content


def test_the_address_rule_is_checked_again_after_a_redirect(web: WebServer) -> None:
    only_this_server = FetchPolicy(timeout=2.0, refuses=lambda address: str(address) != "127.0.0.1")
    with pytest.raises(FetchError, match=r"^127\.0\.0\.2 is at a private or local address \(127\.0\.0\.2\)"):
        fetch_page(f"{web.url}/to-another-host", policy=only_this_server)
    assert len(web.agents) == 1, "the first hop was allowed and sent"


@pytest.mark.model
def test_a_page_link_gives_the_same_items_as_the_saved_page(web: WebServer) -> None:
    result = run_cli(str(CORPUS / PAGES[1]), web.corpus(PAGES[1]), "--limit", "4")
    assert result.exit_code == 0, result.stderr
    items = [Question.model_validate(item) for item in json.loads(result.stdout)]
    half = len(items) // 2
    from_file, from_link = items[:half], items[half:]
    assert 2 <= len(from_link) <= 4 and from_link == from_file
    assert all(item.source and item.source.url and "news.sky.com" in item.source.url for item in from_link)


def test_a_link_that_fails_is_one_error_line_and_exit_code_2(web: WebServer) -> None:
    result = run_cli(f"{web.url}/missing.html")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {web.url}/missing.html: the server answered 404 Not Found"
    assert json.loads(result.stdout) == []


# The Generate page's Link field


@pytest.mark.model
def test_the_link_field_fetches_the_page_for_review(
    quiz_env: dict[str, Path], web: WebServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")
    before = sorted(path.name for path in quiz_env["bank"].iterdir())
    at = run("generate", **{"generate-limit": 4})
    at.text_input(key="generate-link").input(web.corpus(PAGES[1]))
    items = generated(click(at, "Generate quiz items"))
    assert [item.id for item in items] == [
        item.id for item in generate((CORPUS / PAGES[1]).read_bytes(), filename=PAGES[1], limit=4)
    ]
    assert all(item.source and item.source.url and "news.sky.com" in item.source.url for item in items)
    assert sorted(path.name for path in quiz_env["bank"].iterdir()) == before, (
        "nothing written before acceptance"
    )
    assert not at.error


@pytest.mark.model
def test_the_link_field_says_why_a_link_gives_no_page(
    quiz_env: dict[str, Path], web: WebServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")
    at = run("generate")
    at.text_input(key="generate-link").input(f"{web.url}/data.json")
    click(at, "Generate quiz items")
    assert [plain(error.value) for error in at.error] == [
        "The link gives application/json, not a web page (HTML)."
    ]
    assert generated(at) == []


@pytest.mark.model
def test_the_link_field_keeps_to_public_addresses_by_default(
    quiz_env: dict[str, Path], web: WebServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ALLOW_PRIVATE_ENV, raising=False)
    at = run("generate")
    at.text_input(key="generate-link").input(web.corpus(PAGES[1]))
    click(at, "Generate quiz items")
    assert "127.0.0.1 is at a private or local address" in plain(at.error[0].value)
    assert web.agents == [] and generated(at) == []


@pytest.mark.model
@pytest.mark.browser
def test_a_link_in_the_browser_gives_items_to_accept(
    browser: Browser, web: WebServer, bank_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")
    with streamlit_app(
        bank=bank_folder, db=tmp_path / "progress.sqlite3", log=tmp_path / "streamlit.log"
    ) as url:
        page = browser.new_context(viewport={"width": 1100, "height": 1000}).new_page()
        page.set_default_timeout(30_000)
        page.goto(f"{url}/generate")
        field = page.get_by_label("…or give its link")
        field.fill(web.corpus(PAGES[1]))
        field.press("Enter")
        accept_all = page.get_by_role("button", name=re.compile(r"Accept all \(\d+\)"))
        click_until(
            page.get_by_role("button", name="Generate quiz items"),
            page.get_by_text("Generating quiz items").or_(accept_all),
        )
        expect(accept_all).to_be_visible(timeout=120_000)
        assert web.agents == [USER_AGENT], "the server fetched the page once, the browser never"
        name = page.get_by_label("New deck name")
        name.fill("From a link")
        name.press("Enter")
        click_until(accept_all, page.get_by_text(re.compile(r"^Added \d+ items? to From a link\.")))
        page.context.close()
    saved = load_bank(bank_folder).entry("from-a-link").deck.questions
    assert saved and all(
        item.source and item.source.url and "news.sky.com" in item.source.url for item in saved
    )


@pytest.mark.model
def test_a_page_without_a_canonical_link_is_sourced_at_its_address_and_its_script_never_runs(
    web: WebServer,
) -> None:
    page = re.sub(r"<link rel=\"canonical\"[^>]*>\n", "", ARTICLE_HTML)
    assert "canonical" not in page and "<script>" in page
    (web.site / "solar.html").write_text(page)
    url = f"{web.url}/site/solar.html"
    [outcome] = generate_batched(
        [Job(name=url, load=lambda: Loaded(content=fetch_page(url, policy=QUICK).content, url=url))], limit=4
    )
    local = generate(page.encode(), filename="solar.html", limit=4)
    assert outcome.items and [item.prompt for item in outcome.items] == [item.prompt for item in local]
    assert all(item.source and item.source.url == url for item in outcome.items)
    assert not [
        text
        for item in outcome.items
        for text in (item.prompt, item.answer_text, *item.choices)
        if "alert" in text
    ]


def test_a_host_name_that_resolves_to_nothing_is_one_clear_line() -> None:
    with pytest.raises(FetchError, match=r"^cannot find the server 'no-such-host\.invalid'$"):
        fetch_page("http://no-such-host.invalid/story.html", policy=QUICK)
