"""Saving deck files: comments, key order and untouched questions survive; a crash or a refused save
leaves the old file whole."""

from __future__ import annotations

import difflib
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from questions import deck_writing
from questions.bank import load_bank
from questions.deck import Deck
from questions.deck_file import read_deck
from questions.deck_file_error import DeckFileError
from questions.deck_writing import write_deck
from questions.question import Question, Source

from .conftest import REPO
from .test_deck_file import DECK_HEADER, GOOD_QUESTION


def _lines_of(lines: list[str], question_id: str) -> list[str]:
    start = next(i for i, line in enumerate(lines) if line.strip() == f"- id: {question_id}")
    end = next(
        (i for i, line in enumerate(lines) if i > start and line.lstrip().startswith("- id:")), len(lines)
    )
    return lines[start:end]


def test_saving_keeps_comments_and_key_order(bank_folder: Path) -> None:
    path = bank_folder / "korea-cuba-missions.yaml"
    deck = read_deck(path)
    deck.questions[1].prompt = "Through their UN offices in _____, Seoul and Havana established ties."

    write_deck(deck, path)

    text = path.read_text()
    assert text.startswith("# Sample deck, written by hand")
    assert "everything else is optional." in text
    assert "Through their UN offices in _____, Seoul and Havana established ties." in text
    first = text.index("id: kc-relations-date")
    assert first < text.index("kind: wh", first) < text.index("prompt:", first) < text.index("source:", first)
    reread = read_deck(path)
    assert [q.model_dump(exclude={"created", "edited"}) for q in reread.questions] == [
        q.model_dump(exclude={"created", "edited"}) for q in deck.questions
    ]


def test_saving_drops_deleted_questions_and_appends_new_ones(bank_folder: Path) -> None:
    path = bank_folder / "korea-cuba-trade.yaml"
    deck = read_deck(path)
    removed = deck.questions.pop(0)
    deck.questions.append(Question(id="new-1", kind="wh", prompt="Which island?", answer="Cuba"))

    write_deck(deck, path)

    ids = [q.id for q in read_deck(path).questions]
    assert removed.id not in ids and ids[-1] == "new-1" and len(ids) == 6


CRASHING_SAVE = """
import os, sys
from pathlib import Path
from questions.deck_file import read_deck
from questions.deck_writing import write_deck
path = Path(sys.argv[1])
deck = read_deck(path)
deck.questions[0].prompt = "A prompt that must never reach the file?"
os.replace = lambda *args: os._exit(3)   # the process dies between writing the temp file and replacing
write_deck(deck, path)
"""


def test_a_crash_in_the_middle_of_a_save_leaves_the_old_deck_whole(bank_folder: Path) -> None:
    path = bank_folder / "korea-cuba-missions.yaml"
    before = path.read_bytes()

    died = subprocess.run([sys.executable, "-c", CRASHING_SAVE, str(path)], cwd=REPO, check=False)

    assert died.returncode == 3
    assert path.read_bytes() == before
    leftovers = [p.name for p in bank_folder.iterdir() if p.name.endswith(".tmp")]
    assert leftovers, "the crash should have left its temp file behind"
    bank = load_bank(bank_folder)
    assert not bank.errors and len(bank.questions()) == 16


safe_text = (
    st.text(
        st.characters(blacklist_categories=["Cs", "Cc"], blacklist_characters="\ufeff"),
        min_size=1,
    )
    .map(str.strip)
    .filter(bool)
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=safe_text,
    prompt=safe_text.filter(lambda s: "___" not in s),
    answer=safe_text,
    sentence_prefix=safe_text,
)
def test_any_text_survives_a_deck_file_round_trip(
    tmp_path: Path, name: str, prompt: str, answer: str, sentence_prefix: str
) -> None:
    sentence = f"{sentence_prefix} {answer}"
    deck = Deck(
        name=name,
        questions=[
            Question(
                id="q1",
                kind="wh",
                prompt=prompt,
                answer=answer,
                alternatives=[prompt],
                source=Source(
                    article_id="a1",
                    title=name,
                    sentence=sentence,
                    answer_start=len(sentence_prefix) + 1,
                    answer_end=len(sentence),
                ),
            ),
            Question(id="q2", kind="true_false", prompt=prompt, answer=False),
        ],
    )
    path = tmp_path / "round-trip.yaml"
    path.unlink(missing_ok=True)

    write_deck(deck, path)

    assert read_deck(path) == deck


def test_comments_between_questions_survive_an_edit(bank_folder: Path) -> None:
    path = bank_folder / "korea-cuba-trade.yaml"
    text = path.read_text().replace(
        "    tags: [trade]\n  - id: kt-exports-2023",
        "    tags: [trade]\n  # checked against the AFP figures\n  - id: kt-exports-2023",
    )
    path.write_text(text)
    deck = read_deck(path)
    deck.questions[2].prompt = "Who heads the Cuban government?"

    write_deck(deck, path)

    assert "# checked against the AFP figures" in path.read_text()
    assert read_deck(path).questions[2].prompt == "Who heads the Cuban government?"


