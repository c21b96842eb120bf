"""A company's announcement to the market, in invented text: the legal banner above it, the issuer's name and the
date as its first short lines, and the important notices after it."""

from __future__ import annotations

from datetime import date

from summarizer.ingest import build_article
from summarizer.ingest.records import RawRecord

_ANNOUNCEMENT = """NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION, IN WHOLE OR IN PART, DIRECTLY OR INDIRECTLY, IN, INTO OR FROM ANY \
JURISDICTION WHERE TO DO SO WOULD BREACH THE LAWS OF THAT JURISDICTION

THIS ANNOUNCEMENT CONTAINS INSIDE INFORMATION

Pellworth Ceramics plc
21 October 2031

PROPOSED MERGER OF PELLWORTH CERAMICS PLC AND ODDAGEN TILES A/S

The boards of Pellworth Ceramics plc and Oddagen Tiles A/S announce that they have agreed the terms of an all-share \
merger, under which Pellworth shareholders will own 55 per cent of the combined company.

The combined company will have its headquarters in Pellworth and will keep both kiln sites open for at least two years.

Shareholders of both companies will vote on the merger on 2 December 2031.

Important notices

This announcement is for information purposes only and does not constitute an offer to sell or an invitation to buy \
any securities.

Harrowgate Partners is acting exclusively for Pellworth and no one else in connection with the merger and will not be \
responsible to anyone other than Pellworth.

Forward-looking statements: this announcement contains statements which are, or may be deemed to be, forward-looking.

Publication on website: a copy of this announcement will be made available on Pellworth's website by 12 noon on \
22 October 2031.
"""


def _announcement():  # type: ignore[no-untyped-def]
    return build_article("S1", RawRecord(uri="pellworth.txt", text=_ANNOUNCEMENT))


def test_the_legal_banner_and_the_inside_information_flag_are_left_out() -> None:
    text = _announcement().text
    assert "JURISDICTION" not in text and "INSIDE INFORMATION" not in text
    assert "all-share merger" in text


def test_the_important_notices_are_left_out() -> None:
    text = _announcement().text
    assert "information purposes" not in text and "acting exclusively" not in text
    assert "Forward-looking" not in text and "Publication on website" not in text
    assert "2 December 2031" in text


def test_the_issuer_and_the_date_under_the_banner_are_publisher_and_date() -> None:
    article = _announcement()
    assert article.published == date(2031, 10, 21)
    assert article.publisher is not None and article.publisher.startswith("Pellworth Ceramics")


def test_a_report_of_a_bank_acting_for_a_client_is_kept() -> None:
    text = ("Harbour bank advises on kiln sale\n\nThe harbour bank is acting for the kiln maker in the sale of its "
            "two sites, the company said on Tuesday, and expects the sale to close in the spring.\n\n"
            "The company employs 400 people at the two sites and said none of the jobs would go.\n")
    assert "acting for the kiln maker" in build_article("S1", RawRecord(uri="k.txt", text=text)).text


_RECOMMENDED = _ANNOUNCEMENT.replace(
    "PROPOSED MERGER OF PELLWORTH CERAMICS PLC AND ODDAGEN TILES A/S",
    "RECOMMENDED ALL-SHARE MERGER of PELLWORTH CERAMICS PLC and ODDAGEN TILES A/S\n\nSummary")


def test_a_headline_opening_with_recommended_is_the_title_and_the_first_section_heading_is_not() -> None:
    article = build_article("S1", RawRecord(uri="pellworth.txt", text=_RECOMMENDED))
    assert article.title == "RECOMMENDED ALL-SHARE MERGER of PELLWORTH CERAMICS PLC and ODDAGEN TILES A/S"
    assert not article.text.startswith("Summary")


def test_a_section_heading_left_first_is_no_title() -> None:
    article = build_article("S1", RawRecord(uri="note.txt", text="Overview\n\nThe Brenvik mill was sold to a rival on Monday.\n"))
    assert article.title is None
    assert article.text == "The Brenvik mill was sold to a rival on Monday."


def test_short_recommended_and_related_labels_still_go() -> None:
    text = ("Brenvik mill sold to rival\n\nThe Brenvik mill was sold on Monday.\n\nRecommended for you\n\n"
            "Related stories from around the web today\n")
    article = build_article("S1", RawRecord(uri="mill.txt", text=text))
    assert "Recommended" not in article.text and "Related" not in article.text
