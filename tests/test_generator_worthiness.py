"""The generator's worthiness stage on sentences written for the purpose (with the real model): what
makes an answer obvious or trivial, and a figure of the fact worth asking."""

from __future__ import annotations

import pytest

from generator.worthiness import rejection

from .stage_support import phrase, sentence_of, states


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
def test_the_headline_s_year_is_not_asked() -> None:
    """Under "The Harlow arts scene in 2005" the year is the frame of every sentence."""
    sentence = sentence_of("A dozen new galleries are set to open in Harlow in 2005.")
    reason = rejection(sentence, phrase(sentence, "2005"), headline_words={"harlow", "arts", "2005"})
    assert reason and reason.startswith("obvious"), reason
    assert rejection(sentence, phrase(sentence, "2005"), headline_words={"harlow", "arts", "scene"}) is None


@pytest.mark.model
def test_one_of_a_pair_is_obvious_and_a_name_as_modifier_is_trivial() -> None:
    sentence = sentence_of("Delegates met in Seoul and Havana to sign the Lisbon Accord in 2019.")
    assert rejection(sentence, phrase(sentence, "Havana"), headline_words=set())
    modifier = sentence_of("Workers at the Toyota plant in Kentucky built 500,000 cars in 2019.")
    reason = rejection(modifier, phrase(modifier, "Toyota"), headline_words=set())
    assert reason and "modifier" in reason


@pytest.mark.model
def test_one_of_a_list_is_obvious_whatever_types_the_model_gave_the_others() -> None:
    sentence = sentence_of(
        "Mourinho, who also managed Porto, Real Madrid and Inter Milan, joined Tottenham in 2019."
    )
    assert rejection(sentence, phrase(sentence, "Inter Milan"), headline_words=set())


@pytest.mark.model
def test_a_figure_of_the_fact_is_worth_asking() -> None:
    sentence = sentence_of("The hospital cut 40 nursing jobs in 2022 to save $3 million.")
    assert rejection(sentence, phrase(sentence, "$3 million"), headline_words=set()) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "answer", "kind"),
    [
        pytest.param(
            "China is committed to the “one country, two systems” formula for Hong Kong since 1997.",
            "two",
            "obvious",
            id="quoted phrase",
        ),
        pytest.param(
            "The new model goes from zero to 60 mph in 5.8 seconds, Toyota said in 2019.",
            "60 mph",
            "obvious",
            id="fixed phrase",
        ),
        pytest.param(
            "Harlow's captain Elena Varga, claiming to be 100 percent recovered from a virus, played on Monday.",
            "100 percent",
            "obvious",
            id="wholly",
        ),
        pytest.param(
            "Goalie Ana Holm made 31 saves as Leeds won the cup in 2019.", "31", "trivial", id="box score"
        ),
        pytest.param(
            "Tre Holm rushed for 112 yards on 30 carries for Leeds in 2019.", "30", "trivial", id="carries"
        ),
        pytest.param(
            "Police held Dan Mills on a $5,000 bond after the crash in 2019.",
            "$5,000",
            "trivial",
            id="police log",
        ),
    ],
)
def test_a_quoted_or_fixed_phrase_is_obvious_and_a_box_score_or_police_log_count_trivial(
    text: str, answer: str, kind: str
) -> None:
    sentence = sentence_of(text)
    reason = rejection(sentence, phrase(sentence, answer), headline_words=set())
    assert reason and reason.startswith(kind), reason


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "answer", "worked_out"),
    [
        (
            "Harlow councils calculated that £77m would be lost from the region, meaning if evenly split"
            " between its five boroughs, Tamsin faces a loss of £15.4m.",
            "£15.4m",
            True,
        ),
        (
            "The Harlow blast killed 12 people and injured 30 others in May 2019, bringing the toll to 42.",
            "42",
            True,
        ),
        ("The Harlow blast killed 12 people and injured 30 others in May 2019.", "30", False),
        ("Harlow won 3 of 5 games in May 2019, losing 2 of them to Tamsin.", "2", False),
        ("Harlow beat Tamsin on Saturday and improved to 14-0-1 in its last 15 games.", "15", True),
        ("Harlow beat Tamsin on Saturday and improved to 9-4 in its last 15 games.", "15", False),
    ],
)
def test_a_figure_the_sentence_s_other_figures_add_up_to_is_obvious(
    text: str, answer: str, worked_out: bool
) -> None:
    """A whole number under ten is left alone: two others make it too often by chance. A record's
    wins, losses and ties add up to its games whatever their number."""
    sentence = sentence_of(text)
    reason = rejection(sentence, phrase(sentence, answer), headline_words=set()) or ""
    assert ("two other figures" in reason or "games of a record" in reason) == worked_out, reason


