"""The claim ledger: claims that say the same thing, grouped across articles, ranked by support.

A key point is only as strong as the independent sources behind it, so every group keeps each
member claim's source and evidence span, counts copies of one story once, and stays marked hedged
when no member asserts it as fact. Whether two claims state one fact is
:class:`summarizer.merge.claims.ClaimMatcher`'s call; a source puts at most one claim in a group
unless it repeats itself.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from summarizer.align import lsh_keys
from summarizer.align.thresholds import CENTROID_SLACK, LINKAGE, REPEAT, SAME_CLAIM, TOLD_MARGIN
from summarizer.merge._text import distinct_sources, opinionated, quoted_tokens, sorted_sources, source_order, stem, undatelined
from summarizer.merge.claims import THRESHOLD, ClaimItem, ClaimMatcher
from summarizer.merge.cluster import MAX_POSTINGS, MEMBERS_CHECKED, Group, LeaderIndex, UnionFind
from summarizer.merge.corroborate import joins_facts
from summarizer.merge.independence import Independence
from summarizer.merge.numbers import Stated, compatible
from summarizer.schema import KeyPoint, Span

if TYPE_CHECKING:
    from summarizer.merge.accounts import Decided

MAX_CLASH_CHECKED = 64
LINK_CANDIDATES = 5  # groups compared per group in the second pass
NEAR_WEIGHT = 0.3
NEAR_BANDS = 16  # candidate weight of one shared embedding bucket (a rare shared word weighs 2-6)


def figures_clash(a: ClaimItem, b: ClaimItem) -> bool:
    """Do two claims give irreconcilable counts of the same thing (same unit and predicate)?

    One figure in common is enough to agree ("fell to 4.8% from 5.2%" and "4.8%").
    """
    if not a.figures or not b.figures:
        return False
    for key in {(q.unit, q.predicate) for q in a.figures} & {(q.unit, q.predicate) for q in b.figures}:
        mine = [q for q in a.figures if (q.unit, q.predicate) == key]
        theirs = [q for q in b.figures if (q.unit, q.predicate) == key]
        if not any(compatible(x, y) for x in mine for y in theirs):
            return True
    return False


def clean_members(members: Sequence[ClaimItem]) -> list[ClaimItem]:
    """Members whose figures no other member contradicts: the wordings a group may be cited for.

    Similarity groups never hold rival counts, but a group joined by event can ("ended a nine-day
    strike" and "finished after ten days of stop" both report the end of the strike); its text must
    then come from a member that states no contested figure. Only members with figures are
    compared, and at most a bounded number of them, so the check stays cheap on big groups.
    """
    figured = [m for m in members if m.figures][:MAX_CLASH_CHECKED]
    if len(figured) < 2:
        return list(members)
    contested = _contested(figured)
    return [m for m in members if m.order not in contested]


def _contested(figured: Sequence[ClaimItem]) -> set[int]:
    """Orders of the members some other member contradicts (:func:`figures_clash` between them).

    Compared kind by kind (unit and predicate), and each distinct statement of a kind once: members
    giving the very same figures of a kind (a group of copies) share one answer, so a big group costs
    its distinct figures, not every pair of its members.
    """
    kinds: dict[tuple[object, object], dict[frozenset[tuple[object, ...]], tuple[list[Stated], list[int]]]] = {}
    for m in figured:
        of_kind: dict[tuple[object, object], list[Stated]] = {}
        for q in m.figures:
            of_kind.setdefault((q.unit, q.predicate), []).append(q)
        for kind, stated in of_kind.items():
            # compatible() reads a figure's value, bound and approximation only
            said = frozenset((q.value, q.bound, q.approximate) for q in stated)
            kinds.setdefault(kind, {}).setdefault(said, (stated, []))[1].append(m.order)
    contested: set[int] = set()
    for statements in kinds.values():
        rows = list(statements.values())
        for i, (mine, orders) in enumerate(rows):
            for theirs, others in rows[i if len(orders) > 1 else i + 1 :]:
                if not any(compatible(x, y) for x in mine for y in theirs):
                    contested.update(orders, others)
    return contested


def _fragment(text: str) -> bool:
    """Does the wording open in lower case, as the second clause of a split sentence does?"""
    first = text.lstrip("\"'“‘([ ")[:1]
    return first.islower()


def lead_of(group: Sequence[ClaimItem]) -> ClaimItem:
    """The member whose wording a key point shows: no contested figure, the most central, then most salient.

    Central is the wording sharing most words with the other members: what most outlets say, in
    the words most of them use, rather than one outlet's rendering (a machine translation's
    "approximately 38.000 patients have got tablets" beside three "about 38,000 patients").
    Only the first members are compared, so a huge group stays cheap.
    """
    candidates = clean_members(group) or list(group)
    # An outlet's verdict ("…, and rightly so") is its own: cite the fact in another's plain words.
    candidates = [c for c in candidates if not opinionated(c.claim.text)] or candidates
    # A clause cut from a longer sentence ("five had been brought up by seven") reads as a fragment
    # where another member is a sentence of its own.
    candidates = [c for c in candidates if not _fragment(c.claim.text)] or candidates
    # An outlet writing in its own language words the point; a machine translation ("The company of
    # waters has forbidden to around 62.000 residents …") only where no other member does.
    candidates = [c for c in candidates if not c.translated] or candidates
    if len(candidates) > 2:
        sample = candidates[:MAX_CLASH_CHECKED]

        def central(item: ClaimItem) -> float:
            return round(sum(len(item.tokens & o.tokens) / max(1, len(item.tokens | o.tokens)) for o in sample if o is not item), 4)

        return max(candidates, key=lambda i: (central(i), i.claim.salience, -source_order(i.source)[1], -i.order))
    if len(candidates) == 2:
        a, b = candidates
        shared = a.tokens & b.tokens
        told_a, told_b = len(shared) / max(1, len(a.tokens)), len(shared) / max(1, len(b.tokens))
        # Two members of a group, one joining two facts: the other, which it states nearly all of, is the fact
        # they share; its further clause is a fact of its own ('X asked for a recount' joined to the vote shares).
        told, other = (a, b) if told_a > told_b else (b, a)
        if abs(told_a - told_b) >= TOLD_MARGIN and joins_facts(other.claim.text) and not joins_facts(told.claim.text):
            return told
    return max(candidates, key=lambda i: (i.claim.salience, -source_order(i.source)[1], -i.order))


def new_figures(item: ClaimItem, lead: ClaimItem, members: Sequence[ClaimItem]) -> list[Stated]:
    """Figures ``item`` states that ``lead`` does not and no member contradicts ('raise wages by 12 percent')."""
    out: list[Stated] = []
    for q in item.figures:
        if any((p.unit, p.predicate) == (q.unit, q.predicate) and compatible(p, q) for p in lead.figures):
            continue
        rivals = [p for m in members[:MAX_CLASH_CHECKED] if m.source != item.source for p in m.figures if p.unit == q.unit]
        if not any(p.predicate == q.predicate and not compatible(p, q) for p in rivals):
            out.append(q)
    return out


def _no_clash(item: ClaimItem, group: Group[ClaimItem], matcher: ClaimMatcher, own: ClaimItem | None) -> bool:
    # A key point cites every member's source for its text: "1,200 workers [S1, S3]" would put a
    # figure in S3's mouth that S3 contradicts, so claims with rival counts stay separate points
    # (the discrepancy section then shows both).
    if any(figures_clash(item, m) for m in group.members[:MEMBERS_CHECKED]):
        return False
    # Nor rival decisions: "ordered police to clear the gates" [S4] and "asked police for options, but
    # did not order them" [S5] under one point would cite S4 for what S4 contradicts; the account
    # finder lists them as a disagreement instead, as consolidation below already keeps them apart.
    mine = matcher.decision(item)
    if mine is not None and any(_rival(mine, d) for d in map(matcher.decision, group.members[:MEMBERS_CHECKED])):
        return False
    # One member per source: a second sentence of the same article is another fact, or the same
    # one repeated nearly word for word (a lede restated), never extra corroboration.
    if own is not None and matcher.cosine(item, own) < REPEAT and item.tokens != own.tokens:
        return False
    # No chaining: a sentence stating two facts is close to a report of each, but a report of the
    # one fact must not join a report of the other through it. Every checked member must be at
    # least near the newcomer in meaning, or share its words.
    floor = SAME_CLAIM - CENTROID_SLACK
    return all(matcher.near(item, m, floor) for m in group.members[:MEMBERS_CHECKED])


def _rival(a: Decided, b: Decided | None) -> bool:
    """Two accounts of a decision that cannot both be true: different classes, or one denying the other's."""
    return b is not None and (a.name != b.name or a.name in b.denied or b.name in a.denied)


