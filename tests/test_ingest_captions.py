"""A page's pictures leave their credits, gallery counters, frame labels, buttons and captions between the paragraphs
(invented articles): none of it is the article's text, whether the input is a text file, a page or a JSONL record;
a news paragraph above a credit keeps its place."""

from __future__ import annotations

import pytest

from summarizer.ingest import build_article
from summarizer.ingest.records import RawRecord

_PARAGRAPHS = [
    "The Harrow Bridge reopened to traffic on Monday after three weeks of repairs, the county said.",
    "Engineers replaced two steel bearings and resurfaced the deck, said Tove Brandt, the county's roads chief.",
    "Buses will return to the route on Wednesday, the operator said.",
]
_CAPTION = "Workers lift a new bearing into place on the Harrow Bridge."


def _records(between: list[str]) -> list[RawRecord]:
    first, *rest = _PARAGRAPHS
    lines = [first, *between, *rest]
    html = ("<html><head><title>Harrow Bridge reopens after repairs</title></head><body><article><h1>Harrow Bridge "
            "reopens after repairs</h1>" + "".join(f"<p>{line}</p>" for line in lines) + "</article></body></html>")
    return [RawRecord(uri="a.txt", text="Harrow Bridge reopens after repairs\n\n" + "\n\n".join(lines)),
            RawRecord(uri="a.html", text=html, kind="html"),
            RawRecord(uri="a.jsonl", text="\n\n".join(lines), fields={"title": "Harrow Bridge reopens"})]


@pytest.mark.parametrize("between", [
    ["Image 1 of 6", _CAPTION, "Ivo Stern/Nordwire"],  # a gallery: counter, caption, credit
    ["3 / 12", _CAPTION],  # the caption after a counter
    [_CAPTION, "(Photo by Ivo Stern/Nordwire)"],  # the caption above its credit
    [_CAPTION, "Photo: Ivo Stern"],
    ["Slide 3 of 9", "View gallery (12 photos)", "hide caption", "Enlarge this image", "Listen · 4:05", "Play video 1:45"],
    ["Pictured: Tove Brandt at the bridge on Friday", "From left: Tove Brandt and Ivo Stern", "File photo",
     "Courtesy of the Harrow fire service"],
    ["Listen to this article", "2 min read", "Share this story", "Credit: Ivo Stern"],
], ids=["gallery", "counter", "credit-after", "photo-label", "buttons", "frame-labels", "page-labels"])
def test_picture_lines_and_their_captions_are_no_text(between: list[str]) -> None:
    for record in _records(between):
        article = build_article("S1", record)
        kept = [line for line in article.text.split("\n") if line.strip()]
        assert kept == _PARAGRAPHS, (record.uri, kept)


@pytest.mark.parametrize("paragraph", [
    "The county closed the bridge to lorries in March.",  # a past: the story's
    "Buses will return to the route on Wednesday.",  # a future
    "Residents called the repairs overdue, a councillor said.",  # reported
])
def test_a_news_paragraph_above_a_credit_stays(paragraph: str) -> None:
    for record in _records([paragraph, "(Photo by Ivo Stern/Nordwire)"]):
        article = build_article("S1", record)
        assert paragraph in article.text, record.uri
        assert "Ivo Stern" not in article.text


@pytest.mark.parametrize("between", [
    [f"{_CAPTION} REUTERS/Ivo Stern"],  # the credit closing the caption's line
    ["Save article", "Text size", "Gift this article"],
    ["Workers lift a new bearing into place on the Harrow Bridge (AFP)"],  # an agency's bracketed credit
    ["Workers lift a new bearing into place. (Nordwire/Ivo Stern)"],
    ["A crane lowers the deck section at dawn (AP Photo/Ivo Stern)"],
], ids=["inline-credit", "buttons", "bracketed-agency", "bracketed-photographer", "bracketed-photo"])
def test_more_page_lines_are_no_text(between: list[str]) -> None:
    for record in _records(between):
        kept = [line for line in build_article("S1", record).text.split("\n") if line.strip()]
        assert kept == _PARAGRAPHS, (record.uri, kept)


@pytest.mark.parametrize("paragraph", [
    "Toll revenue rises 4 percent on the bridge (Nordwire)",  # a figure: the wire's news, credited
    "The county closed the bridge to lorries in March (AFP)",  # a past
    "Traffic is flowing again, the county says (AFP)",  # reported
])
def test_a_news_line_with_an_agency_credit_stays(paragraph: str) -> None:
    for record in _records([paragraph]):
        assert paragraph.split(" (")[0] in build_article("S1", record).text, record.uri


@pytest.mark.parametrize("pull", ["“two steel bearings and resurfaced the deck”", '"Engineers replaced two steel bearings" - Tove Brandt'])
def test_a_pull_quote_repeating_the_story_is_no_text(pull: str) -> None:
    for record in _records([pull]):
        kept = [line for line in build_article("S1", record).text.split("\n") if line.strip()]
        assert kept == _PARAGRAPHS, (record.uri, kept)


def test_a_quotation_the_story_does_not_repeat_stays() -> None:
    for record in _records(["“We will rebuild the old ferry quay next,” the mayor said."]):
        assert "ferry quay" in build_article("S1", record).text
