"""How an event sentence is read when outlets' reports of one event are compared: which of its clauses
the date belongs to, whether that date dates the act at all (a deadline, a date inside a quotation),
whether the act is said to recur, who acted and what was done.

The timeline, the retold-act and start-date finders all compare dated events across outlets; they read
a sentence the same way through this one module. What each reading gives is a pure function of the
sentence, remembered per text: :mod:`summarizer.merge.prepare` reads every event as its answer lands,
and the merge after the last answer finds the readings done.
"""

from __future__ import annotations

import functools
import re
from itertools import pairwise

from summarizer.calendar_words import DAY_NUMBER_RE, MONTH_STEM_RE, MONTH_WORD_RE, WEEKDAY_STEM_RE
from summarizer.dates.clock import clock_spans
from summarizer.extract.offline.lexicon import COMMON_WORDS, CUE_VERBS, IRREGULAR_PAST
from summarizer.merge._text import STOPWORDS, TEXT_MEMO, stem, undatelined, words
from summarizer.merge.claims import stated_actions
from summarizer.merge.event_items import DATE_WORDS, turn_of
from summarizer.quantities import parse_quantities

# "Have until Friday", "a warning through Thursday": the date bounds a period, it does not date the act,
# so two such sentences (or one and the act's own date) are no conflict about when something happened.
BOUND = re.compile(
    r"\b(?:(?:until|till|through|no later than|expires?|expiring)\s+(?:(?:next|this|the end of)\s+)?"
    rf"(?:{WEEKDAY_STEM_RE}day|{MONTH_STEM_RE}|{DAY_NUMBER_RE})|deadline)",
    re.IGNORECASE,
)


# A change told as taking hold at once ('with immediate effect', 'effective immediately', 'immediately'): dated by the
# report itself. Not 'immediately after the vote', which dates it by something else.
IMMEDIATELY = re.compile(r"\b(?:with\s+immediate\s+effect|effective\s+immediately|forthwith|with\s+effect\s+from\s+today|"
                         r"immediately(?!\s+(?:after|before|following|when|once|upon|on)\b))", re.IGNORECASE)