def near_keys(matcher: ClaimMatcher, count: int) -> list[list[tuple[str, int, int]]]:
    """Per claim, locality-sensitive hash keys of its embedding: candidates the words alone miss.

    Buckets get finer as the input grows (a few groups per bucket), so retrieval stays linear;
    small stories keep coarse buckets and so find nearly every close pair.
    """
    bits = min(14, max(6, count.bit_length() - 3))
    return [[("near", band, code) for band, code in enumerate(row)] for row in lsh_keys(matcher.vectors, bits=bits, bands=NEAR_BANDS)]


def group_claims(items: Sequence[ClaimItem], matcher: ClaimMatcher) -> list[list[ClaimItem]]:
    """Groups in order of first appearance; names, numbers and embedding buckets retrieve candidates."""
    by_source: dict[int, dict[str, ClaimItem]] = {}  # id(group) -> the first member of each source

    def compatible(item: ClaimItem, group: Group[ClaimItem]) -> bool:
        return _no_clash(item, group, matcher, by_source.get(id(group), {}).get(item.source))

    def score(item: ClaimItem, member: ClaimItem) -> float:  # the index asks only whether it reaches THRESHOLD
        return 0.0 if _apart(item, member) else matcher.same_fact(item, member)

    index: LeaderIndex[ClaimItem] = LeaderIndex(score, THRESHOLD, weight=matcher.weight, compatible=compatible)
    near = near_keys(matcher, len(items))
    for item in items:
        names = sorted({stem(a) if not a.startswith("#") else a for a in item.anchors} & item.tokens)
        # sorted()[:n] is heapq.nsmallest's answer (documented so), made in C: faster on a claim's few words.
        gid = index.add(item, item.tokens, sorted(names, key=lambda t: (-matcher.weight(t), t))[:3], near[item.order], NEAR_WEIGHT)
        by_source.setdefault(id(index.groups[gid]), {}).setdefault(item.source, item)
    return consolidate([g.members for g in index.groups], matcher, near)


