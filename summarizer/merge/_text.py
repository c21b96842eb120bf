"""Token-level helpers the merger's matchers share.

Grouping compares bags of light stems rather than raw strings so that paraphrases, reordered
clauses and singular/plural forms line up; numbers become ``#value`` tokens so that the same
count written as "12" and "twelve" matches, while a different count still costs similarity.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from itertools import repeat
from typing import Any, Generic, Protocol, TypeVar

from summarizer.dates import find_dates
from summarizer.dates.clock import clock_spans
from summarizer.extract.offline.lexicon import ACCORDING_TO_RE, ATTRIBUTION_VERB_RE
from summarizer.ingest.header import DATELINE
from summarizer.merge.figure_tokens import compounds, converted_figures, figures, number_token, timed
from summarizer.merge.figure_tokens import words as words
from summarizer.numbers import NUMBER_WORDS
from summarizer.schema import Span
from summarizer.text import STOPWORDS as STOPWORDS
from summarizer.text import stem as stem
from summarizer.text import strip_accents
from summarizer.word_starts import WORD_RUN, WORD_TAIL, WordStarts

# Texts whose tokens, names and main clause are remembered (pure functions of the text, asked again
# by several finders; the LLM path computes each claim's as its answer lands, see merge.prepare).
TEXT_MEMO = 50_000
# Two or more capitalised words in a row: a many-word name as a sentence writes it ("Larch Wing", "Ostby Construction").
CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")


class _Claimed(Protocol):
    @property
    def claim(self) -> Any: ...


ItemT = TypeVar("ItemT", bound=_Claimed)
ReadT = TypeVar("ReadT")


class per_claim_text(Generic[ItemT, ReadT]):  # a decorator, named like functools.cache
    """``read(item)`` remembered by the item's claim text, for a reading that depends on nothing else.

    A result that holds the item (a dataclass with an ``item`` field) is handed back holding the item
    asked about. The LLM path asks for each claim's as its answer lands (merge.prepare), so the merge,
    which runs after the last answer, finds them remembered.
    """

    def __init__(self, read: Callable[[ItemT], ReadT | None]) -> None:
        functools.update_wrapper(self, read)
        self.read = read
        self.memo: dict[str, ReadT | None] = {}
        self.misses = 0

    def __call__(self, item: ItemT) -> ReadT | None:
        text = item.claim.text
        if text not in self.memo:
            if len(self.memo) >= TEXT_MEMO:
                self.memo.clear()
            self.misses += 1
            self.memo[text] = self.read(item)
        found = self.memo[text]
        if found is None or getattr(found, "item", item) is item:
            return found
        return dataclasses.replace(found, item=item)  # type: ignore[type-var]

    def cache_clear(self) -> None:
        self.memo.clear()
        self.misses = 0
_TALLY = re.compile(r"^\d{1,3}[-–]\d{1,3}$")


@functools.lru_cache(maxsize=TEXT_MEMO)
def content_tokens(text: str) -> frozenset[str]:
    """Stems of the words that carry meaning, numbers as '#n' tokens, times of day as '@h:mm' ones."""
    text, out = timed(text)
    tags, written, scales = figures(text)
    text, written_on = compounds(text)
    out |= tags | scales | written_on
    # Each word lowered once, and read as a number only where one can start (a digit or a number word, the
    # test number_token makes first): a claim's few numbers among its 20 words (2,200 texts on 48 real articles).
    for word in words(text):
        lower = word.lower()
        if lower in written:
            continue
        digit = lower[:1].isdigit()
        if digit or lower in NUMBER_WORDS:
            num = number_token(word)
            if num is not None:
                out.add(num)
                continue
            if digit and _TALLY.match(word):  # 'voted 7-4', 'a 2-1 win': the numbers 'seven to four' states
                out.update(f"#{int(n)}" for n in re.split(r"[-–]", word))
                continue
        if lower in STOPWORDS or len(lower) < 2:
            continue
        out.add(stem(lower))
    return frozenset(out)


_ANY_DAY = date(2000, 1, 1)  # where a sentence's dates stand is asked, not which days they are


def day_places(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a day ('on Friday', '4 November', 'yesterday'): (start, end) of each."""
    return [(d.start, d.end) for d in find_dates(text, _ANY_DAY) if len(d.value) == len("2000-01-01")]


