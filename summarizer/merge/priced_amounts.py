"""Amounts read off the thing they price: 'a £58 million ocean satellite' states the satellite's value, '€500 towards the
costs of the case' (a share of) the case's cost. :mod:`summarizer.merge.measures` asks these readers before its own;
they are kept apart so each module stays one job."""

from __future__ import annotations

import re

from summarizer.extract.offline.lexicon import IRREGULAR_PAST, NOT_PAST
from summarizer.merge._text import STOPWORDS, stem

COST = "cost"  # the key of a cost said of nothing in particular ("put the cost at")
VALUE = "value"
CURRENCY_SIGN = ("$", "€", "£", "¥")

# "a £58 million ocean satellite", "an $80,000 car": an amount after an article and before what it prices is that
# thing's value, as "valued the satellite at" and "the satellite was worth" state it: one measure, the thing's value.
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:a|an)\s+$", re.IGNORECASE)
_PRICED_THING = re.compile(r"^\s+(?P<np>[a-z][a-z-]*(?:\s+(?P<second>[a-z][a-z-]*))?)")


# "<amount> towards the costs of the case", "$500 toward the cost of the repairs": the amount is (a share of) that
# thing's cost; "towards" names no measure of its own.
_TOWARDS_COST = re.compile(r"^\s+(?:(?:euros?|dollars?|pounds?|[A-Z]{3})\s+)?towards?\s+(?:the\s+)?(?:cost|bill)s?\s+of\s+"
                           r"(?:the\s+|its\s+|their\s+|this\s+)?(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)")


def towards_cost(text: str, end: int) -> tuple[str, str] | None:
    """(key, name) of the cost an amount is paid towards, when the sentence says of what ('of the case brought by')."""
    found = _TOWARDS_COST.match(text[end:])
    return _measure_of_thing(found.group("np"), COST) if found else None


def prices_a_thing(text: str, figure: str) -> bool:
    """Whether the amount ``figure`` stands before what it prices ("a $2 million yacht"): such a value is the thing's
    alone, never one of the story's costs told in other words (see merge.discrepancies._fold_costs)."""
    at = text.find(figure)
    return at >= 0 and priced_thing(text, at, at + len(figure)) is not None


def priced_thing(text: str, at: int, end: int) -> tuple[str, str] | None:
    """(key, name) of the value of a thing an amount stands before after an article ("a $2 million yacht")."""
    thing = _PRICED_THING.match(text[end:])
    if thing is None or not text[at:end].lstrip().startswith(CURRENCY_SIGN) or not _ARTICLE_BEFORE.search(text[max(0, at - 4) : at]):
        return None
    return _measure_of_thing(thing.group("np"), VALUE)


def _measure_of_thing(phrase: str, family: str) -> tuple[str, str] | None:
    """(key, name) of ``family`` ('cost', 'value') said of the thing a one- or two-word phrase names: "a $2 million
    yacht owned by", "towards the costs of the case brought by": the thing is the noun before a verb or a function
    word, and a phrase that is only such a word names none."""
    words = phrase.split()
    if len(words) > 1 and _verb_or_function(words[1]):
        words = words[:1]
    if _verb_or_function(words[-1]):
        return None
    return f"{stem(words[-1])} {family}", f"{' '.join(words)} {family}"


def _verb_or_function(word: str) -> bool:
    low = word.lower()
    return low in STOPWORDS or low in IRREGULAR_PAST or low.endswith("ing") or (low.endswith("ed") and low not in NOT_PAST)
