"""One reading of a written number, shared by offline extraction, grounding and merging.

Grounding checks a model's figure against the evidence and the merger compares figures across
sources; if the three stages read "twenty-five" or "12 500" differently, a correct figure is
dropped or a false conflict appears. So the words, the token patterns and the value of a token
live here, and every stage matches with these patterns and converts with :func:`parse_number`.
"""

from __future__ import annotations

import re

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBER_WORDS: dict[str, int] = {**UNITS, **TEENS, **TENS, "dozen": 12}
# Plurals that give an order of magnitude, not a count: offline extraction keeps them as rough figures.
VAGUE_COUNTS = {"dozens": 24, "hundreds": 200, "thousands": 2000}

_alt = "|".join
_TENS_ALT = _alt(TENS)
_UNIT_ALT = _alt(k for k in UNITS if k != "zero")
# Longest first, alphabetical within a length: the same pattern in every process (see text.longest_first).
_BELOW_100 = rf"(?:(?:{_TENS_ALT})(?:-|\s)(?:{_UNIT_ALT})|{_alt(sorted(sorted(NUMBER_WORDS.keys() - {'dozen'}), key=len, reverse=True))})"
# A number in words: "twenty-five", "one hundred and five", "a hundred", "two dozen", "a dozen", and the same
# hyphened into a compound adjective ("a fourteen-hundred-tonne crane", "a two-hundred-and-fifty-foot mast"), and a
# decimal read out digit by digit ("four point eight million", "one point two five"; not "at one point three men").
_DIGIT_WORD = _alt(UNITS)
WORD_NUMBER = (rf"(?:(?:(?<!\bat\s)|(?!one\b)){_BELOW_100}\s+point(?:\s+(?:{_DIGIT_WORD})\b)+"
               rf"|(?:a|{_BELOW_100})[\s-]+hundred(?:[\s-]+(?:and[\s-]+)?{_BELOW_100})?|(?:a|{_BELOW_100})\s+dozen"
               rf"|{_BELOW_100}|a\s+thousand)")
# Digits, grouped by commas or by (thin, no-break or plain) spaces in threes: "3,412", "12 500", "49.6",
# "58,2" (a decimal comma). A space-grouped figure needs groups of exactly three digits after the first.
DIGIT_NUMBER = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.,]?\d)"
                r"|\d+(?:[.,]\d+)?)")
NUMBER = rf"(?:{DIGIT_NUMBER}|\b{WORD_NUMBER}\b)"

# Words that scale the figure before them ("3.2 million", "$4bn", "12 crore"), one list for every reader.
SCALE_WORDS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6, "bn": 1e9,
               "tn": 1e12, "crore": 1e7, "lakh": 1e5}
# One letter scales only an amount ("$5m", "£2 bn", "€40k") or a count written onto it ("3m people", "10k
# followers"): "a 5 m wall", "the 40m beam" and "a 5k run" measure metres and kilometres.
SHORT_SCALES = {"m": 1e6, "k": 1e3, "b": 1e9}


def scale_pattern(words: frozenset[str] | set[str] | None = None) -> str:
    """The scale after a number, for a pattern whose currency sign (if any) is the group ``cur``: a scale word
    (``words``, all of :data:`SCALE_WORDS` by default) as group ``scale``, or a one-letter scale as group
    ``short`` after a currency sign, or written onto the number before a plural noun."""
    names = sorted(words if words is not None else SCALE_WORDS, key=lambda w: (-len(w), w))
    # A translation's plural scale before "of" ("140 millions of euros", from "140 millions d'euros") is the same scale.
    return (rf"(?:\s?(?P<scale>{'|'.join(names)})(?:s(?=\s+of\s))?\b"
            rf"|(?(cur)\s?|)(?P<short>[mkb])\b(?(cur)|(?=\s+(?:[a-z]+[a-rt-z]s|people|children|men|women)\b)))")


def scale_value(match: re.Match[str]) -> float:
    """The factor a match of :func:`scale_pattern` multiplies its figure by (1 with no scale)."""
    word = (match.group("scale") or match.group("short") or "").lower()
    return SCALE_WORDS.get(word) or SHORT_SCALES.get(word, 1.0)


def number_ahead(*more_words: str) -> str:
    """Where a number (or one of ``more_words``) can begin: a digit, or a word boundary before "a " or
    the first three letters of a number word.

    Put in a lookahead in front of a pattern built on these, it lets the regex engine pass most
    positions of a text with a few character tests instead of trying every number word there: on
    48 real news articles the quantity reader's pattern ran 2-3x faster, with the same matches (it
    only states what the rest of the pattern needs anyway).
    """
    starts = sorted({word[:3] for word in (*(NUMBER_WORDS.keys() - {"dozen"}), *more_words)})
    return rf"(?:\d|\b(?:a\s|{'|'.join(starts)}))"

NUMBER_RE = re.compile(NUMBER, re.IGNORECASE)

# The words before a figure that hedge it, as regex alternations: a rough figure ("about 40"), a floor ("at least
# 40"), a ceiling ("up to 40"). The quantity reader keeps the three apart (approximate, a lower or an upper bound);
# the offline extractor's approximate flag takes all three, since any of them makes a figure no exact count.
ROUGHLY = "about|around|roughly|approximately|some|estimated|an estimated|close to|nearly|almost"
# "no fewer than 9" is a floor, though it ends in the ceiling's "fewer than": the ceiling words say they are not it.
AT_LEAST = "at least|more than|over|upwards of|in excess of|as many as|above|rose above|no fewer than|no less than|not less than"
AT_MOST = "up to|(?<!no )(?<!not )fewer than|(?<!no )(?<!not )less than|under|no more than|at most"
# Currencies, by sign and by the singular of their name (a reader of "dollars" or of a stem looks up the singular).
CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₦": "NGN", "₹": "INR",
                  "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD"}
