"""A vote's or a match's tally ('a 5-4 ruling', 'voted six to three', 'by 60 votes to 48'), read as one figure.

A tally is two numbers that only mean something together: 'five to four' is not a count of five and
another of four, and '5-4' is no number at all to the quantity reader (a dash joins it to the next
figure). So the aligner saw no difference between 'upheld the levy in a 5-4 ruling' and 'ruled six
to three to keep the levy', and the merger listed no conflict: one report of a vote's tally against
another's is the disagreement an editor must see, and the same tally in digits and in words is
agreement. It lives below the stages, beside :mod:`summarizer.quantities`, because the aligner's
constraints and the merger's finders must read a tally the same way.

A pair of numbers is a tally only where its sentence tells of a vote, a ruling or a result, and no
counted noun follows it: 'the 2020-21 season', 'a 24-turbine farm', '10-12 metres' and 'from five
to four members' stay what they are. A pair set off by commas after a clause that says something was
done ('cleared the plan, 7-4, on Tuesday', 'confirmed her, 52-48.') is a tally whatever the verb: the
verbs of deciding are an open class ('endorsed', 'OK'd', 'signed off on'), and a count or a range is
never written as an aside after a finished clause, while a date after a weekday ('on Friday, 9-10,')
stays a date.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from summarizer.calendar_words import MONTHS, WEEKDAYS
from summarizer.function_words import FUNCTION_WORDS
from summarizer.numbers import WORD_NUMBER, parse_number

# Two numbers joined by a dash ('5-4', '60–48'): not inside a longer figure, code or date ('2020-21',
# '14-9-2030', '3-4.5'), and only small numbers (a vote of a court, a council, a parliament or a score).
_DIGITS = re.compile(r"(?<![\w.,/:\u2013-])(?P<a>\d{1,3})\s?[-\u2013\u2014]\s?(?P<b>\d{1,3})(?![\w/\u2013-]|[.,:]\d)")
# The same in words or digits with 'to': 'six to three', 'five votes to four', 'by 60 votes to 48'.
_NUMBER = rf"(?:\d{{1,3}}|{WORD_NUMBER})"
_TO = re.compile(rf"(?<![\w.,/-])(?P<a>{_NUMBER})\s+(?:votes?\s+)?to\s+(?P<b>{_NUMBER})\b(?![.,]\d)", re.IGNORECASE)
# 'by 214 votes in favour, 187 against', '60 for and 48 against': the sides named.
_FOR_AGAINST = re.compile(rf"(?<![\w.,/-])(?P<a>{_NUMBER})\s+(?:votes?\s+)?(?:in\s+favou?r|for)(?:\s*,\s*|\s+(?:and|to|with|vs\.?|"
                          rf"versus)\s+)(?P<b>{_NUMBER})\s+(?:votes?\s+)?against\b", re.IGNORECASE)
# What makes a pair of numbers a tally: its sentence tells of a vote, a ruling or a result.
_VOTED = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|rul(?:ed|es|ing)|verdict|decision|decided|split|majority|margin|ballots?|"
    r"justices|judges|jurors|jury|won|wins?|beat|beaten|defeated?|lost|loses|score[ds]?|tally|"
    r"upheld|overturned|struck|approved|passed|rejected|backed|adopted|acquitted|convicted)\b",
    re.IGNORECASE,
)
# Nouns a tally may be followed by ('a 5-4 ruling', 'a 2-1 win'); any other counted noun makes a range ('10-12 metres').
_TALLY_NOUNS = frozenset(re.findall(r"\w+", "vote votes ruling rulings decision verdict majority margin split win victory "
                                              "defeat loss draw result score tally count"))
# Units of measure after a pair make it a range ('3-4 km', 'five to six hour').
_MEASURES = frozenset(re.findall(r"\w+", "percent per cent km m cm mm kg g mph kmh degrees metre meter foot feet mile "
                                           "litre liter ton tonne hour day week month year minute second"))
# Words before a counted noun that say nothing of it ('3-4 new wells').
_BEFORE_NOUN = frozenset(["new", "more", "other", "extra", "additional", "further", "fresh"])
# A change or a span between two numbers ('cut from five to four', 'between 10 to 12'), or a day ('on 14-9'), not a tally.
_SPAN_BEFORE = re.compile(r"\b(?:from|between|cut|reduced|raised|increased|decreased|rose|fell|grew|dropped)\s+(?:\w+\s+)?$"
                          r"|\b(?:on|of|since|until|dated)\s+(?:\w+day,?\s+)?(?:the\s+)?$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[\s-]*([A-Za-z]+)")
# A pair set off as an aside: a comma and a word before it, a comma or the sentence's end after it.
_ASIDE_BEFORE = re.compile(r"([A-Za-z]+)[’']?[a-z]?,\s*$")
_ASIDE_AFTER = re.compile(r"\s*(?:,|[.;!?](?=\s|$)|$)")
_ANY_ASIDE = re.compile(rf"\w,\s*{_NUMBER}\s?(?:[-\u2013\u2014]|(?:votes?\s+)?to\s)\s?{_NUMBER}\s*(?:[,.;!?]|$)", re.IGNORECASE)
# The clause before the aside says something was done: a past tense ('endorsed', 'OK'd') or an irregular one.
_DONE = re.compile(r"\b(?:[a-z]{2,}ed|[A-Za-z]+[’']d|won|lost|beat|chose|gave|struck|upheld|threw|took|sent|held|went|came)\b")


@dataclass(frozen=True, slots=True)
class Tally:
    """One tally as a source states it: the larger side first, so '4-5' and '5-4' are one tally."""

    high: int
    low: int
    text: str
    start: int
    end: int

    @property
    def shown(self) -> str:
        return f"{self.high}-{self.low}"


def read_tallies(text: str) -> list[Tally]:
    return list(_read(text))


@functools.lru_cache(maxsize=50_000)
def _read(text: str) -> tuple[Tally, ...]:
    if not _VOTED.search(text) and not _ANY_ASIDE.search(text):
        return ()  # most texts: no pair is read at all
    found: list[Tally] = []
    for pattern in (_DIGITS, _TO, _FOR_AGAINST):
        for m in pattern.finditer(text):
            if any(t.start < m.end() and m.start() < t.end for t in found):
                continue
            a, b = parse_number(m.group("a")), parse_number(m.group("b"))
            if a is None or b is None or not (a.is_integer() and b.is_integer()) or _range(text, m.start(), m.end()):
                continue
            sentence = _sentence(text, m.start(), m.end())
            if not (_VOTED.search(sentence) or _aside(text, m.start(), m.end())) or _composition(text, m.start(), m.end()):
                continue
            high, low = int(max(a, b)), int(min(a, b))
            found.append(Tally(high, low, m.group(0), m.start(), m.end()))
    return tuple(sorted(found, key=lambda t: t.start))


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence holding a pair: a vote told in another sentence makes no tally of it."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    stop = _SENTENCE_END.search(text, end)
    return text[begin : stop.start() if stop else len(text)]


def _aside(text: str, start: int, end: int) -> bool:
    """The pair is set off by commas after a clause telling of something done, not after a day or a month."""
    before = _ASIDE_BEFORE.search(text[max(0, start - 40) : start])
    if before is None or not _ASIDE_AFTER.match(text, end):
        return False
    word = before.group(1).lower()
    if word in WEEKDAYS or word in MONTHS or word.isdigit():
        return False
    clause = text[max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0) : start]
    return bool(_DONE.search(clause))


def _range(text: str, start: int, end: int) -> bool:
    """A counted noun after the pair ('10-12 metres', 'five to four hours') or a change before it."""
    if _SPAN_BEFORE.search(text[max(0, start - 30) : start]):
        return True
    at = end
    for _ in range(2):  # '10-12 metres', '3-4 new wells': a counted noun within two words
        nxt = _NEXT_WORD.match(text, at)
        if nxt is None:
            return False
        word, at = nxt.group(1), nxt.end()
        lower = word.lower()
        if lower in _BEFORE_NOUN:
            continue
        if word[:1].isupper() or lower in FUNCTION_WORDS or lower in _TALLY_NOUNS:
            return False
        # A plural noun or a unit of measure counts something; an adverb ('away', 'overall') does not.
        if lower in _MEASURES or (lower.endswith("s") and not lower.endswith(("ss", "us", "is"))):
            return True
    return False


# 'The court's 6-3 conservative majority', 'a 52-48 Republican majority': how a body is made up, not how it voted.
_MAKE_UP = re.compile(r"(?:[\s-]+[A-Za-z-]+){0,2}?[\s-]+(?:majority|minority|edge|advantage|control|lean)\b", re.IGNORECASE)
_BY_A = re.compile(r"\bby\s+an?\s+$", re.IGNORECASE)


def _composition(text: str, start: int, end: int) -> bool:
    """A body's make-up ('its 6-3 conservative majority'); 'passed by a 6-3 majority' is still a vote's tally."""
    return bool(_MAKE_UP.match(text, end)) and not _BY_A.search(text[max(0, start - 10) : start])


def tally_spans(text: str) -> list[tuple[int, int]]:
    """Where the text's tallies stand: their numbers are no counts for the quantity reader."""
    return [(t.start, t.end) for t in read_tallies(text)]
