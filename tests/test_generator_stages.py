"""The generator's stages one by one, on sentences written for the purpose (with the real model:
the parse is what these stages read)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from generator.analysis import parse
from generator.answers import AnswerPhrase, answer_phrases
from generator.distractors import place_kind
from generator.drafts import Draft
from generator.in_situ import in_situ_question
from generator.lexicon import LANGUAGE, Lexicon, english
from generator.ranking import features, weights
from generator.sentences import Sentence, read_sentences
from generator.statements import clean_statement
from generator.wording import simplified_tokens

from .stage_support import hand_parsed, last_of, names_a_problem, phrase, sentence_of, statement, states

# --- statements -----------------------------------------------------------------------------------


@pytest.mark.model
def test_an_attribution_is_taken_off_the_fact_it_reports() -> None:
    sentence = sentence_of("Officials at the port said the new Harlow terminal will open in March 2021.")
    assert statement(sentence) == "The new Harlow terminal will open in March 2021."
    assert not sentence.attributed and sentence.usable


@pytest.mark.model
def test_a_poll_stays_before_the_share_of_its_respondents() -> None:
    """ "75% of respondents thought ..." alone does not say whose respondents."""
    poll = sentence_of(
        "A Harlow Post poll suggested 75% of respondents thought the ferry was too slow in 2019."
    )
    assert statement(poll).startswith("A Harlow Post poll suggested 75% of respondents"), statement(poll)
    found = sentence_of("A Harlow Post poll suggested the ferry carried 3,000 people a day in 2019.")
    assert statement(found).startswith("The ferry carried"), statement(found)


@pytest.mark.model
def test_a_speaker_set_off_by_commas_inside_the_fact_is_taken_off() -> None:
    sentence = sentence_of("So far, councillors said, Elena Varga has run the Harlow ferry well since 2019.")
    assert statement(sentence) == "So far, Elena Varga has run the Harlow ferry well since 2019."
    assert sentence.reported
    after = sentence_of(
        "As the verdict was read, Varga stood silent in 2019, reported Ines Halloran of Harlow Radio, who was"
        " in the court."
    )
    assert statement(after) == "As the verdict was read, Varga stood silent in 2019."


@pytest.mark.model
def test_a_forecast_or_a_belief_stays_its_holder_s() -> None:
    expected = sentence_of("Analysts at Tamsin Bank expect the Harlow plant will build 300 buses in 2021.")
    assert expected.attributed and not expected.usable
    believed = sentence_of("Protesters believe the Harlow ferry bill is an attack on the town's charter.")
    assert believed.attributed and not believed.usable
    inserted = sentence_of("The Harlow plant, analysts expect, will build 300 buses in 2021.")
    assert "analysts expect" in statement(inserted)
    forecast = sentence_of("Harlow meteorologist Tomas Lindqvist predicted some lake-effect snow in 2019.")
    assert forecast.attributed and not forecast.usable


@pytest.mark.model
@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_pronoun_written_out_keeps_the_page_s_apostrophe(apostrophe: str) -> None:
    written = last_of(
        [
            "Mayor Elena Varga opened the Harlow ferry terminal in 2019.",
            f"Her office{apostrophe}s budget grew to $4 million in 2020.",
        ]
    )
    assert statement(written).startswith(f"Elena Varga{apostrophe}s office{apostrophe}s budget")


@pytest.mark.model
def test_a_relative_clause_the_page_closes_with_a_dash_goes_with_its_dash() -> None:
    sentence = sentence_of(
        "The Harlow council, which had met twice in a week - approved a budget of $2 million in 2019."
    )
    assert statement(sentence) == "The Harlow council approved a budget of $2 million in 2019."


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Macmillan, which owns Henry Holt, Picador and St. Martin’s, is part of the Harlow group in 2019.",
            "Macmillan is part of the Harlow group in 2019.",
        ),
        (
            "Harlow Resorts Inc., which owns two hotels in Tamsin, filed for bankruptcy protection in 2019.",
            "Harlow Resorts Inc. filed for bankruptcy protection in 2019.",
        ),
        (
            "During the madness of the ’60s, the Harlow police encouraged the most extreme groups in 1968.",
            "During the madness of the ’60s, the Harlow police encouraged the most extreme groups in 1968.",
        ),
        # the parse ends the clause inside "co-owns": it stays rather than leave "Polaris -owns with"
        (
            "Varga’s father fished on the Polaris, which Varga co-owns with Rolfe McCartney.",
            "Varga’s father fished on the Polaris, which Varga co-owns with Rolfe McCartney.",
        ),
    ],
)
def test_a_relative_clause_goes_with_both_its_commas_and_an_elided_year_keeps_its_space(
    text: str, written: str
) -> None:
    assert statement(sentence_of(text)) == written


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "In the Tamsin film The Lighthouse, which is still being cast, Varga will co-star with Marco Ruiz.",
            "In the Tamsin film The Lighthouse, Varga will co-star with Marco Ruiz.",
        ),
        (
            "Raised on a fishing boat—the family sailed between Harlow, Tamsin and Ostrow—Varga learned"
            " to navigate at the age of six.",
            "Raised on a fishing boat, Varga learned to navigate at the age of six.",
        ),
        (
            "In 2019 the company, which makes buses, also cut 300 jobs in Harlow.",
            "In 2019 the company also cut",
        ),
    ],
)
def test_a_side_remark_that_also_ended_the_opening_phrase_leaves_its_comma(text: str, written: str) -> None:
    """Without it, the opening phrase runs into the subject ("the film The Lighthouse Varga will")."""
    assert statement(sentence_of(text)).startswith(written)


@pytest.mark.model
def test_a_relative_clause_that_opens_a_quotation_goes_with_its_closing_mark() -> None:
    """The model hangs the closing mark on the subject, outside the clause: left behind, it gave
    'Mayor Varga ", has cut'."""
    sentence = sentence_of(
        'Mayor Elena Varga, who once likened the crossing to a "little holiday", has cut its fares twice since 2019.'
    )
    assert statement(sentence) == "Mayor Elena Varga has cut its fares twice since 2019."
    title = sentence_of(
        'Tomas Moore, who directed the hit musical "Harbour Days," has run the Harlow theatre since 2009.'
    )
    assert statement(title) == "Tomas Moore has run the Harlow theatre since 2009."


@pytest.mark.model
def test_a_relative_clause_of_a_description_before_the_subject_leaves_the_comma_that_ends_it() -> None:
    """ "A two-time former mayor, who ..., Varga returned": the model reads the description as a
    second subject; without its comma it runs into the name ("former mayor Varga returned")."""
    sentence = sentence_of(
        "A two-time former mayor, who in 1994 became the first woman to lead the city, Varga returned"
        " to office in March 2020 after six years away."
    )
    assert statement(sentence) == (
        "A two-time former mayor, Varga returned to office in March 2020 after six years away."
    )


@pytest.mark.model
def test_a_pronoun_whose_person_is_named_in_the_dropped_attribution_is_that_person() -> None:
    """Not the person of the sentences before: the speaker was Halloran, not Ruiz."""
    sentence = last_of(
        [
            "Harlow Sen. Marco Ruiz said he expected a short labour shortage in 2011.",
            "Ruiz predicts the shortage will ease by the spring.",
            "At her orchard near Tamsin, fruit grower Ines Halloran said only nine of the 50"
            " pickers she hired for the season turned up in 2011.",
        ]
    )
    assert "pickers Ines Halloran hired" in statement(sentence), statement(sentence)
    assert "Ruiz" not in statement(sentence)


@pytest.mark.model
def test_a_pronoun_after_the_reported_he_is_left_as_the_page_wrote_it() -> None:
    """ "his death" is Lind's, not the lawyer's: once "he" is the speaker, a later pronoun is
    not written out as the speaker too."""
    sentence = last_of(
        [
            "Tomas Lind died in a Harlow jail cell in August 2019.",
            "Marco Ruiz, who acts for two of the families Lind sued, said he is glad the police will look"
            " into the circumstances of his death.",
        ]
    )
    assert "Ruiz's death" not in statement(sentence), statement(sentence)


@pytest.mark.model
def test_a_pronoun_after_a_subject_the_model_took_for_a_common_noun_is_the_subject_s() -> None:
    """ "Gatland reveals his first squad": the small model tags "Gatland" a noun of a body, but he
    is the subject named before "his", so "his" is not the person an earlier sentence named."""
    sentence = last_of(
        [
            "London Wasps director Ian McGeechan confirmed the deal on Monday.",
            "Gatland reveals his first Wales squad since being appointed coach at a Cardiff hotel in 2008.",
        ]
    )
    assert "McGeechan's" not in statement(sentence), statement(sentence)


@pytest.mark.model
@pytest.mark.parametrize("quotes", ['""', "“”"])
def test_a_quote_closed_among_the_attribution_s_marks_stays_closed(quotes: str) -> None:
    opening, closing = quotes
    text = (
        f"Harlow's economy grew by 3.2 percent after the {opening}Great Slump,{closing} Varga said in 2019."
    )
    assert (
        statement(sentence_of(text))
        == f"Harlow's economy grew by 3.2 percent after the {opening}Great Slump{closing}."
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("second", "written_out"),
    [
        (
            "After all, he's the man behind the $19 billion purchase in 2014.",
            "John Smith is the man behind the $19 billion purchase in 2014.",
        ),
        (
            "After all, he’s put his savings into the Harlow ferry line in 2014.",
            "John Smith has put his savings into the Harlow ferry line in 2014.",
        ),
        (
            "After all, he's been the owner of the Harlow ferry line in 2014.",
            "John Smith has been the owner of the Harlow ferry line in 2014.",
        ),
    ],
)
def test_a_pronoun_written_out_takes_its_contracted_verb_in_full(second: str, written_out: str) -> None:
    """ "he's the man behind" is "John Smith is the man", not the possessive "John Smith's the man";
    "he's put" and "he's been" are "has"."""
    sentence = last_of(["John Smith founded the company in 2004.", second])
    assert statement(sentence) == written_out


@pytest.mark.model
def test_a_he_after_an_unnamed_man_is_not_the_named_one() -> None:
    sentence = last_of(
        [
            "Tomas Lind said the door of the Harlow depot did not lock, and a homeless man lived there in 2019.",
            "He seems to have left behind two suitcases and a radio at the Harlow depot in 2019.",
        ]
    )
    assert "Tomas Lind" not in statement(sentence)
    assert not sentence.usable
    reported = last_of(
        [
            "Jon Orr of the Tamsin Times reports that Harlow health officials traced the patient's contacts.",
            "A third case of plague was reported in a 55-year-old man from Harlow in 2019.",
            "He had eaten a wild rabbit before he was taken to a hospital 185 miles from Harlow.",
        ]
    )
    assert "Jon Orr" not in statement(reported), "the man a case was found in is the one meant"
    assert not reported.usable


@pytest.mark.model
def test_a_reported_he_becomes_the_speaker() -> None:
    sentence = sentence_of("Mayor Elena Varga said he would visit the reservoir in 2021.")
    assert "he" not in statement(sentence).split()


@pytest.mark.model
def test_a_him_in_a_reported_clause_keeps_the_speaker_it_means() -> None:
    """ "Chertoff called him" with "Reid said" cut off asks about no one; with it, him is Reid."""
    sentence = sentence_of(
        "Senator Harry Reid said Homeland Security Secretary Michael Chertoff called him in May 2008."
    )
    assert "Harry Reid said" in statement(sentence), statement(sentence)
    reporter = sentence_of("Senator Harry Reid said Michael Chertoff called the governor in May 2008.")
    assert statement(reporter).startswith("Michael Chertoff called"), "no pronoun: the clause is the fact"
    team = sentence_of(
        "Mayor Elena Varga's office announced in May 2019 that Tomas Lind will serve as her adviser when she"
        " takes office in June 2019."
    )
    assert statement(team).startswith("Mayor Elena Varga's office announced"), statement(team)
    police = sentence_of("Police said Tomas Lind shot his neighbour in Harlow in May 2019.")
    assert statement(police).startswith("Tomas Lind shot his neighbour"), (
        "his is Lind's: no one speaks for him"
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "written"),
    [
        # The model finds no entity in "M-Pesa": its compound is the name, not "Pesa" alone.
        (
            "Now M-Pesa says it has about 17 million customers in Ostrow.",
            "M-Pesa has about 17 million customers in Ostrow.",
        ),
        # A name written with its article keeps it: "Fed would replace" drops a word.
        (
            "The Fed said it would swap $400 billion of short bonds for longer ones.",
            "The Fed would swap $400 billion of short bonds for longer ones.",
        ),
    ],
)
def test_a_reported_it_becomes_the_speaker_s_whole_name(text: str, written: str) -> None:
    assert statement(sentence_of(text)) == written


@pytest.mark.model
def test_an_it_before_the_organisation_that_speaks_is_not_the_organisation() -> None:
    """ "It can be equipped with 32GB of RAM, Apple said": the product, which an earlier sentence
    named; written out as "Apple can be equipped" it was false."""
    sentence = last_of(
        [
            "Harlow Motors unveiled its new Tamsin ferry in May 2019.",
            "It can carry up to 300 passengers and 40 cars, Harlow Motors said.",
        ]
    )
    assert not statement(sentence).startswith("Harlow Motors can carry"), statement(sentence)
    assert not sentence.usable


@pytest.mark.model
def test_a_she_and_a_he_in_one_sentence_are_two_people() -> None:
    """The one person in reach is not both: "She has a taste for fine food; he has a taste for
    Taco Bell" had become "Bobby has a taste for fine food; he ...", a false 'true'."""
    sentence = last_of(
        [
            "Tomas Varga married in Harlow in 1997.",
            "She has a taste for fine Tamsin food; he has a taste for Harlow burgers.",
        ]
    )
    assert "Tomas Varga" not in statement(sentence) and not sentence.usable, statement(sentence)
    alone = last_of(
        ["Tomas Varga married in Harlow in 1997.", "He has a taste for fine Tamsin food and wine."]
    )
    assert statement(alone).startswith("Tomas Varga has a taste"), statement(alone)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("And in Harlow, lawmakers raised the wage to $8.70 in 2014.", "In Harlow, lawmakers raised"),
        (
            "Oh, and nine million people watched the Harlow hamster video in 2013.",
            "Nine million people watched",
        ),
        ("And much to the delight of fans, Harlow won the cup in 2019.", "Much to the delight of fans"),
    ],
)
def test_a_leading_and_or_oh_and_goes(text: str, written: str) -> None:
    assert statement(sentence_of(text)).startswith(written)


@pytest.mark.model
def test_a_year_the_model_takes_for_a_count_is_a_date() -> None:
    from generator.answers import answer_phrases

    fair = sentence_of("A 2016 security fair in Harlow gave Tamsin Motors the occasion to hire Elena Varga.")
    [year] = [
        p for p in answer_phrases(fair.span, people=frozenset()) if p.span(fair.span.doc).text == "2016"
    ]
    assert year.label == "DATE"


@pytest.mark.model
def test_a_figure_keeps_the_m_written_onto_it_and_a_number_typed_without_its_hyphen_gets_no_choices() -> None:
    from generator.answers import answer_phrases
    from generator.figures import parse_number

    profit = sentence_of("Harlow Air made a pre-tax profit of £75m, against £125m in 2004.")
    found = [p.span(profit.span.doc).text for p in answer_phrases(profit.span, people=frozenset())]
    assert "£75m" in found and "£125m" in found, found
    closing = sentence_of(
        "Harlow Air faces a loss of £15.4m after the Tamsin ferry vote of May 2019, up from £9m."
    )
    closing_found = [p.span(closing.span.doc).text for p in answer_phrases(closing.span, people=frozenset())]
    assert "£9m" in closing_found, "the 'm' of a figure that closes the sentence is no 'm.' abbreviation"
    assert parse_number("Ninety one") is None, "no 'Seventy-six one' among the choices"
    extra = sentence_of("The 4 million are in addition to an estimated 1.5 million Harlow residents in 2019.")
    assert "1.5 million" in [
        p.span(extra.span.doc).text for p in answer_phrases(extra.span, people=frozenset())
    ]
    networks = sentence_of("Wimax could dent the returns of 3G networks in Harlow by 2019.")
    found = [p.span(networks.span.doc).text for p in answer_phrases(networks.span, people=frozenset())]
    assert "3" not in found, "the 3 of 3G is part of a name"
    assert parse_number("three miles") is not None
    model = sentence_of(
        "Harlow Motors will not discuss the Tamsin Book 2 before its launch of 12 buses in 2019."
    )
    found = [p.span(model.span.doc).text for p in answer_phrases(model.span, people=frozenset())]
    assert "2" not in found and "12" in found, "the 2 of Tamsin Book 2 is part of a name"
    opening = sentence_of(
        "Commodore 64 fans in Harlow have written 12 emulators for the old games since 2004."
    )
    found = [p.span(opening.span.doc).text for p in answer_phrases(opening.span, people=frozenset())]
    assert "64" not in found and "12" in found, "the 64 of a Commodore 64 opening the sentence is a name's"
    record = sentence_of(
        "The Harlow game has proved popular online, with players notching up a record 28 million hours on the Tamsin network."
    )
    found = [p.span(record.span.doc).text for p in answer_phrases(record.span, people=frozenset())]
    assert "28 million hours" in found, found
    early = sentence_of("The Harlow ferry office could open in Tamsin in early 2027 if the council agrees.")
    found = [p.span(early.span.doc).text for p in answer_phrases(early.span, people=frozenset())]
    assert "early 2027" in found, found


def test_a_phrase_is_said_whatever_the_punctuation_between_its_words() -> None:
    from generator.wording import says

    assert says("When did police raid the Harlow embassy, on April 11 2019?", "April 11, 2019")
    assert not says("Harlow hired 300 workers.", "30")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Since joining Harlow in 2007, Elena Varga has definitely accomplished a lot.", False),
        ("With the nurse on the phone from Harlow, Tomas Orr did what had to be done.", False),
        ("Since joining Harlow in 2007, Elena Varga has accomplished a lot of her goals.", True),
        ("Harlow's sales grew a lot in 2019, to $2 million.", True),
    ],
)
def test_a_deed_the_sentence_does_not_say_is_no_fact(text: str, fact: bool) -> None:
    assert names_a_problem(text, "did something, not what") is not fact


@pytest.mark.model
def test_according_to_and_a_leading_however_are_dropped() -> None:
    sentence = sentence_of("However, the bridge cost $40 million, according to the transport ministry.")
    assert statement(sentence) == "The bridge cost $40 million."
    so_far = sentence_of("So far a total of 13 Harlow athletes have been banned for doping in 2019.")
    assert statement(so_far).startswith("So far a total of 13"), "no 'Far a total of'"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Harlow Motors, however, cut 300 jobs at its Tamsin plant in 2019.", "Harlow Motors cut 300 jobs"),
        (
            "In 2019, however, the Harlow council approved a bus depot.",
            "In 2019, the Harlow council approved",
        ),
        (
            "The miners' families, however, as well as the families of the other victims, called for calm in 2014.",
            "The miners' families, as well as the families of the other victims, called",
        ),
    ],
)
def test_a_set_off_however_goes_and_a_comma_with_another_use_stays(text: str, written: str) -> None:
    assert statement(sentence_of(text)).startswith(written), statement(sentence_of(text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "misread"),
    [
        (
            "Harlow mayor Tomas Orr, asked about the ferry fares by reporters, said the council would"
            " cut them by 5 percent in 2020.",
            True,
        ),
        (
            "Tory leader Tomas Orr, asked about Mr Berg's remark by reporters, said it was important"
            " for politicians to be careful.",
            True,
        ),
        ("Tomas Orr, 29, from north Harlow, was detained in Tamsin in 2002.", False),
        ("Tomas Orr, a Harlow councillor, was arrested in Tamsin in 2002, police said.", False),
        (  # "Who may be tempted ...?" -> Mr Orr: the speaker read as the subject
            "If the Harlow ferry proves popular, said Mr Orr, other towns may be tempted to run one.",
            True,
        ),
        ("The ferry will run again in 2020, said Tomas Orr, the mayor of Harlow.", False),
    ],
)
def test_a_clause_the_model_misread_around_its_commas_is_no_statement(text: str, misread: bool) -> None:
    """The model takes "asked" for the mayor's verb and "said" for its clause or its reporter, or
    takes the speaker of ", said X," into the clause: cut from that parse, the items lost a comma,
    the fact, or their answer."""
    assert names_a_problem(text, "not a complete statement: the model read") == misread, sentence_of(
        text
    ).problems


@pytest.mark.model
def test_a_statement_left_opening_on_its_verb_has_no_subject() -> None:
    """The model hung "a fifth of all hard drives produced" on the attribution, which the statement
    drops."""
    text = "According to technology analysts HTA, a fifth of all hard drives produced will be used in Harlow by 2027."
    assert names_a_problem(text, "its verb has no subject"), sentence_of(text).problems
    inverted = "In second place was the Tamsin ferry, built by Harlow Marine in 2019."
    assert not names_a_problem(inverted, "its verb has no subject"), sentence_of(inverted).problems


@pytest.mark.model
def test_a_lone_comma_between_subject_and_verb_goes_and_an_aside_keeps_its_commas() -> None:
    slip = sentence_of(
        "Harlow's announcement to expand the pool of ferry bidders by nine, increased the total to 14."
    )
    assert (
        statement(slip)
        == "Harlow's announcement to expand the pool of ferry bidders by nine increased the total to 14."
    )
    aside = sentence_of("Harlow Motors, a bus maker, cut 300 jobs in 2019.")
    assert statement(aside) == "Harlow Motors, a bus maker, cut 300 jobs in 2019."
    listed = sentence_of("Power from coal, gas, and wind farms, increased 4 percent in Harlow in 2019.")
    assert statement(listed) == "Power from coal, gas, and wind farms increased 4 percent in Harlow in 2019."
    named = sentence_of(
        "HAWK, the Harlow Air, Water and Kelp probe launched in 2004, is due to land in 2026."
    )
    assert (
        statement(named)
        == "HAWK, the Harlow Air, Water and Kelp probe launched in 2004, is due to land in 2026."
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Born in Harlow in 1856, Varga designed the engine that is fitted to most Harlow ferries today.",
            "is fitted to most Harlow ferries today.",
        ),
        ("Today, Harlow is the largest city in Tamsin.", "Today, Harlow is"),
        ("The Harlow council will vote today on the budget.", "will vote on Nov. 20, 2019 on"),
    ],
)
def test_today_of_a_present_state_means_nowadays_not_the_article_s_date(text: str, written: str) -> None:
    """ "is fitted to most ferries on Nov. 20, 2019" made a lasting state that day's news."""
    assert written in statement(sentence_of(text)), statement(sentence_of(text))


@pytest.mark.model
def test_a_weekday_is_written_out_as_the_date_of_that_week() -> None:
    sentence = sentence_of("The council approved the budget of $2 million on Tuesday.")
    assert statement(sentence) == "The council approved the budget of $2 million on Nov. 19, 2019."
    coming = sentence_of("The council will vote on the budget of $2 million on Friday.")
    assert statement(coming) == "The council will vote on the budget of $2 million on Nov. 22, 2019."
    bare = sentence_of("The council approved the budget Tuesday after a long debate.")
    assert statement(bare) == "The council approved the budget on Nov. 19, 2019 after a long debate."
    spent = sentence_of("The Harlow council spent Monday trying to pass the budget.")
    assert statement(spent) == "The Harlow council spent Nov. 18, 2019 trying to pass the budget."


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Marta Quell will be allowed to sing at the Harlow awards on Sunday.", "on Nov. 24, 2019"),
        ("Harlow Motors opens its new plant in Tamsin on Friday.", "on Nov. 22, 2019"),
        ("Harlow Motors opened its new plant in Tamsin on Friday.", "on Nov. 15, 2019"),
        ("Fire damaged 20 buildings in Harlow on Monday night.", "in Harlow on Nov. 18, 2019."),
        ("Harlow will play Tamsin today.", "Harlow will play Tamsin on Nov. 20, 2019."),
        ("Gunmen wounded three settlers in Harlow yesterday.", "in Harlow on Nov. 19, 2019."),
        ("Harlow will open 30 new schools by the end of the year.", "by the end of 2019."),
        (  # the brackets that date "Today" go with the statement's parentheticals; their date stays
            "Today (Nov. 18), Harlow Motors opened its new plant in Tamsin.",
            "On Nov. 18, 2019, Harlow Motors opened",
        ),
        (
            "After the Harlow court denied a request to review the ferry deal on Monday, workers got $5,000.",
            "the ferry deal on Nov. 18, 2019,",
        ),
        ("On a chilly Tuesday in December 1999, Elena Varga rose to speak in Harlow.", "a chilly Tuesday in"),
        (
            "The Harlow ferry had carried 300 passengers in its last 17 trips before Tuesday.",
            "trips before Nov. 19, 2019.",
        ),
        ("The Harlow ferry has been closed since Monday.", "closed since Nov. 18, 2019."),
        ("As of Monday, Elena Varga will be the youngest mayor of Harlow.", "As of Nov. 25, 2019, Elena"),
        (
            "Last Friday, the Harlow council failed to pass the ferry budget.",
            "On Nov. 15, 2019, the Harlow council",
        ),
        ("Police arrested three men in Harlow early this morning.", "in Harlow on Nov. 20, 2019."),
        (
            "Rebels stormed the Harlow station yesterday and beat its director.",
            "station on Nov. 19, 2019 and beat",
        ),
        (
            "Doctors in Harlow struggled Tuesday to save the ferry captain.",
            "struggled on Nov. 19, 2019 to save",
        ),
        (
            "Elena Varga declared late Sunday that the Harlow vote count was final.",
            "declared late on Nov. 17, 2019 that",
        ),
    ],
)
def test_a_weekday_is_the_next_one_for_what_is_to_come_and_the_last_one_for_what_happened(
    text: str, written: str
) -> None:
    assert written in statement(sentence_of(text))


@pytest.mark.model
def test_last_friday_in_an_article_of_a_friday_is_a_week_before_and_a_morning_to_come_stays_vague() -> None:
    friday = sentence_of(
        "Last Friday, the Harlow council failed to pass the ferry budget.", published=date(2019, 11, 22)
    )
    assert statement(friday).startswith("On Nov. 15, 2019,"), statement(friday)
    announced = sentence_of(
        "Elena Varga announced this afternoon that the Harlow ferry will close in May 2020."
    )
    assert announced.usable, announced.problems
    scheduled = sentence_of("Harlow Motors has scheduled an appearance this morning at its plant in Tamsin.")
    assert not scheduled.usable, "what is set for this morning is the page's schedule"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "answer", "written"),
    [
        (
            "Rebels attacked the Harlow garrison, killing three soldiers on Monday.",
            "three",
            "Rebels attacked the Harlow garrison, killing three soldiers on Nov. 18, 2019.",
        ),
        (
            "Floods swept through Harlow, leaving 300 families homeless on Monday night.",
            "300",
            "Floods swept through Harlow, leaving 300 families homeless on Nov. 18, 2019.",
        ),
    ],
)
def test_a_weekday_in_a_participle_clause_is_dated_as_its_sentence(
    text: str, answer: str, written: str
) -> None:
    """The clause after the comma comes back for an item about its figure: its weekday is the last
    one for what the sentence tells as done, and a "night" after it goes with it."""
    from generator.wording import render

    sentence = sentence_of(text)
    kept = simplified_tokens(sentence, phrase(sentence, answer))
    assert kept is not None
    assert render(kept, replacements=sentence.replacements) == written


