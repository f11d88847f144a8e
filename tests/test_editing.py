"""Changing the bank: questions saved, replaced and deleted, decks created, nothing lost on the way."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from questions.bank import DeckEntry, load_bank
from questions.deck_file import read_deck
from questions.editing import EditError, delete_question, save_questions
from questions.question import Kind, Question

from .process_support import run_at_once

NOW = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)
TRADE = "korea-cuba-trade"


def trade_deck(folder: Path) -> DeckEntry:
    return load_bank(folder).entry(TRADE)


def new_question(question_id: str) -> Question:
    return Question(
        id=question_id, kind=Kind.WH, prompt="Which city hosts the UN headquarters?", answer="New York"
    )


def revised(question: Question, **fields: Any) -> Question:
    """``question`` with some fields changed, validated as a form's question would be."""
    return Question.model_validate({**question.model_dump(), **fields})


def untimed(questions: list[Question]) -> list[dict[str, Any]]:
    """Questions without their times: one written by hand without them takes the file's time,
    which a save moves on."""
    return [question.model_dump(exclude={"created", "edited"}) for question in questions]


def ids(entry_or_path: DeckEntry | Path) -> list[str]:
    path = entry_or_path.path if isinstance(entry_or_path, DeckEntry) else entry_or_path
    return [question.id for question in read_deck(path).questions]


def test_a_new_question_is_added_at_the_end_of_its_deck(bank_folder: Path) -> None:
    entry = trade_deck(bank_folder)
    added = new_question("kt-new")

    saved = save_questions(entry, [added], now=NOW)

    on_disk = read_deck(entry.path)
    assert [question.id for question in on_disk.questions] == [
        *(question.id for question in entry.deck.questions),
        "kt-new",
    ]
    assert untimed(on_disk.questions[:-1]) == untimed(entry.deck.questions)
    assert on_disk.questions[-1] == added
    assert untimed(saved.deck.questions) == untimed(on_disk.questions)


def test_new_content_replaces_the_question_stamped_with_now_and_keeps_created(bank_folder: Path) -> None:
    entry = trade_deck(bank_folder)
    old = entry.deck.questions[2]
    prompt = "Who leads the Cuban government that Seoul negotiated with?"

    save_questions(entry, [revised(old, prompt=prompt, created=NOW + timedelta(days=3))], now=NOW)

    on_disk = read_deck(entry.path).questions
    assert len(on_disk) == len(entry.deck.questions)
    assert (on_disk[2].id, on_disk[2].prompt) == (old.id, prompt)
    assert on_disk[2].edited == NOW
    assert on_disk[2].created == old.created
    assert old.edited != NOW


def test_a_save_that_changes_no_content_leaves_edited_alone(bank_folder: Path) -> None:
    entry = trade_deck(bank_folder)
    old = entry.deck.questions[0]
    assert old.score is None

    save_questions(entry, [revised(old, score=0.75)], now=NOW)

    on_disk = read_deck(entry.path).questions[0]
    assert on_disk.score == 0.75
    assert on_disk.edited == old.edited != NOW
    assert on_disk.created == old.created


def test_an_id_used_in_another_deck_is_refused_naming_that_deck(bank_folder: Path) -> None:
    entry = trade_deck(bank_folder)
    before = entry.path.read_bytes()

    with pytest.raises(EditError, match=r"id 'kc-un-city' is already used in deck 'korea-cuba-missions'"):
        save_questions(entry, [new_question("kt-fine"), new_question("kc-un-city")], now=NOW)

    assert entry.path.read_bytes() == before


def test_delete_question_removes_only_that_question(bank_folder: Path) -> None:
    entry = trade_deck(bank_folder)
    before = ids(entry)

    remaining = delete_question(entry, "kt-export-goods")

    assert "kt-export-goods" in before
    assert ids(entry) == [question_id for question_id in before if question_id != "kt-export-goods"]
    assert untimed(remaining.deck.questions) == untimed(read_deck(entry.path).questions)


def test_deleting_an_unknown_id_is_an_error_and_changes_nothing(bank_folder: Path) -> None:
    entry = trade_deck(bank_folder)
    before = entry.path.read_bytes()

    with pytest.raises(EditError, match=r"no question 'kt-missing' in deck 'korea-cuba-trade'"):
        delete_question(entry, "kt-missing")

    assert entry.path.read_bytes() == before


