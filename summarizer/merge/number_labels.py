"""How a number discrepancy is worded: its values as a reader writes them, and what was counted.

"$3.25" against "$3.00", "about 14%", "at least 40 homes"; the subject names the measure in the
sources' own words ("Number of litres", "Cost") and whose figure it is ("Ostrane's count").
"""

from __future__ import annotations

import re

from summarizer.merge._text import STOPWORDS
from summarizer.merge.claims import ClaimItem
from summarizer.merge.numbers import Stated, figure_owner, fmt, owner_text
from summarizer.quantities import MAGNITUDE


def value_text(lead: Stated, bucket: list[tuple[ClaimItem, Stated]]) -> str:
    text = _plain_value(lead, bucket)
    bound = {"min": "at least ", "max": "at most "}.get(lead.bound or "", "")
    return bound + text


_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def _plain_value(lead: Stated, bucket: list[tuple[ClaimItem, Stated]]) -> str:
    approx = all(q.approximate for _, q in bucket)
    if lead.unit == "%":
        return f"{'about ' if approx else ''}{fmt(lead.value)}%"
    if lead.unit in _SIGNS:
        # "$3.25" against "$3": an amount as a reader writes it, cents shown where there are any.
        amount = f"{lead.value:,.2f}" if not lead.value.is_integer() and abs(lead.value) < 1e6 else fmt(lead.value)
        return f"{'about ' if approx else ''}{_SIGNS[lead.unit]}{amount}"
    shown = next((q.unit_text for _, q in bucket if q.unit_text), None)
    if shown and shown.isalpha() and shown.islower() and lead.value != 1 and not shown.endswith("s"):
        shown = _plural(shown)  # "nine-day" counts days
    unit = f" {shown}" if shown and lead.unit != "person" else ""  # the subject already says "people"
    return f"{'about ' if approx else ''}{fmt(lead.value)}{unit}"


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
    amount = {"USD": "Amount (USD)", "EUR": "Amount (EUR)", "GBP": "Amount (GBP)"}.get(unit)
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


def _plural(noun: str) -> str:
    if noun.endswith("s") or noun.lower() in _INVARIABLE:
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

