"""A wire's dateline says when the story was filed, not when what it reports happened (invented articles)."""

from __future__ import annotations

from summarizer.extract.offline import extract_offline
from summarizer.ingest import build_article
from summarizer.ingest.records import RawRecord


def _events(text: str) -> list[tuple[str, str]]:
    article = build_article("S1", RawRecord(uri="mem://pass.txt", text=text))
    return [(e.date, e.text) for e in extract_offline(article).events]


def test_the_day_a_sentence_names_is_its_date_not_the_dateline() -> None:
    # 4 June 2031 is a Wednesday: 'on Friday' is 30 May, the dateline's day only the day of filing.
    for dateline in ("ORVANE, June 4, 2031 (Lowmoor Wire) -", "ORVANE, Kessia, 4 June 2031 -"):
        events = _events(f"Pass closed\n\n{dateline} Rockfalls closed the Orvane pass on Friday, the road agency "
                         "said. Crews cleared the last boulders on Monday.")
        assert [d for d, _ in events] == ["2031-05-30", "2031-06-02"]


def test_a_dateline_alone_still_dates_nothing_else() -> None:
    # Near-miss: a sentence stating its own full date keeps it, whatever the dateline says.
    events = _events("Pass closed\n\nORVANE, June 4, 2031 - The Orvane pass was closed on 28 May 2031 after "
                     "rockfalls, the road agency said.")
    assert [d for d, _ in events] == ["2031-05-28"]


def test_a_label_before_a_colon_dates_what_follows() -> None:
    # 'UPDATE, Sunday:' is when the update was written, so its 'today' is that Sunday (1 June 2031).
    events = _events("Pass closed\n\nORVANE, June 4, 2031 - Rockfalls closed the Orvane pass on Friday, the road "
                     "agency said.\n\nUPDATE, Sunday: The agency now says the pass reopened at 6 a.m. today.")
    assert [d for d, _ in events] == ["2031-05-30", "2031-06-01"]
