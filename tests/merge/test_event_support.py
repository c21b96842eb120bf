"""A span's event support: the best-backed timeline entry it overlaps, found without rescanning."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summarizer.merge.event_support import event_support
from summarizer.merge.independence import Independence
from summarizer.schema import Span, TimelineEntry

_interval = st.tuples(st.integers(0, 300), st.integers(1, 80), st.sampled_from(["S1", "S2"]), st.integers(1, 3))


def _span(source: str, start: int, length: int) -> Span:
    return Span(source=source, start=start, end=start + length, text="x" * length)


@given(st.lists(_interval, max_size=25), st.lists(st.tuples(st.integers(0, 400), st.integers(1, 60),
                                                            st.sampled_from(["S1", "S2", "S3"])), max_size=20))
def test_support_is_the_best_overlapping_entry(entries: list[tuple[int, int, str, int]],
                                               queries: list[tuple[int, int, str]]) -> None:
    timeline = [TimelineEntry(date="2025-01-01", text="e", sources=[f"S{k}" for k in range(1, count + 1)],
                              evidence=[_span(source, start, length)])
                for start, length, source, count in entries]
    support = event_support(timeline, Independence({}))
    for start, length, source in queries:
        expected = max((count for s, n, src, count in entries
                        if src == source and s < start + length and start < s + n), default=0)
        assert support(_span(source, start, length)) == expected
