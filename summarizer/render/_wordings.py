"""Which other wordings of a quote are worth showing beside it."""

from __future__ import annotations

import re

from summarizer.schema import MergedQuote, QuoteVariant
from summarizer.text import normalize


def _folded(text: str) -> str:
    """Case, quote marks, accents and the closing full stop or comma aside: outlets that copy a quote
    differ only there ('… no excuse for it.' / '… no excuse for it'), which no reader calls a rewording."""
    return re.sub(r"[\s.,;:!?\"'…]+$", "", normalize(text))


def other_wordings(quote: MergedQuote) -> list[list[QuoteVariant]]:
    """The variants that word the quote differently, one list per wording in source order (each list
    holds every variant with that wording); a copy of the shown text is none."""
    shown = _folded(quote.text)
    wordings: dict[str, list[QuoteVariant]] = {}
    for variant in quote.variants:
        key = _folded(variant.text)
        if key != shown:
            wordings.setdefault(key, []).append(variant)
    return list(wordings.values())
