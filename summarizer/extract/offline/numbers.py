"""Numbers stated in a sentence, as comparable values: '$3.2 million' -> 3200000 USD.

The merger compares sources by these values, so the unit matters as much as the number: a
currency, a percent sign, or the noun the number counts ("12 ships"). Years, dates and clock
times are not quantities and are skipped.

The value of a token, the hedges and the currencies come from :mod:`summarizer.numbers`, as for
:mod:`summarizer.quantities`. The unit is still read here on its own: this reader gives a claim's
``Quantity`` the word as written ("ships"), the quantity reader the counted noun's stem with what
happened to it ("killed") for the merger. Reading one unit for both changes the units offline claims
carry, so it waits for a change measured on its own.
"""

from __future__ import annotations

import re

from summarizer.extract.offline.lexicon import MONTH_RE
from summarizer.function_words import ARTICLES, AUXILIARIES, COORDINATORS, PREPOSITIONS, RELATIVES
from summarizer.numbers import (
    AT_LEAST,
    AT_MOST,
    CURRENCY_CODE,
    CURRENCY_WORDS,
    DIGIT_NUMBER,
    NUMBER_WORDS,
    ROUGHLY,
    VAGUE_COUNTS,
    WORD_NUMBER,
    currency_of,
    number_ahead,
    parse_number,
    scale_pattern,
    scale_value,
)
from summarizer.quantity_context import stated_age
from summarizer.schema import Quantity
from summarizer.tallies import tally_spans
from summarizer.text import STOPWORDS

# Words that can open a number in words ("twenty-five", "a dozen"); a sentence without one and without a
# digit has no quantity, which spares the slower pattern most sentences.
_NUMBER_WORDS = frozenset([*NUMBER_WORDS, *VAGUE_COUNTS, "hundred", "thousand"])
_DIGIT = re.compile(r"\d")
_LOWER_WORD = re.compile(r"[a-z]+")
# Any hedge makes a figure approximate here ("about", "at least", "up to"), and a few the quantity reader has none of.
_APPROX = re.compile(rf"(?:{ROUGHLY}|{AT_LEAST}|{AT_MOST}|just over|just under|as much as)\s+$", re.IGNORECASE)
_NUMBER_TEMPLATE = rf"(?:(?P<cur>US\$|[$€£¥₦₹]|{CURRENCY_CODE}(?=\s\d))\s?)?(?P<num>{{digits}}{{words}})"
_AFTER_NUMBER = rf"(?:{scale_pattern()})?(?P<pct>\s?%|\s(?:percent|per cent)\b)?"
_VAGUE = "|".join(VAGUE_COUNTS)
_NUMBER = re.compile(rf"(?=US\$|[$€£¥₦₹]|{CURRENCY_CODE}\s\d|{number_ahead(*VAGUE_COUNTS)})" +  # see number_ahead
                     _NUMBER_TEMPLATE.format(digits=DIGIT_NUMBER, words=rf"|\b(?:{WORD_NUMBER}|{_VAGUE})\b") + _AFTER_NUMBER,
                     re.IGNORECASE)
_DIGIT_NUMBER = re.compile(_NUMBER_TEMPLATE.format(digits=DIGIT_NUMBER, words="") + _AFTER_NUMBER, re.IGNORECASE)  # much faster
_MONTH_BEFORE = re.compile(rf"{MONTH_RE}\s*$")
_MONTH_AFTER = re.compile(rf"\s*(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}")
_MEASURE = re.compile(r"\s?(m|km|cm|mm|kg|ft|mi|ha)\b(?![.'’/]?\w)")  # not 'km/h', a speed
_COMPOUND = re.compile(r"-([a-z]{3,})\b")
_UNIT_WORD = re.compile(r"\s+(?:of\s+)?([a-z][a-z\-]{2,})\b(?:\s+([a-z][a-z\-]{2,})\b)?")
# "19,000 current and former students": two modifiers joined by "and" before the counted plural.
_MODIFIER_PAIR = re.compile(r"\s+([a-z][a-z\-]{2,})\s+(?:and|or)\s+([a-z][a-z\-]{2,})\s+([a-z][a-z\-]{2,}s)\b")
_MODIFIERS = {"new", "more", "other", "additional", "foreign", "local", "million", "billion", "extra", "full",
              "former", "small", "large", "big", "major", "armed", "young", "old", "senior", "junior"}
