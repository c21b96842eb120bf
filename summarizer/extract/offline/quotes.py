"""Find quoted passages: pairs of quotation marks, paragraph by paragraph.

Straight quotes carry no direction, so direction is read from the neighbouring characters; a
stray closing mark (a typo, or a quote cut by the scraper) is skipped instead of flipping every
later pair. An opening mark left open at a paragraph end follows the news convention of a quote
running on into the next paragraph, so the quote ends with its paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.extract.offline.unmarked_quotes import is_script, unmarked_quotes
from summarizer.function_words import ARTICLES, COORDINATORS, DETERMINERS, PREPOSITIONS
from summarizer.ingest.header import outlet_name

_CURLY = re.compile(r"[“”„«»]")
_STRAIGHT = re.compile(r"''|``|\"")
_SINGLE_CURLY = re.compile(r"[‘’]")
_SINGLE_STRAIGHT = re.compile(r"'")
_OPENERS = {"“", "„", "«", "``"}
_CLOSERS = {"”", "»"}
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
# The words a headline leaves lowercase: articles, conjunctions and the short prepositions.
_SMALL_WORDS = ARTICLES | COORDINATORS | {w for w in PREPOSITIONS if len(w) <= 4} | {"&"}


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted passage: ``start:end`` is the quoted words, ``outer_*`` include the marks."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    paragraph: int
    runs_on: bool = False  # opened but not closed in its paragraph

    def words(self, text: str) -> int:
        return len(text[self.start : self.end].split())


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]


def find_quotes(text: str) -> list[QuoteSpan]:
    """All quoted passages, in text order, with surrounding whitespace and the convention comma trimmed."""
    found: list[QuoteSpan] = []
    script = is_script(text)
    for index, (p_start, p_end) in enumerate(paragraphs(text)):
        para = text[p_start:p_end]
        curly, straight = list(_pairs(para, _CURLY)), list(_pairs(para, _STRAIGHT))
        pairs = _outermost(_closed_across(para, curly, straight) + _closed_across(para, straight, curly))
        if not pairs and "‘" in para:
            pairs = list(_pairs(para, _SINGLE_CURLY))
        if not pairs and "'" in para:
            pairs = list(_pairs(para, _SINGLE_STRAIGHT))
        if not pairs:  # speech set off by dashes, or a script's speaker lines
            found.extend(QuoteSpan(u.start, u.end, u.outer_start, u.outer_end, index)
                         for u in unmarked_quotes(text, p_start, p_end, script))
            continue
        for open_at, open_len, close_at, close_len in pairs:
            start, end = p_start + open_at + open_len, p_start + close_at
            while start < end and text[start].isspace():
                start += 1
            while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
                end -= 1
            if end > start:
                found.append(QuoteSpan(start, end, p_start + open_at, p_start + close_at + close_len, index,
                                       runs_on=close_len == 0))
    return found


def _closed_across(para: str, pairs: list[tuple[int, int, int, int]],
                   others: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """A quote opened in one style and left open closes at the first closing mark of the other style
    that no pair of that style uses: “… skull," the office said. pairs across the styles, or the quote
    would run on to the paragraph's end and swallow the attribution and what follows."""
    used = {at for o in others for at in (o[0], o[2])}
    out: list[tuple[int, int, int, int]] = []
    for open_at, open_len, close_at, close_len in pairs:
        if close_len <= 0 or para[close_at - 1].isspace():  # left open, or "closed" by a mark opening a quote
            for match in _DOUBLE_MARK.finditer(para, open_at + open_len, close_at):
                pos = match.start()
                after = para[match.end()] if match.end() < len(para) else " "
                if pos not in used and match.group() not in _OPENERS and not para[pos - 1].isspace() \
                        and (after.isspace() or after in ".,;:!?)]—–-"):
                    close_at, close_len = pos, len(match.group())
                    break
        if close_len != _ABANDONED:
            out.append((open_at, open_len, close_at, close_len))
    return out


_ABANDONED = -1  # the close length of an opener a second opener left: no quote unless closed across styles
_DOUBLE_MARK = re.compile(r"[“”„«»]|''|``|\"")


