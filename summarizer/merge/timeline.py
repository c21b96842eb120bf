"""One timeline from every article's dated events, same events merged, conflicting dates surfaced.

Events are grouped by what happened (the words, with date words removed so "on 3 March" and
"on Monday" do not keep one event apart), then split by date: dates are compatible when one
refines the other (2025-02 and 2025-02-20). Reports of one event rarely share their wording ("the
walkout, which began on 22 February" against "the movement, which started the 21/02/2025"), so
two events also match when they name the same kind of turn (a start, an end, a return) of
something they both mention, within a week of each other. Outlets that tell one happening in their own words
on the same day are then joined into one entry (merge.same_event); the ledger still joins key points
through the entries as the wording found them (``Timeline.by_wording``). Two incompatible dates for
one event from independent sources is a date discrepancy. A date equal to the article's publication date with no date in the
sentence is the extractor falling back to the dateline, not an event date, and is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.align import Vectors, cosine, differs, embed, lsh_keys, signature
from summarizer.align.thresholds import SAME_EVENT as ALIGNED_EVENT
from summarizer.align.thresholds import SHARED_WORDS
from summarizer.dates.clock import times_of_day
from summarizer.merge._text import idf_table, sorted_sources, source_order, weighted_dice
from summarizer.merge.claims import actions
from summarizer.merge.cluster import LeaderIndex
from summarizer.merge.date_conflicts import date_discrepancy
from summarizer.merge.event_items import DATE_WORDS, EventItem, compatible_dates, event_items, same_turn
from summarizer.merge.event_reading import (
    CALENDAR_DATE,
    EXPLICIT_DATE,
    actor,
    acts,
    dated_part,
    dates_the_act,
    happens_again,
    strict_turns,
)
from summarizer.merge.independence import Independence
from summarizer.merge.retold import retold_acts
from summarizer.merge.same_event import SameDay
from summarizer.merge.start_dates import start_date_conflicts
from summarizer.schema import Article, Discrepancy, ExtractionRecord, TimelineEntry
from summarizer.text import plain_choices

SAME_EVENT = 0.55


def _rival_acts(a: str, b: str) -> bool:
    """Both name what was done ('filed', 'arrested') and no act is shared."""
    acts_a, acts_b = actions(a.lower()), actions(b.lower())
    return bool(acts_a and acts_b and not acts_a & acts_b)


def _guessed(item: EventItem, undated_sources: set[str]) -> bool:
    """A date read from 'today' or a weekday in an article with no date of its own rests on the run's
    guess of when it was written (another article's date): it may place the event in the timeline,
    but it cannot dispute another outlet's date."""
    return item.source in undated_sources and not EXPLICIT_DATE.search(item.event.evidence)


@dataclass(frozen=True)
class Timeline:
    """The timeline's entries, one per event; the same reports as the grouping by wording found them,
    one entry per group and date; and the date discrepancies.

    The claim ledger joins key points through ``by_wording`` (merge.events, merge.event_support): an
    entry joined across wordings is one event, but its sentences need not state one fact. Joining key
    points through the joined entries folded compound sentences into them on the tuned-on stories and
    lost support ('a repair could cost $18 million' 3 outlets -> 1, 'ratified a contract' 3 -> 1)."""

    entries: list[TimelineEntry]
    by_wording: list[TimelineEntry]
    discrepancies: list[Discrepancy]


def build_timeline(articles: Sequence[Article], records: Sequence[ExtractionRecord], independence: Independence) -> Timeline:
    items = event_items(articles, records, independence)
    idf, default = idf_table(i.tokens for i in items)
    row = {id(item): n for n, item in enumerate(items)}
    vectors = embed([DATE_WORDS.sub(" ", plain_choices(i.event.text)) for i in items])
    index: LeaderIndex[EventItem] = LeaderIndex(_EventSimilarity(idf, default, vectors, row), SAME_EVENT,
                                                weight=lambda t: idf.get(str(t), default))
    near = lsh_keys(vectors, bands=16)
    for n, item in enumerate(items):
        index.add(item, item.tokens, near=[("near", band, code) for band, code in enumerate(near[n])])
    discrepancies: list[Discrepancy] = []
    undated_sources = {a.id for a in articles if a.published is None}
    buckets: list[tuple[int, str, list[EventItem]]] = []  # (group, date, members)
    dating: dict[int, list[EventItem]] = {}  # bucket -> its members dating the act, when its group has no date at odds
    for number, group in enumerate(g.members for g in index.groups):
        first = len(buckets)
        buckets.extend((number, d, ms) for d, ms in _by_date(group))
        dated = [(k, [m for m in buckets[k][2] if dates_the_act(m.event.evidence) and not _guessed(m, undated_sources)])
                 for k in range(first, len(buckets))]
        dated = [(k, ms) for k, ms in dated if ms]
        at_odds = (_one_event([(buckets[k][1], ms) for k, ms in dated])
                   if len(dated) > 1 and len({m.independent for _, ms in dated for m in ms}) > 1 else [])
        if at_odds:
            discrepancies.append(date_discrepancy(group[0].event.text, at_odds))
        else:
            dating.update(dated)
    # One event told by several outlets in their own words on one day: one entry (merge.same_event).
    leads = [_common_wording(ms) for _, _, ms in buckets]
    same_day = SameDay(leads, [row[id(lead)] for lead in leads], vectors, [near[row[id(lead)]] for lead in leads],
                       [frozenset(m.independent for m in ms) for _, _, ms in buckets], idf, default)
    entries: list[TimelineEntry] = []
    by_wording: list[TimelineEntry] = []
    placed: dict[int, tuple[int, str, list[EventItem]]] = {}  # item row -> (event, date, the event's dating members)
    for ks in same_day.groups([d for _, d, _ in buckets]):
        entries.append(_entry(buckets[ks[0]][1], [m for k in ks for m in buckets[k][2]]))
        by_wording.extend(_entry(buckets[k][1], buckets[k][2]) if len(ks) > 1 else entries[-1] for k in ks)
        members = [m for k in ks for m in dating.get(k, [])]
        placed.update((row[id(m)], (buckets[ks[0]][0], buckets[ks[0]][1], members)) for m in members)
    discrepancies += retold_acts(items, vectors, near, placed) + start_date_conflicts(items, placed, {a.id: a.text for a in articles})
    for listed in (entries, by_wording):
        listed.sort(key=lambda e: (e.date, source_order(e.sources[0]), e.evidence[0].start if e.evidence else 0))
    return Timeline(entries, by_wording, discrepancies)


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
    lead = _common_wording(members, standing=True)
    return TimelineEntry(
        date=date,
        text=lead.event.text,
        sources=sorted_sources(m.source for m in members),
        evidence=[m.span for m in sorted(members, key=lambda m: (source_order(m.source), m.span.start))],
    )


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
    dated = {id(m): dated_part(m.event.evidence) for _, _, a, b in pairs for m in (a, b)}
    texts = sorted(set(dated.values()))
    vectors = embed(texts)
    row = {t: k for k, t in enumerate(texts)}
    # What each member's test needs, read once per member rather than once per pair.
    members = {id(m): m for _, _, a, b in pairs for m in (a, b)}
    turns = {k: strict_turns(dated_part(m.own)) for k, m in members.items()}
    again = {k for k, m in members.items() if happens_again(m.event.evidence)}
    actors = {k: actor(m.event.evidence) for k, m in members.items()}
    done = {k: acts(dated_part(m.own)) for k, m in members.items()}
    undated = {k: signature(CALENDAR_DATE.sub(" ", m.own)) for k, m in members.items()}
    minutes = {k: times_of_day(m.event.evidence) for k, m in members.items()}
    joined: set[int] = set()
    for i, j, a, b in pairs:
        ka, kb = id(a), id(b)
        if (i in joined and j in joined) or ka in again or kb in again:
            continue  # 'protested again on Tuesday': a second time, not a second date
        if (same_turn(a, b) and turns[ka] & turns[kb]) or (
            turns[ka] == turns[kb]
            # Both name who acted and no one in common: Varela asking and the commission agreeing
            # are two acts, however many words about the recount they share.
            and not (actors[ka] and actors[kb] and not actors[ka] & actors[kb])
            # Both say what was done, no act shared: meeting on Wednesday, lifting the notice on Thursday. Unless
            # both give one minute of the day ('at about 9 p.m.' / 'around 21.00'): a translation's verb drifts.
            and not (done[ka] and done[kb] and not done[ka] & done[kb] and not minutes[ka] & minutes[kb])
            and float(vectors[row[dated[ka]]] @ vectors[row[dated[kb]]]) >= thresholds.SAME_CLAIM
            and not differs(undated[ka], undated[kb])
        ):
            joined.update((i, j))
    return [bucket for k, bucket in enumerate(buckets) if k in joined]


# A sentence opening on a pronoun ('They spent Saturday on the floor of Terminal B') leans on the one before it in
# its article: as an entry's wording it says nothing of who.
_LEANING = re.compile(r"^[\"“‘']?(?:he|she|it|they|we|his|her|its|their|this|these|those)\b", re.IGNORECASE)


def _common_wording(members: Sequence[EventItem], standing: bool = False) -> EventItem:
    """The member whose words the others share most (with ``standing``, of those not opening on a pronoun when there
    are any: an entry's text): the entry cites all of them for its text.

    (Per-token counts over the bucket, so the choice stays linear in its size.)
    """
    df: dict[str, int] = {}
    for m in members:
        for t in m.tokens:
            df[t] = df.get(t, 0) + 1
    if standing:
        members = [m for m in members if not _LEANING.match(m.event.text.strip())] or members
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


