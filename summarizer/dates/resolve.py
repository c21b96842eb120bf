"""A found date expression resolved to an ISO partial date: as precise as the text allows and no more.

A yearless or relative date is placed against the publication date by the tense of its own sentence
("is scheduled for Feb. 14" looks ahead, "was arrested on March 21" back); an impossible reading is
never produced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from summarizer.calendar_words import DOT_MONTHS, MONTHS, WEEKDAY_RE, WEEKDAYS, day_number
from summarizer.dates.patterns import FORWARD


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


def _day_month(month: int, day: int, published: date, future: bool, forward: bool = False,
               past: bool = True) -> str | None:
    """A day and month with no year: the latest such date on or before publication, or for an event
    the sentence puts ahead ("is scheduled for Feb. 14") the first one on or after it, or after a
    word that looks ahead or bounds a stretch ("from Jan. 1", "by 27 March") the nearer of the two.

    A sentence told neither ahead nor in the past ("the service resumes the 14/3", "shareholders get their say at
    a meeting on 21 April") means the nearer of the two: a present tense tells of what is current, as near ahead
    as behind.
    """
    if not future and (forward or not past):
        return _nearest(published, [_iso(published.year + shift, month, day) for shift in (-1, 0, 1)])
    year = published.year
    if (month, day) > (published.month, published.day) and not future:
        year -= 1
    elif (month, day) < (published.month, published.day) and future:
        year += 1
    return _iso(year, month, day)


# "risen since Jan. 1": a date a stretch runs from up to the writing lies behind it, whatever the verb's tense.
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)


def _nearest(published: date, values: list[str | None]) -> str | None:
    """The value nearest ``published`` (the earlier on a tie); None when none is a real date."""
    real = [v for v in values if v is not None]
    return min(real, key=lambda v: (abs((date.fromisoformat(v) - published).days), v)) if real else None


# What puts a date ahead of the writing: only read in the date's own sentence ("Sentencing is
# scheduled for Feb. 14. He was arrested for the March 21 call." leaves the call in the past).
_FUTURE = re.compile(r"\b(?:will|would|plans?|planned|scheduled|due|expected|next|set (?:to|for)|upcoming)\b", re.IGNORECASE)
# "remain cancelled until the relief ferry takes over on Tuesday": after 'until', 'once', 'when' or 'before', a
# verb in the simple present tells of what is still to come, whatever the tense of the main clause.
_UNTIL_PRESENT = re.compile(r"\b(until|till|once|when|before)\s+(?:[\w'’-]+\s+){0,5}?(?!(?:was|has|is|does)\b)"
                            r"[a-z]{2,}(?<![su])s\s+(?:[a-z]+\s+){0,3}$")
# "Work resumes Monday", "the plant reopens on Tuesday", "the ban takes effect in February", "she leaves on 30 June",
# "the hearing was postponed to 10 March": a verb of a
# timetable in the simple present right before the date tells of what is to come, as "will resume" does. Only
# verbs that name a scheduled start or stop: a plural noun ("cast their ballots Monday") or an adjective
# ("stayed open Monday") is no such verb.
_SCHEDULED = re.compile(r"\b(?:(?:resume|reopen|restart|begin|start|return|convene|expire|launche|arrive|depart|close|end|open|"
                        r"leave|retire)s|resume|reopen|restart|begin|convene|takes? effect|kicks? off|goes into effect|"
                        r"comes? into force|(?:steps|stands) down|"
                        # "postponed to 30 September", "moved to Friday": a date something was put off to lies ahead.
                        r"(?:postponed|delayed|deferred|rescheduled|pushed back|put back|put off|moved|brought forward)\s+"
                        r"(?:to|until|till|for)(?:\s+the)?)"
                        r"\s+(?:again\s+|back\s+|work\s+)?(?:on\s+|in\s+|this\s+|next\s+)?$", re.IGNORECASE)
_STARTING = re.compile(r"\b(?:starting|beginning|from|effective|as of)\s+(?:on\s+|this\s+)?$", re.IGNORECASE)
# Past-tense words that keep a date behind the writing ("had been returned by Friday").
_PAST = re.compile(r"\b(?:was|were|had|did|said|told|lasted|ended|closed|began|broke|took|left|came|went|"
                   r"\w{3,}ed)\b", re.IGNORECASE)
# Narrower, for a weekday deadline: "have been told to return them by Friday" still looks ahead.
_PAST_AUX = re.compile(r"\b(?:was|were|had|did|lasted|ended)\b", re.IGNORECASE)
_STOP = re.compile(r"[.!?][”\"’)]*\s+(?=[A-Z“\"‘(])|\n")
_SHORT_WORD = re.compile(r"(?:^|[\s(])(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])*)$")  # "Feb.", "Sen.", "U.S."


def _sentence_lead(text: str, start: int) -> str:
    """The up to 80 characters before ``start`` that are in its sentence (abbreviation dots do not end one)."""
    lead_start = max(0, start - 80)
    cut = lead_start
    for stop in _STOP.finditer(text, lead_start, start):
        if stop.group() == "\n" or not _SHORT_WORD.search(text[max(lead_start, stop.start() - 6) : stop.start()]):
            cut = stop.end()
    # A quotation's own tense is not the date's: '"We will not concede," she said on Wednesday' is past.
    # Inside a quotation, only its words count.
    lead = _QUOTED.sub(" ", text[cut:start])
    return re.split(r"[\"“”]", lead)[-1]


_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_LAST_CLAUSE = re.compile(r"[,;]\s+([^,;]*)$")
_DEADLINE = re.compile(r"\b(?:by|until|till|before)\s*$", re.IGNORECASE)


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
    low = token.lower().rstrip(".")
    return MONTHS[low] if low in MONTHS else DOT_MONTHS[low]


def resolve(kind: str, m: re.Match[str], published: date | None, dayfirst: bool | None, text: str,
             modifier: str) -> str | None:
    """A match's value: a written date stands on its own words (the sentence's tense only places a
    yearless one), a relative one needs the publication date."""
    lead = _sentence_lead(text, m.start())
    # "The museum will stay closed until Friday, police said on Tuesday": the clause the date closes is told in
    # the past, whatever the tense of the clause before its comma.
    clause = _LAST_CLAUSE.search(lead)
    if clause is not None and _PAST.search(clause.group(1)) and not _FUTURE.search(clause.group(1)) \
            and not _DEADLINE.search(lead):  # '…, and the utility hoped to reach the rest by Sunday': still ahead
        lead = clause.group(1)
    until = _UNTIL_PRESENT.search(lead)
    # "Three people perished when the ferry hit the rocks on Monday": after a main clause told in the past,
    # 'when' tells of that past (a plural noun, 'rocks', is no present-tense verb); 'until' still looks ahead.
    told_past = until is not None and until.group(1).lower() == "when" and _PAST.search(lead[: until.start()]) is not None
    ahead = (until is not None and _PAST_AUX.search(lead) is None and not told_past) \
        or _SCHEDULED.search(lead) is not None
    tense = _Tense(future=_FUTURE.search(lead) is not None or ahead,
                   past=_PAST.search(lead) is not None or _SINCE.search(text, max(0, m.start() - 12), m.start()) is not None,
                   forward=FORWARD.search(text, max(0, m.start() - 24), m.start()) is not None)
    if kind in _WRITTEN:
        return _written(kind, m, published, dayfirst, modifier, tense)
    if published is None:
        return None
    if kind == "daymonth":
        return _numeric_day_month(m, published, dayfirst, tense.future, tense.forward, tense.past)
    if kind == "weekday_day":
        return _weekday_with_day(WEEKDAYS[m.group(1).lower()], int(m.group(2)), published, tense.future) \
            or _weekday(modifier, WEEKDAYS[m.group(1).lower()], published, tense.future)
    if kind == "weekday":
        return _bare_weekday(m, published, text, modifier, lead, tense.future)
    return _relative(m.group(1).lower(), published)


@dataclass(frozen=True)
class _Tense:
    """What the words before a date say of it: the sentence puts it ahead (``future``) or tells of it
    in the past (``past``), or a word right before it looks ahead or bounds a stretch (``forward``)."""

    future: bool
    past: bool
    forward: bool


_WRITTEN = frozenset(["iso", "numeric", "spaced", "ymd", "ymonthd", "dmy", "dotdmy", "mdy", "ordinal_dmy", "ordinal_mdy",
                      "my", "month", "year"])


def _written(kind: str, m: re.Match[str], published: date | None, dayfirst: bool | None, modifier: str,
             tense: _Tense) -> str | None:
    """A date written with its month or year: the publication date only supplies a missing year."""
    if kind == "iso":
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if kind == "ymd":
        return _iso(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    if kind == "ymonthd":
        return _iso(int(m.group(1)), _month(m.group(2)), int(m.group(3)))
    if kind == "spaced":
        return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if kind == "numeric":
        a, b, year = int(m.group(1)), int(m.group(3)), _year(m.group(4), 1, published, False)
        # With nothing in the article to go by, dots say day first: "04.05.2030" is how German, Nordic,
        # Slavic and other day-first writing dates; month-first writing uses slashes.
        day = dayfirst is True or (dayfirst is None and m.group(2) == ".")
        first = _iso(year, b, a) if day else _iso(year, a, b)
        return first or (_iso(year, a, b) if day else _iso(year, b, a))
    if kind in ("dmy", "dotdmy", "mdy", "ordinal_dmy", "ordinal_mdy"):
        return _day_and_month_name(kind, m, published, tense)
    if kind == "my":
        return _iso(int(m.group(2)), _month(m.group(1)))
    if kind == "month":
        if m.group(1) == "May" and modifier not in ("in", "since", "until", "by", "early", "late", "mid", "mid-"):
            return None
        month = _month(m.group(1))
        return _iso(_year(None, month, published, tense.future or modifier == "next"), month)
    return _iso(int(m.group(1)))  # "year"


def _day_and_month_name(kind: str, m: re.Match[str], published: date | None, tense: _Tense) -> str | None:
    """"2 June", "June 2, 2026", "Friday, June 5": a yearless one is placed by its weekday if it has
    one, else by the sentence's tense."""
    day_s, month_s = (m.group(1), m.group(2)) if kind not in ("mdy", "ordinal_mdy") else (m.group(2), m.group(1))
    month, day = _month(month_s), day_number(day_s)
    if kind == "mdy" and month_s == "May" and not m.group(3) and day > 31:
        return None
    if m.group(3) is None and published is not None:
        named = _WEEKDAY_FIRST.match(m.group())
        if named:  # "Friday, June 5": the weekday says which year
            return _day_month_on(month, day, WEEKDAYS[named.group(1).lower()], published) \
                or _day_month(month, day, published, tense.future)
        return _day_month(month, day, published, tense.future, tense.forward, tense.past)
    return _iso(_year(m.group(3), month, published, tense.future), month, day)


