"""When two quotations are one statement: wording, the embedding sentence by sentence, and the joins of
a speaker's lone quotes and their machine translations (what :mod:`summarizer.merge.quotes` groups by).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from summarizer.align import Vectors, differs, embed, signature, word_alignment
from summarizer.align.thresholds import (
    SAME_QUOTE,
    SAME_QUOTE_ALIGNED,
    SAME_QUOTE_ALIGNED_FLOOR,
    SAME_QUOTE_LONE,
    SAME_QUOTE_SPOKEN,
    SAME_QUOTE_WORDS,
)
from summarizer.schema import Quote, Span
from summarizer.text import normalize, sentence_spans

SAME = 0.85
SHORT = 3  # content words; shorter fragments match only verbatim and from the same speaker
LONE_SHARED = 2  # content words two lone quotes of one speaker must share to be one statement
LONE_LENGTH = 1.6  # and their lengths may differ at most by this factor
LONE_TRIES = 8  # earlier groups of the same speaker a lone quote is compared with (bounded work)


@dataclass(frozen=True, slots=True)
class QuoteItem:
    source: str
    independent: str
    quote: Quote
    span: Span
    speaker: str | None  # resolved entity root, None when the article names no speaker
    named: bool  # the speaker reads as a person's or organisation's name, not a date or a phrase
    norm: str
    tokens: frozenset[str]
    anchors: frozenset[str]
    language: str | None
    sentences: tuple[int, ...] = ()  # rows of this quote's sentences in the merge's sentence vectors


def _like_length(x: str, y: str) -> bool:
    """Two wordings of one line, translated or lone, differ in length at most by LONE_LENGTH."""
    short, long_ = sorted((len(x), len(y)))
    return short > 0 and long_ / short <= LONE_LENGTH


def _reads_translated(x: str, y: str, close: float) -> bool:
    """The translation test's bars, for two quotes or two of their sentences at sentence closeness ``close``:
    moderately close with words pairing up one to one, or less close with words pairing up closely, and no hard
    difference (see :mod:`summarizer.align.thresholds`)."""
    if close < SAME_QUOTE_ALIGNED_FLOOR:
        return False
    words = word_alignment(x, y)
    paired = words >= SAME_QUOTE_ALIGNED or (close >= SAME_QUOTE_LONE and words >= SAME_QUOTE_WORDS)
    return paired and not differs(signature(x), signature(y))


class _Semantic:
    """Sentence vectors of every quote, and the best sentence-pair closeness of two quotes."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.sentences: list[str] = []
        self.rows: list[tuple[int, ...]] = []
        for text in texts:
            parts = [text[a:b] for a, b in sentence_spans(text)] or [text]
            self.rows.append(tuple(range(len(self.sentences), len(self.sentences) + len(parts))))
            self.sentences.extend(parts)
        self.vectors: Vectors = embed(self.sentences)
        self.whole: Vectors = embed(list(texts))

    def translated(self, a: QuoteItem, b: QuoteItem) -> bool:
        """Moderately close sentences whose words pair up one to one, with no hard difference: a
        speaker's lone quote and its machine translation (the bars in :mod:`summarizer.align.thresholds`)."""
        close = max((round(float(np.dot(self.vectors[i], self.vectors[j])), 4) for i in a.sentences for j in b.sentences),
                    default=0.0)
        return _reads_translated(a.quote.text, b.quote.text, close)

    def translated_part(self, a: QuoteItem, b: QuoteItem) -> bool:
        """Every sentence of the quote with fewer sentences is one of the other's translated (the translation test,
        sentence by sentence, at a like length): an outlet quoting the first line of a statement another quotes
        whole, in its own language ('I never altered any data to mislead anyone. Mistakes were made …' / 'I have
        never changed data in order to deceive somebody')."""
        few, more = sorted((a, b), key=lambda q: len(q.sentences))
        return bool(few.sentences) and all(any(self._sentence_translated(i, j) for j in more.sentences) for i in few.sentences)

    def _sentence_translated(self, i: int, j: int) -> bool:
        x, y = self.sentences[i], self.sentences[j]
        return _like_length(x, y) and _reads_translated(x, y, round(float(np.dot(self.vectors[i], self.vectors[j])), 4))

    def same(self, a: QuoteItem, b: QuoteItem, words: float) -> bool:
        """Some sentence of one is close to some sentence of the other, with no hard difference, and their
        words pair up at least ``words`` (or one is a verbatim piece of the other: 'legitimate rape').

        Closeness alone joins two lines of one topic ('I want to see the birth certificate' / 'He has
        what's called a certificate of live birth'); a rewording or translation of one line also
        renders it word by word (see SAME_QUOTE_SPOKEN)."""
        for i in a.sentences:
            for j in b.sentences:
                if round(float(np.dot(self.vectors[i], self.vectors[j])), 4) < SAME_QUOTE:
                    continue
                x, y = self.sentences[i], self.sentences[j]
                if differs(signature(x), signature(y)):
                    continue
                if _piece_of(x, y) or word_alignment(x, y) >= words:
                    return True
        return False