def _outermost(pairs: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Curly and straight marks are paired separately; a pair nested in another is a quote within a quote."""
    pairs.sort(key=lambda p: (p[0], -p[2]))
    kept: list[tuple[int, int, int, int]] = []
    for pair in pairs:
        if kept and pair[0] < kept[-1][2] + kept[-1][3]:
            continue
        kept.append(pair)
    return kept


def _pairs(para: str, marks: re.Pattern[str]) -> Iterator[tuple[int, int, int, int]]:
    open_at: int | None = None
    open_len = 0
    for match in marks.finditer(para):
        mark, pos = match.group(), match.start()
        before = para[pos - 1] if pos else " "
        after = para[match.end()] if match.end() < len(para) else " "
        if mark in ("'", "’", "‘") and before.isalnum() and after.isalnum():  # an apostrophe inside a word
            continue
        looks_open = (before.isspace() or before in "([{—–-/:") and not after.isspace()
        looks_close = not before.isspace() and (after.isspace() or after in ".,;:!?)]—–-")
        if open_at is None:
            if (mark in _OPENERS or mark == "‘" or looks_open) and not (mark in _CLOSERS and looks_close):
                open_at, open_len = pos, len(mark)
        elif mark in _OPENERS and looks_open and not looks_close:  # a second opener: the first was never closed
            yield open_at, open_len, pos, _ABANDONED  # unless a mark of the other style closed it
            open_at, open_len = pos, len(mark)
        elif mark != "‘" or looks_close:
            yield open_at, open_len, pos, len(mark)
            open_at = None
    if open_at is not None:
        # A quote left open runs on to the end of its line: a paragraph in text whose paragraphs are lines.
        end = para.find("\n", open_at)
        end = len(para) if end < 0 else end
        if end - open_at > 20:
            yield open_at, open_len, end, 0


def is_speech(text: str, quote: QuoteSpan) -> bool:
    """False for scare quotes ("safe") and quoted titles ("Fox and Friends"), which nobody said."""
    inner = text[quote.start : quote.end]
    words = inner.split()
    if len(words) < 2:
        return False
    content = [w for w in words if w.lower().strip(".,:;!?") not in _SMALL_WORDS]
    titled = content and all(w[:1].isupper() or w[:1].isdigit() for w in content)
    return not (titled and len(words) <= 6 and not re.search(r"[!?]$|\.\s", inner))


SCARE_MAX_WORDS = 3
# What stands before a quoted name for something: a determiner or possessive ('a “terrorist”', 'his “plan”'),
# or a verb of naming and its object ('called the levy “theft”', 'dubbed it “Plan B”').
_NAMING = re.compile(r"(?:\b(?:called|calls|calling|dubbed|dubs|labell?ed|labels|branded|brands|termed|terms|"
                     r"described|describes)\b(?:\s+[\w’'.-]+){0,3}?\s+(?:as\s+)?|\b(?:" + "|".join(sorted(DETERMINERS))
                     + r"|his|her|its|their|our|my|your|what\s+\w+\s+called)\s+)$", re.IGNORECASE)


def is_scare_quote(text: str, quote: QuoteSpan) -> bool:
    """A word or short phrase quoted as a name for something ('called Reyes a “traitor”', 'the “deal”'): the
    words a noun phrase holds, with no sentence end in them, not a statement."""
    inner = text[quote.start : quote.end]
    if len(inner.split()) > SCARE_MAX_WORDS or re.search(r"[.!?]\W*$", inner):
        return False
    return _NAMING.search(text, max(0, quote.outer_start - 60), quote.outer_start) is not None


_NAMING_VERB = re.compile(r"\b(?:called|calls|calling|dubbed|dubs|labell?ed|labels|branded|brands|termed|terms|described|"
                          r"describes)\b", re.IGNORECASE)


def naming_verb(text: str, start: int, end: int) -> bool:
    """A verb of naming in ``text[start:end]``: a person before it gives the name, one after it is given it."""
    return _NAMING_VERB.search(text, start, end) is not None


def quoted_by_outlet(text: str, quote: QuoteSpan, speaker: str) -> bool:
    """A news outlet credited with a scare quote in its report ('The Valley Times reports that the council's “rescue
    plan” is in trouble'): a phrase marked as a name for something is nobody's statement, least of all the
    outlet's, whose report merely repeats the name. A longer fragment ('reports that the toll was “dead on
    arrival”') is the outlet's own words, cited from its story, and stays its quote. The outlet is known by its
    name's head word ("Times", "Post", "Radio")."""
    name = re.sub(r"^[Tt]he\s+", "", speaker.strip())
    if not outlet_name(name):
        return False
    inner = text[quote.start : quote.end]
    owned = (len(inner.split()) <= SCARE_MAX_WORDS and not re.search(r"[.!?]\W*$", inner)
             and _OWNER.search(text, max(0, quote.outer_start - 40), quote.outer_start) is not None)
    return owned or is_scare_quote(text, quote)


# "the council's “rescue plan”", "so-called “rescue plan”": a possessor's noun or "so-called" before a marked phrase.
_OWNER = re.compile(r"(?:\b[\w-]+['’]s?|\bso-called)\s+$", re.IGNORECASE)
