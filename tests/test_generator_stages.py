"""The generator's stages one by one, on sentences written for the purpose (with the real model:
the parse is what these stages read)."""

from __future__ import annotations

from datetime import date

import pytest

from generator.analysis import parse
from generator.answers import AnswerPhrase, answer_phrases, person_names
from generator.distractors import place_kind
from generator.in_situ import in_situ_question
from generator.lexicon import LANGUAGE, Lexicon, english
from generator.ranking import features, weights
from generator.sentences import Sentence, read_sentences
from generator.statements import clean_statement
from generator.wording import render, simplified_tokens
from generator.worthiness import rejection


def sentence_of(text: str, *, published: date | None = date(2019, 11, 20)) -> Sentence:
    docs = list(parse([text]))
    return read_sentences(docs, full_names={}, published=published)[0]


def phrase(sentence: Sentence, text: str) -> AnswerPhrase:
    people = person_names([sentence.span.doc])
    found = [
        p for p in answer_phrases(sentence.span, people=people) if p.span(sentence.span.doc).text == text
    ]
    assert found, [p.span(sentence.span.doc).text for p in answer_phrases(sentence.span, people=people)]
    return found[0]


def statement(sentence: Sentence) -> str:
    kept = [token for token in sentence.span if token.i not in sentence.dropped]
    return render(kept, replacements=sentence.replacements)


# --- statements -----------------------------------------------------------------------------------


@pytest.mark.model
def test_an_attribution_is_taken_off_the_fact_it_reports() -> None:
    sentence = sentence_of("Officials at the port said the new terminal will open in March 2021.")
    assert statement(sentence) == "The new terminal will open in March 2021."
    assert not sentence.attributed and sentence.usable


@pytest.mark.model
def test_a_reported_he_becomes_the_speaker() -> None:
    sentence = sentence_of("Mayor Elena Varga said he would visit the reservoir in 2021.")
    assert "he" not in statement(sentence).split()


@pytest.mark.model
def test_according_to_and_a_leading_however_are_dropped() -> None:
    sentence = sentence_of("However, the bridge cost $40 million, according to the transport ministry.")
    assert statement(sentence) == "The bridge cost $40 million."


@pytest.mark.model
def test_a_weekday_is_dropped_with_its_preposition() -> None:
    sentence = sentence_of("The council approved the budget of $2 million on Tuesday.")
    assert statement(sentence) == "The council approved the budget of $2 million."


@pytest.mark.model
def test_last_year_is_written_out_against_the_article_date() -> None:
    sentence = sentence_of("The factory made 40,000 cars last year.")
    assert statement(sentence) == "The factory made 40,000 cars in 2018."


@pytest.mark.model
def test_a_relative_year_without_the_article_date_makes_the_sentence_vague() -> None:
    sentence = sentence_of("The factory made 40,000 cars last year.", published=None)
    assert not sentence.usable


@pytest.mark.model
def test_a_dateline_is_no_part_of_the_statement() -> None:
    span = next(iter(parse(["LONDON (AP) — The museum reopened its east wing after a two-year repair."])))[:]
    cleaned = clean_statement(span, published=None)
    assert {span.doc[i].text for i in cleaned.dropped} >= {"LONDON", "AP"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "It later reverted to the name of the old account.",
        "Those companies will bid for the contract in 2021.",
        "The landers could deliver tools there in 2022.",
        "Sales fell sharply this week across the region.",
    ],
)
def test_a_sentence_that_leans_on_another_is_not_asked(text: str) -> None:
    assert not sentence_of(text).usable


# --- worthiness -----------------------------------------------------------------------------------


@pytest.mark.model
def test_a_nationality_is_obvious() -> None:
    sentence = sentence_of("The Portuguese coach signed a contract until June 2023.")
    assert rejection(sentence, phrase(sentence, "Portuguese"), headline_words=set())


@pytest.mark.model
def test_the_headline_subject_is_not_asked_about_itself() -> None:
    sentence = sentence_of("Tottenham appointed a new manager in November 2019.")
    reason = rejection(sentence, phrase(sentence, "Tottenham"), headline_words={"tottenham", "manager"})
    assert reason and reason.startswith("obvious")


