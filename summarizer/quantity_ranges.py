"""Ranges of figures: "between 6 and 8 million pounds", "3 to 4 billion dollars", "£6m-£8m".

A range's ends are two figures of one kind, and the scale and unit are often written once, after the
upper end. The quantity reader (:mod:`summarizer.quantities`) asks these questions of its matches;
this module only reads the words between them.
"""

from __future__ import annotations

import re

from summarizer.numbers import parse_number


def figure_start(m: re.Match[str]) -> int:
    """Where a figure matched by the quantity reader begins: at its currency sign, if it has one."""
    return m.start("cur") if m.group("cur") else m.start("num")


# Between the ends of a range: "6 to 8 million", "between 6 and 8 million", "6-8 million".
RANGE_JOIN = re.compile(r"\s*(?:to|and|-|–|—)\s*", re.I)


def range_upper(m: re.Match[str], upper: re.Match[str] | None, text: str) -> re.Match[str] | None:
    """The upper end of a range whose lower end ``m`` is written bare and whose upper end carries the
    scale both share ("between 6 and 8 million pounds", "3 to 4 billion dollars"), else None. Read
    alone, the 6 was a bare six, which a claim about six minutes shared."""
    if upper is None or m.group("scale") or m.group("short") or m.group("pct") or not (upper.group("scale") or upper.group("short")):
        return None
    if not m.group("num")[:1].isdigit() or not upper.group("num")[:1].isdigit():
        return None
    if RANGE_JOIN.fullmatch(text[m.end() : figure_start(upper)]) is None:
        return None
    low, high = parse_number(m.group("num"), True), parse_number(upper.group("num"), True)
    return upper if low is not None and high is not None and 0 < low < high else None


def amount_range_end(matches: list[re.Match[str]], index: int, text: str) -> bool:
    """Is the figure at ``index`` the upper end of a range of amounts written out in full ("£6m-£8m")?"""
    m = matches[index]
    if index == 0 or not (m.group("cur") and (m.group("scale") or m.group("short"))):
        return False
    low = matches[index - 1]
    return bool(low.group("cur")) and RANGE_JOIN.fullmatch(text[low.end() : figure_start(m)]) is not None
