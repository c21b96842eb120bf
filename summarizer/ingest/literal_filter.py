"""A substring test that spares a long case-insensitive pattern the lines it cannot match.

A pattern of many alternatives is tried at every character of a line: the publisher-note pattern of
:mod:`summarizer.ingest.junk` took a fifth of the cleaning time of real articles (48 of 2-3 KB: 256
lines searched, about 0.2 ms each), and ingest is on the way to the first model request. Every match
of such a pattern holds one of a few words, each alternative a word it cannot match without; a line
holding none of them cannot match and is not searched. ``tests/inputs/test_literal_filter.py`` reads
the pattern's parse and checks that every alternative holds one of its words.
"""

from __future__ import annotations

# re.IGNORECASE matches these to an ASCII letter (i, s) but str.lower() does not make that letter of them
# (or, for the dotted capital I, adds a mark after it): a line holding one is always searched. The test finds
# them by trying every code point.
FOLDS_TO_ASCII = "\u0130\u0131\u017f"  # İ, ı, ſ (the Kelvin sign lower-cases to the k it matches)

# What every match of junk._PUBLISHER_NOTE holds, in lower case.
PUBLISHER_NOTE_WORDS = (
    "developing", "updated", "reader", "chip in", "support our", "support independent", "become a", "make a", "donate",
    "subscriber", "member", "exclusive", "already a", "premium", "unlock", "webinar", "live event", "virtual event",
    "register", "tickets", "bird", "informational", "advice", "past performance", "may not be", "patreon", "ko-fi",
    "substack", "rights reserved", "cookies", "editor", "disclos", "disclaim", "transcript", ")", "reference", "latest",
    "might also", "may also", "this story", "this topic", "translat", "most read", "more read", "popular", "viewed",
    "related", "read next", "about the author", "about the writer", "about the reporter", "not responsible", "buy ",
    "if you", "runs on", "relies on", "depends on", "survives on", "lives on", "keep", "every ", "fm", "mhz",
    "receiving", "because you", "preferences", "subscription", "forward", "unsubscribe", "sponsored by",
    "brought to you by", "presented by", "supported by", "also ", "elsewhere", "other ", "more news", "more stories",
    "more headlines", "what else",
)


def may_match(line: str, words: tuple[str, ...]) -> bool:
    """False only where no case-insensitive match of a pattern whose every match holds one of ``words`` can be."""
    if not line.isascii() and any(char in line for char in FOLDS_TO_ASCII):
        return True
    low = line.lower()
    return any(word in low for word in words)
