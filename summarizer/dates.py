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
from datetime import date, timedelta

from summarizer.calendar_words import MONTH_RE, MONTHS, WEEKDAY_RE, WEEKDAYS

_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
# "Friday, June 5" / "Monday the 1. June": a weekday written with the date is part of it (and fixes its year).
_NAMED_DAY = rf"(?:{WEEKDAY_RE},?\s+(?:the\s+)?)?"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b({_YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b")),
    ("numeric", re.compile(rf"\b(\d{{1,2}})([/.])(\d{{1,2}})\2({_YEAR}|\d\d)\b")),
    # "2. June 2026": Nordic and German copy (and its machine translation) mark the day with a dot.
    ("dmy", re.compile(rf"\b{_NAMED_DAY}({_DAY})(?:{_ORD}|\.)\s+(?:of\s+)?({MONTH_RE})(?:,?\s+({_YEAR}))?\b")),
    ("mdy", re.compile(rf"\b{_NAMED_DAY}({MONTH_RE})\s+({_DAY}){_ORD}(?:,?\s+({_YEAR}))?\b(?!:)")),
    ("my", re.compile(rf"\b(?:in\s+|of\s+|since\s+|until\s+|by\s+)?({MONTH_RE})(?:\s+of)?\s+({_YEAR})\b")),
    ("month", re.compile(rf"(?<![\w-])(?=[A-Z])({MONTH_RE})\b(?!\s+\d)")),
    ("weekday", re.compile(rf"\b({WEEKDAY_RE})\b")),
    ("relative", re.compile(r"\b(yesterday|today|tomorrow|last (?:week|month|year)|next (?:week|month|year)|"
                            r"earlier this (?:week|month|year)|this (?:month|year)|later this (?:month|year))\b",
                            re.IGNORECASE)),
    ("year", re.compile(rf"(?<![\w$€£.,-])({_YEAR})\b(?![-/.,]\d)")),
]


# Words that must precede a bare month or year for it to be a date ("in March", "since 2019"), found by
# looking back from the anchor: cheaper than a pattern that starts with an alternation.
_LEAD_MONTH = re.compile(r"\b(in|since|until|by|early|late|mid-?|last|next|this)\s*$", re.IGNORECASE)
_LEAD_YEAR = re.compile(r"\b(in|since|until|by|during|of|from|early|late|mid-?)\s*$", re.IGNORECASE)
_LEAD_WEEKDAY = re.compile(r"\b(last|next|this|on|since|until|by)\s+$")


@dataclass(frozen=True)
class DateMention:
    """A resolved date and the characters that state it."""

    value: str
    start: int
    end: int
    relative: bool = False  # resolved against the publication date ("on Monday", "last month")


def day_first(text: str) -> bool:
    """Whether this article writes numeric dates day first, judged from its own dates."""
    votes = 0
    for match in _PATTERNS[1][1].finditer(text):
        a, b = int(match.group(1)), int(match.group(3))
        if a > 12 >= b:
            votes += 3
        elif b > 12 >= a:
            votes -= 3
    votes += len(_PATTERNS[2][1].findall(text)) - len(_PATTERNS[3][1].findall(text))
    return votes > 0


_LEADS = {"month": _LEAD_MONTH, "year": _LEAD_YEAR, "weekday": _LEAD_WEEKDAY}


def find_dates(text: str, published: date | None, dayfirst: bool | None = None) -> list[DateMention]:
    """Every date expression in ``text``, resolved; overlapping expressions keep the longest.

    ``dayfirst`` overrides the article's own evidence, for a line read out of its article (a dateline).
    """
    dayfirst = day_first(text) if dayfirst is None else dayfirst
    # Claimed stretches, disjoint and sorted, so an overlap test is one bisection: a scan of every
    # earlier date made a long article's date pass quadratic.
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            lead = _LEADS.get(kind)
            modifier = lead.search(text[max(0, start - 9) : start]) if lead else None
            if kind in ("month", "year") and modifier is None:
                continue
            if modifier is not None:
                start -= len(text[max(0, start - 9) : start]) - modifier.start()
            at = bisect.bisect_left(taken_starts, end)  # taken[:at] start before this one ends
            if at > 0 and taken_ends[at - 1] > start:
                continue
            value = _resolve(kind, match, published, dayfirst, text, modifier.group(1).lower() if modifier else "")
            if value is None:
                continue
            taken_starts.insert(at, start)
            taken_ends.insert(at, end)
            found.append(DateMention(value, start, end, relative=kind in ("weekday", "relative")
                                     or (kind in ("month", "dmy", "mdy") and not _has_year(match))))
    found.sort(key=lambda d: d.start)
    return found


def _has_year(match: re.Match[str]) -> bool:
    return match.re.groups >= 3 and match.group(3) is not None


def _year(raw: str | None, month: int, published: date | None, future: bool) -> int | None:
    if raw:
        year = int(raw)
        return year + 2000 if year < 100 else year
    if published is None:
        return None
    year = published.year
    if not future and month > published.month + 1:
        year -= 1  # "in November", written in February, is last November
    if future and month < published.month:
        year += 1
    return year


def _day_month(month: int, day: int, published: date, future: bool) -> str | None:
    """A day and month with no year: the latest such date on or before publication, or for an event
    the sentence puts ahead ("is scheduled for Feb. 14") the first one on or after it."""
    year = published.year
    if (month, day) > (published.month, published.day) and not future:
        year -= 1
    elif (month, day) < (published.month, published.day) and future:
        year += 1
    return _iso(year, month, day)


# What puts a date ahead of the writing: only read in the date's own sentence ("Sentencing is
# scheduled for Feb. 14. He was arrested for the March 21 call." leaves the call in the past).
_FUTURE = re.compile(r"\b(?:will|would|plans?|planned|scheduled|due|expected|next|set to|upcoming)\b", re.IGNORECASE)
_STOP = re.compile(r"[.!?][”\"’)]*\s+(?=[A-Z“\"‘(])|\n")
_SHORT_WORD = re.compile(r"(?:^|[\s(])(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])*)$")  # "Feb.", "Sen.", "U.S."


def _sentence_lead(text: str, start: int) -> str:
    """The up to 80 characters before ``start`` that are in its sentence (abbreviation dots do not end one)."""
    lead_start = max(0, start - 80)
    cut = lead_start
    for stop in _STOP.finditer(text, lead_start, start):
        if stop.group() == "\n" or not _SHORT_WORD.search(text[max(lead_start, stop.start() - 6) : stop.start()]):
            cut = stop.end()
    return text[cut:start]


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _resolve(kind: str, m: re.Match[str], published: date | None, dayfirst: bool, text: str,
             modifier: str) -> str | None:
    future = _FUTURE.search(_sentence_lead(text, m.start())) is not None
    if kind == "iso":
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if kind == "numeric":
        a, b, year = int(m.group(1)), int(m.group(3)), _year(m.group(4), 1, published, False)
        first = _iso(year, b, a) if dayfirst else _iso(year, a, b)
        return first or (_iso(year, a, b) if dayfirst else _iso(year, b, a))
    if kind in ("dmy", "mdy"):
        day_s, month_s = (m.group(1), m.group(2)) if kind == "dmy" else (m.group(2), m.group(1))
        month = _month(month_s)
        if kind == "mdy" and month_s == "May" and not m.group(3) and int(day_s) > 31:
            return None
        if m.group(3) is None and published is not None:
            named = _WEEKDAY_FIRST.match(m.group())
            if named:  # "Friday, June 5": the weekday says which year
                return _day_month_on(month, int(day_s), WEEKDAYS[named.group(1).lower()], published) \
                    or _day_month(month, int(day_s), published, future)
            return _day_month(month, int(day_s), published, future)
        return _iso(_year(m.group(3), month, published, future), month, int(day_s))
    if kind == "my":
        return _iso(int(m.group(2)), _month(m.group(1)))
    if kind == "month":
        if m.group(1) == "May" and modifier not in ("in", "since", "until", "by", "early", "late", "mid", "mid-"):
            return None
        month = _month(m.group(1))
        return _iso(_year(None, month, published, future or modifier == "next"), month)
    if kind == "year":
        return _iso(int(m.group(1)))
    if published is None:
        return None
    if kind == "weekday":
        return _weekday(modifier, WEEKDAYS[m.group(1).lower()], published, future)
    return _relative(m.group(1).lower(), published)


_WEEKDAY_FIRST = re.compile(rf"({WEEKDAY_RE})\b")


def _day_month_on(month: int, day: int, weekday: int, published: date) -> str | None:
    """The yearless date nearest publication that falls on the weekday the text names with it."""
    fits = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        if when.weekday() == weekday:
            fits.append((abs((when - published).days), when))
    return min(fits)[1].isoformat() if fits else None


def _weekday(modifier: str, weekday: int, published: date, future: bool) -> str:
    if modifier == "next" or (future and modifier != "last"):
        ahead = (weekday - published.weekday()) % 7 or 7
        return (published + timedelta(days=ahead)).isoformat()
    back = (published.weekday() - weekday) % 7
    if modifier == "last" and back == 0:
        back = 7
    return (published - timedelta(days=back)).isoformat()


def _relative(phrase: str, published: date) -> str:
    if phrase == "yesterday":
        return (published - timedelta(days=1)).isoformat()
    if phrase == "tomorrow":
        return (published + timedelta(days=1)).isoformat()
    if phrase == "today":
        return published.isoformat()
    if phrase.endswith("week"):
        shift = -7 if phrase.startswith("last") else 7 if phrase.startswith("next") else 0
        return (published + timedelta(days=shift)).strftime("%Y-%m")
    if phrase.endswith("month"):
        month = published.month + (-1 if phrase.startswith("last") else 1 if phrase.startswith("next") else 0)
        year = published.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        return f"{year:04d}-{month:02d}"
    shift = -1 if phrase.startswith("last") else 1 if phrase.startswith("next") else 0
    return f"{published.year + shift:04d}"
