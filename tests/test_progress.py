from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from collections import Counter
from contextlib import ExitStack, closing
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from fsrs import Card, Rating

from questions.progress import ProgressError, ProgressStore
from questions.progress_records import AnswerRecord
from questions.progress_schema import SCHEMA_VERSION
from questions.question import Question
from questions.scheduling import make_scheduler, review
from questions.verdict import Reason, Verdict

from .progress_support import RIGHT, T0, WRONG, answer, question

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def store(tmp_path: Path) -> ProgressStore:
    return ProgressStore(tmp_path / "progress.sqlite3", scheduler=make_scheduler(fuzzing=False))


def test_fresh_path_gets_directories_schema_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "progress.sqlite3"
    store = ProgressStore(path)
    assert store.answer_count() == 0
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        indexes = {
            row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
    assert {"answers_by_time", "answers_by_question", "cards_by_due"} <= indexes


def test_reopening_keeps_the_data(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    answer(ProgressStore(path), "q1", at=T0)
    assert ProgressStore(path).answer_count() == 1


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    ProgressStore(path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(
        ProgressError, match=r"progress\.sqlite3 has progress schema 2, newer than this app's 1"
    ):
        ProgressStore(path)


def test_record_and_read_back(store: ProgressStore) -> None:
    quick = store.record_answer(
        question=question("q1"),
        deck="europe",
        given="paris",
        verdict=Verdict(correct=True, reason=Reason.TYPO, expected="Paris"),
        answered_at=T0,
        seconds_taken=3.5,
    )
    slow = store.record_answer(
        question=question("q1"),
        deck="europe",
        given="Paris",
        verdict=RIGHT,
        answered_at=T0 + timedelta(days=1),
        seconds_taken=40.0,
    )
    chosen = answer(store, "q1", at=T0 + timedelta(days=2), rating=Rating.Hard)

    assert quick.rating is Rating.Easy
    assert slow.rating is Rating.Good
    assert chosen.rating is Rating.Hard
    assert quick.answered_at == T0
    assert quick.answered_at.tzinfo is UTC
    assert quick.id < slow.id < chosen.id

    history = store.history("q1")
    assert history == [quick, slow, chosen]
    first = history[0]
    assert (first.deck, first.prompt, first.expected, first.given) == (
        "europe",
        "What is the capital of France?",
        "Paris",
        "paris",
    )
    assert (first.correct, first.reason, first.seconds_taken) == (True, Reason.TYPO, 3.5)
    assert store.answer_count() == 3


def test_naive_answer_time_is_refused(store: ProgressStore) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        answer(store, "q1", at=datetime(2025, 3, 10, 9, 0))
    assert store.answer_count() == 0


def test_history_survives_the_question_leaving_the_bank(store: ProgressStore) -> None:
    gone = question("gone-1", prompt="Who wrote the article that was later retracted?")
    store.record_answer(question=gone, deck="retracted", given="nobody", verdict=WRONG, answered_at=T0)
    del gone

    [record] = store.history("gone-1")
    assert record.prompt == "Who wrote the article that was later retracted?"
    assert (record.deck, record.expected, record.given, record.correct) == (
        "retracted",
        "Paris",
        "nobody",
        False,
    )
    assert store.history("never-seen") == []


def test_answers_update_the_fsrs_card(store: ProgressStore) -> None:
    assert store.card("q1") is None
    answer(store, "q1", at=T0)  # Good on a new card: next learning step in 10 minutes
    card = store.card("q1")
    assert card is not None
    assert card.due == T0 + timedelta(minutes=10)
    answer(store, "q1", at=card.due)  # graduates
    graduated = store.card("q1")
    assert graduated is not None
    assert graduated.due == T0 + timedelta(minutes=10) + timedelta(days=2)


def test_due_list(store: ProgressStore) -> None:
    answer(store, "good", at=T0)  # due T0 + 10 min
    answer(store, "wrong", at=T0, right=False)  # due T0 + 1 min
    answer(store, "easy", at=T0, rating=Rating.Easy)  # due T0 + 8 days

    assert store.due_question_ids(now=T0) == []
    assert store.due_question_ids(now=T0 + timedelta(minutes=1)) == ["wrong"]
    assert store.due_question_ids(now=T0 + timedelta(minutes=10)) == ["wrong", "good"]
    assert store.due_question_ids(now=T0 + timedelta(minutes=10), limit=1) == ["wrong"]
    assert store.due_question_ids(now=T0 + timedelta(days=8)) == ["wrong", "good", "easy"]

    answer(store, "wrong", at=T0 + timedelta(minutes=2))  # reviewed again: due later now
    assert store.due_question_ids(now=T0 + timedelta(minutes=10)) == ["good"]


def test_recent_mistakes(store: ProgressStore) -> None:
    answer(store, "q1", at=T0, right=False)
    answer(store, "q2", at=T0 + timedelta(minutes=1), right=False)
    answer(store, "q3", at=T0 + timedelta(minutes=2), right=True)
    answer(store, "q1", at=T0 + timedelta(minutes=3), right=False)

    mistakes = store.recent_mistakes()
    assert [(m.question_id, m.answered_at) for m in mistakes] == [
        ("q1", T0 + timedelta(minutes=3)),
        ("q2", T0 + timedelta(minutes=1)),
    ]
    assert [m.question_id for m in store.recent_mistakes(limit=1)] == ["q1"]

    answer(store, "q2", at=T0 + timedelta(minutes=4), right=True)
    assert [m.question_id for m in store.recent_mistakes()] == ["q1"]

    answer(store, "q1", at=T0 + timedelta(minutes=5), right=True)
    assert store.recent_mistakes() == []


WORKER = textwrap.dedent(
    """
    import sys
    import time
    from datetime import UTC, datetime, timedelta
    from pathlib import Path

    from questions.progress import ProgressStore
    from questions.scheduling import make_scheduler, review
    from questions.question import Kind, Question
    from questions.verdict import Reason, Verdict

    path, name, count, spread = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    store = ProgressStore(Path(path), scheduler=make_scheduler(fuzzing=False))
    items = [Question(id=f"q{i}", kind=Kind.WH, prompt=f"Q{i}?", answer="yes") for i in range(spread)]
    start = datetime(2025, 3, 10, tzinfo=UTC)
    print("ready", flush=True)
    sys.stdin.readline()
    for n in range(count):
        right = n % 3 != 0
        store.record_answer(
            question=items[n % spread],
            deck=name,
            given=f"{name}-{n}",
            verdict=Verdict(correct=right, reason=Reason.EXACT if right else Reason.WRONG, expected="yes"),
            answered_at=start + timedelta(seconds=n),
        )
        time.sleep(0.002)  # a (very fast) learner: without a pause one writer can hold the lock throughout
    """
)


def replay(history: list[AnswerRecord]) -> Card | None:
    """The card that reviewing the answers one at a time, in the order they were logged, produces."""
    scheduler = make_scheduler(fuzzing=False)
    card = None
    for record in sorted(history, key=lambda record: record.id):
        card = review(card, record.rating, at=record.answered_at, scheduler=scheduler)
    return card


def kill_survivors(workers: list[subprocess.Popen[str]]) -> None:
    for worker in workers:
        if worker.poll() is None:
            worker.kill()


def test_two_processes_answering_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    store = ProgressStore(path)
    count, spread = 300, 20
    with ExitStack() as stack:
        workers = [
            stack.enter_context(
                subprocess.Popen(
                    [sys.executable, "-c", WORKER, str(path), name, str(count), str(spread)],
                    cwd=REPO,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    text=True,
                )
            )
            for name in ("alpha", "beta")
        ]
        stack.callback(kill_survivors, workers)  # on failure; runs before each Popen closes its pipes
        for worker in workers:  # both have imported everything: start them together
            assert worker.stdout is not None
            assert worker.stdout.readline() == "ready\n"
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.close()
        for worker in workers:
            assert worker.wait(timeout=60) == 0

    assert store.answer_count() == 2 * count
    by_deck = {deck.deck: deck.answers for deck in store.deck_stats()}
    assert by_deck == {"alpha": count, "beta": count}
    records = [record for n in range(spread) for record in store.history(f"q{n}")]
    for name in ("alpha", "beta"):
        given = {record.given for record in records if record.deck == name}
        assert given == {f"{name}-{n}" for n in range(count)}

    per_question = Counter(record.question_id for record in records)
    assert per_question == {f"q{n}": 2 * count // spread for n in range(spread)}
    for n in range(spread):
        # A lost read-modify-write would leave the stored card one review short of this replay.
        assert store.card(f"q{n}") == replay(store.history(f"q{n}")), f"a review of q{n} was lost"

    in_commit_order = [record.deck for record in sorted(records, key=lambda record: record.id)]
    switches = sum(a != b for a, b in pairwise(in_commit_order))
    assert switches > count // 10, "the two processes hardly overlapped, so the test proved little"


def test_amending_an_answer_rewrites_it_and_replays_the_card(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path / "progress.sqlite3", scheduler=make_scheduler(fuzzing=False))
    question = Question(id="amend-1", kind="wh", prompt="Which city?", answer="Havana")
    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    wrong = Verdict(correct=False, reason=Reason.WRONG, expected="Havana")
    right = Verdict(correct=True, reason=Reason.ALTERNATIVE, expected="Havana")
    first = store.record_answer(question=question, deck="d", given="Habana", verdict=wrong, answered_at=start)
    store.record_answer(
        question=question, deck="d", given="Havana", verdict=right, answered_at=start + timedelta(days=1)
    )

    amended = store.amend_answer(first.id, verdict=right, rating=Rating.Good)

    assert (amended.correct, amended.reason, amended.rating, amended.given) == (
        True,
        Reason.ALTERNATIVE,
        Rating.Good,
        "Habana",
    )
    assert store.answer_count() == 2 and store.recent_mistakes() == []
    replayed = review(None, Rating.Good, at=start, scheduler=make_scheduler(fuzzing=False))
    replayed = review(
        replayed, Rating.Good, at=start + timedelta(days=1), scheduler=make_scheduler(fuzzing=False)
    )
    card = store.card("amend-1")
    assert card is not None and card.due == replayed.due and card.stability == replayed.stability


def test_amending_an_unknown_answer_is_a_clear_error(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path / "progress.sqlite3")
    with pytest.raises(KeyError, match="no logged answer with id 42"):
        store.amend_answer(
            42, verdict=Verdict(correct=True, reason=Reason.EXACT, expected="x"), rating=Rating.Good
        )
