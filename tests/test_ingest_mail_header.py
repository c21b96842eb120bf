"""A newsletter saved from the inbox, on invented text: its e-mail header names the sender (the outlet), the
subject (the headline) and the day; a greeting before its byline, and a 'view in your browser' link. A text whose
first lines merely mention a sender keeps them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from summarizer.testing.articles import one_article as _one

BODY = ("The Orrin Harbour Board will dredge the inner basin from 3 May, closing six berths for six weeks, the "
        "board said on Monday.\n\nShips due at those berths will be moved to the outer quay, where two mobile "
        "cranes are being installed this week.")


def test_an_email_header_gives_sender_subject_and_day(tmp_path: Path) -> None:
    text = ("From: Quayside Daily <hello@quayside.example>\nTo: readers@quayside.example\n"
            "Date: Tue, 20 Apr 2032 07:10:00 +0000\nSubject: Orrin basin to close for dredging\n\n"
            "View this newsletter in your browser\n\nGood morning. Written by Ines Marlow.\n\n" + BODY)
    article = _one(tmp_path, "a.txt", text)
    assert article.publisher == "Quayside Daily"
    assert article.title == "Orrin basin to close for dredging"
    assert article.published == date(2032, 4, 20)
    assert article.byline == "Ines Marlow"
    for gone in ("From:", "Subject:", "in your browser", "Written by"):
        assert gone not in article.text


def test_a_text_opening_with_one_labelled_line_is_no_email(tmp_path: Path) -> None:
    text = "From: the harbour master's log\n\nOrrin basin to close\n\n" + BODY
    article = _one(tmp_path, "b.txt", text)
    assert article.publisher is None