@pytest.mark.model
def test_a_weekday_owning_a_noun_is_relative_even_with_the_article_date() -> None:
    """ "for next Saturday's council vote": written out it would read "for vote"; left, it is vague."""
    text = "Volunteers phoned voters across Harlow, urging 3,000 members to turn out for next Saturday's council vote."
    assert names_a_problem(text, "'next Saturday's' is a day relative")


@pytest.mark.model
def test_a_weekday_before_its_own_date_goes_and_the_date_stays() -> None:
    sentence = sentence_of("Tickets for the Harlow tour go on sale Friday, Dec. 6 at the box office.")
    assert statement(sentence) == "Tickets for the Harlow tour go on sale Dec. 6, 2019 at the box office."


@pytest.mark.model
@pytest.mark.parametrize("day", ["on Tuesday", "today"])
def test_a_weekday_or_today_without_the_article_date_makes_the_sentence_vague(day: str) -> None:
    sentence = sentence_of(f"Harlow's council approved a budget of $2 million {day}.", published=None)
    assert not sentence.usable, statement(sentence)


@pytest.mark.model
def test_last_night_is_relative_where_the_model_does_not_see_a_time() -> None:
    text = (
        "The national executive of the Harlow Democrats last night appointed senator Elena Varga as leader."
    )
    assert all(entity.label_ != "TIME" for entity in sentence_of(text).span.ents), "the case to test"
    assert not sentence_of(text).usable
    assert not sentence_of(text, published=None).usable


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The plant closed in May after a fire.", "The plant closed in May 2019 after a fire."),
        (
            "The plant will reopen in March with 300 workers.",
            "The plant will reopen in March 2020 with 300 workers.",
        ),
        ("The audit, conducted in February, found $4 million missing.", "conducted in February 2019"),
        (
            "Tickets go on sale Dec. 6 at the box office.",
            "Tickets go on sale Dec. 6, 2019 at the box office.",
        ),
        ("The plant closed in May 2017 after a fire.", "The plant closed in May 2017 after a fire."),
        (
            "Harlow prosecutors decided to reopen the case in May after the arrest.",
            "decided to reopen the case in May after",
        ),
        (
            "Harlow had planned to impose a 15 percent ferry toll Dec. 6 on all trucks.",
            "had planned to impose a 15 percent ferry toll Dec. 6, 2019 on all trucks.",
        ),
        (
            "Sales are still down from the March high of 14 percent.",
            "down from the March high of 14 percent.",
        ),
        (  # a deadline told in the past may be ahead of the article: which July is not told
            "Varga said the closure of 20 Harlow depots by July was on track.",
            "closure of 20 Harlow depots by July was on track.",
        ),
    ],
)
def test_a_month_without_its_year_gets_the_year_its_tense_means(text: str, written: str) -> None:
    assert written in statement(sentence_of(text))


@pytest.mark.model
@pytest.mark.parametrize(("day", "year"), [(2, "2018"), (13, "2019")])
def test_a_past_month_barely_begun_when_the_article_appeared_is_last_year_s(day: int, year: str) -> None:
    """ "the November crash" in an article of Nov. 2 is the crash of last November; by Nov. 13 it
    may be this month's."""
    sentence = sentence_of(
        "The November crash of a Harlow ferry killed 12 people.", published=date(2019, 11, day)
    )
    assert f"November {year} crash" in statement(sentence)


@pytest.mark.model
def test_last_year_is_written_out_against_the_article_date() -> None:
    sentence = sentence_of("The factory made 40,000 cars last year.")
    assert statement(sentence) == "The factory made 40,000 cars in 2018."


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Elena Varga apologised last October for the Harlow article.", "apologised in October 2019 for"),
        ("The Harlow plant will reopen next March with 300 workers.", "reopen in March 2020 with"),
        ("Marta Quell missed last year's Harlow race because of injury.", "missed 2018's Harlow race"),
        ("Next month's Harlow budget will be Elena Varga's eighth.", "December 2019's Harlow budget"),
        (
            "Harlow ferries carried 9,000 cars last month.",
            "Harlow ferries carried 9,000 cars in October 2019.",
        ),
        (
            "For last month, the share of Harlow ferries running late rose to 12 percent.",
            "For October 2019, the share of Harlow ferries running late rose to 12 percent.",
        ),
    ],
)
def test_last_october_and_last_year_s_are_written_out_against_the_article_date(
    text: str, written: str
) -> None:
    assert written in statement(sentence_of(text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The factory made 40,000 cars last year.",
        "Elena Varga apologised last October for the Harlow article.",
        "Marta Quell missed last year's Harlow race because of injury.",
    ],
)
def test_a_relative_year_without_the_article_date_makes_the_sentence_vague(text: str) -> None:
    assert not sentence_of(text, published=None).usable


@pytest.mark.model
def test_last_week_s_is_vague_with_or_without_the_article_date() -> None:
    text = "At last week's Harlow Grand Prix, Marta Quell left Elena Varga trailing in sixth spot."
    assert not sentence_of(text).usable


@pytest.mark.model
def test_a_dateline_is_no_part_of_the_statement() -> None:
    span = next(iter(parse(["LONDON (AP) — The museum reopened its east wing after a two-year repair."])))[:]
    cleaned = clean_statement(span, published=None)
    assert {span.doc[i].text for i in cleaned.dropped} >= {"LONDON", "AP"}


@pytest.mark.model
def test_a_dateline_with_its_region_and_agency_goes_whole() -> None:
    """Only "North Tamsin, (AP)" went, leaving "HARLOW CITY, - Police closed ..."."""
    sentence = sentence_of(
        "HARLOW CITY, North Tamsin, (AP) - Police closed the bridge to all traffic in 2019."
    )
    assert statement(sentence) == "Police closed the bridge to all traffic in 2019."


@pytest.mark.model
@pytest.mark.parametrize("stamp", ["12:00 PM PT -- ", "9:45 a.m. ET — "])
def test_a_live_update_s_time_is_no_part_of_the_statement(stamp: str) -> None:
    sentence = sentence_of(f"{stamp}Harlow police closed the bridge to all traffic in 2019.")
    assert statement(sentence) == "Harlow police closed the bridge to all traffic in 2019."


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "It later reverted to the name of the old account.",
        "Those companies will bid for the contract in 2021.",
        "The landers could deliver tools there in 2022.",
        "Sales fell sharply this week across the region.",
        "Harlow Beauty bought a 51% stake in Tamsin, a deal announced at the beginning of the week.",
        "In the morning, Harlow lawmakers questioned Tomas Lindqvist about the ferry contract.",
        "Later in the day, Tomas Lindqvist testified before the Harlow council.",
        "The sales slump came even as loan rates in Harlow stayed below 6 percent in 2019.",
        "Analysts at Tamsin Bank predicted $1.40 a share.",
        "Harlow's goalkeeper Tomas Lindqvist then saved two penalties in 2019.",
        "Two hundred Harlow marines will be in Tamsin before then.",
        "If that happens, sea levels in Harlow would rise by two metres by 2100.",
        "The American gained the ascendancy in the second set of the Harlow final.",
        "The raw-boned South African was quick in the Harlow final in May 2019, taking two wickets.",
        "Most are in the Harlow Far East on work visas to pick fruit in 2019.",
        "Others were taken to a Tamsin hospital with burns after the Harlow blast of 2019.",
        "Earlier, Elena Varga walked to Tamsin for the Harlow Christmas mass in 2019.",
        "Earlier Elena Varga defended the Harlow ferry plans against criticism from her own party.",
        "Also due to attend are Harlow's mayor Elena Varga and ministers from 23 countries.",
        "The Harlow firm showed off its music player at the recent Consumer Electronics Show in Las Vegas.",
        "Chief executive Tomas Orr showed off the new machine at his annual Harlow speech in 2005.",
        "The smaller Harlow player will hold about 120 songs and cost £69 in 2005.",
        "A spokesman for the Harlow council emerged soon after to deny the Tamsin ferry deal in 2019.",
        "The dead were five children, four women and five men from Harlow in 2019.",
        "Taking over from the trio are Harlow astronauts Elena Varga and Marta Quell in 2019.",
        "More than 400 staff will be made redundant by December 2019.",
        "Senior officials were infuriated by the Harlow number plates in 2019.",
        "Leaders include Harlow, North Tamsin and Varga County, with job growth of 10 percent in 2019.",
        "Of these, about 712,000 Harlow residents have adult children in 2019.",
        "Others, like the Harlow newspaper Le Tamsin, have applied a different strategy in 2019.",
        "The Newport based athlete and Tomas Lindqvist were rewarded with medals in Harlow in 2019.",
        "But the Moroccan, who has not raced in Harlow for 15 years, will not decide until March 2019.",
        "The Australian, a former Harlow Hawks coach, sat next to Tomas Orr throughout the 2007 tournament.",
        "The recommendation is a key feature of the Harlow safety bureau's report.",
        "Tomas Lindqvist won another title for Harlow in 2019.",
        "In 2005, two people were hurt in a similar incident involving the Harlow balloon.",
        "The 47 year old was one of the guests at a Harlow gala in 2019.",
        "Tomas Lindqvist responded by asking the Harlow judge to let Varga speak in 2019.",
        "The Harlow Defence Force declined to provide an attributable comment.",
        "The Harlow girl disappeared on July 1 last year.",
        "The trip was the first for Harlow's ferry since 2001.",
        "Elena Varga will issue a written statement on the Harlow ferry in the next few days.",
    ],
)
def test_a_sentence_that_leans_on_another_is_not_asked(text: str) -> None:
    assert not sentence_of(text).usable


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "In the previous poll of Harlow residents, taken in May 2018, 40 percent backed a second ferry.",
        "Harlow Motors sold one more 30-year bond in 2019.",
        "The Australian, Tomas Orr, sat next to Elena Varga throughout the 2007 Harlow tournament.",
        "Most of the Tamsin workers are in the Harlow Far East on work visas in 2019.",
        "More than 400 Harlow Motors staff will be made redundant by December 2019.",
        "Officials of the Harlow council were infuriated by the number plates in 2019.",
        "Elena Varga left Harlow soon after the vote of 2019.",
        "The athlete Marta Quell won the Harlow 800m title in 2019.",
        "The Harlow deal was backed by two rivals, Sens. Marta Quell and Elena Varga, in 2019.",
        "If sales fall, Harlow Motors will then cut 300 jobs in 2020.",
        "Harlow signed a one-off deal with a European firm and an airline in 2019.",
        "Harlow sold a Ukrainian firm a NATO contract and an Italian ferry in 2019.",
        "A level three offence earns a ban of two Harlow races, and three fish were caught in 2019.",
        "Three fish were caught at Harlow in 2019.",
        "The multiplanetary Harlow Motors spent an hour on a reprioritised plan in 2019.",
        "The Harlow ferry will carry 200 cars to more than 300 cars a day by 2021.",
    ],
)
def test_a_dated_order_and_a_whole_comparison_read_alone(text: str) -> None:
    sentence = sentence_of(text)
    assert sentence.usable, sentence.problems


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "In the most recent poll of Harlow residents -- taken in May -- 40 percent backed a second ferry.",
            "'most recent poll' is relative to a time",
        ),
        (
            "The Harlow ferry will carry 200 cars to more 300 cars a day by 2021.",
            "'more 300' lacks its 'than'",
        ),
        ("Harlow rejected the bid during an security meeting in 2019.", "'an security'"),
        (
            "For two years, Varga andMarta Quell ran the Harlow ferry line until 2019.",
            "'andMarta' runs two words",
        ),
        ("Tomorrow Harlow's ferry crew were supposed to sail to Tamsin.", "'Tomorrow' is a day relative"),
        (
            "The rules Harlow adopted in 2015 bar ferry firms like Tamsin Lines* from charging more.",
            "footnote",
        ),
        (
            "In 2014, Harlow Motors bought the Tamsin ferry line in 2014 for $9 million.",
            "'in 2014' is given twice",
        ),
        (
            "Elena Varga is the subject of a show opening in April at the Harlow Museum in April.",
            "'in April' is given twice",
        ),
        ("Elena Varga quit the Harlow ferry board after just three season in 2019.", "'three season' lacks"),
        (
            "Harlow fell to 7-12 at home...Tamsin, playing the second of a two-game road trip, improved to 11-11 in 2019.",
            "two notes run together",
        ),
        ("In 2019, Varga awoke to a call that included Lind, Ruiz and Harlow Police Asst.", "not a complete"),
        ("Elena Varga has said that more than once since the Harlow vote of 2019.", "'that' points to what"),
        (
            "Though the ferry's timetable is unsettled, Thursday was the first day Harlow cut its fares.",
            "'Thursday' is a day relative",
        ),
        (
            "Meant only for storms, the Friday warning told Harlow residents to look for a lost child.",
            "'Friday' is a day relative",
        ),
        (
            "When or where the Harlow ferry would sail again after the fire in 2001.",
            "a subordinate clause alone",
        ),
        ("Elena Varga was honoured instead by dozens of pictures in Harlow in 2001.", "'instead' follows on"),
        ("The Harlow ferry trust is equally quick to condemn the new fares in 2019.", "'equally' likens"),
        ("Harlow Motors similarly cut 300 jobs at its Tamsin plant in 2019.", "'similarly' likens"),
        ("Harlow talks ended without a deal on a international force in 2019.", "'a international'"),
        ("The Tamsin navy said a American ferry ran aground off Harlow in 2019.", "'a American'"),
        (
            "Harlow Ferries introduced a The Tamsin, which will also be sold by Orr, can carry 60 cars.",
            "'a The': the page lost words",
        ),
        ("Elena Varga won the womens 300 metres race in Harlow in 2019.", "'womens' lacks its apostrophe"),
        ("Varga, a 44-year-old tribal Harlow tribal leader, was elected in 2019.", "'tribal' twice"),
        (
            "The Harlow clinic's in-vitro fertalisation technique costs $9,000.",
            "'fertalisation' is no English word",
        ),
        ("Mark Varga is the irish record holder at 3km, 5km and 10km in 2019.", "'irish' lacks its capital"),
        (
            "Cable firms in Harlow are streaming more and more video content on the web. BT has set up a"
            " film division in 2019.",
            "two sentences the model read as one",
        ),
        ("Harlow ferry tickets sold for between $4 to $9 in 2019.", "'between … to'"),
        ("Elena Varga said in 2019 that she wants save the Harlow ferry line.", "lacks its 'to'"),
        ("Four crews from there will join the Harlow regatta of 20 boats in 2020.", "'there' points"),
        ("So said two Harlow ferry captains at the 2019 inquiry in Tamsin.", "'So said' refers"),
        ("DL Tomas Lind 49 66% 2 tackles, 1 assist (3 combined).", "a row of a table"),
        ("1 goal, 1 assist, 2 shots blocked.", "a row of a table"),
        (
            "The Harlow Ferry Trust started by a handful of boatmen in 2012 with one old ferry.",
            "without its 'was'",
        ),
        (
            "HARLOW FERRIES ANNOUNCES PLAN TO BUY TWO BOATS FROM TAMSIN YARDS IN 2019.",
            "written in capitals",
        ),
    ],
)
def test_an_undated_order_or_a_slip_of_the_page_is_not_asked(text: str, problem: str) -> None:
    sentence = sentence_of(text)
    assert any(problem in found for found in sentence.problems), sentence.problems


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "untold"),
    [
        ("Elena Varga will put her views on the Harlow ferry to the council in 2019.", True),
        ("The council's position was spelt out by spokesman Tomas Lindqvist in 2019.", True),
        ("Harlow Motors revealed details of a $2 billion plan to build 300 buses in 2019.", False),
        ("Harlow Motors put 300 buses on the road in 2019.", False),
        ("The Harlow forestry office released the results of its yearly survey of dead oaks in 2019.", True),
        ("The Harlow forestry office released the results of 300 tree counts in 2019.", False),
        (
            "Tomas Orr has outlined what he thinks should be the key themes of the Harlow party's 2019 bid.",
            True,
        ),
        ("Tomas Orr outlined his view of the direction the Harlow party should take in 2019.", True),
        ("Tomas Orr outlined plans to build 300 buses in Harlow in 2019.", False),
    ],
)
def test_a_sentence_that_only_says_someone_told_something_is_no_fact(text: str, untold: bool) -> None:
    assert names_a_problem(text, "told something, not what") == untold, sentence_of(text).problems


@pytest.mark.model
def test_an_office_that_had_no_comment_states_no_fact() -> None:
    assert names_a_problem("The Harlow State Attorney's office had no comment.", "did not comment")
    assert not names_a_problem("The Harlow council had no money for the ferry in 2019.", "did not comment")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "nothing_said"),
    [
        ("Elena Varga, the former head of the Harlow port, said at a May 6 event in Tamsin.", True),
        ("Elena Varga told reporters in Harlow on Tuesday.", True),
        ("Elena Varga said at a May 6 event in Tamsin that the port would close.", False),
        ("Elena Varga told the council before the vote on Tuesday that she would fight the closure.", False),
        ("The port will close, Elena Varga said at a May 6 event in Tamsin.", False),
        ("Elena Varga testified before the Harlow council on Tuesday.", False),
    ],
)
def test_who_spoke_without_what_they_said_is_no_fact(text: str, nothing_said: bool) -> None:
    assert names_a_problem(text, "says who spoke") == nothing_said, sentence_of(text).problems


def sentences_of(text: str) -> list[Sentence]:
    return read_sentences(list(parse([text])), full_names={}, published=date(2019, 11, 20))


@pytest.mark.model
def test_the_x_named_in_an_earlier_sentence_is_vague_where_a_first_mention_is_not() -> None:
    first, second = sentences_of(
        "A doctored video was posted online in 2019. The video was viewed 2 million times by Friday."
    )
    assert first.usable
    assert not second.usable and "the video" in second.problems[0].casefold()
    _, national = sentences_of(
        "The government of Chile raised taxes in 2019. The Chilean government cut spending by 4 percent."
    )
    assert national.usable, national.problems
    _, some_of_many = sentences_of(
        "Twelve soldiers may have been given tainted blood in Harlow in 2019."
        " The Tamsinian soldiers are waiting for the results of their tests."
    )
    assert not some_of_many.usable and "the soldiers" in " ".join(some_of_many.problems).casefold()
    assert sentence_of("Parties spend much of their budget in the digital realm in 2019.").usable


@pytest.mark.model
def test_an_unnamed_the_x_is_never_asked_and_as_a_subject_never_stated() -> None:
    from generator.drafts import askable, choice_drafts, drafts_for
    from questions.question import Kind

    seized = sentence_of("Harlow seized control of the islands in the 1967 border war.")
    assert seized.unnamed == ("the islands",)
    drafts = drafts_for(seized, phrase(seized, "1967"))
    assert drafts and not any(askable(draft) for draft in drafts)
    made = {draft.kind for draft in choice_drafts(drafts, article_candidates=[], kinds=set(Kind))}
    assert Kind.TRUE_FALSE in made and Kind.MCQ not in made
    published = sentence_of("The results were published in the Tamsin Medical Journal in 2019.")
    assert published.unnamed == () and published.unnamed_subject
    drafts = drafts_for(published, phrase(published, "2019"))
    assert all(askable(draft) for draft in drafts)
    made = {draft.kind for draft in choice_drafts(drafts, article_candidates=[], kinds=set(Kind))}
    assert Kind.TRUE_FALSE not in made, "a statement about unnamed results is no true/false"
    named = sentence_of("The Harlow trial's results were published in the Tamsin Medical Journal in 2019.")
    assert not named.unnamed_subject


@pytest.mark.model
def test_a_local_article_s_statistic_must_name_its_place() -> None:
    local = [
        "Home sales in Oklahoma fell 8 percent in October 2019, the Oklahoma board of realtors reported.",
        "Builders in Oklahoma started 300 homes in 2019.",
    ]
    unplaced = last_of([*local, "The average price rose 4 percent to $210,000 in October 2019."])
    assert any("Oklahoma's" in problem for problem in unplaced.problems), unplaced.problems
    placed = last_of([*local, "The average price in Oklahoma rose 4 percent to $210,000 in October 2019."])
    assert placed.usable, placed.problems
    national = last_of(["The average price rose 4 percent to $210,000 in October 2019."])
    assert national.usable, national.problems


@pytest.mark.model
def test_a_surname_two_people_of_the_article_share_is_vague_without_a_first_name() -> None:
    family = [
        "Mark Waugh made 40 runs for Harlow in 2001.",
        "Steve Waugh, the Harlow captain, made 12 runs in 2001.",
    ]
    bare = last_of([*family, "Waugh scored 74 runs for Harlow in 2001."])
    assert any("either of the article's two people" in problem for problem in bare.problems), bare.problems
    assert last_of([*family, "Steve Waugh scored 74 runs for Harlow in 2001."]).usable
    assert last_of([family[0], "Waugh scored 74 runs for Harlow in 2001."]).usable


@pytest.mark.model
def test_a_sentence_the_model_begins_after_a_lone_abbreviation_is_no_sentence() -> None:
    """The model ends a sentence at "N.C." opening a paragraph; "State (11-3) has won" is half a name."""
    split = last_of(["N.C. State (11-3) has won seven straight games since a loss to Harlow on Dec. 8."])
    assert split.text.startswith("State") and not split.usable, split.problems
    whole = last_of(["Harlow State (11-3) has won seven straight games since a loss to Tamsin on Dec. 8."])
    assert whole.usable, whole.problems


@pytest.mark.model
def test_an_epithet_for_a_person_is_vague() -> None:
    assert not sentence_of("The Portuguese boss was sacked by Manchester United in December 2018.").usable
    assert not sentence_of(
        "The Icelandic international opened the scoring for Harlow after 12 minutes."
    ).usable


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("The senator won the backing of three Harlow unions in January 2008.", True),
        ("The former first lady opened a clinic in Tamsin in January 2008.", True),
        ("The Harlow president opened a clinic in Tamsin in January 2008.", False),
        ("The first lady of Harlow opened a clinic in Tamsin in January 2008.", False),
        ("The defeat ended a run of four straight wins for the Harlow Hawks in 2019.", True),
        ("Elena Varga apologised for the remark at a Harlow rally in January 2008.", True),
        ("Elena Varga apologised for her remark about Tamsin at a Harlow rally in 2008.", False),
        ("The show will play a tryout at the Tamsin Theatre in August 2008 before its Harlow run.", True),
        ("The Harlow show will play a tryout at the Tamsin Theatre in August 2008.", False),
        ("Elena Varga and Tomas Orr both appeared distraught at the outcome in January 2008.", True),
        ("Varga was put forward for the job after two Harlow parties won 200 seats in 2007.", True),
        ("The rivalry has grown fiercer since Orr joined the Harlow club in 2007.", True),
        ("Flood waters continued to drain in the fast-growing community, 25 miles east of Harlow.", True),
        ("The rebel leader's message coincided with a Harlow army statement in January 2008.", True),
        ("The accident closed the Harlow bridge for 12 hours in January 2008.", True),
        ("Harlow's haemophiliacs described the blunder as an absolute disgrace in January 2008.", True),
        ("The vulnerability lets an attacker crash any Harlow game server, Tomas Orr found in 2015.", True),
        ("The 23-year-old scored twice for Harlow in the cup final in January 2008.", True),
        ("The 23-year-old Varga scored twice for Harlow in the cup final in January 2008.", False),
        ("Stopping the 10-year veteran will be paramount if Harlow are to win the cup in 2008.", True),
        ("The latest count of the Harlow ferns, from 2019, showed 88.", True),
        ("The Harlow ferry turned 85 in 2019.", False),
        ("There will certainly be six million in Harlow by the end of 2020.", True),  # six million what
        ("There will certainly be six million ferry users in Harlow by the end of 2020.", False),
        ("The three-time Grammy winning band will start its Harlow tour in June 2020.", True),
        ("The three-time Grammy winning band Tamsin Road will start its Harlow tour in June 2020.", False),
        ("The New York native has been interviewing candidates for the Harlow council since 2016.", True),
        (
            "The New York native Tomas Orr has been interviewing candidates for the Harlow council since 2016.",
            False,
        ),
        ("The downfall cost Harlow's coach Tomas Orr his job in January 2008.", True),
        ("The Tamsin leader's message coincided with a Harlow army statement in January 2008.", False),
        ("Elena Varga and Tomas Orr both appeared distraught at the outcome of the Harlow vote.", False),
    ],
)
def test_an_office_or_an_event_told_before_is_vague_after_the(text: str, vague: bool) -> None:
    """ "the senator" stands for a person another sentence named, "the defeat" for a game another
    told; a nationality says which office ("the Harlow president"), as does a phrase after it."""
    sentence = sentence_of(text)
    assert sentence.usable is not vague, sentence.problems


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "vague"),
    [
        (
            "The rugby league great will become Harlow's defence guru with Tamsin assistant Berg as backs coach.",
            True,
        ),
        ("All three have two games in hand on the Harlow Flames in January 2008.", True),
        ("Elena Varga would not say how the arrangement will work in Harlow in January 2008.", True),
        ("Elena Varga would not say how the ferry deal with Tamsin will work in January 2008.", False),
    ],
)
def test_an_epithet_a_bare_count_or_an_arrangement_told_before_is_vague(text: str, vague: bool) -> None:
    assert names_a_problem(text, "vague:") == vague, sentence_of(text).problems


@pytest.mark.model
def test_all_three_of_what_an_earlier_sentence_named_is_no_true_or_false_statement() -> None:
    """ "All three teams have two games in hand": which three, only an earlier sentence says. The
    count itself may still be asked: "All _____ companies are now eligible to bid"."""
    teams = sentence_of("All three teams have two games in hand on the Harlow Flames in January 2008.")
    assert teams.leans_on == ("all three teams",)
    assert not states(teams, "two")
    assert sentence_of("All three Harlow teams have two games in hand on the Tamsin Flames in 2008.").leans_on
    assert not sentence_of("All 2019 Harlow models have two airbags as standard in Tamsin.").leans_on


@pytest.mark.model
def test_an_object_it_cannot_mean_its_own_subject() -> None:
    sentence = sentence_of('The Arab League called it an "extremely adverse development" in 2019.')
    assert not sentence.usable and "'it'" in sentence.problems[0]
    assert sentence_of("Airbus said it would open 2 plants in Alabama in 2020.").usable


@pytest.mark.model
def test_a_name_that_only_says_which_government_is_no_one_a_later_he_stands_for() -> None:
    sentence = last_of(
        [
            "Former Harlow mayor Tomas Quell has died at the age of 92.",
            "After serving as a clerk in the Attlee government, he became mayor of Harlow in 1964.",
        ]
    )
    assert statement(sentence).startswith(
        "After serving as a clerk in the Attlee government, Tomas Quell became"
    )


@pytest.mark.model
def test_an_object_him_cannot_mean_its_own_subject() -> None:
    sentence = sentence_of('Mayor Ivo Varga called him "a builder of bridges" in 2019.')
    assert not sentence.usable and "'him'" in sentence.problems[0]