def test_saving_one_question_rewrites_only_its_lines(bank_folder: Path) -> None:
    path = bank_folder / "korea-cuba-missions.yaml"
    before = path.read_text().splitlines(keepends=True)
    deck = read_deck(path)
    deck.questions[3] = deck.questions[3].model_copy(update={"prompt": "Where are the UN offices?"})

    write_deck(deck, path)

    after = path.read_text().splitlines(keepends=True)
    diff = [line for line in difflib.ndiff(before, after) if line[:1] in "+-"]
    question_id = deck.questions[3].id
    assert [line for line in diff if line.startswith("-")] == [
        "-     prompt: In what year did Cuba establish diplomatic ties with North Korea?\n"
    ]
    assert set(diff[1:]) <= {f"+ {line}" for line in _lines_of(after, question_id)}
    for other in deck.questions:
        if other.id != question_id:
            assert _lines_of(before, other.id) == _lines_of(after, other.id)
    assert read_deck(path).questions[3].prompt == "Where are the UN offices?"


def test_adding_and_deleting_questions_leave_the_other_questions_byte_for_byte(bank_folder: Path) -> None:
    path = bank_folder / "korea-cuba-trade.yaml"
    original = path.read_text()
    deck = read_deck(path)
    removed = deck.questions.pop(2)
    deck.questions.append(Question(id="new-1", kind="wh", prompt="Which island?", answer="Cuba"))

    write_deck(deck, path)

    text = path.read_text()
    expected_head = original[: original.index(f"  - id: {removed.id}")]
    after_removed = original.index("  - id: ", original.index(f"  - id: {removed.id}") + 1)
    assert text.startswith(expected_head + original[after_removed:])
    assert text[len(original) - (after_removed - len(expected_head)) :].startswith("  - id: new-1\n")
    assert [q.id for q in read_deck(path).questions] == [q.id for q in deck.questions]


def test_a_save_that_would_be_too_big_to_load_is_refused_and_the_file_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.yaml"
    deck = Deck(name="Big", questions=[Question(id="a", kind="wh", prompt="Which city?", answer="Havana")])
    write_deck(deck, path)
    before = path.read_bytes()
    monkeypatch.setattr(deck_writing, "MAX_DECK_FILE_BYTES", len(before) + 100)
    deck.questions.append(Question(id="b", kind="wh", prompt="Which country? " * 10, answer="Cuba"))

    with pytest.raises(DeckFileError, match=r"big\.yaml: not saved: the deck would take .* MB, over the"):
        write_deck(deck, path)

    assert path.read_bytes() == before
    assert [q.id for q in read_deck(path).questions] == ["a"]
    assert [p.name for p in tmp_path.iterdir()] == ["big.yaml"]


def test_a_deck_that_is_a_symlink_is_saved_through_the_link(tmp_path: Path) -> None:
    real = tmp_path / "elsewhere" / "real.yaml"
    real.parent.mkdir()
    real.write_text(DECK_HEADER + GOOD_QUESTION)
    link = tmp_path / "bank" / "linked.yaml"
    link.parent.mkdir()
    link.symlink_to(real)
    deck = read_deck(link)
    deck.questions[0].prompt = "Which city hosts the UN?"

    write_deck(deck, link)

    assert link.is_symlink() and link.resolve() == real
    assert read_deck(real).questions[0].prompt == "Which city hosts the UN?"


def test_a_save_keeps_the_file_mode_and_a_new_file_follows_the_umask(tmp_path: Path) -> None:
    shared = tmp_path / "shared.yaml"
    shared.write_text(DECK_HEADER + GOOD_QUESTION)
    shared.chmod(0o664)
    deck = read_deck(shared)
    deck.questions[0].prompt = "Which city hosts the UN?"
    old_umask = os.umask(0o022)
    try:
        write_deck(deck, shared)
        write_deck(deck, tmp_path / "new.yaml")
    finally:
        os.umask(old_umask)

    assert stat.S_IMODE(shared.stat().st_mode) == 0o664
    assert stat.S_IMODE((tmp_path / "new.yaml").stat().st_mode) == 0o644


def test_a_next_line_character_survives_saves_and_keeps_the_hash(tmp_path: Path) -> None:
    path = tmp_path / "nel.yaml"
    question = Question(id="n", kind="wh", prompt="Which city?\x85 Which one?", answer="Havana")
    write_deck(Deck(name="NEL\x85deck", questions=[question]), path)

    first = read_deck(path)
    write_deck(first, path)
    second = read_deck(path)

    assert first.name == "NEL\x85deck" and first.questions[0].prompt == question.prompt
    assert second.questions[0].content_hash() == question.content_hash()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=safe_text, changed=safe_text, added=safe_text)
def test_any_text_survives_a_save_that_rewrites_one_question(
    tmp_path: Path, first: str, changed: str, added: str
) -> None:
    moment = datetime(2025, 1, 1, tzinfo=UTC)

    def wh(question_id: str, prompt: str) -> Question:
        return Question(
            id=question_id, kind="wh", prompt=prompt, answer=prompt, created=moment, edited=moment
        )

    path = tmp_path / "splice.yaml"
    path.unlink(missing_ok=True)
    deck = Deck(name="Splice", questions=[wh("a", first), wh("b", "Which city?"), wh("c", first)])
    write_deck(deck, path)
    before = path.read_text().splitlines(keepends=True)
    deck.questions[1] = wh("b", changed)
    deck.questions.append(wh("d", added))

    write_deck(deck, path)

    assert read_deck(path) == deck
    after = path.read_text().splitlines(keepends=True)
    for kept in ("a", "c"):
        assert _lines_of(before, kept) == _lines_of(after, kept)
