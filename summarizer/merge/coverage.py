"""How much of one sentence another states, read word by word: the soft alignment the ledger and corroboration share.

A static sentence vector is one average: two wordings of one fact ('Bottled water is being handed out at three
collection points' / 'Bottles of water are distributed in three points') drift apart in it as soon as one adds
a clause or uses odd function words, and two sentences on one topic drift together. Word by word, each content
word (weighted by how rare it is in the story) either finds a close word on the other side by the shipped
embedding's word vectors ('handed' ~ 'distributed', 'faulty' ~ 'botched') or does not; the weighted share found
is what the other side states of it. Corroboration asks it one way (a longer sentence may state more); the
ledger asks it both ways (:func:`paired`): two claims whose words pair up in both directions say one thing.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

import numpy as np
from numpy.typing import NDArray

from summarizer.align import WordLlamaEmbedder, default_embedder, embed
from summarizer.align.constraints import NOT_CONTENT, signature
from summarizer.align.thresholds import CONTAINED_WORD
from summarizer.calendar_words import MONTH_NAMES, WEEKDAYS
from summarizer.merge._text import MIN_CLAUSE_TOKENS, TEXT_MEMO, content_tokens, stem

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
CALENDAR = frozenset([*WEEKDAYS, *MONTH_NAMES])


@functools.lru_cache(maxsize=TEXT_MEMO)
def content_words(text: str) -> tuple[str, ...]:
    """The text's content words, lower case, once each (asked again for every sentence it is weighed against);
    'through' or 'until' is no part of what a sentence states."""
    return tuple(dict.fromkeys(w for w in (w.lower() for w in _WORD.findall(text))
                               if len(w) > 2 and w not in NOT_CONTENT))


def idf_weights(texts: Iterable[str]) -> Callable[[str], float]:
    """A word's weight in a coverage: its idf over the story's sentences (rare words say what a sentence is about)."""
    df: Counter[str] = Counter()
    total = 0
    for text in texts:
        df.update(content_words(text))
        total += 1

    def weight(word: str) -> float:
        return math.log((total + 1) / (df.get(word, 0) + 1)) + 1.0

    return weight


def coverage(own: Sequence[str], other: Sequence[str], weight: Callable[[str], float],
             named: tuple[float, float] = (0.0, 0.0)) -> float:
    """Share of ``own``'s weight whose closest word in ``other`` is at least CONTAINED_WORD alike, the names of a
    point counted too: ``named`` is (the weight of those the sentence states, the weight of them all).

    Word vectors come from :func:`embed`, whose memo keeps each word's row after its first use."""
    if not other or not own:
        return 0.0
    close = (embed(own) @ embed(other).T).max(axis=1) >= CONTAINED_WORD
    # Days and months are alike to the word vectors ('Monday' ~ 'Friday'): only the same one counts.
    close &= np.array([w not in CALENDAR or w in other for w in own])
    weights = np.array([weight(w) for w in own])
    total = float(weights.sum()) + named[1]
    return float((weights * close).sum() + named[0]) / total if total else 0.0


# A sentence's words, their vectors and weights, the weights' sum, which words are days or months, which are heads of
# what it denies, and whether any is either.
_Row = tuple[frozenset[str], NDArray[np.float32], NDArray[np.float64], float, NDArray[np.bool_], NDArray[np.bool_], bool, bool]


