"""Renaming and deleting a whole deck (questions/deck_admin.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from questions.bank import load_bank
from questions.deck_admin import delete_deck, rename_deck
from questions.editing import EditError


def test_a_renamed_deck_keeps_its_file_and_questions(bank_folder: Path) -> None:
    before = load_bank(bank_folder).entry("korea-cuba-trade")
    renamed = rename_deck(load_bank(bank_folder), "korea-cuba-trade", "  Cuba   trade  ")
    assert renamed.deck.name == "Cuba trade" and renamed.path == before.path
    after = load_bank(bank_folder).entry("korea-cuba-trade")
    assert after.deck.name == "Cuba trade"
    assert [q.id for q in after.deck.questions] == [q.id for q in before.deck.questions]
    assert "# Sample deck" in after.path.read_text(), "the file's comments survive"


@pytest.mark.parametrize(
    ("name", "message"),
    [("   ", "give the deck a name"), ("South Korea and Cuba open missions", "is already named")],
)
def test_a_rename_to_an_empty_or_taken_name_is_refused(bank_folder: Path, name: str, message: str) -> None:
    before = (bank_folder / "korea-cuba-trade.yaml").read_text()
    with pytest.raises(EditError, match=message):
        rename_deck(load_bank(bank_folder), "korea-cuba-trade", name)
    assert (bank_folder / "korea-cuba-trade.yaml").read_text() == before


def test_a_deleted_deck_is_gone_and_the_others_stay(bank_folder: Path) -> None:
    removed = delete_deck(load_bank(bank_folder), "korea-cuba-trade")
    assert not removed.exists()
    assert [entry.key for entry in load_bank(bank_folder).entries] == ["korea-cuba-missions"]
    with pytest.raises(EditError, match="no longer in the bank"):
        delete_deck(load_bank(bank_folder), "korea-cuba-trade")
