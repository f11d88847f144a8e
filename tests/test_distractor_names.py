"""Distractors for people and organisations: only the article's own, a surname for a surname and a
full name for a full name, an organisation only when the article names it more than once."""

from __future__ import annotations

from generator.distractors import Candidate, pick_distractors

from .distractor_support import named_twice


def test_people_come_only_from_the_article() -> None:
    two_others = [Candidate(name, "PERSON") for name in ("Cho Tae-yul", "Bruno Rodríguez", "Fidel Castro")]
    assert pick_distractors("Cho Tae-yul", "PERSON", article_candidates=two_others) is None
    assert pick_distractors("Cho Tae-yul", "PERSON", article_candidates=[]) is None


def test_a_full_name_gets_full_names_and_a_surname_gets_surnames() -> None:
    people = [
        Candidate(name, "PERSON")
        for name in ("Moon", "Fidel Castro", "Park", "Raúl Castro", "Yoon", "Che Guevara")
    ]
    assert pick_distractors("Kim", "PERSON", article_candidates=people) == ["Moon", "Park", "Yoon"]
    assert pick_distractors("Miguel Díaz-Canel", "PERSON", article_candidates=people) == [
        "Fidel Castro",
        "Raúl Castro",
        "Che Guevara",
    ]


def test_a_surname_answer_gets_the_surnames_of_the_articles_other_people() -> None:
    runners = [Candidate(name, "PERSON") for name in ("Amina Keter", "Lucia Ferreira", "Joan Tanui", "Keter")]
    assert pick_distractors("Ferreira", "PERSON", article_candidates=runners) is None  # Keter twice is one
    runners.append(Candidate("Sofia Lindholm", "PERSON"))
    assert pick_distractors("Ferreira", "PERSON", article_candidates=runners) == [
        "Keter",
        "Tanui",
        "Lindholm",
    ]
    # family name first: the family names of the others
    leaders = [
        Candidate(name, "PERSON") for name in ("Kim Jong-un", "Moon Jae-in", "Yoon Suk Yeol", "Park Geun-hye")
    ]
    assert pick_distractors("Kim", "PERSON", article_candidates=leaders) == ["Moon", "Yoon", "Park"]
    # a one-word name the article never expands takes only one-word names
    assert pick_distractors("Madonna", "PERSON", article_candidates=leaders) is None


def test_a_surname_answer_never_gets_a_first_name_or_a_rank_as_a_surname() -> None:
    """ "Joe" (of "Joe Biden", tagged alone in "Joe and Hunter Biden") and "Col" (of "Lt Col")."""
    people = [
        Candidate(name, "PERSON")
        for name in (
            "Alexander Vindman",
            "Joe Biden",
            "Joe",
            "Lt Col",
            "Kurt Volker",
            "Fiona Hill",
            "Gordon Sondland",
        )
    ]
    picked = pick_distractors("Vindman", "PERSON", article_candidates=people)
    assert picked is not None and not {"Joe", "Col"} & set(picked), picked


def test_an_organisation_named_once_is_no_choice() -> None:
    firms = [Candidate(name, "ORG") for name in ("Hyundai", "Kia", "LG", "Basic Activities")]
    assert pick_distractors("Samsung", "ORG", article_candidates=firms) is None
    assert pick_distractors("Samsung", "ORG", article_candidates=named_twice(firms[:3])) == [
        "Hyundai",
        "Kia",
        "LG",
    ]


def test_organisations_come_only_from_the_article_and_of_the_same_kind() -> None:
    firms = named_twice(
        Candidate(name, "ORG") for name in ("Samsung", "Hyundai", "Unification Ministry", "LG")
    )
    assert pick_distractors("Kia", "ORG", article_candidates=firms) == ["Samsung", "Hyundai", "LG"]
    assert pick_distractors("Foreign Ministry", "ORG", article_candidates=firms) is None