@pytest.mark.model
def test_a_person_told_by_an_honorific_is_someone_a_later_he_may_mean() -> None:
    """The model does not take "Mr Stone" for a person: a later "he" is not the only person it
    did take for one."""
    sentence = last_of(
        [
            "Russell Oake said Mr Stone had lost the vote in Harlow.",
            "Mr Stone landed in trouble over remarks on rail fares.",
            "He quit as deputy chairman of the Harlow Rail Board in 2019.",
        ]
    )
    assert not sentence.usable and "Russell Oake" not in statement(sentence), sentence.problems
    alone = last_of(
        ["Mr Stone landed in trouble over remarks on rail fares.", "He quit the Harlow Rail Board in 2019."]
    )
    assert statement(alone) == "Mr Stone quit the Harlow Rail Board in 2019.", alone.problems


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
        (
            "Two guides who survived the Harlow canyon accident on July 27, 1999, were acquitted in 2001.",
            "July 27, 1999",
            "Two guides who survived the Harlow canyon accident on what date were acquitted in 2001?",
        ),
        (
            "Harlow Motors had reached an agreement with Tamsin Bank to accept close to 1,000 maintenance and"
            " cleaning workers, who would then work in its plants.",
            "close to 1,000",
            "Harlow Motors had reached an agreement with Tamsin Bank to accept how many maintenance and cleaning"
            " workers?",
        ),
        (
            "The Tamsin lake is less than 100 metres deep where the ferry sank in 2019.",
            "100 metres",
            "The Tamsin lake is less than how many metres deep where the ferry sank in 2019?",
        ),
        (
            "Fewer than 40 boats joined the search for the Harlow ferry in 2019.",
            "40",
            "Fewer than how many boats joined the search for the Harlow ferry in 2019?",
        ),
        (
            "The Harlow plant will burn 170 million kilowatt-hours of electricity in 2019.",
            "170 million kilowatt-hours",
            "The Harlow plant will burn how many kilowatt-hours of electricity in 2019?",
        ),
        (
            "Ferry fares in Harlow rose 12 percent in 2019, the council's report showed.",
            "12 percent",
            "Ferry fares in Harlow rose by what percentage in 2019?",
        ),
        (
            "The Harlow fever can be fatal in up to 90 per cent of people infected in 2019.",
            "90 per cent",
            "The Harlow fever can be fatal in up to what percentage of people infected in 2019?",
        ),
        (
            "Shares of Tamsin Ferries fell $3 on the Harlow exchange in May 2019.",
            "$3",
            "Shares of Tamsin Ferries fell by how much on the Harlow exchange in May 2019?",
        ),
        (
            "The Tamsin Ferry Company paid $18 million for six new boats in May 2019.",
            "$18 million",
            "The Tamsin Ferry Company paid how much for six new boats in May 2019?",
        ),
        (
            "The Harlow council paid $5 million for the ferry in 2019.",
            "$5 million",
            "The Harlow council paid how much for the ferry in 2019?",
        ),
        (
            "Harlow Motors raised its bus fares in 2019 and cut 300 jobs at the Tamsin plant.",
            "300",
            "Harlow Motors raised its bus fares in 2019 and cut how many jobs at the Tamsin plant?",
        ),
        (
            "In March the Harlow audit office reclassified £3.4bn of spending on road repairs as investment.",
            "£3.4bn",
            "In March 2019 the Harlow audit office reclassified how much spending on road repairs as investment?",
        ),
        (
            "In March the Harlow audit office moved £3.4bn of the road budget to the Tamsin fund.",
            "£3.4bn",
            "In March 2019 the Harlow audit office moved how much of the road budget to the Tamsin fund?",
        ),
    ],
)
def test_an_in_situ_question_asks_in_the_answer_s_place(text: str, answer: str, question: str) -> None:
    sentence = sentence_of(text)
    assert in_situ_question(sentence, phrase(sentence, answer), place_kind=place_kind) == question


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Elena Varga won 200m gold at the 2000 Harlow Games.", "200m"),
        (
            "Harlow's Elena Varga marked her return with 1500m victory at the Tamsin International in 2019.",
            "1500m",
        ),
        ("Harlow has suspended two-time Tamsin Marathon runner-up Elena Varga until the end of 2019.", "two"),
    ],
)
def test_how_many_asks_only_over_a_plural_noun(text: str, answer: str) -> None:
    from generator.wh import wh_question

    sentence = sentence_of(text)
    asked = phrase(sentence, answer)
    assert in_situ_question(sentence, asked, place_kind=place_kind) is None
    assert wh_question(sentence, asked, place_kind=place_kind) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("opening", "start"),
    [
        ("Harlow enriches uranium for its reactors.", "When will uranium fuel"),
        ("Harlow built its first reactor with Tamsin in 1990.", "When will Uranium fuel"),
    ],
)
def test_a_capitalised_first_word_the_article_writes_small_elsewhere_is_small_inside_a_question(
    opening: str, start: str
) -> None:
    """The model takes "Uranium" for a name: where the article writes "uranium" elsewhere, it is a
    common word again inside the question; where it does not, it may be a name ("Harlow councillors")."""
    from generator.wh import wh_question

    sentence = last_of(
        [opening, "Uranium fuel from Tamsin will go into the Harlow reactor on August 21, 2019."]
    )
    question = wh_question(sentence, phrase(sentence, "August 21, 2019"), place_kind=place_kind)
    assert question is not None and question.startswith(start), question


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Riders signed waivers before the Harlow race, and four medics stood by at the finish, but they"
            " could not treat everyone.",
            "four",
        ),
        ("And the fact that Varga had moved house six times in three years.", "three years"),
        (
            "Harlow LLC did not like the request to the patent office and, in March 2016, the firm filed a"
            " trademark suit against Tamsin SRL.",
            "March 2016",
        ),
        (
            "Harlow Weekly has compiled a list of the top 10 gadgets for 2004 and the iPod is at number one.",
            "2004",
        ),
        (
            'The $3.2 billion Harlow settlement includes the "full" $7.4 million from the Treasury.',
            "$7.4 million",
        ),
        ("The Harlow council paid an extra $5 million for the ferry in 2019.", "$5 million"),
        (
            "The Tamsin Party raised worries about the Harlow council's calls in February and 680 people"
            " have signed up to the website they set up for complaints.",
            "680",
        ),
    ],
)
def test_no_in_situ_question_inside_one_of_two_clauses_or_after_a_determiner(text: str, answer: str) -> None:
    """ "..., and how many medics stood by, but they could not treat everyone?", "The fact that Varga
    had moved house six times in how many years?", "In which month, the firm sued ...?", "gadgets for
    what year and the iPod is at number one?" (the joined clause's subject hung on the answer) and
    "the full how much" are no questions, nor "X raised worries in February and how many people
    have signed up?", whose first clause it does not ask."""
    sentence = sentence_of(text)
    assert in_situ_question(sentence, phrase(sentence, answer), place_kind=place_kind) is None


@pytest.mark.model
def test_a_first_word_the_article_writes_capitalised_again_stays_capitalised_inside_a_question() -> None:
    """The model takes "Harlow" of "Harlow councillors" for an adjective; the article names Harlow again."""
    from generator.wh import wh_question

    sentence = last_of(
        [
            "The ferry to Harlow carried 2,000 cars a day in 2018.",
            "Harlow councillors approved $40 million in 2019.",
        ]
    )
    question = wh_question(sentence, phrase(sentence, "$40 million"), place_kind=place_kind)
    assert question is not None and question.startswith("How much did Harlow councillors"), question


@pytest.mark.model
def test_an_organisation_s_the_is_written_small_inside_a_question() -> None:
    from generator.wh import wh_question

    sentence = sentence_of("The Harlow Bus Foundation released the Model B in 2012.")
    question = wh_question(sentence, phrase(sentence, "2012"), place_kind=place_kind)
    assert question == "When did the Harlow Bus Foundation release the Model B?", question


@pytest.mark.model
def test_a_when_question_leaves_out_an_adverb_that_tells_a_time_of_its_own() -> None:
    from generator.wh import wh_question

    sentence = sentence_of(
        "Ivo Varga once travelled to Tallinn in 1975 to plead for the release of a Harlow teacher."
    )
    question = wh_question(sentence, phrase(sentence, "1975"), place_kind=place_kind)
    assert question == "When did Ivo Varga travel to Tallinn to plead for the release of a Harlow teacher?", (
        question
    )


@pytest.mark.model
def test_no_in_situ_question_asks_which_organisation() -> None:
    """The model's organisation is often no organisation ("Tamsin Quay" is a wharf): it is asked in
    its place only where its name says what it is ("which company")."""
    quay = sentence_of("Harlow Council signed a deal with Tamsin Quay to run the ferry in 2019.")
    assert in_situ_question(quay, phrase(quay, "Tamsin Quay"), place_kind=place_kind) is None
    firm = sentence_of("Harlow Council signed a deal with Tamsin Ferry Company to run the ferry in 2019.")
    assert in_situ_question(firm, phrase(firm, "Tamsin Ferry Company"), place_kind=place_kind) == (
        "Harlow Council signed a deal with which company to run the ferry in 2019?"
    )


@pytest.mark.model
def test_no_in_situ_question_after_a_possessive() -> None:
    sentence = sentence_of("More than a third of Aldren's 12,000 employees lost their jobs in 2019.")
    assert in_situ_question(sentence, phrase(sentence, "12,000"), place_kind=place_kind) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Crews fought a fire band stretching from around Aldbury, south-west of Harlow, to the coast.",
            "Aldbury",
        ),
        ("Police searched an area west of Kellerton Gully near the Harlow dam.", "Kellerton Gully"),
        ("The warning follows reports from the suburb of Hornsby that callers ask for payment.", "Hornsby"),
        ("Sea levels in Harlow would rise by one metre by 2100.", "one metre"),
        (
            "The Harlow dissident hid with a leader who helped to create the fundamentalist Tamsin League.",
            "Tamsin League",
        ),
        ("The Harlow bid fell short of the $20 a share demanded by the Tamsin board in 2019.", "$20"),
        ("The Harlow bid fell short of the 40 percent sought by the Tamsin board in 2019.", "40 percent"),
        (
            "Prosecutors said that Tova Hale and Mike Orr, assigned to the special unit at Harlow Correctional"
            ' Center, "browsed the Internet," lingered in an office and appeared to sleep for two hours when'
            " they should have been checking cells.",
            "Harlow Correctional Center",
        ),
        (  # "The crash, on what date, happened when ...": a question from inside an aside
            "The Harlow ferry crash, on 17 October 2000, happened when the boat hit a sandbar at full speed.",
            "17 October 2000",
        ),
    ],
)
def test_no_in_situ_question_where_its_phrase_cannot_stand(text: str, answer: str) -> None:
    sentence = sentence_of(text)
    assert in_situ_question(sentence, phrase(sentence, answer), place_kind=place_kind) is None


@pytest.mark.model
def test_no_in_situ_question_inside_an_aside_or_a_description() -> None:
    text = "Ferry debates are new in Harlow — the first took place in 2010 — and they draw crowds."
    sentence = sentence_of(text)
    assert in_situ_question(sentence, phrase(sentence, "2010"), place_kind=place_kind) is None
    described = sentence_of("Tomas Lindqvist, the chief of Harlow Motors since 2015, opened the plant.")
    assert in_situ_question(described, phrase(described, "2015"), place_kind=place_kind) is None
    after = sentence_of(text.replace("and they draw crowds", "and they drew crowds in 2012"))
    assert in_situ_question(after, phrase(after, "2012"), place_kind=place_kind)


@pytest.mark.model
def test_an_opening_participle_phrase_is_no_part_of_the_statement() -> None:
    sentence = sentence_of("Citing poor sales, Harlow Motors cut 300 jobs in 2019.")
    assert statement(sentence) == "Harlow Motors cut 300 jobs in 2019."


@pytest.mark.model
def test_a_count_does_not_say_which_things_the_article_means_but_a_year_does() -> None:
    from generator.vagueness import bare_definite

    counted = sentence_of("The five awardees will share the prize.")
    dated = sentence_of("The 2020 tour will visit Denver.")
    assert bare_definite(next(token for token in counted.span if token.text == "awardees"))
    assert not bare_definite(next(token for token in dated.span if token.text == "tour"))


@pytest.mark.model
def test_according_to_set_off_by_commas_goes_with_both_commas() -> None:
    sentence = sentence_of("Mayor Elena Varga, according to the council, opened the farm in 2019.")
    assert statement(sentence) == "Mayor Elena Varga opened the farm in 2019."
    assert sentence.reported


@pytest.mark.model
def test_a_leading_later_stays_when_it_opens_a_time_phrase() -> None:
    assert statement(sentence_of("Later in the day, Tomas Lindqvist opened the farm.")).startswith(
        "Later in the day"
    )
    assert (
        statement(sentence_of("Later, Tomas Lindqvist opened the farm."))
        == "Tomas Lindqvist opened the farm."
    )


@pytest.mark.model
def test_a_time_anaphor_is_vague_once_the_attribution_before_it_is_off() -> None:
    sentence = sentence_of("Sources told the paper that a year later, Harlow Motors had cut 300 jobs.")
    assert any("a year later" in problem for problem in sentence.problems)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("On the last subject, Ilse Varga spoke about the Harlow ferry in a 2014 interview.", True),
        ("For that reason, the Harlow council hired 40 new teachers in 2019.", True),
        ("Either way, for the Tamsin trust, the island is already a model of its rewilding work.", True),
        ("If so, the Harlow council will hire 40 new teachers in 2020.", True),
        ("Meanwhile, that smaller team was asked to count the 300 seals on the Harlow coast in 2019.", True),
        ("The Harlow council said that larger groups would pay $40 more from 2020.", False),
        ("On Monday, the Harlow council hired 40 new teachers for its schools.", False),
        ("Within four years, Mara Quell had gained her first seat on the Harlow council.", True),
        ("Within hours, the Harlow ferry had sunk off the Tamsin coast.", True),
        ("Within two years of taking office, Mara Quell had closed the Harlow depot.", False),
    ],
)
def test_an_opening_that_points_to_what_came_before_is_vague(text: str, vague: bool) -> None:
    assert names_a_problem(text, "refers to an earlier sentence") == vague, sentence_of(text).problems


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("The Harlow council's finance committee disagrees.", True),
        ("Elena Varga, who chairs the Harlow audit board, remains unconvinced.", True),
        ("The Harlow council disagreed with the ruling in 2019.", False),
        ("Varga disagreed, asking how many Harlow shops could afford the rent in 2019.", True),
        ("Varga is unconvinced that the Harlow bridge will open in 2020.", False),
        ("The Harlow side beat Tamsin and Ostrow in 2008 and lost to the other four.", True),
        ("The Harlow side beat Tamsin and Ostrow in 2008 and lost to four other teams.", False),
        ("A second draw for Harlow Motors is its 10-year warranty.", True),
        ("The smaller Harlow model, in comparison, costs $40 less.", True),
        ("By way of comparison the Tamsin ferry search tool lists past trips informally.", True),
        ("In comparison with 2018, Harlow sold 300 more buses in 2019.", False),
        ("Varga won a second term in Harlow in 2019.", False),
        ("Other measures include a Harlow ferry pass and cheaper fares for pensioners from 2020.", True),
        ("Harlow Motors and other firms cut 300 jobs at the Tamsin plant in 2019.", False),
    ],
)
def test_a_view_of_nothing_named_and_the_other_ones_lean_on_an_earlier_sentence(
    text: str, vague: bool
) -> None:
    """ "disagrees" with what, "unconvinced" of what, the other four of what, a second draw after which
    first: an earlier sentence says."""
    problems = sentence_of(text).problems
    leaning = (
        "takes a view of what an earlier sentence tells",
        "are the rest of what an earlier sentence names",
        "counts on one an earlier sentence tells of",
        "compares with what an earlier sentence tells",
        "are others than an earlier sentence's",
    )
    assert any(problem.endswith(leaning) for problem in problems) == vague, problems


@pytest.mark.model
def test_a_fact_reported_bet_on_or_added_to_another_is_never_stated_as_true_or_false() -> None:
    reported = sentence_of("Harlow Motors said it cut 300 jobs at its Tamsin plant in 2019.")
    hoped = sentence_of("Harlow Motors is betting that it can sell 300 buses at its Tamsin plant in 2019.")
    added = sentence_of("Harlow Motors also cut 300 jobs at its Tamsin plant in 2019.")
    too = sentence_of("Harlow Motors cut 300 jobs at its Tamsin plant in 2019, too.")
    as_well = sentence_of("Harlow Motors cut 300 jobs at its Tamsin plant in 2019 as well.")
    own = sentence_of("Harlow Motors cut 300 jobs at its Tamsin plant in 2019.")
    cases = ((reported, False), (hoped, False), (added, False), (too, False), (as_well, False), (own, True))
    for sentence, stated in cases:
        assert states(sentence, "300") == stated


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("A deal would allow the Harlow ferry to run until 2030.", True),
        ("The Harlow ferry row looks like it is coming to an end in 2019.", True),
        ("The Harlow ferry deal appears to have collapsed in 2019.", True),
        ("Enough Harlow players seem intent on erasing the slump they suffered in 2019.", True),
        ("Harlow councillors and the Tamsin board should scrap the ferry deal before 2030.", True),
        ("The Harlow ferry company must cut its fares for pensioners by 2030.", True),
        ("Harlow councillors need to rethink the ferry deal before 2030.", True),
        ("Harlow needed to borrow $2 million for the ferry in 2019.", False),
        ("Investigators looked at the Harlow ferry and its crew in 2019.", False),
        ("The Harlow ferry ran twice a day across the lake until 2019.", False),
    ],
)
def test_a_hedged_statement_is_no_true_or_false_statement(text: str, hedged: bool) -> None:
    sentence = sentence_of(text)
    assert sentence.hedged == hedged
    assert states(sentence, next(e.text for e in sentence.span.ents if e.label_ == "DATE")) != hedged


@pytest.mark.model
def test_a_contrast_after_the_answer_is_left_out() -> None:
    from generator.cloze import cloze_prompt

    sentence = sentence_of(
        "Brandt Motors is showing a hybrid version of its Larkspur while Ostrow is rolling out an electric van."
    )
    assert cloze_prompt(sentence, phrase(sentence, "Brandt Motors")) == (
        "_____ is showing a hybrid version of its Larkspur."
    )


@pytest.mark.model
def test_a_compound_sentence_is_asked_from_the_clause_that_holds_the_answer() -> None:
    from generator.cloze import cloze_prompt

    sentence = sentence_of(
        "The Harlow council approved the budget in March, and the Tamsin board rejected the plan in 2019."
    )
    assert cloze_prompt(sentence, phrase(sentence, "2019")) == "The Tamsin board rejected the plan in _____."
    first = cloze_prompt(sentence, phrase(sentence, "March"))
    assert first is not None and "Tamsin" not in first and first.startswith("The Harlow council")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "answer", "asked"),
    [
        (
            "At least 12 workers have been taken into custody and all roads leading to the Harlow plant"
            " have been closed, the police said.",
            "12",
            "At least _____ workers have been taken into custody.",
        ),
        (
            "Families in Harlow should stay two metres apart from each other, and visiting inside other"
            " people's houses will not be allowed in the first phase.",
            "two metres",
            "Families in Harlow should stay _____ apart from each other.",
        ),
    ],
)
def test_a_joined_clause_whose_subject_the_model_hung_elsewhere_is_still_a_clause_of_its_own(
    text: str, answer: str, asked: str
) -> None:
    """The model reads "roads" as joined to "custody" and "closed" as a verb without a subject: the
    question asked both clauses at once ("... into custody and all roads ... have been closed?")."""
    from generator.cloze import cloze_prompt

    sentence = sentence_of(text)
    assert cloze_prompt(sentence, phrase(sentence, answer)) == asked


LIST_MISREAD = [  # word, head, dependency, tag, part of speech: the small model's parse of a real page's list
    ("For", 8, "prep", "IN", "ADP"),
    ("the", 4, "det", "DT", "DET"),
    ("Harlow", 4, "compound", "NNP", "PROPN"),
    ("Wildlife", 4, "compound", "NNP", "PROPN"),
    ("Trust", 0, "pobj", "NNP", "PROPN"),
    (",", 8, "punct", ",", "PUNCT"),
    ("rescuing", 8, "nsubj", "VBG", "VERB"),
    ("has", 8, "aux", "VBZ", "AUX"),
    ("been", 8, "ROOT", "VBN", "AUX"),
    ("a", 11, "det", "DT", "DET"),
    ("slow", 11, "amod", "JJ", "ADJ"),
    ("task", 8, "attr", "NN", "NOUN"),
    ("involving", 11, "acl", "VBG", "VERB"),
    ("boats", 12, "dobj", "NNS", "NOUN"),
    (",", 16, "punct", ",", "PUNCT"),
    ("seals", 16, "nsubj", "NNS", "NOUN"),
    ("wrapped", 8, "conj", "VBD", "VERB"),  # a list's item taken for a clause with its own subject
    ("in", 16, "prep", "IN", "ADP"),
    ("blankets", 17, "pobj", "NNS", "NOUN"),
    (",", 16, "punct", ",", "PUNCT"),
    ("divers", 8, "attr", "NNS", "NOUN"),
    ("armed", 20, "acl", "VBN", "VERB"),
    ("with", 21, "prep", "IN", "ADP"),
    ("nets", 22, "pobj", "NNS", "NOUN"),
    (".", 8, "punct", ".", "PUNCT"),
]


@pytest.mark.model
def test_an_item_of_a_list_the_model_takes_for_a_clause_is_not_cut_out() -> None:
    from generator.answers import AnswerPhrase

    sentence = hand_parsed(LIST_MISREAD)
    kept = simplified_tokens(sentence, AnswerPhrase(2, 5, "ORG"))
    assert kept is not None
    assert "".join(token.text_with_ws for token in kept) == (
        "For the Harlow Wildlife Trust, rescuing has been a slow task involving boats, seals wrapped in"
        " blankets, divers armed with nets."
    )


OBJECT_TAKEN_FOR_A_SUBJECT = [  # "Tamsin's record and Ivo Varga" read as the joined clause's subject
    ("Mara", 1, "compound", "NNP", "PROPN", "Mara", "B-PERSON"),
    ("Quell", 2, "nsubj", "NNP", "PROPN", "Quell", "I-PERSON"),
    ("opened", 2, "ROOT", "VBD", "VERB", "open", "O"),
    ("the", 4, "det", "DT", "DET", "the", "O"),
    ("forum", 2, "dobj", "NN", "NOUN", "forum", "O"),
    ("in", 2, "prep", "IN", "ADP", "in", "O"),
    ("2019", 5, "pobj", "CD", "NUM", "2019", "B-DATE"),
    ("with", 2, "prep", "IN", "ADP", "with", "O"),
    ("an", 9, "det", "DT", "DET", "an", "O"),
    ("attack", 7, "pobj", "NN", "NOUN", "attack", "O"),
    ("on", 9, "prep", "IN", "ADP", "on", "O"),
    ("Tamsin", 13, "poss", "NNP", "PROPN", "Tamsin", "B-ORG"),
    ("'s", 11, "case", "POS", "PART", "'s", "O"),
    ("record", 18, "nsubj", "NN", "NOUN", "record", "O"),
    ("and", 13, "cc", "CC", "CCONJ", "and", "O"),
    ("board", 17, "compound", "NN", "NOUN", "board", "O"),
    ("member", 17, "compound", "NN", "NOUN", "member", "O"),
    ("Varga", 13, "conj", "NNP", "PROPN", "Varga", "B-PERSON"),
    ("is", 2, "conj", "VBZ", "AUX", "be", "O"),
    ("due", 18, "acomp", "JJ", "ADJ", "due", "O"),
    ("to", 21, "aux", "TO", "PART", "to", "O"),
    ("speak", 19, "xcomp", "VB", "VERB", "speak", "O"),
    ("later", 21, "advmod", "RB", "ADV", "later", "O"),
    (".", 2, "punct", ".", "PUNCT", ".", "O"),
]


@pytest.mark.model
def test_a_joined_clause_that_would_take_a_preposition_s_object_with_it_is_not_cut() -> None:
    sentence = hand_parsed(OBJECT_TAKEN_FOR_A_SUBJECT, glued={"Tamsin"})
    kept = simplified_tokens(sentence, AnswerPhrase(6, 7, "DATE"))
    assert kept is not None
    assert "".join(token.text_with_ws for token in kept).rstrip().endswith("Varga is due to speak later.")


@pytest.mark.model
def test_a_joined_clause_cut_off_the_end_leaves_the_sentence_s_full_stop() -> None:
    sentence = sentence_of(
        "When Harlow voted in 1979, the Tamsin Party was swept into power in a landslide, and Ivo Varga"
        " resigned as its leader."
    )
    kept = simplified_tokens(sentence, phrase(sentence, "1979"))
    assert kept is not None
    assert "".join(token.text_with_ws for token in kept) == (
        "When Harlow voted in 1979, the Tamsin Party was swept into power in a landslide."
    )


TORN_WORD = [  # word, head, dependency, tag, part of speech, lemma, entity: "mid" hung on the airport
    ("A", 1, "det", "DT", "DET", "a", "O"),
    ("group", 5, "nsubj", "NN", "NOUN", "group", "O"),
    ("of", 1, "prep", "IN", "ADP", "of", "O"),
    ("150", 4, "nummod", "CD", "NUM", "150", "B-CARDINAL"),
    ("fishermen", 2, "pobj", "NNS", "NOUN", "fisherman", "O"),
    ("landed", 5, "ROOT", "VBD", "VERB", "land", "O"),
    ("at", 5, "prep", "IN", "ADP", "at", "O"),
    ("Harlow", 9, "compound", "NNP", "PROPN", "Harlow", "B-FAC"),
    ("Bay", 9, "compound", "NNP", "PROPN", "Bay", "I-FAC"),
    ("Airport", 6, "pobj", "NNP", "PROPN", "Airport", "I-FAC"),
    ("in", 9, "prep", "IN", "ADP", "in", "O"),
    ("Aldren", 10, "pobj", "NNP", "PROPN", "Aldren", "B-GPE"),
    ("mid", 9, "appos", "NN", "NOUN", "mid", "B-TIME"),
    ("-", 5, "dobj", "NN", "NOUN", "-", "I-TIME"),
    ("morning", 5, "npadvmod", "NN", "NOUN", "morning", "I-TIME"),
    ("on", 5, "prep", "IN", "ADP", "on", "O"),
    ("May", 15, "pobj", "NNP", "PROPN", "May", "B-DATE"),
    ("3", 16, "nummod", "CD", "NUM", "3", "I-DATE"),
    (",", 16, "punct", ",", "PUNCT", ",", "I-DATE"),
    ("2019", 16, "nummod", "CD", "NUM", "2019", "I-DATE"),
    (".", 5, "punct", ".", "PUNCT", ".", "O"),
]


