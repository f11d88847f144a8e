"""The logic behind the quiz and review pages, without the UI: choosing questions, a session's steps,
the rating buttons (questions/choosing.py, quiz.py, rating_buttons.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fsrs import Rating

from questions import choosing, quiz, rating_buttons
from questions.bank import Bank, load_bank
from questions.grading import grade
from questions.progress import ProgressStore
from questions.question import Kind, Question
from questions.scheduling import make_scheduler
from questions.session import Answer, Mode, QuizSession, Score
from questions.verdict import Reason

T0 = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def bank(bank_folder: Path) -> Bank:
    return load_bank(bank_folder)


@pytest.fixture
def store(tmp_path: Path) -> ProgressStore:
    return ProgressStore(tmp_path / "progress.sqlite3", scheduler=make_scheduler(fuzzing=False))


def question(bank: Bank, question_id: str) -> Question:
    found = bank.find(question_id)
    assert found is not None
    return found[1]


def answer(
    session: QuizSession, bank: Bank, given: str | bool, *, store: ProgressStore, at: datetime
) -> Answer:
    question_id = quiz.current_id(session)
    assert question_id is not None
    found = bank.find(question_id)
    assert found is not None
    quiz.submit(session, found[1], given, deck=found[0].deck.name, now=at, store=store)
    return session.answers[question_id]


# Choosing questions


def test_the_same_seed_chooses_the_same_questions(bank: Bank) -> None:
    first = choosing.choose_questions(bank, count=5, seed=7)
    assert first == choosing.choose_questions(bank, count=5, seed=7)
    assert len(first) == len(set(first)) == 5
    assert choosing.choose_questions(bank, count=16, seed=1) != choosing.choose_questions(
        bank, count=16, seed=2
    )


def test_filters_choose_decks_kinds_and_tags(bank: Bank) -> None:
    trade_deck = choosing.choose_questions(bank, decks=["korea-cuba-trade"], count=50, seed=1)
    assert sorted(trade_deck) == sorted(q.id for q in bank.entry("korea-cuba-trade").deck.questions)
    multiple_choice = choosing.choose_questions(bank, kinds=[Kind.MCQ], count=50, seed=1)
    assert sorted(multiple_choice) == ["kc-north-ties-year", "kc-visitors", "kt-exports-2023"]
    history = choosing.choose_questions(bank, tags=["history"], kinds=[Kind.WH], count=50, seed=1)
    assert history == ["kc-castro-ally"]
    assert choosing.choose_questions(bank, tags=["no-such-tag"], count=5, seed=1) == []


def test_asking_for_more_than_there_are_gives_them_all(bank: Bank) -> None:
    assert len(choosing.choose_questions(bank, count=500, seed=3)) == 16


def test_text_search_looks_in_prompts_answers_and_choices(bank: Bank) -> None:
    assert [q.id for _, q in choosing.matching_questions(bank, text="MEXICO")] == [
        "kc-descendants",
        "kt-consular-cities",
    ]
    assert [q.id for _, q in choosing.matching_questions(bank, text="53.5")] == ["kt-exports-2023"]


def test_filter_options_list_what_there_is(bank: Bank) -> None:
    decks, kinds, tags = choosing.filter_options(bank)
    assert decks == ["korea-cuba-missions", "korea-cuba-trade"]
    assert kinds == list(Kind)
    assert tags == ["diplomacy", "history", "people", "politics", "trade"]


# A quiz


def test_a_right_answer_is_graded_and_recorded_at_once(bank: Bank, store: ProgressStore) -> None:
    session = quiz.start(["kc-temporary-office"], now=T0)
    given = answer(session, bank, "havana", store=store, at=T0 + timedelta(seconds=20))
    assert given.verdict.correct and given.verdict.explanation == "correct"
    assert given.seconds_taken == 20
    [record] = store.history("kc-temporary-office")
    assert record.correct and record.given == "havana" and record.deck == "South Korea and Cuba open missions"
    assert record.rating == Rating.Good


def test_a_wrong_answer_is_a_mistake_to_retry(bank: Bank, store: ProgressStore) -> None:
    session = quiz.start(["kc-temporary-office", "kc-un-city"], now=T0)
    answer(session, bank, "Seoul", store=store, at=T0)
    quiz.advance(session, now=T0 + timedelta(seconds=5))
    answer(session, bank, "New York", store=store, at=T0 + timedelta(seconds=9))
    quiz.advance(session, now=T0 + timedelta(seconds=65))
    assert session.done and session.finished == T0 + timedelta(seconds=65)
    assert quiz.score(session) == Score(correct=1, answered=2, total=2)
    assert quiz.mistakes(session) == ["kc-temporary-office"]
    assert quiz.duration_text(quiz.elapsed(session, now=T0 + timedelta(hours=1))) == "1 min 5 s"
    retry = quiz.retry_mistakes(session, now=T0 + timedelta(minutes=2))
    assert retry.question_ids == ["kc-temporary-office"] and retry.position == 0 and not retry.answers
    assert not store.history("kc-temporary-office")[0].correct


def test_a_small_typo_is_accepted_and_says_so(bank: Bank, store: ProgressStore) -> None:
    session = quiz.start(["kt-cuban-president"], now=T0)
    given = answer(session, bank, "Miguel Dias-Canel", store=store, at=T0)
    assert given.verdict.correct and given.verdict.reason is Reason.TYPO
    assert given.verdict.explanation == "accepted: small typo"


def test_choices_and_true_false_are_graded(bank: Bank, store: ProgressStore) -> None:
    session = quiz.start(["kc-north-ties-year", "kc-imports-2022"], now=T0)
    assert answer(session, bank, "1960", store=store, at=T0).verdict.correct
    quiz.advance(session, now=T0)
    given = answer(session, bank, True, store=store, at=T0)
    assert not given.verdict.correct and given.given == "true"


def test_submitting_twice_records_once(bank: Bank, store: ProgressStore) -> None:
    session = quiz.start(["kc-temporary-office"], now=T0)
    answer(session, bank, "Seoul", store=store, at=T0)
    verdict = quiz.submit(
        session, question(bank, "kc-temporary-office"), "Havana", deck="x", now=T0, store=store
    )
    assert not verdict.correct
    assert store.answer_count() == 1


def test_only_the_current_question_can_be_answered(bank: Bank, store: ProgressStore) -> None:
    session = quiz.start(["kc-temporary-office", "kc-un-city"], now=T0)
    with pytest.raises(ValueError, match="not the current one"):
        quiz.submit(session, question(bank, "kc-un-city"), "New York", deck="x", now=T0, store=store)


def test_i_was_right_corrects_the_recorded_answer_and_counts_it_once(
    bank: Bank, store: ProgressStore
) -> None:
    session = quiz.start(["kc-castro-ally"], now=T0)
    answer(session, bank, "Kim Il Sung the elder", store=store, at=T0)
    verdict = quiz.override(
        session, question(bank, "kc-castro-ally"), now=T0 + timedelta(seconds=3), store=store
    )
    assert verdict.correct and session.answers["kc-castro-ally"].overridden
    assert quiz.score(session).correct == 1 and quiz.mistakes(session) == []
    history = store.history("kc-castro-ally")
    assert [(record.correct, record.rating, record.given) for record in history] == [
        (True, Rating.Good, "Kim Il Sung the elder")
    ]
    assert store.answer_count() == 1 and store.recent_mistakes() == []
    assert [(day.answers, day.correct) for day in store.daily_stats(zone=UTC)] == [(1, 1)]


def test_i_was_right_is_only_for_typed_answers(bank: Bank, store: ProgressStore) -> None:
    session = quiz.start(["kc-north-ties-year"], now=T0)
    answer(session, bank, "1957", store=store, at=T0)
    with pytest.raises(ValueError, match="only typed answers"):
        quiz.override(session, question(bank, "kc-north-ties-year"), now=T0, store=store)


def test_a_question_deleted_meanwhile_is_skipped(bank: Bank) -> None:
    session = quiz.start(["gone", "kc-un-city"], now=T0)
    quiz.skip(session, now=T0)
    assert session.question_ids == ["kc-un-city"] and quiz.current_id(session) == "kc-un-city"


def test_next_pressed_twice_moves_on_once(bank: Bank, store: ProgressStore) -> None:
    session = quiz.start(["kc-temporary-office", "kc-un-city", "kc-castro-ally"], now=T0)
    answer(session, bank, "Havana", store=store, at=T0)
    quiz.advance(session, now=T0, from_position=0)
    quiz.advance(session, now=T0, from_position=0)
    assert quiz.current_id(session) == "kc-un-city"


def test_skip_leaves_out_only_the_question_it_names() -> None:
    session = quiz.start(["gone", "kc-un-city"], now=T0)
    quiz.skip(session, now=T0, question_id="gone")
    quiz.skip(session, now=T0, question_id="gone")
    assert session.question_ids == ["kc-un-city"]


def test_an_empty_quiz_is_done_at_once() -> None:
    session = quiz.start([], now=T0)
    assert session.done and quiz.score(session) == Score(correct=0, answered=0, total=0)


def test_a_session_round_trips_through_json(bank: Bank, store: ProgressStore) -> None:
    session = quiz.start(["kc-temporary-office", "kc-un-city"], now=T0)
    answer(session, bank, "Havana", store=store, at=T0)
    assert QuizSession.model_validate_json(session.model_dump_json()) == session


# A review


def test_review_lists_due_questions_then_recent_mistakes(bank: Bank, store: ProgressStore) -> None:
    session = quiz.start(["kc-temporary-office", "kc-un-city", "kc-castro-ally"], now=T0)
    for given in ("Havana", "Boston", "Kim Il Sung"):
        answer(session, bank, given, store=store, at=T0)
        quiz.advance(session, now=T0)
    assert choosing.review_queue(bank, store, now=T0 + timedelta(minutes=1), zone=UTC) == ["kc-un-city"]
    later = choosing.review_queue(bank, store, now=T0 + timedelta(days=30), zone=UTC)
    assert sorted(later) == ["kc-castro-ally", "kc-temporary-office", "kc-un-city"]


def test_review_leaves_out_questions_no_longer_in_the_bank(bank: Bank, store: ProgressStore) -> None:
    gone = Question(id="gone", kind=Kind.WH, prompt="Who?", answer="Nobody")
    store.record_answer(question=gone, deck="old", given="x", verdict=grade(gone, "x"), answered_at=T0)
    assert choosing.review_queue(bank, store, now=T0 + timedelta(days=1), zone=UTC) == []


def test_a_review_answer_is_recorded_with_the_suggested_rating(bank: Bank, store: ProgressStore) -> None:
    session = quiz.start(["kc-temporary-office"], now=T0, mode=Mode.REVIEW)
    given = answer(session, bank, "Havana", store=store, at=T0 + timedelta(seconds=3))
    assert store.answer_count() == 0, "a review answer waits for its rating"
    with pytest.raises(ValueError, match="rate the answer"):
        quiz.advance(session, now=T0)
    assert rating_buttons.suggested_rating(given, kind=Kind.WH) == Rating.Easy
    assert quiz.rate(session, question(bank, "kc-temporary-office"), rating=None, store=store) == Rating.Easy
    quiz.advance(session, now=T0)
    [record] = store.history("kc-temporary-office")
    assert record.rating == Rating.Easy and record.correct


def test_a_review_rating_can_be_chosen(bank: Bank, store: ProgressStore) -> None:
    session = quiz.start(["kc-un-city"], now=T0, mode=Mode.REVIEW)
    answer(session, bank, "Boston", store=store, at=T0 + timedelta(seconds=30))
    assert rating_buttons.suggested_rating(session.answers["kc-un-city"], kind=Kind.WH) == Rating.Again
    quiz.rate(session, question(bank, "kc-un-city"), rating=Rating.Hard, store=store)
    quiz.rate(session, question(bank, "kc-un-city"), rating=Rating.Easy, store=store)
    [record] = store.history("kc-un-city")
    assert record.rating == Rating.Hard and not record.correct


def test_i_was_right_in_a_review_changes_the_rating_before_it_is_recorded(
    bank: Bank, store: ProgressStore
) -> None:
    session = quiz.start(["kc-castro-ally"], now=T0, mode=Mode.REVIEW)
    answer(session, bank, "Kim the founder", store=store, at=T0 + timedelta(seconds=30))
    quiz.override(session, question(bank, "kc-castro-ally"), now=T0, store=store)
    assert store.answer_count() == 0
    assert quiz.rate(session, question(bank, "kc-castro-ally"), rating=None, store=store) == Rating.Good
    [record] = store.history("kc-castro-ally")
    assert record.correct and record.reason is Reason.ALTERNATIVE


# What a demanding learner expects (issue 12)


def test_search_matches_every_word_in_any_order_and_kind_names(bank: Bank) -> None:
    found = [q.id for _, q in choosing.matching_questions(bank, text="cuba 2022")]
    assert found
    assert all("2022" in question(bank, i).prompt + question(bank, i).answer_text for i in found)
    assert choosing.matching_questions(bank, text="2022 cuba") == choosing.matching_questions(
        bank, text="cuba 2022"
    )
    assert choosing.matching_questions(bank, text="cuba 2022 nowhere-at-all") == []
    choice_kinds = {q.kind for _, q in choosing.matching_questions(bank, text="multiple choice")}
    assert choice_kinds == {Kind.MCQ}


def test_choices_are_shuffled_per_presentation_and_stable_within_one(bank: Bank) -> None:
    mcq = question(bank, "kc-north-ties-year")
    orders = {
        tuple(quiz.presented_choices(quiz.start([mcq.id], now=T0, seed=seed), mcq)) for seed in range(12)
    }
    assert len(orders) > 3, "another session, another order"
    assert {order.index(mcq.answer_text) for order in orders} != {1}, "the answer is not always choice 2"
    session = quiz.start([mcq.id], now=T0, seed=5)
    assert quiz.presented_choices(session, mcq) == quiz.presented_choices(session, mcq)
    assert sorted(quiz.presented_choices(session, mcq)) == sorted(mcq.choices)


def test_ending_a_quiz_part_way_keeps_the_answers_and_scores_them(bank: Bank, store: ProgressStore) -> None:
    session = quiz.start(["kc-temporary-office", "kc-un-city", "kc-castro-ally", "kc-visitors"], now=T0)
    answer(session, bank, "Havana", store=store, at=T0)
    quiz.advance(session, now=T0)
    answer(session, bank, "Boston", store=store, at=T0)
    quiz.end(session, now=T0 + timedelta(minutes=2))
    assert session.done and session.planned == 4
    assert quiz.score(session) == Score(correct=1, answered=2, total=2)
    assert quiz.mistakes(session) == ["kc-un-city"]
    assert store.answer_count() == 2, "the answers given stay recorded"


def test_ending_a_review_drops_an_answer_not_yet_rated(bank: Bank, store: ProgressStore) -> None:
    session = quiz.start(["kc-temporary-office", "kc-un-city"], now=T0, mode=Mode.REVIEW)
    answer(session, bank, "Havana", store=store, at=T0)
    quiz.end(session, now=T0)
    assert session.done and quiz.score(session).total == 0 and store.answer_count() == 0


@pytest.mark.parametrize(
    ("kind", "missed_before", "expected"),
    [
        (Kind.WH, False, Rating.Easy),
        (Kind.WH, True, Rating.Good),
        (Kind.TRUE_FALSE, False, Rating.Good),
        (Kind.MCQ, False, Rating.Good),
    ],
)
def test_a_quick_right_answer_is_easy_only_when_typed_and_not_just_missed(
    bank: Bank, store: ProgressStore, kind: Kind, missed_before: bool, expected: Rating
) -> None:
    session = quiz.start(["kc-temporary-office"], now=T0, mode=Mode.REVIEW)
    given = answer(session, bank, "Havana", store=store, at=T0 + timedelta(seconds=2))
    assert rating_buttons.suggested_rating(given, kind=kind, missed_before=missed_before) == expected


def test_a_review_right_after_a_miss_is_suggested_good(bank: Bank, store: ProgressStore) -> None:
    missed = quiz.start(["kc-temporary-office"], now=T0)
    answer(missed, bank, "Seoul", store=store, at=T0)
    session = quiz.start(["kc-temporary-office"], now=T0, mode=Mode.REVIEW)
    answer(session, bank, "Havana", store=store, at=T0 + timedelta(seconds=2))
    office = question(bank, "kc-temporary-office")
    assert rating_buttons.review_suggestion(session.answers[office.id], office, store=store) == Rating.Good


def test_rating_buttons_know_their_next_intervals(bank: Bank, store: ProgressStore) -> None:
    session = quiz.start(["kc-un-city"], now=T0)
    answer(session, bank, "New York", store=store, at=T0)
    intervals = rating_buttons.next_intervals(store, "kc-un-city", now=T0 + timedelta(days=3))
    assert list(intervals) == [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]
    spans = list(intervals.values())
    assert spans == sorted(spans) and spans[0] < timedelta(hours=1) < spans[-1]


@pytest.mark.parametrize(
    ("span", "text"),
    [
        (timedelta(seconds=20), "<1m"),
        (timedelta(minutes=10), "10m"),
        (timedelta(hours=3), "3h"),
        (timedelta(days=4), "4d"),
        (timedelta(days=75), "2.5mo"),
        (timedelta(days=365), "1y"),
    ],
)
def test_intervals_read_as_anki_writes_them(span: timedelta, text: str) -> None:
    assert rating_buttons.interval_text(span) == text


def test_due_today_means_before_the_learners_next_day_starts(bank: Bank, store: ProgressStore) -> None:
    session = quiz.start(["kc-un-city"], now=T0)
    answer(session, bank, "Boston", store=store, at=T0)  # Again: due again within minutes
    due_at = store.card("kc-un-city")
    assert due_at is not None
    before = due_at.due - timedelta(hours=1)
    assert choosing.due_today(bank, store, now=before, zone=UTC) == ["kc-un-city"], "due later today counts"
    assert choosing.review_queue(bank, store, now=before, zone=UTC)[0] == "kc-un-city"
    late_evening = datetime(2026, 3, 9, 23, 0, tzinfo=UTC)  # the day before: nothing due by 4 a.m.
    assert choosing.due_today(bank, store, now=late_evening, zone=UTC) == []
