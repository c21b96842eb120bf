"""The names of a story in claim comparison: weighed down in the word overlap, left out of the embedding."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from summarizer.merge._text import TEXT_MEMO, stem, words
from summarizer.text import strip_accents

if TYPE_CHECKING:
    from summarizer.merge.claims import ClaimItem

NAME_WEIGHT = 0.5


def weigh_names_down(items: Sequence[ClaimItem], idf: dict[str, float], df: Counter[str]) -> None:
    """Names recur in every claim of a story and say little about *what* a claim states; the verb and
    object do. Tokens mostly seen capitalised mid-sentence (of the ``df`` claims holding them) weigh NAME_WEIGHT of their idf."""
    capitalised: dict[str, int] = {}
    for item in items:
        for name in item.anchors:
            if not name.startswith("#"):
                key = stem(name)
                capitalised[key] = capitalised.get(key, 0) + 1
    for token, count in capitalised.items():
        if token in idf and 2 * count >= df.get(token, 0):
            idf[token] *= NAME_WEIGHT


def unnamed(item: ClaimItem) -> str:
    """The claim's words without its names: what is said, not who it is about.

    The names of a story recur in most of its claims and pull their embeddings together ('Varga
    resigned' and 'Varga was appointed' share a person and an institution); the embedding is
    asked about the rest, and the names still count in the word overlap.
    """
    return unnamed_text(item.claim.text, item.anchors)


@functools.lru_cache(maxsize=TEXT_MEMO)
def unnamed_text(text: str, names: frozenset[str]) -> str:
    kept = [w for w in words(text) if strip_accents(w.lower()) not in names]
    return " ".join(kept) or text
