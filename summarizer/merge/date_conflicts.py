"""The one way a date conflict about one event is reported: each date with the outlets that give it.

The timeline's same-event buckets, the retold-act finder and the start-date finder all find such
conflicts; the briefing shows them alike.
"""

from __future__ import annotations

from summarizer.merge._text import sorted_sources, undatelined
from summarizer.merge.event_items import EventItem
from summarizer.schema import Discrepancy, Position


def _short(text: str) -> str:
    return text if len(text) <= 80 else text[:77].rstrip() + "…"


def date_discrepancy(text: str, buckets: list[tuple[str, list[EventItem]]]) -> Discrepancy:
    """A date discrepancy about the event ``text`` words, one position per date bucket."""
    positions = [
        Position(value=date, sources=sorted_sources(m.source for m in members), evidence=[m.span for m in members])
        for date, members in buckets
    ]
    dates = " vs ".join(f"{p.value} ({', '.join(p.sources)})" for p in positions)
    return Discrepancy(
        subject="Date of: " + _short(undatelined(text)),
        kind="date",
        summary=f"Sources date this event differently: {dates}.",
        positions=positions,
    )