def _linkage(a: Sequence[ClaimItem], b: Sequence[ClaimItem], matcher: ClaimMatcher) -> float:
    """Share of the checked cross-source member pairs the pair rule calls one fact (0 when none compare)."""
    pairs = [(x, y) for x in a[:MEMBERS_CHECKED] for y in b[:MEMBERS_CHECKED] if x.source != y.source]
    if not pairs:
        return 0.0
    return sum(not _apart(x, y) and matcher.same_fact(x, y) >= THRESHOLD for x, y in pairs) / len(pairs)


def _apart(a: ClaimItem, b: ClaimItem) -> bool:
    """Two claims of one language sharing no word, whole or in their main clauses: the pair rule scores them 0 (or
    less, by the act penalty), under the bar it starts from, so they are never one fact. A third of the pairs the
    ledger checks on real news; settled here with two set tests instead of the rule's weights.

    Nor is a sentence that is mainly a quotation one fact with a claim sharing no word of the quotation: the words
    they share are the attribution's ('…," said the district's chief engineer, Ann Roe' / 'Chief engineer Ann Roe is
    a decent engineer, but …'), who speaks, not what is said."""
    if _shares_no_quoted_word(a, b) or _shares_no_quoted_word(b, a):
        return True
    return (a.tokens.isdisjoint(b.tokens) and a.main_tokens.isdisjoint(b.main_tokens)
            and not (a.language and b.language and a.language != b.language))


