"""The Progress page run with AppTest: empty at first, then the streak, the counts and the charts,
counted in the learner's days."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from streamlit.testing.v1 import AppTest

from questions.bank import load_bank
from questions.grading import grade
from questions.learner_day import day_start, learner_day

from .app_support import APP, click, quiz_on, run, store, type_answer

# Progress


def test_progress_is_empty_before_the_first_answer(quiz_env: dict[str, Path]) -> None:
    at = run("progress")
    assert "No answers yet" in at.info[0].value


def test_progress_shows_the_streak_the_counts_and_charts(quiz_env: dict[str, Path]) -> None:
    at = run("quiz", quiz=quiz_on("kc-temporary-office", "kc-un-city"))
    type_answer(at, "Havana")
    click(at, "Next question")
    type_answer(at, "Paris")
    at.switch_page("views/progress.py").run()
    assert not at.exception
    metrics = {metric.label: metric.value for metric in at.metric}
    assert metrics == {"Streak": "1 day", "Answers": "2", "Accuracy": "50%", "Due today": "1"}
    assert len(at.get("vega_lite_chart")) == 4
    assert [header.value for header in at.subheader] == [
        "Answers per day",
        "Accuracy over time",
        "By deck",
        "Reviews due, next 14 days",
    ]


def test_the_learners_day_starts_at_four_in_their_browsers_time_zone(quiz_env: dict[str, Path]) -> None:
    """Answers at 3:59 and 4:00 in Seoul, today: two days of a streak there (they are one day in UTC)."""
    seoul = ZoneInfo("Asia/Seoul")
    today_starts = day_start(learner_day(datetime.now(UTC), zone=seoul), zone=seoul)
    [(_, question)] = [
        found for found in load_bank(quiz_env["bank"]).questions() if found[1].id == "kc-un-city"
    ]
    for moment in (today_starts - timedelta(minutes=1), today_starts):
        store(quiz_env).record_answer(
            question=question,
            deck="korea-cuba-missions",
            given="New York",
            verdict=grade(question, "New York"),
            answered_at=moment,
        )
    at = AppTest.from_file(APP, default_timeout=60)
    at.context["timezone"] = "Asia/Seoul"
    at.run()
    at.switch_page("views/progress.py").run()
    assert not at.exception, at.exception
    assert {metric.label: metric.value for metric in at.metric}["Streak"] == "2 days"
