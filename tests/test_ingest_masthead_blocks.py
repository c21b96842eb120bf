"""Mastheads on invented pages that earlier rules missed: a capitals site name over its tagline and menu row,
a newsletter's name over its tagline, issue line and editor, and the outlet named beside a machine translation's
note. Each has a near-miss that must stay what it is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from summarizer.ingest.header import translated_outlet
from summarizer.name_case import outlet_case
from summarizer.testing.articles import one_article as _one

PROSE = ("Work on the Tessel footbridge stopped on Monday after divers found a cracked pile under the third span, "
         "the harbour board said.\n\nThe bridge, which carries about four thousand walkers a day across the Ombra "
         "inlet, will stay shut until the pile has been surveyed.")


def test_a_capitals_site_name_over_its_tagline_and_menu_row_is_the_publisher(tmp_path: Path) -> None:
    text = ("THE OMBRA LANTERN\nBridges, Boats & Bickering Since 2009\n[Home] [Columns] [Photo Diary] [Tip Jar]\n\n"
            "FOOTBRIDGE SHUT AS DIVERS FIND CRACK\n\nPosted Tuesday, May 4, 2027 by Pia Marsh\n\n" + PROSE)
    article = _one(tmp_path, "a.txt", text)
    assert article.publisher == "The Ombra Lantern"
    assert article.title == "FOOTBRIDGE SHUT AS DIVERS FIND CRACK"
    assert "Bickering" not in article.text and "Tip Jar" not in article.text


def test_a_newsletter_name_over_its_tagline_issue_line_and_editor(tmp_path: Path) -> None:
    text = ("PIER AND PILE MONTHLY\nThe letter for people who look after small harbours\nVol. 41 - Friday, May 7, 2027\n"
            "Edited by Oskar Fenn\n\nThis month's pick: the Tessel footbridge repairs and what they cost the town.\n\n"
            + PROSE)
    article = _one(tmp_path, "b.txt", text)
    assert article.publisher == "Pier and Pile Monthly"
    assert article.byline == "Oskar Fenn"
    assert article.published == date(2027, 5, 7)


def test_an_issue_line_names_no_publisher(tmp_path: Path) -> None:
    article = _one(tmp_path, "c.txt", "Issue 88 - Friday, May 7, 2027\n\nFootbridge shut after divers find crack\n\n" + PROSE)
    assert article.publisher is None
    assert article.published == date(2027, 5, 7)


def test_the_outlet_beside_a_translation_note_is_the_publisher(tmp_path: Path) -> None:
    text = ("Ombran Sanomat - machine translation from Finnish\n\nFootbridge closed, divers found a crack\n\n"
            "Aino Laakso | 4/5/2027 - 10.20\n\n" + PROSE)
    article = _one(tmp_path, "d.txt", text)
    assert article.publisher == "Ombran Sanomat"
    assert article.byline == "Aino Laakso"
    assert "machine translation" not in article.text


def test_a_translation_note_naming_its_original() -> None:
    assert translated_outlet("[Translated automatically from Slovak. Original: Novy Pristav]") == "Novy Pristav"
    assert translated_outlet("KUSTBLAD - automatically translated from Dutch") == "Kustblad"


def test_a_translation_note_with_no_outlet_names_none() -> None:
    assert translated_outlet("(This article was translated automatically from Dutch.)") is None
    assert translated_outlet("Machine translation from Finnish - quality may vary - Tuesday edition") is None
    assert translated_outlet("Footbridge closed after divers found a crack") is None


def test_capitals_are_written_as_prose_writes_a_name() -> None:
    assert outlet_case("THE OMBRA LANTERN") == "The Ombra Lantern"
    assert outlet_case("PIER AND PILE MONTHLY") == "Pier and Pile Monthly"
    assert outlet_case("KVL TV NEWS") == "KVL TV News"
    assert outlet_case("Ombra Lantern") == "Ombra Lantern"
    assert outlet_case("KÖPRÜ GAZETESİ") == "Köprü Gazetesi"