def _piece_of(x: str, y: str) -> bool:
    """One sentence is a verbatim piece of the other (a fragment another outlet quotes in full)."""
    short, long_ = sorted((normalize(x).strip(" .,;:!?"), normalize(y)), key=len)
    return bool(short) and short in long_


def _speakers_agree(a: QuoteItem, b: QuoteItem) -> bool:
    return a.speaker == b.speaker or a.speaker is None or b.speaker is None or not (a.named and b.named)


def _similar(a: QuoteItem, b: QuoteItem, semantic: _Semantic | None = None) -> float:
    """SAME when two quotes are one statement, by their wording or (with ``semantic``) their sentences; else 0.0.
    The grouping asks only whether a pair reaches SAME."""
    if _worded_reaches(a, b, SAME):
        return SAME
    if semantic is not None and a.source != b.source and _speakers_agree(a, b):
        # Two outlets naming two different people (one of them, say, only by a description the
        # speaker check waives) need a line rendered word by word, not a line on the same topic.
        rival = a.speaker is not None and b.speaker is not None and a.speaker != b.speaker
        if semantic.same(a, b, SAME_QUOTE_WORDS if rival else SAME_QUOTE_SPOKEN):
            return SAME
    return 0.0


def _worded_reaches(a: QuoteItem, b: QuoteItem, bar: float) -> bool:
    """``_worded(a, b) >= bar``, with each string score told the bar: rapidfuzz returns 0 for a score under its
    cutoff, and stops early on a pair that cannot reach it (most pairs, 1,800 on real news). The cutoffs sit half
    a point under the bar, so a score it zeroes could not have reached the bar, and one it keeps is compared as
    :func:`_worded` compares it; the first score reaching the bar settles it."""
    if (a.language and b.language and a.language != b.language) or min(len(a.tokens), len(b.tokens)) < SHORT:
        return _worded(a, b) >= bar
    cutoff = 100.0 * bar - 0.5
    if fuzz.ratio(a.norm, b.norm, score_cutoff=cutoff) / 100.0 >= bar:
        return True
    if (fuzz.token_set_ratio(a.norm, b.norm, score_cutoff=cutoff + 5) - 5) / 100.0 >= bar:
        return True
    return min(len(a.norm), len(b.norm)) >= 25 and fuzz.partial_ratio(a.norm, b.norm, score_cutoff=cutoff + 5) / 100.0 - 0.05 >= bar


def _worded(a: QuoteItem, b: QuoteItem) -> float:
    if a.language and b.language and a.language != b.language:
        if a.speaker is None or a.speaker != b.speaker:
            return 0.0
        shared, union = a.anchors & b.anchors, a.anchors | b.anchors
        return 1.0 if shared and len(shared) / len(union) >= 0.5 else 0.0
    if min(len(a.tokens), len(b.tokens)) < SHORT:
        return 1.0 if a.norm == b.norm and a.speaker == b.speaker else 0.0  # scare quotes: 'positive'
    score = max(fuzz.ratio(a.norm, b.norm), fuzz.token_set_ratio(a.norm, b.norm) - 5) / 100.0
    if min(len(a.norm), len(b.norm)) >= 25:
        score = max(score, fuzz.partial_ratio(a.norm, b.norm) / 100.0 - 0.05)
    return score


def _join_lone(groups: list[list[QuoteItem]], semantic: _Semantic | None = None) -> list[list[QuoteItem]]:
    """Join groups that are one speaker's only quote in each of their sources and say one thing.

    A translated or reworded quote ("We have reached a fair agreement that protects every family"
    against "We arrived at a just accord which protects all the families") defeats string
    similarity, but when an article quotes a speaker once, and another article quotes the same
    speaker once with some of the same words at a similar length, both report one statement; so does
    a pair whose sentences are moderately close and whose words pair up one to one (a machine
    translation sharing no content word: "every tap has tested clean" / "each faucet gives clean").
    A group's speaker is the one most of its sources name: a source that names nobody, or another
    person, does not stop the others' lone quote from joining (that disagreement stays visible).
    Speakers quoted several times in an article keep the strict wording match.
    """
    quoted: dict[tuple[str, str], int] = {}
    for group in groups:
        for item in group:
            if item.speaker is not None:
                quoted[(item.source, item.speaker)] = quoted.get((item.source, item.speaker), 0) + 1
    out: list[list[QuoteItem]] = []
    lone_of: dict[str, list[int]] = {}  # speaker -> indexes in ``out`` of its lone groups
    for group in groups:
        speaker = _leading_speaker(group)
        if speaker is None or any(quoted[(i.source, speaker)] != 1 for i in group if i.speaker == speaker):
            out.append(group)
            continue
        target = next((k for k in lone_of.get(speaker, [])[-LONE_TRIES:] if _one_statement(out[k], group, semantic)),
                      None)
        if target is None:
            lone_of.setdefault(speaker, []).append(len(out))
            out.append(group)
        else:
            out[target] = out[target] + group
    return out