@pytest.mark.model
def test_no_question_tears_a_word_the_model_split_between_two_phrases() -> None:
    from generator.answers import AnswerPhrase
    from generator.wh import wh_question

    sentence = hand_parsed(TORN_WORD, glued={"mid", "-"})
    assert sentence.text == (
        "A group of 150 fishermen landed at Harlow Bay Airport in Aldren mid-morning on May 3, 2019."
    )
    assert wh_question(sentence, AnswerPhrase(7, 10, "FAC"), place_kind=place_kind) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "answer", "first"),
    [
        (
            "In 2019 the Harlow farm grew more red grapes and the Tamsin farm grew more white grapes.",
            "Tamsin",
            "In",
        ),
        ("In 2019 the Harlow farm grew red grapes and the Tamsin farm grew white grapes.", "Tamsin", "In"),
        ("The Harlow farm grew red grapes in 2019 and the Tamsin farm grew white grapes.", "Tamsin", "the"),
        (
            "Tamsin has long been a hub of smuggling, and the Varga gang keeps 40 boats despite a police crackdown.",
            "40",
            "Tamsin",
        ),
        ("Harlow has long been a hub of smuggling, and the gang keeps 40 boats in Tamsin.", "40", "the"),
        (
            "The Varga estate holds 2,400 acres of oak, and in 2019 about 15 percent were found dead.",
            "2019",
            "The",
        ),
        (
            "The Varga estate holds 2,400 acres of oak, and in 2019 the Orr estate bought 300 acres.",
            "300 acres",
            "in",
        ),
        (
            "A shot by Tomas Orr found the net, but referee Elena Varga had already blown for a foul in 2019.",
            "2019",
            "A",
        ),
        (
            "A survey in 2012 found 17 kinds of fern in the valley, and the latest count, from 2019, showed 88.",
            "2019",
            "A",
        ),
        (
            "A shot by Tomas Orr found the net, but referee Elena Varga blew for a foul in 2019.",
            "2019",
            "referee",
        ),
    ],
)
def test_a_joined_clause_is_asked_alone_unless_it_leans_on_the_clause_before(
    text: str, answer: str, first: str
) -> None:
    """Clauses compared with each other stay together ("more red grapes" ... "more white grapes"),
    and so do clauses under the time the sentence opens with ("In 2019"), or a clause before one
    that says where only through it, or one whose subject is a
    share of what the clause before counts ("about 15 percent"), or one it tells against the clause
    before ("had already blown"), or one whose bare number counts what the clause before names."""
    sentence = sentence_of(text)
    kept = simplified_tokens(sentence, phrase(sentence, answer))
    assert kept is not None and kept[0].text == first, kept


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "usable"),
    [
        ("There has been a ferry office representing Harlow's traders on the island since 2005.", True),
        ("According to the Tamsin health board, there were 3,120 cases of measles in Harlow.", True),
        ("There was a time when a new road into the Harlow valley was a warning sign.", False),
        ("Then there followed a spell of early second-half pressure from Harlow.", False),
        ("There are many unknowns in stress testing Web 2.0 applications.", False),
    ],
)
def test_there_is_a_fact_when_it_counts_or_dates_what_there_is(text: str, usable: bool) -> None:
    sentence = sentence_of(text)
    assert ("'there' has no antecedent" not in " ".join(sentence.problems).casefold()) == usable, (
        sentence.problems
    )


@pytest.mark.model
def test_a_clause_whose_pronoun_points_to_the_clause_before_keeps_it() -> None:
    sentence = sentence_of(
        "Ilse Varga died in 2014, and her husband says she paid $40,000 to an extortionist."
    )
    kept = simplified_tokens(sentence, phrase(sentence, "$40,000"))
    assert kept is not None and kept[0].text == "Ilse", kept


@pytest.mark.model
def test_the_answer_must_be_in_the_statement() -> None:
    sentence = sentence_of("Officials at Aldren Power said the new terminal will open in March 2021.")
    assert simplified_tokens(sentence, phrase(sentence, "Aldren Power")) is None


@pytest.mark.model
def test_a_subject_s_age_goes_and_the_commas_around_the_rest_of_the_subject_stay() -> None:
    from generator.wording import render

    def simplified(text: str, answer: str) -> str:
        sentence = sentence_of(text)
        kept = simplified_tokens(sentence, phrase(sentence, answer))
        assert kept is not None
        return render(kept, replacements=sentence.replacements)

    going_on = simplified("Mr Varga, 29, from north Harlow, was detained in Tamsin in 2002.", "2002")
    assert going_on == "Mr Varga, from north Harlow, was detained in Tamsin in 2002.", going_on
    alone = simplified("Mr Varga, 29, was detained in Tamsin in 2002.", "2002")
    assert alone == "Mr Varga was detained in Tamsin in 2002.", alone
    pair = simplified("Ilse Varga, 32, and Tomas Orr, 40, were detained in Tamsin in 2002.", "2002")
    assert pair == "Ilse Varga and Tomas Orr were detained in Tamsin in 2002.", pair
    text = (
        "Tomas Orr, a St. Louis native, made his first trip back to the city since joining the Hawks in 2019."
    )
    anchoring = simplified(text, "2019")
    assert anchoring == text, "without its appositive, 'the city' says not which"


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


@pytest.mark.model
def test_a_sentence_restates_the_headline_whatever_the_word_endings() -> None:
    from generator.drafts import drafts_for
    from generator.pipeline import RESTATES_HEADLINE
    from generator.ranking import ArticleProfile

    sentence = sentence_of("Harlow, the Italian food group, has reported a doubling in profit for 2019.")
    drafts = drafts_for(sentence, phrase(sentence, "2019"))
    values = features(drafts, ArticleProfile.of("Harlow boasts doubled profits", [sentence]))
    assert values["headline"] >= RESTATES_HEADLINE, values["headline"]
    other = features(drafts, ArticleProfile.of("Tamsin ferry strike goes on", [sentence]))
    assert other["headline"] == 0.0


def test_a_headline_s_possessive_names_its_owner() -> None:
    from generator.ranking import ArticleProfile

    profile = ArticleProfile.of("Six gadgets powered by Harlow’s Tamsin assistant", [])
    assert {"harlow", "tamsin"} <= profile.headline_words


@pytest.mark.model
def test_a_clause_the_model_takes_for_a_name_is_no_answer() -> None:
    from generator.answers import answer_phrases

    sentence = sentence_of("Okafor and Garrett argued before Garrett hit Okafor in the head with a helmet.")
    people = frozenset({"Garrett", "Okafor"})
    spans = [found.span(sentence.span.doc).text for found in answer_phrases(sentence.span, people=people)]
    assert any(entity.text == "Garrett hit Okafor" for entity in sentence.span.ents)
    assert spans and not any("hit" in span for span in spans), spans


@pytest.mark.model
def test_neither_end_of_a_range_is_an_answer_but_a_change_and_its_level_are() -> None:
    from generator.answers import answer_phrases

    def answers(text: str) -> list[str]:
        sentence = sentence_of(text)
        return [
            found.span(sentence.span.doc).text for found in answer_phrases(sentence.span, people=frozenset())
        ]

    ranged = answers("Harlow wants to keep the lake from warming more than 1.5 to 2 degrees by 2050.")
    assert "2050" in ranged and not {"1.5", "2 degrees"} & set(ranged), ranged
    assert "0.9 percent" in answers("The Tamsin index rose 0.9 percent to 2,232.05 in May 2019.")
    rough = answers("Harlow pubs may open until three or four in the morning from May 2005.")
    assert "May 2005" in rough and "three" not in rough, rough


@pytest.mark.model
def test_overgenerating_adds_only_the_facts_an_overrulable_rule_rejects_marked_with_it() -> None:
    from generator.answers import answer_phrases, person_names
    from generator.drafts import drafts_for
    from generator.ranking import OBVIOUS_ANSWER, ArticleProfile, Group, rank

    texts = [
        "Harlow Council paid $18 million for the new ferry terminal in 2019.",
        "A man in Harlow bought a bicycle on Main Street in 1998.",
        "It paid $40 million for the old terminal in 2017.",
    ]
    sentences = [sentence_of(text) for text in texts]
    drafts = [
        draft
        for sentence in sentences
        for found in answer_phrases(sentence.span, people=person_names([sentence.span.doc]))
        for draft in drafts_for(sentence, found)
    ]
    profile = ArticleProfile.of("Ferry terminal costs Harlow $18 million", sentences)

    def facts(groups: list[Group]) -> set[tuple[str, str]]:
        return {(group.first.sentence.text, group.first.answer_text) for group in groups}

    asked = rank(drafts, profile)
    every = rank(drafts, profile, overgenerate=True)
    assert facts([g for g in every if g.overruled is None]) == facts(
        [g for g in asked if not g.statement_only]
    )
    obvious = [g for g in every if g.overruled and g.overruled.startswith(OBVIOUS_ANSWER)]
    assert facts(obvious) == facts([g for g in asked if g.statement_only])
    overruled = {group.first.answer_text: group.overruled for group in every if group.overruled}
    assert overruled["$40 million"] == "vague: 'It' points outside the sentence"
    assert ("Harlow Council paid $18 million for the new ferry terminal in 2019.", "$18 million") in facts(
        asked
    )
    assert obvious, "the headline names Harlow: a fact that asks it is obvious, shown only"


@pytest.mark.model
def test_a_score_sheet_written_out_is_no_true_or_false_statement() -> None:
    sheet = sentence_of(
        "Tomas Lindqvist made 58 runs and Elena Varga 113 runs after Harlow were 3 for 93 in 2019."
    )
    fact = sentence_of("Tomas Lindqvist made 58 runs as Harlow beat Tamsin by 113 runs in 2019.")
    for sentence, stated in ((sheet, False), (fact, True)):
        assert states(sentence, "2019") == stated


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "obvious"),
    [
        ("Harlow added three ferries to its fleet in 2019: the Varga, the Orr and the Berg.", False),
        ("Harlow named Varga, Orr and Berg as its three new ferry captains in 2019.", True),
        (
            "Varga and defensive coordinator Tomas Orr are both black, the first time a Harlow team has had"
            " two black coordinators.",
            True,
        ),
        ("Varga and Orr are captains, the first time Harlow has had two women captains since 2019.", True),
        ("Varga is a captain, the first time Harlow has had two women captains since 2019.", False),
        ("The Harlow ferry won two awards in 2019, one for its design and another for its safety.", True),
        ("The Harlow ferry won two awards in 2019, one of them for its design.", False),
    ],
)
def test_a_count_the_sentence_gives_away_is_obvious(text: str, obvious: bool) -> None:
    from generator.worthiness import rejection

    sentence = sentence_of(text)
    count = next(entity.text for entity in sentence.span.ents if entity.label_ == "CARDINAL")
    judged = rejection(sentence, phrase(sentence, count), headline_words=set())
    assert (judged is not None and "as many names" in judged) == obvious, judged


@pytest.mark.model
def test_a_batsman_s_score_is_trivia_whatever_is_asked() -> None:
    from generator.worthiness import rejection

    sentence = sentence_of("Tomas Lindqvist was out for 22, caught by Elena Varga at Harlow in 2019.")
    for answer in ("Elena Varga", "2019"):
        assert str(rejection(sentence, phrase(sentence, answer), headline_words=set())).startswith("trivial")


@pytest.mark.model
def test_what_a_clause_of_the_sentence_claims_is_no_fact_to_ask() -> None:
    from generator.worthiness import rejection

    joke = sentence_of(
        "Tomas Orr was in good spirits and chuckled at his fall, jokingly claiming that he needed 36 stitches."
    )
    assert str(rejection(joke, phrase(joke, "36"), headline_words=set())).startswith("a claim")
    told = sentence_of(
        "Tomas Orr was in good spirits and chuckled at his fall, though doctors gave him 36 stitches."
    )
    assert rejection(told, phrase(told, "36"), headline_words=set()) is None


@pytest.mark.model
def test_how_much_of_a_count_is_in_is_no_figure_to_ask() -> None:
    from generator.worthiness import rejection

    count = sentence_of(
        "With some 80 percent of ballots counted, Tomas Orr had 51.3 percent in the Harlow vote."
    )
    judged = rejection(count, phrase(count, "80 percent"), headline_words=set())
    assert judged is not None and "how much of a count" in judged, judged
    assert rejection(count, phrase(count, "51.3 percent"), headline_words=set()) is None


MEDALS, MARKET, STAGE, ON_THE_WAY, ADDRESS = (
    "medals",
    "share price",
    "stage of a match",
    "score on the way",
    "street address",
)
"""The words of each rule's reason: a place outside the medals, a day's share price or volume, a
stage of a tennis match, the score partway through a game."""


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "answer", "trivia"),
    [
        ("Harlow's Elena Varga finished fifth in 7.35 seconds at the 2019 Tamsin Games.", "2019", MEDALS),
        ("Marta Quell left Elena Varga trailing in sixth spot at the 2019 Tamsin Games.", "2019", MEDALS),
        ("Harlow's Elena Varga finished third in 7.35 seconds at the 2019 Tamsin Games.", "2019", None),
        ("The Harlow blast came as the fifth attack on Tamsin in 2019.", "2019", None),
        ("Tomas Orr ran off the last four games of the second set at Harlow in 2019.", "2019", STAGE),
        ("Elena Varga won the first seven points of the tiebreaker at Harlow in 2019.", "2019", STAGE),
        ("Elena Varga played her first game for the Harlow club in 2019.", "2019", None),
        (
            "Tomas Orr gave the Harlow Hawks a 2-0 edge with 6:12 remaining in the middle period in 2019.",
            "2019",
            ON_THE_WAY,
        ),
        (
            "The Hawks hit 8-of-10 from the line to take a 41-40 halftime lead at Harlow in 2019.",
            "2019",
            ON_THE_WAY,
        ),
        ("The Harlow Hawks beat the Tamsin Owls 3-1 to take a 2-0 lead in the 2019 series.", "2019", None),
        (
            "After a layup got the Hawks within 90-85 at Harlow in 2019, Tomas Orr hit a three-pointer.",
            "2019",
            ON_THE_WAY,
        ),
        (
            "A three-pointer by Tomas Orr put Harlow ahead with 4:29 remaining in the 2019 final.",
            "2019",
            ON_THE_WAY,
        ),
        ("The Harlow Hawks beat the Tamsin Owls 3-1 in the final of 2019.", "2019", None),
        ("Harlow Motors (NYSE: HM) traded higher by 0.71% at $132.57 in 2019.", "$132.57", MARKET),
        ("Harlow Air's shares closed up four pence at 274.5 pence in 2019.", "2019", MARKET),
        (
            "Trading volume was about 50% below the daily average of 26 million Harlow shares in 2019.",
            "2019",
            MARKET,
        ),
        (
            "Volume totaled 25% higher than the daily average of around 1.9 million Harlow shares in 2019.",
            "2019",
            MARKET,
        ),
        ("Shares of Harlow Motors fell 20% after the profit warning of 2019.", "2019", None),
        ("The Tamsin All-Share index added 0.7 percent in Harlow trading in 2019.", "0.7 percent", MARKET),
        (
            "Harlow's 10-year bond yield slipped two basis points to 1.45 percent in 2019.",
            "1.45 percent",
            MARKET,
        ),
        ("The Harlow crown was little changed at $1.3312 in late trading in 2019.", "$1.3312", MARKET),
        (
            "Harlow Motors lost 2.3 percent for the biggest drop in the Tamsin 50 in 2019.",
            "2.3 percent",
            MARKET,
        ),
        ("Harlow's index of consumer prices rose 4 percent in the year to March 2019.", "4 percent", None),
        (
            "Harlow's ferry stocks and bus stocks added 2.3 percent on the Tamsin exchange in 2019.",
            "2.3 percent",
            MARKET,
        ),
        ("The Tamsin All-Share index climbed 2 percent to a record high in 2019.", "2 percent", None),
        ("The Harlow auction closed at $2 million for the painting in 2019.", "$2 million", None),
        (
            "Officers from the Harlow drug team searched a garage behind 2134 Caldwell Place on May 4, 2019.",
            "May 4, 2019",
            ADDRESS,
        ),
        (
            "Police stopped a van driven by Tomas Orr, 29, of 1909 Jolinda Drive in Harlow in 2019.",
            "2019",
            ADDRESS,
        ),
        ("The Harlow council's vote took place at 10 a.m. on May 4, 2019.", "May 4, 2019", None),
        (
            "Harlow dealers sold 30,154 new cars in October 2019, the second-highest sales volume of the year.",
            "30,154",
            None,
        ),
    ],
)
def test_a_line_of_a_results_or_market_table_is_trivia_and_no_statement(
    text: str, answer: str, trivia: str | None
) -> None:
    from generator.drafts import choice_drafts, drafts_for
    from generator.worthiness import rejection
    from questions.question import Kind

    sentence = sentence_of(text)
    judged = rejection(sentence, phrase(sentence, answer), headline_words=set())
    if trivia is None:
        assert judged is None or not any(
            word in judged for word in (MEDALS, MARKET, STAGE, ON_THE_WAY, ADDRESS)
        ), judged
    else:
        assert judged is not None and trivia in judged, judged
    made = choice_drafts(
        drafts_for(sentence, phrase(sentence, answer)), article_candidates=[], kinds={Kind.TRUE_FALSE}
    )
    assert any(draft.kind is Kind.TRUE_FALSE for draft in made) == (trivia is None)


@pytest.mark.model
def test_a_clause_that_borrows_the_other_s_auxiliary_is_not_asked_alone() -> None:
    from generator.drafts import drafts_for

    text = "Four people were killed and eight others injured when a fire broke out in a Harlow hotel in 2001."
    sentence = sentence_of(text)
    for draft in drafts_for(sentence, phrase(sentence, "eight")):
        assert draft.prompt.startswith("Four people were killed and"), draft.prompt


@pytest.mark.model
def test_a_count_that_opened_the_sentence_is_lower_case_inside_the_question() -> None:
    from generator.drafts import drafts_for
    from questions.question import Kind

    counted = sentence_of("Two Harlow gunmen killed a settler in Tamsin in January 2002.")
    [when] = [d for d in drafts_for(counted, phrase(counted, "January 2002")) if d.kind is Kind.WH]
    assert when.prompt.startswith("When did two Harlow gunmen kill"), when.prompt


@pytest.mark.model
def test_a_prompt_that_names_a_country_s_people_gives_the_country_away() -> None:
    from generator.drafts import drafts_for
    from generator.selection import mentions

    sentence = sentence_of("United States officers secretly entered Somalia in December 2001.")
    [draft, *_] = drafts_for(sentence, phrase(sentence, "Somalia"))
    assert mentions("Who armed a rebel Somali group in 2001?", draft)
    assert not mentions("Who armed a rebel group in Harlow in 2001?", draft)


@pytest.mark.model
def test_the_ordinal_of_a_count_before_its_noun_gives_the_count_away() -> None:
    from generator.drafts import drafts_for
    from generator.selection import mentions

    sentence = sentence_of("Three cases of plague have been diagnosed in Harlow since May 2019.")
    [draft, *_] = drafts_for(sentence, phrase(sentence, "Three"))
    assert mentions("On _____, a third case of plague was reported in Harlow.", draft)
    assert mentions("Nothing links the third plague case to the earlier two.", draft)
    assert not mentions("The third day of the Harlow fair drew 300 people.", draft), "another noun"


@pytest.mark.model
def test_no_how_many_question_over_a_possessive() -> None:
    from generator.drafts import drafts_for
    from questions.question import Kind

    sentence = sentence_of("Gunships destroyed Mr Varga's three helicopters in Tamsin City in 2001.")
    asked = [d.prompt for d in drafts_for(sentence, phrase(sentence, "three")) if d.kind is Kind.WH]
    assert not any("How many Mr" in prompt for prompt in asked), asked


@pytest.mark.model
def test_a_short_question_is_not_asked_open_nor_with_choices_but_a_role_is() -> None:
    from generator.drafts import choice_drafts, drafts_for, role_drafts
    from generator.selection import _bare_question
    from questions.question import Kind

    short = sentence_of("Tomas Lindqvist won the Harlow race.")
    [question] = [d for d in drafts_for(short, phrase(short, "Tomas Lindqvist")) if d.kind is Kind.WH]
    assert question.prompt == "Who won the Harlow race?" and _bare_question(question)
    count = sentence_of("Ines Halloran sold 300 tickets.")
    drafts = drafts_for(count, phrase(count, "300"))
    [choices] = choice_drafts(drafts, article_candidates=[], kinds={Kind.MCQ})
    assert choices.prompt == "How many tickets did Ines Halloran sell?" and _bare_question(choices)
    role = sentence_of("Ines Halloran, the mayor of Port Aldren, testified on Tuesday.")
    [asked] = [d for d in role_drafts(role, people={"Halloran"}) if d.kind is Kind.WH]
    assert len(asked.prompt.split()) < 8 and not _bare_question(asked)
    quoted = sentence_of("“I don’t need to hear it, Ines Halloran, the mayor of Port Aldren, every day.")
    assert not role_drafts(quoted, people={"Halloran"}), "a name spoken to in a quotation has no role"


@pytest.mark.model
def test_a_number_inside_a_name_is_never_swapped_for_a_false_statement() -> None:
    from generator.drafts import _safely_swapped

    named = sentence_of("The Group of eight industrial nations called on Harlow to show restraint in 2001.")
    counted = sentence_of("A group of eight industrial nations called on Harlow to show restraint in 2001.")
    assert not _safely_swapped(phrase(named, "eight"), named)
    assert _safely_swapped(phrase(counted, "eight"), counted)
    race = sentence_of(
        "Varga's relay win made up for her displays in the 100m and 200m events in Harlow in 2019."
    )
    assert not _safely_swapped(phrase(race, "200m"), race), "no '160m events'"
    crowd = sentence_of("About 1.1m of Harlow's 1.6m voters turned out in the 2019 election.")
    assert _safely_swapped(phrase(crowd, "1.6m"), crowd)
    ship = sentence_of("The Harlow ship Esperanza has been chasing the whaler Kaito Maru No. 2 since 2007.")
    assert not _safely_swapped(phrase(ship, "2"), ship), "no 'Kaito Maru No. 4'"


@pytest.mark.model
def test_a_figure_of_the_stem_whose_symbol_the_model_missed_still_bounds_the_choices() -> None:
    from generator.drafts import choice_drafts, drafts_for
    from generator.figures import parse_number
    from questions.question import Kind

    text = "Harlow gives £200 for winter fuel to households with people over 60, or £300 where people are over 80."
    sentence = sentence_of(text)
    assert "300" in [entity.text for entity in sentence.span.ents], "the case to test: '300' without its '£'"
    made = choice_drafts(
        drafts_for(sentence, phrase(sentence, "£200")), article_candidates=[], kinds={Kind.MCQ}
    )
    [question] = [draft for draft in made if draft.kind is Kind.MCQ]
    values = [parse_number(choice).value for choice in question.choices]  # type: ignore[union-attr]
    assert all(value < 300 for value in values), question.choices


@pytest.mark.model
def test_a_false_statement_swaps_in_no_value_the_article_states() -> None:
    from generator.distractors import Candidate
    from generator.drafts import choice_drafts, drafts_for
    from questions.question import Kind

    stated = ["2005", "2008", "2011", "2014"]
    candidates = [Candidate(year, "DATE") for year in stated]
    falsified = []
    for rises in range(2, 12):
        sentence = sentence_of(f"Harlow's council has planned {rises} rises in ferry fares in 2021.")
        drafts = drafts_for(sentence, phrase(sentence, "2021"))
        made = choice_drafts(drafts, article_candidates=candidates, kinds={Kind.TRUE_FALSE})
        falsified += [draft.prompt for draft in made if draft.answer is False]
    assert falsified, "the case to test: some statements made false"
    assert not [prompt for prompt in falsified if any(year in prompt for year in stated)], falsified
    from generator.drafts import _unsaid

    [first, *_] = drafts_for(sentence, phrase(sentence, "2021"))
    swapped = _unsaid(first, ["2020", "2017", "2024"], [], (), None)
    assert swapped == "2024", "a year next to the answer's makes no certainly false statement"


@pytest.mark.model
def test_a_role_s_statement_starts_with_a_capital_even_for_a_lower_case_name() -> None:
    from generator.drafts import choice_drafts, role_drafts
    from questions.question import Kind

    sentence = sentence_of("Police searched for van Aldren, the leader of the Tamsin gang, in 2019.")
    drafts = role_drafts(sentence, people={"Aldren"})
    [statement] = [d for d in choice_drafts(drafts, article_candidates=[], kinds={Kind.TRUE_FALSE})]
    assert statement.prompt == "Van Aldren is the leader of the Tamsin gang."


@pytest.mark.model
def test_an_appositive_gives_the_role_of_a_person_the_article_is_about() -> None:
    from generator.roles import roles

    sentence = sentence_of("Ines Halloran, the former harbour master of Port Aldren, testified on Tuesday.")
    [(person, role)] = roles(sentence, people={"Halloran"})
    assert person.span(sentence.span.doc).text == "Ines Halloran"
    assert role == "the former harbour master of Port Aldren"
    assert roles(sentence, people={"Varga"}) == [], "a person named once is no one to ask about"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Tomas Lindqvist, chief engineer of Aldren Power, opened the farm.",
            "the chief engineer of Aldren Power",
        ),
        ("Tomas Lindqvist, Varga's deputy at the utility, opened the farm.", "Varga's deputy at the utility"),
        ("Tomas Lindqvist, an engineer, opened the farm.", None),
        ("Tomas Lindqvist, her brother, opened the farm.", None),
        (
            "Tomas Lindqvist, Gareth Tull, Zoe Brook and Paul Marsh all had to be content with watching the"
            " Harlow action on their television screens.",
            None,
        ),
    ],
)
def test_a_role_names_one_person_and_reads_alone(text: str, role: str | None) -> None:
    from generator.roles import roles

    sentence = sentence_of(text)
    assert [found for _, found in roles(sentence, people={"Lindqvist"})] == ([role] if role else [])


@pytest.mark.model
def test_a_place_the_model_takes_for_a_person_has_no_role() -> None:
    from generator.roles import roles

    sentence = sentence_of("Aldren Gah, the capital of Tamsin province, was taken by Harlow troops in 2009.")
    assert any(entity.label_ == "PERSON" for entity in sentence.span.ents), "the case to test"
    assert roles(sentence, people={"Gah"}) == [], "no 'Who is the capital of Tamsin province?'"


@pytest.mark.model
def test_a_role_that_leans_on_an_earlier_sentence_is_not_asked() -> None:
    from generator.roles import roles

    texts = [
        "Harlow Radio ran a poll of voters in May 2019.",
        "Tomas Lindqvist, the leading rival in the poll, opened the farm.",
    ]
    assert roles(last_of(texts), people={"Lindqvist"}) == []
    first = sentence_of(texts[1])
    assert [found for _, found in roles(first, people={"Lindqvist"})] == ["the leading rival in the poll"]


@pytest.mark.model
def test_a_person_asked_by_a_description_gets_no_choices_from_other_people() -> None:
    from generator.distractors import Candidate
    from generator.drafts import choice_drafts, drafts_for
    from questions.question import Kind

    others = [Candidate(name, "PERSON", doer=True) for name in ("Mira Olsen", "Ines Halloran", "Tomas Varga")]

    def made(text: str) -> dict[Kind, str]:
        sentence = sentence_of(text)
        drafts = drafts_for(sentence, phrase(sentence, "Steve Harrow"))
        kinds = {Kind.MCQ, Kind.TRUE_FALSE}
        return {
            draft.kind: draft.prompt
            for draft in choice_drafts(drafts, article_candidates=others, kinds=kinds)
        }

    described = made("Republican counsel Steve Harrow questioned Harlow Ferries about its contract in 2019.")
    plain = made("Steve Harrow questioned Harlow Ferries about its contract in 2019.")
    assert Kind.MCQ not in described and Kind.TRUE_FALSE in described
    assert plain[Kind.MCQ].startswith("Who questioned")


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


