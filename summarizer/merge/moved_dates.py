"""A date that moved as the story developed: a later report of a postponement is an update, not a conflict.

"The hearing is set for 3 March" on Monday and "the hearing has been postponed to 10 March" on Wednesday
are two true reports at two times. A date discrepancy becomes an update when the reports of one date say
it moved (postponed, delayed, put or pushed back, brought forward, moved, rescheduled, deferred, adjourned,
'is now set for') and were published no earlier than every report of the other dates: the later outlet
tells of the change itself. A report saying it moved that is older than a rival date, or one with no
publication date, leaves the conflict standing: nothing says which came last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, time

from summarizer.merge.date_conflicts import in_words
from summarizer.schema import Article, Discrepancy, Position, Update, UpdateValue

MOVED = re.compile(
    r"\b(?:postpone[sd]?|postponing|postponement|delay(?:s|ed|ing)?|deferr?(?:s|ed|ing)?|reschedul(?:e|es|ed|ing)|"
    r"(?:put|puts|pushed|pushes|push|moved|moves|move|brought|brings|bring|pulled)\s+(?:it\s+)?(?:back|forward|up)|"
    r"moved\s+to|adjourn(?:s|ed)?\s+(?:to|until|till)|"
    r"now\s+(?:set|scheduled|due|expected|planned|to\s+be|takes?|starts?|begins?|applies|apply|comes?|leaves?|opens?))\b",
    re.IGNORECASE,
)


def split_moved_dates(discrepancies: Sequence[Discrepancy], articles: Sequence[Article]) -> tuple[list[Discrepancy], list[Update]]:
    """Date discrepancies whose latest date is told as a move by the latest reports become updates."""
    by_id = {a.id: a for a in articles}
    kept: list[Discrepancy] = []
    updates: list[Update] = []
    for d in discrepancies:
        update = _moved(d, by_id) if d.kind == "date" and len(d.positions) >= 2 else None
        if update is None:
            kept.append(d)
        else:
            updates.append(update)
    return kept, updates


def _moved(d: Discrepancy, by_id: dict[str, Article]) -> Update | None:
    told = [p for p in d.positions if any(MOVED.search(span.text) for span in p.evidence)]
    if len(told) != 1:
        return None
    moved = told[0]
    times = [_published(p, by_id) for p in d.positions]
    if any(t is None for t in times):
        return None
    at = times[d.positions.index(moved)]
    others = [t for p, t in zip(d.positions, times, strict=True) if p is not moved]
    assert at is not None
    if any(t is not None and t[1] > at[0] for t in others):  # a rival date reported after the move
        return None
    order = sorted(d.positions, key=lambda p: (p is moved, times[d.positions.index(p)]))
    steps = " to ".join(f"{in_words(p.value)} ({', '.join(p.sources)})" for p in order)
    subject = d.subject.removeprefix("Date of: ")
    return Update(
        subject=d.subject,
        summary=f"The date moved as reports came in: {subject} went from {steps}, which reports the change.",
        values=[UpdateValue(value=p.value, sources=p.sources, time=_shown(times[d.positions.index(p)]), evidence=p.evidence)
                for p in order],
    )


def _published(position: Position, by_id: dict[str, Article]) -> tuple[datetime, datetime] | None:
    """The earliest and latest publication times of a position's reports (a day's bounds where no time is given)."""
    points: list[tuple[datetime, datetime]] = []
    for source in position.sources:
        article = by_id.get(source)
        if article is None or article.published is None:
            return None
        clock = _clock(article.published_time)
        if clock is None:
            points.append((datetime.combine(article.published, time(0, 0)), datetime.combine(article.published, time(23, 59))))
        else:
            at = datetime.combine(article.published, clock)
            points.append((at, at))
    return min(p[0] for p in points), max(p[1] for p in points)


def _shown(when: tuple[datetime, datetime] | None) -> str | None:
    if when is None:
        return None
    return when[0].isoformat(timespec="minutes") if when[0] == when[1] else when[0].date().isoformat()


def _clock(value: str | None) -> time | None:
    try:
        return time.fromisoformat(value) if value else None
    except ValueError:
        return None

