"""Token-level helpers the merger's matchers share.

Grouping compares bags of light stems rather than raw strings so that paraphrases, reordered
clauses and singular/plural forms line up; numbers become ``#value`` tokens so that the same
count written as "12" and "twelve" matches, while a different count still costs similarity.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable

from summarizer.numbers import NUMBER_WORDS, parse_number
from summarizer.text import strip_accents

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "then",
        "than",
        "that",
        "this",
        "these",
        "those",
        "there",
        "here",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "without",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "after",
        "before",
        "during",
        "since",
        "until",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "having",
        "do",
        "does",
        "did",
        "doing",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "not",
        "no",
        "nor",
        "so",
        "too",
        "very",
        "just",
        "also",
        "only",
        "its",
        "it",
        "it's",
        "he",
        "she",
        "they",
        "them",
        "their",
        "his",
        "her",
        "him",
        "we",
        "us",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "who",
        "whom",
        "whose",
        "which",
        "what",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "both",
        "each",
        "few",
        "more",
        "most",
        "other",
        "some",
        "such",
        "own",
        "same",
        "said",
        "says",
        "say",
        "saying",
        "told",
        "tells",
        "according",
        "added",
        "adding",
        "per",
        "via",
        "while",
        "although",
        "though",
        "because",
        "however",
        "new",
        "one",
        "ones",
        "mr",
        "mrs",
        "ms",
        "dr",
        "s",
        "t",
    ]
)


_WORD = re.compile(r"\w+(?:[’'.-]\w+)*", re.UNICODE)
_IRREGULAR = {
    "men": "man",
    "women": "woman",
    "people": "person",
    "children": "child",
    "died": "die",
    "dead": "die",
    "death": "die",
    "deaths": "die",
    "killed": "kill",
    "wounded": "wound",
    "injured": "injur",
    "injuries": "injur",
    "injury": "injur",
}


def words(text: str) -> list[str]:
    """Word tokens with their original case (case carries name-ness for anchors)."""
    return _WORD.findall(text)


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A deliberately crude stemmer: enough to equate 'arrested'/'arrests'/'arrest', cheap at scale."""
    w = strip_accents(word.lower()).replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) - len(suffix) >= 3 and w.endswith(suffix) and not w.endswith("ss"):
            w = w[: -len(suffix)]
            break
    if len(w) > 5 and w.endswith("e"):
        w = w[:-1]
    return w


def number_token(word: str) -> str | None:
    """'12', '12,000', 'twelve' -> '#12' style token; None when the word is no number."""
    lower = word.lower()
    if lower not in NUMBER_WORDS and not lower[:1].isdigit():
        return None
    value = parse_number(lower)
    if value is None:
        return None
    return f"#{int(value)}" if value.is_integer() else f"#{value}"


def content_tokens(text: str) -> frozenset[str]:
    """Stems of the words that carry meaning, numbers as '#n' tokens."""
    out: set[str] = set()
    for word in words(text):
        num = number_token(word)
        if num is not None:
            out.add(num)
            continue
        lower = word.lower()
        if lower in STOPWORDS or len(lower) < 2:
            continue
        out.add(stem(lower))
    return frozenset(out)


def anchors(text: str) -> frozenset[str]:
    """Names and numbers: what survives translation, so cross-language matching leans on them."""
    out: set[str] = set()
    for i, word in enumerate(words(text)):
        num = number_token(word) if word[:1].isdigit() else None
        if num is not None:
            out.add(num)
        elif i > 0 and word[:1].isupper() and word.lower() not in STOPWORDS and len(word) > 1:
            out.add(strip_accents(word.lower()))
    return frozenset(out)


@functools.lru_cache(maxsize=100_000)
def source_order(source_id: str) -> tuple[str, int, str]:
    """Natural order for ids: S2 before S10, so every list the merger emits is stable and readable."""
    match = re.match(r"^(\D*)(\d+)(.*)$", source_id)
    if match:
        return (match.group(1), int(match.group(2)), match.group(3))
    return (source_id, -1, "")


def sorted_sources(ids: Iterable[str]) -> list[str]:
    return sorted(set(ids), key=source_order)


def weighted_dice(a: frozenset[str], b: frozenset[str], idf: dict[str, float], default: float) -> float:
    """Dice over idf weights: shared story-wide names count little, shared specific words a lot."""
    if not a or not b:
        return 0.0
    inter = sum(idf.get(t, default) for t in a & b)
    total = sum(idf.get(t, default) for t in a) + sum(idf.get(t, default) for t in b)
    return 2.0 * inter / total if total else 0.0


def idf_table(token_sets: Iterable[frozenset[str]]) -> tuple[dict[str, float], float]:
    """Inverse document frequency over the given sets, plus the weight of an unseen token."""
    df: dict[str, int] = {}
    n = 0
    for tokens in token_sets:
        n += 1
        for t in tokens:
            df[t] = df.get(t, 0) + 1
    table = {t: math.log(1.0 + n / c) for t, c in df.items()}
    return table, math.log(1.0 + max(n, 1))
