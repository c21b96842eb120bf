"""Writer credits in the shapes real pages give them, on invented names: a credit's date run on after it,
the employer and the place after a name, a wire's names in capitals with the agency after them. Each shape
was found on a real page of the HTML eval set (never copied here)."""

from __future__ import annotations

import pytest

from summarizer.ingest import build_article
from summarizer.ingest.records import RawRecord
from summarizer.ingest.writers import first_writer, writer_credit


@pytest.mark.parametrize(("credit", "person", "outlet"), [
    ("By Mira Sandvik, Fjord Radio, Tromsø", "Mira Sandvik", "Fjord Radio"),  # the place after her employer
    ("MIRA SANDVIK; OLE BREKKE; PER ASK Nordic Press", "Mira Sandvik, Ole Brekke, Per Ask", "Nordic Press"),
    ("By Mira Sandvik March 3, 2031", "Mira Sandvik", None),  # the credit's date
    ("Fjord Radio February", None, "Fjord Radio"),  # a reader cut the digits off the date
    ("June Halvorsen", "June Halvorsen", None),  # a month's name that is a given name stays
    ("Kate April, Valley Post", "Kate April", "Valley Post"),  # ... and one that is a surname
])
def test_a_credit_names_its_people_and_outlet(credit: str, person: str | None, outlet: str | None) -> None:
    assert writer_credit(credit) == (person, outlet)


def test_an_outlet_credited_as_writer_with_a_date_run_on_is_the_byline_without_it() -> None:
    assert first_writer(["Fjord Radio February"]) == ("Fjord Radio", "Fjord Radio")


def test_a_page_s_capitals_credit_keeps_every_writer() -> None:
    """An agency page credits 'By MIRA SANDVIK and OLE BREKKE' over a line with the agency's name; the
    second writer was lost when the credit was cut at the agency's name before its names were read."""
    body = ("<p>The harbour board of Skarnes voted on Monday to close the old ferry quay for repairs after divers "
            "found cracks in two of its concrete piles, a spokeswoman for the board said.</p>"
            "<p>The quay will stay shut for at least six weeks, and the ferry to Utvær will berth at the fish "
            "landing in the meantime, the board said.</p><p>Repairs are expected to cost about 4 million crowns.</p>")
    html = ("<html><head><title>Skarnes closes ferry quay</title><meta name='author' "
            "content='MIRA SANDVIK; OLE BREKKE Nordic Press'></head><body><article><h1>Skarnes closes ferry "
            f"quay</h1>{body}</article></body></html>")
    article = build_article("S1", RawRecord(uri="page.html", text=html, kind="html"))
    assert article.byline == "Mira Sandvik, Ole Brekke"
