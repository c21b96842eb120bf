"""Markdown pages and live blogs on invented text: a bolded outlet with its writers credited after it, an italic
tagline naming the outlet under the headline, a byline whose post follows the comma, and a live entry's time at the
head of its line. Each has a near-miss that must stay what it is."""

from __future__ import annotations

from pathlib import Path

from summarizer.testing.articles import one_article as _one

PROSE = ("The tram depot at Orrin Quay reopened on Thursday after a four-day closure caused by a flooded "
         "substation, the city transport board said.\n\nThe first tram left the depot at 5.50 a.m. and the "
         "board expects the full timetable to run again by the weekend.")


def test_a_bold_outlet_with_its_writers_credited_after_it(tmp_path: Path) -> None:
    text = ("# Trams run again at Orrin Quay\n\n**Harbour FM News** | Live coverage by Ines Marlow and Teo Brack\n\n"
            + PROSE)
    article = _one(tmp_path, "a.md", text)
    assert article.publisher == "Harbour FM News"
    assert article.byline is not None and "Ines Marlow" in article.byline
    assert "Live coverage" not in article.text


def test_a_photographer_credited_after_the_outlet_is_no_writer(tmp_path: Path) -> None:
    text = "# Trams run again at Orrin Quay\n\n**Harbour FM News** | Photos by Ines Marlow\n\n" + PROSE
    article = _one(tmp_path, "b.md", text)
    assert article.byline is None


def test_an_italic_tagline_naming_the_outlet_under_the_headline(tmp_path: Path) -> None:
    text = ("# Trams run again at Orrin Quay\n\n*The Orrin Gazette - community news since 1908*\n\n"
            "Words by Ines Marlow\n\n" + PROSE)
    article = _one(tmp_path, "c.md", text)
    assert article.publisher == "The Orrin Gazette"
    assert "community news since" not in article.text


def test_a_post_after_the_byline_comma_is_no_outlet(tmp_path: Path) -> None:
    article = _one(tmp_path, "d.txt", "Trams run again\n\nBy Ines Marlow, Transport Editor\n\n" + PROSE)
    assert article.byline is not None and "Ines Marlow" in article.byline
    assert article.publisher is None
    staff = _one(tmp_path, "e.txt", "Trams run again\n\nBy Ines Marlow, Orrin Gazette Staff Writer\n\n" + PROSE)
    assert staff.publisher == "Orrin Gazette"


def test_a_live_entry_time_is_no_part_of_its_sentence(tmp_path: Path) -> None:
    text = ("# LIVE: Orrin Quay trams\n\n**14:05** - The transport board says the substation is dry again.\n\n"
            "09.40 BST: Engineers arrived at the depot before dawn.\n\n" + PROSE)
    article = _one(tmp_path, "f.md", text)
    assert "The transport board says the substation is dry again." in article.text
    assert "14:05" not in article.text and "09.40" not in article.text
    assert "Engineers arrived at the depot before dawn." in article.text


def test_a_time_inside_a_sentence_stays(tmp_path: Path) -> None:
    text = "Trams run again\n\n14:05 was when the first tram left, the board said on Thursday in a statement.\n\n" + PROSE
    article = _one(tmp_path, "g.txt", text)
    assert "14:05 was when the first tram left" in article.text
