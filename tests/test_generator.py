"""The generator end to end, with the real spaCy model: real articles in, checked items out."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from generator import ArticleError, generate
from generator.analysis import load_model
from quality.corpus import is_real_question
from questions.bank import load_bank
from questions.question import Kind, Question

from .generator_support import QUALITY_ARTICLES, SAMPLE_NOISE, SAMPLES, item_problems, run_cli, texts_of

NOW = datetime(2026, 11, 23, tzinfo=UTC)
ALL_ARTICLES = SAMPLES + QUALITY_ARTICLES


@pytest.mark.parametrize("path", ALL_ARTICLES, ids=lambda path: path.name)
def test_every_item_passes_the_automatic_checks(
    articles_top20: dict[str, list[Question]], path: Path
) -> None:
    questions = articles_top20[path.name]
    problems = {q.prompt: item_problems(q) for q in questions if item_problems(q)}
    assert not problems


@pytest.mark.parametrize("path", ALL_ARTICLES, ids=lambda path: path.name)
def test_the_top_ten_asks_real_questions_from_ten_sentences(
    articles_top20: dict[str, list[Question]], path: Path
) -> None:
    """QUALITY.md's variety: at most one item per sentence in the top 10, and real questions (a
    question mark, or true/false), not only blanks. Every article of ours gives some items: the
    rules trade volume for items a learner keeps (QUALITY.md's 6 per 250 words is not reached:
    ``python -m quality.corpus`` prints the figure per real page)."""
    top = articles_top20[path.name][:10]
    assert len(top) >= 2, [q.prompt for q in top]
    sentences = [q.source.sentence_index for q in top if q.source]
    assert len(sentences) == len(set(sentences)), [q.prompt for q in top]
    real = [q for q in top if is_real_question(q)]
    assert len(real) >= 0.4 * len(top), [q.prompt for q in top]


@pytest.mark.parametrize("path", ALL_ARTICLES, ids=lambda path: path.name)
def test_items_are_unique_and_spread_over_sentences(
    articles_top20: dict[str, list[Question]], path: Path
) -> None:
    questions = articles_top20[path.name]
    assert len({q.id for q in questions}) == len(questions)
    assert len({q.prompt.casefold() for q in questions}) == len(questions)
    per_sentence = Counter(q.source.sentence_index for q in questions if q.source)
    assert max(per_sentence.values()) <= 2
    per_answer = Counter((q.source.sentence_index, q.source.answer_span) for q in questions if q.source)
    assert max(per_answer.values()) == 1
    statements = Counter(q.source.sentence_index for q in questions if q.source and q.kind is Kind.TRUE_FALSE)
    assert max(statements.values(), default=0) <= 1, (
        "a true statement and its false version give each other away"
    )
    scores = [q.score for q in questions]
    assert scores == sorted(scores, reverse=True)


def test_all_four_kinds_are_made(articles_top20: dict[str, list[Question]]) -> None:
    kinds = Counter(q.kind for questions in articles_top20.values() for q in questions)
    assert set(kinds) == set(Kind), kinds


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.name)
def test_no_item_is_built_from_the_sample_pages_noise(
    articles_top20: dict[str, list[Question]], path: Path
) -> None:
    for question in articles_top20[path.name]:
        for text in texts_of(question):
            assert not [noise for noise in SAMPLE_NOISE if noise.casefold() in text.casefold()], (
                question.prompt
            )


def test_the_key_facts_of_the_first_sample_are_asked(articles_top20: dict[str, list[Question]]) -> None:
    answers = {q.source.answer_span for q in articles_top20[SAMPLES[0].name] if q.source}
    assert {"Feb. 14", "Havana"} <= answers, answers
    assert answers & {"1960", "North Korea"}, answers  # one sentence: one of its facts is asked
    assert answers & {"14,000", "$14 million", "1,100"}, answers


def test_the_key_facts_of_the_second_sample_are_asked(articles_top20: dict[str, list[Question]]) -> None:
    answers = {q.source.answer_span for q in articles_top20[SAMPLES[1].name] if q.source}
    assert answers & {"$35.67 million", "2005", "2023"}, answers
    assert answers & {"Miguel Diaz-Canel", "Mexico City", "Tokyo", "Feb. 14", "June 14"}, answers


@pytest.mark.model
def test_the_same_article_gives_the_same_items_ids_and_order() -> None:
    article = SAMPLES[0].read_bytes()
    first = generate(article, now=NOW)
    second = generate(article.decode("utf-8"), now=NOW)
    assert [q.model_dump() for q in first] == [q.model_dump() for q in second]


@pytest.mark.model
def test_kinds_and_limit_are_respected() -> None:
    questions = generate(SAMPLES[0].read_bytes(), limit=5, kinds=[Kind.CLOZE, Kind.WH])
    assert len(questions) == 5
    assert {q.kind for q in questions} <= {Kind.CLOZE, Kind.WH}


@pytest.mark.model
def test_every_item_carries_its_provenance() -> None:
    questions = generate(QUALITY_ARTICLES[0].read_bytes(), filename=QUALITY_ARTICLES[0].name)
    for question in questions:
        assert question.source is not None
        assert question.source.article_id == questions[0].source.article_id  # type: ignore[union-attr]
        assert question.source.title and question.source.url and question.source.url.startswith("https://")
        if question.kind is not Kind.TRUE_FALSE:
            source = question.source
            assert source.sentence[source.answer_start : source.answer_end] == question.answer  # type: ignore[misc]


@pytest.mark.parametrize(
    ("source", "fragment"),
    [
        (b"", "empty"),
        ("   \n\t  ", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (bytes(range(256)) * 40, "binary"),
    ],
    ids=["empty", "whitespace", "pdf", "binary"],
)
def test_unusable_input_is_refused_with_a_clear_error(source: str | bytes, fragment: str) -> None:
    with pytest.raises(ArticleError, match=fragment):
        generate(source)


@pytest.mark.model
def test_a_second_call_does_not_load_the_model_again(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    calls: list[tuple[object, ...]] = []
    real = spacy.load
    monkeypatch.setattr(spacy, "load", lambda *a, **k: calls.append(a) or real(*a, **k))
    load_model.cache_clear()  # as in a new process: the first call loads the model
    text = "Lisbon hosted the marathon on Sunday, October 12, and 18,500 runners took part in it."
    generate(text)
    generate(text + " The winner, Faith Chepkoech of Kenya, earned 40,000 euros for the victory.")
    assert len(calls) == 1


@pytest.mark.model
def test_cli_prints_the_items_as_json() -> None:
    result = run_cli(str(SAMPLES[0]), "--limit", "6")
    assert result.exit_code == 0, result.stderr
    items = [Question.model_validate(item) for item in json.loads(result.stdout)]
    assert len(items) == 6 and items[0].source is not None


@pytest.mark.model
def test_cli_reads_standard_input_and_prints_yaml() -> None:
    result = run_cli(
        "-", "--format", "yaml", "--limit", "3", "--kinds", "cloze", stdin=SAMPLES[0].read_bytes()
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("kind: cloze") == 3


@pytest.mark.model
def test_cli_appends_items_to_a_new_deck(bank_folder: Path) -> None:
    result = run_cli(str(SAMPLES[0]), "--limit", "4", "--deck", "Trade news", "--bank", str(bank_folder))
    assert result.exit_code == 0, result.stderr
    entry = load_bank(bank_folder).entry("trade-news")
    assert entry.deck.name == "Trade news" and len(entry.deck.questions) == 4


@pytest.mark.model
def test_cli_reports_bad_input_on_one_line_and_exits_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run_cli(str(empty), str(SAMPLES[1]), "--limit", "2")
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "empty.txt" in errors[0]
    assert "Traceback" not in result.stderr
    assert len(json.loads(result.stdout)) == 2


def test_cli_reports_a_missing_file(tmp_path: Path) -> None:
    result = run_cli(str(tmp_path / "missing.html"))
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("error:") and "Traceback" not in result.stderr


@pytest.mark.model
def test_text_with_no_entities_gives_items_or_none_but_no_error() -> None:
    text = (
        "The old mill stood at the edge of the valley. Farmers brought their grain there every autumn. "
        "The miller ground the wheat into fine flour and stored the sacks in a dry loft. "
        "Children played in the meadow while their parents waited for the flour."
    )
    questions = generate(text)
    assert all(not item_problems(question) for question in questions)
    assert all(question.source and question.source.answer_span for question in questions)


@pytest.mark.model
def test_script_in_a_page_never_reaches_an_item() -> None:
    page = (
        "<html><head><title>Harbor opens solar farm</title><script>alert('head')</script></head><body>"
        "<article><h1>Harbor opens solar farm</h1>"
        "<p>The city of Harborview opened a floating solar farm of 4,200 panels on Tuesday, March 3, "
        "Mayor Lena Ortiz said.<script>alert('inline')</script></p>"
        "<p>The farm cost $9.5 million and will power about 1,800 homes, the utility said on Wednesday.</p>"
        "<p>Engineers from the Coastal Energy Agency spent 14 months building the platform in the bay.</p>"
        "</article></body></html>"
    )
    questions = generate(page, filename="page.html")
    assert questions
    for question in questions:
        assert not [text for text in texts_of(question) if "alert" in text or "<" in text]


@pytest.mark.model
def test_at_most_half_of_a_top_10_is_a_true_statement() -> None:
    facts = [
        "builds buses and trams for cities across the region",
        "also repairs old trams in its workshops",
        "sells spare parts to other bus makers",
        "trains its own mechanics at a college it runs",
        "paints every bus by hand in its northern plant",
        "tests new engines on a track beside the river",
        "ships most of its trams by rail",
        "leases buses to small towns",
        "keeps a museum of its first buses",
    ]
    article = (
        "# Harlow Motors opens a third tram plant near Ostrow\n\n"
        + "\n\n".join(f"Harlow Motors {fact}." for fact in facts)
        + "\n"
    )
    items = generate(article, filename="harlow.md", limit=10)
    assert len(items) >= 5
    assert sum(q.kind is Kind.TRUE_FALSE and q.answer is True for q in items) <= 5


BRIDGE_NEWS = (
    "# Harlow councillors back the river bridge\n\n"
    "Harlow councillors approved $40 million for a bridge over the Tamsin river on Tuesday.\n\n"
    "Work on the 300-metre bridge will start in May and should take two years, the council said.\n\n"
    "The Ostrow ferry, which the bridge replaces, carried 2,000 cars a day to Harlow in 2018.\n"
)


@pytest.mark.model
def test_a_pasted_text_s_date_given_by_the_user_writes_out_its_relative_days() -> None:
    """A pasted text has no date of its own: "on Tuesday" makes its sentence vague, unless the
    learner says when the article appeared."""
    undated = " ".join(item.prompt for item in generate(BRIDGE_NEWS, filename="bridge.md", limit=None))
    assert "Tuesday" not in undated and "$40 million" not in undated and "40 million" not in undated
    dated = generate(BRIDGE_NEWS, filename="bridge.md", limit=None, published=date(2019, 11, 20))
    assert any("Nov. 19, 2019" in item.prompt for item in dated), [item.prompt for item in dated]


@pytest.mark.model
def test_a_page_s_own_date_wins_over_the_one_given() -> None:
    page = (
        "<html><head><title>Harlow councillors back the river bridge</title>"
        '<meta property="article:published_time" content="2019-11-27"></head><body><article>'
        + "".join(f"<p>{paragraph}</p>" for paragraph in BRIDGE_NEWS.split("\n\n")[1:])
        + "</article></body></html>"
    )
    made = generate(page, filename="bridge.html", limit=None, published=date(2019, 11, 20))
    prompts = [item.prompt for item in made]
    assert any("Nov. 26, 2019" in prompt for prompt in prompts), prompts


@pytest.mark.model
def test_a_sentence_the_generator_fails_on_is_left_out_and_the_article_goes_on(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A bug met in one sentence (here one made to raise) costs that sentence, not the article."""
    import generator.sentences as sentences_stage

    article = QUALITY_ARTICLES[0].read_bytes()
    before = generate(article, filename=QUALITY_ARTICLES[0].name, now=NOW)
    failing = before[0].source
    assert failing is not None
    clean_statement = sentences_stage.clean_statement

    def raising_on_one(span: Any, **options: Any) -> Any:
        if span.text.strip() == failing.sentence:
            raise IndexError("a bug met in one sentence")
        return clean_statement(span, **options)

    monkeypatch.setattr(sentences_stage, "clean_statement", raising_on_one)
    with caplog.at_level("WARNING", logger="generator.sentences"):
        after = generate(article, filename=QUALITY_ARTICLES[0].name, now=NOW)
    assert after and all(item.source and item.source.sentence != failing.sentence for item in after)
    assert "could not read" in caplog.text
