"""ROUGE of a briefing's overview against a reference summary, via Google's ``rouge-score`` package.

The overview carries citation markers (``[S1, S2]``) that no reference has; they are removed first
so that scores measure wording, not our citation style.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

_CITATIONS = re.compile(r"\[S\d+(?:\s*,\s*S\d+)*\]")
METRICS = ("rouge1", "rouge2", "rougeL")


@cache
def _scorer() -> Any:
    from rouge_score import rouge_scorer  # type: ignore[import-untyped]

    return rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)


def strip_citations(text: str) -> str:
    return re.sub(r"\s+", " ", _CITATIONS.sub(" ", text)).strip()


def rouge(candidate: str, reference: str) -> dict[str, float]:
    """F1 of ROUGE-1, ROUGE-2 and ROUGE-L (summary-level LCS is not needed for one paragraph)."""
    scores = _scorer().score(reference, strip_citations(candidate))
    return {name: float(scores[name].fmeasure) for name in METRICS}