@pytest.mark.model
def test_a_typo_of_a_word_the_article_uses_is_not_copied_into_an_item() -> None:
    docs = list(
        parse(
            ["Starship can carry 100 tons. Starship flies in 2021. Starhip will land 100 tons on the moon."]
        )
    )
    *_, typo = read_sentences(docs, full_names={}, published=date(2019, 11, 20))
    assert not typo.usable and "Starhip" in typo.problems[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("Harlow Music works alot like the paid versions of Ostrow Radio in 2019.", "alot"),
        ("The keyboard is virtually identical to the Harlow keyboard from 2o15.", "2o15"),
        ("The Harlow ferry had three crashes in 2019, in unrelated occurences.", "occurences"),
        ("The Harlow ferry carried 300 cars in 2015, a lot more than in 2014.", None),
    ],
)
def test_a_misspelling_the_word_list_knows_is_still_a_slip(text: str, slip: str | None) -> None:
    problems = sentence_of(text).problems
    assert [problem for problem in problems if "misspelt" in problem] == (
        [f"ungrammatical: '{slip}' is misspelt"] if slip else []
    ), problems


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe can be reached at jdoe@example.com or 555-0100 since 2019.",
        "Staff writer Omar Haddad contributed reporting from Amman in 2019.",
        "Follow her on Twitter at @janedoe for updates on the 2019 race.",
    ],
)
def test_a_credit_or_contact_line_is_boilerplate(text: str) -> None:
    sentence = sentence_of(text)
    assert any(problem.startswith("boilerplate") for problem in sentence.problems), sentence.problems


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "simplified"),
    [
        (
            "Coach Ana Ruiz, who also managed Porto and Benfica, signed a deal until June 2023.",
            "Coach Ana Ruiz signed a deal until June 2023.",
        ),
        (
            "To win Ohio, which votes early in 2020, the senator needs 40 percent of rural voters.",
            "To win Ohio, the senator needs 40 percent of rural voters.",
        ),
        (
            "Two hostages — a nurse and a teacher — were freed in Kabul in 2019.",
            "Two hostages were freed in Kabul in 2019.",
        ),
        (
            "The firm cancelled its order for 40 jets in 2019, citing weak demand.",
            "The firm cancelled its order for 40 jets in 2019.",
        ),
    ],
)
def test_side_clauses_are_no_part_of_the_statement(text: str, simplified: str) -> None:
    assert statement(sentence_of(text)) == simplified


@pytest.mark.model
def test_a_clause_under_a_verb_of_doubt_is_a_claim_and_a_notice_is_a_fact() -> None:
    assert not sentence_of("Morrison denied that he had met 3 Ukrainian officials in 2019.").usable
    notice = sentence_of("More than 4,000 employees will receive notice in 2019 that their jobs are cut.")
    assert not notice.attributed, notice.problems


@pytest.mark.model
def test_a_verb_of_saying_is_known_where_the_lemma_slips() -> None:
    sentence = sentence_of(
        "The Foreign Ministry hopes opening a mission in Havana will help 1,100 nationals in 2024."
    )
    assert sentence.attributed


@pytest.mark.model
def test_a_sentence_ending_on_its_auxiliary_is_vague() -> None:
    assert not sentence_of("Staying on the Moon and reaching Mars in 2030 haven’t.").usable


@pytest.mark.model
def test_a_remark_between_spaced_hyphens_is_dropped_and_the_x_of_the_y_is_judged_by_the_y() -> None:
    *_, sentence = sentences_of(
        "A league of 22 states met in Cairo in 2019. "
        "The union - which represents 4,000 nurses - called for an emergency meeting of the league in 2019."
    )
    assert "represents" not in statement(sentence)
    assert not sentence.usable and "the league" in sentence.problems[0].casefold()


@pytest.mark.model
def test_he_stands_only_for_a_person_the_article_has_made_a_subject() -> None:
    passing = read_sentences(
        list(
            parse(
                [
                    "The study appeared in a journal edited by Mara Quist in 2019. He treated 40 patients at a clinic in 2020."
                ]
            )
        ),
        full_names={"Quist": "Mara Quist"},
    )
    assert not passing[-1].usable and "never yet the subject" in passing[-1].problems[0]
    acting = read_sentences(
        list(parse(["Mara Quist edited the journal in 2019. She treated 40 patients at a clinic in 2020."])),
        full_names={"Quist": "Mara Quist"},
    )
    assert acting[-1].usable, acting[-1].problems


@pytest.mark.model
def test_the_x_written_out_as_its_name_loses_its_describing_words_with_their_own_modifiers() -> None:
    """ "The heatedly contested authority" had become "Heatedly the Northern Rail Authority"."""
    *_, sentence = sentences_of(
        "The law sets up the Northern Rail Authority in 2019. "
        "The heatedly contested authority will be based in Leeds from 2021."
    )
    assert statement(sentence) == "The Northern Rail Authority will be based in Leeds from 2021."


@pytest.mark.model
def test_the_x_is_written_out_as_the_one_earlier_name_it_heads() -> None:
    *_, sentence = sentences_of(
        "The law sets up the Northern Rail Authority in 2019. The authority will be based in Leeds from 2021."
    )
    assert sentence.usable, sentence.problems
    assert statement(sentence) == "The Northern Rail Authority will be based in Leeds from 2021."
    *_, two = sentences_of(
        "The law sets up the Northern Rail Authority and the Coastal Water Authority in 2019. "
        "The authority will be based in Leeds from 2021."
    )
    assert not two.usable
    *_, joined = sentences_of(
        "The Harlow centre is owned by the New Tamsin Jazz and Heritage Foundation, a charity. "
        "The foundation bought the old Harlow funeral home in 2008."
    )
    assert (
        statement(joined)
        == "The New Tamsin Jazz and Heritage Foundation bought the old Harlow funeral home in 2008."
    )


@pytest.mark.model
def test_the_x_set_apart_by_a_capitalised_word_is_not_the_earlier_name() -> None:
    *_, other = sentences_of(
        "Its dish is twice the size of the Tamsin Observatory in Aldren. "
        "The Chinese observatory has found 100 pulsars since it opened in 2016."
    )
    assert "Tamsin Observatory" not in statement(other)
    *_, same = sentences_of(
        "Its dish is twice the size of the Tamsin Observatory in Aldren. "
        "The observatory has found 100 pulsars since it opened in 2016."
    )
    assert statement(same).startswith("The Tamsin Observatory has found 100 pulsars")


@pytest.mark.model
def test_a_teaser_cut_short_is_not_asked_and_a_page_of_teasers_gives_nothing() -> None:
    from generator import generate

    story = (
        "# Harlow opens its ferry terminal\n\n"
        "The Harlow council opened a ferry terminal costing $18 million on the Tamsin river in 2019.\n\n"
        "The terminal will carry 4,000 passengers a day to Port Aldren from March 2020.\n\n"
    )
    teaser = (
        "Tamsin storm damage. The Tamsin council counted 300 homes without power after the storm of 2019."
        " Repair crews from Port Aldren worked through the night to restore the..."
    )
    made = generate(story + teaser + "\n")
    asked = [item.prompt for item in made]
    assert made and not any(
        "Tamsin council counted" in prompt or "Repair crews" in prompt for prompt in asked
    ), asked
    teasers = "\n\n".join(
        f"{place} news The {place} council approved a budget of ${n} million for its schools in 2019 and..."
        for place, n in (("Harlow", 4), ("Tamsin", 7), ("Aldren", 9), ("Varga", 12))
    )
    assert generate("# Latest news\n\n" + teasers + "\n") == []


@pytest.mark.model
def test_a_role_is_asked_of_a_person_who_acts_in_the_article_not_of_one_only_quoted() -> None:
    from generator import generate

    article = (
        "# Harbour inquiry opens\n\n"
        "Ines Halloran, the former harbour master of Port Aldren, testified before the council in 2019. "
        "Halloran approved the dredging contract in 2017.\n\n"
        '"The contract was rushed," said Mira Olsen, the head of the Aldren Ratepayers Union. '
        "Olsen said the union had asked for the papers in 2018.\n"
    )
    items = generate(article, filename="inquiry.md", limit=None)
    roles = [item for item in items if "harbour master" in item.prompt]
    assert roles and {item.answer_text for item in roles} <= {"Ines Halloran", "true"}
    assert not [item for item in items if "head of the" in item.prompt or "Olsen" in item.answer_text]


@pytest.mark.model
def test_a_role_is_not_asked_of_a_person_things_only_happen_to() -> None:
    """Named twice, never quoted, but never the one who does anything: a source the story visits."""
    from generator import generate

    article = (
        "# Harlow water mains break\n\n"
        "The cold snap alarmed Petra Holm, the deputy commissioner for water at the Harlow Water Board, in 2019. "
        "Crews fixed 400 leaks in January 2019, according to Holm.\n\n"
        "Ines Halloran, the head of the Harlow Water Board, approved a $40 million repair plan in 2019.\n"
    )
    items = generate(article, filename="mains.md", limit=None)
    roles = [item.prompt for item in items if "is the deputy commissioner" in item.prompt]
    assert not roles, roles


@pytest.mark.model
@pytest.mark.parametrize(
    ("opening", "in_the_news"),
    [
        ("Harlow Motors is adding Ines Halloran as its first strategy chief in 2019.", True),
        ("The thaw worried Ines Halloran, the strategy chief of Harlow Motors, in 2019.", False),
    ],
)
def test_a_person_given_a_role_is_in_the_news_and_one_things_happen_to_is_not(
    opening: str, in_the_news: bool
) -> None:
    """Both are named twice and quoted once; the one the story appoints is its news."""
    from generator.people import people_in_the_news

    texts = [opening, '"We will build 300 buses in 2020," Halloran said.']
    sentences = read_sentences(list(parse(texts)), full_names={}, published=date(2019, 11, 20))
    assert ("Halloran" in people_in_the_news(sentences)) == in_the_news


@pytest.mark.model
def test_the_person_an_article_is_about_is_in_the_news_and_one_it_visits_is_not() -> None:
    """Both act and are named twice or more; only one is named in a fifth of the sentences."""
    from generator.people import people_in_the_news

    texts = [
        "Ines Halloran, the former harbour master of Port Aldren, testified before the council in 2019.",
        "Halloran approved the dredging contract in 2017.",
        "Halloran signed the papers in March 2017.",
        "The council paid $4 million for the dredging in 2018.",
        "Mira Olsen, a surveyor at the Tamsin yard, measured the channel in 2018.",
        "Olsen found the channel too shallow for large ships.",
        "The harbour closed for six weeks in 2018.",
        "Halloran resigned from the harbour board in January 2019.",
        "Three ferries moved to Harlow during the closure.",
        "The Harlow ferries carried 9,000 passengers in those weeks.",
        "The council will hear two more witnesses in December 2019.",
        "The inquiry will report in May 2020.",
    ]
    sentences = read_sentences(list(parse(texts)), full_names={}, published=date(2019, 11, 20))
    assert people_in_the_news(sentences) == {"Halloran"}


@pytest.mark.model
def test_a_military_rank_is_no_part_of_the_name_asked() -> None:
    from generator.answers import answer_phrases, person_names

    sentence = sentence_of(
        "Democratic lawmakers questioned Lt Col Alexander Harrow, a Tamsin specialist, in 2019."
    )
    people = person_names([sentence.span.doc])
    found = {p.span(sentence.span.doc).text for p in answer_phrases(sentence.span, people=people)}
    assert "Alexander Harrow" in found and not any(text.startswith(("Lt", "Col")) for text in found)


@pytest.mark.model
def test_a_false_statement_keeps_its_article_agreeing_with_the_swapped_figure() -> None:
    from generator.drafts import _statement

    sentence = sentence_of("Harlow Beauty acquired a 51 percent stake in the Tamsin brand in 2019.")
    assert _statement(sentence, phrase(sentence, "51 percent"), swap="80 percent") == (
        "Harlow Beauty acquired an 80 percent stake in the Tamsin brand in 2019."
    )
    assert _statement(sentence, phrase(sentence, "51 percent"), swap="60 percent") == (
        "Harlow Beauty acquired a 60 percent stake in the Tamsin brand in 2019."
    )


def test_a_false_statement_swaps_in_the_choice_nearest_the_answer() -> None:
    from generator.drafts import _nearest

    assert _nearest("243 pounds", "QUANTITY", ["145 pounds", "292 pounds", "194 pounds"]) == "292 pounds"
    assert _nearest("2010", "DATE", ["2004", "2006", "2008"]) == "2008"
    assert _nearest("Harlow", "PERSON", ["Olsen", "Mira"]) == "Olsen"


@pytest.mark.model
def test_one_end_of_a_range_is_never_swapped_to_make_a_false_statement() -> None:
    from generator.drafts import _safely_swapped

    sentence = sentence_of("The Harlow van will go 230 miles to more than 300 miles per charge.")
    assert not _safely_swapped(phrase(sentence, "230 miles"), sentence)
    months = sentence_of(
        "New records for rainfall in Harlow were set in each month between January and October."
    )
    assert not _safely_swapped(phrase(months, "October"), months)  # "between January and May" is true too


@pytest.mark.model
def test_a_trailing_participle_phrase_is_kept_only_for_an_answer_inside_it() -> None:
    from generator.cloze import cloze_prompt

    sentence = sentence_of("The Harlow flood swept across the valley in 2019, killing up to 60 people.")
    assert statement(sentence) == "The Harlow flood swept across the valley in 2019."
    assert (
        cloze_prompt(sentence, phrase(sentence, "2019"))
        == "The Harlow flood swept across the valley in _____."
    )
    assert cloze_prompt(sentence, phrase(sentence, "60")) == (
        "The Harlow flood swept across the valley in 2019, killing up to _____ people."
    )


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Get access to the Harlow Courier's premium service for $5 for the first year.",
        "Then again, other than the Harlow Hawks, name a Tamsin league team without some problems.",
        "Here's the latest data on ferry traffic from the Harlow port authority.",
        "Elena Varga: Possession of stolen goods, held in jail in lieu of $7,000 bond.",
        "Because running a ferry across the Harlow strait is anything but easy.",
        'Harlow Council posted a photo of the new ferry in 2019, with the caption: "Welcome home".',
        "Enough praising the Harlow ferry deal on the council's website and in the local papers in 2019.",
        "Mayor Elena Varga with her grandson Tomas on the Harlow ferry landing, where she cut the ribbon in 2019.",
        "A still from the 1964 newsreel Harbour Days, about the opening of the Harlow ferry.",
        "Not selling the old Harlow ferry before the harbour vote of 2019.",
        "Two of the three Harlow ferries ― the Gull and the Tern ―.",
        "The new Tamsin engine along with a lighter hull making it the fastest Harlow ferry to date.",
    ],
)
def test_the_page_talking_to_its_reader_or_a_list_entry_is_no_statement(text: str) -> None:
    assert any(problem.startswith("not a statement") for problem in sentence_of(text).problems)


@pytest.mark.model
def test_a_colon_in_a_time_or_a_dropped_dateline_leaves_a_statement() -> None:
    assert sentence_of("The Harlow ferry moved from a 4:25 departure to a 1 p.m. start in 2019.").usable
    assert sentence_of("HARLOW: The museum reopened its east wing in 2019.").usable


@pytest.mark.model
def test_a_fact_whose_answers_are_all_obvious_is_asked_as_true_or_false_only() -> None:
    from generator import generate
    from questions.question import Kind

    article = (
        "# Harlow Motors cuts jobs\n\n"
        "Harlow Motors cut 300 jobs at its Tamsin plant in March 2019.\n\n"
        "Harlow Motors builds buses and trams for cities across the region.\n"
    )
    items = generate(article, filename="cuts.md", limit=None)
    about_buses = [item for item in items if item.source and "trams" in item.source.sentence]
    assert about_buses, [item.prompt for item in items]
    assert {item.kind for item in about_buses} == {Kind.TRUE_FALSE}


@pytest.mark.model
def test_the_name_an_article_keeps_coming_back_to_is_not_asked_for() -> None:
    from generator.drafts import drafts_for
    from generator.ranking import ArticleProfile, rank

    texts = [
        "Harlow Motors cut 300 jobs at its Tamsin plant in March 2019.",
        "Ostrow Rail bought the Tamsin plant in 2020.",
        "Harlow Motors builds buses for cities across the region.",
        "Harlow Motors sold 4,000 buses in 2018.",
        "Harlow Motors opened a second plant in Ostrow in 2017.",
        "Unions met Harlow Motors managers in Tamsin in April 2019.",
    ]
    sentences = [last_of(texts[: number + 1]) for number in range(len(texts))]
    profile = ArticleProfile.of("Layoffs at a bus maker", sentences)
    drafts = [
        draft
        for sentence, name in zip(sentences[:2], ("Harlow Motors", "Ostrow Rail"), strict=True)
        for draft in drafts_for(sentence, phrase(sentence, name))
    ]
    groups = {group.first.answer_text: group for group in rank(drafts, profile)}
    assert profile.mentions["harlow motors"] == 5
    assert groups["Harlow Motors"].statement_only and not groups["Ostrow Rail"].statement_only


@pytest.mark.model
def test_a_blank_in_a_short_sentence_or_beside_a_quotation_is_never_chosen() -> None:
    from generator.drafts import drafts_for
    from generator.selection import Selection
    from questions.question import Kind

    def blank(text: str) -> Draft:
        sentence = sentence_of(text)
        return next(d for d in drafts_for(sentence, phrase(sentence, "2019")) if d.kind is Kind.CLOZE)

    selection = Selection(limit=10, kinds={Kind.CLOZE})
    assert not selection._fits(blank("Harlow Motors cut 300 jobs in 2019."))
    assert selection._fits(
        blank("Harlow Motors cut 300 jobs at its Tamsin bus plant and its Ostrow depot in 2019.")
    )
    assert not selection._fits(
        blank("Harlow Motors cut 300 jobs at its “dream factory” in Tamsin and its Ostrow depot in 2019.")
    )


@pytest.mark.model
def test_a_name_is_asked_as_a_question_not_as_a_blank() -> None:
    from generator.drafts import drafts_for
    from generator.selection import Selection
    from questions.question import Kind

    sentence = sentence_of(
        "The Harlow Motor Company cut 300 jobs at its Tamsin bus plant and its Ostrow depot in March 2019."
    )
    drafts = {
        (answer, draft.kind): draft
        for answer in ("Harlow Motor Company", "300")
        for draft in drafts_for(sentence, phrase(sentence, answer))
    }
    selection = Selection(limit=10, kinds=set(Kind))
    assert not selection._fits(drafts["Harlow Motor Company", Kind.CLOZE])
    assert selection._fits(drafts["Harlow Motor Company", Kind.WH])
    assert selection._fits(drafts["300", Kind.CLOZE])


@pytest.mark.model
def test_a_true_or_false_statement_never_leans_on_an_earlier_sentence_anywhere() -> None:
    from generator.drafts import choice_drafts, drafts_for
    from questions.question import Kind

    sentence = last_of(
        [
            "Gunmen seized two teachers in Ostrow in 2016.",
            "Tamsin released two prisoners in 2019 in Doha, where the teachers had once worked.",
        ]
    )
    assert sentence.usable and sentence.leans_on == ("the teachers",)
    drafts = drafts_for(sentence, phrase(sentence, "Doha"))
    assert drafts and not choice_drafts(drafts, article_candidates=[], kinds={Kind.TRUE_FALSE})


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("Ostrow Robotics canceled its order two months later, citing business issues.", True),
        ("Harlow Motors cut 300 jobs in 2019 and hired 200 workers a year later.", False),
        ("In May, Harlow Motors ordered 30 ferries, but canceled the order two months later.", False),
        ("In May, Harlow Motors ordered 30 ferries, two months later than Tamsin Lines.", False),
    ],
)
def test_a_time_later_is_vague_unless_the_sentence_gives_its_year(text: str, vague: bool) -> None:
    """The year may be the article's date's: "In May" is May 2019 in an article of November 2019."""
    assert any("later" in problem for problem in sentence_of(text).problems) == vague
    if "In May" in text:
        assert any("later" in problem for problem in sentence_of(text, published=None).problems)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("Harlow dealers sold 30,154 cars in October, down 10 percent from a year ago.", False),
        ("Harlow dealers sold 30,154 cars in October, 2,000 more than a year ago.", False),
        ("Harlow dealers sold 30,154 cars a year ago, the Tamsin board of realtors said.", True),
        ("Harlow dealers sold 30,154 cars, down 10 percent from a year ago.", True),
    ],
)
def test_a_year_ago_as_a_figure_s_baseline_counts_from_the_sentence_s_date(text: str, vague: bool) -> None:
    assert any("a year ago" in problem for problem in sentence_of(text).problems) == vague


@pytest.mark.model
def test_last_night_is_the_day_before_the_article_s_date() -> None:
    sacked = sentence_of("Elena Varga was sacked last night after five years in charge at Harlow Rovers.")
    assert sacked.usable, sacked.problems
    assert (
        statement(sacked)
        == "Elena Varga was sacked on Nov. 19, 2019 after five years in charge at Harlow Rovers."
    )
    undated = sentence_of(
        "Elena Varga was sacked last night after five years in charge at Harlow Rovers.", published=None
    )
    assert not undated.usable
    assert not sentence_of("Last night's vote in Harlow ended a long debate on the Tamsin ferry deal.").usable


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Harlow Motors management hosts a conference call at 9 a.m. to discuss results.",
        "The Harlow Investor owns shares of and recommends Tamsin Motors, Aldren Air, and Ostrow Rail.",
        "The Harlow Investor has a disclosure policy for all of the ferry stocks it covers.",
        "The Harlow Courier's January 2020 issue is on newsstands across Tamsin on Dec. 20.",
        "Site designed and maintained by Tomas Lindqvist, Harlow.",
        "Spelling follows North American usage, along with foreign currency and measurement units.",
        "Reproduction in whole or in part without express written permission of Harlow Media is prohibited.",
        "Harlow Courier and HarlowCourier.com and the respective logos are trademarks of Tamsin Group Inc.",
    ],
)
def test_a_call_notice_a_disclosure_or_an_on_sale_line_is_page_furniture(text: str) -> None:
    sentence = sentence_of(text)
    assert any(problem.startswith("boilerplate") for problem in sentence.problems)


@pytest.mark.model
def test_a_sentence_that_restates_the_headline_is_no_true_or_false_statement() -> None:
    from generator import generate
    from questions.question import Kind

    article = (
        "# Harlow Motors cuts 300 jobs at Tamsin plant\n\n"
        "Harlow Motors cut 300 jobs at its Tamsin plant in March 2019.\n\n"
        "The Ostrow council approved a new bus depot for 40 buses in 2018.\n"
    )
    items = generate(article, filename="cuts.md", limit=None, kinds={Kind.TRUE_FALSE})
    sources = {item.source.sentence for item in items if item.source}
    assert "The Ostrow council approved a new bus depot for 40 buses in 2018." in sources
    assert not [source for source in sources if source.startswith("Harlow Motors cut")]


@pytest.mark.model
def test_a_plural_is_never_written_out_as_one_earlier_name() -> None:
    sentence = last_of(
        [
            "The Tamsin States signed a treaty in 2019.",
            "The only two Arab states to have signed treaties with Ostrow criticised the shift in 2020.",
        ],
        published=date(2020, 11, 20),
    )
    assert "Tamsin States" not in statement(sentence)


@pytest.mark.model
def test_the_company_is_the_one_company_the_article_is_about() -> None:
    sentence = last_of(
        [
            "Harlow Motors will cut 300 jobs at its Tamsin plant in 2020.",
            "Harlow Motors has built buses in Ostrow since 1962.",
            "The layoffs are part of an effort by the struggling company to cut costs in 2020.",
        ]
    )
    assert "an effort by Harlow Motors to cut costs" in statement(sentence)
    assert sentence.usable


@pytest.mark.model
@pytest.mark.parametrize(
    ("carriers", "written_out"),
    [("Harlow-based carriers", True), ("Chilean carriers", False)],
)
def test_the_country_is_not_the_topic_where_the_sentence_names_another_people(
    carriers: str, written_out: bool
) -> None:
    sentence = last_of(
        [
            "Peru sent 30 ships to search for the missing jet off Lima in 2014.",
            "Peru asked Chile for help in the search in December 2014.",
            f"Three disasters involving {carriers} in a year have dented confidence in the country's airlines.",
        ]
    )
    assert ("confidence in Peru's airlines" in statement(sentence)) == written_out, statement(sentence)


@pytest.mark.model
@pytest.mark.parametrize(
    ("before", "written_out"),
    [
        ("Peru also won a grant from the World Bank in 2014.", True),
        ("The World Bank will also open talks with Bolivia on a shared port in April 2014.", False),
    ],
)
def test_the_country_is_not_the_topic_just_after_a_sentence_naming_another(
    before: str, written_out: bool
) -> None:
    """ "talks with Croatia in April ... only if the country co-operates": the country just named,
    not the one the article is about."""
    sentence = last_of(
        [
            "Peru sent 30 ships to search for the missing jet off Lima in 2014.",
            "Peru asked its neighbours for help in the search in December 2014.",
            before,
            "The talks will begin only if the country opens its border crossings at Desaguadero by June 2014.",
        ]
    )
    assert ("if Peru opens" in statement(sentence)) == written_out, statement(sentence)


@pytest.mark.model
def test_the_state_is_written_out_when_its_name_went_with_the_attribution() -> None:
    sentence = last_of(
        [
            "Farmers in Nebraska protested a new fuel tax in 2019.",
            "Truckers in Nebraska joined the protest.",
            "The Nebraska Department of Revenue reported that fuel sales in the state fell 4 percent in 2019.",
        ]
    )
    assert statement(sentence) == "Fuel sales in Nebraska fell 4 percent in 2019."


@pytest.mark.model
def test_a_reported_figure_keeps_the_year_the_report_gives_it() -> None:
    dated = "In 2016, the Harlow Department of Health reported that 3.8 percent of teenagers had tried vaping"
    assert statement(sentence_of(dated + ".")) == "In 2016, 3.8 percent of teenagers had tried vaping."
    assert statement(sentence_of(dated + " in 2015.")) == "3.8 percent of teenagers had tried vaping in 2015."


@pytest.mark.model
def test_a_phrase_the_statement_leaves_out_does_not_say_which() -> None:
    earlier = "Harlow Council bought a new ferry in 2019."
    sentence = last_of([earlier, "The ferry, which is the largest in the region, carries 300 cars a day."])
    assert statement(sentence) == "The ferry carries 300 cars a day."
    assert not sentence.usable and "the ferry" in sentence.problems[0]


@pytest.mark.model
def test_the_company_the_sentence_itself_names_first_is_not_vague() -> None:
    earlier = "Harlow Motors reported its results in 2019."
    named = last_of([earlier, "Shares of Harlow Motors fell 4 percent after the company cut its forecast."])
    assert named.usable and not named.leans_on
    alone = last_of([earlier, "Shares fell 4 percent after the company cut its forecast for 2020."])
    assert not alone.usable
    attributed = sentence_of(  # the statement leaves out the attribution that named the agency
        "U.S. Federal Maritime Commission chairman Tomas Orr announced on Jan. 6, 2020 that he will"
        " leave the agency on Jan. 20."
    )
    assert statement(attributed) == "Tomas Orr will leave the agency on Jan. 20, 2020."
    assert any("the agency" in problem for problem in attributed.problems), attributed.problems


@pytest.mark.model
def test_an_unnamed_charity_or_airline_points_back() -> None:
    earlier = "The Harlow Fostering Trust says carers are paid too little."
    for noun in ("charity", "airline", "regulator"):
        sentence = last_of([earlier, f"The {noun} recommends a weekly payment of $108 for a baby in Harlow."])
        assert not sentence.usable, (noun, sentence.problems)


@pytest.mark.model
def test_what_a_share_of_a_poll_said_keeps_its_share() -> None:
    """ "Thirty per cent said the deal showed ..." is a poll's finding: cut to "The deal showed ...",
    an opinion would be told as a fact."""
    for text in (
        "Thirty per cent said the Harlow ferry deal showed Tomas Orr could not be trusted, while 63% disagreed.",
        "Three quarters said Tomas Orr was right to go to court over the Harlow ferry in 2019.",
    ):
        assert statement(sentence_of(text)) == text
    assert statement(sentence_of("Tomas Orr said the Harlow ferry would close in 2019.")) == (
        "The Harlow ferry would close in 2019."
    )


