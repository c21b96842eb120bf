"""Numbers stated in claims, normalised so that sources can be compared count for count.

The offline engine leaves ``Claim.quantities`` empty, so counts are also read from the claim
text by :func:`summarizer.quantities.parse_quantities`. "Ten other ships" plus "two tankers"
implies a total of twelve, so a source saying twelve does not conflict with it.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from decimal import Decimal

from summarizer.calendar_words import MONTH_NAMES, WEEKDAYS
from summarizer.measure_units import written_apart
from summarizer.merge.figure_tokens import conversions
from summarizer.numbers import CURRENCY_SIGNS, CURRENCY_WORDS, MAJOR_CURRENCIES
from summarizer.quantities import UNIT_SYNONYMS, Stated, human_unit, parse_quantities
from summarizer.quantity_parts import PARTITIVE, part_of_before
from summarizer.schema import Article, Claim
from summarizer.text import STOPWORDS, sentence_spans, stem

__all__ = ["Stated", "claim_quantities", "compatible", "figure_owner", "fmt", "owner_text", "parse_quantities", "resolved"]


_PERCENT = re.compile(r"^\s*(?:%|percent\b|per cent\b|percentage\b)", re.IGNORECASE)


def claim_quantities(claim: Claim, lead: str = "") -> list[Stated]:
    """Prefer what the extractor normalised (LLM), filling unit/context from the text when missing.

    ``lead`` is the sentence before a claim cut from it (see :func:`summarizer.quantities.parse_quantities`)."""
    parsed = parse_quantities(claim.text, lead)
    if not claim.quantities:
        return parsed
    out: list[Stated] = []
    unused = list(parsed)
    for q in claim.quantities:
        if q.unit and _PERCENT.match(q.unit):
            q = q.model_copy(update={"unit": "%"})  # "% of the vote", "% turnout": a share, whatever it is of
        at = claim.text.find(q.text) if q.text else -1
        if (at >= 0 and q.unit != "%" and PARTITIVE.match(claim.text, at + len(q.text))
                and not any(p.text == q.text and p.value == q.value for p in parsed)):
            continue  # the model's "7" in "Seven of the deaths were …" is a sub-count too ("two of them died" is a toll)
        if at > 1 and re.match(r"\d[.,]", claim.text[at - 2 : at]):
            # "9%" read out of "48,9%": the whole figure, as this module reads it, replaces the tail.
            whole = next((p for p in parsed if p.text.endswith(q.text) and len(p.text) > len(q.text)), None)
            if whole is not None:
                out.append(whole)
            continue
        match = _reading(q.value, q.text, unused) or next((p for p in parsed if p.value == q.value), None)
        if match is not None and (match.whole is not None or match.measure is not None):
            out.append(match)  # "17 of them", "2.1 tonnes": a part's unit is its whole's, a measure's its base unit
            continue
        unit = stem(q.unit) if q.unit and q.unit not in {"%", *MAJOR_CURRENCIES} else q.unit
        unit = UNIT_SYNONYMS.get(unit, unit) if unit else None
        predicate = match.predicate if match else None
        unit = human_unit(unit, q.unit, predicate) if unit else (match.unit if match else None)
        if match is not None and match.unit is not None and unit != match.unit and (
                match.unit in MAJOR_CURRENCIES or not match.unit.isalpha()):
            unit = match.unit  # "three bucks", "160 km/h", "9,000 containers a day": the parser's reading of the words
        out.append(
            Stated(
                q.value,
                unit,
                q.text,
                match.approximate if match else q.approximate,
                bool(match and match.other),
                match.predicate if match else None,
                q.unit,
                match.bound if match else None,
                bool(match and match.step),
            )
        )
    return out


class SentenceLeads:
    """The words of a claim's sentence before it, for a claim cut from the middle of a sentence that reads a figure
    it names ('and found errors in 17 of them'); '' for any other claim, so most articles are never split."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self._texts = {a.id: a.text for a in articles}
        self._starts: dict[str, list[int]] = {}

    def __call__(self, claim: Claim) -> str:
        span = claim.span
        text = self._texts.get(span.source, "") if span is not None else ""
        if span is None or not text or not part_of_before(claim.text[claim.text.find(" of ") :]):
            return ""
        starts = self._starts.get(span.source)
        if starts is None:
            starts = self._starts[span.source] = [start for start, _ in sentence_spans(text)]
        at = bisect_right(starts, span.start) - 1
        return text[starts[at] : span.start] if at >= 0 else ""


