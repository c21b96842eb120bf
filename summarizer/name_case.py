"""Names written in capitals, as prose writes them: the one casing every stage applies.

Mastheads, bylines, wire credits and a broadcast script's speaker labels write names in capitals ("THE
SWITCHBACK REPORT", "By ANA LUND", "SVEN OSTBY, HARBOURMASTER:"); the name is compared with the text's own
mentions, so every reader must turn it into the same prose form. There are two rules, because the names differ:

- an outlet's name (:func:`outlet_case`) keeps its initialisms ("ABC", "KVLD TV": a short word that is no
  function word) and writes its function words small ("The Switchback Report");
- a person's name (:func:`person_case`) has no function words to write small, and its short words are names
  ("ANA LI" is "Ana Li"); only where the rest of a credit is in mixed case ("Ingrid HALVORSEN, BBC") is a
  short word in capitals an initialism. Each part of a hyphen or an apostrophe is a name ("Jean-Pierre O'Neil").

Both live below every stage: ingest reads mastheads and bylines, the offline extractor a script's labels.
"""

from __future__ import annotations

import re

from summarizer.function_words import STOPWORDS

_WORD = re.compile(r"\S+")
# The capital letters a name may open with, in every Latin, Greek and Cyrillic alphabet ("Ágnes Tóth", "Đặng Văn Lâm",
# "Šárka Dvořáková"), for the patterns that find names by their capital: "[A-Z]" alone loses every translated byline and
# masthead whose first letter has a mark.
UPPER = "A-Z" + "".join(sorted(c for c in map(chr, range(0xC0, 0x2000)) if c.isupper()))


# A station's call sign or an initialism of four letters or more, no vowel in it ("KSTV", "WPCX9"): kept in capitals.
_CALL_SIGN = re.compile(r"[B-DF-HJ-NP-TV-XZ]{4,6}\d*")


def outlet_case(name: str) -> str:
    """"THE SWITCHBACK REPORT" -> "The Switchback Report"; a name not all in capitals stays as written. A small word
    is small between others ("and", "of"), not at either end ("RADIO KESSRA ONE" -> "Radio Kessra One")."""
    if not name.isupper():
        return name
    words = name.split()
    prose = " ".join(w.capitalize() if w.lower() in STOPWORDS and i in (0, len(words) - 1) else w.lower() if w.lower() in STOPWORDS
                     else w if len(w) <= 3 or _CALL_SIGN.fullmatch(w) else w.capitalize() for i, w in enumerate(words))
    return prose.replace("i\u0307", "i")  # Python lowercases the Turkish "İ" to "i" and a combining dot


def person_case(name: str, initialisms: bool | None = None) -> str:
    """"ANA LUND" -> "Ana Lund", "Ingrid HALVORSEN" -> "Ingrid Halvorsen". ``initialisms``: whether a word of
    three letters or fewer in capitals stays (an initialism, "BBC"); by default, unless the whole name is in
    capitals. A word in mixed or small case stays as written."""
    keep_short = not name.isupper() if initialisms is None else initialisms
    return _WORD.sub(lambda m: m[0].title() if m[0].isupper() and (not keep_short or len(m[0]) > 3) else m[0], name)
