"""One act that outlets word apart and date a day or so apart: a date discrepancy the timeline's
same-day buckets cannot see, since different days keep such reports in two entries."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from summarizer.align import Vectors, cosine, differs, signature
from summarizer.align.thresholds import SAME_EVENT as ALIGNED_EVENT
from summarizer.merge._text import words
from summarizer.merge.claims import actions
from summarizer.merge.timeline import _CALENDAR_DATE, EventItem, _actor, _date_discrepancy, _day, _happens_again
from summarizer.schema import Discrepancy

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
    seen: set[tuple[tuple[int, str], tuple[int, str]]] = set()
    out: list[Discrepancy] = []
    for i, j in _near_placed_pairs(near, placed):
        (gi, di, mi), (gj, dj, mj) = placed[i], placed[j]
        key = ((gi, di), (gj, dj)) if (gi, di) <= (gj, dj) else ((gj, dj), (gi, di))
        if gi == gj or key in seen or items[i].independent == items[j].independent:
            continue
        if not _one_act_retold(items[i], items[j], vectors, i, j):
            continue
        seen.add(key)
        out.append(_date_discrepancy(items[i].event.text, sorted([(di, mi), (dj, mj)], key=lambda bucket: bucket[0])))
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


def _one_act_retold(a: EventItem, b: EventItem, vectors: Vectors, i: int, j: int) -> bool:
    """Days one to ``RETOLD_DAYS`` apart, as close as one event told twice (rows ``i``, ``j`` of
    ``vectors``) with no figure or negation apart beyond the day, neither happening again, one actor."""
    da, db = _day(a.event.date), _day(b.event.date)
    if da is None or db is None or da == db or abs((da - db).days) > RETOLD_DAYS:
        return False
    undated = [signature(_CALENDAR_DATE.sub(" ", x.event.text)) for x in (a, b)]
    close = cosine(vectors, i, j)
    if close < RETOLD_SAME_ACT or differs(*undated):
        return False
    if _happens_again(a.event.evidence) or _happens_again(b.event.evidence):
        return False
    actors = _actor(a.event.evidence), _actor(b.event.evidence)
    if close >= ALIGNED_EVENT and actors[0] & actors[1]:
        return True
    # A translation tells the act with a noun and no past-tense verb ('is in collision come with the dredger'),
    # so it names no actor: the act itself, shared, stands in for him, if no other actor is named.
    return not (actors[0] and actors[1] and not actors[0] & actors[1]) and _shared_act(a.event.text, b.event.text)


RETOLD_SAME_ACT = 0.6  # below ALIGNED_EVENT: the act word shared makes up for a translation's other words
_ACT_PREFIX = 5


def _shared_act(a: str, b: str) -> bool:
    """Some past-tense act of either ('collided', 'ordered') begins a word of both ('collision', 'collided'):
    one act, told as a verb by one report and as a noun by the other."""
    starts = [{w.lower()[:_ACT_PREFIX] for w in words(x) if len(w) >= _ACT_PREFIX} for x in (a, b)]
    return any(len(act) >= _ACT_PREFIX and act[:_ACT_PREFIX] in starts[0] and act[:_ACT_PREFIX] in starts[1]
               for act in actions(a.lower()) | actions(b.lower()))
