"""Date expressions resolved to ISO partial dates, as precise as the text allows and no more.

Relative expressions ("on Monday", "last month") only resolve against a known publication date;
without one they are dropped rather than guessed. Numeric dates are read day-first or month-first
by evidence from the same article (a component above 12 settles it, written dates like
"20 February" suggest day-first), and an impossible reading is never produced.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from summarizer.calendar_words import NUMERIC_IDIOMS
from summarizer.dates.order import article_day_first, day_first, day_first_votes
from summarizer.dates.patterns import LEADS, NEEDS, PATTERNS
from summarizer.dates.resolve import resolve

__all__ = ["DateMention", "article_day_first", "day_first", "day_first_votes", "find_dates"]


@dataclass(frozen=True)
class DateMention:
    """A resolved date and the characters that state it."""

    value: str
    start: int
    end: int
    relative: bool = False  # resolved against the publication date ("on Monday", "last month")



def find_dates(text: str, published: date | None, dayfirst: bool | None = None, *,
               order_known: bool = False) -> list[DateMention]:
    """Every date expression in ``text``, resolved; overlapping expressions keep the longest.

    ``dayfirst`` overrides the article's own evidence, for a line read out of its article (a dateline)
    or an article whose locale says it (see :func:`day_first_votes`). With neither, a full numeric date
    is read month first and a yearless one ("12/3") as whichever reading is nearer the writing.
    """
    if dayfirst is None and not order_known:  # ``order_known``: None was already decided (nothing says)
        votes = day_first_votes(text)
        dayfirst = True if votes > 0 else False if votes < 0 else None
    # Claimed stretches, disjoint and sorted, so an overlap test is one bisection: a scan of every
    # earlier date made a long article's date pass quadratic.
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    found: list[DateMention] = []
    absent = {kind for kind, needs in NEEDS.items() if not needs.search(text)}
    for kind, pattern in PATTERNS:
        if kind in absent:  # a cheap test spares a pattern that would try every position
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            lead = LEADS.get(kind)
            modifier = lead.search(text[max(0, start - 11) : start]) if lead else None
            if kind in ("month", "year") and modifier is None:
                continue
            if kind == "daymonth" and ((modifier is None and match.group(1) is None)
                                       or f"{match.group(2)}/{match.group(3)}" in NUMERIC_IDIOMS):
                continue
            if modifier is not None:
                start -= len(text[max(0, start - 11) : start]) - modifier.start()
            at = bisect.bisect_left(taken_starts, end)  # taken[:at] start before this one ends
            if at > 0 and taken_ends[at - 1] > start:
                continue
            value = resolve(kind, match, published, dayfirst, text, modifier.group(1).lower() if modifier else "")
            if value is None:
                continue
            taken_starts.insert(at, start)
            taken_ends.insert(at, end)
            found.append(DateMention(value, start, end, relative=kind in ("weekday", "weekday_day", "relative")
                                     or (kind in ("month", "dmy", "dotdmy", "mdy", "ordinal_dmy", "ordinal_mdy")
                                         and not _has_year(match))))
    found.sort(key=lambda d: d.start)
    return found


def _has_year(match: re.Match[str]) -> bool:
    return match.re.groups >= 3 and match.group(3) is not None
