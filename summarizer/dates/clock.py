"""Times of day a sentence states ("at 02:40", "around 02.40", "2.40 a.m.", "twenty to three", "at two forty"), as
comparable keys.

Two reports that put one happening at the same minute of the day are telling the same happening,
however differently a translation words the rest: the minute is what survives translation intact.
The key is read on a twelve-hour dial ("02:40", "2:40 a.m." and "14:40" all give "2:40" unless a
half of the day is written), because outlets write the same moment in both clocks; "5.34 in the
evening" and "17.34" meet.

A dotted time ("02.40") is a decimal unless something says it is a time: a word that places a
moment before it ("at", "around", "by", "until") or a half of the day after it. Money ("$2.50"),
a share ("2.50%") and a figure with a unit ("2.40 metres") are never times.
"""

from __future__ import annotations

import functools
import re

_HALF = r"(?:\s*(?P<half>[ap])\.?\s?m\b\.?)"
_CLOCK = re.compile(
    rf"(?<![\w$€£.,:/-])(?P<hour>[01]?\d|2[0-3])(?P<sep>[:.])(?P<minute>[0-5]\d)(?![\w%]|[.,:]\d){_HALF}?"
)
# A whole hour with its half of the day and no minutes: "at 4 p.m.", "by 11am" (a figure with a unit never ends in one).
_WHOLE_HOUR = re.compile(r"(?<![\w$€£.,:/-])(?P<hour>1[0-2]|0?[1-9])\s?(?P<half>[ap])\.?\s?m\b\.?")
# What places a moment: the words right before a dotted time that make it one.
_AT = re.compile(r"\b(?:at|around|about|approximately|roughly|circa|by|until|till|before|after|since|from|to|and|"
                 r"between|shortly|just|exactly|precisely)\s+(?:(?:about|around|approximately|roughly|just|shortly)\s+"
                 r"(?:before|after)?\s*)?$", re.IGNORECASE)


# A time of day in words, as a clock is read aloud: "twenty to three", "a quarter past four", "seven o'clock".
_HOURS = ["twelve", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
_MINUTES = {"five": 5, "ten": 10, "quarter": 15, "a quarter": 15, "twenty": 20, "twenty-five": 25, "twenty five": 25, "half": 30}
_HOUR = "|".join(_HOURS)
_WORDED = re.compile(
    rf"\b(?:(?P<minutes>{'|'.join(sorted(_MINUTES, key=len, reverse=True))})\s+(?P<way>to|past)\s+(?P<hour>{_HOUR})"
    rf"|(?P<whole>{_HOUR})\s+o['’]clock)\b",
    re.IGNORECASE,
)

# A digital clock read aloud: "at eleven forty-two", "by six oh five", "around nine fifteen". Only after a word that
# places a moment (the rule for dotted times): "eleven forty-two-year-olds" or "six fifteen-minute breaks" is no time.
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_SPOKEN_MINUTES = {**{f"oh {w}": n for n, w in enumerate(_UNITS, 1)}, **{w: n for n, w in enumerate(_TEENS, 10)}, **_TENS,
                   **{f"{t}{sep}{u}": v + n for t, v in _TENS.items() for n, u in enumerate(_UNITS, 1) for sep in ("-", " ")}}
_SPOKEN_CLOCK = re.compile(
    rf"\b(?P<hour>{_HOUR})\s+(?P<minutes>{'|'.join(sorted(_SPOKEN_MINUTES, key=len, reverse=True))})\b(?![-\w])",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=50_000)
def times_of_day(text: str) -> frozenset[str]:
    """Keys ("h:mm", twelve-hour) of every time of day ``text`` states (remembered per text: the merge compares
    each event's evidence with many others', and reads it first as the event's answer lands)."""
    return frozenset([*(f"{int(m.group('hour')) % 12}:{m.group('minute')}" for m in _clocks(text)),
                      *(f"{int(m.group('hour')) % 12}:00" for m in _WHOLE_HOUR.finditer(text)),
                      *(key for _, key in _worded(text))])


def clock_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` states a time of day: its digits or number words are no count ('at 02:40' is not 2 and 40,
    'at twenty to three' not 20 and 3)."""
    return sorted([*(m.span() for m in _clocks(text)), *(span for span, _ in _worded(text))])


def clock_keys(text: str) -> list[tuple[tuple[int, int], str]]:
    """Each time of day ``text`` states, as (span, key) in reading order, keyed as :func:`times_of_day` keys them
    ('at 14.40', '2.40 p.m.' and 'twenty to three' are all 2:40)."""
    return sorted([*((m.span(), f"{int(m.group('hour')) % 12}:{m.group('minute')}") for m in _clocks(text)),
                   *((m.span(), f"{int(m.group('hour')) % 12}:00") for m in _WHOLE_HOUR.finditer(text)), *_worded(text)])


def _worded(text: str) -> list[tuple[tuple[int, int], str]]:
    """Each time of day written in words, with its key: 'twenty to three' is 2:40, 'half past five' 5:30."""
    found = []
    for m in _WORDED.finditer(text):
        if m.group("whole"):
            found.append((m.span(), f"{_HOURS.index(m.group('whole').lower())}:00"))
            continue
        hour, minutes = _HOURS.index(m.group("hour").lower()), _MINUTES[" ".join(m.group("minutes").lower().split())]
        if m.group("way").lower() == "to":
            hour, minutes = (hour - 1) % 12, 60 - minutes
        found.append((m.span(), f"{hour}:{minutes:02d}"))
    for m in _SPOKEN_CLOCK.finditer(text):
        if _AT.search(text[max(0, m.start() - 40) : m.start()]):
            minutes = _SPOKEN_MINUTES[" ".join(m.group("minutes").lower().split())]
            found.append((m.span(), f"{_HOURS.index(m.group('hour').lower())}:{minutes:02d}"))
    return found


def _clocks(text: str) -> list[re.Match[str]]:
    found = []
    for m in _CLOCK.finditer(text):
        if m.group("sep") == "." and not m.group("half") and not _AT.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        if m.group("half") and int(m.group("hour")) > 12:
            continue  # "17.34 p.m." is no time a clock shows
        found.append(m)
    return found
