"""A JSON record's writer, outlet and time under the names and shapes real feeds use (invented records):
lists of authors, source objects, RFC 2822 and epoch times, the text under "body" or "content"."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from summarizer.ingest import load_inputs
from summarizer.ingest.dates import parse_published_time
from summarizer.ingest.record_meta import record_meta
from summarizer.schema import Article

TEXT = ("The ferry operator on the Dunmere estuary cancelled every crossing on Thursday after a gearbox failed on "
        "its only vessel, leaving commuters to drive forty minutes around the head of the estuary.")


def _read(tmp_path: Path, *records: dict[str, Any]) -> list[Article]:
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({**r, **{k: f"{v} Record {i}." for k, v in r.items() if k in ("text", "body", "content")}})
             for i, r in enumerate(records)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_inputs([str(path)]).articles


@pytest.mark.parametrize(("record", "publisher", "byline", "day", "clock"), [
    ({"byline": "Orla Quint", "outlet": "Estuary Echo", "pubDate": "Thu, 07 Aug 2031 08:15:00 +0100"},
     "Estuary Echo", "Orla Quint", date(2031, 8, 7), "08:15"),
    ({"authors": ["Orla Quint", "Ned Sallow"], "site_name": "Estuary Echo", "published_at": "2031-08-07T06:40:00Z"},
     "Estuary Echo", "Orla Quint, Ned Sallow", date(2031, 8, 7), "06:40"),
    ({"authors": [{"name": "Orla Quint"}], "site": "Estuary Echo", "timestamp": 1943842500},
     "Estuary Echo", "Orla Quint", date(2031, 8, 7), "04:15"),
    ({"creator": "Orla Quint", "station": "Dunmere 96.4", "datetime": "2031-08-07 07:00"},
     "Dunmere 96.4", "Orla Quint", date(2031, 8, 7), "07:00"),
    ({"author": {"name": "Orla Quint"}, "channel": "Estuary TV", "time": "August 7, 2031 7:30 pm"},
     "Estuary TV", "Orla Quint", date(2031, 8, 7), "19:30"),
    ({"author": ["Orla Quint"], "network": "Coastal Radio Network", "date": "7 August 2031"},
     "Coastal Radio Network", "Orla Quint", date(2031, 8, 7), None),
    ({"source": {"id": "echo", "name": "Estuary Echo"}, "publishedAt": "2031-08-07T09:00:00Z", "Writer": "Orla Quint"},
     "Estuary Echo", "Orla Quint", date(2031, 8, 7), "09:00"),
    ({"Publisher": {"@type": "Organization", "name": "Estuary Echo"}, "date_published": "1943842500000"},
     "Estuary Echo", None, date(2031, 8, 7), "04:15"),
])
def test_metadata_under_the_names_feeds_use(tmp_path: Path, record: dict[str, Any], publisher: str,
                                            byline: str | None, day: date, clock: str | None) -> None:
    (article,) = _read(tmp_path, {"text": TEXT, **record})
    assert article.status == "ok", article.error
    assert (article.publisher, article.byline, article.published, article.published_time) == (
        publisher, byline, day, clock)


def test_text_under_body_or_content_and_a_headline_field(tmp_path: Path) -> None:
    first, second = _read(tmp_path, {"body": TEXT, "headline": "Estuary ferry off"}, {"content": f"<p>{TEXT}</p>"})
    assert first.status == "ok" and first.title == "Estuary ferry off" and first.text.startswith("The ferry")
    assert second.status == "ok" and "<p>" not in second.text


def test_a_url_is_no_outlet_name_and_a_date_that_is_no_date_gives_way() -> None:
    meta = record_meta({"source": "https://estuaryecho.example/news/1", "outlet": "Estuary Echo",
                        "date": "n/a", "updated": "x", "published_at": "2031-08-07"})
    assert meta.publisher == "Estuary Echo"
    assert meta.stamp == "2031-08-07"


def test_a_wrongly_typed_title_or_url_still_fails_alone(tmp_path: Path) -> None:
    bad, good = _read(tmp_path, {"text": TEXT, "title": ["x"]}, {"text": TEXT, "author": 5})
    assert bad.status == "failed" and "'title' is a list" in (bad.error or "")
    assert good.status == "ok" and good.byline is None


def test_a_day_written_with_dots_is_no_clock() -> None:
    assert parse_published_time("07.08.2031 09:14") == "09:14"
    assert parse_published_time("07.08.2031") is None
    assert parse_published_time("Published: 7. August 2031 at. 18.05") == "18:05"
