"""The grouping index's candidate weights are the sums bucket by bucket, to the last bit (ties pick the group)."""

from __future__ import annotations

import random
from collections.abc import Hashable

from summarizer.align.index import MAX_KEYS, LeaderIndex


def _reference(index: LeaderIndex[int], tokens: set[str], near: list[Hashable], near_weight: float) -> dict[int, float]:
    """Before: the rarest few words, then every bucket, each adding its weight to each group it lists."""
    postings = index.postings
    present = [t for t in tokens if t in postings]
    keys = sorted(present, key=lambda t: (len(postings[t]), -index.weight(t), str(t)))[:MAX_KEYS]
    scores: dict[int, float] = {}
    weighted = [(t, index.weight(t)) for t in keys] + [(t, near_weight) for t in near]
    for token, w in weighted:
        posting = index.postings.get(token)
        if not posting or len(posting) > index.max_postings:
            continue
        for gid in posting:
            scores[gid] = scores.get(gid, 0.0) + w
    return scores


def test_bucket_weights_sum_as_one_add_per_bucket() -> None:
    rng = random.Random(5)
    weights = {f"w{k}": rng.uniform(0.5, 6.0) for k in range(40)}
    index: LeaderIndex[int] = LeaderIndex(lambda _a, _b: 0.0, 1.0, weight=lambda t: weights.get(str(t), 0.3), max_postings=6)
    for item in range(60):
        words = set(rng.sample(sorted(weights), 4))
        near = [("near", band, rng.randrange(3)) for band in range(8)]
        expected = _reference(index, words, near, 0.3)
        got = index._scores(words, [], near, 0.3)
        assert got == expected
        assert all(got[g].hex() == expected[g].hex() for g in got)
        index.add(item, words, near=near, near_weight=0.3)
    assert any(len(p) > 6 for p in index.postings.values())  # some buckets too common to retrieve


def test_the_index_weighs_groups_found_by_words_and_buckets_alike_and_by_buckets_alone() -> None:
    index: LeaderIndex[int] = LeaderIndex(lambda _a, _b: 0.0, 1.0, weight=lambda t: 0.1)
    index.add(0, {"quay"}, near=[("near", 0, 1), ("near", 1, 1), ("near", 2, 1)])
    index.add(1, {"crane"}, near=[("near", 0, 1), ("near", 1, 2)])
    got = index._scores({"quay"}, [], [("near", 0, 1), ("near", 1, 1), ("near", 2, 1)], 0.1)
    both = 0.0 + 0.1 + 0.1 + 0.1 + 0.1  # the word, then three buckets, one add each
    alone = 0.0 + 0.1
    assert got == {0: both, 1: alone} and got[0].hex() == both.hex()
