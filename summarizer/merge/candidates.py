"""Pairs of claims the rules could not classify: close in meaning, differing on a hard point, listed nowhere.

The typed finders list what they can prove (the same measure, the same person, the same act);
what the aligner sees as one statement told two ways but with a different figure, a negation or a
modal ("the plant will close" / "the plant will not close") and no finder claimed, is left for the
LLM adjudication to judge. Both claims are grounded (their spans are verbatim in the articles),
come from independent sources, and the list is bounded so the review call stays one small call.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from summarizer.align import Vectors, differs, embed, lsh_codes, lsh_keys, signature
from summarizer.align.blas import one_blas_thread
from summarizer.align.cluster import BITS
from summarizer.align.thresholds import SAME_CLAIM
from summarizer.merge._text import source_order
from summarizer.merge.independence import Independence
from summarizer.schema import Article, Briefing, ExtractionRecord, Span

MAX_PAIRS = 30
REVIEW_POINTS = 40  # key points the review call may join: the main list and the first details
_SLACK = 1e-3  # float32 products of unit vectors differ from one dot product by ~1e-6
_BLOCK = 8192  # pairs scored per product (two 8 MB slices of vectors)
_BUCKET_CAP = 50  # a bucket shared by more claims than this says little about any one pair
_DENSE = 4096  # claims up to which one product of all their vectors (64 MB at most) is cheaper than gathering pairs


@dataclass(frozen=True, slots=True)
class ClaimPair:
    """Two grounded claims from independent sources, and what tells them apart."""

    a: Span
    a_text: str
    b: Span
    b_text: str
    similarity: float
    difference: str  # "number", "negation", "modality", "date"


def unclassified_pairs(
    articles: Sequence[Article], records: Sequence[ExtractionRecord], briefing: Briefing, limit: int = MAX_PAIRS
) -> list[ClaimPair]:
    """The closest such pairs first, each claim in at most one pair, none already in a listed item."""
    claims = _unlisted_claims(articles, records, briefing)
    if len(claims) < 2:
        return []
    with one_blas_thread():  # one product of every claim's vector: a second BLAS thread nearly doubled its cost
        vectors = embed([text for _, text, _ in claims])
        # The merge's own grouping of copies, as the briefing lists it (detecting it again took 30-70 ms).
        found = _differing_pairs(claims, vectors, Independence.from_groups(briefing.copies))
    return _closest_first(found, claims, limit)


_Claim = tuple[str, str, Span]  # source, text, span


def _unlisted_claims(articles: Sequence[Article], records: Sequence[ExtractionRecord], briefing: Briefing) -> list[_Claim]:
    """Grounded claims of usable, non-duplicate articles, in source order, that no listed discrepancy or
    update already cites."""
    live = {a.id for a in articles if a.status == "ok" and a.duplicate_of is None}
    listed = {(s.source, s.start, s.end) for d in briefing.discrepancies for p in d.positions for s in p.evidence}
    listed |= {(s.source, s.start, s.end) for u in briefing.updates for v in u.values for s in v.evidence}
    return [
        (record.source, claim.text, claim.span)
        for record in sorted(records, key=lambda r: source_order(r.source))
        if record.source in live
        for claim in record.extraction.claims
        if claim.span is not None and (claim.span.source, claim.span.start, claim.span.end) not in listed
    ]


def _differing_pairs(claims: list[_Claim], vectors: Vectors,
                     independence: Independence) -> list[tuple[float, int, int, str]]:
    """(similarity, i, j, difference) for claims of independent sources that share an LSH bucket, are
    close enough to be one statement, and differ on a hard point."""
    found: list[tuple[float, int, int, str]] = []
    near = _near_mates(vectors) if len(claims) <= _DENSE else _mates_near(vectors, len(claims))
    for i, j in near:
        if independence.of(claims[i][0]) == independence.of(claims[j][0]):
            continue
        similarity = round(float(vectors[i] @ vectors[j]), 4)
        difference = differs(signature(claims[i][1]), signature(claims[j][1])) if similarity >= SAME_CLAIM else None
        if difference is not None:
            found.append((similarity, i, j, difference))
    return found


def _near_mates(vectors: Vectors) -> list[tuple[int, int]]:
    """Pairs (i < j) whose product can reach SAME_CLAIM and that share a bucket of at most _BUCKET_CAP rows, from
    one product of all the vectors: the few close pairs are found first and their buckets compared after. On 900
    claims of real news, 3-10 ms against 60-80 ms for the products of 66,000 bucket-mates gathered pair by pair."""
    codes, empty = lsh_codes(vectors)
    bands = codes.shape[1]
    sizes = np.zeros((bands, 1 << BITS), dtype=np.int64)
    for band in range(bands):
        sizes[band] = np.bincount(codes[~empty, band], minlength=1 << BITS)
    close = np.triu(vectors @ vectors.T >= SAME_CLAIM - _SLACK, k=1)
    close[empty] = False
    close[:, empty] = False
    first, second = np.nonzero(close)
    shared = (codes[first] == codes[second]) & (sizes[np.arange(bands), codes[first]] <= _BUCKET_CAP)
    keep = shared.any(axis=1)
    return list(zip(first[keep].tolist(), second[keep].tolist(), strict=True))


def _mates_near(vectors: Vectors, n: int) -> list[tuple[int, int]]:
    """:func:`_near_mates` for many claims: only bucket-mates are compared, so the cost follows the near pairs,
    not every pair."""
    buckets: dict[tuple[int, int], list[int]] = {}
    for row, codes in enumerate(lsh_keys(vectors)):
        for band, code in enumerate(codes):
            buckets.setdefault((band, code), []).append(row)
    # Every pair of bucket-mates at once: rows laid out bucket by bucket (ascending within each), a row
    # and the one ``k`` places on form a pair when both lie in one bucket. Numbered i * n + j, the
    # pairs two bands share are counted once (sorted by hand: np.unique imports numpy.ma, 0.1 s).
    kept = [rows for rows in buckets.values() if 1 < len(rows) <= _BUCKET_CAP]
    laid = np.fromiter(itertools.chain.from_iterable(kept), dtype=np.int64)
    bucket = np.repeat(np.arange(len(kept)), [len(rows) for rows in kept])
    numbered = [laid[:-k][same] * n + laid[k:][same]
                for k in range(1, max((len(rows) for rows in kept), default=1))
                if (same := bucket[:-k] == bucket[k:]).any()]
    ordered = np.sort(np.concatenate(numbered)) if numbered else np.zeros(0, dtype=np.int64)
    unique = ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))] if len(ordered) else ordered
    # Their products, a block at a time, pick the pairs that can reach SAME_CLAIM (scoring tens of
    # thousands of pairs one by one in Python was most of this review's time); each is then scored
    # exactly as before, so the slack only has to cover the rounding of the products.
    out: list[tuple[int, int]] = []
    for at in range(0, len(unique), _BLOCK):
        first, second = np.divmod(unique[at : at + _BLOCK], n)
        near = np.einsum("ij,ij->i", vectors[first], vectors[second]) >= SAME_CLAIM - _SLACK
        out += zip(first[near].tolist(), second[near].tolist(), strict=True)
    return out


def _closest_first(found: list[tuple[float, int, int, str]], claims: list[_Claim], limit: int) -> list[ClaimPair]:
    """The closest pairs first, greedily, each claim in at most one, at most ``limit``."""
    found.sort(key=lambda f: (-f[0], f[1], f[2]))
    used: set[int] = set()
    out: list[ClaimPair] = []
    for similarity, i, j, difference in found:
        if i in used or j in used:
            continue
        used.update((i, j))
        (_, a_text, a), (_, b_text, b) = claims[i], claims[j]
        out.append(ClaimPair(a, a_text, b, b_text, similarity, difference))
        if len(out) == limit:
            break
    return out

