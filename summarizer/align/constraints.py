"""Hard constraints: what an embedding misses and must keep two statements apart.

A static embedding averages words, so "ordered" and "did not order", "nine batches" and "12
batches", "on Monday" and "on Wednesday", "may close" and "closed" land next to each other. Two texts close in meaning but
different on any of these are not one fact; they are, at most, candidates for a discrepancy
(:data:`Relation.CONFLICT`), which is the discrepancy finders' call, never the aligner's.

Numbers come from the one quantity reader the merger also uses (:func:`summarizer.quantities.parse_quantities`);
dates and years are not counts there, so a date written two ways never blocks a match.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.quantities import parse_quantities

_NEGATION = re.compile(r"\b(?:not|never|no|none|nobody|nothing|neither|nor|without|cannot|n't)\b|n't\b|\b\w+n't\b", re.IGNORECASE)
# Possibility, not fact. Hedges ('reportedly') are the claim's own flag, and 'considering' or
# 'proposed' are decisions the account finder compares: neither belongs here.
# A capital "May" is the month.
_MODAL = re.compile(r"\b(?:may|[Mm]ight|[Cc]ould|[Pp]ossibly|[Pp]erhaps)\b")


_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}", re.IGNORECASE)
_NUMERIC_DAY = re.compile(r"(?<![\d/.-])(\d{1,2})[/.](\d{1,2})(?:[/.](?:\d{4}|\d{2}))?(?![\d/])")


def _days(text: str) -> tuple[frozenset[str], frozenset[tuple[int, int]]]:
    """Weekdays and (day, month) pairs a text names; '03/04' stands for both readings."""
    weekdays = frozenset(m.group(1).lower() for m in _WEEKDAY.finditer(text))
    days: set[tuple[int, int]] = set()
    for m in _MONTH_DAY.finditer(text):
        month = _MONTHS.index((m.group(1) or m.group(4))[:3].lower()) + 1
        days.add((int(m.group(2) or m.group(3)), month))
    for m in _NUMERIC_DAY.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        days |= {(d, mo) for d, mo in ((a, b), (b, a)) if 1 <= d <= 31 and 1 <= mo <= 12}
    return weekdays, frozenset(days)


class Relation(enum.Enum):
    SAME = "same"  # one fact: merge
    CONFLICT = "conflict"  # about the same thing, but a number, negation or modality differs
    DIFFERENT = "different"  # not about the same thing


@dataclass(frozen=True, slots=True)
class Signature:
    """What the constraints compare, computed once per text."""

    negated: bool
    modal: bool
    numbers: tuple[tuple[float, str | None], ...]  # (value, unit) of every count or amount
    weekdays: frozenset[str] = frozenset()
    days: frozenset[tuple[int, int]] = frozenset()  # (day, month)


@functools.lru_cache(maxsize=100_000)
def signature(text: str) -> Signature:
    numbers = tuple((q.value, q.unit) for q in parse_quantities(text))
    plain = text.replace("\u2019", "'")  # "isn’t" is "isn't"
    weekdays, days = _days(plain)
    return Signature(bool(_NEGATION.search(plain)), bool(_MODAL.search(plain)), numbers, weekdays, days)


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))


def numbers_clash(a: Signature, b: Signature) -> bool:
    """Both state figures and share no value.

    Units are not compared: the parser's unit is the next word, which rewording changes ("40 mph"
    against "40 miles per hour"); one value in common is agreement enough for the aligner, and the
    merger's unit-aware figure check still keeps rival counts of one thing apart.
    """
    if not a.numbers or not b.numbers:
        return False
    return not any(_close(x, y) for x, _ in a.numbers for y, _ in b.numbers)


def dates_clash(a: Signature, b: Signature) -> bool:
    """Both name a weekday, or both a day of a month, and none is shared ('Monday' / 'Wednesday')."""
    return bool(a.weekdays and b.weekdays and not a.weekdays & b.weekdays) or bool(a.days and b.days and not a.days & b.days)


def differences(a: Signature, b: Signature) -> frozenset[str]:
    """Every hard difference between two statements: 'number', 'date', 'negation', 'modality'."""
    found = set()
    if numbers_clash(a, b):
        found.add("number")
    if dates_clash(a, b):
        found.add("date")
    if a.negated != b.negated:
        found.add("negation")
    if a.modal != b.modal:
        found.add("modality")
    return frozenset(found)


def differs(a: Signature, b: Signature) -> str | None:
    """The first hard difference between two statements ('number', 'date', 'negation', 'modality'), or None."""
    found = differences(a, b)
    return next((kind for kind in ("number", "date", "negation", "modality") if kind in found), None)


def relation(a: str, b: str, similarity: float, threshold: float) -> Relation:
    """SAME when close enough and no hard difference; CONFLICT when close but differing."""
    if similarity < threshold:
        return Relation.DIFFERENT
    return Relation.CONFLICT if differs(signature(a), signature(b)) else Relation.SAME


def signatures(texts: Sequence[str]) -> list[Signature]:
    return [signature(t) for t in texts]
