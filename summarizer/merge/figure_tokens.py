"""The figures of a sentence as the merger's tokens: counts as '#n', times of day as '@h:mm'.

Claims are compared by their tokens, so one figure must be one token however an outlet writes it: '62,000',
'62.000' and 'sixty-two thousand'; '410-metre' and '410 metres'; '48 months' and 'four years'; '14.40', '2.40 p.m.'
and 'twenty to three'. The readings are the number parser's (:mod:`summarizer.numbers`), the quantity reader's
and the clock's; this module only writes them as tokens for :func:`summarizer.merge._text.content_tokens`.
"""

from __future__ import annotations

import functools
import re

from summarizer.dates.clock import clock_keys
from summarizer.durations import DURATION_DAYS, in_whole_units
from summarizer.numbers import NUMBER_WORDS, ROUGHLY, compound_numbers, parse_number
from summarizer.quantities import Stated, parse_quantities
from summarizer.text import STOPWORDS, stem

_WORD = re.compile(r"\w+(?:[’'.-]\w+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """Word tokens with their original case (case carries name-ness for anchors)."""
    return _WORD.findall(text)


def number_token(word: str) -> str | None:
    """'12', '12,000', 'twelve' -> '#12' style token; None when the word is no number."""
    lower = word.lower()
    if lower not in NUMBER_WORDS and not lower[:1].isdigit():
        return None
    value = parse_number(lower)
    return None if value is None else _tag(value)


def _tag(value: float) -> str:
    return f"#{int(value)}" if value.is_integer() else f"#{value}"


def figures(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The counts the number parser reads in ``text`` as '#n' tags, and the lower-cased words they are
    written in, and their scale words. Word by word, '62,000' was '#62' and '#0', '62.000' (a translation's grouping) '#62'
    and 'sixty-two thousand' no number at all; the parser reads all three as 62000, in context. A span of time is
    tagged in the largest unit it is a whole number of, that unit a word of it too: '48 months' and 'four years' are
    both '#4' and 'year'."""
    stated = parse_quantities(text)
    if not stated:
        return frozenset(), frozenset(), frozenset()
    tags: set[str] = set()
    # The scale stays a word of its own, however written ('$3.2 million', '3,200,000'): two amounts in
    # millions are figures of one kind, which the finders need to see before comparing them.
    more = {stem(_scale(q.value)) for q in stated if _scale(q.value)}
    for q in stated:
        value, unit = in_whole_units(q.value, q.unit) if q.unit is not None else (q.value, q.unit)
        tags.add(_tag(value))
        if unit is not None and unit in DURATION_DAYS:
            more.add(unit)
    return frozenset(tags), frozenset(w.lower() for q in stated for w in words(q.text)), frozenset(more)


# An amount given again in another unit, in brackets beside it: '12 million euros ($13 million)', '30 million gallons
# (about 114 million litres)'. The bracketed figure is the writer's conversion of the one before, no fact of its own.
# Only a bracket holding one figure and its unit alone is read so, after a figure in another unit: '12 people (five of
# them children)' and 'five bidders (four on the phone)' take a part out of a count, and say more.
_BRACKET = re.compile(r"\(([^()]{1,60})\)")
_HEDGE = re.compile(rf"^(?:(?:{ROUGHLY}|or|c\.|ca\.|approx\.|equivalent to|roughly equal to)\s+)+", re.I)
_UNIT_WORDS = 2  # the words a figure's unit may take after it ('million pounds', 'US dollars')
_UNIT_TOKEN = re.compile(r"[^\W\d]+\.?|\S")


def _unit_only(rest: str) -> bool:
    """Is what follows a figure no more than its unit's words ('pounds', 'cubic metres', '')?"""
    found = _UNIT_TOKEN.findall(rest.strip(" ,"))
    return len(found) <= _UNIT_WORDS and all(w[:1].isalpha() for w in found)


@functools.lru_cache(maxsize=20_000)
def conversions(text: str) -> tuple[tuple[Stated, Stated], ...]:
    """The figures ``text`` gives in brackets as the figure before them in another unit: (that figure, the conversion)."""
    out: list[tuple[Stated, Stated]] = []
    for m in _BRACKET.finditer(text):
        inner = _HEDGE.sub("", m.group(1).strip())
        inside = parse_quantities(inner)
        if len(inside) != 1 or not inner.startswith(inside[0].text) or not _unit_only(inner[len(inside[0].text):]):
            continue
        before = text[max(0, m.start() - 80) : m.start()]
        told = parse_quantities(before)
        if not told:
            continue
        last = told[-1]
        at = before.rfind(last.text)
        if at < 0 or not _unit_only(before[at + len(last.text):]):
            continue
        if last.unit is not None and inside[0].unit is not None and last.unit != inside[0].unit:
            out.append((last, inside[0]))
    return tuple(out)


def converted_figures(text: str) -> frozenset[str]:
    """The '#n' tags of the amounts ``text`` gives again in brackets in another unit ('£12.4 million ($15.6 million)':
    '#15600000'): a conversion, which a report stating the amount in its own unit need not repeat."""
    return frozenset(t for a, b in conversions(text) if (t := _tag(b.value)) != _tag(a.value))


def compounds(text: str) -> tuple[str, set[str]]:
    """The text without its number-noun compounds, and their tokens ('a 410-metre level' -> '#410', 'metr'; 'a
    four-year ban' -> '#4', 'year', a span of time tagged in the unit :func:`figures` tags it in)."""
    found = compound_numbers(text)
    out: set[str] = set()
    for (a, b), value, rest in reversed(found):
        nouns = [stem(w) for w in rest if w not in STOPWORDS and len(w) > 1]
        if nouns and nouns[0] in DURATION_DAYS:
            value, unit = in_whole_units(value, nouns[0])
            nouns.append(unit)
        out.update([_tag(value), *nouns])
        text = f"{text[:a]} {text[b:]}"
    return text, out


def timed(text: str) -> tuple[str, set[str]]:
    """The text without its times of day, and one '@h:mm' token per time ('at 14.40', '2.40 p.m.' and 'twenty to
    three' are one '@2:40'; their digits and number words are no counts)."""
    found = clock_keys(text)
    if not found:
        return text, set()
    cut, end = text, len(text) + 1
    for (a, b), _ in reversed(found):
        if b <= end:  # one time read two ways ('twenty to three', 'three o'clock') is cut once
            cut, end = f"{cut[:a]} {cut[b:]}", a
    return cut, {f"@{key}" for _, key in found}




def _scale(value: float) -> str:
    return "billion" if abs(value) >= 1e9 else "million" if abs(value) >= 1e6 else ""
