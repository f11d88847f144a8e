"""Putting items into the deck named X: one rule for the generator's --deck and both pages."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from questions.bank import load_bank
from questions.deck_file import read_deck
from questions.editing import EditError, deck_key
from questions.placement import deck_path, place
from questions.question import Kind, Question

from .generator_support import SAMPLES, run_cli
from .process_support import run_at_once

NOW = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)
TRADE = "korea-cuba-trade"
TRADE_NAME = "Korea and Cuba before the embassies"


def item(question_id: str, prompt: str = "Which city hosts the UN headquarters?") -> Question:
    return Question(id=question_id, kind=Kind.WH, prompt=prompt, answer="New York")


def ids(path: Path) -> list[str]:
    return [question.id for question in read_deck(path).questions]


def test_a_new_deck_is_created_with_the_items(bank_folder: Path) -> None:
    placement = place([item("n-1"), item("n-2")], folder=bank_folder, deck="  World news ", now=NOW)

    assert placement.path == bank_folder / "world-news.yaml"
    assert read_deck(placement.path).name == "World news"
    assert ids(placement.path) == ["n-1", "n-2"]
    assert (placement.added, placement.replaced, placement.skipped) == (2, 0, 0)
    assert placement.summary() == "Added 2 items to World news."


@pytest.mark.parametrize("name", [TRADE_NAME, TRADE_NAME.upper(), "Korea-Cuba Trade"])
def test_an_existing_deck_of_that_name_or_file_name_is_appended_to(bank_folder: Path, name: str) -> None:
    path = bank_folder / f"{TRADE}.yaml"
    before = ids(path)

    placement = place([item("n-1")], folder=bank_folder, deck=name, now=NOW)

    assert placement.path == path and placement.name == TRADE_NAME
    assert ids(path) == [*before, "n-1"]
    assert sorted(p.name for p in bank_folder.glob("*.yaml")) == ["korea-cuba-missions.yaml", f"{TRADE}.yaml"]


def test_an_item_already_in_the_deck_replaces_it_and_one_in_another_deck_is_skipped(
    bank_folder: Path,
) -> None:
    path = bank_folder / f"{TRADE}.yaml"
    first = place([item("g-1"), item("g-2")], folder=bank_folder, deck=TRADE_NAME, now=NOW)
    missions_before = (bank_folder / "korea-cuba-missions.yaml").read_bytes()
    again = [item("g-1", "Which city hosts the UN?"), item("g-2"), item("kc-un-city"), item("g-3")]

    placement = place(again, folder=bank_folder, deck=TRADE_NAME, now=NOW)

    assert (first.added, placement.added, placement.replaced, placement.skipped) == (2, 1, 2, 1)
    assert placement.summary() == (
        f"Added 1 item to {TRADE_NAME}. Replaced 2, skipped 1 already in another deck."
    )
    questions = {question.id: question for question in read_deck(path).questions}
    assert questions["g-1"].prompt == "Which city hosts the UN?" and "g-3" in questions
    assert "kc-un-city" not in questions
    assert (bank_folder / "korea-cuba-missions.yaml").read_bytes() == missions_before
    assert load_bank(bank_folder).errors == []


def test_nothing_placed_leaves_no_empty_deck_file(bank_folder: Path) -> None:
    placement = place([item("kc-un-city")], folder=bank_folder, deck="Fresh", now=NOW)

    assert (placement.added, placement.skipped) == (0, 1)
    assert not placement.path.exists()
    assert sorted(p.name for p in bank_folder.iterdir() if not p.name.startswith(".")) == [
        "korea-cuba-missions.yaml",
        f"{TRADE}.yaml",
    ]


@pytest.mark.parametrize("name", ["", " ", ".", "..", "--"])
def test_a_name_without_letters_digits_or_symbols_is_refused_in_plain_words(
    bank_folder: Path, name: str
) -> None:
    with pytest.raises(EditError) as error:
        place([item("n-1")], folder=bank_folder, deck=name, now=NOW)

    assert "\n" not in str(error.value) and "deck" in str(error.value)
    assert "validation error" not in str(error.value)


def test_a_broken_target_deck_is_refused_on_one_line_and_left_alone(bank_folder: Path) -> None:
    path = bank_folder / "broken.yaml"
    path.write_text("name: Broken\nquestions:\n  - id: b1\n    kind: wh\n")

    with pytest.raises(EditError, match=r"^the deck file broken\.yaml has 2 problem\(s\): fix it first"):
        place([item("n-1")], folder=bank_folder, deck="Broken", now=NOW)

    assert path.read_text() == "name: Broken\nquestions:\n  - id: b1\n    kind: wh\n"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Élections à Montréal", "elections-a-montreal"),
        ("Korea & Cuba: the 2025 talks!", "korea-cuba-the-2025-talks"),
        ("  São Paulo   Weekly ", "sao-paulo-weekly"),
        ("国际新闻", "国际新闻"),
        ("Новости мира", "новости-мира"),
        ("أخبار العالم", "أخبار-العالم"),
        ("한국 뉴스", "한국-뉴스"),
        ("snake_case name", "snake-case-name"),
    ],
)
def test_deck_file_names_keep_the_letters_of_every_script(name: str, key: str) -> None:
    assert deck_key(name) == key


def test_decks_named_in_other_scripts_or_emoji_each_get_their_own_file(bank_folder: Path) -> None:
    names = ["国际新闻", "Новости", "أخبار", "🌍", "🔥"]
    for number, name in enumerate(names):
        place([item(f"n-{number}")], folder=bank_folder, deck=name, now=NOW)

    bank = load_bank(bank_folder)
    assert bank.errors == []
    assert {entry.deck.name for entry in bank.entries} >= set(names)
    emoji_keys = [deck_path(bank_folder, name).stem for name in ("🌍", "🔥")]
    assert emoji_keys[0] != emoji_keys[1] and all(key.startswith("deck-") for key in emoji_keys)


_PLACE_FIFTY = textwrap.dedent(
    """
    import sys, time
    from datetime import UTC, datetime
    from pathlib import Path

    from questions.placement import place
    from questions.question import Kind, Question

    folder, prefix, go = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    print("ready", flush=True)
    deadline = time.monotonic() + 30
    while not go.exists():
        if time.monotonic() > deadline:
            sys.exit("never released")
        time.sleep(0.001)
    items = [
        Question(id=f"{prefix}-{n:02d}", kind=Kind.WH, prompt=f"Question {prefix} {n}?", answer="Seoul")
        for n in range(50)
    ]
    placement = place(items, folder=folder, deck="Brand new", now=datetime(2025, 5, 1, tzinfo=UTC))
    print(placement.added)
    """
)


def test_two_processes_creating_the_same_new_deck_at_once_lose_nothing(
    bank_folder: Path, tmp_path: Path
) -> None:
    go = tmp_path / "go"
    results = run_at_once(
        _PLACE_FIFTY, [[str(bank_folder), prefix, str(go)] for prefix in ("left", "right")], go=go
    )
    assert [(code, out.strip(), err) for code, out, err in results] == [(0, "50", ""), (0, "50", "")]
    placed = ids(bank_folder / "brand-new.yaml")
    assert sorted(placed) == sorted(f"{p}-{n:02d}" for p in ("left", "right") for n in range(50))


@pytest.mark.model
def test_the_generator_cli_refuses_an_empty_deck_name_on_one_line(bank_folder: Path) -> None:
    arguments = [str(SAMPLES[1]), "--limit", "2", "--deck", " ", "--bank", str(bank_folder)]
    result = run_cli(*arguments)

    assert result.exit_code == 2
    assert result.stderr.strip() == "error: --deck ' ': give the deck a name"
    assert sorted(p.name for p in bank_folder.glob("*.yaml")) == ["korea-cuba-missions.yaml", f"{TRADE}.yaml"]