class Paired:
    """How fully two of a story's sentences state each other, both ways (the ledger's word-by-word view).

    Each sentence's content words, their vectors and weights are read once: the ledger asks about a sentence
    against many others, and one product of the two small word matrices then answers both directions.
    ``apart`` tells a sentence joining two facts ('ended the strike on Monday and will return on Wednesday'),
    which pairs up well with a report of either and so is scored 0: its clauses are compared elsewhere.

    A denial pairs only where the other side states what it denies: 'Crates with other codes, however, are not
    affected' shares its nouns with 'The crates carry the codes', whose words all pair up, but says nothing the
    other states; the negation's reach is the comma'd 'are not affected', so the constraints see no clash either."""

    def __init__(self, texts: Iterable[str], apart: Callable[[str], bool] = lambda _: False) -> None:
        texts = list(texts)
        self.weight = idf_weights(texts)
        self.apart = apart
        self._rows: dict[str, _Row] = {}
        # Every word's vector in one call, remembered by the embedder: read sentence by sentence (below), a
        # merge that prepared nothing (zero latency, offline) made 500 model calls of a few words on 48 real
        # articles. A word's vector is the same in any batch, so each row is the row it was.
        every = list(dict.fromkeys(w for text in texts for w in content_words(text)))
        embedder = default_embedder()
        if isinstance(embedder, WordLlamaEmbedder):
            embedder.remember(every)  # (no rows wanted here)
        else:
            embed(every)

    def _read(self, text: str) -> _Row:
        found = self._rows.get(text)
        if found is None:
            words = content_words(text)
            vectors = embed(list(words)) if words else np.zeros((0, 1), dtype=np.float32)
            denied = signature(text).denied_heads
            weights = np.array([self.weight(w) for w in words])
            calendar = np.array([w in CALENDAR for w in words], dtype=bool)
            heads = np.array([stem(w) in denied for w in words], dtype=bool)
            found = (frozenset(words), vectors, weights, weights.sum(), calendar, heads, bool(calendar.any()), bool(heads.any()))
            self._rows[text] = found
        return found

    def __call__(self, a: str, b: str) -> float:
        """The F1 of the two coverages (rounded, so decisions are stable): high only when each side's weighty
        words find partners on the other side; a sentence adding a fact of its own leaves that fact's words
        unpaired and scores lower, however close the rest."""
        if self.apart(a) or self.apart(b):
            return 0.0
        words_a, rows_a, weights_a, total_a, calendar_a, denied_a, any_calendar_a, any_denied_a = self._read(a)
        words_b, rows_b, weights_b, total_b, calendar_b, denied_b, any_calendar_b, any_denied_b = self._read(b)
        if not words_a or not words_b:
            return 0.0
        close = rows_a @ rows_b.T >= CONTAINED_WORD
        if any_calendar_a or any_calendar_b:  # 'Monday' ~ 'Friday': only the same day or month counts
            same = np.array([[x == y for y in content_words(b)] for x in content_words(a)])
            close &= same | ~(calendar_a[:, None] | calendar_b[None, :])
        found_a, found_b = close.any(axis=1), close.any(axis=0)
        if (any_denied_a and (denied_a & ~found_a).any()) or (any_denied_b and (denied_b & ~found_b).any()):
            return 0.0  # a denial of what the other side does not state
        there = float((weights_a * found_a).sum() / total_a)
        back = float((weights_b * found_b).sum() / total_b)
        return round(2 * there * back / (there + back), 4) if there + back else 0.0


# A clause of time or cause inside a sentence ('... announced shortly after the polls closed at 8 p.m.'): it tells when
# or why the sentence's fact happened, not that fact.
_ASIDE = re.compile(r"\b(?:after|before|when|until|once|because|since)\s", re.IGNORECASE)


@functools.lru_cache(maxsize=TEXT_MEMO)
def lead_tokens(sentence: str) -> frozenset[str] | None:
    """The content stems before the sentence's first clause of time or cause; None where there is none, or where
    nothing that says something comes before it ('After the vote, ...')."""
    found = _ASIDE.search(sentence)
    if found is None:
        return None
    lead = content_tokens(sentence[: found.start()])
    return lead if len(lead) >= MIN_CLAUSE_TOKENS else None


ASIDE_SHARE = 0.5
"""Of a contained claim's weight, the share that must stand before the containing sentence's clause of time or cause."""


def told_aside(short: frozenset[str], long_text: str, weight: Callable[[str], float]) -> bool:
    """Is a claim whose stems another sentence contains told there only as its time or cause ('Polls close at 8 p.m.'
    in '... approved the deal, officials announced shortly after the polls closed at 8 p.m.')? Then it is not the fact
    that sentence states: less than ASIDE_SHARE of its weight stands before the clause."""
    lead = lead_tokens(long_text)
    if lead is None:
        return False
    return sum(weight(t) for t in short & lead) < ASIDE_SHARE * sum(weight(t) for t in short)
