"""Header shapes met on the session 18 probe story, in invented texts: a machine translation's header line of the
outlet, its date and its clock joined by dashes, bars or dots, with the date's order the article's own."""

from __future__ import annotations

from datetime import date

import pytest

from summarizer.ingest import build_article
from summarizer.ingest.records import RawRecord


def _article(text: str):  # type: ignore[no-untyped-def]
    return build_article("S1", RawRecord(uri="a.txt", text=text))


def _translated(header: str, body_date: str = "Tuesday 14/09/2032") -> str:
    return ("[Automatically translated from Portuguese]\n\nFerry strike: the crossing stops for two days\n\n"
            f"{header}\nby Joana Ribeiro-Matos\n\n"
            f"PORTO NOVO - The ferry crews of the Ilhavo crossing stop from {body_date}, said the union of the sailors, "
            "that asks for a raise of 6 percent and for new cabins on the older boats.\n\n"
            "The company has said that it will run a reduced service with two boats of the harbour.\n")


@pytest.mark.parametrize("header", ["Correio do Estuário - 13/09/2032 - 18:45", "Correio do Estuário – 13/09/2032 – 18:45",
                                    "Correio do Estuário | 13/09/2032 | 18:45", "Correio do Estuário • 13/09/2032 • 18:45",
                                    "Correio do Estuário - 13/09/2032"])
def test_an_outlet_date_and_clock_header_line_is_publisher_and_date(header: str) -> None:
    article = _article(_translated(header))
    assert (article.publisher, article.published) == ("Correio do Estuário", date(2032, 9, 13))
    assert "13/09/2032" not in article.text


def test_an_italian_outlet_name_with_its_particle_is_the_publisher() -> None:
    article = _article(_translated("Giornale delle Valli - 13/09/2032 - 18:45"))
    assert (article.publisher, article.published) == ("Giornale delle Valli", date(2032, 9, 13))


def test_the_header_dates_order_is_the_articles_own() -> None:
    day_first = _article(_translated("Correio do Estuário - 05/09/2032 - 18:45", "Tuesday 14/09/2032"))
    month_first = _article(_translated("Correio do Estuário - 05/09/2032 - 18:45", "Tuesday 09/14/2032"))
    assert (day_first.published, month_first.published) == (date(2032, 9, 5), date(2032, 5, 9))


def test_a_headline_with_dashes_and_a_year_is_no_header_line() -> None:
    article = _article(_translated("Correio do Estuário - 13/09/2032 - 18:45").replace(
        "Ferry strike: the crossing stops for two days", "Ferry strike - the crossing stops - 2032"))
    assert article.title == "Ferry strike - the crossing stops - 2032"


def _translated_from_german(header: str, credit: str) -> str:
    return (f"{header}\n\nThe harbour ferry of Nordhafen stops for two days\n\n{credit}\n\n"
            "[This text was automatically translated from German.]\n\n"
            "Nordhafen. The crews of the harbour ferry stop work from Thursday, as the union of the sailors announced on "
            "Tuesday. They ask for a raise of 6 percent and new cabins on the older boats.\n\n"
            "The operator said that it will run a reduced service with two boats.\n")


@pytest.mark.parametrize("header", ["Nordhafener Abendzeitung | 21.10.2031 | 09:15", "Wirtschaftsblatt Nord | 21.10.2031",
                                    "Nordhafener Generalanzeiger - 21.10.2031 - 09:15"])
def test_a_german_compound_outlet_name_with_a_dotted_date_is_publisher_and_date(header: str) -> None:
    article = _article(_translated_from_german(header, "by Lena Vogt-Ramírez"))
    assert (article.publisher, article.published) == (header.split(" | ")[0].split(" - ")[0], date(2031, 10, 21))


@pytest.mark.parametrize("credit", ["From our correspondent Lena Vogt-Ramírez", "From our Hamburg correspondent Lena Vogt-Ramírez",
                                    "Of our own reporter Lena Vogt-Ramírez"])
def test_a_translated_credit_naming_the_writers_post_is_the_byline(credit: str) -> None:
    article = _article(_translated_from_german("Nordhafener Abendzeitung | 21.10.2031 | 09:15", credit))
    assert article.byline == "Lena Vogt-Ramírez"
    assert "correspondent" not in article.text and "reporter" not in article.text


def test_an_english_word_ending_in_a_german_head_word_is_no_outlet() -> None:
    from summarizer.ingest.header import outlet_name
    assert not outlet_name("Harbour Ferry Schedule")
    assert outlet_name("Nordhafener Abendzeitung")
