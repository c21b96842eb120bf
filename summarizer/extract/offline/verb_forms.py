"""A word's form as a verb, read from its spelling and neighbours: what the clause splitters cut by.

No parser ships with the package (spaCy's and NLTK's English models are downloaded, not installed), so
a verb is read from its form: an auxiliary, a common irregular past, a word in -ed not after a
determiner, or a word in -s after its subject and before its complement.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from summarizer.extract.offline.lexicon import AUXILIARIES, COMMON_WORDS, DETERMINERS, IRREGULAR_PAST, NOT_PAST, PREPOSITIONS

CLAUSE_MIN_WORDS = 4
"""A piece of a sentence shorter than this is no claim of its own: the sentence is left whole."""

_TOKEN = re.compile(r"[^\W_][\w'’.,%$-]*[^\W_]|[^\W_]")
SUBJECT_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "you"])


class Word(NamedTuple):
    text: str
    low: str
    start: int  # offsets in the whole text
    end: int
    after_comma: bool  # a comma stands between this word and the one before


def words(text: str, start: int, end: int) -> list[Word]:
    out: list[Word] = []
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        comma = bool(out) and "," in text[out[-1].end:m.start()]
        out.append(Word(word, word.lower(), m.start(), m.end(), comma))
    return out


def form(words: list[Word], i: int) -> str | None:
    """'aux', 'past' or 'present' when ``words[i]`` reads as a finite verb, else None."""
    word = words[i]
    low = word.low
    if not low.isalpha() and not ("'" in low or "’" in low):
        return None
    if i > 0 and word.text[:1].isupper():
        return None  # a name
    prev = words[i - 1].low if i > 0 and not word.after_comma else ""
    if low in AUXILIARIES:
        return "aux"
    if prev in DETERMINERS or prev[:1].isdigit():
        return None  # "the closed road", "the cuts", "2,300 workers"
    if low in IRREGULAR_PAST:
        return "past"
    if len(low) >= 5 and low.endswith("ed") and low not in NOT_PAST:
        return "past"
    if _present(words, i):
        return "present"
    return None


def _present(words: list[Word], i: int) -> bool:
    """A word in -s between a subject and a complement ("the union represents its workers"), not a
    plural noun ("the union members voted", "pay and pensions.")."""
    low = words[i].low
    if (len(low) < 4 or not low.endswith("s") or low.endswith(("ss", "us", "is", "ics", "ous"))
            or low in COMMON_WORDS or i + 1 >= len(words)):
        return False
    prev = words[i - 1].low if i > 0 and not words[i].after_comma else ""
    following = words[i + 1].low
    if prev in PREPOSITIONS or following in ("and", "or", "nor", "but") or following in AUXILIARIES:
        return False
    return _form_plain(words[i + 1]) is None


def _form_plain(word: Word) -> str | None:
    """The next word's verb form, read without its context (for the -s test, which must not recurse)."""
    low = word.low
    if low in AUXILIARIES or low in IRREGULAR_PAST:
        return "verb"
    if len(low) >= 5 and low.endswith("ed") and low not in NOT_PAST:
        return "verb"
    return None


def has_verb(words: list[Word]) -> bool:
    return any(form(words, i) for i in range(len(words)))


def open_bracket(sentence: str, at: int) -> bool:
    return sentence.count("(", 0, at) > sentence.count(")", 0, at)