@functools.lru_cache(maxsize=TEXT_MEMO)
def told_figures(text: str) -> frozenset[str]:
    """The '#n' counts and amounts a sentence states: not the numbers of its days and times of day.

    '26/10', a dateline's 'March 12' and '02:40' say when (the date constraint compares days); read as
    figures, 'return to the line on Monday, 26/10' and 'back on the line Monday' stated different ones.
    A year stays a figure ('the first rise since 2019')."""
    cut = undatelined(text)
    spans = day_places(cut)
    for start, end in sorted([*spans, *clock_spans(cut)], reverse=True):
        cut = f"{cut[:start]} {cut[end:]}"
    return frozenset(t for t in content_tokens(cut) if t.startswith("#")) - converted_figures(text)


@functools.lru_cache(maxsize=TEXT_MEMO)
def anchors(text: str) -> frozenset[str]:
    """Names and numbers: what survives translation, so cross-language matching leans on them."""
    tags, written, _ = figures(text)
    text, written_on = compounds(text)
    out: set[str] = set(tags) | {t for t in written_on if t.startswith("#")}
    for i, word in enumerate(words(text)):
        if word.lower() in written:
            continue
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


def weighted_dice(a: frozenset[str], b: frozenset[str], idf: dict[str, float], default: float,
                  totals: tuple[float, float] | None = None) -> float:
    """Dice over idf weights: shared story-wide names count little, shared specific words a lot.

    ``totals``, where a caller weighs one set against many, are the two sets' :func:`weight_total`."""
    if not a or not b:
        return 0.0
    inter = sum(map(idf.get, a & b, repeat(default)))
    total = totals[0] + totals[1] if totals is not None else weight_total(a, idf, default) + weight_total(b, idf, default)
    return 2.0 * inter / total if total else 0.0


def weight_total(tokens: frozenset[str], idf: dict[str, float], default: float) -> float:
    # map over dict.get, not a generator: the same sum in the same order, 2-3x faster (the pair rule asks it
    # for thousands of pairs per merge)
    return sum(map(idf.get, tokens, repeat(default)))


def idf_table(token_sets: Iterable[frozenset[str]], df: Counter[str] | None = None) -> tuple[dict[str, float], float]:
    """Inverse document frequency over the given sets, plus the weight of an unseen token; ``df``, when given,
    is filled with each token's document frequency (counted in C by Counter.update)."""
    df = Counter() if df is None else df
    n = 0
    for tokens in token_sets:
        n += 1
        df.update(tokens)
    table = {t: math.log(1.0 + n / c) for t, c in df.items()}
    return table, math.log(1.0 + max(n, 1))


