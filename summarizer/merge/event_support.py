"""How well a claim's moment is reported: the independent sources of the timeline entry its span overlaps.

The ledger ranks a key point higher when the event it states is one the timeline found in several
independent sources, even when the sources word the claim apart.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from summarizer.merge.independence import Independence
from summarizer.schema import Span, TimelineEntry


def event_support(entries: Sequence[TimelineEntry], independence: Independence) -> Callable[[Span], int]:
    """For a span, the independent sources of the best-reported timeline entry it overlaps."""
    by_source: dict[str, list[tuple[int, int, int]]] = {}
    for entry in entries:
        count = independence.count(entry.sources)
        for span in entry.evidence:
            by_source.setdefault(span.source, []).append((span.start, span.end, count))
    # Sorted by start, with the longest evidence per source: a query looks only at the spans that
    # start within that length before its end, so a long article is not rescanned for every span.
    starts: dict[str, list[int]] = {}
    longest: dict[str, int] = {}
    for source, spans in by_source.items():
        spans.sort()
        starts[source] = [start for start, _, _ in spans]
        longest[source] = max(end - start for start, end, _ in spans)

    def support(span: Span) -> int:
        spans = by_source.get(span.source)
        if not spans:
            return 0
        keys = starts[span.source]
        low = bisect.bisect_left(keys, span.start - longest[span.source])
        high = bisect.bisect_left(keys, span.end)
        found = [c for start, end, c in spans[low:high] if start < span.end and span.start < end]
        return max(found, default=0)

    return support
