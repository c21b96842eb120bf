"""Which articles are copies of one story (syndicated wire text, light rewrites) and count once.

Corroboration means independent reporting: three outlets printing the same agency copy are one
source. Texts are compared by word 5-shingles; to stay linear in the number of articles only a
hash-sampled subset of shingles goes into an inverted index (content-defined sampling, so two
copies sample the same shingles), and only pairs sharing sampled shingles get the exact check.
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Sequence

from summarizer.merge._text import source_order
from summarizer.merge.cluster import UnionFind
from summarizer.schema import Article
from summarizer.text import normalize

SHINGLE = 5
SAMPLE_MOD = 4
MIN_SHINGLES = 8
CONTAINMENT = 0.7
MAX_POSTINGS = 20


@functools.lru_cache(maxsize=512)
def _shingles(text: str) -> frozenset[int]:
    """Remembered for the last few hundred texts: the LLM path shingles each article while the answers
    are awaited (merge.prepare), so the merge after the last answer only looks them up."""
    tokens = re.findall(r"\w+", normalize(text))
    return frozenset(zlib.crc32(" ".join(tokens[i : i + SHINGLE]).encode())
                     for i in range(max(0, len(tokens) - SHINGLE + 1)))


class Independence:
    """Maps every source to the representative of its copy group."""

    def __init__(self, canonical: dict[str, str]) -> None:
        self.canonical = canonical

    @classmethod
    def from_groups(cls, groups: Sequence[Sequence[str]]) -> Independence:
        """The grouping a briefing lists (:meth:`copy_groups`, each group's first member its root) back."""
        return cls({member: group[0] for group in groups for member in group})

    def of(self, source: str) -> str:
        return self.canonical.get(source, source)

    def count(self, sources: Sequence[str] | set[str]) -> int:
        return len({self.of(s) for s in sources})

    def copy_groups(self) -> list[list[str]]:
        groups: dict[str, list[str]] = {}
        for source, root in self.canonical.items():
            groups.setdefault(root, []).append(source)
        out = [sorted(g, key=source_order) for g in groups.values() if len(g) > 1]
        return sorted(out, key=lambda g: source_order(g[0]))


def detect_copies(articles: Sequence[Article]) -> Independence:
    """Group near-identical articles, honouring ``copy_of`` set upstream."""
    uf: UnionFind[str] = UnionFind(source_order)
    live = [a for a in articles if a.status == "ok" and a.duplicate_of is None]
    ids = {a.id for a in live}
    for article in live:
        uf.find(article.id)
        if article.copy_of and article.copy_of in ids:
            uf.union(article.copy_of, article.id)
    shingles: dict[str, frozenset[int]] = {}
    postings: dict[int, list[str]] = {}
    for article in live:
        sh = _shingles(article.text)
        if len(sh) < MIN_SHINGLES:
            continue
        shingles[article.id] = sh
        sampled = sorted(x for x in sh if x % SAMPLE_MOD == 0)
        shared: dict[str, int] = {}
        for h in sampled:
            posting = postings.setdefault(h, [])
            for other in posting:
                shared[other] = shared.get(other, 0) + 1
            if len(posting) < MAX_POSTINGS:
                posting.append(article.id)
        # Copies share many sampled shingles; one shared quote or stock phrase is not a copy, so
        # only candidates with at least two in common get the exact check.
        need = min(2, len(sampled))
        for other, count in shared.items():
            if count >= need and uf.find(other) != uf.find(article.id) and _near_duplicate(shingles[other], sh):
                uf.union(other, article.id)
    return Independence({x: uf.find(x) for x in ids})


def _near_duplicate(a: frozenset[int], b: frozenset[int]) -> bool:
    inter = len(a & b)
    return inter / min(len(a), len(b)) >= CONTAINMENT
