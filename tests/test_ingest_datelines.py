"""Publication dates and writers read from a wire's dateline, a "name | date" line, a "Compiled by" line and an
HTML page's header and <title> (invented articles)."""

from __future__ import annotations

from datetime import date

from summarizer.ingest.clean import clean_text
from summarizer.ingest.html import extract_html

_BODY = ("Ferry crews at the harbour worked through the night to clear the slipway, and the first boats sailed "
         "again at dawn with a reduced timetable for the weekend.")


def test_wire_dateline_with_full_date_and_clock_gives_the_date() -> None:
    text = f"LOWMOOR WIRE\n\nSlipway cleared\n\nBy Oskar Vantley\n\nLOWMOOR, 7 June 2031, 09:45 GMT - {_BODY}"
    cleaned = clean_text(text)
    assert cleaned.published == date(2031, 6, 7)
    assert cleaned.published_time == "09:45"
    assert "LOWMOOR, 7 June 2031" in cleaned.text  # the dateline stays in the paragraph


def test_american_wire_dateline_with_clock_in_brackets() -> None:
    cleaned = clean_text(f"Slipway cleared\n\nBRENTHAM, Jun. 8, 2031 (4:05 p.m. EDT) -- {_BODY}")
    assert cleaned.published == date(2031, 6, 8)
    assert cleaned.published_time == "16:05"


def test_dateline_without_year_is_no_publication_date() -> None:
    assert clean_text(f"BRENTHAM, June 8 - {_BODY}").published is None


def test_name_bar_date_line_in_either_order() -> None:
    note = "[This article was translated automatically from Danish.]"
    first = clean_text(f"Harbour paper\n{note}\n\nSlipway cleared\n\nMette Lindqvist | 09/06/2031 07:15\n\n{_BODY}")
    assert (first.byline, first.published, first.published_time) == ("Mette Lindqvist", date(2031, 6, 9), "07:15")
    second = clean_text(f"Slipway cleared\n\n21/06/2031 - 18:00 | Mette Lindqvist\n\n{_BODY}")
    assert (second.byline, second.published) == ("Mette Lindqvist", date(2031, 6, 21))
    assert "Lindqvist" not in second.text


def test_compiled_by_is_the_byline() -> None:
    cleaned = clean_text(f"HARBOUR NOTES\nMonday, June 9, 2031\nCompiled by Tamsin Orrell\n\nSlipway\n\n{_BODY}")
    assert cleaned.byline == "Tamsin Orrell"


def test_staff_writer_role_after_the_paper_name_is_not_part_of_the_name() -> None:
    cleaned = clean_text(f"Slipway cleared\n\nBy Idris Pomfrey, Gazette staff writer · June 9, 2031\n\n{_BODY}")
    assert cleaned.byline == "Idris Pomfrey"
    assert cleaned.published == date(2031, 6, 9)


def test_date_line_with_glued_clock_is_a_date_line() -> None:
    cleaned = clean_text(f"Slipway cleared\n\nMonday 9 June 2031, 7.15pm\n\n{_BODY}")
    assert cleaned.published == date(2031, 6, 9)
    assert "7.15pm" not in cleaned.text


_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Ferries sail again for first time since 2024 | The Lowmoor Echo</title>{meta}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Ferries sail again for first time since 2024</h1>
<div class="meta">By Idris Pomfrey, Echo staff writer &middot; Updated June 9, 2031 at 7:30 a.m.</div>
<p>{body}</p><p>{body}</p><p>Harbour master Elin Rowe said the channel was clear and the buoys were back in place
after a long night of work by the dredging crews.</p></body></html>"""


def test_html_header_byline_date_and_site_in_title() -> None:
    page = extract_html(_PAGE.format(meta="", body=_BODY), "echo.html")
    assert page.publisher == "The Lowmoor Echo"
    assert page.byline == "Idris Pomfrey"
    assert page.published is not None and page.published.startswith("2031-06-09")  # not 2024-01-01


def test_html_published_time_meta_used_when_no_other_date() -> None:
    meta = '<meta property="article:published_time" content="2031-06-10T05:20:00+00:00">'
    page = extract_html(_PAGE.format(meta=meta, body=_BODY).replace("Updated June 9, 2031 at 7:30 a.m.", ""),
                        "echo.html")
    assert page.published is not None and page.published.startswith("2031-06-10")


def test_wire_masthead_row_alone_is_the_publisher_not_the_title() -> None:
    cleaned = clean_text(f"LOWMOOR NEWS SERVICE\n\nSlipway cleared after night of work\n\nBy Oskar Vantley\n\n{_BODY}")
    assert cleaned.publisher == "Lowmoor News Service"
    assert cleaned.text.startswith("Slipway cleared")


def test_headline_in_capitals_is_not_a_masthead() -> None:
    cleaned = clean_text(f"FERRIES SAIL AGAIN\n\nBy Oskar Vantley\n\n{_BODY}")
    assert cleaned.publisher is None
    assert cleaned.text.startswith("FERRIES SAIL AGAIN")


def test_underline_row_is_never_the_publisher() -> None:
    text = ("HARBOUR EYE - the quay's only honest voice\nHome | About | Campaigns | Donate | Contact\n"
            "==============================\n\nSlipway scandal\n\nPosted 9 June 2031 at 21:10 by Nell Arkwright\n\n"
            f"{_BODY}")
    cleaned = clean_text(text)
    assert cleaned.publisher == "HARBOUR EYE"
    assert "=====" not in cleaned.text


def test_dateline_with_region_and_wire_credit_gives_the_date() -> None:
    cleaned = clean_text(f"Slipway cleared\n\nBRENTHAM, Kessia, Jun. 8, 2031 (Lowmoor Wire) - {_BODY}")
    assert cleaned.published == date(2031, 6, 8)
    assert cleaned.published_time is None  # the credit in brackets is no clock
    # Near-miss: a credit with no date is no publication date.
    assert clean_text(f"Slipway cleared\n\nBRENTHAM, Kessia (Lowmoor Wire) - {_BODY}").published is None


def test_a_dotted_numeric_date_in_an_article_with_no_order_is_day_first() -> None:
    from summarizer.dates import find_dates

    assert [d.value for d in find_dates("The pier reopened on 03.04.2030 at dawn.", None)] == ["2030-04-03"]
    assert [d.value for d in find_dates("The pier reopened on 03/04/2030 at dawn.", None)] == ["2030-03-04"]
    assert [d.value for d in find_dates("The pier reopened on 03.04.2030 at dawn.", None, False)] == ["2030-03-04"]
