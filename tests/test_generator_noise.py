"""Stage tests of the generator against the noise of real pages: typos, double escapes, trivia."""

from __future__ import annotations

from datetime import date

import pytest

from generator.analysis import parse
from generator.cloze import cloze_prompt
from generator.distractors import place_kind
from generator.drafts import choice_drafts, drafts_for
from generator.ingest import ingest
from generator.sentences import read_sentences
from generator.wh import wh_question
from generator.worthiness import rejection
from questions.question import Kind

from .stage_support import phrase, sentence_of

pytestmark = pytest.mark.model


def test_a_repeated_word_is_a_page_typo() -> None:
    sentence = sentence_of("The council approved the the budget of $2 million in 2019.")
    assert not sentence.usable and "repeats a word" in sentence.problems[0]
    assert sentence_of("Mayor Ana Ruiz had had two operations before the 2019 election.").usable


def test_the_latest_case_points_back() -> None:
    *_, latest = read_sentences(
        list(
            parse(["A case of measles was found in Ohio in 2019. The latest case was found in 2020 in Utah."])
        ),
        full_names={},
        published=date(2019, 11, 20),
    )
    assert not latest.usable and "the case" in latest.problems[0].casefold()


def test_an_entity_a_page_escaped_twice_is_read() -> None:
    page = (
        "<html><head><title>Dam opens</title></head><body><article><h1>Dam opens</h1>"
        "<p>The &amp;quot;Blue Lake&amp;quot; dam opened in Oslo on June 2, 2019, after four years of work "
        "that cost the city about $40 million in total.</p>"
        "<p>The dam holds 3 million cubic metres of water and supplies 40,000 homes in the region.</p>"
        "</article></body></html>"
    )
    article = ingest(page, filename="dam.html")
    assert '"Blue Lake"' in " ".join(article.paragraphs) and "&quot;" not in " ".join(article.paragraphs)


def test_a_count_the_sentence_lists_is_obvious() -> None:
    sentence = sentence_of("NASA added two companies, Blue Origin and SpaceX, to the program in 2019.")
    reason = rejection(sentence, phrase(sentence, "two"), headline_words=set())
    assert reason and reason.startswith("obvious"), reason


def test_no_blank_stands_before_a_possessive() -> None:
    sentence = sentence_of("The Federal Reserve's decision to cut rates in October 2019 kept loans cheap.")
    assert cloze_prompt(sentence, phrase(sentence, "Federal Reserve")) is None


def test_a_subject_question_drops_the_comma_that_closed_the_subject_s_aside() -> None:
    sentence = sentence_of(
        "Harlow's Prime Minister Ariel Sharon, with the backing of a cabinet dominated by nationalists,"
        ' declared Mr Arafat "irrelevant" after militants carried out a bus ambush near Harlow in 2019.'
    )
    question = wh_question(sentence, phrase(sentence, "Ariel Sharon"), place_kind=place_kind)
    assert question is not None and question.startswith("Who declared Mr Arafat"), question


def test_a_city_that_acts_is_not_asked_with_which_city() -> None:
    sentence = sentence_of("Beijing wants Washington to remove the 15% tariffs imposed on Sept. 1, 2019.")
    question = wh_question(sentence, phrase(sentence, "Beijing"), place_kind=place_kind)
    assert question is None, question


def test_a_figure_under_a_limit_gets_no_choices() -> None:
    """ "stayed below 6 percent": "below 10 percent" would be true too."""
    sentence = sentence_of("The average loan rate stayed below 6 percent for the fourth month in 2019.")
    answer = phrase(sentence, "6 percent")
    drafts = drafts_for(sentence, answer)
    made = choice_drafts(drafts, article_candidates=[], kinds={Kind.MCQ, Kind.TRUE_FALSE})
    assert drafts and not [draft for draft in made if draft.kind is Kind.MCQ]