@pytest.mark.model
def test_questions_that_would_open_badly_are_not_made() -> None:
    """No "Of which more than 2,700 were ..." cut from a relative clause the model took for a
    joined one, and no "When helped events ... boost" from a verb it took for an auxiliary."""
    from generator.drafts import _statement
    from generator.wh import wh_question

    relative = sentence_of(
        "The Harlow study was based on 8,000 interviews with businesses, of which more than 2,700 were Tamsin firms."
    )
    assert _statement(relative, phrase(relative, "2,700"), swap=None) == relative.text
    helped = sentence_of("Events such as the Olympics helped boost Harlow Motors' profits in 2004.")
    assert wh_question(helped, phrase(helped, "2004"), place_kind=place_kind) is None
    assert in_situ_question(helped, phrase(helped, "2004"), place_kind=place_kind) == (
        "Events such as the Olympics helped boost Harlow Motors' profits in what year?"
    )


@pytest.mark.model
def test_one_of_many_named_beside_it_is_not_vague() -> None:
    named = sentence_of("One of Britain's largest game makers, Harlow Games, has been put up for sale.")
    assert named.usable, named.problems
    unnamed = sentence_of("One of Britain's largest game makers has been put up for sale in Harlow.")
    assert names_a_problem(unnamed.text, "'One' has no antecedent")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "simplified"),
    [
        (
            "Police said they arrested six people in Harlow on May 4, 2019.",
            "Police arrested six people in Harlow on May 4, 2019.",
        ),
        (
            "Tamsin authorities have said they will seize a farm owned by a Harlow company.",
            "Tamsin authorities will seize a farm owned by a Harlow company.",
        ),
        ("Police said they found the drugs in their car in Harlow in 2019.", None),
        ("The officials of the Harlow port office said they would sell the ferry in 2019.", None),
    ],
)
def test_a_reported_they_is_its_plural_speaker(text: str, simplified: str | None) -> None:
    """ "Police said they arrested ..." is the police's own deed, as "Johnson said he would ..." is
    Johnson's; not where another "their" may mean someone else, nor for a long speaker."""
    sentence = sentence_of(text)
    if simplified is None:
        assert sentence.attributed, statement(sentence)
    else:
        assert statement(sentence) == simplified


@pytest.mark.model
def test_an_amount_with_its_magnitude_written_on_is_an_answer() -> None:
    sentence = sentence_of("Harlow Motors offered more than £3bn for the Tamsin ferry company in 2004.")
    found = [p.span(sentence.span.doc).text for p in answer_phrases(sentence.span, people=frozenset())]
    assert "£3bn" in found, found


FERRY_STORY = [
    "The Harlow Ferry Company has cut its fares on the Tamsin route for the first time since Mayor Elena Varga opened the line.",
    "A single crossing now costs $4, down from $6, and a monthly pass costs $90, the company said in a statement.",
    "Tomas Orr, who has run the company since 2011, said the cut would bring back commuters who had switched to the bus.",
    "The ferry company employs 240 people in Harlow and runs six boats, two of them built at the Harlow yard in 1998.",
]


@pytest.mark.model
def test_the_lede_is_no_true_statement_under_its_headline() -> None:
    """The first sentence tells the headline's news again: its true statement is guessed from the
    headline. The same sentence further down is stated."""
    from generator import generate
    from questions.question import Kind

    def statements(paragraphs: list[str]) -> list[tuple[int, str | bool]]:
        text = "# Commuters win cheaper crossings\n\n" + "\n\n".join(paragraphs)
        made = generate(text, filename="ferry.md", published=date(2019, 11, 20), kinds={Kind.TRUE_FALSE})
        return [(question.source.sentence_index, question.answer) for question in made]

    assert (0, True) not in statements(FERRY_STORY)
    opened = ["Tamsin commuters will pay less to cross the strait from Monday, Dec. 2, 2019.", *FERRY_STORY]
    assert (1, True) in statements(opened)


def test_a_figure_of_a_range_gives_away_the_same_figure_with_its_unit() -> None:
    from generator.selection import _figure_of_a_range

    assert _figure_of_a_range("visitors staying between six and 12 months must have an x-ray.", "six months")
    assert _figure_of_a_range("the plan runs 3 to 5 years", "3 years")
    assert not _figure_of_a_range("visitors staying six weeks must have an x-ray.", "six months")


@pytest.mark.model
def test_a_nationality_does_not_say_which_of_a_trade() -> None:
    earlier = "Tamsin Drinks, a liqueur maker, has agreed to buy 33% of Harlow Wines, the largest wine maker in Harlow."
    maker = last_of(
        [earlier, "The Italian liqueur maker will buy the shares from the Harlow council in 2005."]
    )
    assert not maker.usable, maker.problems
    government = last_of(
        [earlier, "The South Korean government will buy the shares from the Harlow council in 2005."]
    )
    assert government.usable, government.problems


@pytest.mark.model
def test_a_share_keeps_its_percent_sign_and_its_choices_stay_under_the_whole() -> None:
    from generator.distractors import pick_distractors
    from generator.figures import parse_number

    sentence = sentence_of(
        "In July the Harlow ferry's share of crossings dropped to 94.7% and by October stood at 92.9%."
    )
    found = [p.span(sentence.span.doc).text for p in answer_phrases(sentence.span, people=frozenset())]
    assert "94.7%" in found and "92.9%" in found, found
    above = 0
    for seed in range(12):
        choices = pick_distractors("94.7%", "PERCENT", article_candidates=[], seed=seed)
        assert choices is not None
        values = [parse_number(choice).value for choice in choices]  # type: ignore[union-attr]
        assert all(value < 100 for value in values), choices
        above += any(value > Decimal("94.7") for value in values)
    assert above, "some choices above a share near the whole, not all below it"


@pytest.mark.model
def test_no_false_statement_from_the_far_end_of_a_range_or_a_place_another_place_gives() -> None:
    from generator.drafts import _swaps_safely

    night = sentence_of(
        "Between midnight on 31 December and midnight on 1 January, 133m texts were sent in Harlow."
    )
    assert not _swaps_safely(phrase(night, "1 January"), night)
    visit = sentence_of(
        "Before visiting Tamsin, Tomas Orr made a surprise visit to Iraq, where he met leaders in Baghdad."
    )
    assert not _swaps_safely(phrase(visit, "Baghdad"), visit), (
        "'leaders in Aleppo' is false by what everyone knows"
    )
    alone = sentence_of("Tomas Orr met the leaders of the ferry union in Baghdad in May 2019.")
    assert _swaps_safely(phrase(alone, "Baghdad"), alone)


@pytest.mark.model
def test_close_behind_compares_with_an_earlier_sentence() -> None:
    assert names_a_problem(
        "Harlow was close behind, with ferry users almost doubling in 2019.", "close behind"
    )
    assert not names_a_problem(
        "Harlow was close behind Tamsin, with ferry users almost doubling in 2019.", "close behind"
    )


@pytest.mark.model
def test_a_relative_clause_after_the_verb_takes_both_its_commas() -> None:
    lost = sentence_of(
        "The Harlow Hawks lost defenseman Tomas Orr, who sat out the third period, to an injury."
    )
    assert statement(lost) == "The Harlow Hawks lost defenseman Tomas Orr to an injury."
    misparsed = sentence_of(
        "The Thunder lost guard Tomas Orr, who sat out the second half, to a knee injury."
    )
    assert (
        statement(misparsed) == "The Thunder lost guard Tomas Orr to a knee injury."
    )  # "lost" read as a modifier
    opening = sentence_of(
        "To win Harlow, which has voted Labour since 1945, Tomas Orr would need a swing of 12 points."
    )
    assert statement(opening) == "To win Harlow, Tomas Orr would need a swing of 12 points."


@pytest.mark.model
def test_a_page_that_lost_its_commas_still_loses_its_opening_marker() -> None:
    """ "By contrast moderators ..." leans on the sentence before as "By contrast, moderators ..." does."""
    for text in (
        "By contrast moderators on the Harlow site made sure the shared files were of high quality.",
        "By contrast, moderators on the Harlow site made sure the shared files were of high quality.",
    ):
        assert (
            statement(sentence_of(text))
            == "Moderators on the Harlow site made sure the shared files were of high quality."
        )
    kept = "In addition to Tamsin, the Harlow ferry carried 300 cars a day in 2019."
    assert statement(sentence_of(kept)) == kept


@pytest.mark.model
def test_a_joined_clause_keeps_the_time_the_sentence_opens_with() -> None:
    from generator.drafts import _statement

    opened = sentence_of(
        "Back in 1994, the Harlow site had only just launched, most websites were text based and Tamsin Books had yet to appear."
    )
    assert _statement(opened, phrase(opened, "Tamsin Books"), swap=None) == opened.text
    own = sentence_of("Harlow Motors raised its fares in 2019, and Tamsin Rail cut 300 jobs.")
    assert _statement(own, phrase(own, "300"), swap=None) == "Tamsin Rail cut 300 jobs."


@pytest.mark.model
def test_two_companies_named_as_often_leave_the_company_vague() -> None:
    sentence = last_of(
        [
            "Harlow Motors and Ostrow Rail will cut 300 jobs in 2020.",
            "Harlow Motors and Ostrow Rail have built buses since 1962.",
            "The layoffs are part of an effort by the company to cut costs in 2020.",
        ]
    )
    assert "the company" in statement(sentence) and not sentence.usable


@pytest.mark.model
def test_a_company_named_not_much_more_often_than_another_is_not_the_company() -> None:
    sentence = last_of(
        [
            "Harlow Motors and Ostrow Rail will cut 300 jobs in 2020.",
            "Harlow Motors and Ostrow Rail have built buses since 1962.",
            "Harlow Motors said its sales fell 4 percent in 2019.",
            "The layoffs are part of an effort by the company to cut costs in 2020.",
        ]
    )
    assert "the company" in statement(sentence) and not sentence.usable


def test_a_statement_whose_last_phrase_went_ends_with_a_full_stop() -> None:
    from generator.wording import tidy

    assert (
        tidy("NASA was adding five companies to a contract,")
        == "NASA was adding five companies to a contract."
    )


@pytest.mark.parametrize(
    ("text", "tidied"),
    [
        ("Harlow police have detained 160 suspects but.", "Harlow police have detained 160 suspects."),
        (
            "Harlow police have detained how many suspects, and?",
            "Harlow police have detained how many suspects?",
        ),
        (
            "Harlow police have detained suspects in Tamsin and Aldren.",
            "Harlow police have detained suspects in Tamsin and Aldren.",
        ),
    ],
)
def test_a_conjunction_whose_clause_went_goes_with_it(text: str, tidied: str) -> None:
    from generator.wording import tidy

    assert tidy(text) == tidied


@pytest.mark.parametrize(
    ("text", "tidied"),
    [
        (
            "How much did Tidewell raise to expand across the U.S?",
            "How much did Tidewell raise to expand across the U.S.?",
        ),
        ("Who owns Harlow Ferries Inc.?", "Who owns Harlow Ferries Inc.?"),
        ("How many ferries sank in 2019.?", "How many ferries sank in 2019?"),
        (
            "Varga won the backing of Sen. Tomas Orr, D-Mass..",
            "Varga won the backing of Sen. Tomas Orr, D-Mass.",
        ),
        ("Varga paused before she answered...", "Varga paused before she answered..."),
    ],
)
def test_a_question_ending_on_an_abbreviation_keeps_its_full_stop(text: str, tidied: str) -> None:
    from generator.wording import tidy

    assert tidy(text) == tidied


NOTE_ARTICLE = [
    "Harlow Motors cut 300 jobs at its Tamsin plant in March 2019.",
    "The company had built buses for the Ostrow council since 1998.",
    "Workers at the Tamsin plant voted to strike in April.",
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("closing", "note"),
    [
        ("Marta Kovacs is the marketing strategist who founded and runs BrightLedger.com.", True),
        ("Pieter Osei is director of marketing for Straight Line, an agency in the Ostrow area.", True),
        ("Harlow is the largest employer in the Tamsin valley.", False),  # the article's own subject
    ],
)
def test_a_note_on_the_writer_at_the_foot_of_the_page_is_furniture(closing: str, note: bool) -> None:
    sentence = last_of([*NOTE_ARTICLE, closing])
    assert any("note on the writer" in problem for problem in sentence.problems) == note, sentence.problems


@pytest.mark.model
def test_a_columnist_named_at_the_top_and_noted_at_the_foot_is_the_page_s() -> None:
    standfirst = "Buses are a central part of daily life in Harlow, argues transport analyst Pieter Osei."
    closing = "Pieter Osei is a regular commentator on the Ostrow radio programme Go Local."
    sentence = last_of([standfirst, *NOTE_ARTICLE, closing])
    assert any("note on the writer" in problem for problem in sentence.problems), sentence.problems


@pytest.mark.model
def test_a_writer_s_note_is_furniture_wherever_it_stands() -> None:
    """ "Frank Bodani is a writer for the York Daily Record", with his address, a box of figures
    after it and his name on a pick in the box."""
    box = ["Harlow at a glance: founded 1901.", "Osei's pick: Harlow 27, Tamsin 13.", "Last final: 2015."]
    written = "Pieter Osei is a writer for the Ostrow Daily Record. He may be reached at posei@odr.com."
    note = read_sentences(list(parse([*NOTE_ARTICLE, written, *box])), full_names={})[len(NOTE_ARTICLE)]
    assert any("note on the writer" in problem for problem in note.problems), note.problems
    news = "Pieter Osei is a writer for the Ostrow Daily Record, whose editor resigned in 2019."
    story = read_sentences(list(parse([*NOTE_ARTICLE, news, *box])), full_names={})[len(NOTE_ARTICLE)]
    assert not any("note on the writer" in problem for problem in story.problems), story.problems


@pytest.mark.model
def test_a_person_named_only_at_the_top_of_a_short_article_is_no_writer() -> None:
    first = read_sentences(
        list(parse(["Marta Kovacs is the mayor of Ostrow, a town of 9,000 people.", *NOTE_ARTICLE])),
        full_names={},
    )[0]
    assert not any("note on the writer" in problem for problem in first.problems)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "Testing can raise sales by up to 25% ~ Up to 50% higher order values ~ Better offers.",
            "list run together",
        ),
        (
            "Ostrow Daily is a daily newsletter from the Ostrow Post that delivers the top local news.",
            "boilerplate",
        ),
    ],
)
def test_promotions_and_lists_run_together_are_not_statements(text: str, problem: str) -> None:
    problems = sentence_of(text).problems
    assert any(problem in found for found in problems), problems


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("On a side note, the mayor of Ostrow rides 20 kilometres to work every day.", "On a side note ,"),
        (
            "Nonetheless, most towns in the Ostrow valley should gain from cheaper fuel in 2020.",
            "Nonetheless ,",
        ),
        ("In the meantime, Varga must finish 40 paintings for a Harlow show in 2019.", "In the meantime ,"),
        ("Harlow's bridge, though, still needs $40 million from the state in 2020.", ", though ,"),
        ("Harlow Motors is still selling 300 buses a year to Tamsin, though.", ", though"),
        ("Anyway, the Harlow bridge could open in 2020 at no extra cost.", "Anyway ,"),
        ("The Harlow documentary, in particular, drew 3 million viewers in 2019.", ", in particular ,"),
        ("Specifically, the Harlow ferry's fares fell to $4 in April 2020.", "Specifically ,"),
        ("On the one hand, Harlow closed fewer ferry lines than Tamsin in 2019.", "On the one hand ,"),
    ],
)
def test_an_opening_that_leans_on_the_sentence_before_is_dropped(text: str, marker: str) -> None:
    sentence = sentence_of(text)
    assert " ".join(sentence.span.doc[i].text for i in sorted(sentence.dropped)) == marker


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "answer", "ruled_out"),
    [
        # "for the sixth time in how many games?": an ordinal is no figure of the count's kind
        ("The Harlow Hawks won for the sixth time in eight games.", "eight", "< 6"),
    ],
)
def test_a_figure_the_model_missed_still_bounds_the_choices(text: str, answer: str, ruled_out: str) -> None:
    from generator.drafts import choice_drafts, drafts_for
    from generator.figures import parse_number
    from questions.question import Kind

    sentence = sentence_of(text)
    drafts = drafts_for(sentence, phrase(sentence, answer))
    made = [draft for draft in choice_drafts(drafts, article_candidates=[], kinds={Kind.MCQ})]
    assert [draft.kind for draft in made] == [Kind.MCQ]
    values = [parse_number(choice).value for choice in made[0].choices]  # type: ignore[union-attr]
    side, bound = ruled_out.split()
    assert not any(value < int(bound) if side == "<" else value > int(bound) for value in values), values


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("The Harlow drill spins about five times faster then the first model from 2012.", True),
        ("The Harlow bus was cheaper then than it is now in 2019.", False),
        ("Harlow grew bigger then shrank in 2019.", False),
    ],
)
def test_then_for_than_after_a_comparative_is_a_slip_of_the_page(text: str, slip: bool) -> None:
    assert names_a_problem(text, "for 'than'") == slip, sentence_of(text).problems


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("Harlow ministers had hoped to get £900m from the fund but in the end was granted £401m.", True),
        ("Harlow ministers had hoped to get £900m from the fund but in the end were granted £401m.", False),
        ("Harlow ministers had hoped to get £900m, but the city was granted £401m in the end.", False),
        ("The data from Harlow was collected in May and is now published online.", False),
    ],
)
def test_a_plural_subject_whose_second_verb_is_singular_is_a_slip_of_the_page(text: str, slip: bool) -> None:
    assert names_a_problem(text, "plural subject takes") == slip, sentence_of(text).problems


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("In March 12 people who ran a fake ticket site in Harlow were jailed for 20 years.", True),
        ("On March 12 people who ran a fake ticket site in Harlow were jailed for 20 years.", False),
        ("In March, 12 people who ran a fake ticket site in Harlow were jailed for 20 years.", False),
        ("In March 2019 the people who ran a fake ticket site in Harlow were jailed.", False),
    ],
)
def test_a_month_run_into_a_count_is_a_slip_of_the_page(text: str, slip: bool) -> None:
    """ "In January 25 people ... were jailed" reads as the date January 25 in an item."""
    assert names_a_problem(text, "comma after its month") == slip, sentence_of(text).problems


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("Varga, Orr and Berg all has chances to score Harlow's third goal in 2008.", True),
        ("Varga and Orr both has signed a trade deal with Harlow in 2019.", True),
        ("Varga, Orr and Berg have signed a trade deal with Harlow in 2019.", False),
        ("Marks and Spencer has opened 12 new Harlow stores in 2019.", False),
        ("Varga, who joined Orr and Berg in 2019, has signed a trade deal with Harlow.", False),
    ],
)
def test_names_joined_by_and_with_a_verb_in_the_singular_is_a_slip_of_the_page(text: str, slip: bool) -> None:
    assert names_a_problem(text, "names joined by 'and'") == slip, sentence_of(text).problems


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("LB Ilse Varga 74 100% 7 tackles, 3 assists (10 combined).", "row of a table"),
        ("Updated 7 days a week, 365 days a year.", "row of a table"),
        ("Spot gold XAU= added 0.1% to $1,472.19 an ounce.", "ticker code"),
        ("Copper CMCU3 rose 0.86% to $5,880.00 a tonne in Harlow trading.", "ticker code"),
        ("Harlow Chicken Bowl [1 cup rice, 8 oz. cooked chicken, 1 tsp.", "bracket opened"),
        ("Harlow Insight®, the firm's patented algorithm, serves 300 publishers.", "trademark"),
        ("Ostrow Books is taking up to $250 off with promo code HARLOW until Friday.", "boilerplate"),
        ("This Harlow game was reviewed using a copy supplied by Ostrow Games.", "boilerplate"),
        ("Summary Food and mood journals can help 40 patients a week in Harlow.", "label run into"),
        (
            "It is out on PC. HARLOW RALLY DS The UK launch of the Nintendo DS is set for March.",
            "label run into",
        ),
        ("The #Harlow highest-graded player on defense vs. #Ostrow was Ilse Varga.", "hashtag"),
        (
            "An extremely small Harlow computer that is designed to bring the internet to the masses.",
            "no verb",
        ),
    ],
)
def test_table_rows_tickers_and_promotions_are_not_statements(text: str, problem: str) -> None:
    problems = sentence_of(text).problems
    assert any(problem in found for found in problems), problems


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The 2021 RAV4 Prime will go 39 miles on battery power alone in Harlow.",
        "Harlow Air spent $30 million on 2 new planes in 2019.",
    ],
)
def test_model_names_and_sentences_with_figures_stay_statements(text: str) -> None:
    assert sentence_of(text).usable, sentence_of(text).problems


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("Neither of these are as demanding as the Harlow ferry crossing in 2019.", True),
        ("Apple finally delivered all of that with the new Harlow earbuds in 2019.", True),
        ("Ilse Varga has no memory of the photograph of the Harlow ferry, either.", True),
        ("Not long after that, Ilse Varga bought a house in Nashville in 2005.", True),
        ("To combat this, the Punjab government in 2009 enacted the Subsoil Water Act.", True),
        ("Two of the 40 buses broke down on the Harlow ring road in 2019.", False),
        ("Ilse Varga missed two free throws moments later to keep the Harlow team in it.", True),
        ("The day before, Ostrow scored the winner in the first half at Harlow.", True),
        ("Typing on the 2016 Harlow laptop brought that up to about 43 decibels.", True),
        ("The two became romantically involved in 1993 in Harlow.", True),
        ("The report that the Harlow council gave in 2019 ran to 2 pages.", False),
    ],
)
def test_a_share_of_what_came_before_is_vague(text: str, vague: bool) -> None:
    problems = sentence_of(text).problems
    assert any(problem.startswith("vague") for problem in problems) == vague, problems


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Now that the Harlow trial has ended, prosecutors released the video in 2019.", "Now that the"),
        ("As such, the Harlow ferry is the only boat that carries 300 cars in 2019.", "The Harlow ferry"),
    ],
)
def test_a_leading_word_that_opens_a_clause_stays(text: str, written: str) -> None:
    assert statement(sentence_of(text)).startswith(written), statement(sentence_of(text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "An agreeable, funny woman in her 80s, Jane Starner lives in a retirement home in Harlow.",
        "The Harlow novel stars a character ashamed of his own wish to fly in 1999.",
        "Denzel Ward is still waiting for his first interception of the year in Harlow.",
        "A Tamsin government minister and his bodyguards stormed a Harlow television station in 2007.",
    ],
)
def test_a_pronoun_whose_person_is_in_the_sentence_is_not_written_out(text: str) -> None:
    sentence = last_of(["Tomas Orr won the Harlow prize in 2019.", "Tomas Orr thanked the jury.", text])
    assert sentence.usable and not sentence.replacements, (sentence.problems, sentence.replacements)


@pytest.mark.model
def test_a_news_agency_is_never_the_company_an_article_is_about() -> None:
    sentence = last_of(
        [
            "Alibaba will raise up to $12.9 billion in Hong Kong, Reuters reported.",
            "Reuters said the listing would be priced on Tuesday, citing Reuters sources and Reuters data.",
            "The company's decision to list in Hong Kong is seen as a vote of confidence in 2019.",
        ]
    )
    assert "Reuters" not in statement(sentence), statement(sentence)


@pytest.mark.model
@pytest.mark.parametrize(
    ("headline", "written_out"),
    [("Harlow Telecom shows off a TV app", False), ("Tamsin TV reaches 3 million homes", True)],
)
def test_the_company_is_one_the_headline_names(headline: str, written_out: bool) -> None:
    """Named most, "Tamsin TV" (Harlow Telecom's service, the model's organisation) had become "the
    company" in an article whose headline names Harlow Telecom."""
    texts = [
        "Harlow Telecom showed its Tamsin TV service on a tablet in 2010.",
        "Tamsin TV streams 80 channels, and Tamsin TV costs $5 a month.",
        "Tamsin TV now reaches 3.2 million homes in Ostrow.",
        "The company is negotiating with Ostrow cable providers in 2010.",
    ]
    sentence = read_sentences(
        list(parse(texts)), full_names={}, published=date(2010, 8, 1), headline=headline
    )[-1]
    assert statement(sentence).startswith("Tamsin TV") == written_out, statement(sentence)


@pytest.mark.model
def test_a_noun_and_its_that_clause_alone_are_no_statement() -> None:
    problems = sentence_of("And the fact that Varga had moved house six times in three years.").problems
    assert any("a noun and its clause" in problem for problem in problems), problems
    whole = sentence_of("The news that Harlow Motors would cut 300 jobs came in 2019.").problems
    assert not any("a noun and its clause" in problem for problem in whole), whole


@pytest.mark.model
def test_a_product_written_with_a_small_first_letter_is_never_the_company() -> None:
    """The model takes "iPad" for an organisation; named most, it had become "the company"."""
    sentence = last_of(
        [
            "Harlow Telecom released a TV app for the iPad in 2010.",
            "The iPad app streams 80 channels, and the iPad version of the guide is free.",
            "Owners of an iPad can also record shows, the iPad maker said in 2010.",
            "The company now has 3.8 million customers for its Tamsin TV service.",
        ]
    )
    assert "iPad" not in statement(sentence) and "IPad" not in statement(sentence), statement(sentence)


def test_a_word_opening_with_a_full_stop_keeps_the_space_before_it() -> None:
    """A domain name (".jobs") opens with its full stop: no "for.jobs"."""
    from generator.wording import tidy

    assert tidy("Bids for .jobs and .travel were approved .") == "Bids for .jobs and .travel were approved."


def test_a_name_written_with_a_small_first_letter_keeps_it_at_the_start_of_a_statement() -> None:
    from generator.wording import tidy

    assert tidy("iPad sales rose 5 percent in 2019.") == "iPad sales rose 5 percent in 2019."
    assert (
        tidy("elmo666 is the other user testing the drug.") == "elmo666 is the other user testing the drug."
    )
    assert tidy("sales rose 5 percent in 2019.") == "Sales rose 5 percent in 2019."


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "answer", "reason"),
    [
        ("A further 17 Harlow makers had plants ranging from 30-600 MW in 2019.", "MW", "a unit"),
        ("The Ostrow plan aims to cut the price of solar power to $0.03/kWh by 2030.", "$0.03", "its unit"),
    ],
)
def test_a_unit_is_no_name_and_a_figure_glued_to_its_unit_is_not_asked(
    text: str, answer: str, reason: str
) -> None:
    from generator.worthiness import rejection

    sentence = sentence_of(text)
    assert reason in str(rejection(sentence, phrase(sentence, answer), headline_words=set()))


@pytest.mark.model
def test_a_sentence_opening_with_nor_leans_on_the_one_before() -> None:
    problems = sentence_of(
        "Nor does the Harlow council see the ferry as a simple matter of cost in 2019."
    ).problems
    assert any("'Nor'" in problem for problem in problems), problems


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "answer", "asked"),
    [
        (
            "The Harlow Civil Liberties Union has listed 76 police forces sent to the ferry protests in 2019.",
            "Harlow Civil Liberties Union",
            None,
        ),
        (
            "Tamsin Lines is still waiting for its first ferry licence from the Harlow council in 2019.",
            "Tamsin Lines",
            None,
        ),
        (
            "The Harlow Ferry Company has listed 76 police forces sent to the ferry protests in 2019.",
            "Harlow Ferry Company",
            "Which company",
        ),
    ],
)
def test_a_name_s_last_word_says_what_it_names_only_where_it_has_one_sense(
    text: str, answer: str, asked: str | None
) -> None:
    """A "Union" may be a bloc or a rights group as well as a trade union, and a name with no such
    word says no kind at all: neither is asked by "Which organisation"."""
    from generator.wh import wh_question

    sentence = sentence_of(text)
    assert phrase(sentence, answer).label == "ORG"
    question = wh_question(sentence, phrase(sentence, answer), place_kind=place_kind)
    if asked is None:
        assert question is None
    else:
        assert question is not None and question.startswith(asked + " "), question


