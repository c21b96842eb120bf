"""Numbers stated in claims, normalised so that sources can be compared count for count.

The offline engine leaves ``Claim.quantities`` empty, so counts are also read from the claim
text. Each number gets a unit (the noun it counts), a predicate class (killed, injured, arrested…)
and flags for "about" and "other": "ten other ships" plus "two tankers" implies a total of twelve,
so a source saying twelve does not conflict with it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from summarizer.merge._text import NUMBER_WORDS, STOPWORDS, stem
from summarizer.schema import Claim

_SCALE = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6}
_CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_CURRENCY_WORDS = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "usd": "USD", "eur": "EUR"}
_APPROX = re.compile(
    r"(about|around|nearly|almost|roughly|approximately|some|over|more than|at least|up to|fewer than|"
    r"less than|under|estimated|an estimated|as many as|close to)\s*$",
    re.IGNORECASE,
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NUMWORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_NUMBER = re.compile(
    rf"(?P<cur>[$€£¥])?\s?(?P<num>\d[\d,]*(?:\.\d+)?|(?:{_NUMWORD})(?:[- ](?:{_NUMWORD}))?)"
    rf"(?:\s?(?P<scale>hundred|thousand|million|billion|trillion|bn|m)\b)?(?P<pct>\s?%|\s?percent\b|\s?per cent\b)?",
    re.IGNORECASE,
)
PREDICATES = {
    "killed": {"kill", "die", "fatalit", "fatality", "lives", "life", "bodies", "body", "death toll"},
    "injured": {"injur", "wound", "hurt", "hospitaliz", "hospitalis"},
    "arrested": {"arrest", "detain", "custody", "charg"},
    "missing": {"missing", "unaccounted"},
    "displaced": {"displac", "evacuat", "homeles", "fled", "flee"},
    "seized": {"seiz", "captur", "impound", "detain"},
}
_HUMAN = {"killed", "injured", "arrested", "missing", "displaced"}
_PEOPLE = {"person", "civilian", "resident", "victim", "individual", "soldier", "passenger", "protester", "worker"}
_UNIT_STOP = frozenset(
    [
        "off",
        "near",
        "across",
        "along",
        "between",
        "among",
        "against",
        "toward",
        "towards",
        "inside",
        "outside",
        "around",
        "through",
        "throughout",
        "aboard",
        "within",
        "beyond",
        "behind",
        "amid",
        "amidst",
        "despite",
        "last",
        "next",
        "yesterday",
        "today",
        "tonight",
        "earlier",
        "later",
        "ago",
        "were",
        "had",
        "have",
    ]
)
_UNIT_SYNONYMS = {"vessel": "ship", "dollar": "USD", "euro": "EUR"}
_UNIT_SKIP = {"other", "more", "additional", "further", "another", "of", "the", "more than"}


@dataclass(frozen=True)
class Stated:
    """One number as a source states it."""

    value: float
    unit: str | None
    text: str
    approximate: bool
    other: bool
    predicate: str | None
    unit_text: str | None = None


def _value(num: str) -> float | None:
    lower = num.lower().replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", lower):
        return float(lower)
    total = 0.0
    for part in re.split(r"[- ]", lower):
        if part not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[part]
    return total


def _predicate(window: list[str]) -> str | None:
    """The first casualty/arrest-type word in reading order names what the number counts."""
    for word in window:
        found = _word_predicate(word.lower())
        if found is not None:
            return found
    return None


@functools.lru_cache(maxsize=100_000)
def _word_predicate(word: str) -> str | None:
    s = stem(word)
    for name, cues in PREDICATES.items():
        if s in cues or any(s.startswith(c) for c in cues):
            return name
    return None


def parse_quantities(text: str) -> list[Stated]:
    """Numbers with unit and context from free text; dates, years and times are not counts."""
    out: list[Stated] = []
    for m in _NUMBER.finditer(text):
        start, end = (m.start("cur") if m.group("cur") else m.start("num")), m.end()
        before, after = text[max(0, start - 60) : start], text[end : end + 80]
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".-/:"):
            continue
        if re.match(r"[:/]\d|\.\d|-\w|[a-zA-Z]", after):
            continue
        value = _value(m.group("num"))
        if value is None:
            continue
        prev_words = re.findall(r"[\w']+", before)[-6:]
        if prev_words and prev_words[-1].lower()[:3] in _MONTHS:
            continue  # "March 3"
        if m.group("num").isdigit() and 1900 <= value <= 2100 and not m.group("cur") and not m.group("pct"):
            continue  # a year
        if m.group("num").lower() == "one" and not re.match(r"\s+[a-z]", after):
            continue
        if m.group("scale"):
            value *= _SCALE[m.group("scale").lower()]
        next_words = re.findall(r"[\w'’-]+|[.,;:!?]", after)[:6]
        other = bool(next_words and next_words[0].lower() in {"other", "more", "additional", "further"})
        other = other or bool(prev_words and prev_words[-1].lower() == "another")
        unit_word = _unit(next_words)
        unit = _UNIT_SYNONYMS.get(stem(unit_word), stem(unit_word)) if unit_word else None
        if m.group("cur"):
            unit = _CURRENCY[m.group("cur")]
        elif m.group("pct"):
            unit = "%"
        elif unit in _CURRENCY_WORDS:
            unit = _CURRENCY_WORDS[unit]
        approx = bool(_APPROX.search(before)) or bool(re.match(r"\s*(or so|-odd|plus\b)", after))
        predicate = _predicate([w for w in next_words if w[0].isalnum()][:4]) or _predicate(prev_words[-4:])
        if unit is not None and _predicate([unit]) is not None:
            unit = None  # "30 injured": the word after the number is what happened, not what is counted
        if predicate in _HUMAN and (unit is None or unit in _PEOPLE):
            unit = "person"
        shown = unit_word if unit == (stem(unit_word) if unit_word else None) else None
        out.append(Stated(value, unit, text[start:end].strip(), approx, other, predicate, shown))
    return out


def _unit(next_words: list[str]) -> str | None:
    run: list[str] = []
    for word in next_words:
        lower = word.lower()
        if not word[0].isalnum() or lower in _UNIT_STOP or (run and (lower in STOPWORDS or lower.endswith(("ed", "ly")))):
            break
        if lower in _UNIT_SKIP or lower in _SCALE:
            continue
        if lower in STOPWORDS:
            break
        run.append(lower)
        if len(run) == 3:
            break
    return run[-1] if run else None


def claim_quantities(claim: Claim) -> list[Stated]:
    """Prefer what the extractor normalised (LLM), filling unit/context from the text when missing."""
    parsed = parse_quantities(claim.text)
    if not claim.quantities:
        return parsed
    out: list[Stated] = []
    for q in claim.quantities:
        match = next((p for p in parsed if p.value == q.value), None)
        unit = stem(q.unit) if q.unit and q.unit not in {"%", "USD", "EUR", "GBP", "JPY"} else q.unit
        out.append(
            Stated(
                q.value,
                unit or (match.unit if match else None),
                q.text,
                q.approximate or bool(match and match.approximate),
                bool(match and match.other),
                match.predicate if match else None,
                q.unit,
            )
        )
    return out


def compatible(a: Stated, b: Stated) -> bool:
    """Same count within rounding; an 'about' on either side buys 20% slack."""
    tol = 0.2 if (a.approximate or b.approximate) else 0.005
    return abs(a.value - b.value) <= tol * max(abs(a.value), abs(b.value), 1e-9)


def resolved(stated: list[Stated]) -> list[Stated]:
    """Fold 'N other X' with the sentence's remaining counts into the total it implies."""
    out: list[Stated] = []
    for q in stated:
        if q.other:
            rest = sum(o.value for o in stated if o is not q and not o.other and o.unit != "%")
            if rest:
                out.append(Stated(q.value + rest, q.unit, q.text, q.approximate, False, q.predicate, q.unit_text))
                continue
        out.append(q)
    return out


def fmt(value: float) -> str:
    """Display a value without float noise: 12.0 -> '12', 3200000.0 -> '3,200,000'."""
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")