@pytest.mark.model
def test_the_year_of_a_law_s_name_is_obvious_and_the_year_it_was_signed_is_not() -> None:
    named = sentence_of("Tamsin's dream came true when the president signed the Civil Rights Act of 1964.")
    reason = rejection(named, phrase(named, "1964"), headline_words=set())
    assert reason and reason.startswith("obvious"), reason
    signed = sentence_of("President Elena Varga signed the Harlow Ferry Act in July 1964 after a long fight.")
    assert rejection(signed, phrase(signed, "July 1964"), headline_words=set()) is None


@pytest.mark.model
def test_an_answer_spelled_inside_another_word_is_obvious() -> None:
    sentence = sentence_of("A 2010 debate by Nick Clegg sparked a wave of Cleggmania across Britain.")
    reason = rejection(sentence, phrase(sentence, "Nick Clegg"), headline_words=set())
    assert reason and "Cleggmania" in reason


@pytest.mark.model
def test_one_figure_of_a_box_score_is_trivial() -> None:
    sentence = sentence_of(
        "Smith made 31 saves, Jones scored 2 goals, Brown had 3 assists and 4 shots in 12 minutes."
    )
    reason = rejection(sentence, phrase(sentence, "31"), headline_words=set())
    assert reason and reason.startswith("trivial"), reason


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "answer", "obvious"),
    [
        (
            "Vietnam has long criticised China and accused Beijing of encroaching into its waters.",
            "Beijing",
            True,
        ),
        ("Vietnam has long accused Beijing of encroaching into its waters.", "Beijing", False),
        ("The two Afghan teachers had worked in Kandahar since 2016.", "Kandahar", False),
        ("The two teachers had worked in Afghanistan since 2016, far from Kabul.", "Afghanistan", True),
    ],
)
def test_a_capital_beside_its_country_or_a_country_beside_its_capital_is_general_knowledge(
    text: str, answer: str, obvious: bool
) -> None:
    sentence = sentence_of(text)
    verdict = rejection(sentence, phrase(sentence, answer), headline_words=set())
    assert (verdict or "").startswith("obvious: general knowledge") == obvious, verdict


@pytest.mark.model
def test_a_city_everyone_knows_is_obvious_and_a_small_one_is_not() -> None:
    known = sentence_of("Harlow Motors opened a new bus plant in Pittsburgh in March 2019.")
    reason = rejection(known, phrase(known, "Pittsburgh"), headline_words=set())
    assert reason and reason.startswith("obvious: a name everyone knows")
    small = sentence_of("Harlow Motors opened a new bus plant in Allentown in March 2019.")
    assert rejection(small, phrase(small, "Allentown"), headline_words=set()) is None


@pytest.mark.model
def test_a_number_that_names_is_no_figure_to_ask() -> None:
    """ "Yushin Maru No. 2": a false statement swapped it for "No. 4", a blank asked it."""
    sentence = sentence_of(
        "The Tamsin coastguard has been chasing the whaler Harlow Maru No. 2 since June 2019."
    )
    reason = rejection(sentence, phrase(sentence, "2"), headline_words=set())
    assert reason is not None and "number that names" in reason, reason
    counted = sentence_of("The Tamsin coastguard stopped 300 whalers in June 2019, its report No. 2 said.")
    assert rejection(counted, phrase(counted, "300"), headline_words=set()) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "answer", "line"),
    [
        ("Tomas Lindqvist recorded a goal and two assists for Harlow in 2019.", "Tomas Lindqvist", True),
        ("Elena Varga made 31 stops for the Harlow Hawks in their 2019 opener.", "Elena Varga", True),
        ("Elena Varga had 10 points and 11 boards for the Harlow Hawks in 2019.", "Elena Varga", True),
        ("Tomas Lindqvist scored for the Harlow Hawks in their 2019 opener.", "2019", True),
        (
            "Tomas Lindqvist scored twice as the Harlow Hawks beat Tamsin 4-2 in 2019.",
            "Tomas Lindqvist",
            False,
        ),
        ("Tomas Lindqvist made a bid of $40 million for the Harlow Hawks in 2019.", "$40 million", False),
        ("The Harlow council has a goal of 300 new homes by 2019.", "300", False),
    ],
)
def test_one_player_s_line_of_a_box_score_is_trivial_whatever_is_asked(
    text: str, answer: str, line: bool
) -> None:
    """A game roundup's "X had a goal and two assists": which game it was is not even said; a
    sentence that tells the result is the game's news."""
    sentence = sentence_of(text)
    reason = rejection(sentence, phrase(sentence, answer), headline_words=set())
    assert ("player's line" in (reason or "")) == line, reason