# Where a sentence's main clause ends: a coordinated or relative side clause, a semicolon, a dash
# aside, or a trailing attribution ("…, police said").
_SIDE_CLAUSE = re.compile(
    rf",\s+(?:and|but|while|whereas|where|which|who|as|after|before|because|so|since|although|though|{ACCORDING_TO_RE})\b"
    r"|;|\s[\u2013\u2014]\s|\s--\s|\s+so\s+that\b"
    rf"|,\s+(?:[A-Z][\w'\u2019-]+\s+){{1,4}}{ATTRIBUTION_VERB_RE}\b"
)
def shortened(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, an ellipsis marking the cut (subjects, warnings)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@functools.lru_cache(maxsize=TEXT_MEMO)
def undatelined(text: str) -> str:
    """The sentence without its dateline, capitalised again (remembered: read for each claim as its answer
    lands, by merge.prepare, then for every key point, timeline entry and lede after the last one)."""
    stripped = DATELINE.sub("", text, count=1)
    return stripped[:1].upper() + stripped[1:] if stripped != text else text


# An outlet's own verdict on what it reports ("and rightly so", "finally", "so-called"): a wording
# to cite for a fact only when no other outlet states it plainly. "Let's" with its apostrophe only: 'lets' is a
# verb ('the council lets the hall') or a noun ('holiday lets'), no voice.
_OPINION = re.compile(
    r"\b(?:rightly|wrongly|finally|of course|obviously|clearly|naturally|predictably|unsurprisingly|shamefully|"
    r"disgracefully|outrageous(?:ly)?|scandalous(?:ly)?|so-called|needless to say|as usual|let['’]s|honest)\b|!|\?\s*$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=TEXT_MEMO)
def opinionated(text: str) -> bool:
    return bool(_OPINION.search(text))


QUOTE_MARKS = "\"\u201c\u201d\u00ab\u00bb"  # straight, curly and guillemets: what opens or closes a quotation
QUOTED_SHARE = 0.5  # more of the sentence inside quotation marks than outside: someone's words, not the outlet's report


@functools.lru_cache(maxsize=TEXT_MEMO)
def mostly_quoted(text: str) -> bool:
    """A sentence that is mainly a quotation, or a piece of one (a quote split at a full stop).

    Quotations are the quotes section's, with their speaker; as a key point they read as a fact
    the outlets state, and a fragment ('Do not wait," Crane said.') reads as nothing at all.
    """
    marks = [k for k, c in enumerate(text) if c in QUOTE_MARKS]
    if len(marks) % 2:
        return True
    inside = sum(marks[k + 1] - marks[k] for k in range(0, len(marks), 2))
    return inside > QUOTED_SHARE * max(1, len(text))


@functools.lru_cache(maxsize=TEXT_MEMO)
def quoted_tokens(text: str) -> frozenset[str] | None:
    """The content tokens inside the quotation marks of a sentence that is mainly a quotation (None for any other, and
    for a piece of a quote, whose one mark leaves its inside unknown): what is said, not who says it."""
    marks = [k for k, c in enumerate(text) if c in QUOTE_MARKS]
    if not marks or len(marks) % 2 or not mostly_quoted(text):
        return None
    return frozenset().union(*(content_tokens(text[marks[k] + 1 : marks[k + 1]]) for k in range(0, len(marks), 2)))


MIN_CLAUSE_TOKENS = 3  # a shorter head ("Yet, ") is no clause of its own


@functools.lru_cache(maxsize=TEXT_MEMO)
def main_clause(sentence: str) -> str:
    """The sentence's first clause that says something, without a dateline.

    Reports of one fact often differ only in what they add to it ("Route 9 is closed" /
    "Route 9 remains shut, and police turned back all traffic"); comparing main clauses lets the
    aligner see the shared fact. Returns the sentence itself when it has no side clause.
    """
    text = DATELINE.sub("", sentence, count=1)
    for part in _SIDE_CLAUSE.split(text):
        if len(content_tokens(part)) >= MIN_CLAUSE_TOKENS:
            core = part.strip().rstrip(".,;:")
            return sentence if core == sentence.rstrip(".,;:") else core
    return sentence


def spans_in_order(spans: Iterable[Span]) -> list[Span]:
    """Each span once, in source order then position: how every finder lists a position's evidence."""
    unique = {(s.source, s.start, s.end): s for s in spans}
    return [unique[k] for k in sorted(unique, key=lambda k: (source_order(k[0]), k[1], k[2]))]


class ArticleTexts(dict[str, str]):
    """Each article's text by source id, with its word starts (:class:`~summarizer.word_starts.WordStarts`),
    built once per article when a name is first looked up in it (or, in LLM mode, as its answer
    lands: :func:`index_words`).

    Finders that read around every person's name (stated titles, affiliations) looked each name up
    with a scan of the whole article: on one long article, where the people grow with the text,
    that was quadratic (one 2 MB article: 20 of 72 s of merging). A name's candidates come from the
    starts of its first word, split by what follows the word where the name is long enough, so a
    look-up costs about its own mentions, not every use of its first word; and each name's answer is
    kept, since several finders ask for the same names.
    """

    def __init__(self, texts: dict[str, str]) -> None:
        super().__init__(texts)
        # Those built ahead (merge.prepare) are taken now, so that none outlives the merge.
        self._starts: dict[str, WordStarts] = {
            source: index for source, text in texts.items() if (index := _INDEXED.pop(text, None)) is not None}
        self._found: dict[tuple[str, str], list[int]] = {}

    def _words(self, source: str) -> WordStarts:
        if source not in self._starts:
            self._starts[source] = WordStarts(self.get(source, ""))
        return self._starts[source]

    def starts(self, source: str, form: str) -> list[int]:
        """Where ``form`` stands, its first word a whole word of the text, ascending (see :func:`word_starts`)."""
        key = (source, form)
        if key not in self._found:
            self._found[key] = self._look_up(source, form)
        return list(self._found[key])

    def _look_up(self, source: str, form: str) -> list[int]:
        first = WORD_RUN.match(form)
        if first is None:
            return []
        word = first.group()
        index = self._words(source)
        rest = form[len(word) :]
        # The word alone, or a short tail ('Ana L.'): every start of the word; else those the tail follows.
        candidates = index.at.get(word, []) if len(rest) < WORD_TAIL else index.after(word).get(rest[:WORD_TAIL], [])
        return [at for at in candidates if index.text.startswith(form, at)]


# Articles whose word starts were indexed ahead of the merge (merge.prepare), by text; the merge's
# ArticleTexts takes them out (a finished run keeps none). Bounded for a caller that prepares and never merges.
_INDEXED: dict[str, WordStarts] = {}
INDEXED_TEXTS = 1_000


def index_words(text: str) -> None:
    """Build ``text``'s word starts now, for the merge's :class:`ArticleTexts` to take: the index depends
    on the text alone, so it is the one the merge would build."""
    if text not in _INDEXED:
        if len(_INDEXED) >= INDEXED_TEXTS:
            _INDEXED.clear()
        _INDEXED[text] = WordStarts(text)


def word_starts(texts: dict[str, str], source: str, form: str) -> list[int]:
    """Where ``form`` stands in the source's text, its first word a whole word of the text, ascending;
    from the index kept by an :class:`ArticleTexts`, else from one built for this call."""
    return (texts if isinstance(texts, ArticleTexts) else ArticleTexts({source: texts.get(source, "")})).starts(source, form)


def distinct_sources(names: Iterable[str]) -> list[str]:
    """The sources a key point's members name, each once: two outlets' spellings of one name
    ("Tomas Belmonte" / "Tomás Belmonte") are one (the accented kept), a name and its name with a role
    ("Tobias Rennick" / "Tobias Rennick of the fire authority", "the manager Ana Lund") the name, a group
    and the same group made specific ("officials" / "district officials", "the university" / "Halloway
    University") the specific one."""
    def folded(name: str) -> tuple[str, ...]:
        return tuple(w.lower() for w in words(strip_accents(name)) if w.lower() not in ("the", "a", "an"))

    unique: dict[tuple[str, ...], str] = {}
    for name in sorted(set(names), key=lambda n: (-len(re.findall(r"[^\x00-\x7f]", n)), n)):
        unique.setdefault(folded(name), name)
    keys = list(unique)
    kept = []
    for key in keys:
        if not key:
            continue
        others = [k for k in keys if k and len(k) != len(key)]
        named = unique[key][:1].isupper()
        if not any(  # a name with a role after it or before it gives way to the name; a group to its specific form
                (len(k) < len(key) and (key[: len(k)] == k or (key[-len(k):] == k and unique[k][:1].isupper())))
                or (len(k) > len(key) and k[-len(key):] == key and not named) for k in others):
            kept.append(unique[key])
    return sorted(kept)