def test_comments_in_the_file_survive_an_edit_and_a_delete(bank_folder: Path) -> None:
    path = bank_folder / f"{TRADE}.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "    answer: Mexico City\n", "    answer: Mexico City  # the delegation, not an embassy\n"
    )
    text = text.replace(
        "    answer: Miguel Diaz-Canel\n", "    # President since 2019.\n    answer: Miguel Diaz-Canel\n"
    )
    path.write_text(text, encoding="utf-8")
    comments = [
        "# Sample deck, written by hand from the facts of a second report on Korea-Cuba ties.",
        "answer: Mexico City  # the delegation, not an embassy",
        "    # President since 2019.",
    ]
    assert all(comment in text for comment in comments)
    entry = trade_deck(bank_folder)
    consular = next(question for question in entry.deck.questions if question.id == "kt-consular-cities")
    prompt = "Until the embassies open, Seoul deals with Cuba through its delegation in _____."

    save_questions(entry, [revised(consular, prompt=prompt, tags=["diplomacy", "consular"])], now=NOW)
    edited = path.read_text(encoding="utf-8")
    delete_question(entry, "kt-delegation-arrival")
    deleted = path.read_text(encoding="utf-8")

    assert [comment for comment in comments if comment not in edited] == []
    assert [comment for comment in comments if comment not in deleted] == []
    questions = {question.id: question for question in read_deck(path).questions}
    assert questions["kt-consular-cities"].prompt == prompt
    assert "kt-delegation-arrival" not in questions


_ADD_FIFTY = textwrap.dedent(
    """
    import sys, time
    from datetime import UTC, datetime
    from pathlib import Path

    from questions.bank import load_bank
    from questions.editing import save_questions
    from questions.question import Kind, Question

    folder, key, prefix, go = Path(sys.argv[1]), sys.argv[2], sys.argv[3], Path(sys.argv[4])
    entry = load_bank(folder).entry(key)
    print("ready", flush=True)
    deadline = time.monotonic() + 30
    while not go.exists():
        if time.monotonic() > deadline:
            sys.exit("never released")
        time.sleep(0.001)
    for number in range(50):
        question_id = f"{prefix}-{number:02d}"
        question = Question(id=question_id, kind=Kind.WH, prompt=f"Question {question_id}?", answer="Seoul")
        save_questions(entry, [question], now=datetime(2025, 5, 1, tzinfo=UTC))
    """
)


def test_two_processes_adding_to_the_same_deck_at_once_lose_nothing(
    bank_folder: Path, tmp_path: Path
) -> None:
    before = ids(bank_folder / f"{TRADE}.yaml")
    go = tmp_path / "go"
    results = run_at_once(
        _ADD_FIFTY, [[str(bank_folder), TRADE, prefix, str(go)] for prefix in ("left", "right")], go=go
    )
    assert [(code, err) for code, _, err in results] == [(0, ""), (0, "")]

    bank = load_bank(bank_folder)
    assert bank.errors == []
    after = ids(bank_folder / f"{TRADE}.yaml")
    added = [question_id for question_id in after if question_id not in before]
    assert after[: len(before)] == before
    assert sorted(added) == sorted(
        f"{prefix}-{number:02d}" for prefix in ("left", "right") for number in range(50)
    )
    for prefix in ("left", "right"):
        assert [question_id for question_id in added if question_id.startswith(prefix)] == [
            f"{prefix}-{number:02d}" for number in range(50)
        ]
    assert not list(bank_folder.glob(f".{TRADE}.yaml.*.tmp"))


def test_saving_an_unchanged_question_keeps_its_times(bank_folder: Path) -> None:
    entry = load_bank(bank_folder).entry("korea-cuba-trade")
    original = entry.deck.questions[0]
    later = datetime(2030, 1, 1, tzinfo=UTC)
    resubmitted = original.model_copy(update={"created": later, "edited": later, "score": 0.5})

    saved = save_questions(entry, [resubmitted], now=later).deck.questions[0]

    assert (saved.created, saved.edited) == (original.created, original.edited)


def test_the_next_change_removes_temp_files_left_by_interrupted_saves(bank_folder: Path) -> None:
    stale = [bank_folder / ".korea-cuba-trade.yaml.k3x_9q2a.tmp", bank_folder / ".other.yml.ab12cd34.tmp"]
    for path in stale:
        path.write_text("half a save")
    kept = [bank_folder / "notes.tmp", bank_folder / ".korea-cuba-trade.yaml.bak"]
    for path in kept:
        path.write_text("not ours")

    save_questions(trade_deck(bank_folder), [new_question("kt-new")], now=NOW)

    assert [path.exists() for path in stale] == [False, False]
    assert [path.exists() for path in kept] == [True, True]
