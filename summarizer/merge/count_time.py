"""When a figure was counted, read from its sentence: a clock time tied to the report, a running tally, a
part of the report's own day.

The update finder (merge.updates) places each figure at the time it holds for and asks whether a later
figure is told as a state at a later time; both readings are of the sentence alone. A claim's evidence
may be a clause of its sentence ("52 boats were stuck below the lock" out of "By 7 p.m. 52 boats were
stuck below the lock"): the words that tell the count as a state at a time then sit before the span, so
the whole sentence is read (:func:`whole_sentence`).
"""

from __future__ import annotations

import re
from datetime import time

from summarizer.calendar_words import WEEKDAY_STEM_RE
from summarizer.extract.offline.lexicon import ATTRIBUTION_VERB_RE
from summarizer.schema import Article, Span
from summarizer.text import sentence_spans

# A clock time tied to the report itself, not to something in the story ("broke out at 2 p.m.").
_CLOCK = r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?"
_AS_OF = re.compile(rf"\b(?:as of|as at|by)\s+(?:about\s+)?{_CLOCK}", re.IGNORECASE)
# A 24-hour clock tied to the count: "by 18:00", "until the 20.00 of Thursday" (a translation's "by"), or opening
# the sentence before the count ("At 18.00 on Tuesday 14 ships were waiting"). Not "broke out at 14.30".
_AS_OF_24 = re.compile(r"(?:\b(?:as of|as at|by|until|till)\s+(?:the\s+)?|^\s*At\s+)(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?![\d.,])"
                       r"(?!\s*(?:[ap]\.?\s?m\b|%|percent|euros?|dollars?|pounds?|crowns?|kroner|kronor))", re.IGNORECASE)
# "By noon, 38 flights had been cancelled": noon is a clock time too.
_AS_OF_NOON = re.compile(r"\b(?:as of|as at|by)\s+(?:about\s+)?(?:noon|midday)\b", re.IGNORECASE)
_REPORT_WORDS = r"(?:briefing|update|news conference|press conference|bulletin|statement|count)"
# "a 10 a.m. briefing" and "the 6 p.m. update", or the clock after the word: "a briefing at 10am".
BRIEFINGS = (
    re.compile(rf"{_CLOCK}\s*(?:\w+\s+)?{_REPORT_WORDS}\b", re.IGNORECASE),
    re.compile(rf"\b{_REPORT_WORDS}\s+(?:held\s+|given\s+)?at\s+{_CLOCK}", re.IGNORECASE),
)
# A sentence that reads as a state at a time: "now", "so far", "has grown to", "by Wednesday afternoon".
PROGRESS = re.compile(
    # "has lowered the lake by 8 feet since Friday": a change counted from a day on is a running tally too.
    rf"\b(?:now|so far|as of|(?:by|since) (?:early |late )?{WEEKDAY_STEM_RE}day|"
    r"by (?:this |the )?(?:morning|afternoon|evening|"
    r"noon|midday|dawn|nightfall|midnight|close(?: of (?:the day|trading|business))?|end of (?:the )?(?:day|trading|session|shift))|"
    r"until now|to date|latest|updated?|still|grew|grown|grows|rose|risen|rises|climbed|increased|reached|jumped|"
    r"exploded|spread|expanded|stood at|had (?:burned|grown|risen|reached)|(?:up|down) from|"
    # A step that brings a tally to its new total: "bringing the number held to five", "taking the toll to 14".
    r"(?:bringing|taking|raising|pushing) (?:the|its|their) (?:number|total|toll|tally|count)|"
    # A market's closing reading is the day's last state: "closed 11% lower", "closed down 3%".
    r"closed (?:[\d.,]+ ?(?:%|percent|per cent) )?(?:up|down|higher|lower)|"
    # A translation's "arrived to 12%" ("llegó al", "est arrivé à") is "reached": a level the tally has got to.
    r"(?:arrived|(?:went|gone|got) up) (?:to|at) (?:about |around |some |nearly )?\d+)\b|"
    # "9,200 signatures by 3 p.m.": a tally read at a time of the day.
    rf"\bby\s+(?:about\s+)?{_CLOCK}|\b(?:as of|as at|by|until|till)\s+(?:the\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.,])|"
    r"\bby\s+(?:[01]?\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:o['’]clock|in\s+the\s+(?:morning|afternoon|evening))",
    re.IGNORECASE,
)
# "the biggest haul at the port to date", "the worst flood so far": a record the thing is compared with, no running
# tally of the figure. "latest" is the newest, no record.
_RECORD = re.compile(r"\b(?:the|its|their|his|her|a)\s+(?:most\s+[a-z]+|best|worst|(?!latest\b)[a-z]{2,}est)\b"
                     r"[^.;:,]{0,60}?\b(?:to date|so far|yet|ever)\b", re.IGNORECASE)
