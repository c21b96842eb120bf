"""Where independent sources disagree: counts, what a decision did, and people's titles.

Dates live with the timeline and speakers with the quotes; this module covers what is read off
claims and entities. Every finder compares only items already known to be about the same thing
(same unit and predicate and similar wording; same entity), so the cost stays linear, and every
finder requires the disagreeing positions to come from different independent sources: a source
disagreeing with its own copy is not news.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.merge._text import sorted_sources, source_order, stem
from summarizer.merge.claims import ClaimItem, ClaimMatcher
from summarizer.merge.cluster import LeaderIndex
from summarizer.merge.entities import Mention, role_key
from summarizer.merge.numbers import Stated, claim_quantities, compatible, fmt, resolved
from summarizer.schema import Discrepancy, MergedEntity, Position, Span

SAME_SUBJECT = 0.3
SAME_EVENT = 0.2  # one story rarely has two unrelated counts of the same kind of act (killed, seized…)

# --------------------------------------------------------------------------- numbers


def number_discrepancies(items: Sequence[ClaimItem], matcher: ClaimMatcher) -> list[Discrepancy]:
    """Counts of the same thing (unit + predicate + similar claim) that no rounding reconciles.

    Claims, not single numbers, are grouped inside each (unit, predicate) bucket, so every figure
    a sentence gives stays together: "28 killed, including nine children" is one report.
    """
    stated: dict[tuple[str, str | None], dict[int, tuple[ClaimItem, list[Stated]]]] = {}
    for item in items:
        for q in resolved(claim_quantities(item.claim)):
            if q.unit is not None:
                bucket = stated.setdefault((q.unit, q.predicate), {})
                bucket.setdefault(item.order, (item, []))[1].append(q)
    out: list[Discrepancy] = []
    for (unit, predicate), claims in sorted(stated.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        threshold = SAME_EVENT if predicate else SAME_SUBJECT
        index: LeaderIndex[ClaimItem] = LeaderIndex(matcher.similarity, threshold, weight=matcher.weight, max_postings=50)
        for item, _ in claims.values():
            index.add(item, {t for t in item.tokens if not t.startswith("#")})
        for group in index.groups:
            members = [(item, q) for item in group.members for q in claims[item.order][1]]
            found = _number_conflict(members, unit, predicate)
            if found is not None:
                out.append(found)
    return out


def _number_conflict(members: list[tuple[ClaimItem, Stated]], unit: str, predicate: str | None) -> Discrepancy | None:
    per_source: dict[str, list[tuple[ClaimItem, Stated]]] = {}
    for item, q in members:
        per_source.setdefault(item.independent, []).append((item, q))
    if len(per_source) < 2:
        return None
    if predicate is not None and unit == "person":
        # A toll's headline figure is its largest: "28 killed, including nine children" reports 28,
        # and the nine is a part of it, not a rival count.
        per_source = {s: [max(v, key=lambda m: m[1].value)] for s, v in per_source.items()}
    sources = sorted(per_source, key=source_order)
    members = [m for s in sources for m in per_source[s]]
    clusters: list[tuple[Stated, list[tuple[ClaimItem, Stated]]]] = []
    for item, q in sorted(members, key=lambda m: (m[1].value, source_order(m[0].source), m[0].span.start)):
        if clusters and compatible(clusters[-1][0], q):  # sorted by value: only the last can match
            clusters[-1][1].append((item, q))
        else:
            clusters.append((q, [(item, q)]))
    # Otherwise sources agree when one figure is common to all of them: "fell to 4.8% from 5.2%"
    # and "fell to 4.8%" are the same report. (One set intersection, not a comparison per pair of
    # sources, so a fact repeated by a thousand outlets stays cheap.)
    held: dict[str, set[int]] = {}
    for k, (_, bucket) in enumerate(clusters):
        for item, _ in bucket:
            held.setdefault(item.independent, set()).add(k)
    if set.intersection(*held.values()):
        return None
    positions = [
        Position(
            value=_value_text(lead, bucket),
            sources=sorted_sources(i.source for i, _ in bucket),
            evidence=_spans(i.span for i, _ in bucket),
        )
        for lead, bucket in clusters
    ]
    positions.sort(key=lambda p: (-len(p.sources), source_order(p.sources[0])))
    subject = _subject(members, unit, predicate)
    listing = " vs ".join(f"{p.value} ({', '.join(p.sources)})" for p in positions)
    return Discrepancy(subject=subject, kind="number", summary=f"Sources give different figures: {listing}.", positions=positions)


def _value_text(lead: Stated, bucket: list[tuple[ClaimItem, Stated]]) -> str:
    text = _plain_value(lead, bucket)
    bound = {"min": "at least ", "max": "at most "}.get(lead.bound or "", "")
    return bound + text


def _plain_value(lead: Stated, bucket: list[tuple[ClaimItem, Stated]]) -> str:
    approx = all(q.approximate for _, q in bucket)
    if lead.unit == "%":
        return f"{'about ' if approx else ''}{fmt(lead.value)}%"
    if lead.unit in {"USD", "EUR", "GBP", "JPY"}:
        return f"{'about ' if approx else ''}{fmt(lead.value)} {lead.unit}"
    shown = next((q.unit_text for _, q in bucket if q.unit_text), None)
    unit = f" {shown}" if shown and lead.unit != "person" else ""  # the subject already says "people"
    return f"{'about ' if approx else ''}{fmt(lead.value)}{unit}"


def _subject(members: list[tuple[ClaimItem, Stated]], unit: str, predicate: str | None) -> str:
    if predicate and unit == "person":
        return f"Number of people {predicate}"
    what = {"%": "Percentage", "USD": "Amount (USD)", "EUR": "Amount (EUR)", "GBP": "Amount (GBP)"}.get(unit)
    if what is None:
        what = f"Number of {unit}s" if not unit.endswith("s") else f"Number of {unit}"
    return f"{what} {predicate}" if predicate else f"{what}: {_short(members[0][0].claim.text)}"


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _spans(spans: object) -> list[Span]:
    unique = {(s.source, s.start, s.end): s for s in spans}  # type: ignore[attr-defined]
    return [unique[k] for k in sorted(unique, key=lambda k: (source_order(k[0]), k[1], k[2]))]


# --------------------------------------------------------------------------- accounts

DECISIONS: dict[str, str] = {
    "asked for options / considered": r"ask|asks|asked|asking|request(?:s|ed|ing)?|sought|seek(?:s|ing)?|"
    r"consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|explor(?:e|es|ed|ing)|review(?:s|ed|ing)?|options",
    "proposed": r"propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|recommend(?:s|ed|ing)?",
    "ordered / approved": r"(?<!\bin )order(?:s|ed|ing)?(?! to\b)|authori[sz](?:e|es|ed|ing)|approv(?:e|es|ed|ing)|"
    r"signed|launched|decided",
    "rejected": r"reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|veto(?:es|ed)?|blocked|declined|overrul(?:e|es|ed)",
}
_DECISION_CUE = re.compile("|".join(f"(?P<c{i}>\\b(?:{pattern})\\b)" for i, pattern in enumerate(DECISIONS.values())), re.IGNORECASE)
_DECISION_NAMES = list(DECISIONS)


def _decision(item: ClaimItem) -> tuple[str, str] | None:
    """The decision class and the cue's stem, from the first decision verb in the claim."""
    match = _DECISION_CUE.search(item.claim.text)
    if match is None or match.lastgroup is None:
        return None
    return _DECISION_NAMES[int(match.lastgroup[1:])], stem(match.group(0))


