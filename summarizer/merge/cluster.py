"""The merger's grouping primitives; they live in :mod:`summarizer.align.index` (one home)."""

from summarizer.align.index import CANDIDATES, MAX_KEYS, MAX_POSTINGS, MEMBERS_CHECKED, Group, LeaderIndex, UnionFind

__all__ = ["CANDIDATES", "MAX_KEYS", "MAX_POSTINGS", "MEMBERS_CHECKED", "Group", "LeaderIndex", "UnionFind"]
