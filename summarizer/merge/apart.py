"""Who stands apart: per source, the points on which it disagrees with most independent sources.

An editor deciding which outlet to double-check wants the outlier named: "S5 differs on 3 points".
A point counts only where one position is held by more independent sources than any other, and
by at least two; a two-way split has no majority to stand apart from.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from summarizer.merge._text import source_order
from summarizer.schema import Discrepancy, SourceApart


def sources_apart(discrepancies: Sequence[Discrepancy], independent_of: Callable[[str], str]) -> list[SourceApart]:
    """Sources holding a minority position, with the subjects, most points first."""
    points: dict[str, list[str]] = {}
    for d in discrepancies:
        weights = [len({independent_of(s) for s in p.sources}) for p in d.positions]
        top = max(weights, default=0)
        if top < 2 or weights.count(top) > 1:
            continue
        majority = {independent_of(s) for p, w in zip(d.positions, weights, strict=True) if w == top for s in p.sources}
        for position, weight in zip(d.positions, weights, strict=True):
            if weight == top:
                continue
            for source in position.sources:
                if independent_of(source) not in majority and d.subject not in points.setdefault(source, []):
                    points[source].append(d.subject)
    out = [
        SourceApart(
            source=source,
            points=subjects,
            summary=f"{source} differs from most sources on {len(subjects)} point{'s' if len(subjects) != 1 else ''}: "
            + "; ".join(subjects)
            + ".",
        )
        for source, subjects in points.items()
    ]
    out.sort(key=lambda a: (-len(a.points), source_order(a.source)))
    return out
