"""One timeline from every article's dated events, same events merged, conflicting dates surfaced.

Events are grouped by what happened (the words, with date words removed so "on 3 March" and
"on Monday" do not keep one event apart), then split by date: dates are compatible when one
refines the other (2025-02 and 2025-02-20). Reports of one event rarely share their wording ("the
walkout, which began on 22 February" against "the movement, which started the 21/02/2025"), so
two events also match when they name the same kind of turn (a start, an end, a return) of
something they both mention, within a week of each other. Two incompatible dates for one event from independent
sources is a date discrepancy. A date equal to the article's publication date with no date in the
sentence is the extractor falling back to the dateline, not an event date, and is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from summarizer.align import Vectors, cosine, differs, embed, lsh_keys, signature
from summarizer.align.thresholds import SAME_EVENT as ALIGNED_EVENT
from summarizer.align.thresholds import SHARED_WORDS
from summarizer.calendar_words import DAY_NUMBER_RE, MONTH_STEM_RE, MONTH_WORD_RE, WEEKDAY_STEM_RE
from summarizer.extract.offline.lexicon import CUE_VERBS, IRREGULAR_PAST
from summarizer.merge._text import (
    STOPWORDS,
    idf_table,
    sorted_sources,
    source_order,
    stem,
    undatelined,
    weighted_dice,
    words,
)
from summarizer.merge.claims import actions, stated_actions
from summarizer.merge.cluster import LeaderIndex
from summarizer.merge.event_items import DATE_WORDS, TURNS, EventItem, compatible_dates, event_items, same_turn
from summarizer.merge.independence import Independence
from summarizer.schema import Article, Discrepancy, ExtractionRecord, Position, TimelineEntry

SAME_EVENT = 0.55


# "Have until Friday", "a warning through Thursday": the date bounds a period, it does not date the act,
# so two such sentences (or one and the act's own date) are no conflict about when something happened.
_BOUND = re.compile(
    r"\b(?:(?:until|till|through|no later than|expires?|expiring)\s+(?:(?:next|this|the end of)\s+)?"
    rf"(?:{WEEKDAY_STEM_RE}day|{MONTH_STEM_RE}|{DAY_NUMBER_RE})|deadline)",
    re.IGNORECASE,
)


def _rival_acts(a: str, b: str) -> bool:
    """Both name what was done ('filed', 'arrested') and no act is shared."""
    acts_a, acts_b = actions(a.lower()), actions(b.lower())
    return bool(acts_a and acts_b and not acts_a & acts_b)


def _guessed(item: EventItem, undated_sources: set[str]) -> bool:
    """A date read from 'today' or a weekday in an article with no date of its own rests on the run's
    guess of when it was written (another article's date): it may place the event in the timeline,
    but it cannot dispute another outlet's date."""
    return item.source in undated_sources and not _EXPLICIT_DATE.search(item.event.evidence)


def build_timeline(
    articles: Sequence[Article], records: Sequence[ExtractionRecord], independence: Independence
) -> tuple[list[TimelineEntry], list[Discrepancy]]:
    items = event_items(articles, records, independence)
    idf, default = idf_table(i.tokens for i in items)
    row = {id(item): n for n, item in enumerate(items)}
    vectors = embed([DATE_WORDS.sub(" ", i.event.text) for i in items])
    index: LeaderIndex[EventItem] = LeaderIndex(_EventSimilarity(idf, default, vectors, row), SAME_EVENT,
                                                weight=lambda t: idf.get(str(t), default))
    near = lsh_keys(vectors, bands=16)
    for n, item in enumerate(items):
        index.add(item, item.tokens, near=[("near", band, code) for band, code in enumerate(near[n])])
    entries: list[TimelineEntry] = []
    discrepancies: list[Discrepancy] = []
    undated_sources = {a.id for a in articles if a.published is None}
    placed: dict[int, tuple[int, str, list[EventItem]]] = {}  # item row -> (group, date, the bucket's dating members)
    for number, group in enumerate(g.members for g in index.groups):
        buckets = _by_date(group)
        entries.extend(_entry(date, members) for date, members in buckets)
        dated = [(d, [m for m in ms if _dates_the_act(m.event.evidence) and not _guessed(m, undated_sources)])
                 for d, ms in buckets]
        dated = [(d, ms) for d, ms in dated if ms]
        at_odds = _one_event(dated) if len(dated) > 1 and len({m.independent for _, ms in dated for m in ms}) > 1 else []
        if at_odds:
            discrepancies.append(_date_discrepancy(group[0].event.text, at_odds))
        else:
            placed.update((row[id(m)], (number, d, ms)) for d, ms in dated for m in ms)
    from summarizer.merge.retold import retold_acts  # they build on this module's event items
    from summarizer.merge.start_dates import start_date_conflicts
    discrepancies += retold_acts(items, vectors, near, placed) + start_date_conflicts(items, placed)
    entries.sort(key=lambda e: (e.date, source_order(e.sources[0]), e.evidence[0].start if e.evidence else 0))
    return entries, discrepancies


@dataclass(frozen=True)
class _EventSimilarity:
    """How alike two events are for grouping: ``SAME_EVENT`` for one turn of one thing or one happening
    told in other words, else the idf-weighted share of their undated words. ``row`` maps an item (by
    id) to its row of ``vectors``."""

    idf: dict[str, float]
    default: float
    vectors: Vectors
    row: dict[int, int]

    def __call__(self, a: EventItem, b: EventItem) -> float:
        if same_turn(a, b):
            return SAME_EVENT
        dice = weighted_dice(a.tokens, b.tokens, self.idf, self.default)
        if dice >= SAME_EVENT or dice < SHARED_WORDS or not compatible_dates(a.event.date, b.event.date):
            return dice
        if a.turns != b.turns or _rival_acts(a.event.text, b.event.text):
            return dice  # 'the blaze broke out on Tuesday' and 'reports were filed on Tuesday' are two events
        # One happening told in other words ('the bridge reopened to traffic' / 'traffic crossed the
        # bridge again'), on a compatible date, with no other figure or a denial: one entry.
        if cosine(self.vectors, self.row[id(a)], self.row[id(b)]) >= ALIGNED_EVENT \
                and not differs(signature(a.event.text), signature(b.event.text)):
            return SAME_EVENT
        return dice


def _entry(date: str, members: list[EventItem]) -> TimelineEntry:
    """One date bucket's entry, worded as its most shared wording and citing every member."""
    lead = _common_wording(members)
    return TimelineEntry(
        date=date,
        text=lead.event.text,
        sources=sorted_sources(m.source for m in members),
        evidence=[m.span for m in sorted(members, key=lambda m: (source_order(m.source), m.span.start))],
    )


_MONTH = rf"{MONTH_STEM_RE}[a-z]*\.?"
# The day itself, however written, and nothing else: a count ('six lots', '12 batches') must still differ.
_CALENDAR_DATE = re.compile(
    rf"\b(?:{WEEKDAY_STEM_RE}day\b|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?{_MONTH}|"
    rf"{_MONTH}\b|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|today|yesterday|tomorrow)",
    re.IGNORECASE,
)
# A date the text writes out (a month, a day of a month), not one read from "today" or a weekday
# against a publication date.
_EXPLICIT_DATE = re.compile(
    rf"\b(?:{MONTH_WORD_RE.title()}(?![\w])|\d{{1,2}}/\d{{1,2}}\b|\d{{4}}-\d{{2}}-\d{{2}})"
)
# Words that say an act happened more than once: two days of it are no conflict. The adverbs say so
# anywhere in the sentence; the adjectives only before the act or just after it ('a second order',
# 'ordered a new inspection'), not of a thing further on ('ordered the wing to stop taking new patients').
_RECURRING = re.compile(r"\b(?:again|also|daily|each|every)\b", re.IGNORECASE)
_RECURRING_ADJECTIVE = re.compile(r"\b(?:another|second|third|new|renewed|further|more(?!\s+than\b))\b", re.IGNORECASE)
_NEAR_ACT = 3  # words after the act within which an adjective still qualifies it


def _happens_again(evidence: str) -> bool:
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


def _dates_the_act(evidence: str) -> bool:
    """A date word that bounds a period ('until Friday') or sits inside a quotation ('as I said
    yesterday') does not date the reported act, so it cannot put two sources at odds."""
    if _BOUND.search(evidence):
        return False
    return DATE_WORDS.search(_QUOTED.sub(" ", evidence)) is not None


_PREPOSITION = re.compile(r"\bover\s+(?:the|a|an|his|her|its|their|this|that|these|those|\w+['’]s)\b", re.IGNORECASE)


def _turns(text: str) -> set[str]:
    """Turns read strictly: 'over his comments' is a preposition, not 'the strike is over'."""
    return {TURNS[s] for s in (stem(w.lower()) for w in words(_PREPOSITION.sub(" ", text))) if s in TURNS}


_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
# Where a subordinate clause begins: its act is dated by a date inside it, not by the main clause's date.
_SUBORDINATE = re.compile(r"\b(?:after|before|since|following|when|while|until|once|because|which)\b", re.IGNORECASE)


def _dated_part(text: str) -> str:
    """The clauses that hold a date, the dateline aside: in 'eleven cases were confirmed, the hospital
    said on Tuesday, after the bacteria were found' the Tuesday dates the count, not the finding, so
    the finding is nothing that Tuesday can put at odds with another report's date for it. A sentence
    whose only date is its dateline is dated as a whole."""
    plain = undatelined(text)
    starts = [0, *(m.start() for m in _SUBORDINATE.finditer(plain)), len(plain)]
    clauses = [plain[a:b] for a, b in pairwise(starts) if b > a]
    dated = [c for c in clauses if _CALENDAR_DATE.search(c)]
    return " ".join(dated) if dated else text


def _one_event(buckets: list[tuple[str, list[EventItem]]]) -> list[tuple[str, list[EventItem]]]:
    """The dates that are at odds: buckets with some member that is one event with a member of
    another bucket, from an independent source, beyond shared words (the same turn of the same
    thing, or the aligner's same-claim similarity). Two acts of one person on consecutive days
    share most of their words; so do 'the board ordered the recount on Wednesday' and 'the
    recount begins on Monday', which is no second date for the start."""
    from summarizer.align import embed, thresholds

    pairs = [
        (i, j, a, b)
        for i, (_, xs) in enumerate(buckets)
        for j in range(i + 1, len(buckets))
        for a in xs
        for b in buckets[j][1]
        if a.independent != b.independent
    ]
    dated = {id(m): _dated_part(m.event.evidence) for _, _, a, b in pairs for m in (a, b)}
    texts = sorted(set(dated.values()))
    vectors = embed(texts)
    row = {t: k for k, t in enumerate(texts)}
    # What each member's test needs, read once per member rather than once per pair.
    members = {id(m): m for _, _, a, b in pairs for m in (a, b)}
    turns = {k: _turns(_dated_part(m.own)) for k, m in members.items()}
    again = {k for k, m in members.items() if _happens_again(m.event.evidence)}
    actor = {k: _actor(m.event.evidence) for k, m in members.items()}
    acts = {k: _acts(_dated_part(m.own)) for k, m in members.items()}
    undated = {k: signature(_CALENDAR_DATE.sub(" ", m.own)) for k, m in members.items()}
    joined: set[int] = set()
    for i, j, a, b in pairs:
        ka, kb = id(a), id(b)
        if (i in joined and j in joined) or ka in again or kb in again:
            continue  # 'protested again on Tuesday': a second time, not a second date
        if (same_turn(a, b) and turns[ka] & turns[kb]) or (
            turns[ka] == turns[kb]
            # Both name who acted and no one in common: Varela asking and the commission agreeing
            # are two acts, however many words about the recount they share.
            and not (actor[ka] and actor[kb] and not actor[ka] & actor[kb])
            # Both say what was done, no act shared: meeting on Wednesday, lifting the notice on Thursday.
            and not (acts[ka] and acts[kb] and not acts[ka] & acts[kb])
            and float(vectors[row[dated[ka]]] @ vectors[row[dated[kb]]]) >= thresholds.SAME_CLAIM
            and not differs(undated[ka], undated[kb])
        ):
            joined.update((i, j))
    return [bucket for k, bucket in enumerate(buckets) if k in joined]


def _acts(text: str) -> frozenset[str]:
    """What a sentence says was done: past tenses in -ed and irregular ones ('met'), reporting verbs aside."""
    low = text.lower()
    return stated_actions(low) | {w for w in re.findall(r"[a-z]+", low) if w in IRREGULAR_PAST and w not in CUE_VERBS}


# The first verb of a sentence in the past tense: what comes before it names who acted.
_FIRST_ACT = re.compile(r"\b(?:[a-z]{2,}ed|began|broke|said|told|took|won|lost|made|gave|left|met|held|sent|struck|fell|rose|led)\b")


def _actor(text: str) -> frozenset[str]:
    """Capitalised words of the clause before the sentence's first past-tense verb: 'Varela' in 'On
    Wednesday Varela formally asked', 'regional electoral commission' in 'the Regional Electoral
    Commission agreed', 'board' in 'Halden must recall six lots, the Skarn Board ordered'."""
    found = _FIRST_ACT.search(text)
    if found is None:
        return frozenset()
    clause = re.split(r"[,;:—–]|\s-\s|\bthat\b|\bwho\b", _QUOTED.sub(" ", text[: found.start()]))[-1]
    return frozenset(stem(w) for w in words(DATE_WORDS.sub(" ", clause)) if w[:1].isupper() and w.lower() not in STOPWORDS)


def _common_wording(members: Sequence[EventItem]) -> EventItem:
    """The member whose words the others share most: the entry cites all of them for its text.

    (Per-token counts over the bucket, so the choice stays linear in its size.)
    """
    df: dict[str, int] = {}
    for m in members:
        for t in m.tokens:
            df[t] = df.get(t, 0) + 1
    # Ties go to the earliest member, by position (members.index compared whole events: quadratic).
    return max(enumerate(members), key=lambda km: (sum(df[t] for t in km[1].tokens) / len(km[1].tokens) if km[1].tokens else 0.0,
                                                   -km[0]))[1]


def _by_date(group: Sequence[EventItem]) -> list[tuple[str, list[EventItem]]]:
    """Buckets of mutually compatible dates, most precise date first decides each bucket."""
    buckets: list[tuple[str, list[EventItem]]] = []
    first: dict[str, int] = {}  # every prefix of a bucket's date -> the first bucket it refines
    for item in sorted(group, key=lambda i: (-len(i.event.date), i.event.date, source_order(i.source))):
        date = item.event.date
        if date in first:  # most precise dates come first, so a match is never less precise
            buckets[first[date]][1].append(item)
            continue
        for prefix in (date[:4], date[:7], date):
            first.setdefault(prefix, len(buckets))
        buckets.append((date, [item]))
    for _, members in buckets:
        members.sort(key=lambda m: (source_order(m.source), m.span.start))
    return sorted(buckets, key=lambda b: b[0])


def _short(text: str) -> str:
    return text if len(text) <= 80 else text[:77].rstrip() + "…"


def _date_discrepancy(text: str, buckets: list[tuple[str, list[EventItem]]]) -> Discrepancy:
    positions = [
        Position(value=date, sources=sorted_sources(m.source for m in members), evidence=[m.span for m in members])
        for date, members in buckets
    ]
    dates = " vs ".join(f"{p.value} ({', '.join(p.sources)})" for p in positions)
    return Discrepancy(
        subject="Date of: " + _short(undatelined(text)),
        kind="date",
        summary=f"Sources date this event differently: {dates}.",
        positions=positions,
    )
