"""Distractors: of the answer's type and form, from the article first, never a second true answer."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import pytest

from generator import word_lists
from generator.distractors import Candidate, pick_distractors
from generator.values import detect

from .conftest import REPO
from .distractor_support import (
    AP_MONTH,
    CARDINALS,
    CITY_NAMES,
    COUNTRY_NAMES,
    DEMONYMS,
    EMBASSY_ARTICLE,
    MONTH_NAMES,
    ORDINALS,
    assert_rules,
    in_subregion,
    matches,
    member_of,
    named_twice,
    ordinal_digits,
    percent_at_most_100,
    year_near,
)

KINDS: list[tuple[str, str, str, Sequence[Candidate], Callable[[str], bool]]] = [
    # (case, answer, label, article, what every distractor must be)
    ("country", "Cuba", "GPE", EMBASSY_ARTICLE, member_of(COUNTRY_NAMES)),
    ("country, no article", "Cuba", "GPE", [], in_subregion("Caribbean")),
    ("country after 'the'", "the Philippines", "GPE", [], member_of(COUNTRY_NAMES)),
    ("capital city", "Havana", "GPE", EMBASSY_ARTICLE, member_of(CITY_NAMES - COUNTRY_NAMES)),
    ("major city", "Busan", "GPE", [], member_of(set(word_lists.CITIES))),
    ("US state", "Texas", "GPE", [], member_of(set(word_lists.US_STATES))),
    (
        "province",
        "Ontario",
        "GPE",
        [],
        member_of({name for name, country in word_lists.PROVINCES.items() if country == "Canada"}),
    ),
    ("continent", "Asia", "LOC", [], member_of(set(word_lists.CONTINENTS))),
    ("ocean", "the Pacific Ocean", "LOC", [], matches(r"the (Atlantic|Indian|Arctic|Southern) Ocean")),
    ("nationality", "Cuban", "NORP", EMBASSY_ARTICLE, member_of(DEMONYMS)),
    ("nationals", "Cubans", "NORP", [], lambda choice: choice.endswith("s") and choice[:-1] in DEMONYMS),
    (
        "currency",
        "the won",
        "NOUN_PHRASE",
        [],
        lambda choice: choice.removeprefix("the ") in word_lists.CURRENCIES,
    ),
    (
        "person",
        "Cho Tae-yul",
        "PERSON",
        EMBASSY_ARTICLE,
        member_of({"Bruno Rodríguez", "Miguel Díaz-Canel", "Fidel Castro"}),
    ),
    (
        "organisation of one kind",
        "Foreign Ministry",
        "ORG",
        named_twice(
            Candidate(name, "ORG")
            for name in ("Samsung", "Unification Ministry", "Trade Ministry", "Defence Ministry")
        ),
        matches(r"\w+ Ministry"),
    ),
    ("year", "1960", "DATE", [], year_near(1960)),
    ("year near the cap", "2029", "DATE", [], lambda choice: year_near(2029)(choice) and int(choice) <= 2030),
    ("decade", "1920s", "DATE", [], matches(r"1[89]\d0s")),
    ("decade with 'the'", "the 1980s", "DATE", [], matches(r"the (19[3-9]|20[01])0s")),
    ("full date", "February 14, 2024", "DATE", [], matches(rf"({MONTH_NAMES}) \d{{1,2}}, 20(23|24|25)")),
    ("day-month date", "14 February 2024", "DATE", [], matches(rf"\d{{1,2}} ({MONTH_NAMES}) 20(23|24|25)")),
    ("AP month and day", "Feb. 14", "DATE", [], matches(rf"({AP_MONTH}) \d{{1,2}}")),
    ("ISO date", "2024-02-14", "DATE", [], matches(r"202[345]-\d\d-\d\d")),
    ("month and year", "March 2024", "DATE", [], matches(rf"({MONTH_NAMES}) 202[345]")),
    ("weekday and date", "Wednesday, Feb. 14", "DATE", [], matches(rf"Wednesday, ({AP_MONTH}) \d{{1,2}}")),
    ("year after a hedge", "early 2026", "DATE", [], matches(r"early 20[12]\d")),
    ("month", "June", "DATE", [], member_of(set(word_lists.MONTHS))),
    ("weekday", "Wednesday", "DATE", [], member_of(set(word_lists.WEEKDAYS))),
    (
        "weekday and part of day",
        "Friday night",
        "TIME",
        [],
        matches(r"(Mon|Tues|Wednes|Thurs|Satur|Sun)day night"),
    ),
    ("clock time", "3 p.m.", "TIME", [], matches(r"\d{1,2} [ap]\.m\.")),
    ("clock time with minutes", "10:30 a.m.", "TIME", [], matches(r"\d{1,2}:30 [ap]\.m\.")),
    ("money with a scale", "$14 million", "MONEY", [], matches(r"\$\d{1,2} million")),
    ("money with decimals", "$35.67 million", "MONEY", [], matches(r"\$\d{1,3}\.\d\d million")),
    ("money after a hedge", "about €3.5bn", "MONEY", [], matches(r"about €\d{1,2}\.\dbn")),
    ("money in words of a currency", "500 euros", "MONEY", [], matches(r"\d{1,3}(,\d{3})? euros")),
    ("percentage", "50%", "PERCENT", [], percent_at_most_100),
    ("percentage at the top", "100%", "PERCENT", [], percent_at_most_100),
    ("percentage in words", "12.5 per cent", "PERCENT", [], matches(r"\d{1,2}\.\d per cent")),
    ("cardinal with separator", "14,000", "CARDINAL", [], matches(r"\d{1,2},000")),
    ("cardinal after a hedge", "more than 2,300", "CARDINAL", [], matches(r"more than (\d,)?\d00")),
    ("cardinal word", "three", "CARDINAL", [], member_of(CARDINALS)),
    ("capitalised cardinal word", "Seven", "CARDINAL", [], lambda choice: choice.lower() in CARDINALS),
    ("cardinal word with a scale", "five million", "CARDINAL", [], matches(r"[a-z]+(-[a-z]+)? million")),
    ("ordinal word", "third", "ORDINAL", [], member_of(ORDINALS)),
    ("ordinal digits", "2nd", "ORDINAL", [], ordinal_digits),
    ("quantity with a unit", "3 kilometres", "QUANTITY", [], matches(r"\d+ kilometres")),
    ("quantity with decimals", "1.5 metres", "QUANTITY", [], matches(r"\d\.\d metres")),
]


@pytest.mark.parametrize(
    ("answer", "label", "article", "expected"), [k[1:] for k in KINDS], ids=[k[0] for k in KINDS]
)
def test_each_kind_of_answer_gets_distractors_of_its_own_type_and_form(
    answer: str, label: str, article: Sequence[Candidate], expected: Callable[[str], bool]
) -> None:
    numeric = label not in {"GPE", "LOC", "NORP", "PERSON", "ORG", "NOUN_PHRASE"}
    result = assert_rules(
        answer, pick_distractors(answer, label, article_candidates=article), by_value=numeric
    )
    for choice in result:
        assert expected(choice), f"{choice!r} is not the kind or form of {answer!r} (got {result})"


def test_same_article_entities_come_before_the_built_in_lists() -> None:
    assert pick_distractors("Cuba", "GPE", article_candidates=EMBASSY_ARTICLE) == [
        "South Korea",
        "North Korea",
        "Mexico",
    ]
    havana = pick_distractors("Havana", "GPE", article_candidates=EMBASSY_ARTICLE)
    assert havana is not None
    assert havana[:2] == ["Seoul", "Pyongyang"]
    cuban = pick_distractors("Cuban", "NORP", article_candidates=EMBASSY_ARTICLE)
    assert cuban is not None
    assert cuban[0] == "South Korean"
    caribbean = {demonym for demonym, _, sub in word_lists.COUNTRIES.values() if sub == "Caribbean"}
    assert set(cuban[1:]) <= caribbean


def test_a_country_never_gets_a_city_and_a_city_never_gets_a_country() -> None:
    countries = pick_distractors("Cuba", "GPE", article_candidates=EMBASSY_ARTICLE, count=6)
    cities = pick_distractors("Havana", "GPE", article_candidates=EMBASSY_ARTICLE, count=6)
    assert countries is not None
    assert cities is not None
    assert set(countries) <= COUNTRY_NAMES
    assert not set(cities) & COUNTRY_NAMES
    assert set(cities) <= CITY_NAMES


def test_a_place_the_lists_do_not_know_gets_the_articles_places_not_its_misread_names() -> None:
    tour = [("Harlow Beach", "GPE")] * 2 + [("Tamsin Springs", "GPE")] * 2
    tour += [(name, "GPE") for name in ("Nashville", "Toronto", "Denver", "Sheryl Crow", "Bon Jovi", "LN")]
    candidates = [Candidate(*place) for place in tour]
    choices = pick_distractors("Harlow Beach", "GPE", article_candidates=candidates, count=4)
    assert choices is not None and set(choices) == {"Tamsin Springs", "Nashville", "Toronto", "Denver"}


def test_an_ambiguous_place_takes_the_kind_the_article_mentions() -> None:
    caucasus = [Candidate(name, "GPE") for name in ("Georgia", "Armenia", "Azerbaijan", "Tbilisi")]
    south = [Candidate(name, "GPE") for name in ("Georgia", "Alabama", "Florida", "Atlanta")]
    as_country = pick_distractors("Georgia", "GPE", article_candidates=caucasus)
    assert as_country is not None
    assert as_country[:2] == ["Armenia", "Azerbaijan"]
    assert set(as_country) <= COUNTRY_NAMES
    as_state = pick_distractors("Georgia", "GPE", article_candidates=south)
    assert as_state is not None
    assert as_state[:2] == ["Alabama", "Florida"]
    assert set(as_state) <= set(word_lists.US_STATES)


@pytest.mark.parametrize(
    ("answer", "label"),
    [
        ("a year", "DATE"),
        ("every year", "DATE"),
        ("last Wednesday", "DATE"),
        ("this week", "DATE"),
        ("two years ago", "DATE"),
        ("recent years", "DATE"),
        ("noon", "TIME"),
        ("a dozen", "CARDINAL"),
        ("10-20", "CARDINAL"),
        ("1 kilometre", "QUANTITY"),
        ("14", "DATE"),
        ("", "GPE"),
    ],
)
def test_vague_relative_or_unwritable_answers_get_none(answer: str, label: str) -> None:
    assert pick_distractors(answer, label, article_candidates=EMBASSY_ARTICLE) is None


def test_aliases_of_the_answer_are_never_offered() -> None:
    article = [
        Candidate(name, "GPE")
        for name in ("Britain", "UK", "U.K.", "Great Britain", "France", "Spain", "Italy")
    ]
    assert pick_distractors("United Kingdom", "GPE", article_candidates=article) == [
        "France",
        "Spain",
        "Italy",
    ]
    cities = [Candidate(name, "GPE") for name in ("Kiev", "Kyiv", "Minsk", "Warsaw", "Vilnius")]
    assert pick_distractors("Kyiv", "GPE", article_candidates=cities) == ["Minsk", "Warsaw", "Vilnius"]


def test_acronyms_of_the_answer_are_never_offered() -> None:
    bodies = named_twice(Candidate(name, "ORG") for name in ("UN", "U.N.", "NATO", "IMF", "WTO"))
    assert pick_distractors("United Nations", "ORG", article_candidates=bodies) == ["NATO", "IMF", "WTO"]


def test_parts_of_the_answer_and_phrases_containing_it_are_never_offered() -> None:
    ministries = named_twice(
        Candidate(name, "ORG")
        for name in (
            "Seoul\u2019s Foreign Ministry",
            "Cuban Foreign Ministry",
            "Trade Ministry",
            "Unification Ministry",
        )
    )
    firms = named_twice(
        Candidate(name, "ORG") for name in ("Samsung Electronics", "Sams", "Hyundai", "Kia", "LG")
    )
    assert pick_distractors("Foreign Ministry", "ORG", article_candidates=ministries) is None
    assert pick_distractors("Samsung", "ORG", article_candidates=firms) == ["Hyundai", "Kia", "LG"]


def test_near_spellings_of_the_answer_are_never_offered() -> None:
    leaders = [
        Candidate(name, "PERSON")
        for name in (
            "Kim Il Sung",
            "Kim Il-song",
            "KIM IL-SUNG",
            "Park Chung-hee",
            "Syngman Rhee",
            "Chun Doo-hwan",
        )
    ]
    assert pick_distractors("Kim Il-sung", "PERSON", article_candidates=leaders) == [
        "Park Chung-hee",
        "Syngman Rhee",
        "Chun Doo-hwan",
    ]
    castros = [
        Candidate(name, "PERSON")
        for name in ("Raul Castro", "Raúl Castro Ruz", "Fidel Castro", "Che Guevara")
    ]
    assert pick_distractors("Raúl Castro", "PERSON", article_candidates=castros) is None


def test_a_doer_is_offered_only_people_who_act_in_the_article() -> None:
    people = [
        Candidate("Ines Halloran", "PERSON", doer=True),
        Candidate("Tomas Lindqvist", "PERSON", doer=True),
        Candidate("Mira Olsen", "PERSON"),
        Candidate("Elena Varga", "PERSON", doer=True),
        Candidate("Jonas Berg", "PERSON", doer=True),
    ]
    doers = pick_distractors("Ines Halloran", "PERSON", article_candidates=people, doers_only=True)
    assert doers == ["Tomas Lindqvist", "Elena Varga", "Jonas Berg"]
    anyone = pick_distractors("Ines Halloran", "PERSON", article_candidates=people)
    assert anyone is not None and "Mira Olsen" in anyone


@pytest.mark.parametrize(
    ("answer", "allowed"),
    [("2021", lambda year: year > 2019), ("2016", lambda year: year <= 2019)],
)
def test_a_year_is_offered_only_on_the_answers_side_of_the_article_date(
    answer: str, allowed: Callable[[int], bool]
) -> None:
    """What is still to come is not in the article's own year ("postponed until 2019" in an
    article of November 2019); what is past may be."""
    for seed in range(20):
        choices = pick_distractors(
            answer, "DATE", article_candidates=[], seed=seed, published=date(2019, 11, 20)
        )
        assert choices and all(allowed(int(choice)) for choice in choices), choices


def test_without_the_article_date_a_year_may_fall_on_either_side() -> None:
    years = {
        int(choice)
        for seed in range(20)
        for choice in pick_distractors("2020", "DATE", article_candidates=[], seed=seed) or []
    }
    assert min(years) < 2019 < max(years)


@pytest.mark.parametrize(
    ("answer", "label", "stated", "allowed"),
    [
        ("$12 billion", "MONEY", "$15 billion", lambda value: value < 15),
        ("Sept. 12", "DATE", "Oct. 10", lambda day: day < date(2000, 10, 10)),
        ("2018", "DATE", "2016", lambda year: year > 2016),
    ],
)
def test_a_figure_the_stem_states_keeps_the_choices_on_the_answers_side(
    answer: str, label: str, stated: str, allowed: Callable[[Any], bool]
) -> None:
    """ "including $1 billion" of "a $3 billion buyout": $4 billion would be ruled out by the stem."""
    for seed in range(20):
        choices = pick_distractors(answer, label, article_candidates=[], true_answers=[stated], seed=seed)
        assert choices, seed
        values = [detect(choice, label).value for choice in choices]  # type: ignore[union-attr]
        assert all(allowed(value) for value in values), choices
    unbounded = pick_distractors(answer, label, article_candidates=[], seed=0, count=8)
    assert unbounded and not all(allowed(detect(choice, label).value) for choice in unbounded)  # type: ignore[union-attr]


def test_a_duration_s_choices_count_in_its_unit() -> None:
    """ "within how many months": "five years" or "two weeks" would be ruled out by the stem."""
    candidates = [
        Candidate(text, "DURATION", False)
        for text in ("five years", "two weeks", "nine months", "three months", "eight months")
    ]
    choices = pick_distractors("six months", "DURATION", article_candidates=candidates)
    assert choices is not None and all(choice.endswith("months") for choice in choices), choices


def test_true_answers_and_their_aliases_are_never_offered() -> None:
    result = pick_distractors(
        "South Korea", "GPE", article_candidates=EMBASSY_ARTICLE, true_answers=["Cuba", "DPRK"], count=5
    )
    assert result is not None
    assert "Cuba" not in result
    assert "North Korea" not in result
    years = pick_distractors("1960", "DATE", article_candidates=[], true_answers=["1957", "1963"], count=3)
    assert years is not None
    assert not {"1957", "1960", "1963"} & set(years)
    assert all(abs(int(year) - 1960) <= 10 for year in years)


def test_article_values_of_another_form_are_skipped() -> None:
    dates = [
        Candidate(text, "DATE")
        for text in ("a year", "every year", "last year", "Feb. 14", "the 1960s", "1986", "1966")
    ]
    years = pick_distractors("1960", "DATE", article_candidates=dates)
    assert years is not None
    assert years[0] == "1966"  # 1986 is too far from 1960 to tempt anyone
    assert all(re.fullmatch(r"\d{4}", year) for year in years)

    amounts = [Candidate(text, "MONEY") for text in ("14 million", "$3 billion", "$9 million", "€2 million")]
    money = pick_distractors("$14 million", "MONEY", article_candidates=amounts)
    assert money is not None
    assert money[0] == "$9 million"
    assert all(re.fullmatch(r"\$\d+ million", amount) for amount in money)

    counts = [Candidate(text, "CARDINAL") for text in ("320", "two", "Four", "10,000", "five")]
    assert (pick_distractors("three", "CARDINAL", article_candidates=counts) or [])[:2] == ["two", "five"]

    days = [Candidate(text, "DATE") for text in ("2022", "Feb. 21", "March 3", "February 28", "Feb 7")]
    assert (pick_distractors("Feb. 14", "DATE", article_candidates=days) or [])[:2] == ["Feb. 21", "March 3"]

    # a date decades from the answer is another story's: an inventor's death beside a firm's founding
    founded = [Candidate(text, "DATE") for text in ("Jan. 7, 1943", "Aug. 19, 2004", "Aug. 28, 1998")]
    choices = pick_distractors("Sept. 4, 1998", "DATE", article_candidates=founded)
    assert choices is not None and "Jan. 7, 1943" not in choices and "Aug. 19, 2004" in choices


@pytest.mark.parametrize(
    ("answer", "label", "article", "allowed"),
    [
        ("roughly 80 percent", "PERCENT", (), re.compile(r"roughly [1-9]0 percent")),
        ("100", "CARDINAL", ("239", "162", "298"), re.compile(r"\d*0")),
        ("$1,024", "MONEY", ("$1,000", "$1,010"), re.compile(r"\$(?!1,0[01]0)[\d,]+")),
        ("$164.99", "MONEY", ("$313.49", "$461.99"), re.compile(r"\$(?!313|461)[\d.,]+")),
        ("10", "CARDINAL", (), re.compile(r"5|15|20|25|30")),
        ("£4.99", "MONEY", (), re.compile(r"£\d+\.99")),
        ("$19.95", "MONEY", ("$24.95", "$17.50"), re.compile(r"\$\d+\.95")),
    ],
)
def test_choices_keep_the_answers_roundness_and_are_never_nearly_the_answer(
    answer: str, label: str, article: Sequence[str], allowed: re.Pattern[str]
) -> None:
    """A round answer among uneven figures stands out ("about 100" knots among the article's 239
    passengers), a figure within a few percent of an approximate answer is nearly true, and one
    far from it is another thing's ("$461.99" of another deal); a small round count moves by
    fives ("10 candidates" among 30 and 40 is no temptation); a shop's price keeps its pence
    ("£4.99" among "£5.74" and "£6.49" is the one price a shop would ask)."""
    choices = pick_distractors(answer, label, article_candidates=[Candidate(text, label) for text in article])
    assert choices is not None
    assert all(allowed.fullmatch(choice) for choice in choices), choices


def test_a_share_below_the_whole_never_gets_the_whole_as_a_choice() -> None:
    for seed in range(20):
        choices = pick_distractors("80 percent", "PERCENT", article_candidates=[], seed=seed)
        assert choices is not None and "100 percent" not in choices


def test_noise_among_article_candidates_is_skipped() -> None:
    noise = named_twice(
        Candidate(text, "ORG")
        for text in (
            "YONHAP NEWS",
            "AP",
            "Reuters",
            "press@example.com",
            "LG 2",
            "Korea Trade Investment Promotion Agency Seoul Office Team",
            "Samsung (Korea)",
            "Hyundai",
            "Kia",
            "LG",
        )
    )
    assert pick_distractors("Samsung", "ORG", article_candidates=noise) == ["Hyundai", "Kia", "LG"]
    people = [
        Candidate(text, "PERSON")
        for text in ("Kim 2", "JOHN DOE", "Park Jin", "Lee Jae-myung", "Han Duck-soo")
    ]
    assert pick_distractors("Yoon Suk Yeol", "PERSON", article_candidates=people) == [
        "Park Jin",
        "Lee Jae-myung",
        "Han Duck-soo",
    ]
    surnames = [Candidate(text, "PERSON") for text in ("KIM", "Moon\u2019s", "Park", "Lee", "Han")]
    assert pick_distractors("Yoon", "PERSON", article_candidates=surnames) == ["Park", "Lee", "Han"]


def test_duplicates_in_the_article_give_one_choice() -> None:
    article = [
        Candidate(text, "GPE") for text in ("Mexico", "MEXICO", "mexico", "Mexico\u2019s", "Japan", "Peru")
    ]
    assert pick_distractors("Cuba", "GPE", article_candidates=article) == ["Mexico", "Japan", "Peru"]


def test_too_few_good_choices_give_none() -> None:
    assert pick_distractors("Pacific Ocean", "LOC", article_candidates=[], count=5) is None
    assert pick_distractors("Monday", "DATE", article_candidates=[], count=7) is None
    assert pick_distractors("Samsung", "ORG", article_candidates=[Candidate("Hyundai", "ORG")]) is None


def test_count_sets_the_number_of_choices() -> None:
    assert len(pick_distractors("Cuba", "GPE", article_candidates=[], count=5) or []) == 5
    assert len(pick_distractors("$14 million", "MONEY", article_candidates=[], count=1) or []) == 1
    with pytest.raises(ValueError, match="count must be at least 1, got 0"):
        pick_distractors("Cuba", "GPE", article_candidates=[], count=0)


def test_the_same_input_gives_the_same_choices() -> None:
    for _, answer, label, article, _ in KINDS:
        first = pick_distractors(answer, label, article_candidates=article, seed=7)
        assert first == pick_distractors(answer, label, article_candidates=article, seed=7)


def test_the_seed_is_the_only_source_of_variety() -> None:
    by_seed = {
        tuple(pick_distractors("1960", "DATE", article_candidates=[], seed=seed) or ()) for seed in range(20)
    }
    assert len(by_seed) > 1


def test_choices_do_not_depend_on_the_process_hash_seed_nor_load_spacy() -> None:
    script = (
        "import sys\n"
        "from generator.distractors import pick_distractors\n"
        "print(pick_distractors('Cuba', 'GPE', article_candidates=[], seed=3))\n"
        "print(pick_distractors('$35.67 million', 'MONEY', article_candidates=[], seed=3))\n"
        "print('spacy' in sys.modules)\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            cwd=REPO,
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for hash_seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
    assert outputs.pop().endswith("False\n")


@pytest.mark.parametrize("answer", ["14", "13", "£108.49", "$55.67", "3,000"])
def test_a_figure_s_choices_put_it_anywhere_and_are_no_multiples_of_half_of_it(answer: str) -> None:
    """A small figure has little room below it: its choices had climbed from it ("14 | 21 | 28 | 35"),
    each a multiple of half the answer, so the answer was the smallest choice. Over many questions it
    is the smallest, the largest and in between."""
    places: set[str] = set()
    for seed in range(40):
        choices = pick_distractors(
            answer, "MONEY" if answer[0] in "£$" else "CARDINAL", article_candidates=[], seed=seed
        )
        assert choices is not None and len(choices) == 3
        numbers = sorted(float(re.sub(r"[^\d.]", "", choice)) for choice in [answer, *choices])
        mine = float(re.sub(r"[^\d.]", "", answer))
        places.add("smallest" if mine == numbers[0] else "largest" if mine == numbers[-1] else "between")
        half = mine / 2
        assert not all(abs(number / half - round(number / half)) < 1e-6 for number in numbers), (
            answer,
            choices,
        )
    assert places == {"smallest", "largest", "between"}, (answer, places)
