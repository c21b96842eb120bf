"""Which claims of one (unit, predicate) bucket report one count, so their figures are compared.

Split from :mod:`summarizer.merge.discrepancies`, which finds the conflicts among the groups made
here: one group when every outlet counts the thing once (a toll, a lone concrete count), else groups
of similar wording, joined where the index split them only by the order the reports came in.
"""

from __future__ import annotations

import re

from summarizer.merge.claims import ClaimItem, ClaimMatcher
from summarizer.merge.cluster import LeaderIndex
from summarizer.merge.numbers import Stated
from summarizer.numbers import MAJOR_CURRENCIES
from summarizer.quantities import DURATION_UNITS
from summarizer.text import stem

SAME_SUBJECT = 0.3
SAME_EVENT = 0.2  # one story rarely has two unrelated counts of the same kind of act (killed, seized…)
TIME_UNITS = DURATION_UNITS - {stem("decade")}  # the time units the lone-count rule reads (decades never were)
# Units so common in news that one figure per article says nothing about *what* is counted.
_VAGUE_UNITS = frozenset(["person", "%", *MAJOR_CURRENCIES, stem("time")])
LONE_RATIO = 2.0
TOLL_RATIO = 10.0
"""A toll's figures within this factor are one count's rivals (early reports of one attack: 'at least two' /
'five, the council says' / 'ten, hospital sources say'); other lone counts keep LONE_RATIO."""
_TOLLS = frozenset(["killed", "injured", "sickened", "missing"])  # what befell people, counted once per outlet

Figures = dict[int, tuple[ClaimItem, list[Stated]]]


def voice(item: ClaimItem) -> tuple[str, str]:
    """Who stands behind a figure: the source, and within it the party the claim attributes it to.

    "Budget documents put the cost at 55 million; the minister had put it at 40 million" is one
    article reporting two rival figures, not an article hedging between them.
    """
    who = (item.claim.attribution or "").strip().lower()
    return item.independent, re.sub(r"^(the|a|an)\s+", "", who)


def wording_groups(claims: Figures, unit: str, predicate: str | None, matcher: ClaimMatcher) -> list[list[ClaimItem]]:
    """The claims grouped as reports of one count: all of them when each article counts this once (see
    :func:`_lone_figures`), else by similar wording."""
    now = {k: v for k, v in claims.items() if not _another_year(v[0])}
    groups = _lone_figures(now, unit, matcher, predicate)
    if groups is not None:  # the figures told of another year's event are compared among themselves
        return groups + _by_wording([v for k, v in claims.items() if k not in now], matcher, predicate)
    return _by_wording(list(claims.values()), matcher, predicate)


def _by_wording(claims: list[tuple[ClaimItem, list[Stated]]], matcher: ClaimMatcher, predicate: str | None) -> list[list[ClaimItem]]:
    threshold = SAME_EVENT if predicate else SAME_SUBJECT
    index: LeaderIndex[ClaimItem] = LeaderIndex(matcher.similarity, threshold, weight=matcher.weight, max_postings=50)
    for item, _ in claims:
        index.add(item, {t for t in item.tokens if not t.startswith("#")})
    return _rejoined([g.members for g in index.groups], matcher, threshold)


# A year the sentence's figure is told of ('In 2027 a fault stopped a train with 150 passengers', 'in the 2026
# referendum'); 'since 2011' or 'by 2030' bound a comparison or a goal and leave the figure in the story's time.
_TOLD_OF_YEAR = re.compile(r"\b(?:in|during|of)\s+(?:the\s+)?((?:19|20)\d\d)\b(?![-/\u2013]\d)", re.IGNORECASE)


def _another_year(item: ClaimItem) -> bool:
    """The claim tells of another year than its report's: its figure is another event's, no rival of this story's."""
    if item.year is None:
        return False
    return any(int(m.group(1)) != item.year for m in _TOLD_OF_YEAR.finditer(item.claim.text))


REJOIN_CLAIMS = 40  # a bucket this small is regrouped by every pair; a larger one keeps the index's groups


