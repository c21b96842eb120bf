"""The day something starts to apply, told apart by outlets: a date discrepancy no wording joins.

"The new fares take effect Sunday, Aug. 1", "riders will pay three dollars ... from August 1" and a
translation's "The new prices will be valid from Monday 2/8" share no words an event grouping could
use, yet a story's change comes into force on one day. Each outlet that names such a start
(take effect, come into force, valid / effective / applies from, starts / begins on, starting, from, as of)
names one day; when independent outlets name days at most ``WINDOW_DAYS`` apart and differ, that is one date
told two ways. Days further apart (up to ``FAR_DAYS``) are one start told two ways only when each day's
outlets name what starts in a word an outlet on another day uses too ('the cap would apply from 1 March' /
'the cap starts on the first of January'); otherwise they tell of two changes. An outlet naming two start
days is telling of two changes and is not compared; nor are outlets that each name what starts in words of
their own ('the new bus fares' / 'the new parking rules') and never write of the other's (see
:func:`_two_changes`). The static vectors cannot tell those apart (one change told two ways and two changes
both score 0.15-0.20).

The day something set ahead happens ('the hearing is scheduled for Monday', 'the vote will take place on 12
March') is read the same way, but a story has many such days (a hearing, a vote, a deadline), so outlets' days
are compared only when they name what happens in a shared word, however near the days."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from summarizer.calendar_words import MONTH_WORD_RE, MONTHS, ORDINAL_DAY_RE, WEEKDAY_STEM_RE, day_number
from summarizer.merge._text import STOPWORDS, stem, words
from summarizer.merge.date_conflicts import date_discrepancy, day_buckets
from summarizer.merge.event_items import WINDOW_DAYS, EventItem, day_of
from summarizer.merge.event_reading import CALENDAR_DATE
from summarizer.schema import Discrepancy

_DAY_OF_MONTH = (rf"(?:{MONTH_WORD_RE}\.?\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?|{ORDINAL_DAY_RE})"
                 rf"|(?:\d{{1,2}}(?:st|nd|rd|th)?\.?|{ORDINAL_DAY_RE})\s+(?:of\s+)?{MONTH_WORD_RE}\.?)")
_WHEN = (rf"(?P<when>(?:{WEEKDAY_STEM_RE}day(?!['’]s)(?:,?\s+(?:the\s+)?{_DAY_OF_MONTH}|\s+\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)?"
         rf"|{_DAY_OF_MONTH}|(?:the\s+)?\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?))")
_START = re.compile(
    r"\b(?:(?:take|takes|took|taking|taken|come|comes|came|coming|enter|enters|entered|entering)\s+(?:into\s+)?"
    r"(?:effect|force)|(?:valid|effective|in force|applies|apply|applicable)(?:\s+(?:from|as of|as from|on|starting))?"
    r"|(?:starts|start|begins|begin)(?:\s+(?:on|from))?|starting|beginning|from|as of|as from)\s+(?:on\s+)?(?:the\s+)?" + _WHEN
    # "from Monday to Friday", "from 1 August until ...": a period's bounds, not a start
    + r"(?!\s*(?:to|until|till|through|and|[-–])\s)",
    re.IGNORECASE,
)

# "The hearing is scheduled for Monday", "the vote will take place on 12 March": the day something set ahead happens.
_SET_FOR = re.compile(
    r"\b(?:(?:is|are|was|were|been|now)\s+(?:scheduled|set|planned|due|slated|expected)\s+(?:to\s+(?:be\s+held|take\s+place|"
    r"open|resume|meet|convene|vote|rule|sit)\s+)?(?:for|on)|(?:will|would|shall|is\s+to|are\s+to)\s+(?:be\s+held|take\s+place|"
    # what is voted or ruled on may stand between ('will vote on the deal on 14 April')
    r"meet|convene|vote|rule|sit)(?:\s+(?:on|over)\s+(?:the\s+|a\s+|its\s+|their\s+)?[a-z][\w'’-]*)?"
    # a meeting or hearing named with its day ('at a court meeting on 21 April', 'the hearing on 3 May')
    r"|\b(?:meeting|hearing|ballot|assembly)\s+(?:on|set\s+for|scheduled\s+for))\s+(?:on\s+)?(?:the\s+)?" + _WHEN
    + r"(?!\s*(?:to|until|till|through|and|[-–])\s)",
    re.IGNORECASE,
)

# "the fiscal year that begins July 1", "a season starting in May": the start of a stretch of the calendar, not of a change.
_PERIOD = re.compile(r"\b(?:year|season|term|quarter|month|week|semester|period|window|session)\W+(?:that\s+|which\s+|will\s+)*$",
                     re.IGNORECASE)
FAR_DAYS = 366  # start days further apart than this are two changes, whatever they are called

_MONTH_DAY = re.compile(rf"(?P<m>{MONTH_WORD_RE})\.?\s+(?:the\s+)?(?P<d>\d{{1,2}}|{ORDINAL_DAY_RE})"
                        rf"|(?P<d2>\d{{1,2}}|{ORDINAL_DAY_RE})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?P<m2>{MONTH_WORD_RE})", re.IGNORECASE)


def start_date_conflicts(items: Sequence[EventItem], placed: dict[int, tuple[int, str, list[EventItem]]],
                         texts: Mapping[str, str]) -> list[Discrepancy]:
    """Outlets naming different start days, each naming one, and outlets naming different days for one thing set
    ahead (see the module docstring); ``texts`` are the articles' texts by source, to see whether an outlet writes
    of what another says starts."""
    out: list[Discrepancy] = []
    for pattern in (_START, _SET_FOR):
        starts: dict[str, dict[str, list[EventItem]]] = {}  # independent source -> day -> its events
        for row in sorted(placed):
            item = items[row]
            if _starts_on(item, pattern):
                starts.setdefault(item.independent, {}).setdefault(item.event.date, []).append(item)
        named = {source: next(iter(days.items())) for source, days in starts.items() if len(days) == 1}
        if len(named) < 2:
            continue
        days = sorted({day for day, _ in named.values()})
        parsed = [day_of(day) for day in days]
        if len(days) < 2 or any(d is None for d in parsed) or (max(parsed) - min(parsed)).days > FAR_DAYS:  # type: ignore[operator,type-var]
            continue
        near = (max(parsed) - min(parsed)).days <= WINDOW_DAYS  # type: ignore[operator,type-var]
        # A day set ahead is any happening's: only one named in a shared word is compared, however near the days.
        if ((not near or pattern is _SET_FOR) and not _one_thing_named(named, pattern)) or _two_changes(named, texts, pattern):
            continue
        buckets = day_buckets(named)
        lead = max(buckets, key=lambda b: len(b[1]))[1][0]
        out.append(date_discrepancy(lead.event.text, buckets))
    return out


def _starts_on(item: EventItem, pattern: re.Pattern[str]) -> bool:
    """The event's sentence names a start day, and that day is the event's date: the only date the sentence
    gives, or a day of a month that matches it."""
    text = item.event.evidence
    found = pattern.search(text)
    if found is None or (found.group().lower().startswith(("start", "begin"))
                         and _PERIOD.search(text, max(0, found.start() - 40), found.start())):
        return False
    others = [m for m in CALENDAR_DATE.finditer(text) if not found.start("when") <= m.start() < found.end("when")]
    if not others:
        return True
    month_day = _MONTH_DAY.search(found.group("when"))
    if month_day is None:
        return False
    month = MONTHS.get((month_day["m"] or month_day["m2"]).lower())
    day = day_number(month_day["d"] or month_day["d2"])
    return month is not None and item.event.date[5:] == f"{month:02d}-{day:02d}"


def _one_thing_named(named: dict[str, tuple[str, list[EventItem]]], pattern: re.Pattern[str]) -> bool:
    """Days further apart than a week are one start told two ways only when each day's outlets name what starts in
    a word that an outlet on another day names too ('the cap would apply from 1 March' / 'the cap starts on the first
    of January'): a change and another change (the fares in July, the resident permits in September) are not."""
    subjects: dict[str, set[str]] = {}
    for day, members in named.values():
        subjects.setdefault(day, set()).update(*(_what_starts(m, pattern) for m in members))
    return all(any(words_ & other for d, other in subjects.items() if d != day) for day, words_ in subjects.items())


# Words that say a change is new or different, not what changes ('the new fares', 'the revised rules').
_CHANGE_WORDS = frozenset(["new", "revised", "higher", "lower", "increased", "updated", "latest", "changed", "extra",
                           "additional", "more", "will", "be", "also"])
_CLAUSE_END = re.compile(r"[,;:\u2013\u2014]")


def _what_starts(item: EventItem, pattern: re.Pattern[str]) -> frozenset[str]:
    """The content stems of the words before the start in its clause: what the outlet says starts
    ('bus fare' in 'The new bus fares take effect on Tuesday')."""
    text = item.event.evidence
    found = pattern.search(text)
    if found is None:
        return frozenset()
    before = text[: found.start()]
    clause = _CLAUSE_END.split(before)[-1]
    return frozenset(stem(w.lower()) for w in words(clause)
                     if w.isalpha() and w.lower() not in STOPWORDS and w.lower() not in _CHANGE_WORDS)


def _two_changes(named: dict[str, tuple[str, list[EventItem]]], texts: Mapping[str, str], pattern: re.Pattern[str]) -> bool:
    """Outlets on different days name two different things that start: each names it in two words or more
    ('the new bus fares', 'the new parking rules'), the two share no word, and neither outlet writes of the
    other's thing anywhere in its article. A translation's lone 'tariffs' or a 'drivers will pay' says too
    little to tell, and one change told two ways ('parking charges' / 'parking meter fees') shares a word
    somewhere in the articles: those are still compared."""
    subjects = {source: frozenset().union(*(_what_starts(m, pattern) for m in members)) for source, (_, members) in named.items()}
    article_words = {source: frozenset(stem(w.lower()) for m in members for w in words(texts.get(m.source, "")))
                     for source, (_, members) in named.items()}
    for a, (day_a, _) in named.items():
        for b, (day_b, _) in named.items():
            if a < b and day_a != day_b:
                sa, sb = subjects[a], subjects[b]
                if (len(sa) >= 2 and len(sb) >= 2 and not sa & article_words[b] and not sb & article_words[a]):
                    return True
    return False
