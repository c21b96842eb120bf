"""Key points joined after merging, where a reviewer found that they state one fact.

The aligner's static embedding misses rewordings that share few words ("no reports of patients
harmed" / "nobody has reported getting sick"): one fact told five ways stays several key points
with two sources each, and the fact looks weakly sourced. In LLM mode the review call may say which
listed points are one fact; this module applies such groups under the same hard rules the aligner
keeps: two points that differ on a figure, a day, a negation or a modal, or stand on opposite sides
of a listed discrepancy, are never joined whoever says so. Every joined point keeps all its members'
grounded evidence, so the added support is checkable span by span.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from summarizer.align import differs, signature
from summarizer.align.index import UnionFind
from summarizer.merge._text import distinct_sources, shortened, source_order
from summarizer.merge.select import select
from summarizer.schema import Briefing, KeyPoint, Span


@dataclass
class Rejoined:
    """The briefing after joining, and why any proposed member was refused."""

    briefing: Briefing
    joined: int = 0
    refused: list[str] = field(default_factory=list)


def _key(span: Span) -> tuple[str, int, int]:
    return span.source, span.start, span.end


def _opposed(briefing: Briefing) -> set[frozenset[tuple[str, int, int]]]:
    """Pairs of spans cited by different positions of one listed discrepancy."""
    out: set[frozenset[tuple[str, int, int]]] = set()
    for d in briefing.discrepancies:
        sides = [{_key(s) for s in p.evidence} for p in d.positions]
        for i, a in enumerate(sides):
            for b in sides[i + 1:]:
                out.update(frozenset((x, y)) for x in a for y in b if x != y)
    return out


def _compatible(a: KeyPoint, b: KeyPoint, opposed: set[frozenset[tuple[str, int, int]]]) -> str | None:
    """Why two points may not be one fact (None when they may)."""
    difference = differs(signature(a.text), signature(b.text), reviewed=True)
    if difference is not None:
        return f"they differ on a {difference}"
    if any(frozenset((_key(x), _key(y))) in opposed for x in a.evidence for y in b.evidence):
        return "they are opposite sides of a listed discrepancy"
    return None


def join_points(briefing: Briefing, groups: Sequence[Sequence[int]]) -> Rejoined:
    """``briefing`` with each group of ``key_points`` indexes (0-based) joined into its best-ranked member.

    A member joins only if it is compatible with every member already joined to that point; the
    joined point keeps the lead's wording, takes the union of sources, evidence and attribution,
    counts its independent sources anew (copies once) and gains their difference in score, so it
    ranks as a point with that support would.
    """
    points = briefing.key_points
    opposed = _opposed(briefing)
    union: UnionFind[int] = UnionFind(lambda i: (i,))  # the best-ranked member is the root
    members: dict[int, list[int]] = {}
    refused: list[str] = []
    for group in groups:
        valid = sorted({i for i in group if 0 <= i < len(points)})
        for i in valid:
            union.find(i)
        for x in valid[1:]:
            a, b = union.find(valid[0]), union.find(x)
            if a == b:
                continue
            side_a, side_b = members.get(a, [a]), members.get(b, [b])
            reason = next((r for i in side_a for j in side_b if (r := _compatible(points[i], points[j], opposed))), None)
            if reason:
                refused.append(f"“{shortened(points[x].text, 70)}” was not joined to “{shortened(points[valid[0]].text, 70)}”: {reason}")
                continue
            union.union(a, b)
            members.pop(a, None)
            members.pop(b, None)
            members[union.find(a)] = sorted(side_a + side_b)
    if not members:
        return Rejoined(briefing, 0, refused)
    canonical = {s.id: s.copy_of or s.id for s in briefing.sources}
    joined: list[tuple[float, int, KeyPoint]] = []
    absorbed = 0
    for i, point in enumerate(points):
        joined_to = members.get(union.find(i)) if i in union.parent else None
        if joined_to is None:
            joined.append((point.score, i, point))
        elif joined_to[0] == i:
            merged = _merged([points[j] for j in joined_to], canonical)
            joined.append((merged.score, i, merged))
            absorbed += len(joined_to) - 1
    joined.sort(key=lambda t: (-t[0], t[1]))
    live = {canonical.get(s.id, s.id) for s in briefing.sources if s.status == "ok"}
    ranked = select([p for _, _, p in joined], len(live))
    return Rejoined(briefing.model_copy(update={"key_points": ranked}), absorbed, refused)


def _merged(group: Sequence[KeyPoint], canonical: dict[str, str]) -> KeyPoint:
    lead = group[0]
    sources = sorted({s for p in group for s in p.sources}, key=source_order)
    seen: set[tuple[str, int, int]] = set()
    evidence: list[Span] = []
    for span in sorted((s for p in group for s in p.evidence), key=lambda s: (source_order(s.source), s.start)):
        if _key(span) not in seen:
            seen.add(_key(span))
            evidence.append(span)
    independent = len({canonical.get(s, s) for s in sources})
    return lead.model_copy(update={
        "sources": sources,
        "evidence": evidence,
        "independent_sources": independent,
        "single_source": independent == 1,
        "attribution": distinct_sources(a for p in group for a in p.attribution),
        "hedged": all(p.hedged for p in group),
        "score": round(max(p.score for p in group) + independent - lead.independent_sources, 4),
    })