def _rejoined(groups: list[list[ClaimItem]], matcher: ClaimMatcher, threshold: float) -> list[list[ClaimItem]]:
    """Groups the index split only by the order reports came in, joined: a 6 p.m. tally first met a noon
    report worded unlike it, which started a group, and the other noon report, worded like both, joined
    the first group. Two groups with a pair of members as alike as the index requires are one count."""
    if len(groups) < 2 or sum(len(g) for g in groups) > REJOIN_CLAIMS:
        return groups
    out = [list(g) for g in groups]
    joined = True
    while joined:
        joined = False
        for i, j in [(x, y) for x in range(len(out)) for y in range(x + 1, len(out))]:
            if any(matcher.similarity(a, b) >= threshold for a in out[i] for b in out[j]):
                out[i] = sorted(out[i] + out.pop(j), key=lambda item: item.order)
                joined = True
                break
    return out


def _lone_figures(
    claims: dict[int, tuple[ClaimItem, list[Stated]]], unit: str, matcher: ClaimMatcher, predicate: str | None = None
) -> list[list[ClaimItem]] | None:
    """One group when every article counts this thing exactly once, else None (group by wording).

    Within one story, "about 1,200 workers took part in the walkout" and "around 1,500 workers
    participated in the movement" share almost no words, yet when neither article counts workers
    anywhere else they are two reports of one count. Guards keep this to real rivals: a concrete
    unit (not people, percentages or money, which recur for unrelated things; a toll of people killed,
    hurt, made ill or missing is the exception, told once per outlet in any words), figures within a factor of
    two of each other, and for durations a shared word about what lasted.
    """
    toll = unit == "person" and predicate in _TOLLS
    if unit in _VAGUE_UNITS and not toll:
        return None  # a toll (dead, hurt, made ill, missing) is the one count of people it has, however worded
    # An outlet may give a toll once per party it cites ('the council says five …', 'hospital sources say ten'):
    # each is that party's count of the same dead, as another outlet's figure is.
    # An outlet repeating its one figure ("186 passengers" in its lead and again in its last line) still counts once.
    per_source: dict[tuple[str, str], set[float]] = {}
    for item, figures in claims.values():
        key = voice(item) if toll else (item.source, "")
        per_source.setdefault(key, set()).update(round(q.value, 6) for q in figures)
    members = [item for item, _ in claims.values()]
    if any(len(told) != 1 for told in per_source.values()) or len({i.independent for i in members}) < 2:
        return None
    values = [abs(f[0].value) for _, f in claims.values()]
    if min(values) <= 0 or max(values) / min(values) > (TOLL_RATIO if toll else LONE_RATIO):
        return None
    if unit in TIME_UNITS:
        if any(_offset(item.claim.text, q) for item, figures in claims.values() for q in figures):
            return None
        # What lasted, not how long: the duration's own words ('years', and the 'decades' a count of ten years is
        # also read as) are shared by any two durations.
        words = [{t for t in i.tokens if not t.startswith("#") and t not in DURATION_UNITS} for i in members]
        for i, mine in enumerate(words):
            others = set().union(*(w for j, w in enumerate(words) if members[j].independent != members[i].independent))
            if not mine & others:
                return None
    return [members]


_OFFSET_AFTER = re.compile(
    r"^[\s-]*(?:(?:second|minute|hour|day|week|month|year)s?\s*)?(?:after|ago|later|earlier|before|from|since|on)\b", re.IGNORECASE
)
_OFFSET_BEFORE = re.compile(r"\b(?:within|in|next|past|last|by|every|per)\s+(?:the\s+)?(?:next\s+|past\s+|last\s+)?$", re.IGNORECASE)


def _offset(text: str, q: Stated) -> bool:
    """'Four months after the ban', 'within six months': a time offset or deadline, not how long
    something lasted, and two of those in one story are usually about different things."""
    at = text.lower().find(q.text.lower())
    if at < 0:
        return True  # cannot see how it is used: do not guess
    return bool(_OFFSET_AFTER.match(text[at + len(q.text) : at + len(q.text) + 40]) or _OFFSET_BEFORE.search(text[max(0, at - 30) : at]))
