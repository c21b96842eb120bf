"""A wire's dateline without its year ("PORT ORRIN, June 17 (Nordwire) -") dates an otherwise undated report in the
year of the story's other reports, when that day is within a week of them. Invented reports."""

from __future__ import annotations

from datetime import date

from summarizer.extract.reference import assume_reference_dates
from summarizer.schema import Article

_TEXT = "{} (Nordwire) - The Orrin council voted on Thursday to close the Elvers Road library.\n\nIt lends 40,000 books."


def _undated(dateline: str) -> Article:
    return Article(id="S2", uri="b.txt", text=_TEXT.format(dateline))


def test_a_yearless_wire_dateline_dates_the_report() -> None:
    other = Article(id="S1", uri="a.txt", text="The council closed the library.", published=date(2031, 6, 18))
    wire = _undated("PORT ORRIN, June 17")
    assume_reference_dates([other, wire])
    assert wire.published == date(2031, 6, 17)


def test_a_dateline_far_from_the_other_reports_dates_nothing() -> None:
    other = Article(id="S1", uri="a.txt", text="The council closed the library.", published=date(2031, 6, 18))
    wire = _undated("PORT ORRIN, Feb 3")
    assume_reference_dates([other, wire])
    assert wire.published is None and wire.reference_date == date(2031, 6, 18)
