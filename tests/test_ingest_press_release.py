"""A press release on invented text: the label saying what the document is, the issuer's masthead above it, and the
notes to editors after the end mark. A news story with none of these keeps its lines."""

from __future__ import annotations

from pathlib import Path

from summarizer.testing.articles import one_article as _one

BODY = ("The Orrin Harbour Board will dredge the inner basin from 3 May, closing berths 4 to 9 for six weeks, the "
        "board said on Monday.\n\nShips due at those berths will be moved to the outer quay, where two mobile "
        "cranes are being installed this week.")


def test_a_release_gives_its_issuer_and_loses_its_label_and_notes(tmp_path: Path) -> None:
    text = ("ORRIN HARBOUR BOARD\nCommunications Team\n\nNEWS RELEASE | Embargoed until 00:01, 26 April\n\n"
            "Inner basin to be dredged from May\n\n" + BODY + "\n\n-ends-\n\nNotes for editors\n"
            "1. Interviews with the harbour master can be arranged on request.\n"
            "2. The Orrin Harbour Board manages the port on behalf of the city.")
    article = _one(tmp_path, "a.txt", text)
    assert article.publisher == "Orrin Harbour Board"
    assert article.title == "Inner basin to be dredged from May"
    for gone in ("NEWS RELEASE", "Embargoed", "Communications Team", "ends", "Interviews with", "on behalf of"):
        assert gone not in article.text
    assert "two mobile cranes" in article.text


def test_an_end_mark_of_three_hashes_closes_a_release(tmp_path: Path) -> None:
    text = "FOR IMMEDIATE RELEASE\n\nInner basin to be dredged\n\n" + BODY + "\n\n###\n\nAbout the board: it runs the port."
    article = _one(tmp_path, "b.txt", text)
    assert "About the board" not in article.text and "FOR IMMEDIATE RELEASE" not in article.text


def test_a_news_story_about_a_release_keeps_its_lines(tmp_path: Path) -> None:
    text = ("Valley Courier\n\nDredging to close six berths\n\n" + BODY
            + "\n\nIn a press release, the board said the work would end by mid-June.\n\nThe end\n\nMore to follow.")
    article = _one(tmp_path, "c.txt", text)
    assert article.publisher == "Valley Courier"
    assert "In a press release, the board said" in article.text
