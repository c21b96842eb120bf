"""Article metadata and junk on invented pages: a site label is the publisher, not the headline; a
byline is not the headline; a wire credit is not the carrying outlet; dates in the header are read;
publisher notes, disclaimers and link lists at the end are not article text."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from summarizer.ingest import load_inputs
from summarizer.schema import Article

PROSE = ("The harbour of Lorant reopened on Tuesday after a nine-day strike by crane operators, the port "
         "authority said in a statement.\n\nShips queued outside the breakwater for most of the morning as "
         "pilots worked through a backlog of more than forty vessels.")


def _one(tmp_path: Path, name: str, text: str) -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (article,) = load_inputs([str(path)]).articles
    assert article.status == "ok"
    return article


def test_site_label_among_page_chrome_is_the_publisher_and_the_headline_follows(tmp_path: Path) -> None:
    text = ("Site icon\nHarbour Gazette Online\nExit mobile version\nMenu\n\n"
            "Lorant Port Back In Business After Strike\n\nBy Ilse Marten\n12 May 2031\n\n"
            "Share on Facebook   Share on X\n\n" + PROSE)
    article = _one(tmp_path, "a.txt", text)
    assert article.publisher == "Harbour Gazette Online"
    assert article.title == "Lorant Port Back In Business After Strike"
    assert article.byline == "Ilse Marten"
    assert article.published == date(2031, 5, 12)
    assert "Harbour Gazette Online" not in article.text and "Site icon" not in article.text


def test_wire_credit_does_not_replace_the_outlet_that_carried_it(tmp_path: Path) -> None:
    text = ("Site icon\nValley Daily Now\nExit mobile version\n\nPORT REOPENS AFTER STRIKE\n\n"
            "Ilse Marten (Coastal Wire, CW)\nMay 12, 2031 9:40 am\n\n" + PROSE)
    article = _one(tmp_path, "b.txt", text)
    assert article.publisher == "Valley Daily Now"
    assert article.byline == "Ilse Marten"
    assert article.published == date(2031, 5, 12) and article.published_time == "09:40"


def test_wire_credit_is_the_publisher_when_nothing_else_names_one(tmp_path: Path) -> None:
    article = _one(tmp_path, "c.txt", "Port reopens\n\nIlse Marten (Coastal Wire)\n\n" + PROSE)
    assert article.publisher == "Coastal Wire"


def test_translated_header_outlet_section_byline_and_dotted_day(tmp_path: Path) -> None:
    text = ("The port of Lorant opens again after the strike\n\nBladet Nordkyst - Economy\nOf Karin Solvik Berg\n"
            "Published: 4. May 2031 at. 18.05\n(This article is automatically translated from Norwegian)\n\n" + PROSE)
    article = _one(tmp_path, "d.txt", text)
    assert article.title == "The port of Lorant opens again after the strike"
    assert article.publisher == "Bladet Nordkyst"
    assert article.byline == "Karin Solvik Berg"
    assert article.published == date(2031, 5, 4) and article.published_time == "18:05"
    assert "translated" not in article.text


def test_copyright_line_gives_the_publisher_without_the_rights_notice(tmp_path: Path) -> None:
    article = _one(tmp_path, "e.txt", "Port reopens\n\n" + PROSE + "\n\n© Diario del Puerto. All the rights reserved.")
    assert article.publisher == "Diario del Puerto"


def test_a_byline_in_a_json_record_is_not_taken_for_the_headline(tmp_path: Path) -> None:
    record = {"text": "By Ilse Marten, Maritime Editor\n\n" + PROSE, "title": "Port reopens", "publisher": "Gazette"}
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = load_inputs([str(path)]).articles
    assert article.byline == "Ilse Marten"
    assert article.title == "Port reopens"
    assert article.text.startswith("The harbour of Lorant")


@pytest.mark.parametrize("junk", [
    "This is a developing story and will be updated.",
    "The Gazette is 100% reader-funded. Chip in today to keep local news alive.",
    "This article is for subscribers only. Already a member?",
    "Join our free webinar on port logistics next Thursday.",
    "This article is for informational purposes only and does not constitute investment advice.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "The version in Norwegian is the one of reference.",
    "Stay with Coast 9 News on air and online for the latest on the strike.",
])
def test_publisher_notes_are_removed(tmp_path: Path, junk: str) -> None:
    article = _one(tmp_path, "g.txt", "Port reopens\n\n" + PROSE + "\n\n" + junk + "\n\nThe strike began on 3 May.")
    assert junk not in article.text
    assert "The strike began on 3 May." in article.text


def test_a_link_list_at_the_end_goes_under_any_heading(tmp_path: Path) -> None:
    tail = "\n\nMore from the waterfront\nFerry timetable changes this summer\nWhy cranes cost so much?\nLeave a Reply"
    article = _one(tmp_path, "h.txt", "Port reopens\n\n" + PROSE + tail)
    assert article.text.endswith("more than forty vessels.")


def test_news_sentences_with_similar_words_are_kept(tmp_path: Path) -> None:
    kept = ("Sweden hopes to become a member of the maritime pact, the minister said.\n\n"
            "Neighbours chipped in to repair the pier, and the union registered its members on Monday.")
    article = _one(tmp_path, "i.txt", "Port reopens\n\n" + PROSE + "\n\n" + kept)
    assert "become a member of the maritime pact" in article.text
    assert "registered its members" in article.text
