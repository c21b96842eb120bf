"""Join claim groups that state the same dated event, using what the timeline already merged.

Sources rarely word the central turn of a story alike ("ended a nine-day strike on Monday",
"the strike finished the Monday 03/03/2025 after ten days of stop"), so the idf-weighted ledger
keeps them apart, while the timeline, which matches events by their kind of turn and date, puts
them in one entry. Without this join the ledger under-counts corroboration the briefing has
already found, and the overview repeats one event once per wording.

The join is deliberately narrow, because every source of a key point is cited for its text:

* only day-precise timeline entries with at least two independent sources, and only through the
  events whose own date is that day (a year-only "this year" mention does not pull a claim in);
* a claim is linked through the event sentences its span overlaps, and where the sentence names its
  day, only a claim holding that day: a clause cut from it states its own fact ('the notice is still in
  force' of '…, and the company says it will be reviewed on Friday'); a ledger group is linked only
  when all its linked claims point at one entry (a sentence stating two events links nothing);
* groups whose claims report rival decisions ("ordered" against "asked for options") are never
  joined: that is an account conflict, not corroboration;
* the joined group needs a wording no member contradicts on a figure. Claims with rival counts
  ("nine-day" against "ten days") still support the event; the number discrepancy is found from
  the claims themselves and is unaffected, and :func:`~summarizer.merge.claims.key_points` takes
  its text from a member without a contested figure.

Joining must not lose what only one wording says. When a folded wording states a figure that the
chosen wording lacks and no member contradicts ("ended a nine-day strike on Monday after the
government agreed to raise wages by 12 percent"), its claims also stay a key point of their own,
cited only to the sources that state it, so the wage rise is neither dropped nor credited to the
sources that never mention it.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.merge._text import day_places
from summarizer.merge.accounts import decision
from summarizer.merge.claims import ClaimItem
from summarizer.merge.independence import Independence
from summarizer.merge.ledger import clean_members, lead_of, new_figures
from summarizer.schema import ExtractionRecord, TimelineEntry

MIN_INDEPENDENT = 2


EventSpans = dict[str, list[tuple[int, int, int, tuple[tuple[int, int], ...]]]]


def _event_spans(entries: Sequence[TimelineEntry], records: Sequence[ExtractionRecord], independence: Independence) -> EventSpans:
    """Per source, (start, end, entry index, where it names a day) of every event sentence that dates a joinable
    entry to the day."""
    dated = {
        (e.span.source, e.span.start, e.span.end): e.date for r in records for e in r.extraction.events if e.span is not None
    }
    by_source: EventSpans = {}
    for index, entry in enumerate(entries):
        if len(entry.date) != 10 or independence.count(entry.sources) < MIN_INDEPENDENT:
            continue
        for span in entry.evidence:
            if dated.get((span.source, span.start, span.end)) == entry.date:
                days = tuple((span.start + a, span.start + b) for a, b in day_places(span.text))
                by_source.setdefault(span.source, []).append((span.start, span.end, index, days))
    return by_source


def _entry_of(group: Sequence[ClaimItem], spans: EventSpans) -> int | None:
    """The one entry the group's claims state, or None when they state none or several."""
    found: set[int] = set()
    for item in group:
        for start, end, index, days in spans.get(item.source, ()):
            if start < item.span.end and item.span.start < end and (
                    not days or any(item.span.start <= a and b <= item.span.end for a, b in days)):
                found.add(index)
    return found.pop() if len(found) == 1 else None


def _rival_decisions(items: Sequence[ClaimItem]) -> bool:
    """Do the items report different decisions, or does one deny what another asserts?"""
    decided = [d for d in (decision(i) for i in items) if d is not None]
    names = {d.name for d in decided}
    return len(names) > 1 or any(d.denied & names for d in decided)


def join_by_events(
    groups: Sequence[list[ClaimItem]],
    entries: Sequence[TimelineEntry],
    records: Sequence[ExtractionRecord],
    independence: Independence,
) -> tuple[list[list[ClaimItem]], set[int]]:
    """Ledger groups with those stating one merged timeline event joined, in order of first appearance.

    Also returns the indexes of detail groups: the claims of a folded wording that add an
    uncontested figure to the joined point's wording, kept as a point of their own right after it.
    """
    spans = _event_spans(entries, records, independence)
    if not spans:
        return [list(g) for g in groups], set()
    target = _fold_targets(groups, spans, independence)
    joined: dict[int, list[ClaimItem]] = {}
    for gid, group in enumerate(groups):
        joined.setdefault(target[gid], []).extend(group)
    out: list[list[ClaimItem]] = []
    details: set[int] = set()
    for root, members in joined.items():
        members.sort(key=lambda i: i.order)
        out.append(members)
        folded = [gid for gid, t in enumerate(target) if t == root] if len(members) > len(groups[root]) else []
        for detail in _details(groups, folded, members):
            details.add(len(out))
            out.append(detail)
    return out, details


def _fold_targets(groups: Sequence[list[ClaimItem]], spans: EventSpans,
                  independence: Independence) -> list[int]:
    """Per group id, the group id it is folded into (itself when none): the groups stating one entry
    fold into the first of them when together they may be cited as one point."""
    by_entry: dict[int, list[int]] = {}
    for gid, group in enumerate(groups):
        entry = _entry_of(group, spans)
        if entry is not None:
            by_entry.setdefault(entry, []).append(gid)
    target = list(range(len(groups)))
    for gids in by_entry.values():
        if len(gids) >= 2 and _joinable([item for gid in gids for item in groups[gid]], independence):
            for gid in gids[1:]:
                target[gid] = gids[0]
    return target


def _joinable(members: list[ClaimItem], independence: Independence) -> bool:
    """Enough independent sources, no rival decisions, and a wording no member contradicts on a figure
    (when every wording carries a contested figure there is nothing to cite them all for)."""
    return (independence.count({i.source for i in members}) >= MIN_INDEPENDENT and not _rival_decisions(members)
            and bool(clean_members(members)))


def _details(groups: Sequence[list[ClaimItem]], folded: list[int], members: list[ClaimItem]) -> list[list[ClaimItem]]:
    """Of each folded group apart from the lead's, the claims adding a figure the lead wording lacks."""
    if not folded:
        return []
    lead = lead_of(members)
    out: list[list[ClaimItem]] = []
    for gid in folded:
        if lead in groups[gid]:
            continue
        extra = [i for i in groups[gid] if new_figures(i, lead, members)]
        if extra:
            out.append(sorted(extra, key=lambda i: i.order))
    return out
