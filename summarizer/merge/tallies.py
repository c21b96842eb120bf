"""Where independent sources give one vote (or one result) different tallies: 'a 5-4 ruling' / 'ruled six to three'.

The number finder compares counts of a unit and reads no tally (see :mod:`summarizer.tallies`), so
this finder compares the tallies claims state. Two claims report one vote when they are worded
alike (the number finder's SAME_SUBJECT), or when their tallies add up to the same number of
voters (a court of nine, a chamber of 108) and they share some wording (SAME_EVENT): the size of
the body that voted is what a rival tally keeps, and a committee's 7-2 and the full council's 30-12
in one story are two votes. A tally is no measure that moves as a story develops, so these are
never updates.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.merge._text import shortened, sorted_sources, source_order, spans_in_order
from summarizer.merge.claims import ClaimItem, ClaimMatcher
from summarizer.merge.count_groups import SAME_EVENT, SAME_SUBJECT
from summarizer.schema import Discrepancy, Position
from summarizer.tallies import read_tallies

Held = tuple[ClaimItem, frozenset[tuple[int, int]]]


def tally_discrepancies(items: Sequence[ClaimItem], matcher: ClaimMatcher) -> list[Discrepancy]:
    held: list[Held] = []
    for item in items:
        tallies = frozenset((t.high, t.low) for t in read_tallies(item.claim.text))
        if tallies:
            held.append((item, tallies))
    out = [_conflict(group) for group in _one_vote_groups(held, matcher)]
    return [d for d in out if d is not None]


def _one_vote_groups(held: list[Held], matcher: ClaimMatcher) -> list[list[Held]]:
    """Claims joined (through any chain) where two of them report one vote."""
    parent = list(range(len(held)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i in range(len(held)):
        for j in range(i + 1, len(held)):
            if _one_vote(held[i], held[j], matcher):
                parent[root(j)] = root(i)
    groups: dict[int, list[Held]] = {}
    for k, h in enumerate(held):
        groups.setdefault(root(k), []).append(h)
    return [g for g in groups.values() if len({item.independent for item, _ in g}) > 1]


def _one_vote(a: Held, b: Held, matcher: ClaimMatcher) -> bool:
    if a[1] & b[1]:
        return matcher.similarity(a[0], b[0]) >= SAME_EVENT  # one tally, worded alike: one report
    same_size = {h + w for h, w in a[1]} & {h + w for h, w in b[1]}
    # One side's count of a large body given alike ('by 214 votes to 187' / 'by two hundred and fourteen votes to one
    # hundred and seventy-eight'): one vote whose other side is misreported, however differently worded (numbers in
    # words and in digits are far apart to the sentence model); two votes of one chamber rarely share a side's count.
    if {n for t in a[1] for n in t if n >= _LARGE_BODY} & {n for t in b[1] for n in t if n >= _LARGE_BODY}:
        return True
    return matcher.similarity(a[0], b[0]) >= (SAME_EVENT if same_size else SAME_SUBJECT)


_LARGE_BODY = 20  # a side of at least this many voters: a chamber's or an electorate's, not a court's or a committee's


def _conflict(group: list[Held]) -> Discrepancy | None:
    voices: dict[str, set[tuple[int, int]]] = {}
    for item, tallies in group:
        voices.setdefault(item.independent, set()).update(tallies)
    if set.intersection(*voices.values()) or any(len(tallies) > 1 for tallies in voices.values()):
        # One tally every voice gives: they agree. An outlet giving two tallies tells of two votes (two cases a
        # court ruled on), and which of them another outlet's tally is of cannot be told: no conflict is listed.
        return None
    by_tally: dict[tuple[int, int], list[ClaimItem]] = {}
    for item, tallies in group:
        for tally in tallies:
            by_tally.setdefault(tally, []).append(item)
    positions = [
        Position(value=f"{high}-{low}", sources=sorted_sources(i.source for i in members),
                 evidence=spans_in_order(i.span for i in members))
        for (high, low), members in by_tally.items()
    ]
    positions.sort(key=lambda p: (-len(p.sources), source_order(p.sources[0])))
    listing = " vs ".join(f"{p.value} ({', '.join(p.sources)})" for p in positions)
    example = shortened(group[0][0].claim.text, 140)
    return Discrepancy(subject="vote tally", kind="number",
                       summary=f"Sources give different tallies: {listing}. For example: “{example}”", positions=positions)