def _bare_weekday(m: re.Match[str], published: date, text: str, modifier: str, lead: str, future: bool) -> str | None:
    """"on Thursday": the one the modifier and tense point to."""
    weekday = WEEKDAYS[m.group(1).lower()]
    if not future and _STARTING.search(text, max(0, m.start() - 24), m.start()):
        # "mourning starting on Thursday": the Thursday nearer the writing, this week's or last.
        ahead, back = (weekday - published.weekday()) % 7, (published.weekday() - weekday) % 7
        return (published + timedelta(days=ahead if ahead <= back else -back)).isoformat()
    return _weekday(modifier, weekday, published, future, _PAST_AUX.search(lead) is not None)


_WEEKDAY_FIRST = re.compile(rf"({WEEKDAY_RE})\b")


def _numeric_day_month(m: re.Match[str], published: date, dayfirst: bool | None, future: bool,
                       forward: bool, past: bool) -> str | None:
    """"the 14/3", "Monday 16/3": the article's order when it shows one, else the weekday written with
    it, else the reading nearer the writing (a story's dates cluster around it)."""
    a, b = int(m.group(2)), int(m.group(3))
    readings = {first: _day_month(month, day, published, future, forward, past) if 1 <= month <= 12 else None
                for first, day, month in ((True, a, b), (False, b, a))}
    if m.group(1) is not None:
        weekday = WEEKDAYS[m.group(1).lower()]
        fitting = {first: _day_month_on(month, day, weekday, published) if 1 <= month <= 12 else None
                   for first, day, month in ((True, a, b), (False, b, a))}
        if any(fitting.values()):
            readings = fitting
    if dayfirst is not None and readings[dayfirst] is not None:
        return readings[dayfirst]
    return _nearest(published, list(readings.values()))


def _weekday_with_day(weekday: int, day: int, published: date, future: bool) -> str | None:
    """"Wednesday (11)": the date nearest the writing that is that weekday and that day of the month."""
    fits = []
    for shift in range(-62, 63):
        when = published + timedelta(days=shift)
        if when.weekday() == weekday and when.day == day and (shift >= 0 or not future):
            fits.append((abs(shift), when))
    return min(fits)[1].isoformat() if fits else None


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


def _weekday(modifier: str, weekday: int, published: date, future: bool, past: bool = False) -> str:
    # "by Friday", "until Monday", "through Thursday" set a deadline ahead, unless the sentence is told in the past tense.
    if modifier == "next" or (future and modifier != "last") or (modifier in ("by", "until", "till", "through", "thru") and not past):
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
