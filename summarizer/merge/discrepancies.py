"""Where independent sources disagree on a count (people's titles are :mod:`summarizer.merge.titles`).

Dates live with the timeline and speakers with the quotes; this module covers what is read off
claims and entities. Every finder compares only items already known to be about the same thing
(same unit and predicate and similar wording; same entity), so the cost stays linear, and every
finder requires the disagreeing positions to come from different independent sources: a source
disagreeing with its own copy is not news.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.merge._text import STOPWORDS, shortened, sorted_sources, source_order, spans_in_order, stem
from summarizer.merge.claims import ClaimItem, ClaimMatcher
from summarizer.merge.count_groups import Figures, voice, wording_groups
from summarizer.merge.figure_places import by_place, figure_place
from summarizer.merge.measures import COST, VALUE, figure_act, measure_of
from summarizer.merge.number_labels import measured_subject, value_text
from summarizer.merge.numbers import Stated, compatible, figure_owner
from summarizer.merge.priced_amounts import prices_a_thing
from summarizer.numbers import MAJOR_CURRENCIES
from summarizer.quantity_context import SPEED_UNITS
from summarizer.schema import Discrepancy, Position

# --------------------------------------------------------------------------- numbers


def number_discrepancies(items: Sequence[ClaimItem], matcher: ClaimMatcher) -> list[Discrepancy]:
    """Counts of the same thing (unit + predicate + similar claim) that no rounding reconciles.

    Claims, not single numbers, are grouped inside each (unit, predicate) bucket, so every figure
    a sentence gives stays together: "28 killed, including nine children" is one report.
    """
    stated: dict[tuple[str, str | None], Figures] = {}
    for item in items:
        for q in item.figures:
            if q.unit is not None:
                bucket = stated.setdefault((q.unit, q.predicate), {})
                bucket.setdefault(item.order, (item, []))[1].append(q)
    out: list[Discrepancy] = []
    for (unit, predicate), every in sorted(stated.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        out.extend(_bucket_conflicts(every, unit, predicate, matcher))
    return out


def _bucket_conflicts(every: Figures, unit: str, predicate: str | None, matcher: ClaimMatcher) -> list[Discrepancy]:
    """One (unit, predicate) bucket's conflicts: among one owner's figures, then one measure's, then
    the remaining figures grouped by wording."""
    owned, claims = _owned(every)
    found = [_number_conflict(part, unit, predicate) for same_owner in owned for part in _placed(_by_act(same_owner))]
    if unit in _MEASURED_UNITS:  # takes the measured figures out of ``claims``
        found += [_number_conflict(part, unit, predicate, subject=name)
                  for name, same_measure in _by_measure(claims) for part in _placed(_by_act(same_measure))]
    else:  # takes the figures said with one predicate out of ``claims``
        found += [_number_conflict(part, unit, predicate) for same in _by_phrase(claims) for part in _placed(_by_act(same))]
    if claims:
        found += [_number_conflict(part, unit, predicate)
                  for group in wording_groups(claims, unit, predicate, matcher)
                  for same_aspect in _by_dimension([(item, q) for item in group for q in claims[item.order][1]])
                  for part in _placed(_by_act(same_aspect))]
    return [d for d in found if d is not None]


# "a crack about 40 feet long", "12 meters (40 feet) length": the figure is a size of something, which
# another figure in the same unit ("lowered by about 8 feet") does not dispute however alike the sentences.
_DIMENSION = re.compile(r"^\s*(?:[a-z]+\)?\s+)?\(?(long|wide|deep|high|tall|thick|length|width|depth|height|diameter)\b",
                        re.IGNORECASE)
_SIZES = {"length": "long", "width": "wide", "depth": "deep", "height": "high"}


def _placed(parts: list[list[tuple[ClaimItem, Stated]]]) -> list[list[tuple[ClaimItem, Stated]]]:
    """Each part split by the place its figures are counted in ('in Halvik' / 'in the whole region'):
    counts of two places are two measures (see :mod:`summarizer.merge.figure_places`)."""
    out = []
    for part in parts:
        groups = by_place([figure_place(item.claim.text, q.text) for item, q in part])
        out.extend([part] if groups is None else [[part[k] for k in group] for group in groups])
    return out


def _by_act(members: list[tuple[ClaimItem, Stated]]) -> list[list[tuple[ClaimItem, Stated]]]:
    """An amount asked for and an amount given are two acts' figures ('asked the state for 12 million' /
    'the state delivered 5 million'): where a group holds both, each is compared with its own kind and
    with the figures said of neither act."""
    acts = [figure_act(item.claim.text, q.text) for item, q in members]
    if not {"asked", "given"} <= set(acts):
        return [members]
    return [[m for m, act in zip(members, acts, strict=True) if act != other] for other in ("given", "asked")]


def _dimension(item: ClaimItem, q: Stated) -> str | None:
    at = item.claim.text.find(q.text)
    found = _DIMENSION.match(item.claim.text[at + len(q.text) : at + len(q.text) + 40]) if at >= 0 else None
    return _SIZES.get(found.group(1).lower(), found.group(1).lower()) if found else None


def _by_dimension(members: list[tuple[ClaimItem, Stated]]) -> list[list[tuple[ClaimItem, Stated]]]:
    """The members split by the size each figure states (none for a count or an amount)."""
    parts: dict[str | None, list[tuple[ClaimItem, Stated]]] = {}
    for item, q in members:
        parts.setdefault(_dimension(item, q), []).append((item, q))
    return list(parts.values())


# Units whose figures say what they measure only through the noun they are stated of.
_MEASURED_UNITS = frozenset(["%", *MAJOR_CURRENCIES, *SPEED_UNITS])


def _by_measure(claims: Figures) -> list[tuple[str, list[tuple[ClaimItem, Stated]]]]:
    """Figures stated of one measure ('turnout was', 'the participation was of'), taken out of
    ``claims`` when independent sources state it: the rest are still grouped by wording.

    A source giving one measure two different values is describing two things (two regions, two
    rounds), so such a measure is left to the wording; so is a measure only one source states.
    """
    measures: dict[str, list[tuple[ClaimItem, Stated]]] = {}
    names: dict[str, str] = {}
    for item, figures in claims.values():
        for q in figures:
            found = measure_of(item.claim.text, q.text)
            if found is not None:
                measures.setdefault(found[0], []).append((item, q))
                names.setdefault(found[0], found[1])
    _fold_costs(measures, names)
    out: list[tuple[str, list[tuple[ClaimItem, Stated]]]] = []
    for key, members in measures.items():
        if not _one_measure(members):
            continue
        out.append((names[key][:1].upper() + names[key][1:], members))
        _take(claims, members)
    return out


# What is said of a count right after it: "14 people | were taken to hospital", up to the clause's end.
_SAID_OF = re.compile(r"^(?:\s+[a-z][\w'’-]*)?\s+(?P<said>(?:[a-z][\w'’-]*\s*){1,8})")
_PHRASE_WORDS = 2  # content words a predicate needs to name what happened
# Where what is said of the count ends: a clause joined after it ("… after a blast wrecked a shop").
_CLAUSE_END = re.compile(r"\b(?:after|before|when|while|because|as|since|following|and|but|or|which|who|that|with|from|in|on|at|by)\b")


# Words that say a figure is a running tally, not what befell the things counted: "given so far", "sold to date".
_TALLY = re.compile(r"\b(?:so far|to date|already|now|yet|in total|in all|overall|altogether|thus far)\b")
# "41,000 doses have been given", "doses were given": a passive names the act done to what is counted.
_PASSIVE = re.compile(r"^(?:(?:have|has|had)\s+been|(?:were|was|are|is)(?:\s+being)?)\s+[a-z]+\s*$")


def _said_of(text: str, q: Stated) -> str | None:
    """Stems of the content words said of the figure right after it and its unit ('take hospital'), or None.
    One word is enough when a passive says what was done to the things counted ('doses have been given');
    people counted have their tolls (see :mod:`summarizer.merge.count_groups`)."""
    at = text.find(q.text)
    if at < 0:
        return None
    rest = text[at + len(q.text) :]
    found = _SAID_OF.match(rest)
    if found is None:
        return None
    said = _CLAUSE_END.split(_TALLY.sub(" ", found.group("said")))[0]
    words = [w for w in said.split() if w not in STOPWORDS]
    stems = [stem(w) for w in words]  # the auxiliaries are stopwords
    if len(stems) == 1 and q.unit != "person" and _PASSIVE.match(" ".join(said.split())):
        return stems[0]
    return " ".join(stems) if len(stems) >= _PHRASE_WORDS else None


def _by_phrase(claims: Figures) -> list[list[tuple[ClaimItem, Stated]]]:
    """Counts said of in the same words by independent sources ('14 people were taken to hospital',
    'Seventeen people were taken to hospital'), each source one value: one count of one thing,
    however different the rest of their sentences (a split claim keeps little else). Taken out of
    ``claims``; the rest are still grouped by wording."""
    said: dict[str, list[tuple[ClaimItem, Stated]]] = {}
    for item, figures in claims.values():
        for q in figures:
            key = _said_of(item.claim.text, q)
            if key is not None:
                said.setdefault(key, []).append((item, q))
    out: list[list[tuple[ClaimItem, Stated]]] = []
    for members in said.values():
        if not _one_measure(members) or len({round(q.value, 6) for _, q in members}) < 2:
            continue  # agreeing figures stay with their wording (they may still dispute another)
        out.append(members)
        _take(claims, members)
    for members in out:  # "Around 41,000 doses have been administered": an agreeing value worded apart joins
        joined = _agreeing(claims, members)
        members.extend(joined)
        _take(claims, joined)
    return out


def _agreeing(claims: Figures, members: list[tuple[ClaimItem, Stated]]) -> list[tuple[ClaimItem, Stated]]:
    """Figures of sources the measure lacks that equal one of its values, where the source gives no other
    figure of the unit: the same count told with another verb, not a rival to anything."""
    sources = {item.independent for item, _ in members}
    per_source: dict[str, list[tuple[ClaimItem, Stated]]] = {}
    for item, figures in claims.values():
        per_source.setdefault(item.independent, []).extend((item, q) for q in figures)
    return [told[0] for source, told in per_source.items()
            if source not in sources and len(told) == 1 and any(compatible(told[0][1], q) for _, q in members)]


def _take(claims: Figures, members: list[tuple[ClaimItem, Stated]]) -> None:
    """Remove figures a finder has placed from ``claims``, so no later bucket compares them again."""
    for item, q in members:
        left = [f for f in claims[item.order][1] if f is not q]
        if left:
            claims[item.order] = (item, left)
        else:
            claims.pop(item.order, None)


def _one_measure(members: list[tuple[ClaimItem, Stated]]) -> bool:
    """Stated by two or more independent sources, each giving it one value."""
    per_source: dict[str, list[Stated]] = {}
    for item, q in members:
        per_source.setdefault(item.independent, []).append(q)
    return len(per_source) >= 2 and all(all(compatible(v[0], q) for q in v[1:]) for v in per_source.values())


def _fold_costs(measures: dict[str, list[tuple[ClaimItem, Stated]]], names: dict[str, str]) -> None:
    """Costs (or values) the outlets say of differently named things ('the disruption would cost', 'the
    meltdown cost it', 'put the cost of the day at'; 'treasures worth', 'valued the haul at') are one
    cost of the story when each outlet states one such value in all: a story's cost told once per
    outlet in its own words. An outlet giving two (the repairs and the whole project) keeps every one
    to its own name."""
    for family in (COST, VALUE):
        # A value read only off an amount before a thing ('a $2 million yacht') is that thing's: it joins the same
        # thing's value ('valued the yacht at') by its key, never a cost or value of something else.
        keys = [key for key in measures if (key == family or key.endswith(f" {family}"))
                and not all(prices_a_thing(item.claim.text, q.text) for item, q in measures[key])]
        if len(keys) < 2:
            continue
        members = [m for key in keys for m in measures[key]]
        if not _one_measure(members):
            continue
        shared = max(keys, key=lambda k: len({item.independent for item, _ in measures[k]}))
        name = names[shared] if len({item.independent for item, _ in measures[shared]}) >= 2 else family
        for key in keys:
            del measures[key]
        measures[family] = members
        names[family] = name


def _owned(claims: Figures) -> tuple[list[list[tuple[ClaimItem, Stated]]], Figures]:
    """Figures whose sentence says whose they are ('Ferro's 48.9%', 'Lindqvist won 49.6%'), grouped
    by owner (owners sharing a name key are one), and the claims' remaining figures.

    One owner's figure is one measure however differently two outlets word the sentence, and two
    owners' figures are two measures however alike the wording: a results table is not a conflict.
    """
    owners: list[tuple[set[str], list[tuple[ClaimItem, Stated]]]] = []
    rest: Figures = {}
    for order, (item, figures) in claims.items():
        for q in figures:
            keys = figure_owner(item.claim.text, q)
            if keys is None:
                rest.setdefault(order, (item, []))[1].append(q)
                continue
            hits = [o for o in owners if o[0] & keys]
            merged: tuple[set[str], list[tuple[ClaimItem, Stated]]] = (set(keys), [(item, q)])
            for hit in hits:
                merged[0].update(hit[0])
                merged[1].extend(hit[1])
                owners.remove(hit)
            owners.append(merged)
    if len(owners) < 2:  # one owner named among unnamed figures: nothing to keep apart
        for _, members in owners:
            for item, q in members:
                rest.setdefault(item.order, (item, []))[1].append(q)
        rest = {order: (item, [q for q in claims[order][1] if q in figures]) for order, (item, figures) in rest.items()}
        return [], dict(sorted(rest.items()))
    return [members for _, members in owners], rest


_TOTAL = re.compile(
    r"\b(?:all|of all|a total of|total of|in all|every one of the)\s+$|\d[\d,]*\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s?\s+)?$",
    re.IGNORECASE,
)


def is_total(item: ClaimItem, q: Stated) -> bool:
    """'all 1,846 polling stations': the whole, which a part ('214 polling stations') never disputes."""
    at = item.claim.text.find(q.text)
    return at >= 0 and _TOTAL.search(item.claim.text[max(0, at - 20) : at]) is not None


def _wholes(members: list[tuple[ClaimItem, Stated]]) -> list[tuple[ClaimItem, Stated]]:
    """The figures told as a whole ('all 1,846 polling stations', the 41 of '17 of the 41 papers'), and any
    figure that agrees with a whole a part is taken out of ('examined 41 papers' beside '17 of the 41')."""
    wholes = {q.whole for _, q in members if q.whole is not None}
    return [(item, q) for item, q in members if is_total(item, q) or (
        q.whole is None and any(compatible(q, replace(q, value=w, approximate=False, bound=None)) for w in wholes))]


def _compared_level(
    members: list[tuple[ClaimItem, Stated]], totals: list[tuple[ClaimItem, Stated]]
) -> list[tuple[ClaimItem, Stated]]:
    """The level a part-and-whole count is compared at. The parts among themselves ('17 of the 41 papers'
    against '12 papers'), unless the figures told as neither part nor whole lie nearer the wholes: against
    'five bidders, four of them by phone', 'six bidders' rivals the five, not the four. A rival figure is
    taken for the level whose figures it is nearest to, as a ratio."""
    parts = [m for m in members if m not in totals and m[1].whole is not None]
    loose = [m for m in members if m not in totals and m[1].whole is None]
    if parts and loose:
        near_wholes = sum(_ratio_gap(q, totals) < _ratio_gap(q, parts) for _, q in loose)
        if 2 * near_wholes > len(loose):
            return [m for m in members if m[1].whole is None]  # the wholes and their rivals; the parts aside
    return [m for m in members if m not in totals]  # the parts are compared among themselves


def _ratio_gap(q: Stated, level: list[tuple[ClaimItem, Stated]]) -> float:
    return min(abs(math.log((q.value + 1) / (other.value + 1))) for _, other in level)


def _number_conflict(
    members: list[tuple[ClaimItem, Stated]], unit: str, predicate: str | None, subject: str | None = None
) -> Discrepancy | None:
    totals = _wholes(members)
    if totals and len(totals) < len(members):
        members = _compared_level(members, totals)
    if len({item.independent for item, _ in members}) < 2:
        return None
    members = _by_voice(members, unit, predicate)
    clusters = _value_clusters(members)
    if _one_figure_common(clusters) or not _rivals_apart(clusters):
        return None
    positions = [
        Position(
            value=value_text(lead, bucket),
            sources=sorted_sources(i.source for i, _ in bucket),
            evidence=spans_in_order(i.span for i, _ in bucket),
        )
        for lead, bucket in clusters
    ]
    positions.sort(key=lambda p: (-len(p.sources), source_order(p.sources[0])))
    subject = subject or measured_subject(members, unit, predicate)
    listing = " vs ".join(f"{p.value} ({', '.join(p.sources)})" for p in positions)
    summary = f"Sources give different figures: {listing}."
    if not predicate:
        # The subject stays short for the table; the sentence that carries the figure says what is counted.
        summary += f" For example: “{shortened(members[0][0].claim.text, 140)}”"
    return Discrepancy(subject=subject, kind="number", summary=summary, positions=positions)


def _by_voice(members: list[tuple[ClaimItem, Stated]], unit: str, predicate: str | None) -> list[tuple[ClaimItem, Stated]]:
    """The figures in voice order (see :func:`summarizer.merge.count_groups.voice`), each voice's figures together."""
    per_source: dict[tuple[str, str], list[tuple[ClaimItem, Stated]]] = {}
    for item, q in members:
        per_source.setdefault(voice(item), []).append((item, q))
    if predicate is not None and unit == "person":
        # A toll's headline figure is its largest: "28 killed, including nine children" reports 28,
        # and the nine is a part of it, not a rival count.
        per_source = {s: [max(v, key=lambda m: m[1].value)] for s, v in per_source.items()}
    voices = sorted(per_source, key=lambda v: (source_order(v[0]), v[1]))
    return [m for s in voices for m in per_source[s]]


def _value_clusters(members: list[tuple[ClaimItem, Stated]]) -> list[tuple[Stated, list[tuple[ClaimItem, Stated]]]]:
    """Figures that rounding reconciles, clustered in value order, each led by its lowest figure.

    A figure joins a cluster only when it could be true beside every member: 'at least 3' admits 5 and
    10, but 5 and 10 are rival counts, not one position."""
    clusters: list[tuple[Stated, list[tuple[ClaimItem, Stated]]]] = []
    for item, q in sorted(members, key=lambda m: (m[1].value, source_order(m[0].source), m[0].span.start)):
        if clusters and all(compatible(m, q) for _, m in clusters[-1][1]):  # sorted by value: only the last can match
            clusters[-1][1].append((item, q))
        else:
            clusters.append((q, [(item, q)]))
    return clusters


def _rivals_apart(clusters: list[tuple[Stated, list[tuple[ClaimItem, Stated]]]]) -> bool:
    """Do two voices hold rival figures? Two figures one voice states in its own words are two measures
    or a count that moved ('an estimate of £6m to £8m', 'sold for £10.6m'; 'rose from 12 to 15'), never
    rivals: a dispute needs figures no single voice holds together."""
    held: dict[tuple[str, str], set[int]] = {}
    for k, (_, bucket) in enumerate(clusters):
        for item, _ in bucket:
            held.setdefault(voice(item), set()).add(k)
    together = {(a, b) for ks in held.values() for a in ks for b in ks if a < b}
    views = list(held.values())
    return any((min(a, b), max(a, b)) not in together
               for i, one in enumerate(views) for other in views[i + 1 :] for a in one - other for b in other - one)


def _one_figure_common(clusters: list[tuple[Stated, list[tuple[ClaimItem, Stated]]]]) -> bool:
    """Sources agree when one figure is common to all of them (or only one voice speaks): "fell to 4.8%
    from 5.2%" and "fell to 4.8%" are the same report. One set intersection, not a comparison per pair
    of sources, so a fact repeated by a thousand outlets stays cheap."""
    held: dict[tuple[str, str], set[int]] = {}
    for k, (_, bucket) in enumerate(clusters):
        for item, _ in bucket:
            held.setdefault(voice(item), set()).add(k)
    return len(held) < 2 or bool(set.intersection(*held.values()))