def account_discrepancies(items: Sequence[ClaimItem], matcher: ClaimMatcher) -> list[Discrepancy]:
    """Same actor and object, different act: 'asked for options' against 'ordered the strike'."""
    decided = [(item, d) for item in items if (d := _decision(item)) is not None]
    cue_stems = {s for _, (_, s) in decided}

    def similar(a: tuple[ClaimItem, tuple[str, str]], b: tuple[ClaimItem, tuple[str, str]]) -> float:
        ta, tb = a[0].tokens - cue_stems, b[0].tokens - cue_stems
        inter = sum(matcher.weight(t) for t in ta & tb)
        small = min(sum(matcher.weight(t) for t in ta), sum(matcher.weight(t) for t in tb))
        return inter / small if small else 0.0

    index: LeaderIndex[tuple[ClaimItem, tuple[str, str]]] = LeaderIndex(similar, 0.6, weight=matcher.weight)
    for item, d in decided:
        index.add((item, d), set(item.tokens - cue_stems))
    out: list[Discrepancy] = []
    for group in index.groups:
        classes: dict[str, list[ClaimItem]] = {}
        for item, (name, _) in group.members:
            classes.setdefault(name, []).append(item)
        independents = [{i.independent for i in members} for members in classes.values()]
        if len(classes) < 2 or len(set().union(*independents)) < 2:
            continue
        positions = [
            Position(
                value=f"{name}: {_short(members[0].claim.text, 140)}",
                sources=sorted_sources(i.source for i in members),
                evidence=_spans(i.span for i in members),
            )
            for name, members in classes.items()
        ]
        positions.sort(key=lambda p: source_order(p.sources[0]))
        listing = " vs ".join(f"{p.value.split(':')[0]} ({', '.join(p.sources)})" for p in positions)
        out.append(
            Discrepancy(
                subject=_short(group.members[0][0].claim.text),
                kind="account",
                summary=f"Sources describe the decision differently: {listing}.",
                positions=positions,
            )
        )
    return out


