"""One act that outlets word apart and date a day or so apart: a date discrepancy the timeline's
same-day buckets cannot see, since different days keep such reports in two entries."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from summarizer.align import Vectors, cosine, differs, signature
from summarizer.align.thresholds import SAME_EVENT as ALIGNED_EVENT
from summarizer.dates.clock import times_of_day
from summarizer.extract.offline.lexicon import CUE_VERBS
from summarizer.merge._text import TEXT_MEMO, source_order, words
from summarizer.merge.claims import actions
from summarizer.merge.date_conflicts import date_discrepancy
from summarizer.merge.event_items import EventItem, day_of
from summarizer.merge.event_reading import CALENDAR_DATE, actor, figures, happens_again
from summarizer.merge.event_reading import undated as plain_undated
from summarizer.quantities import parse_quantities
from summarizer.schema import Discrepancy, Event
from summarizer.text import longest_first

RETOLD_DAYS = 3


def retold_acts(
    items: Sequence[EventItem], vectors: Vectors, near: list[tuple[int, ...]], placed: dict[int, tuple[int, str, list[EventItem]]]
) -> list[Discrepancy]:
    """One act that outlets word apart and date apart: 'the agency announced Monday that the company
    must call back nine lots' against 'the agency on Tuesday ordered the company to recall nine
    batches'. Different days keep such reports in two timeline entries; they are one act when the
    embedding finds them as close as one event told twice, the same named party acts in both, no
    figure or negation differs, neither says it happened again, and the days are at most
    ``RETOLD_DAYS`` apart."""
    linked: dict[tuple[int, str], tuple[int, str]] = {}  # bucket -> a bucket of its act (union-find parent)
    buckets: dict[tuple[int, str], list[EventItem]] = {}
    subjects: list[tuple[tuple[int, str], str]] = []  # the first pair found of each act words its subject

    def root(key: tuple[int, str]) -> tuple[int, str]:
        while linked.get(key, key) != key:
            key = linked[key]
        return key

    for i, j in dict.fromkeys([*_near_placed_pairs(near, placed), *_anchored_pairs(items, placed)]):
        (gi, di, mi), (gj, dj, mj) = placed[i], placed[j]
        if gi == gj or items[i].independent == items[j].independent or root((gi, di)) == root((gj, dj)):
            continue
        if not _one_act_retold(items[i], items[j], vectors, i, j):
            continue
        buckets[(gi, di)], buckets[(gj, dj)] = mi, mj
        subjects.append(((gi, di), items[i].event.text))
        linked[root((gj, dj))] = root((gi, di))
    acts: dict[tuple[int, str], dict[str, list[EventItem]]] = {}  # one act -> its dates -> their members
    for key, members in buckets.items():
        acts.setdefault(root(key), {}).setdefault(key[1], []).extend(members)
    # One act retold by several outlets is one discrepancy: the reports on one day are one position.
    out: list[Discrepancy] = []
    for key, text in subjects:
        days = acts.pop(root(key), None)
        if days is not None:
            dated = [(day, sorted(members, key=lambda m: (source_order(m.source), m.span.start))) for day, members in sorted(days.items())]
            out.append(date_discrepancy(text, dated))
    return out


def _near_placed_pairs(near: list[tuple[int, ...]], placed: dict[int, tuple[int, str, list[EventItem]]]) -> Iterator[tuple[int, int]]:
    """Rows of placed items sharing an LSH bucket (of at most 50), each pair once per bucket it shares."""
    buckets: dict[tuple[int, int], list[int]] = {}
    for n, codes in enumerate(near):
        if n in placed:
            for band, code in enumerate(codes):
                buckets.setdefault((band, code), []).append(n)
    for rows in buckets.values():
        if len(rows) > 50:
            continue
        for x, i in enumerate(rows):
            for j in rows[x + 1 :]:
                yield i, j


def _anchored_pairs(items: Sequence[EventItem], placed: dict[int, tuple[int, str, list[EventItem]]]) -> Iterator[tuple[int, int]]:
    """Rows of placed items stating one time of day (see :func:`~summarizer.dates.clock.times_of_day`),
    one figure or one name, whose wordings may be too far apart for the embedding's buckets to pair them."""
    by_anchor: dict[str, list[int]] = {}
    for n in placed:
        for key in _anchors(items[n].event):
            by_anchor.setdefault(key, []).append(n)
    for rows in by_anchor.values():
        if len(rows) > 50:
            continue
        rows.sort()
        for x, i in enumerate(rows):
            for j in rows[x + 1 :]:
                yield i, j


def _anchors(event: Event) -> set[str]:
    """A time of day, a figure or a name inside the sentence ('the Tolvik crossing'): a translation keeps them."""
    return ({f"time {key}" for key in times_of_day(event.evidence)} | {f"figure {value}" for value in figures(event.text)}
            | {f"name {name}" for name in names_in(event.evidence)})