_MONTH = rf"{MONTH_STEM_RE}[a-z]*\.?"
# The day itself, however written, and nothing else: a count ('six lots', '12 batches') must still differ.
CALENDAR_DATE = re.compile(
    rf"\b(?:{WEEKDAY_STEM_RE}day\b|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?{_MONTH}|"
    rf"{_MONTH}\b|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|today|yesterday|tomorrow)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=TEXT_MEMO)
def undated(text: str) -> str:
    """The sentence without its calendar dates and times of day: neither is a figure two reports of one
    event may differ on ('around 14.20 local time' is no count of 14.2 against another report's 'Milepost
    14'); the day is compared apart, and a shared minute is a sign of one happening, not a difference."""
    for start, end in reversed(clock_spans(text)):
        text = text[:start] + " " + text[end:]
    return CALENDAR_DATE.sub(" ", text)


# A date the text writes out (a month, a day of a month), not one read from "today" or a weekday
# against a publication date.
EXPLICIT_DATE = re.compile(
    rf"\b(?:{MONTH_WORD_RE.title()}(?![\w])|\d{{1,2}}/\d{{1,2}}\b|\d{{4}}-\d{{2}}-\d{{2}})"
)
# Words that say an act happened more than once: two days of it are no conflict. The adverbs say so
# anywhere in the sentence; the adjectives only before the act or just after it ('a second order',
# 'ordered a new inspection'), not of a thing further on ('ordered the wing to stop taking new patients').
_RECURRING = re.compile(r"\b(?:again|also|daily|each|every)\b", re.IGNORECASE)
_RECURRING_ADJECTIVE = re.compile(r"\b(?:another|second|third|new|renewed|further|more(?!\s+than\b))\b", re.IGNORECASE)
_NEAR_ACT = 3  # words after the act within which an adjective still qualifies it


@functools.lru_cache(maxsize=TEXT_MEMO)
def happens_again(evidence: str) -> bool:
    """Does the sentence say its act happened again (see :data:`_RECURRING`)?"""
    if _RECURRING.search(evidence):
        return True
    found = _RECURRING_ADJECTIVE.search(evidence)
    if found is None:
        return False
    act = _FIRST_ACT.search(evidence)
    if act is None or found.start() < act.start():
        return True
    return len(evidence[act.end() : found.start()].split()) <= _NEAR_ACT


@functools.lru_cache(maxsize=TEXT_MEMO)
def dates_the_act(evidence: str) -> bool:
    """A date word that bounds a period ('until Friday') or sits inside a quotation ('as I said
    yesterday') does not date the reported act, so it cannot put two sources at odds."""
    if BOUND.search(evidence):
        return False
    return DATE_WORDS.search(QUOTED.sub(" ", evidence)) is not None


_PREPOSITION = re.compile(r"\bover\s+(?:the|a|an|his|her|its|their|this|that|these|those|\w+['’]s)\b", re.IGNORECASE)


def strict_turns(text: str) -> set[str]:
    """Turns read strictly: 'over his comments' is a preposition, not 'the strike is over'."""
    return {turn for w in words(_PREPOSITION.sub(" ", text)) if (turn := turn_of(w)) is not None}


QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
# Where a subordinate clause begins: its act is dated by a date inside it, not by the main clause's date.
_SUBORDINATE = re.compile(r"\b(?:after|before|since|following|when|while|until|once|because|which)\b", re.IGNORECASE)


def dated_part(text: str) -> str:
    """The clauses that hold a date, the dateline aside: in 'eleven cases were confirmed, the hospital
    said on Tuesday, after the bacteria were found' the Tuesday dates the count, not the finding, so
    the finding is nothing that Tuesday can put at odds with another report's date for it. A sentence
    whose only date is its dateline is dated as a whole."""
    plain = undatelined(text)
    starts = [0, *(m.start() for m in _SUBORDINATE.finditer(plain)), len(plain)]
    clauses = [plain[a:b] for a, b in pairwise(starts) if b > a]
    dated = [c for c in clauses if CALENDAR_DATE.search(c)]
    return " ".join(dated) if dated else text


def acts(text: str) -> frozenset[str]:
    """What a sentence says was done: past tenses in -ed and irregular ones ('met'), reporting verbs aside."""
    low = text.lower()
    return stated_actions(low) | {w for w in re.findall(r"[a-z]+", low) if w in IRREGULAR_PAST and w not in CUE_VERBS}


# The first verb of a sentence in the past tense: what comes before it names who acted.
_FIRST_ACT = re.compile(r"\b(?:[a-z]{2,}ed|began|broke|said|told|took|won|lost|made|gave|left|met|held|sent|struck|fell|rose|led)\b")


@functools.lru_cache(maxsize=TEXT_MEMO)
def actor(text: str) -> frozenset[str]:
    """Capitalised words of the clause before the sentence's first past-tense verb: 'Varela' in 'On
    Wednesday Varela formally asked', 'regional electoral commission' in 'the Regional Electoral
    Commission agreed', 'board' in 'Halden must recall six lots, the Skarn Board ordered'. A common word
    capitalised only because it opens the sentence ('Yet the commission agreed', 'Nearly two hundred
    people were') names no one."""
    clause = _actor_clause(text)
    if clause is None:
        return frozenset()
    found = words(DATE_WORDS.sub(" ", clause))
    return frozenset(stem(w) for k, w in enumerate(found)
                     if w[:1].isupper() and w.lower() not in STOPWORDS and not (k == 0 and w.lower() in COMMON_WORDS))


@functools.lru_cache(maxsize=TEXT_MEMO)
def actor_words(text: str) -> frozenset[str]:
    """Every word of the clause :func:`actor` reads, capitalised or not: 'the city council of Port Averill'
    names the council another outlet calls 'the City Council'."""
    clause = _actor_clause(text)
    return frozenset(stem(w.lower()) for w in words(DATE_WORDS.sub(" ", clause))) if clause is not None else frozenset()


def _actor_clause(text: str) -> str | None:
    found = _FIRST_ACT.search(text)
    if found is None:
        return None
    return re.split(r"[,;:—–]|\s-\s|\bthat\b|\bwho\b", QUOTED.sub(" ", text[: found.start()]))[-1]


_RELATIVE = re.compile(r",\s*(?:who|whose|which|where)\b[^,;]*(?:[,;]|$)", re.IGNORECASE)


@functools.lru_cache(maxsize=TEXT_MEMO)
def main_acts(text: str) -> frozenset[str]:
    """What the main clause says was done, its attribution aside: 'approved' in 'the board approved the plan
    after the channel silted up', not 'finished' in 'Varela, who finished second, lodged a request'."""
    plain = _RELATIVE.sub(" ", text)
    cut = _SUBORDINATE.search(plain)
    return stated_actions((plain[: cut.start()] if cut else plain).lower())


@functools.lru_cache(maxsize=TEXT_MEMO)
def figures(text: str) -> frozenset[float]:
    """The counts and amounts a sentence states (not a date or a time: the parser leaves those out)."""
    return frozenset(round(q.value, 6) for q in parse_quantities(text) if q.value >= 2)