# --------------------------------------------------------------------------- titles

_RANKS = frozenset(
    [
        "deputy",
        "vice",
        "acting",
        "interim",
        "assistant",
        "associate",
        "junior",
        "under",
        "senior",
        "chief",
        "principal",
    ]
)
_FAMILIES = [
    frozenset(["minister", "secretary"]),
    frozenset(["general", "colonel", "major", "captain", "lieutenant", "admiral"]),
    frozenset(["president", "chairman", "chairwoman", "chair"]),
]


def roles_conflict(a: str, b: str) -> bool:
    """'Finance Minister' vs 'Deputy Minister' conflict; 'President' vs 'President of France' do not."""
    ta, tb = role_key(a).split(), role_key(b).split()
    if not ta or not tb or ta == tb:
        return False
    ha, hb = ta[-1], tb[-1]
    if ha != hb and not any(ha in f and hb in f for f in _FAMILIES):
        return False
    sa, sb = set(ta), set(tb)
    if (sa & _RANKS) != (sb & _RANKS):
        return True
    return ha != hb or not (sa <= sb or sb <= sa)


def title_discrepancies(
    entities: Sequence[MergedEntity], mentions_of: dict[str, list[Mention]], independent: dict[str, str]
) -> list[Discrepancy]:
    """Conflicting titles for one person, each from sources that do not also give the other."""
    out: list[Discrepancy] = []
    for entity in entities:
        roles = entity.roles
        involved: set[int] = set()
        for i, a in enumerate(roles):
            for j in range(i + 1, len(roles)):
                b = roles[j]
                ia = {independent.get(s, s) for s in a.sources}
                ib = {independent.get(s, s) for s in b.sources}
                if ia != ib and not (ia & ib) and roles_conflict(a.role, b.role):
                    involved.update((i, j))
        if not involved:
            continue
        mentions = mentions_of.get(entity.name, [])
        positions = []
        for k in sorted(involved):
            role = roles[k]
            spans = [
                m.span
                for m in mentions
                if m.span is not None and m.source in role.sources and role_key(role.role) in {role_key(r) for r in m.roles}
            ]
            positions.append(Position(value=role.role, sources=role.sources, evidence=_spans(spans)))
        listing = " vs ".join(f"{p.value} ({', '.join(p.sources)})" for p in positions)
        out.append(
            Discrepancy(
                subject=f"Title of {entity.name}",
                kind="title",
                summary=f"Sources give {entity.name} different titles: {listing}.",
                positions=positions,
            )
        )
    return out
