"""One home for month and weekday names: summarizer.calendar_words. A module that spells the calendar out
again (a list of months or weekdays, or the standard library's locale-dependent names) fails here."""

from __future__ import annotations

import re
from pathlib import Path

import summarizer
from summarizer.calendar_words import (
    MONTH_ABBREVIATIONS,
    MONTH_STEM_RE,
    MONTH_STEMS,
    MONTH_WORD_RE,
    MONTHS,
    WEEKDAY_STEM_RE,
    WEEKDAY_STEMS,
    WEEKDAYS,
)

# Three month or weekday names in a row, as a list or a block of words, a regex alternation of their stems
# ("jan|feb", "Jan(?:uary)?|Feb", "mon|tues"), or the standard library's names (which follow the locale).
_SPELLED_OUT = re.compile(
    r"(?i)[\"']?\bjan(?:uary)?\b[\"']?[,\s]+[\"']?feb(?:ruary)?\b[\"']?[,\s]+[\"']?mar(?:ch)?\b"
    r"|[\"']?\bmon(?:day)?\b[\"']?[,\s]+[\"']?tues?(?:day)?\b[\"']?[,\s]+[\"']?wed(?:nes)?(?:day)?\b"
    r"|\bjan(?:\(\?:uary\)\?)?\|feb|\bmon\|tues"
    r"|\bcalendar\.(?:month_name|month_abbr|day_name|day_abbr)\b"
)


def test_no_module_spells_out_the_calendar_again() -> None:
    root = Path(summarizer.__file__).parent
    home = root / "calendar_words.py"
    offenders = [str(path.relative_to(root)) for path in sorted(root.rglob("*.py"))
                 if path != home and _SPELLED_OUT.search(path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_the_derived_forms_agree() -> None:
    assert [MONTHS[stem] for stem in MONTH_STEMS if stem != "may"] == [m for m in range(1, 13) if m != 5]
    assert {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"} == MONTH_ABBREVIATIONS
    assert [stem + "day" for stem in WEEKDAY_STEMS] == list(WEEKDAYS)


def test_the_regex_pieces_read_every_form() -> None:
    word = re.compile(rf"{MONTH_WORD_RE}(?!\w)", re.IGNORECASE)
    for form in ("Jan", "January", "Sept", "Sep", "September", "May", "jun", "June"):
        assert word.fullmatch(form), form
    assert not word.fullmatch("Mayor") and not word.fullmatch("Marching")
    assert re.fullmatch(rf"{MONTH_STEM_RE}[a-z]*", "december") and re.fullmatch(rf"{WEEKDAY_STEM_RE}day", "wednesday")