# "22 ships were waiting on Wednesday morning" (or "5% contained Wednesday morning") in a Wednesday paper: the state
# at that part of the report's own day.
_PART_OF_DAY = re.compile(rf"\b(?:(?:on|by)\s+)?(?:this\s+)?(?P<day>{WEEKDAY_STEM_RE}day)\s+"
                          r"(?:morning|afternoon|evening)\b", re.IGNORECASE)


# "75% of homes are connected", "40 homes have been evacuated": a state at the time of writing (not "have said").
# "has committed to keep 3,200 jobs", "have promised to build 400 homes": a figure pledged is what the pledge
# says, not a state read at the report's hour; a later report of another figure is a rival, not a moved tally.
_PLEDGED = r"(?:committed|pledged|promised|vowed|agreed|undertaken|offered|proposed|guaranteed)"
_PRESENT = re.compile(rf"\b(?:is|are|has|have)\b(?!\s+(?:\w+\s+)?(?:{ATTRIBUTION_VERB_RE}|{_PLEDGED})\b)", re.IGNORECASE)


def marks_time(text: str, article: Article | None, one_day: bool) -> bool:
    """The sentence tells its figure as a state at a time: a running tally, a time of the count or briefing,
    a part of its report's own day, or (among reports of one day) the present tense of its writing. Across
    days a present tense is no mark: "there are 3,100 containers" the next morning is a rival count as
    likely as a later one."""
    return (bool(PROGRESS.search(_RECORD.sub(" ", text))) or stated_time(text) is not None or _state_that_day(text, article)
            or (one_day and _PRESENT.search(text) is not None))


def _state_that_day(text: str, article: Article | None) -> bool:
    """A state at a part of the day its report was published (a tally read then), not an earlier day's happening.

    Any part of the day in the sentence may be the count's: "started Tuesday afternoon and was 5% contained
    Wednesday morning" names the start's day first."""
    if article is None or article.published is None:
        return False
    weekday = article.published.strftime("%A").lower()
    return any(found["day"].lower() == weekday for found in _PART_OF_DAY.finditer(text))


def stated_time(text: str) -> time | None:
    """A clock time the sentence ties to the report: 'said at a 3 p.m. briefing', 'as of 6 a.m.'."""
    briefings = [m for m in (pattern.search(text) for pattern in BRIEFINGS) if m is not None]
    match = _AS_OF.search(text)
    if match is None and _AS_OF_NOON.search(text):
        return time(12, 0)
    if match is None and not briefings and (day_clock := _AS_OF_24.search(text)) is not None:
        return time(int(day_clock["h"]), int(day_clock["m"]))
    match = match or min(briefings, key=lambda m: m.start(), default=None)
    return None if match is None else clock_of(match)


def clock_of(match: re.Match[str]) -> time | None:
    """The time a matched clock ('10 a.m.', '3.30pm') names; None for an impossible one ('14 p.m.')."""
    hour, minute = int(match["h"]), int(match["m"] or 0)
    meridiem = match["ap"].lower()
    if hour > 12:
        return None
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    return time(hour, minute)


_LOOK_BACK = 300  # characters: enough for a sentence's opening


def whole_sentence(span: Span, article: Article | None) -> str:
    """The span's text from the start of its sentence in ``article`` (the span alone without the article)."""
    if article is None or article.text[span.start : span.end] != span.text:
        return span.text
    low = max(0, span.start - _LOOK_BACK)
    starts = [low + start for start, _ in sentence_spans(article.text[low : span.end]) if low + start <= span.start]
    return article.text[starts[-1] if starts else span.start : span.end]