def _one_act_retold(a: EventItem, b: EventItem, vectors: Vectors, i: int, j: int) -> bool:
    """Days one to ``RETOLD_DAYS`` apart, as close as one event told twice (rows ``i``, ``j`` of
    ``vectors``) with no figure or negation apart beyond the day, neither happening again, one actor.
    What both state beyond the day lowers the bar: the same figure (a tonnage, a head count, with the
    same named party acting) or the same minute of the day ('at around 21.15' / 'at about 9:15 p.m.'), which a
    translation keeps when its words for the act drift far from the original's."""
    da, db = day_of(a.event.date), day_of(b.event.date)
    if da is None or db is None or da == db or abs((da - db).days) > RETOLD_DAYS:
        return False
    undated = [signature(plain_undated(x.event.text)) for x in (a, b)]
    close = cosine(vectors, i, j)
    minute = bool(times_of_day(a.event.evidence) & times_of_day(b.event.evidence))
    apart = differs(*undated)
    if apart == "number" and minute and not _figures_at_odds(a.event.text, b.event.text):
        apart = None  # one minute of the day, and no figure of one unit given apart: 'of 1.250 kilograms' / 'four minutes later'
    if close < (RETOLD_SAME_MINUTE if minute else RETOLD_SAME_ACT) or apart:
        return False
    if happens_again(a.event.evidence) or happens_again(b.event.evidence):
        return False
    actors = actor(a.event.evidence), actor(b.event.evidence)
    if actors[0] and actors[1] and not actors[0] & actors[1]:
        return False  # two named parties, none in common: two acts
    if minute:
        return True
    if close >= ALIGNED_EVENT and actors[0] & actors[1]:
        return True
    if names_in(a.event.evidence) & names_in(b.event.evidence) and _shared_figure(a.event.text, b.event.text) \
            and not _REPORTED.search(a.event.evidence) and not _REPORTED.search(b.event.evidence):
        return True
    # A translation tells the act with a noun and no past-tense verb ('is in collision come with the dredger'),
    # so it names no actor: the act itself, shared, stands in for him, if no other actor is named.
    return _shared_act(a.event.text, b.event.text)


RETOLD_SAME_ACT = 0.6  # below ALIGNED_EVENT: the act word shared makes up for a translation's other words
# Below RETOLD_SAME_ACT: the same minute of the day is a stronger sign of one happening than a shared act word.
RETOLD_SAME_MINUTE = 0.4


# A sentence that reports a figure ('the university confirmed', 'according to the count') is dated by
# the report, not by the act: the figure it shares with another day's report anchors no one act.
_REPORTED = re.compile(rf"\b(?:{'|'.join(sorted(CUE_VERBS, key=longest_first))}|released|counts?|now)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=TEXT_MEMO)
def names_in(text: str) -> frozenset[str]:
    """Capitalised words inside the sentence (not its first word, not a date word): who and where (remembered
    per text, read first by merge.prepare)."""
    return frozenset(w.lower() for w in words(CALENDAR_DATE.sub(" ", text))[1:] if w[:1].isupper() and len(w) > 2)


def _figures_at_odds(a: str, b: str) -> bool:
    """Both state figures of one unit and none of them agree ('23 containers' / '25 containers'). The aligner's number
    test compares values whatever their units, which keeps two sentences apart that only state other things beside
    the act: a satellite's mass in one, how long a burn lasted in the other."""
    units = [_by_unit(plain_undated(x)) for x in (a, b)]
    return any(not units[0][unit] & units[1][unit] for unit in units[0].keys() & units[1].keys())


def _by_unit(text: str) -> dict[str, set[float]]:
    """The figures ``text`` states, by unit (a figure with no unit is left out: 'Kestrel 4' names a model)."""
    out: dict[str, set[float]] = {}
    for q in parse_quantities(text):
        if q.unit is not None:
            out.setdefault(q.unit, set()).add(round(q.value, 6))
    return out


def _shared_figure(a: str, b: str) -> bool:
    """Both state one count or amount."""
    return bool(figures(a) & figures(b))
_ACT_PREFIX = 5


def _shared_act(a: str, b: str) -> bool:
    """Some past-tense act of either ('collided', 'ordered') begins a word of both ('collision', 'collided'):
    one act, told as a verb by one report and as a noun by the other."""
    starts = [{w.lower()[:_ACT_PREFIX] for w in words(x) if len(w) >= _ACT_PREFIX} for x in (a, b)]
    return any(len(act) >= _ACT_PREFIX and act[:_ACT_PREFIX] in starts[0] and act[:_ACT_PREFIX] in starts[1]
               for act in actions(a.lower()) | actions(b.lower()))
