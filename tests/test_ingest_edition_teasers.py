"""An outlet naming its English edition above a translation, and a labelled row of teasers, on invented text. Each
has a near-miss that must stay what it is."""

from __future__ import annotations

from pathlib import Path

from summarizer.testing.articles import one_article as _one

PROSE = ("The regional council approved the new ferry timetable for the Skarholm islands on Wednesday after a "
         "three-hour debate, the council's transport office said.\n\nThe first sailings under the new timetable "
         "leave Skarholm pier on 1 June, with two extra crossings on weekdays.")


def test_an_outlet_with_an_ampersand_naming_its_english_edition(tmp_path: Path) -> None:
    text = ("Hafen & Küste - English edition\nNote: this text was translated by machine and not checked by our editors.\n\n"
            "Council approves ferry timetable\n\nBy Anke Vossberg, 12.05.2031\n\n" + PROSE)
    article = _one(tmp_path, "a.txt", text)
    assert article.publisher == "Hafen & Küste"
    assert "English edition" not in article.text


def test_a_headline_with_a_dash_and_no_edition_is_no_outlet(tmp_path: Path) -> None:
    text = "Ferries Sail Again - Extra Crossings\n\n" + PROSE
    article = _one(tmp_path, "b.txt", text)
    assert article.publisher is None


def test_a_labelled_row_of_teasers_goes(tmp_path: Path) -> None:
    text = ("Council approves ferry timetable\n\n" + PROSE
            + "\n\nMore on this: Harbour fees rise in July - what it means | Opinion: the islands deserve better")
    article = _one(tmp_path, "c.txt", text)
    assert "Harbour fees rise" not in article.text and "islands deserve better" not in article.text


def test_a_row_of_figures_or_a_sentence_with_a_bar_stays(tmp_path: Path) -> None:
    text = ("Council approves ferry timetable\n\n" + PROSE
            + "\n\nVote: For 31 | Against 12\n\nThe mayor said: the timetable is final | no more changes will come.")
    article = _one(tmp_path, "d.txt", text)
    assert "For 31 | Against 12" in article.text
    assert "the timetable is final" in article.text
