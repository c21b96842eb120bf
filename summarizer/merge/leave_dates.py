"""The day someone leaves a post, told apart by outlets: a date discrepancy no event grouping sees.

"Lund has stepped down as chairman with immediate effect" and a translation's "Lund will leave his
functions the 30/06/2031" tell when one person goes in words that share little beyond the name, and the
first gives no date at all: 'immediately' is the day of the report. A sentence telling of a departure (steps
down, stands down, resigns, leaves, quits, departs, retires, the departure of) with its timing after it in
the same clause (a date, or 'immediately', 'with immediate effect', 'effective immediately': the day the
report was published) gives that outlet's day for the leaving of the person of the story it names last
before the departure word. Independent outlets giving one person days that no precision reconciles are a
date discrepancy. An outlet giving one person two days (leaving the board now, the company at the year's end)
tells of two steps and is not compared, and a day more than a year from its report is backstory ('left Acme
in 2019'), not this departure. 'Immediately after the vote' dates the leaving by the vote, not the report."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import date, timedelta

from summarizer.dates import article_day_first, find_dates
from summarizer.merge.date_conflicts import DatedSentence, date_discrepancy, day_buckets
from summarizer.merge.entity_names import name_tokens
from summarizer.merge.event_reading import IMMEDIATELY
from summarizer.schema import Article, Discrepancy, MergedEntity, Span
from summarizer.text import sentence_spans

_LEAVES = re.compile(
    r"\b(?:(?:step|steps|stepped|stepping|stand|stands|standing|stood)\s+down|resign|resigns|resigned|resigning|"
    r"leave|leaves|leaving|left|quit|quits|quitting|depart|departs|departed|departing|departure|retire|retires|retired|"
    r"retiring)\b",
    re.IGNORECASE,
)
# Where the departure's own clause ends: a new clause saying something else ('; the chairman takes over').
_CLAUSE_END = re.compile(r"[;:]|\s(?:but|while|whereas|and\s+(?:the|a|his|her|their)\s+\w+\s+(?:will|would|is|was|has))\s")
_REACH = 160  # characters after the departure word within which its timing is read
BACKSTORY_DAYS = 366  # a leaving day further than this from the report is another departure


_Told = dict[str, dict[str, dict[str, list[DatedSentence]]]]  # person -> independent source -> day -> sentences


def leave_date_discrepancies(articles: Sequence[Article], entities: Sequence[MergedEntity],
                             independent_of: Callable[[str], str], live: Collection[str]) -> list[Discrepancy]:
    """Independent outlets giving one person different leaving days (see the module docstring); ``live`` are the
    articles briefed (not failed, not a copy)."""
    people = _people(entities)
    if not people:
        return []
    told, immediate = _told(articles, people, independent_of, live)
    out: list[Discrepancy] = []
    for person, by_source in told.items():
        # One day per outlet: the most precise of days that refine each other ('June', '30 June').
        named = {source: max(days.items(), key=lambda kv: len(kv[0])) for source, days in by_source.items()
                 if len(_distinct(days)) == 1}
        named = _report_lag(named, immediate)
        days = sorted({day for day, _ in named.values()})
        if len(named) < 2 or len(_distinct(dict.fromkeys(days))) < 2:
            continue
        buckets = day_buckets(named)
        notes = {day: "immediately" for day, members in buckets if all((m.source, day) in immediate for m in members)}
        out.append(date_discrepancy(f"when {person} leaves", buckets, subject=f"When {person} leaves", notes=notes))
    return out


def _told(articles: Sequence[Article], people: dict[str, frozenset[str]], independent_of: Callable[[str], str],
          live: Collection[str]) -> tuple[_Told, set[tuple[str, str]]]:
    """Each outlet's leaving days by person, and the (source, day) pairs told as 'immediately'. Only sentences
    holding a departure word are read, so a long article costs one scan."""
    told: _Told = {}
    immediate: set[tuple[str, str]] = set()
    for article in articles:
        if article.id not in live or article.published is None or not _LEAVES.search(article.text):
            continue
        spans = sentence_spans(article.text)
        starts = [start for start, _ in spans]
        dayfirst = article_day_first(article.text, article.language, article.removed)
        done: set[int] = set()
        for found in _LEAVES.finditer(article.text):
            at = bisect.bisect_right(starts, found.start()) - 1
            if at < 0 or at in done:
                continue
            done.add(at)
            start, end = spans[at]
            text = article.text[start:end]
            reading = _leaving(text, people, article.published, dayfirst)
            if reading is None:
                continue
            person, day, now = reading
            sentence = DatedSentence(article.id, Span(source=article.id, start=start, end=end, text=text))
            told.setdefault(person, {}).setdefault(independent_of(article.id), {}).setdefault(day, []).append(sentence)
            if now:
                immediate.add((article.id, day))
    return told, immediate


def _report_lag(named: dict[str, tuple[str, list[DatedSentence]]],
                immediate: set[tuple[str, str]]) -> dict[str, tuple[str, list[DatedSentence]]]:
    """An outlet's 'immediately' joins another outlet's date of the day before its report: a report of the next
    morning says 'with immediate effect' of a leaving announced the evening before."""
    dated = {date.fromisoformat(day) for day, members in named.values() if len(day) == 10
             and not all((m.source, day) in immediate for m in members)}
    out = {}
    for source, (day, members) in named.items():
        if len(day) == 10 and all((m.source, day) in immediate for m in members):
            before = date.fromisoformat(day) - timedelta(days=1)
            if before in dated:
                day = before.isoformat()
        out[source] = (day, members)
    return out


def _distinct(days: Mapping[str, object]) -> list[str]:
    """The days, less any that a more precise one refines ('2031-06' beside '2031-06-30')."""
    return [d for d in days if not any(o != d and o.startswith(d) for o in days)]


def _people(entities: Sequence[MergedEntity]) -> dict[str, frozenset[str]]:
    """Each person's name and the words a sentence may name them by: the full name, an alias, the surname."""
    out: dict[str, frozenset[str]] = {}
    for entity in entities:
        if entity.type != "person":
            continue
        forms = {entity.name, *entity.aliases}
        tokens = name_tokens(entity.name)
        if len(tokens) > 1 and len(tokens[-1]) > 2:
            forms.add(entity.name.split()[-1])
        out[entity.name] = frozenset(f for f in forms if len(f) > 2)
    return out


def _leaving(text: str, people: dict[str, frozenset[str]], published: date,
             dayfirst: bool | None) -> tuple[str, str, bool] | None:
    """(person, day, told as 'immediately') for a sentence telling of a person leaving and when, else None. The person
    is the one named last before the departure word (its subject: 'X, who will leave', 'X has stepped down')."""
    mentions = sorted((found.start(), name) for name, forms in people.items() for form in forms
                      for found in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text))
    for found in _LEAVES.finditer(text):
        before = [name for at, name in mentions if at < found.start()]
        if not before:
            continue
        window = text[found.end() : found.end() + _REACH]
        cut = _CLAUSE_END.search(window)
        window = window[: cut.start()] if cut else window
        now = IMMEDIATELY.search(window)
        dated = [d for d in find_dates(text, published, dayfirst, order_known=True)
                 if found.end() <= d.start < found.end() + len(window) and len(d.value) >= len("2000-01")]
        if now is not None and (not dated or found.end() + now.start() < dated[0].start):
            return before[-1], published.isoformat(), True
        if not dated:
            continue
        day = dated[0].value
        if abs((date.fromisoformat(day if len(day) == 10 else day + "-01") - published).days) > BACKSTORY_DAYS:
            return None
        return before[-1], day, False
    return None
