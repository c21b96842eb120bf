"""Feed and export shapes found by a red-team pass on invented records: a "text" field holding the page's markup,
an RSS author given as an e-mail address with the name in brackets, a stamp relative to when the feed was read
("3 hours ago"), and a browser tab's title ("Headline | Site") whose site name has no outlet's head word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.ingest import load_inputs
from summarizer.ingest.dates import parse_published
from summarizer.ingest.writers import writer_credit
from summarizer.schema import Article

_PARAGRAPHS = [
    "The Harrow Bridge reopened to traffic on Monday after three weeks of repairs, the county said.",
    "Engineers replaced two steel bearings and resurfaced the deck, said Tove Brandt, the county's roads chief.",
]


def _read(tmp_path: Path, record: dict[str, object]) -> Article:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return load_inputs([str(path)]).articles[0]


def test_markup_in_the_text_field_is_read_as_html(tmp_path: Path) -> None:
    article = _read(tmp_path, {"text": "".join(f"<p>{p}</p>" for p in _PARAGRAPHS), "title": "Bridge reopens"})
    assert article.status == "ok"
    assert [line for line in article.text.split("\n") if line.strip()] == _PARAGRAPHS


@pytest.mark.parametrize("credit", ["ana.lund@nordwire.example (Ana Lund)", "Ana Lund <ana.lund@nordwire.example>",
                                    "Ana Lund (ana.lund@nordwire.example)"])
def test_an_author_given_with_an_address_is_her_name(credit: str) -> None:
    assert writer_credit(credit) == ("Ana Lund", None)


def test_an_address_alone_names_no_one() -> None:
    assert writer_credit("ana.lund@nordwire.example") == (None, None)


@pytest.mark.parametrize("stamp", ["3 hours ago", "yesterday", "just now", "2 days ago"])
def test_a_stamp_relative_to_reading_dates_nothing(stamp: str) -> None:
    assert parse_published(stamp) is None


def test_absolute_stamps_still_read() -> None:
    assert str(parse_published("Tue, 03 Mar 2031 09:00:00 GMT")) == "2031-03-03"


def test_a_tab_title_s_site_is_the_publisher(tmp_path: Path) -> None:
    article = _read(tmp_path, {"text": "\n\n".join(_PARAGRAPHS), "title": "Harrow Bridge reopens after repairs | Nordwire"})
    assert (article.title, article.publisher) == ("Harrow Bridge reopens after repairs", "Nordwire")
    section = _read(tmp_path, {"text": "\n\n".join(_PARAGRAPHS), "title": "Harrow Bridge reopens after repairs | Local News"})
    assert section.publisher is None
