"""Finding a stretch of an article: exactly, after folding typography and case, or by close fuzzy
alignment; and where the article's instruction-like passages are, which no evidence may come from."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from summarizer.ingest.injection import find_injections
from summarizer.schema import Alignment, Article, Span
from summarizer.word_starts import WORD_RUN, WORD_TAIL, WordStarts

# How far around an item its names and roles may stand (a paragraph, roughly).
_NEAR_BEFORE = 600
_NEAR_AFTER = 300
_FOLD = {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "–": "-", "—": "-",
         "‐": "-", "‑": "-", "\u00a0": " "}


@dataclass
class _Folded:
    """A case/quote/space-folded copy of the article with a map back to original offsets."""

    text: str
    origin: list[int]  # origin[i] = offset in the article of folded char i

    @classmethod
    def build(cls, text: str) -> _Folded:
        translated = text.translate(_FOLD_TABLE)
        if len(translated) == len(text):
            return cls._single(translated)
        chars: list[str] = []
        origin: list[int] = []
        previous_space = True
        for index, char in enumerate(text):
            folded = _fold_char(char)
            if folded.isspace():
                if previous_space:
                    continue
                folded = " "
                previous_space = True
            else:
                previous_space = False
            for piece in folded:
                chars.append(piece)
                origin.append(index)
        return cls("".join(chars), origin)

    @classmethod
    def _single(cls, translated: str) -> _Folded:
        """:meth:`build` where every character folds to one (nearly every article): each run of spaces becomes one
        space at the run's first character, a leading run goes, and the rest stays where it was; done run by run
        rather than character by character (a fifth of grounding's CPU on 47 real answers)."""
        parts: list[str] = []
        origin: list[int] = []
        at = 0
        for run in _SPACES.finditer(translated):
            start, end = run.span()
            parts.append(translated[at:start])
            origin.extend(range(at, start))
            if start > 0:
                parts.append(" ")
                origin.append(start)
            at = end
        parts.append(translated[at:])
        origin.extend(range(at, len(translated)))
        return cls("".join(parts), origin)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.origin[start], self.origin[end - 1] + 1


_SPACES = re.compile(r"\s+")  # what str.isspace calls space, as the character-by-character build reads it


@functools.cache  # an article repeats a few dozen characters thousands of times
def _fold_char(char: str) -> str:
    char = _FOLD.get(char, char)
    if ord(char) < 128:
        return char.lower()
    decomposed = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return (decomposed or char).lower()


class _FoldTable(dict[int, str]):
    """``str.translate`` table filled on first sight of each character, so folding runs in C."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """The folded text without the offset map: what ``_Folded.build(text).text.strip()`` gives, fast."""
    return " ".join(text.translate(_FOLD_TABLE).split())


class Locator:
    """Finds stretches of one article; built once per article, used for every item."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self._folded: _Folded | None = None
        self.blocked = [(f.start, f.end) for f in find_injections(article.text)]
        self._names: _Names | None = None
        self._inside: str | None = None
        self._words: WordStarts | None = None
        self._unblocked: str | None = None

    @property
    def unblocked(self) -> str:
        """The article with instruction-like text blanked (same length, so offsets hold)."""
        if self._unblocked is None:
            chars = list(self.text)
            for start, end in self.blocked:
                chars[start:end] = " " * (end - start)
            self._unblocked = "".join(chars)
        return self._unblocked

    def near(self, start: int, end: int, before: int = _NEAR_BEFORE, after: int = _NEAR_AFTER) -> str:
        """Folded text around [start, end): its paragraph and the one before (at most ``before`` back)."""
        text = self.unblocked
        paragraph = text.rfind("\n\n", 0, start)
        previous = text.rfind("\n\n", 0, paragraph) if paragraph > 0 else -1
        low = max(0, start - before, previous + 1)
        cut = text.find("\n\n", end)
        high = min(len(text), end + after, cut if cut >= 0 else len(text))
        return fold(text[low:high])

    def mention_windows(self, name: str, radius: int = 200, most: int = 200) -> Iterator[str]:
        """Folded text around each mention of ``name`` (starting at a word) outside instruction-like text.

        Candidates come from an index of word starts built once per article, so checking every
        speaker and role of a long article stays linear instead of rescanning the text per name.
        """
        if len(name) < 2:
            return
        pattern = re.compile(re.escape(name), re.I)
        text = self.unblocked
        first = WORD_RUN.match(name)
        matches: Iterable[re.Match[str] | None]
        if first is None:  # a name opening on punctuation has no word to look up: scan once
            matches = pattern.finditer(text)
        else:
            matches = (pattern.match(text, start) for start in self._word_starts().at.get(first.group().lower(), []))
        count, end = 0, -1
        for match in matches:
            if match is None or match.start() < end:
                continue
            yield fold(text[max(0, match.start() - radius) : match.end() + radius])
            count, end = count + 1, match.end()
            if count >= most:
                return

    def _word_starts(self) -> WordStarts:
        if self._words is None:
            self._words = WordStarts(self.unblocked, fold_case=True)
        return self._words

    @property
    def folded_text(self) -> str:
        return self.folded.text

    def injected(self, span: Span) -> bool:
        """The span touches instruction-like text: citing it would repeat the injection."""
        return any(span.start < end and start < span.end for start, end in self.blocked)

    @property
    def folded(self) -> _Folded:
        if self._folded is None:
            self._folded = _Folded.build(self.text)
        return self._folded

    def find(self, needle: str, min_score: float, hint: int = 0) -> Span | None:
        needle = needle.strip()
        if not needle:
            return None
        index = self.text.find(needle, hint)
        if index < 0:
            index = self.text.find(needle)
        if index >= 0:
            return self._span(index, index + len(needle), "exact")
        target = fold(needle)
        if not target:
            return None
        hay = self.folded
        index = hay.text.find(target)
        if index >= 0:
            return self._span(*hay.to_original(index, index + len(target)), "folded")
        if len(target) < 12:
            return None  # too short to align fuzzily without false hits
        alignment = fuzz.partial_ratio_alignment(target, hay.text, score_cutoff=min_score)
        if alignment is None or alignment.dest_end <= alignment.dest_start:
            return None
        # Only accept alignments of about the same length: a fragment must not stand for the whole.
        if (alignment.dest_end - alignment.dest_start) < 0.9 * len(target):
            return None
        return self._span(*hay.to_original(alignment.dest_start, alignment.dest_end), "fuzzy")

    def _span(self, start: int, end: int, alignment: Alignment) -> Span:
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Span(source=self.article.id, start=start, end=end, text=self.text[start:end], alignment=alignment)

    def valid(self, span: Span | None) -> bool:
        return (
            span is not None
            and span.source == self.article.id
            and 0 <= span.start < span.end <= len(self.text)
            and self.text[span.start : span.end] == span.text
        )

    def mentions(self, name: str) -> bool:
        """Named in the article, outside instruction-like text (a name only an injection gives is not news):
        starting where a word starts ("Pell" in "Pell's", "Democrat" in "Democrats", not "AI" in "said")."""
        if not name.strip():
            return False
        names = self._names_index()
        folded = fold(name)
        if not names.named(folded):
            return False
        if not self.blocked:
            return True
        # A name the injection gives as a word must be a word outside it too.
        return not has_word(self._injected_text(), folded) or names.named(folded, whole=True)

    def _names_index(self) -> _Names:
        if self._names is None:
            self._names = _Names(fold(self.unblocked) if self.blocked else self.folded.text)
        return self._names

    def _injected_text(self) -> str:
        if self._inside is None:
            self._inside = "\n".join(fold(self.text[start:end]) for start, end in self.blocked)
        return self._inside

    def read_all(self) -> None:
        """Build now what the look-ups build on first use (the folded text, its names and word starts)."""
        _ = self.folded
        self._names_index()
        self._word_starts()
        if self.blocked:
            self._injected_text()


_AHEAD: dict[tuple[str, str], Locator] = {}
_AHEAD_MOST = 512  # articles read ahead whose answers are not in yet (never in, for a failed call)


def read_ahead(article: Article) -> None:
    """Build the article's locator in full before its answer is in, for :func:`locator_for` to hand to grounding.

    What a locator builds depends on the article's id and text alone; in LLM mode the answers of a round
    land together after the last one, and building a real article's locator (folding, word starts) was 1.6 of
    the 3.9 ms its grounding took there, on the way to the merge. Built while the request is in flight, that
    time is off the tail.
    """
    key = (article.id, article.text)
    if key in _AHEAD:
        return
    locator = Locator(article)
    locator.read_all()
    if len(_AHEAD) >= _AHEAD_MOST:
        _AHEAD.clear()
    _AHEAD[key] = locator


def locator_for(article: Article) -> Locator:
    """The article's locator read ahead (taken, so each is used once), else a new one: the same look-ups either way."""
    locator = _AHEAD.pop((article.id, article.text), None)
    if locator is None:
        return Locator(article)
    locator.article = article  # the article as grounded (its labels may have come since)
    return locator


class _Names(WordStarts):
    """An article's word starts (see :class:`~summarizer.word_starts.WordStarts`), asked whether a name stands there.

    Grounding asks for every entity, alias and speaker whether the article names it; a scan of the
    whole article per name was quadratic on a long article that names a new person every few lines
    (0.5 MB: 9.5 s, four times the 0.25 MB figure).
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._sorted: list[str] | None = None

    def named(self, name: str, whole: bool = False) -> bool:
        """``name`` (folded) starts at a word start; with ``whole`` it also ends where a word ends."""
        words = list(WORD_RUN.finditer(name))
        if not words or words[0].start() != 0:  # opens on punctuation: no word to look it up by
            return has_word(self.text, name) if whole else name in self.text
        # Every word of the name is whole in the text but the last, which may go on ("Democrats").
        anchors = [w for w in words if w.end() < len(name) or whole]
        if not anchors:
            if self._sorted is None:
                self._sorted = sorted(self.at)
            k = bisect.bisect_left(self._sorted, name)
            return k < len(self._sorted) and self._sorted[k].startswith(name)
        anchor = min(anchors, key=lambda w: len(self.at.get(w.group(), ())))
        starts: Sequence[int] = self.at.get(anchor.group(), ())
        first = words[0]
        if first in anchors and len(name) - first.end() >= WORD_TAIL:
            # Where every word of the name is frequent (a page of capitalised runs), even the rarest has
            # a start per name asked: the first word's starts are split by the characters after it.
            after = self.after(first.group()).get(name[first.end() : first.end() + WORD_TAIL], [])
            if len(after) < len(starts):
                anchor, starts = first, after
        for at in starts:
            start = at - anchor.start()
            if start < 0 or (start > 0 and _WORD_CHAR.match(self.text, start - 1)) or not self.text.startswith(name, start):
                continue
            if not (whole and _WORD_CHAR.match(self.text, start + len(name))):
                return True
        return False


_WORD_CHAR = re.compile(r"\w")


_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def word_at(folded: str, word: str, end: bool = True, overlapping: bool = False) -> Iterator[int]:
    """Where ``word`` stands in ``folded`` with no a-z or 0-9 just before it (and, with ``end``, just after
    it), left to right: the starts ``re.finditer`` gives for ``(?<![a-z0-9])word(?![a-z0-9])`` (or
    ``(?<![a-z0-9])word``), or with ``overlapping`` every start a search of that pattern may try ('a a' at
    0 and 2 of 'a a a').

    Read with ``str.find``, occurrence by occurrence: a pattern per word (what the callers built) compiled
    one for every word and name a run checks, thousands on 48 articles, new with every story, so each was
    compiled in full.
    """
    if not word:  # the empty word: as the pattern reads it (empty matches never overlap)
        yield from (m.start() for m in re.finditer(r"(?<![a-z0-9])" + (r"(?![a-z0-9])" if end else ""), folded))
        return
    at, size = folded.find(word), len(word)
    while at >= 0:
        after = at + size
        if (at == 0 or folded[at - 1] not in _ALNUM) and not (end and after < len(folded) and folded[after] in _ALNUM):
            yield at
            at = folded.find(word, at + 1 if overlapping else after)
        else:
            at = folded.find(word, at + 1)


def has_word(folded: str, word: str) -> bool:
    """Is ``word`` in ``folded`` with no a-z or 0-9 just before or after it (see :func:`word_at`)?"""
    return next(word_at(folded, word), None) is not None