def _reading(value: float, text: str, unused: list[Stated]) -> Stated | None:
    """This module's reading of one extracted figure, taken in order: "Fourteen miners ... for more than
    fourteen hours" holds 14 twice, and the hours' bound ("more than") belongs to the second 14 only."""
    same = [p for p in unused if value in (p.value, round(p.value / p.measure[1], 6) if p.measure else None)]  # as written
    match = next((p for p in same if p.text == text), None) or next((p for p in same if p.text.lower() == text.lower()), None)
    match = match or (same[0] if same else None)
    if match is not None:
        unused.remove(match)
    return match


def compatible(a: Stated, b: Stated) -> bool:
    """Could both figures be true? 'About' buys 10%, or five steps of the last place its digits write where
    that is less; 'at least 3' admits 5 but not 2.

    Two bounds with different values are kept apart on purpose: "at least 2" and "at least 3"
    are logically compatible, but sources reporting different tolls is what an editor must see.
    """
    written = written_apart(a.measure, b.measure)  # two units' rounding: '2.1 tonnes' / '2,140 kg'
    hedged = [q for q in (a, b) if q.approximate]
    if a.bound and b.bound:
        return a.bound == b.bound and _close(a.value, b.value, _slack(hedged, max(abs(a.value), abs(b.value))), written)
    if a.bound or b.bound:
        limit, exact = (a, b) if a.bound else (b, a)
        slack = max(_slack(hedged, limit.value), written)
        if limit.bound == "min":
            return exact.value >= limit.value - slack
        return exact.value <= limit.value + slack
    return _close(a.value, b.value, _slack(hedged, max(abs(a.value), abs(b.value))), written)


# A hedge buys at most this many steps of the last place a figure's digits write: 'approximately £1.87 billion'
# is said to the ten million, so it admits 1.82-1.92 billion, never 1.78 (10% would); 'about 240' (two significant
# digits: the place is ten) keeps its 10%.
_HEDGE_PLACES = 5
_DIGITS = re.compile(r"\d+")


def _slack(hedged: list[Stated], size: float) -> float:
    """The slack the hedged figures buy: 10% of ``size``, less where every hedged figure's digits say it more
    precisely. A figure written in words keeps the 10%."""
    if not hedged:
        return 0.0
    return min(0.1 * size, max(_written_place_slack(q) for q in hedged))


def _written_place_slack(q: Stated) -> float:
    digits = "".join(_DIGITS.findall(q.text)).strip("0")
    if not digits or q.value == 0:
        return math.inf
    return _HEDGE_PLACES * 10.0 ** (math.floor(math.log10(abs(q.value))) - len(digits) + 1)


def _close(x: float, y: float, hedged: float, rounded: float = 0.0) -> bool:
    """Within the hedge's slack, the two units' rounding, or half a percent (a figure rounded once more)."""
    return abs(x - y) <= max(hedged, 0.005 * max(abs(x), abs(y), 1e-9), rounded)


def resolved(stated: list[Stated]) -> list[Stated]:
    """Fold 'N other X' with the sentence's remaining counts into the total it implies; a step alone ('two more
    people were arrested') states no total, so it is no figure to set against another report's ('48,000 other homes'
    alone is a count)."""
    out: list[Stated] = []
    for q in stated:
        if q.other:
            rest = sum(o.value for o in stated if o is not q and not o.other and o.unit != "%")
            if rest:
                out.append(Stated(q.value + rest, q.unit, q.text, q.approximate, False, q.predicate, q.unit_text, q.bound))
            if rest or q.step:
                continue
        out.append(q)
    return out


def fmt(value: float) -> str:
    """Display a value as a reader would write it: 12.0 -> '12', 3200000.0 -> '3.2 million'.

    Round millions and billions read as words (a table of '40,000,000' invites miscounting zeros);
    anything else keeps its digits, so no precision is lost.
    """
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if abs(value) >= size and (value * 100 / size).is_integer():
            return f"{value / size:.2f}".rstrip("0").rstrip(".") + f" {word}"
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


