"""The Generate page run with AppTest: an article in, items reviewed, edited and accepted into a
deck; spaCy loaded by this page only."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from questions.bank import load_bank
from questions.question import Kind
from views.widgets import answer_shown

from .app_support import (
    APP,
    click,
    generated,
    generated_items,
    page_text,
    plain,
    run,
    upload_and_generate,
)
from .browser_support import ARTICLE_HTML, ARTICLE_TEXT, ARTICLE_TITLE
from .conftest import REPO

# spaCy stays out of every page but Generate


def test_only_the_generate_page_loads_spacy(quiz_env: dict[str, Path]) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from streamlit.testing.v1 import AppTest
        at = AppTest.from_file({APP!r}, default_timeout=60).run()
        for page in ("quiz", "review", "progress", "bank", "export"):
            at.switch_page(f"views/{{page}}.py").run()
            assert not at.exception, (page, at.exception)
        import app, views.widgets, questions.quiz, questions.choosing, questions.question_form, questions.rating_buttons, questions.anki_export, questions.csv_export
        print("spacy" in sys.modules, "generator.pipeline" in sys.modules)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


# Generate


@pytest.mark.model
def test_an_uploaded_article_is_reviewed_and_two_items_accepted(quiz_env: dict[str, Path]) -> None:
    before = sorted(path.name for path in quiz_env["bank"].iterdir())
    at = upload_and_generate(run("generate"), "solar.html", ARTICLE_HTML.encode(), "text/html")
    items = generated(at)
    assert len(items) >= 3
    assert sorted(path.name for path in quiz_env["bank"].iterdir()) == before, (
        "nothing written before acceptance"
    )
    shown = page_text(at)
    assert plain(at.subheader[0].value) == f"{len(items)} items from {ARTICLE_TITLE}"
    assert any(f"score {item.score:.2f}" in shown for item in items if item.score is not None)
    assert items[0].source is not None and ":orange-background[" in "\n".join(c.value for c in at.caption)
    assert at.text_input(key="generate-deck-name").value == ARTICLE_TITLE
    at.text_input(key="generate-deck-name").input("Floating solar").run()
    first, second, third = items[:3]
    at.button(key=f"gen-{first.id}-accept").click().run()
    at.button(key=f"gen-{third.id}-reject").click().run()
    at.button(key=f"gen-{second.id}-accept").click().run()
    assert not at.exception
    assert "Added 1 item to Floating solar." in plain(at.toast[0].value)
    saved = load_bank(quiz_env["bank"]).entry("floating-solar").deck.questions
    assert [question.id for question in saved] == [first.id, second.id]
    assert saved[0].source == first.source and saved[0].score == first.score
    assert f"gen-{third.id}-accept" not in {button.key for button in at.button}, "a rejected item is gone"
    assert "1 rejected." in page_text(at)


@pytest.mark.model
def test_a_text_file_written_in_markdown_gives_a_clean_title(quiz_env: dict[str, Path]) -> None:
    marked = ARTICLE_TEXT.replace("opens", "**opens**", 1)
    at = upload_and_generate(run("generate"), "solar.txt", marked.encode(), "text/plain")
    assert plain(at.subheader[0].value) == f"{len(generated(at))} items from {ARTICLE_TITLE}"
    assert at.text_input(key="generate-deck-name").value == ARTICLE_TITLE
    assert not any("**" in item.prompt or "**" in item.answer_text for item in generated(at))


@pytest.mark.model
def test_an_item_edited_before_it_is_accepted(quiz_env: dict[str, Path]) -> None:
    at = upload_and_generate(run("generate"), "solar.md", ARTICLE_TEXT.encode(), "text/markdown")
    item = next(item for item in generated(at) if item.kind in {Kind.WH, Kind.CLOZE, Kind.MCQ})
    at.selectbox(key="generate-deck").set_value("korea-cuba-trade").run()
    at.button(key=f"gen-{item.id}-edit").click().run()
    at.text_area(key=f"gen-{item.id}-prompt").input("")
    click(at, "Save and accept")
    assert "Cannot be empty." in [plain(error.value) for error in at.error]
    assert load_bank(quiz_env["bank"]).find(item.id) is None
    at.text_area(key=f"gen-{item.id}-prompt").input(item.prompt + " (edited)")
    click(at, "Save and accept")
    found = load_bank(quiz_env["bank"]).find(item.id)
    assert found is not None and found[0].key == "korea-cuba-trade"
    assert found[1].prompt == item.prompt + " (edited)"


@pytest.mark.model
def test_accept_all_puts_every_item_in_the_deck(quiz_env: dict[str, Path]) -> None:
    at = upload_and_generate(run("generate"), "solar.html", ARTICLE_HTML.encode(), "text/html")
    count = len(generated(at))
    at.text_input(key="generate-deck-name").input("Solar").run()
    click(at, f"Accept all ({count})")
    assert len(load_bank(quiz_env["bank"]).entry("solar").deck.questions) == count
    assert all(button.disabled for button in at.button if button.label.startswith("Accept all"))


@pytest.mark.model
def test_pasted_text_works_too(quiz_env: dict[str, Path]) -> None:
    at = run("generate")
    at.text_area(key="generate-text").input(ARTICLE_TEXT)
    click(at, "Generate quiz items")
    assert generated(at)


@pytest.mark.model
def test_the_date_given_for_a_pasted_text_writes_out_its_relative_days(quiz_env: dict[str, Path]) -> None:
    from .test_generator import BRIDGE_NEWS

    at = run("generate")
    at.text_area(key="generate-text").input(BRIDGE_NEWS)
    at.date_input(key="generate-published").set_value(date(2019, 11, 20))
    click(at, "Generate quiz items")
    prompts = [item.prompt for item in generated(at)]
    assert any("Nov. 19, 2019" in prompt for prompt in prompts), prompts


@pytest.mark.model
def test_the_date_given_serves_a_linked_page_without_its_own_date_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator import generate_with_warnings
    from views.web_input import generate_for

    from .test_generator import BRIDGE_NEWS
    from .web_support import web_server

    monkeypatch.setenv("QUIZ_ALLOW_PRIVATE_URLS", "1")  # the test's server is on 127.0.0.1
    paragraphs = "".join(f"<p>{line}</p>" for line in BRIDGE_NEWS.splitlines()[1:] if line)
    with web_server(tmp_path / "site") as web:
        (web.site / "bridge.html").write_text(
            f"<html><head><title>Harlow councillors back the river bridge</title></head>"
            f"<body><article><h1>Harlow councillors back the river bridge</h1>{paragraphs}</article></body></html>"
        )
        request = {
            "url": f"{web.url}/site/bridge.html",
            "limit": 20,
            "kinds": None,
            "published": date(2019, 11, 20),
        }
        made, _ = generate_for(request, generate_with_warnings)
    prompts = [item.prompt for item in made]
    assert any("Nov. 19, 2019" in prompt for prompt in prompts), prompts


@pytest.mark.model
@pytest.mark.parametrize(
    ("name", "data", "fragment"),
    [
        ("photo.html", bytes(range(256)) * 8, "not text"),
        ("empty.html", b"<html><body></body></html>", "No article text found: "),
    ],
)
def test_bad_input_shows_the_generators_message(
    quiz_env: dict[str, Path], name: str, data: bytes, fragment: str
) -> None:
    at = upload_and_generate(run("generate"), name, data, "text/html")
    assert not at.exception
    assert fragment in plain(at.error[0].value)
    assert generated(at) == []


@pytest.mark.model
def test_a_generator_bug_is_said_in_a_line_and_the_article_stays(
    quiz_env: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import generator.pipeline

    def failing(*args: object, **options: object) -> None:
        raise IndexError("a bug met in the generator")

    monkeypatch.setattr(generator.pipeline, "items", failing)
    before = sorted(path.name for path in quiz_env["bank"].iterdir())
    at = upload_and_generate(run("generate"), "solar.txt", ARTICLE_TEXT.encode(), "text/plain")
    assert not at.exception
    assert "The generator failed on this article (IndexError)" in plain(at.error[0].value)
    assert generated(at) == []
    assert sorted(path.name for path in quiz_env["bank"].iterdir()) == before


def test_generate_asks_for_an_article_first(quiz_env: dict[str, Path]) -> None:
    at = click(run("generate"), "Generate quiz items")
    assert "Paste an article's text or upload a file first." in plain(at.error[0].value)


def test_generated_items_answer_to_keys_and_a_rejection_can_be_undone(quiz_env: dict[str, Path]) -> None:
    at = run("generate", generated=generated_items(3))
    keyed = {button.label: button.proto.shortcut for button in at.button if button.proto.shortcut}
    assert keyed == {"Accept": "a", "Edit": "e", "Reject": "x"}, "only the first item to decide has keys"
    at.button(key="gen-gen-1-reject").click().run()
    assert "1 rejected." in page_text(at)
    assert "Who built farm 1?" not in page_text(at)
    assert at.button(key="gen-gen-2-accept").proto.shortcut == "a", "the keys move on to the next item"
    click(at, "Undo")
    assert "Who built farm 1?" in page_text(at) and "rejected." not in page_text(at)


@pytest.mark.model
def test_the_article_panel_folds_away_once_items_are_generated(quiz_env: dict[str, Path]) -> None:
    at = run("generate")
    assert at.expander[0].label == "Article" and at.expander[0].proto.expanded
    at = upload_and_generate(at, "solar.md", ARTICLE_TEXT.encode(), "text/markdown")
    assert generated(at) and not at.expander[0].proto.expanded
    at.button(key=f"gen-{generated(at)[0].id}-reject").click().run()
    assert not at.expander[0].proto.expanded, "it stays folded while the items are reviewed"
    accepted = generated(at)[1]
    at.button(key=f"gen-{accepted.id}-accept").click().run()
    card = page_text(at)
    assert f"Answer: **{answer_shown(accepted.answer_text)}**" in card and "Accepted into" in card


@pytest.mark.model
def test_an_article_cut_to_size_says_so_on_the_generate_page(quiz_env: dict[str, Path]) -> None:
    counts = (
        f"Survey {number} of the Aldren Birdwatchers Society counted {number * 7} herons on the reservoir."
        for number in range(1, 3_000)
    )
    long_text = ARTICLE_TEXT + "\n\n" + "\n\n".join(counts)
    at = upload_and_generate(run("generate"), "long.md", long_text.encode(), "text/markdown")
    assert not at.exception
    warnings = [plain(warning.value) for warning in at.warning]
    assert any("only the first" in warning for warning in warnings), warnings
    assert generated(at), "the part that was kept still gives items"


@pytest.mark.model
def test_readers_comments_left_out_of_a_pasted_text_are_said_on_the_generate_page(
    quiz_env: dict[str, Path],
) -> None:
    comments = [
        f"I rode the Aldren ferry as a child in {year} and I will miss it!" for year in range(1960, 1972)
    ]
    at = run("generate")
    at.text_area(key="generate-text").input(ARTICLE_TEXT + "\n\n" + "\n\n".join(comments))
    click(at, "Generate quiz items")
    assert not at.exception
    warnings = [plain(warning.value) for warning in at.warning]
    assert any("12 paragraphs read as readers' comments" in warning for warning in warnings), warnings
    assert generated(at), "the story still gives items"
