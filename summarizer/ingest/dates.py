"""Publication dates from metadata strings (ISO first, dateparser for the rest)."""

from __future__ import annotations

import re
from datetime import date, datetime

# A content system's empty date field serialised: the year-one zero value of Go and .NET, or the Unix epoch.
_PLACEHOLDERS = frozenset({date(1, 1, 1), date(1970, 1, 1)})
_FIRST_YEAR = 1900
"""No news page is dated earlier; a stamp before it is a placeholder or a misread field."""


def parse_published(value: object) -> date | None:
    """Best-effort: a date the article was published, or None when the value is not a date.

    A placeholder stamp ('0001-01-01T00:00:00Z', the epoch) is no date, so that the page's other
    marks (its visible "Published ..." line) are read instead of a date two thousand years off.
    """
    found = _parsed(value)
    return None if found is None or found in _PLACEHOLDERS or found.year < _FIRST_YEAR else found


def _parsed(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    import dateparser  # imported only for a date that is not ISO: 30 ms at start-up otherwise

    # Not "3 hours ago", "yesterday", "just now": a feed's stamp relative to when it was read, which nobody knows, and
    # read against the clock of this run it would date the article by the day of the run.
    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                                              "PARSERS": ["timestamp", "custom-formats", "absolute-time"]})
    return parsed.date() if parsed else None


# Not a day and month written with dots ("08.08.2031 09:14"): a clock is neither led nor followed by ".digit".
_CLOCK = re.compile(r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)(?::[0-5]\d)?\s*(?P<ampm>[ap]\.?m\.?)?(?!\d|\.\d)",
                    re.I)


def parse_published_time(value: object) -> str | None:
    """The time of day a dateline or timestamp gives ('2025-02-20T18:05:00+01:00', '20/02/2025 6:05 pm'), as 'HH:MM'.

    Kept as the source's own clock: reports of one story usually share a zone, and when they
    do not, comparing clocks only misorders updates that a date already orders.
    """
    if isinstance(value, datetime):
        return value.strftime("%H:%M")
    if value is None or isinstance(value, date):
        return None
    match = _CLOCK.search(str(value))
    if match is None:
        return None
    hour, minute = int(match["h"]), int(match["m"])
    ampm = (match["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


# A header line giving only a labelled clock time, as a broadcast transcript sets its air time under its air date:
# "Segment: 18:05", "Air time: 6:05 p.m.", "Aired 18:05 CET".
_CLOCK_LINE = re.compile(r"^(?:[A-Z][A-Za-z]*(?: [a-z]+)?\s*:?\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$")
_CLOCK_LINES = 8


def header_clock(text: str) -> str | None:
    """The time a line of the text's first lines gives alone (with a label), for a date line that gives none."""
    lines = [line.strip() for line in text.lstrip().split("\n")[:_CLOCK_LINES]]
    found = [line for line in lines if _CLOCK_LINE.match(line)]
    return parse_published_time(found[0]) if len(found) == 1 else None
