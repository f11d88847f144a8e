"""The bank folder: every deck loads together, broken ones are listed, ids are unique."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from questions.bank import fingerprint, load_bank
from questions.settings import BANK_DIR_ENV, DEFAULT_BANK_DIR, bank_dir


def test_the_shipped_sample_decks_load_cleanly() -> None:
    bank = load_bank(DEFAULT_BANK_DIR)
    assert not bank.errors
    assert [entry.key for entry in bank.entries] == ["korea-cuba-missions", "korea-cuba-trade"]
    kinds = {question.kind.value for _, question in bank.questions()}
    assert kinds == {"cloze", "wh", "mcq", "true_false"}


COPY = (
    "name: Copy\nquestions:\n"
    "  - id: fresh-1\n    kind: wh\n    prompt: Which island?\n    answer: Cuba\n"
    "  - id: kc-un-city\n    kind: wh\n    prompt: Which city?\n    answer: New York\n"
)


@pytest.mark.parametrize("name", ["zz-copy.yaml", "aa-copy.yaml"])
def test_a_newer_deck_reusing_an_id_loses_only_that_question(bank_folder: Path, name: str) -> None:
    (bank_folder / name).write_text(COPY)

    bank = load_bank(bank_folder)

    assert (
        bank.entry("korea-cuba-missions").deck.questions
        == load_bank(DEFAULT_BANK_DIR).entry("korea-cuba-missions").deck.questions
    ), "the older deck keeps every question"
    assert [question.id for question in bank.entry("Copy").deck.questions] == ["fresh-1"]
    [error] = bank.errors
    assert error.path.name == name
    assert (
        f"{name}:7: question 2 (id 'kc-un-city'), field 'id': id already used in korea-cuba-missions.yaml, "
        "by an older question: this one is left out"
    ) in str(error)


def test_the_question_created_first_keeps_its_id_whatever_the_file_order(bank_folder: Path) -> None:
    (bank_folder / "aa-old.yaml").write_text(
        "name: Old\nquestions:\n  - id: shared\n    kind: wh\n    prompt: Old one?\n    answer: Cuba\n"
        "    created: 2020-01-01T00:00:00Z\n"
    )
    (bank_folder / "0-new.yaml").write_text(
        "name: New\nquestions:\n  - id: shared\n    kind: wh\n    prompt: New one?\n    answer: Cuba\n"
        "    created: 2025-01-01T00:00:00Z\n"
    )

    bank = load_bank(bank_folder)

    found = bank.find("shared")
    assert found is not None and found[1].prompt == "Old one?"
    assert [error.path.name for error in bank.errors] == ["0-new.yaml"]


def test_files_that_are_not_decks_are_ignored(bank_folder: Path) -> None:
    (bank_folder / "notes.txt").write_text("not a deck")
    (bank_folder / ".korea-cuba-trade.yaml.abc.tmp").write_text("half a save")
    assert len(load_bank(bank_folder).entries) == 2


def test_a_missing_folder_is_an_empty_bank(tmp_path: Path) -> None:
    bank = load_bank(tmp_path / "nowhere")
    assert bank.entries == [] and bank.errors == []


def test_decks_are_found_by_file_stem_or_name() -> None:
    bank = load_bank(DEFAULT_BANK_DIR)
    assert bank.entry("korea-cuba-trade").deck.name == "Korea and Cuba before the embassies"
    assert bank.entry("Korea and Cuba before the embassies").key == "korea-cuba-trade"
    with pytest.raises(KeyError, match=r"no deck 'cuba'.*korea-cuba-missions, korea-cuba-trade"):
        bank.entry("cuba")


def test_questions_are_found_by_id_with_their_deck() -> None:
    found = load_bank(DEFAULT_BANK_DIR).find("kt-exports-2023")
    assert found is not None and found[0].key == "korea-cuba-trade" and found[1].answer == "$35.67 million"
    assert load_bank(DEFAULT_BANK_DIR).find("nope") is None


def test_fingerprint_changes_when_a_deck_file_changes(bank_folder: Path) -> None:
    before = fingerprint(bank_folder)
    path = bank_folder / "korea-cuba-trade.yaml"
    stat = path.stat()
    path.write_text(path.read_text() + "\n")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert fingerprint(bank_folder) != before


def test_bank_folder_comes_from_option_then_environment_then_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(BANK_DIR_ENV, raising=False)
    assert bank_dir() == DEFAULT_BANK_DIR
    monkeypatch.setenv(BANK_DIR_ENV, str(tmp_path))
    assert bank_dir() == tmp_path
    assert bank_dir(tmp_path / "explicit") == tmp_path / "explicit"