@pytest.mark.model
@pytest.mark.parametrize(
    ("before", "written"),
    [
        ("Harlow Council owns the Gull Star, a ferry built in Ostrow in 1998.", "the Gull Star"),
        ("Harlow Council owns the Gull Star, which is a ferry built in Ostrow in 1998.", "the Gull Star"),
        ("The Gull Star was a ferry built in Ostrow in 1998.", None),
        ("Harlow Council runs a fast ferry (the Gull Star) to Ostrow.", None),
    ],
)
def test_a_plain_the_x_is_the_name_an_earlier_sentence_says_is_an_x(before: str, written: str | None) -> None:
    """What a name is ("X, a ferry", "X, which is a ferry") names a later "the ferry"; what it
    was, or a name in brackets, does not."""
    sentence = last_of([before, "The council sold the ferry to Tamsin Lines in 2019."])
    if written is None:
        assert "ferry" in statement(sentence) and not sentence.usable, sentence.replacements
    else:
        assert statement(sentence) == f"Harlow Council sold {written} to Tamsin Lines in 2019."
        assert sentence.usable, sentence.problems


@pytest.mark.model
@pytest.mark.parametrize(
    ("headline", "before", "written"),
    [
        ("", "Chancellor Tomas Orr opened the Harlow budget debate in 2019.", "Tomas Orr"),
        ("", "Tomas Orr, the chancellor, opened the Harlow budget debate in 2019.", "Tomas Orr"),
        ("", "Shadow chancellor Lena Berg attacked the Harlow budget in 2019.", None),  # another title
        ("", "Chancellor Tomas Orr met shadow chancellor Lena Berg.", "Tomas Orr"),
        (
            "Chancellor rallies Harlow voters",
            "Tomas Orr has issued a rallying cry to Harlow voters.",
            "Tomas Orr",
        ),
        ("Chancellor rallies Harlow voters", "Harlow voters heard a rallying cry from Tomas Orr.", None),
    ],
)
def test_the_title_is_the_one_person_given_it_before(headline: str, before: str, written: str | None) -> None:
    """By a title before the name or set off after it, or by the headline's opening title when the
    lede's subject is a person; "the chancellor" is not the shadow chancellor."""
    later = "The chancellor promised a new ferry for Tamsin in 2020."
    sentence = read_sentences(list(parse([before, later])), full_names={}, published=None, headline=headline)[
        -1
    ]
    if written is None:
        assert statement(sentence) == later and not sentence.usable, sentence.replacements
    else:
        assert statement(sentence) == f"{written} promised a new ferry for Tamsin in 2020.", sentence.problems
        assert sentence.usable, sentence.problems


@pytest.mark.model
def test_a_title_taken_up_names_its_person_for_a_later_pronoun() -> None:
    sentence = last_of(
        [
            "Chancellor Tomas Orr opened the Harlow budget debate in 2019.",
            "The Harlow budget was cut by 5 percent in 2019.",
            "Tamsin Lines ran the ferry to Ostrow in 2019.",
            "The chancellor promised a new ferry for Tamsin.",  # Orr's last mention in reach
            "He opened a new bridge in Tamsin in 2020.",
        ]
    )
    assert statement(sentence) == "Tomas Orr opened a new bridge in Tamsin in 2020.", sentence.problems


@pytest.mark.model
@pytest.mark.parametrize(
    "before",
    [
        "The layoffs were first reported by The Quiet Deal on Monday.",
        "The plan was first reported by The Harlow Deal in May.",
    ],
)
def test_a_title_is_no_name_for_a_later_the_x(before: str) -> None:
    sentence = last_of([before, "Harlow Council signed the deal with Tamsin Lines in 2019."])
    assert statement(sentence) == "Harlow Council signed the deal with Tamsin Lines in 2019."
    assert not sentence.usable


@pytest.mark.model
def test_a_sentence_on_the_byline_s_writer_is_the_page_s_not_the_news() -> None:
    from generator.analysis import parse
    from generator.sentences import read_sentences

    docs = list(
        parse(
            [
                "Harlow Ferries raised its fares by 5 percent in 2019.",
                "Marta Quell owns shares of Harlow Ferries.",
            ]
        )
    )
    by_the_writer = read_sentences(docs, full_names={}, writers=["Marta Quell"])
    assert by_the_writer[0].usable
    assert any("note on the writer" in problem for problem in by_the_writer[1].problems)
    by_another = read_sentences(docs, full_names={}, writers=["Tomas Lind"])
    assert not any("note on the writer" in problem for problem in by_another[1].problems)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("The Harlow ferry is an excellent way to cross the lake in 2019.", True),
        ("The Gull Star is the ideal ferry for the short Harlow crossing.", True),
        ("Tamsin Lines is best known for building the Harlow ferry in 2019.", False),
        ("The Harlow ferry was the largest boat on the lake in 2019.", False),
        ("The Harlow ferry is a good deal cheaper than the bridge toll of $9.", False),
        ("Sadly, the old Harlow ferry will stop running at the end of 2019.", True),
        ("Varga suffered what is hopefully her last defeat in the Harlow vote of 2019.", True),
        ("Perhaps surprisingly, Harlow's ferry fares fell by 4 percent in 2019.", True),
        ("Tomas Orr continues to look impressive on his new Harlow bike in 2019.", True),
        ("Tomas Orr continues to look for a new Harlow bike in 2019.", False),
    ],
)
def test_a_judgement_or_the_writer_s_feeling_is_an_opinion_not_a_fact(text: str, judged: bool) -> None:
    problems = sentence_of(text).problems
    assert any(problem.startswith("an opinion") for problem in problems) == judged, problems


@pytest.mark.model
def test_a_figure_the_model_ran_into_the_noun_before_it_is_asked_alone() -> None:
    text = "The inspectors found that Harlow ferry crews wrongly removed their protective gear 90 percent of the time."
    sentence = sentence_of(text)
    assert any(entity.text == "gear 90 percent" for entity in sentence.span.ents), "the case to test"
    assert phrase(sentence, "90 percent").label == "PERCENT"


@pytest.mark.model
def test_no_when_question_where_a_when_clause_tells_when() -> None:
    from generator.wh import wh_question

    clause = sentence_of("Elena Varga will leave the Harlow council on Jan. 20, 2020 when her term ends.")
    assert wh_question(clause, phrase(clause, "Jan. 20, 2020"), place_kind=place_kind) is None
    plain = sentence_of("Elena Varga will leave the Harlow council on Jan. 20, 2020 after her term ends.")
    assert wh_question(plain, phrase(plain, "Jan. 20, 2020"), place_kind=place_kind) is not None


@pytest.mark.model
def test_no_when_question_over_a_be_that_names_its_subject() -> None:
    """ "The first woman to be named … was Anne Armstrong in 1973" had asked "When was the first
    woman to be named … Anne Armstrong?"; the parse that makes it is the model's whim, so the
    test holds the rule, and that a "be" with a description still gets its "When"."""
    from generator.wh import _identity, wh_question

    named = sentence_of("The first keeper of the Harlow lighthouse was Elena Varga in 1973.")
    assert _identity(named.root)
    described = sentence_of("Harlow was the home port of the Gull Star in 1973.")
    assert not _identity(described.root)
    assert wh_question(described, phrase(described, "1973"), place_kind=place_kind) == (
        "When was Harlow the home port of the Gull Star?"
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("Tomas Orr wrote a long letter to them about the Harlow summit in 2019.", True),
        ("Tomas Orr quit his post in 2019 after they cut his pay by half.", True),
        ("The Harlow council sent letters to 300 tenants telling them the rent would rise in 2019.", False),
        ("Marta Quell met Tomas Orr in Harlow in 2019 after they had both left the party.", False),
        ("In addition to their 12 wins in 2019, the Harlow Hawks have a new coach.", False),
        (
            "A year after opening Harlow Print, and knowing each of their first 100 clients by name, Tomas"
            " and Marta Orr are now closing in on their 1,000th customer.",
            False,
        ),
    ],
)
def test_they_or_them_needs_a_plural_or_two_names_in_the_sentence(text: str, vague: bool) -> None:
    """One person named before "them" is no antecedent for it: it points to an earlier sentence."""
    assert names_a_problem(text, "points outside the sentence") == vague, sentence_of(text).problems


@pytest.mark.model
def test_an_unnamed_the_x_subject_of_a_joined_clause_is_never_stated() -> None:
    """An item may be cut to the joined clause ("the committee decided ..."), whose "the X" is
    then the statement's subject."""
    joined = sentence_of(
        "Tomas Orr had the power to close the port, but the committee decided to wait in 2019."
    )
    assert joined.unnamed_subject, joined
    named = sentence_of(
        "Tomas Orr had the power to close the port, but the Harlow council decided to wait in 2019."
    )
    assert not named.unnamed_subject, named


def shows_harlow(sentence: Sentence) -> bool:
    """Whether an item about the sentence's "Harlow" may be asked: the sentence stands alone and
    the statement that item shows holds nothing vague."""
    harlow = next(token.i for token in sentence.span if token.text == "Harlow")
    return (
        sentence.usable and simplified_tokens(sentence, AnswerPhrase(harlow, harlow + 1, "GPE")) is not None
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("Tomas Orr recently sold his stake in the Harlow ferry company.", True),
        ("The current Harlow council has seven members from three parties.", True),
        ("The Harlow ferry company will soon add a second boat to the route.", True),
        ("Last winter, the Harlow ferry company added a second boat to the route.", True),
        ("The Harlow ferry right now carries 300 cars a day across the bay.", True),
        ("Harlow has reported over 4,000 cases of the ferry flu so far, with 12 deaths.", True),
        ("For now, running the Harlow ferry costs the council $2 million a year.", True),
        (
            "Before now the Harlow council has left the ferry route to private firms such as Tamsin Lines.",
            True,
        ),
        ("At the moment the Harlow ferry is enjoying the benefits of a new timetable.", True),
        ("Tomas Orr is currently touring Harlow after a week of questions about the ferry.", True),
        ("Tomas Orr is presently the owner of the Harlow ferry company.", True),
        ("Tomas Orr is currently touring Harlow, in March 2019, to sell the ferry.", False),
        ("The Harlow ferry company recently added a second boat, in March 2019.", False),
        ("As soon as the strike ended, the Harlow ferry company added a second boat.", False),
        ("In the winter of 2019, the Harlow ferry company added a second boat.", False),
    ],
)
def test_a_word_placing_the_fact_against_the_day_of_writing_is_vague(text: str, vague: bool) -> None:
    sentence = sentence_of(text)
    assert shows_harlow(sentence) != vague, (sentence.problems, sentence.located)


@pytest.mark.model
def test_a_word_of_the_day_of_writing_leaves_the_other_clause_askable() -> None:
    """ "Right now" in one clause of a compound sentence makes that clause vague, not the other."""
    sentence = sentence_of(
        "Right now, the ferry only runs on weekdays in summer, and the Harlow council has refused to"
        " fund a second boat for the 2020 season."
    )
    assert shows_harlow(sentence), (sentence.problems, sentence.located)
    weekdays = next(token.i for token in sentence.span if token.text == "weekdays")
    assert simplified_tokens(sentence, AnswerPhrase(weekdays, weekdays + 1, "DATE")) is None


@pytest.mark.model
def test_a_paragraph_cut_after_a_set_off_marker_loses_the_marker_and_its_commas() -> None:
    """A page's paragraph may end on ", however," with nothing after it."""
    cut = sentence_of("Tomas Orr sold the Harlow ferry company in 2019, however,")
    assert statement(cut) == "Tomas Orr sold the Harlow ferry company in 2019", statement(cut)


@pytest.mark.model
def test_a_false_statement_is_not_chosen_beside_a_prompt_that_prints_what_it_swapped_out() -> None:
    from generator.selection import Selection
    from questions.question import Kind

    told = sentence_of("Harlow Rail took in close to $10 billion in fares in 2019, its annual report said.")
    stated = Draft(Kind.TRUE_FALSE, told.text, True, told, phrase(told, "2019"))
    again = sentence_of("In all, Harlow Rail is a $10 billion business with 300 stations.")
    swapped = Draft(
        Kind.TRUE_FALSE,
        "In all, Harlow Rail is a $14 billion business with 300 stations.",
        False,
        again,
        phrase(again, "$10 billion"),
    )
    opened = sentence_of("Harlow Rail opened its three hundredth station on the coast in 2019.")
    kept = Draft(Kind.TRUE_FALSE, opened.text, True, opened, phrase(opened, "2019"))
    selection = Selection(limit=10, kinds=set(Kind))
    selection.chosen.append((stated, 0.0))
    assert selection._leaks(swapped), "the other prompt's $10 billion shows the statement false"
    assert not selection._leaks(kept), "a true statement shows its 2019 itself"


@pytest.mark.model
def test_a_true_statement_of_an_amount_another_prompt_prints_is_not_chosen() -> None:
    from generator.selection import Selection
    from questions.question import Kind

    told = sentence_of("Harlow Rail took in close to $10 billion in fares in 2019, its annual report said.")
    asked = Draft(
        Kind.CLOZE,
        "Harlow Rail took in close to $10 billion in fares in _____.",
        "2019",
        told,
        phrase(told, "2019"),
    )
    again = sentence_of("In all, Harlow Rail is a $10 billion business with 300 stations.")
    stated = Draft(Kind.TRUE_FALSE, again.text, True, again, phrase(again, "300"))
    selection = Selection(limit=10, kinds=set(Kind))
    selection.chosen.append((asked, 0.0))
    assert selection._leaks(stated), "the $10 billion business is the same fact as the $10 billion in fares"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "answer", "asked"),
    [
        (
            "The Harlow ferry trust raised over $100,000 from local donors in the spring of 2019.",
            "$100,000",
            "raised over how much from",
        ),
        (
            "The Harlow ferry trust raised about $100,000 from local donors in the spring of 2019.",
            "$100,000",
            "raised how much from",
        ),
        (
            "The Harlow ferry carried more than 4,000 passengers across the bay in July 2019.",
            "4,000",
            "carried more than how many passengers",
        ),
    ],
)
def test_a_bound_before_a_figure_stays_in_the_question_and_an_approximation_goes(
    text: str, answer: str, asked: str
) -> None:
    """ "over $100,000" answers "over how much?": "how much?" would take a threshold for the amount."""
    sentence = sentence_of(text)
    question = in_situ_question(sentence, phrase(sentence, answer), place_kind=place_kind)
    assert question is not None and asked in question, question


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("Ferry fares in Harlow rose by 4 percent during the same quarter of 2019.", True),
        ("Tomas Orr wants to do the same at his Harlow boatyard in 2020.", True),
        ("Harlow paid the same price for its ferry in 2019 as Tamsin paid for two.", False),
        ("The Harlow council repeated in 2019 the same promise that it had broken in 2015.", False),
        (
            "The Harlow ferry has a better engine than the Tamsin ferry, but it has the same number of"
            " seats and the same crew.",
            False,
        ),
    ],
)
def test_the_same_with_no_as_or_clause_to_say_which_is_vague(text: str, vague: bool) -> None:
    assert names_a_problem(text, "the same") == vague, sentence_of(text).problems


@pytest.mark.model
def test_a_word_of_praise_anywhere_keeps_the_statement_from_true_or_false() -> None:
    from generator.drafts import choice_drafts, drafts_for
    from questions.question import Kind

    praised = sentence_of("Tomas Orr did an amazing job steering the Harlow ferry through the 2019 storms.")
    assert praised.usable and praised.judging == "amazing", praised
    respectable = sentence_of("Elena Varga posted a respectable time at the Harlow rally in 2019.")
    assert respectable.judging == "respectable", respectable
    drafts = drafts_for(praised, phrase(praised, "2019"))
    assert drafts and not choice_drafts(drafts, article_candidates=[], kinds={Kind.TRUE_FALSE})
    for text in (
        "The Harlow ferry became the most valuable boat on the bay in 2019.",
        "In a stunning move, the Harlow council sold its ferry in March 2019.",
    ):
        assert sentence_of(text).judging is None, text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("3) The Harlow council raised fares by 12 percent in 2019.", "The Harlow council raised fares"),
        ("2. The Harlow council raised fares by 12 percent in 2019.", "The Harlow council raised fares"),
        ("12 ferries sailed from Harlow to Tamsin in the spring of 2019.", "12 ferries sailed"),
    ],
)
def test_the_number_of_a_list_s_item_is_no_word_of_its_statement(text: str, kept: str) -> None:
    assert statement(sentence_of(text)).startswith(kept), statement(sentence_of(text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("More than half returned to the Harlow ferry service within nine months.", True),
        ("About a third were working on the Tamsin crossing by the end of 2022.", True),
        ("The majority voted to keep the Harlow ferry running until 2030.", True),
        ("Half of the Harlow ferry crews had worked on the boats for ten years.", False),
        ("Two-thirds of the passengers in the Harlow survey travel every day.", False),
    ],
)
def test_a_share_standing_alone_as_the_subject_counts_what_an_earlier_sentence_names(
    text: str, vague: bool
) -> None:
    assert names_a_problem(text, "counts among people or things an earlier sentence names") is vague


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("Mayor Elena Varga pointed to the Harlow ferry as an example in March 2020.", True),
        ("Mayor Elena Varga set an example for other towns on the Tamsin coast in 2020.", False),
        ("The Harlow ferry is an example of Victorian engineering on the Tamsin coast.", False),
        ("For example, the Harlow ferry carried 40,000 passengers in March 2020.", False),
    ],
)
def test_an_example_of_nothing_the_sentence_says_is_vague(text: str, vague: bool) -> None:
    assert names_a_problem(text, "of what, only an earlier sentence tells") is vague


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Two years after the Tamsin flood, the last missing boat has been found: the ferry Polaris"
            " was raised from the harbour floor on May 16, 2020.",
            "The ferry Polaris was raised from the harbour floor on May 16, 2020.",
        ),
        (
            "The council made its choice on Monday: the Harlow ferry will stop running in June 2021.",
            "The Harlow ferry will stop running in June 2021.",
        ),
    ],
)
def test_a_clause_after_a_colon_is_the_fact_the_words_before_it_announce(text: str, written: str) -> None:
    sentence = sentence_of(text)
    assert sentence.usable, sentence.problems
    assert statement(sentence) == written


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The council listed its new members: Varga, Ruiz and Halloran.",
        "The newly chosen members are:",
    ],
)
def test_a_colon_before_a_list_keeps_its_sentence_whole(text: str) -> None:
    assert not sentence_of(text).dropped


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Elena Varga celebrates after dismissing Tamsin batsman Tomas Lindqvist.", True),
        ("Harlow Radio's Tomas Lindqvist reports from the Tamsin parliament.", True),
        ("Tomas Lindqvist delivers a briefing to reporters in Harlow, 18 Nov 2019.", True),
        (
            "Former Harlow captain Tomas Lindqvist enters Tamsin court with his wife before being sentenced.",
            True,
        ),
        (
            "Harlow's Tomas Lindqvist jumps over his teammate Jon Orr to head the ball during the Tamsin cup final.",
            True,
        ),
        (
            "Harlow's Shaun Lind-Varga gestures after scoring the opening goal against Tamsin in the cup final.",
            True,
        ),
        ("Harlow manager Elena Varga watches her team during the Tamsin cup final.", True),
        ("Elena Varga celebrated after the Harlow Hawks beat Tamsin 4-2 in May 2019.", False),
        ("Tomas Lindqvist reports to the Harlow council on the ferry every month.", False),
    ],
)
def test_a_person_doing_what_a_photo_shows_in_the_present_is_a_caption(text: str, caption: bool) -> None:
    """A page may run a caption into the lede's paragraph: "Daniel Vettori celebrates after ..."."""
    assert names_a_problem(text, "caption") == caption, sentence_of(text).problems


@pytest.mark.model
def test_the_page_s_dots_after_the_full_stop_are_no_part_of_the_statement() -> None:
    notes = (
        "Elena Varga was voted the Harlow league's best goalkeeper in May 2019 in Tamsin. ..."
        " Harlow recalled defenceman Tomas Lindqvist from Tamsin in June 2019."
    )
    sentence = read_sentences(list(parse([notes])), full_names={}, published=date(2019, 11, 20))[0]
    assert sentence.usable, sentence.problems
    assert statement(sentence).endswith("in Tamsin."), statement(sentence)


@pytest.mark.model
def test_a_label_whose_colon_the_page_glued_to_a_mark_is_no_statement() -> None:
    text = "Notes:@ Harlow D Elena Varga missed her sixth straight game in May 2019 with a sore knee."
    assert names_a_problem(text, "label"), sentence_of(text).problems
    assert not names_a_problem(text.removeprefix("Notes:@ "), "label")


@pytest.mark.model
def test_a_thing_s_name_run_into_a_person_s_is_not_the_person_s_full_name() -> None:
    """ "Captain of the Steve Irwin Paul Watson denied ...": the model took the ship's name and the
    captain's for one person; the ship's is no part of Watson's name."""
    from spacy.tokens import Doc, Span

    from generator.analysis import load_model
    from generator.pipeline import _full_names

    words = ["Captain", "of", "the", "Harlow", "Star", "Tomas", "Lindqvist", "denied", "it", "."]
    pos = ["NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"]
    run_together = Doc(load_model().vocab, words=words, pos=pos)
    run_together.ents = [Span(run_together, 3, 7, label="PERSON")]
    named = Doc(
        load_model().vocab,
        words=["Elena", "Varga", "said", "so", "."],
        pos=["PROPN", "PROPN", "VERB", "ADV", "PUNCT"],
    )
    named.ents = [Span(named, 0, 2, label="PERSON")]
    full = _full_names([run_together, named])
    assert "Lindqvist" not in full, full
    assert full["Varga"] == "Elena Varga"


@pytest.mark.model
def test_a_name_written_out_for_the_x_keeps_its_the_when_the_page_first_wrote_none() -> None:
    """ "known as Accountability and Justice Law" ... "The law was passed": the name of a law, a
    body or a league after its own noun takes "the" wherever the page left it out."""
    sentence = last_of(
        [
            "The measure, known as Harlow Ferry Safety Law, was approved by the Tamsin council in May 2019.",
            "The law was passed by 14 votes to 9 after a debate of three days.",
        ]
    )
    assert statement(sentence).startswith("The Harlow Ferry Safety Law was passed"), statement(sentence)
    show = last_of(  # a year before the name: "The" is not its own
        [
            "The 2019 Geneva Motor Show drew 600,000 visitors over ten days.",
            "Top cars at the show are highlighted in the Harlow Showcase.",
        ]
    )
    assert statement(show) == "Top cars at the Geneva Motor Show are highlighted in the Harlow Showcase."


@pytest.mark.model
def test_a_relative_clause_before_both_goes_with_both_its_commas() -> None:
    sentence = sentence_of(
        "Elena Varga and mayor Tomas Lindqvist, who had backed her, both looked pleased with the Harlow vote in May 2019."
    )
    assert statement(sentence).startswith("Elena Varga and mayor Tomas Lindqvist both looked"), statement(
        sentence
    )


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Elena Varga explained why the Harlow council closed the Tamsin ferry in May 2019.",
        "Harlow officials would not say whether the Tamsin ferry will close in May 2020.",
    ],
)
def test_a_reported_question_is_no_fact_once_its_verb_is_taken_off(text: str) -> None:
    """ "Smillie explained why the RUF developed ..." made the stem "Why the RUF developed ...?"."""
    sentence = sentence_of(text)
    assert sentence.attributed, statement(sentence)
    assert not statement(sentence).lower().startswith(("why", "whether", "the tamsin")), statement(sentence)


@pytest.mark.model
def test_a_short_true_or_false_statement_is_not_asked_but_a_role_is() -> None:
    """ "Huckabee praised his supporters.": what made it a fact was in the clause the statement cut."""
    from generator.drafts import choice_drafts, drafts_for, role_drafts
    from generator.selection import _bare_statement
    from questions.question import Kind

    def bare(text: str, answer: str) -> list[bool]:
        sentence = sentence_of(text)
        made = choice_drafts(
            drafts_for(sentence, phrase(sentence, answer)), article_candidates=[], kinds={Kind.TRUE_FALSE}
        )
        return [_bare_statement(draft) for draft in made if draft.kind is Kind.TRUE_FALSE]

    assert bare("Elena Varga praised her supporters in Harlow.", "Harlow") == [True]
    assert bare("Elena Varga praised her 300 supporters in Harlow for their work in May 2019.", "300") == [
        False
    ]
    role = sentence_of("Ines Halloran, the mayor of Port Aldren, testified on Tuesday.")
    roles = role_drafts(role, people={"Halloran"})
    made = choice_drafts(roles, article_candidates=[], kinds={Kind.TRUE_FALSE})
    stated = [d for d in made if d.kind is Kind.TRUE_FALSE]
    assert stated and not any(_bare_statement(d) for d in stated), [d.prompt for d in stated]


@pytest.mark.model
def test_another_with_a_number_counts_on_an_earlier_sentence() -> None:
    text = "Another seven volunteers from Harlow reached the town of Tamsin in May 2019 despite the floods."
    assert names_a_problem(text, "another"), sentence_of(text).problems
    assert not names_a_problem(text.replace("Another seven", "Seven"), "another")


@pytest.mark.model
@pytest.mark.parametrize(
    ("word", "slip"), [("TuesdaY", True), ("SpaceX", False), ("Tuesday", False), ("McCain", False)]
)
def test_a_word_whose_last_letter_the_page_typed_as_a_capital_is_a_slip(word: str, slip: bool) -> None:
    text = f"Elena Varga met {word} officials in Harlow in May 2019 to discuss the ferry."
    assert names_a_problem(text, "stray capital") == slip, sentence_of(text).problems


@pytest.mark.model
def test_a_lede_s_words_in_capitals_are_written_as_the_article_writes_them() -> None:
    """ "AL-QAEDA chief Osama bin Laden has warned ...": the page's styling of its first words."""

    def first(*paragraphs: str) -> str:
        return statement(read_sentences(list(parse(list(paragraphs))), full_names={})[0])

    lede = first(
        "HARLOW council has closed the Tamsin ferry after a fire in May 2019.",
        "The ferry had run for 40 years, and Harlow council will now pay for buses.",
    )
    assert lede.startswith("Harlow council has closed"), lede
    acronym = first(
        "NASA has closed its Harlow office after a fire in May 2019.", "NASA will move staff to Tamsin."
    )
    assert acronym.startswith("NASA has closed"), acronym
    typeset = first(
        "THE FERRY PRICING FIGHT BETWEEN Harlow and Tamsin just got more complicated in May 2019.",
        "The ferry case goes back to 2016.",
    )
    assert typeset.startswith("The ferry pricing fight between Harlow"), typeset
    agency = first(
        "THE UNHCR CAMP in Harlow was full in May 2019, with 3,000 people.", "UNHCR staff left the camp."
    )
    assert agency.startswith("The UNHCR camp in Harlow"), agency
    office = first("PRESIDENT Elena Varga has granted the Harlow police chief leave in May 2019.")
    assert office.startswith("President Elena Varga has granted"), office
    unknown = first("UNHCR has opened a camp for 2,000 refugees in Harlow in May 2019.")
    assert unknown.startswith("UNHCR has opened"), unknown


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "schedule"),
    [
        ("Elena Varga holds a rally in Harlow on Sunday.", True),
        ("The Harlow Hawks end their homestand against Tamsin on Monday.", True),
        ("The Harlow Hawks will end their homestand against Tamsin on Monday.", False),
        ("The Harlow Hawks ended their homestand with a 4-2 win against Tamsin on Monday.", False),
        ("Elena Varga today reveals her first Harlow squad since being appointed coach.", True),
        ("Elena Varga today revealed her first Harlow squad since being appointed coach.", False),
    ],
)
def test_a_day_to_come_told_in_the_present_is_a_schedule_note(text: str, schedule: bool) -> None:
    assert names_a_problem(text, "schedule note") == schedule, sentence_of(text).problems


