"""Markdown's marks around a line's words, and a live blog's entry times, as the header and line readers meet them.

A Markdown page bolds its outlet ("**KTV News** | Live coverage by ...") and italicises its tagline ("*The Valley
Times - news since 1921*"), and a live blog opens each entry with its time ("**14:05** - Police say ..."). The
stripping of marks at a line's ends left the inner ones ("KTV News** | Live coverage by"), so no header reader knew
the outlet's line, and an entry's time stayed at the head of its sentence, a key point reading "14:05** - Police
say ...". The header is read from the lines without their marks; an entry's time goes from its line.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^(?:#{1,6}\s+|(?:>\s?)+)")
# A bold or italic run opening the line ("**KTV News** | ...", "*The Valley Times - since 1921*").
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1(?!\w)")
# A live entry's time at the head of its line: "**14:05** - ", "14.05 BST: ", "9:30 a.m. | " (the entry's words next).
# A transcript's time code in brackets: "[00:01:09] ", "(01:09) ", "[1:02:33.5] ".
_ENTRY_TIME = re.compile(
    r"^(?:(?:\*\*|__|\*)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?(?:[ap]\.?\s?m\.?|BST|GMT|UTC|CET|CEST|EST|EDT|PST|PDT))?"
    r"(?:\*\*|__|\*)?\s*[-–—|:]\s+|[\[(](?:\d{1,2}:)?[0-5]?\d:[0-5]\d(?:[.,]\d{1,3})?[\])]\s*)(?=[\w\"“‘'(*\[])",
    re.IGNORECASE,
)


def unmarked(line: str) -> str:
    """The line as a reader sees it: no heading or quote marker before it, no bold or italic marks around its
    opening run."""
    bare = _HEADING.sub("", line)
    return _EMPHASIS.sub(r"\2", bare, count=1)


def entry_time(line: str) -> str | None:
    """A live blog entry's time or a transcript's time code opening the line ("**14:05** - ", "[00:01:09] "), as
    written; None when the line opens with none."""
    match = _ENTRY_TIME.match(line)
    return match.group() if match else None
