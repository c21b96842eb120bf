"""Header shapes met on the session 16 probe stories, in invented texts: a Markdown post's '# ' headline that
speaks to the reader and its "*Outlet* | by Name | date" line, a translation note beside a section's label, a
press release's dateline with its place in small letters, and a PDF copy's running header naming the issuer."""

from __future__ import annotations

from datetime import date

from summarizer.ingest import build_article
from summarizer.ingest.records import RawRecord

_BODY = ("The Lindmark council votes on Tuesday on the plan to close the Elvers Road library, and readers have "
         "written to us in their hundreds.\n\nThe library lends 40,000 books a year, the council said.\n")


def _article(text: str, uri: str = "a.md"):  # type: ignore[no-untyped-def]
    return build_article("S1", RawRecord(uri=uri, text=text))


def test_a_markdown_posts_headline_and_outlet_byline_date_line() -> None:
    article = _article("# Library vote: what it means for you\n\n*Shelf Life* | by Mirela Stokke-Aro | 3 May 2031, 09:30\n\n"
                       + _BODY)
    assert article.title == "Library vote: what it means for you"
    assert (article.publisher, article.byline, article.published) == ("Shelf Life", "Mirela Stokke-Aro", date(2031, 5, 3))
    assert "Shelf Life" not in article.text


def test_a_sections_label_beside_a_translation_note_is_no_outlet() -> None:
    text = ("Culture | Machine translation from Italian\n\nLibrary of Elvers Road: the council decides on Tuesday\n\n"
            + _BODY)
    article = _article(text, "a.txt")
    assert article.publisher != "Culture"
    assert "Machine translation" not in article.text


def test_a_press_releases_dateline_with_its_place_in_small_letters() -> None:
    text = ("Harrow Mills announces closure of Lindmark plant\n\n"
            "Lindmark, 4 May 2031, 08:00 CET - Harrow Mills plc today announced that it will close its Lindmark "
            "flour plant by the end of the year.\n\nAbout 140 people work at the plant.\n")
    assert _article(text, "a.txt").published == date(2031, 5, 4)


def test_a_name_and_age_before_a_dash_is_no_dateline() -> None:
    text = ("Man held after library fire\n\nAnders Kolle, 42, was arrested - police said on Monday - after a fire at "
            "the Elvers Road library.\n\nNo one was hurt.\n")
    assert _article(text, "a.txt").published is None


def test_a_pdf_copys_running_header_names_the_issuer() -> None:
    header = "Harrow Mills plc                                   Half-Year Report 2031"
    text = (f"{header}\n\nHARROW MILLS PLC\nHALF-YEAR REPORT 2031\n\nRevenue rose 4% to 212 million crowns in the six "
            "months to June, Harrow Mills said, as flour prices recovered.\n\nThe company will close its Lindmark plant.\n")
    article = _article(text, "a.txt")
    assert article.publisher == "Harrow Mills plc"
    assert header not in article.text
