"""Language: an article not in English is refused by its language's name; a mixed page keeps its English."""

from __future__ import annotations

import pytest

from generator.errors import ArticleError
from generator.ingest import ingest
from generator.language import identify, language_name, plainly_english, read_language

BRIDGE = (
    "The council voted on Tuesday to build a new bridge over the river, the mayor said. "
    "Work will start in May and should take two years, officials told reporters at the town hall."
)
BRIDGE_COST = (
    "The bridge will cost 40 million dollars, paid by the state and the city, the mayor added on Tuesday."
)

ARTICLES = {
    "Catalan": (
        "L'ajuntament de Girona va aprovar dimarts la construcció d'un pont nou sobre el riu Onyar. "
        "Segons l'alcaldessa, les obres començaran al maig i duraran dos anys, i el cost total serà "
        "d'uns dotze milions d'euros, que pagaran la ciutat i la Generalitat."
    ),
    "Romanian": (
        "Consiliul local din Cluj a aprobat marți construirea unui pod nou peste râul Someș. "
        "Potrivit primarului, lucrările vor începe în mai și vor dura doi ani, iar costul total va fi "
        "de aproximativ douăsprezece milioane de euro, plătite de oraș și de județ."
    ),
    "Hungarian": (
        "A szegedi közgyűlés kedden jóváhagyta egy új híd építését a Tisza felett. "
        "A polgármester szerint a munkálatok májusban kezdődnek és két évig tartanak, a teljes költség "
        "pedig körülbelül tizenkét millió euró lesz, amelyet a város és a megye fizet."
    ),
    "Czech": (
        "Zastupitelstvo města Brna v úterý schválilo stavbu nového mostu přes řeku Svratku. "
        "Podle primátorky začnou práce v květnu a potrvají dva roky, celkové náklady budou zhruba "
        "dvanáct milionů eur, které zaplatí město a kraj."
    ),
    "Vietnamese": (
        "Hội đồng thành phố Đà Nẵng hôm thứ Ba đã thông qua việc xây dựng một cây cầu mới bắc qua sông Hàn. "
        "Theo chủ tịch thành phố, công trình sẽ khởi công vào tháng Năm và kéo dài hai năm, với tổng chi phí "
        "khoảng mười hai triệu đô la do thành phố và tỉnh chi trả."
    ),
    "Bangla": (
        "খুলনা সিটি কাউন্সিল মঙ্গলবার রূপসা নদীর ওপর একটি নতুন সেতু নির্মাণের অনুমোদন দিয়েছে। "
        "মেয়র জানিয়েছেন, মে মাসে কাজ শুরু হবে এবং দুই বছর চলবে, মোট খরচ হবে প্রায় বারো কোটি টাকা।"
    ),
}
GERMAN = (
    "Der Stadtrat von Freiburg hat am Dienstag mit großer Mehrheit beschlossen, eine neue Fußgängerbrücke "
    "über die Dreisam zu bauen. Die Brücke soll die Altstadt mit dem Stadtteil Wiehre verbinden und im "
    "Frühjahr 2027 fertig sein, sagte die Oberbürgermeisterin nach der Abstimmung im Rathaus."
)


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_an_article_in_another_language_is_refused_by_its_name(language: str) -> None:
    with pytest.raises(ArticleError) as refused:
        ingest(f"Pont nou\n\n{ARTICLES[language]}")
    assert str(refused.value) == f"the article seems to be in {language}; only English articles are supported"


def test_plain_english_is_told_by_its_function_words_and_nothing_else_is() -> None:
    assert plainly_english(BRIDGE) and plainly_english(BRIDGE_COST)
    assert not any(plainly_english(text) for text in [*ARTICLES.values(), GERMAN])
    assert not plainly_english(
        "Ana Ruiz, Bo Chen, Carl Dyer, Dina Ekwe, Emil Ford, Fay Gold, Gus Hale, Ida Ives"
    )
    assert not plainly_english("")


def test_a_one_line_french_text_is_refused_not_silently_empty() -> None:
    with pytest.raises(ArticleError, match="in French"):
        ingest("Le conseil municipal a voté mardi la construction d'un nouveau pont sur la rivière.")


def test_a_mostly_english_page_drops_its_german_paragraph() -> None:
    article = ingest(f"Council backs river bridge\n\n{BRIDGE}\n\n{GERMAN}\n\n{BRIDGE_COST}")
    assert article.paragraphs == [BRIDGE, BRIDGE_COST]


def test_a_mostly_german_page_is_refused_as_german() -> None:
    with pytest.raises(ArticleError, match="in German"):
        ingest(f"Neue Brücke\n\n{GERMAN}\n\n{GERMAN.replace('Freiburg', 'Ulm')}\n\n{BRIDGE}")


def test_short_paragraphs_are_not_judged_alone() -> None:
    quote = "“Nous sommes prêts,” the French minister said."
    reading = read_language([BRIDGE, quote])
    assert reading.main is not None and reading.main.code == "en"
    assert reading.kept == [BRIDGE, quote]


def test_too_little_text_has_no_verdict() -> None:
    assert identify("apples pears plums") is None
    assert read_language(["apples pears plums cherries"]).main is None


def test_language_codes_have_english_names() -> None:
    assert [language_name(code) for code in ("ca", "vi", "bn", "xx-unknown")] == [
        "Catalan",
        "Vietnamese",
        "Bangla",
        "xx-unknown",
    ]
