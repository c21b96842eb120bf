"""How a number discrepancy is worded: its values as a reader writes them, and what was counted.

"$3.25" against "$3.00", "about 14%", "at least 40 homes"; the subject names the measure in the
sources' own words ("Number of litres", "Cost") and whose figure it is ("Ostrane's count").
"""

from __future__ import annotations

import re

from summarizer.measure_units import SIZES
from summarizer.merge._text import STOPWORDS
from summarizer.merge.claims import ClaimItem
from summarizer.merge.numbers import Stated, figure_owner, fmt, owner_text
from summarizer.quantities import MAGNITUDE, hedge


def value_text(lead: Stated, bucket: list[tuple[ClaimItem, Stated]]) -> str:
    """The figures a position's sources give, each hedged as its first source words it: 'about 200 / 203 ballots'.

    A position gathers figures that rounding reconciles, and showing one of them alone ('200 ballots' for
    a wire's 203 and a radio's 'about 200') tells neither source's figure; an editor sees each reading that
    differs in value or in its hedge ('about', 'more than', 'up to'), the lowest (the position's lead) first,
    so the figure the update finder reads off a position is the lead's as before.
    """
    readings: dict[tuple[float, bool, str | None], str] = {}
    for item, q in sorted(bucket, key=lambda m: (m[1] is not lead, m[1].value, m[0].order)):
        key = (q.value, q.approximate, q.bound)
        if key not in readings:
            readings[key] = _figure(item, q)
    # 'about 12' beside a plain 12 says nothing the plain figure does not: one outlet hedged the figure others give.
    shown = [text for (value, approx, bound), text in readings.items() if not (approx and (value, False, bound) in readings)]
    figures = " / ".join(shown[:_READINGS] + (["…"] if len(shown) > _READINGS else []))
    return figures + _unit_text(lead, bucket)


_MEASURES = {base: "Weight" for base, _ in SIZES.values()}  # the measure, whichever of its units a source wrote
_READINGS = 3  # readings shown for one position; more than that is a spread, not a figure to read
_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
_BOUNDS = {"min": "at least", "max": "at most"}


def _figure(item: ClaimItem, q: Stated) -> str:
    """One figure with its sign and its hedge: 'about' for any approximation, a bound in its source's words."""
    if q.unit == "%":
        number = f"{fmt(q.value)}%"
    elif q.unit in _SIGNS:
        # "$3.25" against "$3": an amount as a reader writes it, cents shown where there are any.
        amount = f"{q.value:,.2f}" if not q.value.is_integer() and abs(q.value) < 1e6 else fmt(q.value)
        number = f"{_SIGNS[q.unit]}{amount}"
    elif q.measure is not None:  # '2.1 tonnes' beside '2,140 kilograms': each figure in the unit its source wrote
        number = f"{fmt(round(q.value / q.measure[1], 6))} {q.measure[0]}".rstrip()
    else:
        number = fmt(q.value)
    if not q.bound:
        return f"about {number}" if q.approximate else number  # 'roughly', 'around', 'some': one hedge, one word
    # A bound keeps its source's words: 'more than 240' excludes 240, 'up to 160' is a forecast's ceiling.
    at = item.claim.text.find(q.text) if q.text else -1
    words = hedge(item.claim.text[max(0, at - 30) : at]) if at >= 0 else None
    return f"{words or _BOUNDS[q.bound]} {number}"


def _unit_text(lead: Stated, bucket: list[tuple[ClaimItem, Stated]]) -> str:
    if lead.unit == "%" or lead.unit in _SIGNS or lead.measure is not None:
        return ""
    shown = next((q.unit_text for _, q in bucket if q.unit_text), None)
    if shown and shown.isalpha() and shown.islower() and lead.value != 1 and not shown.endswith("s"):
        shown = _plural(shown)  # "nine-day" counts days
    return f" {shown}" if shown and lead.unit != "person" else ""  # the subject already says "people"


_MEASURED = re.compile(r"^\s*(?:of\s+(?:the\s+)?(?P<of>[a-z]+(?:\s+[a-z]+)?)|(?P<adj>[a-z]+ed)\b)")


def measured_subject(members: list[tuple[ClaimItem, Stated]], unit: str, predicate: str | None) -> str:
    if predicate and unit == "person":
        return f"Number of people {predicate}"
    owner = _owner_name(members)
    if unit == MAGNITUDE:
        return f"Magnitude for {owner}" if owner else "Magnitude"
    if unit == "%":
        # "15% contained", "49.6% of the vote": the words after the figure say what the share is of.
        item, q = members[0]
        at = item.claim.text.find(q.text)
        found = _MEASURED.match(item.claim.text[at + len(q.text) :]) if at >= 0 else None
        what = "Percentage"
        if found and found.group("of") and found.group("of").split()[0] not in STOPWORDS:
            what = f"Share of the {found.group('of').split()[0]}"
        elif found and found.group("adj"):
            what = f"Percentage {found.group('adj')}"
        return f"{what} for {owner}" if owner else what
    amount = {"USD": "Amount (USD)", "EUR": "Amount (EUR)", "GBP": "Amount (GBP)", **_MEASURES}.get(unit)
    if amount is not None:
        what = amount
    else:
        # The word as a source writes it ("batches", "acres"), not the stem the comparison uses.
        plural = next((q.unit_text.lower() for _, q in members if q.unit_text and q.unit_text.lower().endswith("s")), None)
        what = f"Number of {plural or _plural(unit)}"
    what = f"{what} {predicate}" if predicate else what
    return f"{what} for {owner}" if owner else what


# Nouns whose plural takes no "s" (and plurals a unit may already be written in): no "feets".
_PLURALS = {"foot": "feet", "man": "men", "woman": "women", "child": "children", "person": "people", "tooth": "teeth"}
_INVARIABLE = frozenset(["feet", "men", "women", "children", "people", "teeth", "police", "staff", "personnel", "cattle",
                         "sheep", "fish", "aircraft", "deer", "series", "species"])


# A compound ending in an irregular plural is plural already: "schoolchildren", "townspeople", "firemen" (not
# "specimen", "abdomen", "regimen": "i", "o" or "a" before "men" there).
_COMPOUND_PLURAL = re.compile(r"(?:children|people|women|teeth|feet|\w{2}[^aio]men)$")


def _plural(noun: str) -> str:
    if noun.endswith("s") or noun.lower() in _INVARIABLE or _COMPOUND_PLURAL.search(noun.lower()):
        return noun
    return _PLURALS.get(noun.lower(), noun + "s")


def _owner_name(members: list[tuple[ClaimItem, Stated]]) -> str | None:
    """The owner as the longest name any member writes, when every member names the same one."""
    names: list[str] = []
    for item, q in members:
        keys = figure_owner(item.claim.text, q)
        if keys is None:
            return None
        names.append((owner_text(item.claim.text, q) or "").rstrip("."))
    return max(names, key=len) or None

