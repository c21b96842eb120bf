"""How long a span of time is in days, so that one span told in two units is one figure ('four years' / '48 months').

Below every stage, beside the quantity reader whose stemmed units these are (quantities.DURATION_UNITS is this
table's keys): the aligner's number check and the merger's figure checks read the same lengths.
"""

from __future__ import annotations

from summarizer.text import stem

DURATION_DAYS = {stem(word): days for word, days in [("second", 1 / 86400), ("minute", 1 / 1440), ("hour", 1 / 24), ("day", 1.0),
                                                   ("week", 7.0), ("month", 30.4375), ("year", 365.25), ("decade", 3652.5)]}
SAME_LENGTH = 0.02
"""Months and years are calendar lengths: 'six months' and '183 days' are one span within this share."""


def same_duration(a: float, unit_a: str | None, b: float, unit_b: str | None) -> bool:
    """Two spans of time in two units are one length ('four years' / '48 months', 'two weeks' / '14 days')."""
    if unit_a is None or unit_b is None or unit_a == unit_b or unit_a not in DURATION_DAYS or unit_b not in DURATION_DAYS:
        return False
    x, y = a * DURATION_DAYS[unit_a], b * DURATION_DAYS[unit_b]
    return abs(x - y) <= SAME_LENGTH * max(abs(x), abs(y))


def in_whole_units(value: float, unit: str) -> tuple[float, str]:
    """A span of time in the largest unit it is a whole number of, within SAME_LENGTH ('48 months' -> 4 years,
    '14 days' -> 2 weeks, '18 months' stays 18 months): one figure whichever unit an outlet counted it in.
    A unit not of time is returned as given."""
    if unit not in DURATION_DAYS:
        return value, unit
    days = value * DURATION_DAYS[unit]
    for size, name in sorted(((d, u) for u, d in DURATION_DAYS.items() if d >= DURATION_DAYS[unit]), reverse=True):
        whole = round(days / size)
        if whole >= 1 and abs(days / size - whole) <= SAME_LENGTH * whole:
            return float(whole), name
    return value, unit
