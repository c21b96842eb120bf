"""Cleaning: junk from pasted or scraped news text goes, by shape, and is listed; metadata is kept."""

from __future__ import annotations

from datetime import date

from summarizer.ingest.clean import clean_text

PROSE = [
    "Dockworkers at the Port of Marenza ended a nine-day strike on Monday, the port authority said.",
    "About 1,200 workers took part in the walkout, which left twelve cargo ships waiting offshore.",
    "\"We have reached a fair agreement,\" Finance Minister Ngozi Okafor said at a news conference.",
    "The Velorian Dockworkers Union said its members would return to work on Wednesday.",
]

SCRAPED = f"""Lorant Courier icon
Go to the mobile version of the site

By Jane Roe

Published: 4 March 2025

{PROSE[0]}

![Dockworkers gather at the gate](https://img.example/gate.jpg)
Photo: Dockworkers gather at the gate of the port on Monday. (Lorant Courier/Piet Smit)

{PROSE[1]}

Follow the Lorant Courier on Telegram and WhatsApp for breaking news.

Have a tip? Write to tips@lorantcourier.example and we will get back to you.

{PROSE[2]}

The strike is over, finally. Back to work tomorrow! pic.twitter.com/AbC123xyz

— Piet Varga (@pietvarga) March 3, 2025

Read more: Port strike timeline, day by day

Photo: Dockworkers gather at the gate of the port on Monday. (Lorant Courier/Piet Smit)

{PROSE[3]}

Sign up for our morning newsletter to get the day's news in your inbox.
"""


def test_scraped_junk_is_removed_and_prose_is_kept() -> None:
    cleaned = clean_text(SCRAPED)
    for sentence in PROSE:
        assert sentence in cleaned.text
    for junk in ("icon", "mobile version", "Telegram", "tips@", "pic.twitter", "@pietvarga", "Read more",
                 "newsletter", "img.example", "Photo:", "Back to work tomorrow"):
        assert junk not in cleaned.text, junk


def test_removed_items_are_listed_for_the_report() -> None:
    removed = "\n".join(clean_text(SCRAPED).removed)
    for junk in ("Lorant Courier icon", "mobile version", "Telegram", "tips@lorantcourier.example",
                 "(@pietvarga)", "Read more", "newsletter", "![Dockworkers gather", "Photo: Dockworkers"):
        assert junk in removed, junk


def test_paragraphs_are_kept() -> None:
    text = clean_text(SCRAPED).text
    paragraphs = text.split("\n\n")
    assert paragraphs == PROSE


def test_byline_and_dateline_become_metadata() -> None:
    cleaned = clean_text(SCRAPED)
    assert cleaned.byline == "Jane Roe"
    assert cleaned.published == date(2025, 3, 4)
    assert "Jane Roe" not in cleaned.text


def test_credit_line_gives_byline_and_agency() -> None:
    cleaned = clean_text(f"Jane Roe (Reuters, AP)\n\n{PROSE[0]}")
    assert cleaned.byline == "Jane Roe"
    assert cleaned.publisher == "Reuters"
    assert cleaned.text == PROSE[0]


def test_duplicate_caption_is_removed_once_seen() -> None:
    caption = "Ships wait outside the harbour of Marenza on Tuesday"
    cleaned = clean_text(f"{caption}\n\n{PROSE[0]}\n\n{caption}\n\n{PROSE[1]}")
    assert cleaned.text.count(caption) == 1


def test_clean_prose_loses_nothing() -> None:
    text = "\n\n".join([
        *PROSE,
        "(The ministry later corrected the figure, saying 1,100 workers had joined the walkout on the first day.)",
        "Okafor said workers who follow our rules will be paid, and the union said it would tell its members.",
    ])
    cleaned = clean_text(text)
    assert cleaned.text == text
    assert cleaned.removed == []


def test_header_fields_become_metadata() -> None:
    cleaned = clean_text(f"Title: Marenza strike ends\nSource: Lorant Courier\n\n{PROSE[0]}")
    assert cleaned.title == "Marenza strike ends"
    assert cleaned.publisher == "Lorant Courier"
    assert cleaned.text == PROSE[0]


def test_dateline_is_read_in_the_articles_own_date_order() -> None:
    raw = f"Published: 04/03/2025\n\nThe walkout started the 21/02/2025 at the port.\n\n{PROSE[0]}"
    assert clean_text(raw).published == date(2025, 3, 4)


def test_inline_hover_card_is_removed_and_the_name_kept_once() -> None:
    line = ("A Velorian man admitted threatening Rep. Jana VollmerJana VollmerBudget talks stall over port fees | "
            "Senators seek dock safety review | Ferry operator fined Vollmer urges calm after strike MORE (D-Ore.), "
            "prosecutors said on Monday.")
    cleaned = clean_text(f"{line}\n\n{PROSE[1]}")
    assert cleaned.text.split("\n\n")[0] == ("A Velorian man admitted threatening Rep. Jana Vollmer (D-Ore.), "
                                             "prosecutors said on Monday.")
    assert any(item.startswith("Jana VollmerBudget talks stall") and item.endswith(" MORE")
               for item in cleaned.removed)


def test_prose_with_capitals_or_a_spaced_repeat_is_not_a_hover_card() -> None:
    text = ("The union said it wants MORE pay, not less, and Jana Vollmer Jana Vollmer agreed.\n\n"
            "Ferry captain Okafor said NO MORE delays would be accepted at the Marenza quay.")
    cleaned = clean_text(text)
    assert cleaned.text == text
    assert cleaned.removed == []
