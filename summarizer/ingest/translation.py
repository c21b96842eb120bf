"""Whether a page says it is a machine translation, and from which language.

Translated copy is news like any other, but an editor should know a quote in it is a translation,
and a key point is better worded by an outlet writing in its own language ("The company of waters
has forbidden to around 62.000 residents …" beside "Ennet Valley Water told 62,000 people …").
Pages say so in a note, which cleaning removes as publisher's text; this reads the note.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The note itself. Cleaning removes a line like this as publisher's text (:mod:`summarizer.ingest.junk` takes
# this pattern into its own) and :func:`translated_from` reads the removed lines with it: one pattern, so
# every note cleaning removes is one this reads, and no note is read that cleaning kept as prose.
TRANSLATION_NOTE = re.compile(
    r"\b(?:(?:automatic(?:ally)?|machine)[- ]?translat\w*|translat\w* (?:automatically|by (?:a )?machine))\b"
    r"|^\W*(?:this (?:article|story|text|page) (?:is|was|has been) )?translated from\b",
    re.IGNORECASE,
)
_FROM = re.compile(r"\bfrom (?:the )?(?P<language>[A-Z][a-zà-ÿ]+)")

UNKNOWN = "unknown"


def translated_from(removed: Iterable[str]) -> str | None:
    """The language a removed translation note names ('Swedish'), UNKNOWN if it names none, else None."""
    for line in removed:
        if TRANSLATION_NOTE.search(line):
            found = _FROM.search(line)
            return found.group("language") if found else UNKNOWN
    return None
