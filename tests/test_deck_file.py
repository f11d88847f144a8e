"""Reading deck files: clear errors that name file, line, question and field."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from questions.bank import load_bank
from questions.deck import Deck
from questions.deck_file import MAX_DECK_FILE_BYTES, read_deck
from questions.deck_file_error import DeckFileError
from questions.deck_writing import write_deck
from questions.question import Question

from .conftest import REPO

GOOD_QUESTION = """\
  - id: ok-1
    kind: wh
    prompt: Which city hosts the UN headquarters?
    answer: New York
"""


DECK_HEADER = "name: Test deck\nquestions:\n"


def _broken(folder: Path, name: str, content: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(
            GOOD_QUESTION + "  - id: q2\n    kind: wh\n    answer: Seoul\n",
            ":7: question 2 (id 'q2'), field 'prompt': this field is required",
            id="missing-field",
        ),
        pytest.param(
            GOOD_QUESTION
            + "  - id: q2\n    kind: wh\n    prompt: Which?\n    answer: Seoul\n    tags: diplomacy\n",
            ":11: question 2 (id 'q2'), field 'tags': Input should be a valid list, got 'diplomacy'",
            id="wrong-type",
        ),
        pytest.param(
            GOOD_QUESTION
            + "  - id: q2\n    kind: true_false\n    prompt: Cuba is an island.\n    answer: maybe\n",
            ":10: question 2 (id 'q2'), field 'answer': a true_false answer must be true or false, got 'maybe'",
            id="wrong-type-true-false",
        ),
        pytest.param(
            GOOD_QUESTION
            + "  - id: q2\n    kind: wh\n    prompt: Which?\n    answer: Seoul\n    hint: capital\n",
            ":11: question 2 (id 'q2'), field 'hint': unknown field (allowed: id, kind, prompt",
            id="unknown-field",
        ),
        pytest.param(
            GOOD_QUESTION
            + "  - id: q2\n    kind: wh\n    prompt: Which city?\n    answer: Seoul\n    source:\n"
            "      article_id: a1\n      sentence: Havana and Seoul agreed.\n"
            "      answer_start: 0\n      answer_end: 6\n",
            ":11: question 2 (id 'q2'), field 'source': sentence[answer_start:answer_end] is 'Havana', "
            "but the answer is 'Seoul'",
            id="bad-offsets",
        ),
        pytest.param(
            GOOD_QUESTION + GOOD_QUESTION,
            ":7: question 2 (id 'ok-1'), field 'id': duplicate id: question 1 has the same id",
            id="duplicate-id",
        ),
        pytest.param("", "the file is empty", id="empty-file"),
        pytest.param("   \n\n", "the file is empty", id="whitespace-file"),
        pytest.param(
            "name: [unclosed\nquestions: {",
            ":2: not valid YAML, column 10: did not find expected ',' or ']'",
            id="not-yaml",
        ),
        pytest.param(
            "- just\n- a list\n",
            ":1: expected a mapping with name, description, questions",
            id="not-a-mapping",
        ),
        pytest.param(b"name: caf\xe9 deck\n", "not UTF-8 text (byte 0xe9 at offset 9)", id="non-utf8"),
        pytest.param(
            GOOD_QUESTION
            + "  - id: q2\n    kind: wh\n    prompt: Which?\n    answer: Seoul\n    answer: Havana\n",
            ":11: not valid YAML, column 5: duplicate key 'answer'",
            id="duplicate-key",
        ),
        pytest.param(
            "name: Twice\nname: Again\nquestions:\n" + GOOD_QUESTION,
            ":2: not valid YAML, column 1: duplicate key 'name'",
            id="duplicate-deck-key",
        ),
        pytest.param(
            GOOD_QUESTION + "  - id: q2\n    kind: mcq\n    prompt: Which year?\n    answer: '1960'\n",
            ":7: question 2 (id 'q2'), field 'choices': an mcq question needs exactly 4 choices, got 0",
            id="mcq-without-choices",
        ),
        pytest.param(
            GOOD_QUESTION.replace("New York", "&city New York")
            + "  - id: q2\n    kind: wh\n    prompt: Which?\n    answer: *city\n",
            ":6: not valid YAML, column 13: this value is used again through an alias (*name)",
            id="alias",
        ),
    ],
)
def test_schema_error_is_named_and_other_decks_survive(
    bank_folder: Path, content: str | bytes, expected: str
) -> None:
    if isinstance(content, str) and content.startswith("  - "):
        content = DECK_HEADER + content
    path = _broken(bank_folder, "broken.yaml", content)
    before = path.read_bytes()

    bank = load_bank(bank_folder)

    assert [entry.key for entry in bank.entries] == ["korea-cuba-missions", "korea-cuba-trade"]
    assert len(bank.errors) == 1
    message = str(bank.errors[0])
    assert str(path) in message
    assert expected in message, message
    assert path.read_bytes() == before


def test_a_deck_file_over_the_size_limit_is_refused_unread(bank_folder: Path) -> None:
    path = bank_folder / "huge.yaml"
    filler = "# " + "x" * 1022 + "\n"
    with path.open("w") as handle:
        handle.write("name: Huge\nquestions:\n")
        for _ in range(50 * 1024):  # 50 MB
            handle.write(filler)
    assert path.stat().st_size > MAX_DECK_FILE_BYTES

    bank = load_bank(bank_folder)

    assert len(bank.entries) == 2
    assert "50.0 MB, over the 20 MB limit" in str(bank.errors[0])


def test_every_problem_in_a_file_is_listed(tmp_path: Path) -> None:
    path = _broken(
        tmp_path,
        "many.yaml",
        "name: Many\nquestions:\n"
        "  - id: a\n    kind: wh\n    prompt: Who?\n"
        "  - id: b\n    kind: cloze\n    prompt: No blank.\n    answer: x\n",
    )
    with pytest.raises(DeckFileError) as caught:
        read_deck(path)
    assert [(p.position, p.field, p.line) for p in caught.value.problems] == [
        (1, "answer", 3),
        (2, "prompt", 8),
    ]


def test_yaml_scalars_follow_yaml_1_2(tmp_path: Path) -> None:
    path = _broken(
        tmp_path,
        "scalars.yaml",
        "name: Scalars\nquestions:\n"
        "  - {id: a, kind: wh, prompt: Opposite of yes?, answer: no}\n"
        "  - {id: b, kind: wh, prompt: What time?, answer: 12:30}\n"
        "  - {id: c, kind: wh, prompt: Which code?, answer: 0123}\n"
        "  - {id: d, kind: wh, prompt: Which year?, answer: 1960}\n"
        "  - {id: e, kind: true_false, prompt: Cuba is an island., answer: true}\n",
    )
    answers = [q.answer for q in read_deck(path).questions]
    assert answers == ["no", "12:30", "0123", "1960", True]


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = _broken(tmp_path, "bom.yaml", b"\xef\xbb\xbf" + (DECK_HEADER + GOOD_QUESTION).encode())
    assert read_deck(path).questions[0].answer == "New York"


def test_a_hand_edit_moves_the_edited_time_to_the_file_time(tmp_path: Path) -> None:
    path = tmp_path / "deck.yaml"
    early = datetime(2024, 1, 1, tzinfo=UTC)
    write_deck(
        Deck(
            name="D",
            questions=[
                Question(
                    id="a", kind="wh", prompt="Which city?", answer="Havana", created=early, edited=early
                ),
                Question(
                    id="b", kind="wh", prompt="Which country?", answer="Cuba", created=early, edited=early
                ),
            ],
        ),
        path,
    )
    path.write_text(path.read_text().replace("Which city?", "Which capital city?"))
    later = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
    os.utime(path, (later.timestamp(), later.timestamp()))

    edited_by_hand, untouched = read_deck(path).questions

    assert edited_by_hand.prompt == "Which capital city?" and edited_by_hand.edited == later
    assert untouched.edited == early


def test_a_question_written_by_hand_without_times_gets_the_file_time(tmp_path: Path) -> None:
    path = _broken(tmp_path, "hand.yaml", DECK_HEADER + GOOD_QUESTION)
    moment = datetime(2025, 3, 1, tzinfo=UTC)
    os.utime(path, (moment.timestamp(), moment.timestamp()))
    question = read_deck(path).questions[0]
    assert question.created == moment and question.edited == moment


ALIAS_BOMB = "".join(
    [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n',
        *(
            f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n"
            for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
        ),
    ]
)
"""Nine levels of nine aliases: under a kilobyte of YAML, 9**9 (387 million) strings as data."""


@pytest.mark.parametrize(
    "deck", [ALIAS_BOMB + "name: Bomb\nquestions:\n  - *i\n", ALIAS_BOMB + "name: *i\nquestions: []\n"]
)
def test_an_alias_bomb_is_refused_at_once_with_a_located_error(tmp_path: Path, deck: str) -> None:
    assert len(deck) < 1000
    folder = tmp_path / "bank"
    folder.mkdir()
    (folder / "bomb.yaml").write_text(deck)

    result = subprocess.run(
        [sys.executable, "-m", "questions", "validate", str(folder)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )

    assert result.returncode == 1
    assert re.search(
        r"bomb\.yaml:\d: not valid YAML, column 4: this value is used again through an alias", result.stderr
    )
    assert len(result.stderr) < 500


def test_a_huge_wrong_value_is_shown_cut_short_in_the_message(tmp_path: Path) -> None:
    path = _broken(tmp_path, "long.yaml", DECK_HEADER + GOOD_QUESTION + "    tags: " + "x" * 100_000 + "\n")

    with pytest.raises(DeckFileError) as caught:
        read_deck(path)

    assert "field 'tags': Input should be a valid list, got 'xxxx" in str(caught.value)
    assert len(str(caught.value)) < 300