_CALENDAR = frozenset([*WEEKDAYS, *MONTH_NAMES])
_NAME = r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:de|da|do|dos|van|von|del|la|le)?\s*[A-ZÀ-Þ][\w'’.-]*)*"
_POSSESSIVE = re.compile(rf"({_NAME})['’]s?\s+(?:\w+\s+)?$")
_FOR_NAME = re.compile(
    rf"^\s*(?:of the (?:\w+\s+){{0,2}}votes?\s+|of the ballots?\s+)?(?:for|of)\s+(?:the\s+[a-z]+,?\s+)?({_NAME})(?!['’]s)"
)
_SHARES = frozenset(["%", *(stem(w) for w in ("vote", "seat", "point", "delegate"))])  # what a candidate or party "won" or "took"
_SHARE_VERB = re.compile(
    r"\b(?:won|wins|win|took|takes|got|gets|received|receives|obtained|obtains|secured|secures|polled|polls|garnered|"
    r"earned|scored|finished|came|had|has|with)\b[^,;.]{0,40}$"
)


def figure_owner(text: str, q: Stated) -> frozenset[str] | None:
    names = _owners(text, q)
    return (_name_keys(" ".join(names)) or None) if names else None


def owner_text(text: str, q: Stated) -> str | None:
    """The owner's name as written (the first named in the clause), for the discrepancy's subject."""
    names = _owners(text, q)
    return names[0] if names else None


def _owners(text: str, q: Stated) -> list[str]:
    """Whose figure this is, as name keys, when the sentence says so: 'Ferro's 48.9%', '49.6% for
    Lindqvist', 'Lindqvist won 49.6%'. None when it does not: such a figure is compared with anyone's.

    Two candidates' shares in one race, or two companies' revenues, are different measures even
    though unit and wording match; comparing them makes false conflicts out of every results table.
    """
    at = text.find(q.text)
    if at < 0:
        return []
    before, after = text[max(0, at - 160) : at], text[at + len(q.text) : at + len(q.text) + 80]
    match = _POSSESSIVE.search(before) or _FOR_NAME.match(after)
    if match is not None:
        return [re.sub(r"['’]s$", "", match.group(1))]
    if q.unit in _SHARES and _SHARE_VERB.search(before):
        clause = re.split(r"\d[\d.,]*\s*(?:%|percent|per cent)|[;:]", before)[-1]
        names = [m.group(0) for m in re.finditer(_NAME, clause) if m.start() > 0 or not _sentence_word(m.group(0))]
        return [n for n in names if _name_keys(n)]
    return []


def _sentence_word(name: str) -> bool:
    """A capital that only starts the sentence ('The', 'In') is not a name."""
    return name.split()[0].lower() in STOPWORDS


def _name_keys(name: str) -> frozenset[str]:
    from summarizer.text import strip_accents

    keys = {re.sub(r"['’]s$", "", strip_accents(w).lower()).strip("'’.") for w in re.findall(r"[\w'’.-]+", name)}
    return frozenset(k for k in keys if k and k not in STOPWORDS and k not in _CALENDAR and len(k) > 1)


def same_toll(a: Sequence[Stated], b: Sequence[Stated]) -> bool:
    """Two claims stating one casualty count and no other figure ('three passengers were treated for minor
    injuries' / 'three passengers were lightly injured'): the count's act is the claims' act, however worded."""
    told = {(q.value, q.unit, q.predicate) for q in a}
    return bool(told) and all(q.predicate for q in (*a, *b)) and told == {(q.value, q.unit, q.predicate) for q in b}


def same_amount(a: Sequence[Stated], text_a: str, b: Sequence[Stated], text_b: str) -> bool:
    """Both state the same amounts of money, at least one of them not round, and no other money: a price or a value
    that exact ('£1.87 billion' / '1,87 billion pounds', '415 pence' / '415 pence a share') is one fact however else the sentences
    are worded (the embedding of 'the entire issued share capital' is far from 'the deal')."""
    mine, theirs = _amounts(a, text_a), _amounts(b, text_b)
    return bool(mine) and mine == theirs and any(_significant_digits(value) >= EXACT_DIGITS for _, value in mine)


EXACT_DIGITS = 2
"""An amount written with this many significant digits ('£1.87 billion', '415p', '£25m') is not a round one ('£2m')."""
_MONEY = frozenset({*CURRENCY_SIGNS.values(), *CURRENCY_WORDS.values(), stem("pence"), stem("cent")})


def _amounts(figures: Sequence[Stated], text: str) -> frozenset[tuple[str | None, float]]:
    """The amounts of money a claim states, less those it gives again in another currency in brackets."""
    converted = {(q.unit, q.value) for _, q in conversions(text)}
    return frozenset(key for q in figures if q.unit in _MONEY and not q.other and (key := (q.unit, q.value)) not in converted)


def _significant_digits(value: float) -> int:
    return len(Decimal(repr(abs(value))).normalize().as_tuple().digits)