# The dollar sign with its country's letters written onto it ("US$3.4 billion", "A$120m", "HK$2bn"): a sign of its own.
DOLLAR_PREFIX = r"(?<![A-Za-z])(?-i:US|AU|CA|NZ|HK|A|C|S)(?=\$)"
# The currencies the merge compares as amounts of money (a unit of its own, never stemmed like a counted noun); the
# reader knows more (the signs and words above), whose amounts the merge still reads as counted nouns.
MAJOR_CURRENCIES = frozenset(["USD", "EUR", "GBP", "JPY"])
CURRENCY_WORDS = {"dollar": "USD", "buck": "USD", "euro": "EUR", "pound": "GBP", "naira": "NGN", "rupee": "INR",
                  "yen": "JPY", "franc": "CHF", "usd": "USD", "eur": "EUR", "gbp": "GBP"}

# A currency's code written before the figure ("EUR 140m", "USD 2.5 billion"), as wires and trade papers write
# amounts: the codes of the tables above, in capitals only (so no word of prose is read as one), then a space.
CURRENCY_CODE = rf"(?-i:{'|'.join(sorted({code for code in (*CURRENCY_SIGNS.values(), *CURRENCY_WORDS.values()) if code.isupper()}))})"


def currency_of(written: str) -> str:
    """The currency a sign or a code before a figure names ("€" and "EUR" are EUR)."""
    written = written.strip()
    return CURRENCY_SIGNS.get(written, written.upper())


_SPACES = re.compile(r"[ \u00a0\u202f\u2009]")


def parse_number(token: str, grouped_dots: bool = False) -> float | None:
    """The value of one number token (digits or words); None when it is no number.

    A comma followed by one or two digits is a decimal comma ("58,2", as translated copy writes it);
    followed by three it groups thousands. ``grouped_dots`` reads "3.412" as 3412 too: right for a
    count, wrong for a share, so the caller says which it is reading.
    """
    text = token.strip().lower()
    if not text:
        return None
    if text[0].isdigit():
        if re.fullmatch(r"\d+,\d{1,2}", text):
            return float(text.replace(",", "."))
        if grouped_dots and re.fullmatch(r"[1-9]\d{0,2}(?:\.\d{3})+", text):
            return float(text.replace(".", ""))
        digits = _SPACES.sub("", text.replace(",", ""))
        return float(digits) if re.fullmatch(r"\d+(?:\.\d+)?", digits) else None
    if text in VAGUE_COUNTS:
        return float(VAGUE_COUNTS[text])
    return _words_value(re.split(r"[\s-]+", text))


def _words_value(words: list[str]) -> float | None:
    words = [w for w in words if w != "and"]
    if not words:
        return None
    if "point" in words:  # "four point eight": the whole part, then one digit word per decimal place
        at = words.index("point")
        whole = _words_value(words[:at])
        decimals = [UNITS.get(w) for w in words[at + 1:]]
        if whole is None or not decimals or None in decimals:
            return None
        return float(f"{int(whole)}.{''.join(str(d) for d in decimals)}")
    for scale, size in (("hundred", 100), ("thousand", 1000), ("dozen", 12)):
        if scale in words:
            at = words.index(scale)
            head = 1.0 if words[:at] in ([], ["a"]) else _words_value(words[:at])
            tail = _words_value(words[at + 1:]) if words[at + 1:] else 0.0
            return None if head is None or tail is None else head * size + tail
    if len(words) == 1:
        value = NUMBER_WORDS.get(words[0])
        return None if value is None else float(value)
    if len(words) == 2 and words[0] in TENS and words[1] in UNITS and words[1] != "zero":
        return float(TENS[words[0]] + UNITS[words[1]])
    return None


# A number written onto the noun it counts or measures, as a compound adjective: "a 42-inch main", "a forty-two-inch
# main", "the 1,400-tonne crane", "a four-year ban", "a 12-year-old". Not an ordinal or a fraction after a number word
# ("twenty-first", "two-thirds", "one-half"), nor a number word after one ("twenty-five" is one number). "One" hyphened
# onto a word is mostly an idiom ("one-way", "one-off", "one-sided"), a figure only before a unit of time ("one-year").
_COMPOUND = re.compile(rf"(?<![\w.,-])(?P<num>{DIGIT_NUMBER}|\b{WORD_NUMBER})-(?P<rest>[a-z]+(?:-[a-z]+)*)(?![\w-])",
                       re.IGNORECASE)
_NO_NOUN = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                      "half", "halves", "thirds", "quarter", "quarters", *NUMBER_WORDS, "hundred", "thousand"})
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})


def compound_numbers(text: str) -> list[tuple[tuple[int, int], float, list[str]]]:
    """Each number-noun compound of ``text`` ('a 410-metre level' -> 410, ['metre']): its span, its figure and the
    words it is written onto, in reading order."""
    found = []
    for m in _COMPOUND.finditer(text) if "-" in text else ():
        rest = m.group("rest").lower().split("-")
        num = m.group("num").lower()
        if rest[0] in NUMBER_WORDS or (not num[0].isdigit() and (rest[0] in _NO_NOUN or rest[0].endswith("ths"))):
            continue
        if num in ("one", "a") and rest[0] not in _TIME_UNITS:
            continue
        value = parse_number(num)
        if value is not None:
            found.append((m.span(), value, rest))
    return found