@pytest.mark.model
def test_one_of_a_pair_is_obvious_and_a_name_as_modifier_is_trivial() -> None:
    sentence = sentence_of("Delegates met in Seoul and Havana to sign the Lisbon Accord in 2019.")
    assert rejection(sentence, phrase(sentence, "Havana"), headline_words=set())
    modifier = sentence_of("Workers at the Toyota plant in Kentucky built 500,000 cars in 2019.")
    reason = rejection(modifier, phrase(modifier, "Toyota"), headline_words=set())
    assert reason and "modifier" in reason


@pytest.mark.model
def test_a_figure_of_the_fact_is_worth_asking() -> None:
    sentence = sentence_of("The hospital cut 40 nursing jobs in 2022 to save $3 million.")
    assert rejection(sentence, phrase(sentence, "$3 million"), headline_words=set()) is None


# --- in-situ questions ----------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        (
            "The farm holds 12,000 panels on a raft near the harbour.",
            "12,000",
            "The farm holds how many panels on a raft near the harbour?",
        ),
        (
            "The bridge was opened to traffic in 1998 by the regional council.",
            "1998",
            "The bridge was opened to traffic in what year by the regional council?",
        ),
        (
            "The city paid $18 million for the new ferry terminal.",
            "$18 million",
            "The city paid how much for the new ferry terminal?",
        ),
    ],
)
def test_an_in_situ_question_asks_in_the_answer_s_place(text: str, answer: str, question: str) -> None:
    sentence = sentence_of(text)
    assert in_situ_question(sentence, phrase(sentence, answer), place_kind=place_kind) == question


@pytest.mark.model
def test_no_in_situ_question_after_a_possessive() -> None:
    sentence = sentence_of("More than a third of Aldren's 12,000 employees lost their jobs in 2019.")
    assert in_situ_question(sentence, phrase(sentence, "12,000"), place_kind=place_kind) is None


@pytest.mark.model
def test_the_answer_must_be_in_the_statement() -> None:
    sentence = sentence_of("Officials at Aldren Power said the new terminal will open in March 2021.")
    assert simplified_tokens(sentence, phrase(sentence, "Aldren Power")) is None


# --- ranking and lexicon --------------------------------------------------------------------------


@pytest.mark.model
def test_the_ranker_weights_cover_every_feature() -> None:
    from generator.drafts import drafts_for
    from generator.ranking import ArticleProfile

    sentence = sentence_of("The city paid $18 million for the new ferry terminal in 2019.")
    drafts = drafts_for(sentence, phrase(sentence, "$18 million"))
    values = features(drafts, ArticleProfile.of("Ferry terminal costs city $18 million", [sentence]))
    assert set(values) | {"bias"} == set(weights())
    assert all(0.0 <= value <= 1.0 for value in values.values())


def test_the_lexicon_is_data_loaded_once() -> None:
    assert Lexicon.load(LANGUAGE) == english
    assert "say" in english.say_verbs and "for example" in english.discourse_markers
    assert all(word == word.lower() for word in english.say_verbs)


# --- long paragraphs ------------------------------------------------------------------------------


def test_a_long_paragraph_is_parsed_in_pieces_of_whole_sentences() -> None:
    from generator.ingest import split_long

    paragraph = " ".join(
        f"The council met {n} times in 2019 and said “Yes.” Then it rose." for n in range(300)
    )
    pieces = split_long(paragraph, limit=1_000)
    assert len(pieces) > 10 and all(len(piece) <= 1_000 for piece in pieces)
    assert " ".join(pieces) == paragraph
    assert all(piece.startswith(("The council met", "Then it rose")) for piece in pieces)
    assert all(piece.endswith((".", "”")) for piece in pieces)


@pytest.mark.model
def test_entities_of_a_span_are_those_inside_it() -> None:
    from generator.analysis import entities

    doc = next(iter(parse(["Apple hired 300 workers in Texas. Google opened an office in Paris in 2020."])))
    first, second = list(doc.sents)
    assert [entity.text for entity in entities(first)] == [entity.text for entity in first.ents]
    assert [entity.text for entity in entities(second)] == [entity.text for entity in second.ents]
