"""`python -m questions`: the real command in a real process; one-line errors, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageRequest

from questions.bank import load_bank
from questions.grading import grade
from questions.progress import ProgressStore

from .conftest import REPO


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "questions", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
        timeout=120,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and fragment in lines[0], result.stderr


def test_validate_lists_each_deck(bank_folder: Path) -> None:
    result = run("validate", str(bank_folder))
    assert result.returncode == 0, result.stderr
    assert "ok      korea-cuba-missions.yaml: 10 questions" in result.stdout
    assert "ok      korea-cuba-trade.yaml: 6 questions" in result.stdout


def test_validate_names_every_problem_and_fails(bank_folder: Path) -> None:
    (bank_folder / "broken.yaml").write_text(
        "name: Broken\nquestions:\n  - id: b1\n    kind: true_false\n    prompt: Cuba is big.\n    answer: maybe\n"
    )
    result = run("validate", str(bank_folder))
    assert result.returncode == 1
    assert (
        "ok      korea-cuba-trade.yaml" in result.stdout
        and "broken  broken.yaml: 1 problem(s)" in result.stdout
    )
    assert (
        "broken.yaml:6: question 1 (id 'b1'), field 'answer': a true_false answer must be true or false"
        in result.stderr
    )
    assert "Traceback" not in result.stderr


def test_validate_reads_the_bank_folder_from_the_environment(bank_folder: Path) -> None:
    (bank_folder / "korea-cuba-trade.yaml").unlink()
    result = run("validate", env={"QUIZ_BANK_DIR": str(bank_folder)})
    assert (
        result.returncode == 0
        and "korea-cuba-trade" not in result.stdout
        and "korea-cuba-missions" in result.stdout
    )


def test_a_missing_bank_folder_is_a_one_line_error(tmp_path: Path) -> None:
    assert_one_line_error(run("validate", str(tmp_path / "nope")), "does not exist")


def test_export_writes_a_package_anki_imports(bank_folder: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.apkg"
    result = run("export", "korea-cuba-trade", "-o", str(output), "--bank", str(bank_folder))
    assert result.returncode == 0, result.stderr
    assert f"wrote 6 notes from 1 deck(s) to {output}" in result.stdout
    collection = Collection(str(tmp_path / "collection.anki2"))
    try:
        collection.import_anki_package(ImportAnkiPackageRequest(package_path=str(output)))
        assert len(collection.find_notes("")) == 6
    finally:
        collection.close()


def test_export_csv_by_tag(bank_folder: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.csv"
    result = run("export", "--csv", "--tag", "trade", "-o", str(output), "--bank", str(bank_folder))
    assert result.returncode == 0, result.stderr
    assert "wrote 5 notes from 2 deck(s)" in result.stdout
    assert output.read_text().startswith("#separator:")


def test_export_of_an_unknown_deck_is_a_one_line_error(bank_folder: Path, tmp_path: Path) -> None:
    result = run("export", "no-such-deck", "-o", str(tmp_path / "x.apkg"), "--bank", str(bank_folder))
    assert_one_line_error(result, "no deck 'no-such-deck'")


def test_export_to_an_unwritable_place_is_a_one_line_error(bank_folder: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = run("export", "-o", str(blocker / "x.apkg"), "--bank", str(bank_folder))
    assert_one_line_error(result, "cannot write")


def test_stats_before_any_answer(bank_folder: Path, tmp_path: Path) -> None:
    result = run("stats", "--bank", str(bank_folder), "--db", str(tmp_path / "none.sqlite3"))
    assert result.returncode == 0 and "no answers yet" in result.stdout


def test_stats_counts_answers_per_deck(bank_folder: Path, tmp_path: Path) -> None:
    database = tmp_path / "progress.sqlite3"
    store = ProgressStore(database)
    bank = load_bank(bank_folder)
    now = datetime.now(UTC)
    for entry, question in bank.questions()[:4]:
        given = question.answer_text if question.id != "kc-un-city" else "Geneva"
        store.record_answer(
            question=question, deck=entry.key, given=given, verdict=grade(question, given), answered_at=now
        )
    result = run("stats", "--bank", str(bank_folder), "--db", str(database))
    assert result.returncode == 0, result.stderr
    assert "answers: 4, correct: 3 (75%)" in result.stdout
    assert "streak: 1 day(s)" in result.stdout
    assert "korea-cuba-missions: 4 answers, 75% correct" in result.stdout


def test_no_arguments_shows_help() -> None:
    result = run()
    assert "validate" in result.stdout + result.stderr and "export" in result.stdout + result.stderr


def test_export_refuses_to_leave_out_questions_of_a_deck_it_could_not_read_whole(
    bank_folder: Path, tmp_path: Path
) -> None:
    (bank_folder / "aa-copy.yaml").write_text(
        "name: Copy\nquestions:\n"
        "  - id: fresh-1\n    kind: wh\n    prompt: Which island?\n    answer: Cuba\n"
        "  - id: kc-un-city\n    kind: wh\n    prompt: Which city?\n    answer: New York\n"
    )
    output = tmp_path / "all.apkg"

    everything = run("export", "-o", str(output), "--bank", str(bank_folder))
    written_anyway = output.exists()
    named = run("export", "korea-cuba-missions", "-o", str(output), "--bank", str(bank_folder))
    validated = run("validate", str(bank_folder))

    assert everything.returncode == 1 and not written_anyway
    last = everything.stderr.strip().splitlines()[-1]
    assert last.startswith("error: not exported: aa-copy.yaml could not be read whole"), everything.stderr
    assert named.returncode == 0 and "wrote 10 notes from 1 deck(s)" in named.stdout
    assert "partly  aa-copy.yaml: 1 questions (Copy), 1 left out" in validated.stdout
    assert "ok      korea-cuba-missions.yaml: 10 questions" in validated.stdout