@pytest.mark.model
def test_a_player_s_line_is_no_true_or_false_statement() -> None:
    for text, stated in (
        ("Elena Varga had a goal and three assists for the Harlow Hawks in 2019.", False),
        ("Elena Varga had a goal and three assists as the Harlow Hawks beat Tamsin in 2019.", True),
    ):
        sentence = sentence_of(text)
        assert states(sentence, "2019") == stated, text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "answer", "sample"),
    [
        ("Harlow Research interviewed 401 people before the vote in 2019.", "401", True),
        ("Tamsin Polls polled a weighted sample of 1,684 voters online in 2019.", "1,684", True),
        ("Harlow Motors employs 401 people at its Tamsin plant in 2019.", "401", False),
    ],
)
def test_the_size_of_a_poll_s_sample_is_trivia(text: str, answer: str, sample: bool) -> None:
    sentence = sentence_of(text)
    judged = rejection(sentence, phrase(sentence, answer), headline_words=set())
    assert (judged is not None and "a poll asked" in judged) == sample, judged


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "setting"),
    [
        ("Judge Elena Varga was giving evidence to the Harlow committee's inquiry into ferries.", True),
        ("Council leader Tomas Orr was giving his reaction to a report on the Harlow ferry crash.", True),
        ("The Harlow mayor was speaking amid claims that the ferry firm had lied in 2019.", True),
        ("Judge Elena Varga gave evidence to the Harlow committee's inquiry into ferries in 2019.", False),
        ("The Harlow council was giving 300 families free bus passes in 2019.", False),
    ],
)
def test_the_occasion_of_a_quotation_is_trivia(text: str, setting: bool) -> None:
    """What someone said is the fact; that they were saying it somewhere is not."""
    from generator.worthiness import sentence_trivia

    trivia = sentence_trivia(sentence_of(text))
    assert (trivia is not None and "occasion" in trivia) == setting, trivia


@pytest.mark.model
def test_a_time_before_its_time_zone_is_a_time_of_day_and_no_statement_is_false_in_one() -> None:
    """The model takes "1230" of "at 1230 GMT" for a date; a statement false only in the minutes
    of a time ("at 1227 GMT") teaches nothing."""
    from generator.drafts import _swappable, drafts_for

    timed = sentence_of("Ivo Varga will open the Harlow bridge at 1230 GMT on 3 May 2019.")
    assert rejection(timed, phrase(timed, "1230"), headline_words=set()) == "trivial: a time of day"
    ribbon = sentence_of(
        "Mayor Mara Quell cut the ribbon of the new Harlow library at 10 a.m. in front of a long queue."
    )
    assert _swappable(drafts_for(ribbon, phrase(ribbon, "Mara Quell"))[0]) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("headline", "answer", "obvious"),
    [
        ("Harlow pledges £1bn to ferry fund", "£960m", True),
        ("Harlow pledges £1bn to ferry fund", "£600m", False),
        ("Harlow ferry fares rise 12%", "12%", True),
        ("Harlow ferry fares rise 12%", "12", False),
        ("Harlow ferry firm axes 12,500 jobs", "12,500", True),
    ],
)
def test_a_figure_the_headline_gives_or_rounds_is_obvious(headline: str, answer: str, obvious: bool) -> None:
    """Under "Harlow pledges £1bn", the body's £960m is the one choice near the headline's."""
    from generator.ranking import _headline_word

    sentence = sentence_of(
        f"The Harlow council gave {answer} in 2019 to a fund for ferries and 12 new piers."
    )
    words = {_headline_word(word) for word in headline.split()}
    reason = rejection(sentence, phrase(sentence, answer), headline_words=words)
    assert (reason is not None and "headline gives the figure" in reason) is obvious, reason


@pytest.mark.model
def test_the_paper_a_poll_was_done_for_is_trivial() -> None:
    sentence = sentence_of(
        "A Tamsin poll in the Harlow Post suggested 75% of respondents backed the ferry in 2019."
    )
    assert rejection(sentence, phrase(sentence, "Harlow Post"), headline_words=set()) == (
        "trivial: the source of a report, not a fact"
    )
    assert rejection(sentence, phrase(sentence, "75%"), headline_words=set()) is None
