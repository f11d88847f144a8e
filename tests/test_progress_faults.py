"""The progress database when something is wrong with it: each case a clear one-line error that
names the file and what to do, and nothing written to a file that is not ours."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from questions.progress import ProgressError, ProgressStore
from questions.progress_schema import APPLICATION_ID
from questions.question import Kind, Question
from questions.verdict import Reason, Verdict

from .conftest import REPO

NOW = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
QUESTION = Question(id="kc-un-city", kind=Kind.WH, prompt="Which city?", answer="New York")
RIGHT = Verdict(correct=True, reason=Reason.EXACT, expected="New York")


ANSWERING = """
import os, sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from questions.progress import ProgressStore
from questions.question import Kind, Question
from questions.verdict import Reason, Verdict

store = ProgressStore(Path(sys.argv[1]))
verdict = Verdict(correct=True, reason=Reason.EXACT, expected="yes")
for n in range(200):
    question = Question(id=f"q{n % 7}", kind=Kind.WH, prompt="Which?", answer="yes")
    store.record_answer(
        question=question, deck="d", given="yes", verdict=verdict,
        answered_at=datetime(2025, 3, 10, tzinfo=UTC) + timedelta(seconds=n),
    )
if sys.argv[2] == "killed":
    os.kill(os.getpid(), 9)  # the app dies with its connections open: nothing closes or checkpoints
"""


def answered_elsewhere(path: Path, *, ending: str) -> subprocess.CompletedProcess[bytes]:
    """200 answers recorded by another process, which then exits or is killed."""
    return subprocess.run(
        [sys.executable, "-c", ANSWERING, str(path), ending], cwd=REPO, capture_output=True, check=False
    )


def record(store: ProgressStore) -> None:
    store.record_answer(question=QUESTION, deck="news", given="New York", verdict=RIGHT, answered_at=NOW)


def stats(bank: Path, db: Path, *, read_only_folder: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m questions stats``; with ``read_only_folder``, that folder is read-only for it
    (a read-only bind mount for root, whom permissions do not stop; the folder's mode otherwise)."""
    command = [sys.executable, "-m", "questions", "stats", "--bank", str(bank), "--db", str(db)]
    if read_only_folder is not None and os.geteuid() == 0:
        folder = str(read_only_folder)
        mount = f'mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && exec "$@"'
        command = ["unshare", "-m", "sh", "-c", mount, "sh", *command]
    elif read_only_folder is not None:
        read_only_folder.chmod(0o555)
    try:
        return subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False, timeout=120)
    finally:
        if read_only_folder is not None:
            read_only_folder.chmod(0o755)


def assert_one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert all(fragment in lines[0] for fragment in fragments), lines[0]


def test_a_file_that_is_not_a_database_is_named_with_advice(bank_folder: Path, tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    path.write_bytes(b"these are my notes, not a database\n" * 200)
    before = path.read_bytes()

    with pytest.raises(ProgressError, match=r"progress\.sqlite3: file is not a database; move it away"):
        ProgressStore(path)
    result = stats(bank_folder, path)

    assert_one_line_error(result, str(path), "file is not a database", "--db")
    assert path.read_bytes() == before


def test_another_applications_database_is_refused_and_left_as_it_was(
    bank_folder: Path, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.db"
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        connection.execute("INSERT INTO contacts VALUES ('Ana', '555')")
    before = path.read_bytes()

    with pytest.raises(
        ProgressError, match=r"contacts\.db is not this app's progress database .*tables: contacts"
    ):
        ProgressStore(path)
    result = stats(bank_folder, path)

    assert_one_line_error(result, str(path), "not this app's progress database")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("contacts")) == ["contacts.db"]
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_new_database_is_marked_as_ours_and_an_empty_file_becomes_one(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()

    record(ProgressStore(empty))

    with closing(sqlite3.connect(empty)) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert ProgressStore(empty).answer_count() == 1


@pytest.mark.parametrize("ending", ["exited", "killed"])
def test_stats_read_a_database_in_a_read_only_folder(bank_folder: Path, tmp_path: Path, ending: str) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    path = folder / "progress.sqlite3"
    answered_elsewhere(path, ending=ending)
    before = sorted(p.name for p in folder.iterdir())

    result = stats(bank_folder, path, read_only_folder=folder)

    assert result.returncode == 0, result.stderr
    assert "answers: 200, correct: 200 (100%)" in result.stdout
    assert sorted(p.name for p in folder.iterdir()) == before


def test_a_database_damaged_after_use_gives_a_progress_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    answered_elsewhere(path, ending="exited")
    data = bytearray(path.read_bytes())
    page = 4096
    data[page:] = os.urandom(len(data) - page)
    path.write_bytes(bytes(data))

    with pytest.raises(ProgressError, match=r"progress database .*progress\.sqlite3: .*; move it away"):
        damaged = ProgressStore(path)
        record(damaged)
        damaged.daily_stats(zone=UTC)


def test_every_committed_answer_survives_the_app_being_killed(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"

    killed = answered_elsewhere(path, ending="killed")

    assert killed.returncode == -9
    store = ProgressStore(path)
    assert store.answer_count() == 200
    assert len(store.history("q0")) == 29