def _shares_no_quoted_word(quoting: ClaimItem, other: ClaimItem) -> bool:
    said = quoted_tokens(quoting.claim.text)
    two_languages = quoting.language and other.language and quoting.language != other.language  # compared by names alone
    return said is not None and said.isdisjoint(other.tokens) and not two_languages


def _joinable(a: Sequence[ClaimItem], b: Sequence[ClaimItem], matcher: ClaimMatcher) -> bool:
    """No figure one group states contradicts the other's, and no rival decisions between them."""
    if any(figures_clash(x, y) for x in a[:MAX_CLASH_CHECKED] for y in b[:MAX_CLASH_CHECKED]):
        return False
    decided_a, decided_b = ({d.name for d in map(matcher.decision, g[:MEMBERS_CHECKED]) if d is not None} for g in (a, b))
    return not (decided_a and decided_b and not decided_a & decided_b)


Near = Sequence[Sequence[tuple[str, int, int]]]


def consolidate(groups: list[list[ClaimItem]], matcher: ClaimMatcher, near: Near) -> list[list[ClaimItem]]:
    """A second pass joining groups that report one fact, which the first pass split.

    Items join groups one at a time in reading order, so where an outlet states a fact twice
    (the lede, then the body) its two sentences can seed two groups, each gathering part of the
    other outlets: "Route 38 is closed" [S1, S4, S5] beside "the patrol expects the road to stay
    shut" [S1, S2, S3]. Whole groups are compared by average linkage of the same pair rule,
    strongest first, and never across a figure one contradicts or rival decisions.
    """
    if len(groups) < 2:
        return groups
    pairs = sorted(
        (-link, gid, other)
        for gid, other in _candidate_pairs(groups, matcher, near)
        if (link := _linkage(groups[gid], groups[other], matcher)) >= LINKAGE
    )
    joined: UnionFind[int] = UnionFind(lambda gid: (gid,))  # the first group of a join is its root
    members = {gid: list(g) for gid, g in enumerate(groups)}
    for _, a, b in pairs:
        ra, rb = sorted((joined.find(a), joined.find(b)))
        if ra == rb or _linkage(members[ra], members[rb], matcher) < LINKAGE or not _joinable(members[ra], members[rb], matcher):
            continue
        joined.union(ra, rb)
        members[ra] = sorted(members[ra] + members.pop(rb), key=lambda i: i.order)
    return [members[gid] for gid in sorted(members)]


def _candidate_pairs(groups: Sequence[Sequence[ClaimItem]], matcher: ClaimMatcher, near: Near) -> list[tuple[int, int]]:
    """(gid, later gid) pairs worth comparing: the few groups sharing most rare words or embedding buckets."""
    postings: dict[object, list[int]] = {}
    keys_of: list[set[object]] = []
    # A token's place among a claim's weightiest first, looked up in C rather than weighed per claim (every claim's
    # tokens are in the matcher's idf table, which is what matcher.weight reads).
    rank = {t: (-w, t) for t, w in matcher.idf.items()}
    for gid, group in enumerate(groups):
        keys: set[object] = set()
        for item in group[:MEMBERS_CHECKED]:
            keys.update(sorted(item.tokens, key=rank.__getitem__)[:3])
            keys.update(near[item.order])
        keys_of.append(keys)
        for key in keys:
            postings.setdefault(key, []).append(gid)
    # Each group names its LINK_CANDIDATES closest later groups and its LINK_CANDIDATES closest earlier ones: a
    # small group (one outlet's wording) whose closest group is an earlier, bigger one is found from its own
    # side, though that group's closest later ones are others.
    # A posting lists its groups in ascending order, each once: the group itself splits it into the earlier and
    # the later ones, so each side's weights are summed apart (in the same order) rather than split after.
    weight_of = {key: NEAR_WEIGHT if isinstance(key, tuple) else matcher.weight(key)
                 for key, posting in postings.items() if 1 < len(posting) <= MAX_POSTINGS}
    out: set[tuple[int, int]] = set()
    for gid, keys in enumerate(keys_of):
        earlier: dict[int, float] = {}
        later: dict[int, float] = {}
        for key in keys:
            weight = weight_of.get(key)
            if weight is None:
                continue
            posting = postings[key]
            cut = bisect_left(posting, gid)
            for other in posting[:cut]:
                earlier[other] = earlier.get(other, 0.0) + weight
            for other in posting[cut + 1 :]:
                later[other] = later.get(other, 0.0) + weight
        out.update((gid, other) for other in _closest(later))
        out.update((other, gid) for other in _closest(earlier))
    return sorted(out)


