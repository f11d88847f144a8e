"""The learner's progress in SQLite: every answer logged, every card's FSRS state, and the queries over them.

Each public call opens its own connection and closes it, so the store is safe to share across
Streamlit's threads and across processes. Times are stored as fixed-width ISO text in UTC, which
sorts like the instants it names; a day is the learner's (``questions.learner_day``: from 4 a.m. to
4 a.m. in the zone the caller gives), so the queries pick instants in SQL and count days in Python.
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path

from fsrs import Card, Rating, Scheduler

from questions.kept_connections import keep_open
from questions.learner_day import day_start, learner_day
from questions.progress_records import AnswerRecord, DayStats, DeckStats
from questions.progress_schema import ANSWER_COLUMNS, APPLICATION_ID, SCHEMA, SCHEMA_VERSION, TABLES
from questions.question import Question
from questions.scheduling import aware_utc, make_scheduler, rating_for, review
from questions.settings import PROGRESS_DB_ENV
from questions.verdict import Verdict

SYNCHRONOUS = "NORMAL"
"""With WAL, a committed answer survives a crash of the app (or of Python); one committed in the
last moments before a power cut or an OS crash may be lost, but the file is never corrupted.
FULL (an fsync per answer) would also survive those, at over ten times the cost (measured with
100,000 answers logged: a median 6-9 ms per answer against 0.4 ms)."""
BUSY_TIMEOUT_SECONDS = 10.0
"""How long a call waits for another writer before failing; a write holds the lock for about a millisecond."""


def _stamp(moment: datetime) -> str:
    return aware_utc(moment).isoformat(timespec="microseconds")


def _day_start(day: date, *, zone: tzinfo) -> str:
    return _stamp(day_start(day, zone=zone))


def _days(rows: Iterable[sqlite3.Row], *, zone: tzinfo) -> Iterator[date]:
    """The learner's day of each row's time (its first column)."""
    return (learner_day(datetime.fromisoformat(row[0]), zone=zone) for row in rows)


def _record(row: sqlite3.Row) -> AnswerRecord:
    return AnswerRecord.model_validate(
        {**dict(row), "answered_at": datetime.fromisoformat(row["answered_at"])}
    )


def _accuracy(*, answers: int, correct: int) -> float:
    return correct / answers if answers else 0.0


def _wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


class ProgressError(Exception):
    """A progress database that cannot be used: the message names the file and what to do."""


_ADVICE = f"move it away, or choose another file with --db or ${PROGRESS_DB_ENV}"


class ProgressStore:
    """The progress database at ``path``, created on first use.

    Only a database this app made is used: an empty or new file gets the schema; a file of
    another application, or one that is not SQLite at all, is refused unchanged. Reads open the
    file read-only (in a read-only folder too), so looking at progress never writes.
    """

    def __init__(self, path: Path, *, scheduler: Scheduler | None = None) -> None:
        self.path = path
        self.scheduler = scheduler if scheduler is not None else make_scheduler()
        if path.exists() and self._existing_schema():
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with self._writable() as connection:
                connection.execute("PRAGMA journal_mode = WAL")
            with self._transaction() as connection:
                if connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0:
                    for statement in SCHEMA:
                        connection.execute(statement)
        except OSError as error:
            raise ProgressError(
                f"cannot create the progress database {path}: {error.strerror}; {_ADVICE}"
            ) from None

    def _existing_schema(self) -> bool:
        """Check an existing file is our database: True when it is ready, False when it is empty
        (to be set up); ProgressError otherwise."""
        with self._connect() as connection:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            tables = {
                row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        if not tables and application_id == 0:
            return False
        ours = application_id == APPLICATION_ID or (application_id == 0 and version == 1 and tables >= TABLES)
        if not ours:
            found = ", ".join(sorted(tables)[:5]) or "no tables"
            raise ProgressError(
                f"{self.path} is not this app's progress database (application id {application_id}, "
                f"tables: {found}): {_ADVICE}"
            )
        if version > SCHEMA_VERSION:
            raise ProgressError(
                f"{self.path} has progress schema {version}, newer than this app's {SCHEMA_VERSION}: "
                "update the app, or choose another file"
            )
        return True

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A read-only connection. In a folder this process cannot write, SQLite cannot make the
        files it shares with writers; without a WAL file there, every answer is in the database
        file and no one can change it, so it is read as it is."""
        frozen = not os.access(self.path.parent, os.W_OK) and not _wal_of(self.path).exists()
        uri = self.path.resolve().as_uri() + ("?immutable=1" if frozen else "?mode=ro")
        with self._opened(uri, uri=True) as connection:
            yield connection

    @contextmanager
    def _writable(self) -> Iterator[sqlite3.Connection]:
        with self._opened(str(self.path), uri=False) as connection:
            connection.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
            yield connection

    @contextmanager
    def _opened(self, target: str, *, uri: bool) -> Iterator[sqlite3.Connection]:
        # isolation_level=None: no implicit transactions; writes say BEGIN IMMEDIATE themselves.
        try:
            connection = sqlite3.connect(target, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, uri=uri)
        except sqlite3.Error as error:
            raise ProgressError(
                f"cannot open the progress database {self.path}: {error}; {_ADVICE}"
            ) from None
        connection.row_factory = sqlite3.Row
        try:
            yield connection
        except sqlite3.DatabaseError as error:
            if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
                raise
            raise ProgressError(f"cannot use the progress database {self.path}: {error}; {_ADVICE}") from None
        finally:
            connection.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the write lock up front, so two processes updating the
        same card queue up instead of both reading the old state."""
        with self._writable() as connection:
            keep_open(self.path)
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")

    def record_answer(
        self,
        *,
        question: Question,
        deck: str,
        given: str,
        verdict: Verdict,
        answered_at: datetime,
        rating: Rating | None = None,
        seconds_taken: float | None = None,
    ) -> AnswerRecord:
        moment = aware_utc(answered_at)
        chosen = rating if rating is not None else rating_for(verdict, seconds_taken=seconds_taken)
        with self._transaction() as connection:
            row = connection.execute(
                "SELECT card_json FROM cards WHERE question_id = ?", (question.id,)
            ).fetchone()
            card = review(
                Card.from_json(row["card_json"]) if row else None,
                chosen,
                at=moment,
                scheduler=self.scheduler,
            )
            cursor = connection.execute(
                "INSERT INTO answers (answered_at, question_id, deck, prompt, expected, given,"
                " correct, reason, rating, seconds_taken) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    _stamp(moment),
                    question.id,
                    deck,
                    question.prompt,
                    verdict.expected,
                    given,
                    int(verdict.correct),
                    verdict.reason.value,
                    int(chosen),
                    seconds_taken,
                ),
            )
            connection.execute(
                "INSERT INTO cards (question_id, due, card_json, reviewed_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (question_id) DO UPDATE SET due = excluded.due,"
                " card_json = excluded.card_json, reviewed_at = excluded.reviewed_at",
                (question.id, _stamp(card.due), card.to_json(), _stamp(moment)),
            )
            answer_id = cursor.lastrowid
        assert answer_id is not None
        return AnswerRecord(
            id=answer_id,
            answered_at=moment,
            question_id=question.id,
            deck=deck,
            prompt=question.prompt,
            expected=verdict.expected,
            given=given,
            correct=verdict.correct,
            reason=verdict.reason,
            rating=chosen,
            seconds_taken=seconds_taken,
        )

    def amend_answer(self, answer_id: int, *, verdict: Verdict, rating: Rating) -> AnswerRecord:
        """Correct a logged answer ("I was right"): rewrite its verdict and rating, and rebuild
        the question's card by replaying its answers in order, so the stats count it once."""
        with self._transaction() as connection:
            row = connection.execute("SELECT * FROM answers WHERE id = ?", (answer_id,)).fetchone()
            if row is None:
                raise KeyError(f"no logged answer with id {answer_id}")
            connection.execute(
                "UPDATE answers SET correct = ?, reason = ?, rating = ? WHERE id = ?",
                (int(verdict.correct), verdict.reason.value, int(rating), answer_id),
            )
            card = None
            for logged in connection.execute(
                "SELECT answered_at, rating FROM answers WHERE question_id = ? ORDER BY answered_at, id",
                (row["question_id"],),
            ):
                moment = datetime.fromisoformat(logged["answered_at"])
                card = review(card, Rating(logged["rating"]), at=moment, scheduler=self.scheduler)
            assert card is not None
            connection.execute(
                "UPDATE cards SET due = ?, card_json = ? WHERE question_id = ?",
                (_stamp(card.due), card.to_json(), row["question_id"]),
            )
            updated = connection.execute("SELECT * FROM answers WHERE id = ?", (answer_id,)).fetchone()
        return _record(updated)

    def answer_count(self) -> int:
        with self._connect() as connection:
            count: int = connection.execute("SELECT count(*) FROM answers").fetchone()[0]
        return count

    def history(self, question_id: str) -> list[AnswerRecord]:
        """Every answer to the question, oldest first, whether or not it is still in a deck."""
        with self._connect() as connection:
            rows = connection.execute(
                f"SELECT {ANSWER_COLUMNS} FROM answers WHERE question_id = ? ORDER BY answered_at, id",
                (question_id,),
            ).fetchall()
        return [_record(row) for row in rows]

    def card(self, question_id: str) -> Card | None:
        """The question's FSRS card, or ``None`` if it was never answered."""
        with self._connect() as connection:
            row = connection.execute(
                "SELECT card_json FROM cards WHERE question_id = ?", (question_id,)
            ).fetchone()
        return Card.from_json(row["card_json"]) if row else None

    def due_question_ids(self, *, now: datetime, limit: int | None = None) -> list[str]:
        """Answered questions whose card is due, soonest first. Questions never answered are new, not due."""
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT question_id FROM cards WHERE due <= ? ORDER BY due, question_id LIMIT ?",
                (_stamp(now), -1 if limit is None else limit),
            ).fetchall()
        return [row["question_id"] for row in rows]

    def recent_mistakes(self, *, limit: int = 20) -> list[AnswerRecord]:
        """Wrong answers to questions whose latest answer is still wrong, newest first, one per question."""
        with self._connect() as connection:
            rows = connection.execute(
                f"SELECT {ANSWER_COLUMNS} FROM answers AS a WHERE a.correct = 0 AND a.id = ("
                " SELECT b.id FROM answers AS b WHERE b.question_id = a.question_id"
                " ORDER BY b.answered_at DESC, b.id DESC LIMIT 1"
                ") ORDER BY a.answered_at DESC, a.id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [_record(row) for row in rows]

    def daily_stats(self, *, zone: tzinfo, since: date | None = None) -> list[DayStats]:
        """One entry per learner's day with answers, oldest first; days without answers are left out."""
        answers: Counter[date] = Counter()
        correct: Counter[date] = Counter()
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT answered_at, correct FROM answers WHERE answered_at >= ?",
                ("" if since is None else _day_start(since, zone=zone),),
            )
            for row in rows:
                day = learner_day(datetime.fromisoformat(row["answered_at"]), zone=zone)
                answers[day] += 1
                correct[day] += row["correct"]
        return [
            DayStats(
                day=day,
                answers=answers[day],
                correct=correct[day],
                accuracy=_accuracy(answers=answers[day], correct=correct[day]),
            )
            for day in sorted(answers)
        ]

    def deck_stats(self) -> list[DeckStats]:
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT deck, count(*) AS answers, sum(correct) AS correct"
                " FROM answers GROUP BY deck ORDER BY deck"
            ).fetchall()
        return [
            DeckStats(
                deck=row["deck"],
                answers=row["answers"],
                correct=row["correct"],
                accuracy=_accuracy(answers=row["answers"], correct=row["correct"]),
            )
            for row in rows
        ]

    def streak(self, *, today: date, zone: tzinfo) -> int:
        """Consecutive learner's days with an answer, ending today, or yesterday while today has none yet."""
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT answered_at FROM answers WHERE answered_at < ? ORDER BY answered_at DESC",
                (_day_start(today + timedelta(days=1), zone=zone),),
            )
            days = 0
            counted: date | None = None  # the earliest day counted so far
            for day in _days(rows, zone=zone):
                if day == counted:
                    continue
                # the streak goes on with the day before the last one counted (or with yesterday)
                if day < (counted or today) - timedelta(days=1):
                    break
                days += 1
                counted = day
        return days

    def due_forecast(self, *, now: datetime, zone: tzinfo, days: int = 14) -> list[tuple[date, int]]:
        """Cards falling due on each of the learner's next ``days`` days from today; overdue cards
        count on today."""
        today = learner_day(now, zone=zone)
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT due FROM cards WHERE due < ?", (_day_start(today + timedelta(days=days), zone=zone),)
            )
            counts = Counter(max(day, today) for day in _days(rows, zone=zone))
        upcoming = [today + timedelta(days=offset) for offset in range(days)]
        return [(day, counts[day]) for day in upcoming]


__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "SYNCHRONOUS",
    "ProgressError",
    "ProgressStore",
]