TRANSLATION_TRIES = 12  # groups of one speaker compared pairwise for a translation (bounded work)


def _join_translations(groups: list[list[QuoteItem]], semantic: _Semantic) -> list[list[QuoteItem]]:
    """Join each speaker's statement to its translation where the speaker is quoted several times.

    :func:`_join_lone` needs the speaker quoted once per source; a translated report quoting the same
    person twice, like the original, does not qualify. There, two groups join when they pass the
    translation test (:meth:`_Semantic.translated`) and are each other's closest partner by word
    alignment among that speaker's groups, so two statements of one speaker never both claim one
    translation.
    """
    by_speaker: dict[str, list[int]] = {}
    for k, group in enumerate(groups):
        speaker = _leading_speaker(group)
        if speaker is not None:
            by_speaker.setdefault(speaker, []).append(k)
    best: dict[int, tuple[float, int]] = {}
    for indexes in by_speaker.values():
        _closest_partners(groups, indexes[:TRANSLATION_TRIES], semantic, best)
    joined: dict[int, int] = {}
    for i, (_, j) in best.items():
        if i < j and best.get(j, (0.0, -1))[1] == i:
            joined[j] = i
    out: dict[int, list[QuoteItem]] = {}
    for k, group in enumerate(groups):
        out.setdefault(joined.get(k, k), []).extend(group)
    return list(out.values())


def _closest_partners(groups: list[list[QuoteItem]], indexes: list[int], semantic: _Semantic,
                      best: dict[int, tuple[float, int]]) -> None:
    """Record in ``best`` each group's closest translation partner among ``indexes`` (score, index)."""
    for n, i in enumerate(indexes):
        for j in indexes[n + 1 :]:
            score = _translation_score(groups[i], groups[j], semantic)
            if score is None:
                continue
            if score > best.get(i, (-1.0, -1))[0]:
                best[i] = (score, j)
            if score > best.get(j, (-1.0, -1))[0]:
                best[j] = (score, i)


def _translation_score(a: list[QuoteItem], b: list[QuoteItem], semantic: _Semantic) -> float | None:
    """The word alignment of two groups' longest wordings when they read as one statement translated."""
    if {i.independent for i in a} & {i.independent for i in b}:
        return None
    x, y = max(a, key=lambda i: len(i.norm)), max(b, key=lambda i: len(i.norm))
    if not _like_length(x.norm, y.norm) or not semantic.translated(x, y):
        return None
    return word_alignment(x.quote.text, y.quote.text)


def _leading_speaker(group: list[QuoteItem]) -> str | None:
    """The speaker more of the group's sources name than any other (None on a tie or with none)."""
    counts: dict[str, set[str]] = {}
    for item in group:
        if item.speaker is not None:
            counts.setdefault(item.speaker, set()).add(item.source)
    ranked = sorted(counts.items(), key=lambda kv: -len(kv[1]))
    if not ranked or (len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1])):
        return None
    return ranked[0][0]


def _one_statement(a: list[QuoteItem], b: list[QuoteItem], semantic: _Semantic | None = None) -> bool:
    if {i.independent for i in a} & {i.independent for i in b}:
        return False
    x, y = max(a, key=lambda i: len(i.norm)), max(b, key=lambda i: len(i.norm))
    if not _like_length(x.norm, y.norm):
        # A group may hold the statement whole and its first line as another outlet quotes it: a lone quote
        # of that line's length (its translation, say) is compared with that wording.
        like = [(i, j) for i in a for j in b if _like_length(i.norm, j.norm)]
        if any(len(i.tokens & j.tokens) >= LONE_SHARED for i, j in like):
            return True
        return semantic is not None and semantic.translated_part(x, y)  # one outlet quotes a part of the statement
    return len(x.tokens & y.tokens) >= LONE_SHARED or (semantic is not None and semantic.translated(x, y))