def _closest(shared: dict[int, float]) -> list[int]:
    """The LINK_CANDIDATES groups sharing the most weight, ties to the earlier group."""
    if len(shared) > LINK_CANDIDATES:  # only those weighing at least the LINK_CANDIDATES-th weight can be among the first
        floor = sorted(shared.values(), reverse=True)[LINK_CANDIDATES - 1]
        shared = {other: weight for other, weight in shared.items() if weight >= floor}
    return [other for _, other in sorted([(-weight, other) for other, weight in shared.items()])[:LINK_CANDIDATES]]


def key_points(
    groups: Sequence[Sequence[ClaimItem]],
    independence: Independence,
    event_support: Callable[[Span], int] | None = None,
    details: Collection[int] = (),
) -> list[KeyPoint]:
    """One key point per group, ranked by independent support, then centrality and salience.

    ``event_support`` gives, for a claim's sentence, how many independent sources report the dated
    event that sentence states. The central event of a story ("the strike ended") is told in a
    different sentence by every source, so its claims rarely group, while a side figure repeated
    word for word does; counting the event's sources keeps the story's main turn on top.
    ``details`` are the indexes of groups that restate a joined event with a fact of their own
    (:func:`~summarizer.merge.events.join_by_events`): the event's support is the joined point's,
    so they rank by their own sources.
    """
    n_independent = max(1, len({i.independent for g in groups for i in g}))
    spread: dict[str, set[str]] = {}
    for group in groups:
        for item in group:
            for token in item.tokens:
                spread.setdefault(token, set()).add(item.independent)
    ranked: list[tuple[tuple[float, tuple[str, int, str], int], KeyPoint]] = []
    for gid, group in enumerate(groups):
        sources = sorted_sources(i.source for i in group)
        independent = independence.count(sources)
        boosted = event_support is not None and gid not in details
        support = max([independent, *(event_support(i.span) for i in group)]) if event_support and boosted else independent
        lead = lead_of(group)
        tokens = set().union(*(i.tokens for i in group))
        widths = sorted((len(spread[t]) for t in tokens if not t.startswith("#")), reverse=True)[:5]
        centrality = (sum(widths) / len(widths) / n_independent) if widths else 0.0
        salience = max(i.claim.salience for i in group)
        score = round(support + 0.5 * salience + 0.5 * centrality, 4)
        evidence = [i.span for i in sorted(group, key=lambda i: (source_order(i.source), i.span.start))]
        point = KeyPoint(
            text=undatelined(lead.claim.text),
            sources=sources,
            evidence=evidence,
            independent_sources=independent,
            single_source=independent == 1,
            attribution=distinct_sources(i.claim.attribution for i in group if i.claim.attribution),
            hedged=all(i.claim.hedged for i in group),
            score=score,
        )
        ranked.append(((-score, source_order(evidence[0].source), evidence[0].start), point))
    ranked.sort(key=lambda kv: kv[0])
    return [p for _, p in ranked]
