"""Pleas, shop notices and mailing footers on invented pages: the publisher talking to its reader, never news.

Each junk line sits between prose paragraphs that must survive, and each shape has a near-miss in
news prose that must be kept (a story about a shop, a fund or a discount code is still a story).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.ingest.voice import publisher_voice
from summarizer.testing.articles import one_article as _one

PROSE = ("The ferry link to Skarholm resumed on Friday after a nine-day stoppage by deckhands, the operator "
         "said in a statement.\n\nThe first crossing left the pier at 6.40 a.m. with about two hundred "
         "passengers and a line of lorries that had waited since Wednesday.")
LATER = "The deckhands' union said the new rota would be reviewed in March."


@pytest.mark.parametrize("junk", [
    # A priced plea and what the gift buys.
    "Keep The Tidewater Ledger independent! Chip in $3 a month - every euro keeps us free of advertisers.",
    # A mailing's footer: why the reader got it and what to do with it.
    "You are receiving this because you signed up for Harbour Notes. Manage preferences | Forward to a colleague",
    "You're receiving this email as a member. Manage your subscription.",
    # A plea whose imperative follows a dash.
    "Support the Skarholm Courier - subscribe to the weekend edition!",
    # The site's shop: its store and a code to use, a product's name in quotation marks.
    'Fresh in the merch store: "Slow Boat" tote bags. Use code FERRY10 at checkout.',
])
def test_a_plea_a_sale_or_a_footer_is_removed(tmp_path: Path, junk: str) -> None:
    article = _one(tmp_path, "a.txt", "Skarholm ferry sails again\n\n" + PROSE + "\n\n" + junk + "\n\n" + LATER)
    assert junk[:20] not in article.text and junk[-20:] not in article.text
    assert LATER in article.text and PROSE.split("\n\n")[1] in article.text


def test_a_plea_marked_as_a_nested_quote_is_removed_whole(tmp_path: Path) -> None:
    # ">>" marks a call-out: left with one ">" the line matched no rule and its words were no longer the page's.
    junk = (">> Keep The Tidewater Ledger independent! Chip in $3 a month.\n"
            '>> Fresh in the merch store: "Slow Boat" tote bags. Use code FERRY10 at checkout.')
    article = _one(tmp_path, "b.txt", "Skarholm ferry sails again\n\n" + PROSE + "\n\n" + LATER + "\n\n" + junk)
    assert "Tidewater" not in article.text and "tote" not in article.text and ">" not in article.text
    assert article.text.endswith(LATER)


@pytest.mark.parametrize("news", [
    "The union said every member of the fund would be repaid, and that the museum shop reopened on Monday.",
    "Passengers were told to use code SKAR24 at the ticket office, the operator said.",
    "Keep the ferry running through winter, the council told the operator on Tuesday.",
])
def test_news_about_funds_shops_and_codes_is_kept(tmp_path: Path, news: str) -> None:
    article = _one(tmp_path, "c.txt", "Skarholm ferry sails again\n\n" + PROSE + "\n\n" + news + "\n\n" + LATER)
    assert news in article.text


def test_a_report_with_an_aside_to_the_reader_stays_but_a_note_to_the_reader_goes() -> None:
    assert not publisher_voice("No charges have been filed, whatever you may have seen on the message boards.")
    assert not publisher_voice("The ferry has been cancelled until Monday, so you should expect queues at the pier.")
    assert publisher_voice("If you value local reporting, please give what you can.")
    assert publisher_voice("You are getting this letter because you joined the Ombra Lantern list.")
    assert publisher_voice("Sign up now, and you will never miss a crossing update.")
