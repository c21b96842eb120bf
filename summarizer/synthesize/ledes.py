"""Which point the outlets open on: the story's main event, for the headline and the overview's first sentence."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.align import embed
from summarizer.merge._text import content_tokens, idf_table, weight_total, weighted_dice
from summarizer.schema import Briefing, KeyPoint, Span
from summarizer.synthesize.headline import _headline_worthy

LEDE_CLAIMS = 1
"""A source's first claims: news is written lede first, so what several outlets open on is the story."""
MIN_LEDES = 2
LEDE_WINDOW = 2
"""Where no point holds two outlets' first claims, an outlet's news may come a sentence or two after a
feature opening ('Margaret Doyle has fished this river for thirty years.'): its first LEDE_WINDOW claims
are read as its lede. Wider, a side fact every outlet repeats early ('the road stays closed') sits in
every window and reads as the lede all agree on."""
LEDE_AGREEMENT = 0.4
"""Mean cosine (shipped model) of a lede to the other outlets' ledes for it to stand for them: the dev
stories' news ledes score 0.51-0.69, a blog's chatty opener ('Let's be clear about what happened') 0.18-0.27."""


def _opening_point(briefing: Briefing, points: Sequence[KeyPoint]) -> KeyPoint | None:
    """The point the outlets open on: the story's main event.

    Ranking by support favours what is repeated most, and a side fact ("the road stays closed")
    is often repeated by every outlet while the main event is worded five ways. News is written
    lede first: the point that at least MIN_LEDES independent outlets state among their first
    claims is what the story is about (ties go to the higher-ranked point). Where the ledes stayed
    apart, each worded its own way, the lede closest in meaning to the other outlets' ledes
    stands for them all. Copies of one story count once.
    """
    canonical = {member: group[0] for group in briefing.copies for member in group}
    spans: dict[str, list[Span]] = {}  # per outlet (copies folded), its evidence in reading order
    for point in briefing.key_points:
        for span in point.evidence:
            spans.setdefault(canonical.get(span.source, span.source), []).append(span)
    for found in spans.values():
        found.sort(key=_place)
    ledes = {_place(span) for found in spans.values() for span in found[:LEDE_CLAIMS]}
    best, best_count = None, MIN_LEDES - 1
    for point in points:
        if not _headline_worthy(point.text):
            continue
        count = len({canonical.get(s.source, s.source) for s in point.evidence if _place(s) in ledes})
        if count > best_count:
            best, best_count = point, count
    translated = frozenset(s.id for s in briefing.sources if s.translated_from)
    if best is not None:
        return _in_own_words(best, points, ledes, translated)
    return _closest_lede(points, canonical, {o: found[:LEDE_WINDOW] for o, found in spans.items()}, translated)


def _in_own_words(best: KeyPoint, points: Sequence[KeyPoint], ledes: set[tuple[int, str]],
                  translated: frozenset[str]) -> KeyPoint:
    """The lede point, worded by an outlet rather than a machine translation where one can: a translated
    lede that an outlet's own first sentence supports (saying all it says) leads in that outlet's words,
    from the point that sentence words ('A tanker lorry overturned on the A7 on Monday', not 'On Monday
    a tanker lorry is turned over')."""
    if not _translated_wording(best, translated):
        return best
    own = {_place(s) for s in best.evidence if s.source not in translated and _place(s) in ledes}
    for point in points:
        if point is not best and _headline_worthy(point.text) and not _translated_wording(point, translated) \
                and any(_place(s) in own and point.text.rstrip(".!?") in s.text for s in point.evidence):
            return point
    return best


def _place(span: Span) -> tuple[int, str]:
    return span.start, span.source


def _closest_lede(points: Sequence[KeyPoint], canonical: dict[str, str], opening: dict[str, list[Span]],
                  translated: frozenset[str] = frozenset()) -> KeyPoint | None:
    """Among points holding an outlet's first claim, the one nearest in meaning to the other outlets'
    openings, best carried; where no first claim agrees with the others (feature openings), the
    same among the claims that follow it within LEDE_WINDOW."""
    if len(opening) < MIN_LEDES:
        return None
    outlets = sorted(opening)
    rows: list[range] = []
    flat: list[str] = []
    for o in outlets:
        rows.append(range(len(flat), len(flat) + len(opening[o])))
        flat.extend(span.text for span in opening[o])
    # Word weights from the outlets' first claims, as ever (the window only widens where to look).
    tokens = [content_tokens(t) for t in flat]
    idf, unseen = idf_table([tokens[r.start] for r in rows])
    # Each opening is weighed against every holder: its weight summed once (48 outlets: 8,000 comparisons).
    totals = [weight_total(t, idf, unseen) for t in tokens]
    for depth in (1, LEDE_WINDOW):
        holders = [
            (p, o)
            for p in points
            if _headline_worthy(p.text)
            for s in p.evidence
            if (o := canonical.get(s.source, s.source)) in opening and any(_place(x) == _place(s) for x in opening[o][:depth])
        ]
        if not holders:
            continue
        vectors = embed(flat + [p.text for p, _ in holders])
        best: KeyPoint | None = None
        best_key: tuple[int, bool, float] = (0, False, 0.0)
        for k, (point, own) in enumerate(holders):
            others = [i for i, o in enumerate(outlets) if o != own]
            vector = vectors[len(flat) + k]
            # Each other outlet's opening is its first claim; in the second pass, its claim closest
            # to this one within the window (a buried lede counts).
            near = [rows[i][:depth] for i in others]
            meaning = sum(max(float(vector @ vectors[r]) for r in rs) for rs in near) / max(1, len(others))
            own_tokens = content_tokens(point.text)
            own_total = weight_total(own_tokens, idf, unseen)
            wording = sum(max(weighted_dice(own_tokens, tokens[r], idf, unseen, (own_total, totals[r])) for r in rs)
                          for rs in near)
            wording /= max(1, len(others))
            # Among ledes that agree with the others, the one more outlets carry, then one an outlet
            # wrote in the briefing's language, then the one closest in meaning and in words: a
            # machine translation reads as the most average meaning, yet in words of its own, and it
            # carries its own slips ('lived on Saturday 14/11 a big breakdown', 'Monday 10 of August').
            written = not _translated_wording(point, translated)
            key = (point.independent_sources, written, round(meaning + wording, 4))
            if round(meaning, 4) >= LEDE_AGREEMENT and key > best_key:
                best, best_key = point, key
        if best is not None:
            return best
    return None


def _translated_wording(point: KeyPoint, translated: frozenset[str]) -> bool:
    """Is the point worded by a machine translation? Its text is its lead member's sentence; an
    outlet whose own sentence was added as support (the translation said no more) does not word it."""
    core = point.text.rstrip(".!?")
    wording = [s for s in point.evidence if core in s.text] or list(point.evidence)
    return all(s.source in translated for s in wording)
