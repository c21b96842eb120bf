"""Which order an article writes numeric dates in ("14/3" or "3/14"): its own dates, else its locale."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from summarizer.calendar_words import NUMERIC_IDIOMS
from summarizer.cldr_names import english_names
from summarizer.dates.patterns import BARE_DAY_MONTH, NEEDS, PATTERN


def day_first_votes(text: str) -> int:
    """Evidence in this article's own dates for writing numbers day first (> 0) or month first (< 0).

    A component above 12 settles one date and counts three times a written order ("20 February" for
    day first, "February 20" for month first), which is only a house style.
    """
    votes = 0
    for match in PATTERN["numeric"].finditer(text):
        votes += _order_vote(int(match.group(1)), int(match.group(3)))
    for match in BARE_DAY_MONTH.finditer(text) if NEEDS["daymonth"].search(text) else ():
        if match.group() not in NUMERIC_IDIOMS:
            votes += _order_vote(int(match.group(1)), int(match.group(2)))
    votes += len(PATTERN["dmy"].findall(text))
    if NEEDS["dotdmy"].search(text):
        votes += len(PATTERN["dotdmy"].findall(text))
    return votes - len(PATTERN["mdy"].findall(text))


def _order_vote(a: int, b: int) -> int:
    if 12 < a <= 31 and 1 <= b <= 12:
        return 3
    if 12 < b <= 31 and 1 <= a <= 12:
        return -3
    return 0


def day_first(text: str) -> bool:
    """Whether this article writes numeric dates day first, judged from its own dates."""
    return day_first_votes(text) > 0


def article_day_first(text: str, language: str | None, notes: Sequence[str] = ()) -> bool | None:
    """The order an article writes "14/3" in: its own dates first (the text and lines cleaning took out,
    such as "Published: 13/03/2026"), then its language or the language a translation note names
    ("automatically translated from Danish"); None when nothing says.

    Locale conventions come from CLDR via Babel (the yearless "Md" form: Portuguese "dd/MM", US
    English "M/d"), so no list of countries is kept here. English says nothing: British and Irish
    copy is day first, American month first.
    """
    votes = day_first_votes("\n".join([text, *notes]) if notes else text)
    if votes:
        return votes > 0
    if language and language != "en":
        return _locale_day_first(language)
    for note in notes:
        if _TRANSLATION_NOTE.search(note):
            for word in re.findall(r"[A-Z][a-z]+", note):
                code = _language_codes().get(word.lower())
                if code and code != "en":
                    return _locale_day_first(code)
    return None


_TRANSLATION_NOTE = re.compile(r"translat|traduc|übersetz|oversat|översatt", re.IGNORECASE)


@functools.cache
def _language_codes() -> dict[str, str]:
    return {name.lower(): code for code, name in english_names().languages if "_" not in code}


@functools.cache
def _locale_day_first(code: str) -> bool | None:
    from babel import Locale, UnknownLocaleError

    try:
        pattern = Locale.parse(code).datetime_skeletons.get("Md")
    except (UnknownLocaleError, ValueError):
        return None
    text = str(getattr(pattern, "pattern", pattern or ""))
    if "d" not in text or "M" not in text:
        return None
    return text.index("d") < text.index("M")