# No counted noun: a function word ("Two have died", "three of whom") or a word another reading takes (a
# percent, an age or a span in years, "the people's").
_NOT_COUNTED = frozenset(["people's", "years", "year", "percent"])
_NOT_UNITS = ARTICLES | COORDINATORS | RELATIVES | PREPOSITIONS | AUXILIARIES | _NOT_COUNTED


def find_quantities(sentence: str) -> list[Quantity]:
    """Quantities in one sentence, in order; years, clock times and day numbers of dates are skipped."""
    result: list[Quantity] = []
    has_words = bool(_NUMBER_WORDS.intersection(_LOWER_WORD.findall(sentence.lower())))
    if not has_words and not _DIGIT.search(sentence):
        return result
    tallies = tally_spans(sentence)  # 'voted six to three' is one tally (the quantity reader's too), not two counts
    for match in (_NUMBER if has_words else _DIGIT_NUMBER).finditer(sentence):
        num = match.group("num")
        raw = match.group().strip()
        if not raw or not _standalone(sentence, match) or any(a <= match.start("num") < b for a, b in tallies):
            continue
        if stated_age(sentence[max(0, match.start() - 60) : match.start()]):
            continue  # someone's age, as the quantity reader reads it
        scaled = match.group("scale") or match.group("short")
        # "38.000 patients" groups thousands as the merger reads it (one reading of a figure
        # everywhere); an amount, a percentage or a scaled figure keeps its decimal point.
        value = parse_number(num, grouped_dots=not (match.group("cur") or scaled or match.group("pct")))
        if value is None:
            continue
        value *= scale_value(match)
        unit = _unit(sentence, match)
        if unit is None and len(num) == 4 and num[:2] in ("18", "19", "20") and num.isdigit():
            continue  # a bare year
        if num.lower() == "one" and not match.group("cur") and (unit is None or re.match(r"\s+of\s", sentence[match.end():])):
            continue  # a pronoun, or one member of a group ('one of roughly 240 passengers'), as the quantity reader reads it
        approx = bool(_APPROX.search(sentence[max(0, match.start() - 24) : match.start()]))
        result.append(Quantity(value=value, unit=unit, text=raw, approximate=approx))
    return result


def _standalone(sentence: str, match: re.Match[str]) -> bool:
    before, after = sentence[max(0, match.start() - 16) : match.start()], sentence[match.end() : match.end() + 24]
    if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
        return False
    if re.match(r"[:/\-]\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC)", after) or re.search(r"[\w/\-.:]$", before):
        return False
    return not re.search(r"\b(?:No\.|number|page|section|article|chapter|room|route)\s*$", before, re.IGNORECASE)


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _unit(sentence: str, match: re.Match[str]) -> str | None:
    if match.group("pct"):
        return "%"
    if match.group("cur"):
        cur = match.group("cur")
        return currency_of("US$" if cur.lower() == "us$" else cur)
    rest = sentence[match.end():]
    measure = _MEASURE.match(rest)  # "5 m high", "10 km from the coast": the unit is the short one
    if measure:
        return measure.group(1)
    compound = _COMPOUND.match(rest)  # "a nine-day strike"
    if compound:
        return compound.group(1).lower()
    pair = _MODIFIER_PAIR.match(rest)
    if (pair and not _plural(pair.group(1)) and not _plural(pair.group(2)) and pair.group(2) not in STOPWORDS
            and _plural(pair.group(3)) and pair.group(3) not in _NOT_UNITS):
        return pair.group(3)
    unit = _UNIT_WORD.match(rest)
    if unit is None:
        return None
    word = unit.group(1).lower()
    second = (unit.group(2) or "").lower()
    if second and second not in _NOT_UNITS and (
        word in _MODIFIERS or word.endswith(("ing", "ed")) or (_plural(second) and not _plural(word))
    ):
        word = second  # "twelve cargo ships" counts ships
    currency = CURRENCY_WORDS.get(word) or CURRENCY_WORDS.get(word.removesuffix("s"))  # "dollars"
    if currency:
        return currency
    if word.endswith("ed") and not word.endswith("eed") and len(word) > 4 and (not second or second in _NOT_UNITS):
        return None  # "Nine ended up in hospital": a verb, no counted noun
    return None if word in _NOT_UNITS else word
