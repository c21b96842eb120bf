"""What each dated event is about, as the timeline groups it: its undated words, the turn it names
(a start, an end, a return, a finding) and the thing that turned.

A sentence often dates two things: "Firefighters were still at the works on Friday afternoon after
a fire that started late on Thursday". Where the extractor also gives the clause dated on its own
("a fire that started late on Thursday") as an event of its own, that clause's start is not the
sentence's: the sentence, dated Friday, is about what is left of it (firefighters still at the
works), and its Friday cannot dispute another outlet's day for the fire's start. Each event is read
for grouping without the clauses the same record dates apart; its text, evidence and span stay
whole for the timeline entry.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date as Date

from summarizer.calendar_words import MONTH_STEM_RE, WEEKDAY_STEM_RE
from summarizer.merge._text import TEXT_MEMO, content_tokens, source_order, stem, words
from summarizer.merge.independence import Independence
from summarizer.schema import Article, Event, ExtractionRecord, Span

WINDOW_DAYS = 7
# Turns a story's events take, by verb stem: what two differently worded reports of one event share. Written as
# words and keyed by their stems, so every form of a verb finds its turn ('concluded', 'concluding').
TURNS: dict[str, str] = {
    stem(word): turn for words, turn in (
        (["begin", "began", "begun", "start", "launch", "commence", "erupt", "broke", "initiate", "ignite", "spark"], "begin"),
        (["end", "finish", "conclude", "halt", "over"], "end"),
        (["return", "resume", "reopen", "restart", "restore"], "resume"),
        # Finding something out: a crack, an intrusion, an impurity. Reports date the finding, not the thing found.
        (["discover", "discovery", "detect", "detection", "uncover", "found"], "discover"),
    ) for word in words
}
# Turns told by some forms of a word only: 'ordered the plant to stop accepting' is the order's content and 'a spot'
# is a place; 'stopped' and 'spotted' tell the turn.
_TURN_FORMS = {"stopped": "end", "stopping": "end", "spotted": "discover", "spotting": "discover"}


def turn_of(word: str) -> str | None:
    """The turn a word tells ('halted' -> 'end'), if any."""
    lower = word.lower()
    return _TURN_FORMS.get(lower) or TURNS.get(stem(lower))
DATE_WORDS = re.compile(
    rf"\b({MONTH_STEM_RE})[a-z]*\b|\b({WEEKDAY_STEM_RE})day\b|"
    r"\b(today|tonight|yesterday|this (morning|afternoon|evening|week|month|year)|last (week|month|year))\b|"
    r"\b\d{4}\b|\b\d{1,2}(st|nd|rd|th)?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class EventItem:
    source: str
    independent: str
    event: Event
    span: Span
    tokens: frozenset[str]
    turns: frozenset[str] = frozenset()
    subject: frozenset[str] = frozenset()  # common words, no names/numbers/turn verbs: what turned
    own: str = ""  # the event's text less the clauses its record dates as events of their own


def _event_item(source: str, independent: str, event: Event, span: Span, own: str | None = None) -> EventItem:
    text = event.text if own is None else own
    return EventItem(source, independent, event, span, *_reading(text), text)


@functools.lru_cache(maxsize=TEXT_MEMO)
def _reading(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """An event text's undated tokens, turns and subject: a pure function of the text, remembered (read as
    each answer lands, by merge.prepare, then again by the timeline after the last one)."""
    tokens = _undated_tokens(text)
    stems = {stem(w.lower()): w for w in words(text)}
    turns = frozenset(turn for w in words(text) if (turn := turn_of(w)) is not None)
    names = {s for s, w in stems.items() if w[:1].isupper()}
    subject = frozenset(t for t in tokens if not t.startswith("#") and t not in TURNS and t not in names)
    return tokens, turns, subject


def day_of(value: str) -> Date | None:
    try:
        return Date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def same_turn(a: EventItem, b: EventItem) -> bool:
    """The same kind of turn of the same thing, dated within a week (or compatibly)."""
    if not (a.turns & b.turns and a.subject & b.subject):
        return False
    da, db = day_of(a.event.date), day_of(b.event.date)
    if da is None or db is None:
        return compatible_dates(a.event.date, b.event.date)
    return abs((da - db).days) <= WINDOW_DAYS


def compatible_dates(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _undated_tokens(text: str) -> frozenset[str]:
    return content_tokens(DATE_WORDS.sub(" ", text))


def _is_dateline(event: Event, article: Article | None) -> bool:
    if article is None or article.published is None:
        return False
    if event.date != article.published.isoformat():
        return False
    return not DATE_WORDS.search(event.evidence)


def event_items(articles: Sequence[Article], records: Sequence[ExtractionRecord], independence: Independence) -> list[EventItem]:
    """Every grounded event in source order, less the dateline fallbacks (see :func:`_is_dateline`),
    each read without the clauses its record dates apart (see the module docstring)."""
    by_id = {a.id: a for a in articles}
    items: list[EventItem] = []
    for record in sorted(records, key=lambda r: source_order(r.source)):
        spans = [e.span for e in record.extraction.events if e.span is not None]
        for event in record.extraction.events:
            if event.span is None or _is_dateline(event, by_id.get(record.source)):
                continue
            items.append(_event_item(record.source, independence.of(record.source), event, event.span,
                                     own_text(event, event.span, spans)))
    return items


def own_text(event: Event, span: Span, spans: Sequence[Span]) -> str | None:
    """The event's text without the clauses (other events' spans) lying inside its own span; None
    when there are none, or when the text is no verbatim copy of its span (an LLM's paraphrase)."""
    inner = sorted((s for s in spans if span.start <= s.start and s.end <= span.end and s.end - s.start < span.end - span.start),
                   key=lambda s: s.start)
    if not inner or event.text != span.text:
        return None
    parts, at = [], span.start
    for s in inner:
        if s.start >= at:
            parts.append(span.text[at - span.start : s.start - span.start])
            at = s.end
    parts.append(span.text[at - span.start :])
    return " ".join(p.strip() for p in parts if p.strip())
