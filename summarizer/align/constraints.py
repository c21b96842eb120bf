"""Hard constraints: what an embedding misses and must keep two statements apart.

A static embedding averages words, so "ordered" and "did not order", "nine batches" and "12
batches", "may close" and "closed" land next to each other. Two texts close in meaning but
different on any of these are not one fact; they are, at most, candidates for a discrepancy
(:data:`Relation.CONFLICT`), which is the discrepancy finders' call, never the aligner's.

Numbers come from the merger's one number parser (:func:`summarizer.merge.numbers.parse_quantities`,
imported on first use so this package stays importable on its own); dates and years are not counts
there, so a date written two ways never blocks a match.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

_NEGATION = re.compile(r"\b(?:not|never|no|none|nobody|nothing|neither|nor|without|cannot|n't)\b|n't\b|\b\w+n't\b", re.IGNORECASE)
_MODAL = re.compile(
    r"\b(?:may|might|could|possibly|perhaps|reportedly|allegedly|considering|consider|weighing|proposed|proposes)\b",
    re.IGNORECASE,
)


class Relation(enum.Enum):
    SAME = "same"  # one fact: merge
    CONFLICT = "conflict"  # about the same thing, but a number, negation or modality differs
    DIFFERENT = "different"  # not about the same thing


@dataclass(frozen=True, slots=True)
class Signature:
    """What the constraints compare, computed once per text."""

    negated: bool
    modal: bool
    numbers: tuple[tuple[float, str | None], ...]  # (value, unit) of every count or amount


@functools.lru_cache(maxsize=100_000)
def signature(text: str) -> Signature:
    from summarizer.merge.numbers import parse_quantities

    numbers = tuple((q.value, q.unit) for q in parse_quantities(text))
    return Signature(bool(_NEGATION.search(text)), bool(_MODAL.search(text)), numbers)


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))


def numbers_clash(a: Signature, b: Signature) -> bool:
    """Both state figures and share none: by unit where both name it, else by value alone."""
    if not a.numbers or not b.numbers:
        return False
    return not any(_close(x, y) and (ux == uy or ux is None or uy is None) for x, ux in a.numbers for y, uy in b.numbers)


def differs(a: Signature, b: Signature) -> str | None:
    """The first hard difference between two statements ('number', 'negation', 'modality'), or None."""
    if numbers_clash(a, b):
        return "number"
    if a.negated != b.negated:
        return "negation"
    if a.modal != b.modal:
        return "modality"
    return None


def relation(a: str, b: str, similarity: float, threshold: float) -> Relation:
    """SAME when close enough and no hard difference; CONFLICT when close but differing."""
    if similarity < threshold:
        return Relation.DIFFERENT
    return Relation.CONFLICT if differs(signature(a), signature(b)) else Relation.SAME


def signatures(texts: Sequence[str]) -> list[Signature]:
    return [signature(t) for t in texts]
