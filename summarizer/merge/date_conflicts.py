"""The one way a date conflict about one event is reported: each date with the outlets that give it.

The timeline's same-event buckets, the retold-act finder and the start-date finder all find such
conflicts; the briefing shows them alike.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date as Date
from typing import Protocol, TypeVar

from summarizer.calendar_words import MONTH_NAMES, WEEKDAYS
from summarizer.merge._text import sorted_sources, undatelined
from summarizer.schema import Discrepancy, Position, Span

T = TypeVar("T")
_WEEKDAY_NAMES = sorted(WEEKDAYS, key=WEEKDAYS.__getitem__)


def in_words(value: str) -> str:
    """A position's date as a reader says it: "2031-03-14" is "Friday 14 March 2031", "2031-03" "March 2031". The
    summary is read by people, who check a report's "on Friday" against a weekday and a day, not an ISO string; the
    position keeps the ISO value for machines. Anything else is given as it is."""
    parts = value.split("-")
    try:
        if len(parts) == 3:
            day = Date.fromisoformat(value)
            return f"{_WEEKDAY_NAMES[day.weekday()].title()} {day.day} {MONTH_NAMES[day.month - 1].title()} {day.year}"
        if len(parts) == 2 and 1 <= int(parts[1]) <= 12:
            return f"{MONTH_NAMES[int(parts[1]) - 1].title()} {int(parts[0])}"
    except ValueError:
        pass
    return value


def _short(text: str) -> str:
    return text if len(text) <= 80 else text[:77].rstrip() + "…"


class Told(Protocol):
    """A report giving a date: its source and the span that gives it (an event, a claim)."""

    @property
    def source(self) -> str: ...
    @property
    def span(self) -> Span: ...


@dataclass(frozen=True, slots=True)
class DatedSentence:
    """A whole sentence of an article that gives a date, for finders reading article text rather than events."""

    source: str
    span: Span


def day_buckets(named: Mapping[str, tuple[str, Sequence[T]]]) -> list[tuple[str, list[T]]]:
    """One outlet's day each (``named``: independent source -> (day, its reports)) as buckets of reports per day,
    in day order: the positions of a date discrepancy."""
    return [(day, [m for d, members in named.values() if d == day for m in members])
            for day in sorted({day for day, _ in named.values()})]


def date_discrepancy(text: str, buckets: Sequence[tuple[str, Sequence[Told]]], *, subject: str | None = None,
                     notes: Mapping[str, str] | None = None) -> Discrepancy:
    """A date discrepancy about the event ``text`` words, one position per date bucket. ``notes`` say how a
    date was told where the words are not a date ('immediately': the day of the report), before the day."""
    positions = [
        Position(value=date, sources=sorted_sources(m.source for m in members), evidence=[m.span for m in members])
        for date, members in buckets
    ]
    told = notes or {}
    dates = " vs ".join(f"{told[p.value] + ', that is ' if p.value in told else ''}{in_words(p.value)} ({', '.join(p.sources)})"
                        for p in positions)
    return Discrepancy(
        subject=subject or "Date of: " + _short(undatelined(text)),
        kind="date",
        summary=f"Sources date this event differently: {dates}.",
        positions=positions,
    )
