"""Progress: the streak, answers per day, accuracy over time, each deck, and the reviews due in the
next 14 days, drawn from the progress store."""

from __future__ import annotations

from datetime import timedelta

import altair as alt
import pandas as pd
import streamlit as st

import app
from questions import choosing
from questions.learner_day import learner_day

DAYS_SHOWN = 30
FORECAST_DAYS = 14
RIGHT, WRONG = "#3a9d5d", "#e0584f"

st.title("Progress", anchor=False)
store = app.progress_store()
now = app.now()
zone = app.learner_zone()
today = learner_day(now, zone=zone)

if store.answer_count() == 0:
    st.info("No answers yet: your progress shows here after your first quiz.", icon=":material/lightbulb:")
    st.page_link(app.PAGES["quiz"], label="Take a quiz", icon=":material/quiz:")
    st.stop()

since = today - timedelta(days=DAYS_SHOWN - 1)
days = {stats.day: stats for stats in store.daily_stats(since=since, zone=zone)}
every_day = [since + timedelta(days=offset) for offset in range(DAYS_SHOWN)]
deck_stats = store.deck_stats()
total = sum(stats.answers for stats in deck_stats)
correct = sum(stats.correct for stats in deck_stats)
forecast = store.due_forecast(now=now, zone=zone, days=FORECAST_DAYS)
streak = store.streak(today=today, zone=zone)

with st.container(horizontal=True):
    st.metric("Streak", f"{streak} day{'s' if streak != 1 else ''}", border=True, width=150)
    st.metric("Answers", f"{total}", border=True, width=150)
    st.metric("Accuracy", f"{correct / total:.0%}", border=True, width=150)
    due_today = choosing.due_today(app.current_bank(), store, now=now, zone=zone)
    st.metric("Due today", f"{len(due_today)}", border=True, width=150)

st.subheader("Answers per day", anchor=False)
per_day = pd.DataFrame(
    [
        {"day": pd.Timestamp(day), "answers": count, "result": result}
        for day in every_day
        for result, count in (
            ("right", days[day].correct if day in days else 0),
            ("wrong", days[day].answers - days[day].correct if day in days else 0),
        )
    ]
)
answers_chart = (
    alt.Chart(per_day)
    .mark_bar()
    .encode(
        x=alt.X("yearmonthdate(day):O", title=None, axis=alt.Axis(format="%d %b", labelAngle=-45)),
        y=alt.Y("answers:Q", title="answers", axis=alt.Axis(tickMinStep=1)),
        color=alt.Color(
            "result:N",
            scale=alt.Scale(domain=["right", "wrong"], range=[RIGHT, WRONG]),
            legend=alt.Legend(orient="top", title=None),
        ),
        order=alt.Order("result:N", sort="ascending"),
        tooltip=[alt.Tooltip("yearmonthdate(day):T", title="day"), "result:N", "answers:Q"],
    )
    .properties(height=240)
)
st.altair_chart(answers_chart, width="stretch")

st.subheader("Accuracy over time", anchor=False)
accuracy = pd.DataFrame(
    [
        {"day": pd.Timestamp(day), "accuracy": days[day].accuracy, "answers": days[day].answers}
        for day in every_day
        if day in days
    ]
)
accuracy_chart = (
    alt.Chart(accuracy)
    .mark_line(point=alt.OverlayMarkDef(size=60))
    .encode(
        x=alt.X(
            "day:T",
            title=None,
            axis=alt.Axis(format="%d %b"),
            scale=alt.Scale(domain=[pd.Timestamp(since).isoformat(), pd.Timestamp(today).isoformat()]),
        ),
        y=alt.Y("accuracy:Q", title="accuracy", scale=alt.Scale(domain=[0, 1]), axis=alt.Axis(format="%")),
        tooltip=[alt.Tooltip("day:T"), alt.Tooltip("accuracy:Q", format=".0%"), "answers:Q"],
    )
    .properties(height=200)
)
st.altair_chart(accuracy_chart, width="stretch")

st.subheader("By deck", anchor=False)
decks = pd.DataFrame(
    [{"deck": stats.deck, "accuracy": stats.accuracy, "answers": stats.answers} for stats in deck_stats]
)
deck_chart = (
    alt.Chart(decks)
    .mark_bar()
    .encode(
        y=alt.Y("deck:N", title=None, sort="-x", axis=alt.Axis(labelLimit=0)),
        x=alt.X("accuracy:Q", title="accuracy", scale=alt.Scale(domain=[0, 1]), axis=alt.Axis(format="%")),
        tooltip=["deck:N", alt.Tooltip("accuracy:Q", format=".0%"), "answers:Q"],
    )
    .properties(height=alt.Step(32))
)
st.altair_chart(deck_chart, width="stretch")

st.subheader(f"Reviews due, next {FORECAST_DAYS} days", anchor=False)
due = pd.DataFrame([{"day": pd.Timestamp(day), "reviews": cards} for day, cards in forecast])
due_chart = (
    alt.Chart(due)
    .mark_bar()
    .encode(
        x=alt.X("yearmonthdate(day):O", title=None, axis=alt.Axis(format="%a %d", labelAngle=-45)),
        y=alt.Y("reviews:Q", title="reviews", axis=alt.Axis(tickMinStep=1)),
        tooltip=[alt.Tooltip("yearmonthdate(day):T", title="day"), "reviews:Q"],
    )
    .properties(height=200)
)
st.altair_chart(due_chart, width="stretch")