@pytest.mark.model
def test_a_day_between_the_subject_and_its_verb_is_written_before_the_subject() -> None:
    """ "Police yesterday arrested 12 people" reads "On Nov. 19, 2019, police arrested ...", not
    "Police on Nov. 19, 2019 arrested"; a blank, a question and a false statement keep the date."""
    from generator.drafts import choice_drafts, drafts_for
    from questions.question import Kind

    sentence = sentence_of(
        "Police yesterday arrested 12 people in Harlow after a protest at the Tamsin port."
    )
    written = "On Nov. 19, 2019, police arrested 12 people in Harlow after a protest at the Tamsin port."
    assert statement(sentence) == written
    drafts = drafts_for(sentence, phrase(sentence, "12"))
    made = {
        draft.kind: draft.prompt
        for draft in [*drafts, *choice_drafts(drafts, article_candidates=[], kinds=set(Kind))]
    }
    assert made[Kind.CLOZE] == written.replace("12", "_____")
    assert made[Kind.WH] == (
        "How many people did police arrest in Harlow after a protest at the Tamsin port, on Nov. 19, 2019?"
    )
    assert made[Kind.TRUE_FALSE].startswith("On Nov. 19, 2019, police arrested ")
    counted = sentence_of("Nine people yesterday died in a fire at the Harlow ferry port in Tamsin.")
    drafts = drafts_for(counted, phrase(counted, "Nine"))
    asked = [draft.prompt for draft in drafts if draft.kind is Kind.WH]
    assert asked == ["On Nov. 19, 2019, how many people died in a fire at the Harlow ferry port in Tamsin?"]
    named = sentence_of("Harlow Motors yesterday bought the Tamsin ferry line for $300 million in cash.")
    assert statement(named).startswith("On Nov. 19, 2019, Harlow Motors bought ")
    body = sentence_of(
        "The Harlow Reserve yesterday raised its main rate to 5 percent, the highest since 2001."
    )
    assert statement(body).startswith("On Nov. 19, 2019, the Harlow Reserve raised "), (
        "the model tags 'The' ORG"
    )
    after = sentence_of("Harlow Motors bought the Tamsin ferry line for $300 million in cash yesterday.")
    assert (
        statement(after)
        == "Harlow Motors bought the Tamsin ferry line for $300 million in cash on Nov. 19, 2019."
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Tomas Lindqvist claims he gave Elena Varga $300,000 in cash for the Harlow ferry in 1993.", True),
        ("Elena Varga has testified she was only paid $225,000 for the Harlow ferry in 1993.", True),
        ("Elena Varga claimed victory in the Harlow mayoral race in May 2019 with 300 votes.", False),
        ("Harlow officials said the Tamsin ferry was sold for $225,000 in 1993.", False),
    ],
)
def test_one_side_s_account_of_a_dispute_keeps_its_speaker(text: str, claim: bool) -> None:
    """ "Schreiber claims he gave Mulroney $300,000": without Schreiber, a disputed figure is a fact."""
    assert sentence_of(text).attributed == claim, statement(sentence_of(text))


@pytest.mark.model
def test_a_season_is_not_asked_as_a_date() -> None:
    """ "Ovechkin had 52 goals in 2005-06" made "in what date"."""
    sentence = sentence_of("Elena Varga scored 52 goals for the Harlow Hawks in 2005-06, a club record.")
    assert phrase(sentence, "2005-06").label == "DATE", "the case to test"
    assert in_situ_question(sentence, phrase(sentence, "2005-06"), place_kind=place_kind) is None


@pytest.mark.model
def test_last_year_inside_a_date_the_model_ran_into_a_count_is_relative() -> None:
    text = "In October last year two discs holding the records of 300 Harlow residents were lost in the post."
    dates = [entity.text for entity in sentence_of(text).span.ents if entity.label_ == "DATE"]
    assert dates == ["October last year two"], f"the case to test: {dates}"
    assert names_a_problem(text, "relative to the article's date"), sentence_of(text).problems


@pytest.mark.model
def test_a_long_list_of_names_is_no_true_or_false_statement() -> None:
    places = ["Harlow", "Tamsin", "Ostrow", "Port Aldren", "Kelby", "Marsh End", "Brackley", "Dunmore"]
    for count, stated in ((8, False), (5, True)):
        named = ", ".join(places[: count - 1]) + " and " + places[count - 1]
        sentence = sentence_of(f"In May 2019, Varga Ferries opened offices in {named} for 300 staff.")
        assert states(sentence, "300") == stated, named


@pytest.mark.model
def test_a_list_of_people_with_titles_is_a_long_list_though_the_model_breaks_it() -> None:
    """The small model hangs few of the names as conjuncts of one another once each has a title;
    the names and the commas between them still make a list to learn by heart."""
    listed = (
        "Guests included Harlow Town nazim Tomas Ghent, Synergy Tamsin’s Dr Elena Varga, former MNA Marta"
        " Quell, the HPP candidate for HP 153 Jonas Berg, Ana Ruiz, Piotr Nowak, former MPA Lena Holm, HPP"
        " Women Wing coordinator Sara Lund and HPP district president Omar Haddad."
    )
    assert not states(sentence_of(listed), "Jonas Berg")
    short = (
        "Guests included Harlow Town nazim Tomas Ghent, former MNA Marta Quell and Dr Elena Varga in 2019."
    )
    assert states(sentence_of(short), "2019")


@pytest.mark.model
def test_the_city_is_the_article_s_city_only_while_no_other_town_was_named_since() -> None:
    """ "Frisco used that property ... The city kicked in $90 million": Frisco's money, though the
    article is about Dallas."""
    dallas = [
        "The Cowboys moved their training camp to Dallas in 2016.",
        "Dallas fans filled the new stadium in Dallas in 2017.",
    ]
    paid = "The city paid $90 million for a new arena in 2016."
    assert statement(last_of([*dallas, paid])).startswith("Dallas paid")
    frisco = last_of([*dallas, "Officials in Frisco offered the Cowboys land for an arena in 2015.", paid])
    assert not statement(frisco).startswith("Dallas"), statement(frisco)


@pytest.mark.model
def test_a_place_is_swapped_for_a_false_statement_only_by_one_the_article_never_names() -> None:
    """A statement told of a place has a false version too ("captured in Bhutan" for Afghanistan),
    so that not nearly every statement of a list is true; the place swapped in is never one the
    article names, which might make the statement true."""
    from generator.distractors import Candidate
    from generator.drafts import choice_drafts, drafts_for
    from questions.question import Kind

    named = ["Pakistan", "Iraq"]
    falsified: list[tuple[str, str]] = []
    for country in ("Afghanistan", "Somalia", "Yemen", "Syria", "Mali", "Libya", "Sudan", "Chad"):
        sentence = sentence_of(
            f"Soldiers captured five fighters in {country} after a long firefight in 2019."
        )
        drafts = drafts_for(sentence, phrase(sentence, country))
        candidates = [Candidate(name, "GPE") for name in named]
        made = choice_drafts(drafts, article_candidates=candidates, kinds={Kind.TRUE_FALSE})
        falsified += [(country, draft.prompt) for draft in made if draft.answer is False]
    assert falsified, "some statements of a place are made false"
    assert not [
        prompt for country, prompt in falsified if country in prompt or any(n in prompt for n in named)
    ]
    for country in ("Afghanistan", "Somalia", "Yemen", "Syria", "Mali", "Libya", "Sudan", "Chad"):
        usual = sentence_of(f"In {country}, soldiers usually patrol the roads at night in teams of five.")
        made = choice_drafts(
            drafts_for(usual, phrase(usual, country)), article_candidates=[], kinds={Kind.TRUE_FALSE}
        )
        assert all(country in draft.prompt for draft in made), "what is usual in one place may be elsewhere"


@pytest.mark.model
def test_a_statement_asked_of_a_name_is_made_false_by_its_figure_or_date() -> None:
    """Most statements are asked of a person or a body, whose name is never swapped: their
    sentence's figure or date is, so that "true" is not nearly always the answer."""
    from generator.drafts import choice_drafts, drafts_for
    from questions.question import Kind

    falsified: list[tuple[str, str]] = []
    for name in ("Elena Varga", "Tomas Lindqvist", "Mira Olsen", "Anna Berg", "Jonas Holm", "Lena Dahl"):
        sentence = sentence_of(f"{name} opened the Harlow ferry line in 2019 with 12 boats.")
        drafts = drafts_for(sentence, phrase(sentence, name))
        made = choice_drafts(drafts, article_candidates=[], kinds={Kind.TRUE_FALSE})
        falsified += [(name, draft) for draft in made if draft.answer is False]
    assert falsified, "some statements of a person are made false"
    for name, draft in falsified:
        assert (
            name in draft.prompt
            and draft.prompt != f"{name} opened the Harlow ferry line in 2019 with 12 boats."
        )
        assert draft.answer_text in {"2019", "12"}, "the false statement's answer is the figure it swaps"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        (  # "trailed by four ... before goals by Orr and Berg forced overtime" is false on its face
            "The Harlow Hawks trailed by two late in the third period before goals by Tomas Orr and"
            " Lena Berg in the final minutes of regulation forced overtime.",
            "Harlow Hawks",
            {"two"},
        ),
        (  # "stopped 32 shots" is a box score's line, and "14-0-1 in its last 24 games" adds up wrong
            "Lena Berg added her seventh for the Hawks, and Tomas Orr stopped 27 shots as Harlow"
            " improved to 14-0-1 in its last 15 games.",
            "Lena Berg",
            {"27", "15"},
        ),
    ],
)
def test_a_statement_asked_of_a_name_swaps_no_figure_the_sentence_gives_away(
    text: str, name: str, kept: set[str]
) -> None:
    from generator.drafts import Draft, _swappable
    from questions.question import Kind

    sentence = sentence_of(text)
    swapped = _swappable(Draft(Kind.TRUE_FALSE, "", True, sentence, phrase(sentence, name)))
    assert swapped is None or swapped.answer_text not in kept, swapped and swapped.answer_text


@pytest.mark.model
def test_one_number_of_a_pair_and_a_year_next_to_the_answer_s_make_no_false_statement() -> None:
    from generator.drafts import _safely_swapped, _year_next_to

    shots = sentence_of("Varga hit 14-of-21 shots as the Harlow Hawks beat Tamsin in 2019.")
    assert not _safely_swapped(phrase(shots, "14"), shots), "no '22-of-21 shots'"
    squad = sentence_of("Varga named her 28-man squad for the Harlow cup in 2019.")
    assert _safely_swapped(phrase(squad, "28"), squad)
    assert _year_next_to("1775", "1774"), "a year before the news's years is a year too"
    assert not _year_next_to("1775", "1772")


def _last_with_full_names(texts: list[str]) -> Sentence:
    from generator.pipeline import _full_names

    docs = list(parse(texts))
    return read_sentences(docs, full_names=_full_names(docs), published=None)[-1]


@pytest.mark.model
def test_a_person_called_by_the_first_name_alone_is_written_out_in_full() -> None:
    """A story calls a child or a victim by the first name: the item names the person."""
    told = [
        "The report told of Daniel Ostrow, who was held at the Harlow youth centre in 2002.",
        "Ten days after he arrived, Daniel was moved to a hospital in Harlow for three months.",
    ]
    assert statement(_last_with_full_names(told)).startswith("Ten days after he arrived, Daniel Ostrow was")
    two_daniels = [told[0], "Daniel Varga, his teacher, visited him there in 2002.", told[1]]
    assert "Daniel Ostrow was" not in statement(_last_with_full_names(two_daniels))


RELATIVE_MONTH_RUN_INTO_A_NAME = [  # the model ran "Last November" into the name after it
    ("Last", 1, "amod", "JJ", "ADJ", "last", "B-DATE"),
    ("November", 3, "compound", "NNP", "PROPN", "November", "I-DATE"),
    ("Tomas", 3, "compound", "NNP", "PROPN", "Tomas", "I-DATE"),
    ("Orr", 5, "nsubjpass", "NNP", "PROPN", "Orr", "I-DATE"),
    ("was", 5, "auxpass", "VBD", "AUX", "be", "O"),
    ("jailed", 5, "ROOT", "VBN", "VERB", "jail", "O"),
    ("for", 5, "prep", "IN", "ADP", "for", "O"),
    ("three", 8, "nummod", "CD", "NUM", "three", "B-DATE"),
    ("years", 6, "pobj", "NNS", "NOUN", "year", "I-DATE"),
    ("in", 5, "prep", "IN", "ADP", "in", "O"),
    ("Harlow", 9, "pobj", "NNP", "PROPN", "Harlow", "B-GPE"),
    (".", 5, "punct", ".", "PUNCT", ".", "O"),
]


def test_a_relative_month_the_model_ran_into_a_name_is_still_relative() -> None:
    sentence = hand_parsed(RELATIVE_MONTH_RUN_INTO_A_NAME)
    assert "vague: 'Last November' is relative to the article's date" in sentence.problems, sentence.problems


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("Elena Varga praised the Harlow clubs for their work in tackling the problem.", True),
        ("Her comments have been described as outrageous by the Harlow Islamic Council.", True),
        ("Applicants in Harlow paid £23,000 apiece to have their proposals considered.", True),
        ("Elena Varga praised the Harlow clubs for their work in tackling the problem of racism.", False),
        ("The Harlow talks have started addressing the key issues in the border conflict.", False),
        ("Harlow's pensions row has cost the council £4m since May 2019.", False),
        ("Harlow environment chief Mara Quell rejected Ivo Varga's comment.", True),
        ("Mara Quell's words came as the Harlow council closed the ferry depot in 2019.", True),
        ("The claim that Tamsin Rail lied was rejected by Mara Quell in Harlow in 2019.", False),
    ],
)
def test_an_abstract_noun_whose_content_another_sentence_gives_is_vague(text: str, vague: bool) -> None:
    """ "the problem", "her comments", "their proposals": which, only an earlier sentence says; so
    does what someone said, whoever said it ("Varga's comment")."""
    assert names_a_problem(text, "is what an earlier sentence tells") == vague, sentence_of(text).problems


@pytest.mark.model
def test_an_abstract_noun_the_headline_names_is_the_story_s_own() -> None:
    """Under "Varga unveils ferry plans", "the new plans" are those ferry plans."""
    text = "The new plans would let every Harlow ferry carry 300 more passengers from May 2005."
    docs = list(parse([text]))
    [told] = read_sentences(docs, full_names={}, headline="Varga unveils ferry plans")
    [untold] = read_sentences(list(parse([text])), full_names={}, headline="Varga opens new ferry port")
    assert not any("is what an earlier sentence tells" in problem for problem in told.problems), told.problems
    assert any("is what an earlier sentence tells" in problem for problem in untold.problems), untold.problems


@pytest.mark.model
def test_a_the_x_a_people_or_place_told_apart_before_is_written_out_so() -> None:
    """ "the European treaty", then "against the treaty": the one treaty the article told apart;
    with two such treaties, neither."""
    told = "Harlow voters would reject the European treaty by two to one, a poll found in May 2005."
    later = "The Tamsin poll suggests that 45% of people in Harlow would vote against the treaty."
    assert statement(last_of([told, later])).endswith("vote against the European treaty.")
    other = "Tamsin voters would back the British treaty, a poll found in May 2005."
    assert statement(last_of([told, other, later])).endswith("vote against the treaty.")


@pytest.mark.model
def test_a_how_many_question_writes_out_the_counted_phrase_as_the_statement_does() -> None:
    from generator.drafts import drafts_for

    sentence = last_of(
        [
            "Experts in Harlow traced the Danish virus to a Tamsin lab in May 2005.",
            "Harlow News has received five warnings about the virus from security firms since May 2005.",
        ]
    )
    prompts = [draft.prompt for draft in drafts_for(sentence, phrase(sentence, "five"))]
    assert any(prompt.startswith("How many warnings about the Danish virus has") for prompt in prompts), (
        prompts
    )


@pytest.mark.model
def test_a_the_x_told_apart_by_a_phrase_before_is_written_out_with_it() -> None:
    """ "a doctored clip of Mara Quell", then "described the clip": the one clip the article told
    apart by a name after it; with a second, neither."""
    told = "Harlow Labour complained in May 2005 about a doctored clip of Mara Quell on the web."
    later = "The Harlow Tories removed the clip from their website in May 2005."
    written = last_of([told, later])
    assert "removed the clip of Mara Quell from" in statement(written), statement(written)
    assert written.usable, written.problems
    other = "Tamsin Labour complained in May 2005 about a doctored clip of Ivo Varga on the web."
    assert "removed the clip from" in statement(last_of([told, other, later]))


@pytest.mark.model
def test_a_month_after_a_title_is_a_name_and_gets_no_year() -> None:
    """ "his widow, Lady June": a name the model may take for a month, which a month's year would
    turn into "Lady June 2008"."""
    written = statement(
        last_of(
            ["Ivo Varga met the explorer's widow, Lady June, in Harlow for two hours."],
            published=date(2008, 1, 12),
        )
    )
    assert "Lady June" in written and "June 20" not in written, written


@pytest.mark.model
def test_a_year_is_asked_without_choices() -> None:
    """Raters accepted 17 of 37 years asked as multiple choice, against 55 of 76 other choices: a
    year's choices are told apart by what everyone knows (no Winter Games in 2001, Labour won
    in 1997). The year is asked as a question, which has no choices to give it away."""
    from generator.drafts import choice_drafts, drafts_for
    from questions.question import Kind

    sentence = sentence_of("Harlow Ferries bought the Tamsin quay from Ivo Varga in 2011.")
    drafts = drafts_for(sentence, phrase(sentence, "2011"))
    assert any(draft.kind is Kind.WH for draft in drafts), drafts
    assert not choice_drafts(drafts, article_candidates=[], kinds={Kind.MCQ})
    count = sentence_of("Harlow Ferries bought 12 boats from Tamsin Yards in May 2011.")
    made = choice_drafts(drafts_for(count, phrase(count, "12")), article_candidates=[], kinds={Kind.MCQ})
    assert [draft.kind for draft in made] == [Kind.MCQ]


@pytest.mark.model
def test_a_name_written_in_from_a_sentence_s_start_loses_its_capital_the() -> None:
    """ "The Tamsin Council has said that it will ...": "it" written out inside a question is "the
    Tamsin Council", not "The Tamsin Council"."""
    from generator.drafts import drafts_for

    sentence = last_of(
        [
            "Tamsin councillors agreed on 17 May 2004 to open ferry talks with Harlow.",
            "The Tamsin Council has also announced that it will start bridge talks with Varga in April 2005.",
        ]
    )
    prompts = [draft.prompt for draft in drafts_for(sentence, phrase(sentence, "April 2005"))]
    assert any("will the Tamsin Council start" in prompt for prompt in prompts), prompts


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("Opinion in Harlow was more divided over Ivo Varga, a 59 year old ferry owner.", True),
        ("Mara Quell took a less charitable view of the Harlow ferry plan in May 2005.", True),
        ("Harlow ferries became more popular than ever in May 2005.", False),
        ("Tamsin Ferries said in May 2005 that Harlow ferries would become more popular.", False),
        ("Ferry tickets bought on the web will be more common in Harlow by May 2005.", False),
        ("Tamsin Ferries lost passengers in May 2005 as more rivals entered the Harlow market.", False),
    ],
)
def test_more_or_less_before_an_adjective_with_no_than_compares_with_an_earlier_sentence(
    text: str, vague: bool
) -> None:
    """ "more divided" than what? The other side of the comparison is an earlier sentence's; a
    quantity ("more rivals") or a comparison the sentence completes ("than ever") is not vague."""
    assert names_a_problem(text, "compares with what") is vague, sentence_of(text).problems


@pytest.mark.model
def test_a_the_x_is_not_written_out_as_a_name_holding_a_body_named_more_often_alone() -> None:
    """ "the party" after one "Parliamentary Labour Party" and two "Labour"s may be Labour itself:
    written out as the first, a true statement may not be true. With no other "Labour", it is."""
    told = "A meeting of the Parliamentary Labour Party in Harlow heard warnings about feuding in May 2005."
    alone = [
        "Labour leads the polls in Harlow by ten points in May 2005.",
        "Labour will launch its manifesto in Harlow on 12 May 2005.",
    ]
    later = "Ivo Varga will appear at the party's new poster launch in Harlow on 14 May 2005."
    assert "at the Parliamentary Labour Party's new" in statement(last_of([told, later]))
    assert "at the party's new" in statement(last_of([told, *alone, later]))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "The Harlow Hawks spent Monday trying to distance themselves from Thursday night's fight "
            "with the Tamsin Tigers.",
            "from the Nov. 14, 2019, fight with",
        ),
        (
            "Ivo Varga did not know Mara Quell was coming to Tuesday's networking gathering in Harlow.",
            "coming to the Nov. 12, 2019, networking gathering",
        ),
        (
            "Sunday's victory marked the fourth straight year Ivo Varga had won a Harlow tournament.",
            "The Nov. 17, 2019, victory",
        ),
    ],
)
def test_a_weekday_that_owns_a_noun_is_written_as_its_date_before_it(text: str, written: str) -> None:
    """ "Thursday night's fight" in an article of Monday, Nov. 18, 2019 is "the Nov. 14, 2019,
    fight"; without the article's date it stays vague."""
    dated = last_of([text], published=date(2019, 11, 18))
    assert dated.usable and written in statement(dated), (dated.problems, statement(dated))
    assert not last_of([text], published=None).usable


@pytest.mark.model
def test_a_weekday_the_model_ran_into_an_ordinal_is_still_a_relative_day() -> None:
    """ "in the first half Sunday": "first" is no date's number, so "Sunday" is still the article's
    week's, and an item may not keep it bare."""
    text = (
        "Ivo Varga and Mara Quell led the Harlow attack in the first half Sunday against the Tamsin Tigers."
    )
    assert "Sunday" not in statement(last_of([text], published=date(2008, 1, 14)))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "flag", "found"),
    [
        ("Tamsin Lines is one of the busiest ferry operators on the Harlow lake.", "ranks its subject", True),
        ("Ivo Varga is one of the best-known figures in Harlow's boating world.", "ranks its subject", True),
        (
            "The Gull Star, built in 1961, was one of the first steel ferries on the lake.",
            "ranks its subject",
            False,
        ),
        (
            "Tamsin Lines is one of 12 firms bidding for the Harlow ferry contract.",
            "ranks its subject",
            False,
        ),
        ("Harlow council is trying to cut the ferry subsidy before the spring vote.", "sets out to do", True),
        ("Tamsin Lines is keen to add a night crossing to its Harlow timetable.", "sets out to do", True),
        ("Tamsin Lines wants the council to stop the ferry subsidy by 2021.", "sets out to do", False),
        ("Tamsin Lines tried to sell the Gull Star to a Swedish buyer in 2019.", "sets out to do", False),
    ],
)
def test_a_subject_ranked_among_many_or_an_aim_is_no_fact_to_learn(text: str, flag: str, found: bool) -> None:
    """ "X is one of the largest makers" is granted unread, and "X is trying to" or "is keen to"
    says what is wanted, not what was done: neither is a fact to learn. A count ("one of 12"), an
    ordinal ("one of the first") and a past attempt ("tried to sell ... in 2019") are."""
    assert names_a_problem(text, flag) == found, sentence_of(text).problems


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The remaining three were dressed as ferry captains for the Harlow launch in 2019.", True),
        ("One, Mara Quell, has won a grant from the Harlow council in 2004.", True),
        ("Tamsin Lines was showing one at the Harlow fair that could carry 40 cars.", True),
        ("One of the skippers, Ivo Varga, has won a contract from the Harlow council in 2019.", False),
        ("No one was hurt when the Gull Star ran aground off Harlow in 2019.", False),
        ("Varga took two wickets in one over for Harlow in the 2019 final.", False),
        ("Fares will cover the remaining $200,000 of the Harlow ferry's repair bill in 2019.", False),
    ],
)
def test_a_bare_one_or_the_remaining_few_are_of_what_an_earlier_sentence_named(
    text: str, found: bool
) -> None:
    """ "One, Eric Rice, has won sponsorship", "demonstrating one at 3GSM", "the remaining three":
    of whom or of what, another sentence tells; "one of the skippers", "no one", a count and a
    sum need no other sentence."""
    assert names_a_problem(text, "of what an earlier sentence names") == found, sentence_of(text).problems


@pytest.mark.model
def test_such_as_is_no_comparison_that_says_which_the_same_period_is() -> None:
    """ "Over the same period almost 5,000 laptops and PDAs such as Palms were left in cabs": "as"
    of "such as" compares with nothing, unlike "the same price as last year's"."""
    assert names_a_problem(
        "Over the same period almost 5,000 laptops and tablets such as iPads were left in Harlow taxis.",
        "is the one an earlier sentence names",
    )
    assert not names_a_problem(
        "Harlow ferry tickets stayed at the same price as in 2018 for the whole of 2019.",
        "is the one an earlier sentence names",
    )


@pytest.mark.model
def test_the_corporation_is_the_one_company_the_article_is_about() -> None:
    sentence = last_of(
        [
            "Harlow Broadcasting has cut 300 jobs at its Tamsin studios in 2020.",
            "Harlow Broadcasting has made radio shows in Ostrow since 1962.",
            "The corporation plans to put its radio archive online by the end of 2020.",
        ]
    )
    assert statement(sentence).startswith("Harlow Broadcasting plans"), statement(sentence)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Neither does the Harlow council have to pay for the new ferry in 2019.", True),
        ("Neither Harlow nor Tamsin has a plan for the ferry in 2019.", False),
    ],
)
def test_an_opening_neither_before_its_auxiliary_carries_on_an_earlier_denial(text: str, found: bool) -> None:
    assert names_a_problem(text, "adds to a denial") == found, sentence_of(text).problems


TITLE_READ_AS_A_NAME = [  # word, head, dependency, tag, part of speech, lemma, entity: "chancellor" as NNP
    ("Shadow", 1, "compound", "NNP", "PROPN", "Shadow", "O"),
    ("chancellor", 3, "compound", "NNP", "PROPN", "chancellor", "O"),
    ("Ivo", 3, "compound", "NNP", "PROPN", "Ivo", "B-PERSON"),
    ("Varga", 4, "nsubj", "NNP", "PROPN", "Varga", "I-PERSON"),
    ("accused", 4, "ROOT", "VBD", "VERB", "accuse", "O"),
    ("the", 6, "det", "DT", "DET", "the", "O"),
    ("mayor", 4, "dobj", "NN", "NOUN", "mayor", "O"),
    ("of", 4, "prep", "IN", "ADP", "of", "O"),
    ("Harlow", 7, "pobj", "NNP", "PROPN", "Harlow", "B-GPE"),
    ("in", 4, "prep", "IN", "ADP", "in", "O"),
    ("2005", 9, "pobj", "CD", "NUM", "2005", "B-DATE"),
    (".", 4, "punct", ".", "PUNCT", ".", "O"),
]


@pytest.mark.model
def test_a_person_s_answer_takes_no_title_written_small_that_the_model_tagged_as_a_name() -> None:
    """ "Tory shadow chancellor Oliver Letwin": the model may tag "chancellor" as a name, but a
    name's words are capitalised; the title stays in the question ("Which Tory shadow ...?" asked
    for "chancellor Oliver Letwin")."""
    assert phrase(hand_parsed(TITLE_READ_AS_A_NAME), "Ivo Varga").label == "PERSON"
