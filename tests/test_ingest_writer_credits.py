"""Writer credits in the shapes real pages give them, on invented names: a credit's date run on after it,
the employer and the place after a name, a wire's names in capitals with the agency after them. Each shape
was found on a real page of the HTML eval set (never copied here)."""

from __future__ import annotations

import pytest

from summarizer.ingest import build_article
from summarizer.ingest.header import dateline_alone
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


_STORY = ("The Harrow Bridge reopened to traffic on Monday after three weeks of repairs, the county said.\n\n"
          "Engineers replaced two steel bearings and resurfaced the deck, said Tove Brandt, the county's roads chief.")


@pytest.mark.parametrize(("credit", "person", "outlet"), [
    ("Ana Lund | Nordwire", "Ana Lund", "Nordwire"),  # a name after a bar is her outlet, head word or not
    ("By Ana Lund | Kestrel Valley Echo", "Ana Lund", "Kestrel Valley Echo"),
    ("Ana Lund | Staff", "Ana Lund", None),  # a role after the bar is no outlet
    ("By Ana Lund | World News", "Ana Lund", None),  # nor is a section, head word or not
    ("Ana Lund | Local News | Valley Times", "Ana Lund", "Valley Times"),
    ("By Mara Holt, Duluth", "Mara Holt", None),  # one word after a full name: the place she files from
    ("MARA HOLT and IVO STERN, Duluth", "Mara Holt, Ivo Stern", None),
    ("By Mara Holt, Duluth, and Ivo Stern, Fargo", "Mara Holt, Ivo Stern", None),
    ("Mara Holt, Ivo Stern, and Lea Dahl", "Mara Holt, Ivo Stern, Lea Dahl", None),
    ("By Mara Holt, Ivo Stern", "Mara Holt, Ivo Stern", None),  # two full names are two writers
    ("Holt, Mara", "Mara Holt", None),  # a catalogue's order, still turned round
])
def test_a_credit_s_outlet_place_and_every_writer(credit: str, person: str | None, outlet: str | None) -> None:
    assert writer_credit(credit) == (person, outlet)


def test_a_longer_place_is_told_from_a_writer_by_the_story_using_it() -> None:
    assert writer_credit("By Mara Holt, Port Ellery", "PORT ELLERY - " + _STORY) == ("Mara Holt", None)
    assert writer_credit("By Mara Holt, Ivo Stern", "PORT ELLERY - " + _STORY) == ("Mara Holt, Ivo Stern", None)


def _html(header: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    return (f"<html><head><title>Harrow Bridge reopens after repairs</title></head><body><article><h1>Harrow Bridge "
            f"reopens after repairs</h1><p>{header}</p>{paragraphs}</article></body></html>")


@pytest.mark.parametrize("record", [
    RawRecord(uri="a.txt", text=f"Harrow Bridge reopens after repairs\n\nAna Lund | Nordwire\n\n{_STORY}"),
    RawRecord(uri="a.html", text=_html("Ana Lund | Nordwire"), kind="html"),
    RawRecord(uri="a.jsonl", text=_STORY, fields={"title": "Harrow Bridge reopens", "byline": "Ana Lund | Nordwire"}),
], ids=["text", "html", "jsonl"])
def test_a_name_and_outlet_line_under_the_headline_is_the_byline_and_the_publisher(record: RawRecord) -> None:
    article = build_article("S1", record)
    assert (article.byline, article.publisher) == ("Ana Lund", "Nordwire")
    assert "Nordwire" not in article.text


@pytest.mark.parametrize("record", [
    RawRecord(uri="a.txt", text=f"Harrow Bridge reopens after repairs\n\nBy Mara Holt, Duluth\n\n{_STORY}"),
    RawRecord(uri="b.txt", text=f"Harrow Bridge reopens after repairs\n\nMara Holt, Duluth\n\n{_STORY}"),
    RawRecord(uri="a.jsonl", text=_STORY, fields={"author": "Mara Holt, Duluth"}),
], ids=["text", "bare", "jsonl"])
def test_the_place_after_a_writer_is_no_part_of_the_byline(record: RawRecord) -> None:
    assert build_article("S1", record).byline == "Mara Holt"


def test_a_headline_shaped_like_a_name_and_outlet_stays_the_title() -> None:
    """Above any content the name must be one the story never uses: this headline's words are the story's."""
    html = _html("").replace("<h1>Harrow Bridge reopens after repairs</h1><p></p>", "<p>Harrow Bridge | Valley Echo</p>")
    article = build_article("S1", RawRecord(uri="a.html", text=html, kind="html"))
    assert article.byline is None


@pytest.mark.parametrize(("header", "byline", "publisher", "published"), [
    ("Ana Lund and Ivo Stern | Nordwire", "Ana Lund, Ivo Stern", "Nordwire", None),  # two writers, then the outlet
    ("Ana Lund | Nordwire | March 3, 2031", "Ana Lund", "Nordwire", "2031-03-03"),  # and the date
    ("Ana Lund, Transport Correspondent, Kestrel Valley Times", "Ana Lund", "Kestrel Valley Times", None),
    ("By Ana Lund @analund", "Ana Lund", None, None),  # her handle after the name
])
def test_a_header_line_of_writers_with_outlet_date_role_or_handle(header: str, byline: str, publisher: str | None,
                                                                  published: str | None) -> None:
    article = build_article("S1", RawRecord(uri="a.txt", text=f"Harrow Bridge reopens after repairs\n\n{header}\n\n{_STORY}"))
    assert (article.byline, article.publisher) == (byline, publisher)
    assert str(article.published) == str(published)
    assert article.text == _STORY


def test_a_closing_note_naming_the_writer_s_trade_is_her_byline() -> None:
    text = f"Harrow Bridge reopens after repairs\n\n{_STORY}\n\nAna Lund is a freelance journalist based in Duluth."
    article = build_article("S1", RawRecord(uri="a.txt", text=text))
    assert (article.byline, article.text) == ("Ana Lund", _STORY)


def test_a_closing_sentence_about_someone_else_s_trade_stays() -> None:
    text = f"Harrow Bridge reopens after repairs\n\n{_STORY}\n\nTove Brandt is a civil engineer based in Duluth."
    assert "Tove Brandt is a civil engineer" in build_article("S1", RawRecord(uri="a.txt", text=text)).text


@pytest.mark.parametrize(("line", "published"), [("DULUTH, Minn. —", None), ("BREKKE, March 3, 2031 —", "2031-03-03")])
def test_a_dateline_on_a_line_of_its_own_is_no_text(line: str, published: str | None) -> None:
    text = f"Harrow Bridge reopens after repairs\n\nBy Ana Lund\n\n{line}\n{_STORY}"
    article = build_article("S1", RawRecord(uri="a.txt", text=text))
    assert article.text == _STORY
    assert str(article.published) == str(published)


def test_a_speaker_s_label_alone_on_its_line_is_no_dateline() -> None:
    """A script's "MIRA SALO:" closes with a colon, a dateline standing alone with its dash."""
    assert not dateline_alone("MIRA SALO:") and dateline_alone("MIRA SALO —")


def test_a_page_s_meta_credit_keeps_its_bar() -> None:
    """The extractor joins the credit's parts with ';', which names two writers as often: the page's own '|' says outlet."""
    paragraphs = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    html = ("<html><head><title>Harrow Bridge reopens</title><meta name='author' content='Ana Lund | Nordwire'></head>"
            f"<body><article><h1>Harrow Bridge reopens</h1>{paragraphs}</article></body></html>")
    article = build_article("S1", RawRecord(uri="a.html", text=html, kind="html"))
    assert (article.byline, article.publisher) == ("Ana Lund", "Nordwire")


@pytest.mark.parametrize("record", [
    RawRecord(uri="a.txt", text=f"Harrow Bridge reopens after repairs\n\nAna Lund | Opinion\n\n{_STORY}"),
    RawRecord(uri="a.html", text=_html("Ana Lund | Opinion"), kind="html"),
    RawRecord(uri="a.jsonl", text=_STORY, fields={"title": "Harrow Bridge reopens", "byline": "Ana Lund | Opinion"}),
], ids=["text", "html", "jsonl"])
def test_a_writer_and_her_section_under_the_headline_is_the_byline_and_no_publisher(record: RawRecord) -> None:
    article = build_article("S1", record)
    assert (article.byline, article.publisher) == ("Ana Lund", None)
    assert "Opinion" not in article.text


def test_an_outlet_the_story_names_stays_the_publisher_over_its_section() -> None:
    text = f"Harrow Bridge reopens after repairs\n\nHarrow Echo | Opinion\n\n{_STORY}"
    assert build_article("S1", RawRecord(uri="a.txt", text=text)).publisher == "Harrow Echo"


def test_a_paper_over_its_edition_stays_the_publisher_and_the_writer_below_the_byline() -> None:
    text = ("Sundvik Bygdeblad - International edition\n[This article has been translated automatically from Finnish.]\n\n"
            f"Harrow Bridge reopens after repairs\n\nMette Rask | 10/03/2031 08:30\n\n{_STORY}")
    article = build_article("S1", RawRecord(uri="a.txt", text=text))
    assert (article.publisher, article.byline) == ("Sundvik Bygdeblad", "Mette Rask")
