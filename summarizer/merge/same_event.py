"""Reports of one event from several outlets, worded apart, on one day: one timeline entry.

The timeline first groups events by shared words and the kind of turn they name; outlets that tell
one happening in their own words ("Belmonte declared victory on Sunday night" / "Belmonte
proclaimed himself winner in the night of the Sunday", "the council approved a $6 million
subsidy on Tuesday 13/4" / "council OK'd $6M on Tuesday (April 13)") still land in one entry per
outlet. Their date, read after each outlet's own convention and reference date, is the same day,
and on one day a story has few events: two reports on one date from independent outlets are one
event when they are close in meaning (SAME_DAY_EVENT), share some of their wording
(SHARED_WORDS) and differ on no figure, negation or modality (a different count is the number
finder's conflict, and a wording citing an outlet for a figure it disputes would misquote it).
What keeps two reports of one day apart is read as a report of the event: a count of one thing (a vote's
tally, a span of time in its own unit), a date, a modality, or a negation denying what the other states. A
long report's figures of other things ('closed for three weeks' / '60,000 riders a season') and a clause of
reasons ('…, ruling that the county had not assessed the risk to birds') are no second account of the act.
Two named parties with none in common (neither named, in any case, where the other names who acted: 'the
city council of Port Averill' / 'the City Council') are two acts, as the timeline's other checks read them; so are
main clauses naming different acts ('the board approved the plan' / 'the board dismissed its
engineer', 'engineers declared the viaduct safe' / 'engineers inspected the viaduct'), unless both
state a figure, a vote's tally or a minute of the day: a translation names one act with another verb.

Entries join as the ledger's claim groups do, by average linkage: no outlet twice, no pair of
wordings apart on a figure, negation or modality, and at least LINKAGE of the pairs one event, so
two events of one day ('the fire grew to 2,600 acres' / 'the shelter opened') do not join through
a third. Every pair of a day's entries is a candidate; on a crowded day (a thousand articles) only
entries sharing a bucket of their wordings' embedding are, so the cost stays near linear.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from summarizer.align import Vectors, signature
from summarizer.align.constraints import Signature, differences
from summarizer.align.thresholds import LINKAGE, SAME_DAY_ANCHORED, SAME_DAY_EVENT, SHARED_WORDS
from summarizer.dates.clock import times_of_day
from summarizer.merge._text import weighted_dice
from summarizer.merge.event_items import EventItem
from summarizer.merge.event_reading import actor, actor_words, figures, main_acts, undated
from summarizer.quantities import DURATION_UNITS

ANCHOR_FIGURE = 10  # a shared count below this anchors nothing: 'two cases', 'three people' recur by chance
MAX_DAY = 64  # entries of one day compared pairwise; beyond, only those sharing an embedding bucket


def apart(a: Signature, b: Signature) -> bool:
    """Two reports of one day differ on a figure of one kind (a count of litres, of stations), a date or a
    modality, or one denies what the other states.

    A long report names figures of other things ('closed for at least three weeks' / 'with about 60,000
    riders a season') and clauses beside the event ('…annulled the permit, ruling that the province had not
    assessed the risk to birds'): neither is a second account of the event."""
    found = differences(a, b, reviewed=True) - {"number"}
    return bool(found) or _figures_clash(a, b)


def _figures_clash(a: Signature, b: Signature) -> bool:
    """Both state counts, or both a vote's tally, and share no value; a span of time is compared only with
    another in the same unit. Counts are compared whatever their noun, as the aligner does: 'eleven patients'
    and 'a total of 18 cases' count one thing."""
    if a.tallies and b.tallies and not a.tallies & b.tallies:
        return True
    counts = [{v for v, u in x.numbers if u not in DURATION_UNITS} for x in (a, b)]
    if counts[0] and counts[1] and not counts[0] & counts[1]:
        return True
    units = {u for _, u in a.numbers if u in DURATION_UNITS} & {u for _, u in b.numbers}
    return any(not {v for v, w in a.numbers if w == u} & {v for v, w in b.numbers if w == u} for u in units)


class SameDay:
    """Which entries of one day are one event, by their leading wordings (see the module docstring).

    ``leads[k]`` is entry k's wording, ``rows[k]`` its row of ``vectors``, ``near[k]`` its embedding
    buckets and ``outlets[k]`` the independent sources citing it."""

    def __init__(self, leads: Sequence[EventItem], rows: Sequence[int], vectors: Vectors,
                 near: Sequence[tuple[int, ...]], outlets: Sequence[frozenset[str]],
                 idf: dict[str, float], default: float) -> None:
        self.leads, self.rows, self.vectors, self.near, self.outlets = leads, rows, vectors, near, outlets
        self.idf, self.default = idf, default
        self.signatures = [signature(undated(lead.event.text)) for lead in leads]

    def one_event(self, i: int, j: int) -> bool:
        """Entries i and j, from other outlets, close in meaning and sharing some words (see :meth:`linked`),
        or less close but anchored (:meth:`_anchored`). Named parties and main acts as the module docstring says."""
        a, b = self.leads[i], self.leads[j]
        close = float(self.vectors[self.rows[i]] @ self.vectors[self.rows[j]])
        if close < SAME_DAY_ANCHORED:
            return False
        actors = actor(a.event.evidence), actor(b.event.evidence)
        if actors[0] and actors[1] and not (actors[0] & actor_words(b.event.evidence) or actors[1] & actor_words(a.event.evidence)):
            return False  # two named parties, none in common: two acts ('the City Council' is 'the city council of Averill')
        acts_a, acts_b = main_acts(a.event.text), main_acts(b.event.text)
        rival = bool(acts_a and acts_b and not acts_a & acts_b)
        if close < SAME_DAY_EVENT or weighted_dice(a.tokens, b.tokens, self.idf, self.default) < SHARED_WORDS:
            same_act = bool(actors[0] and actors[1] and acts_a & acts_b) or bool(a.turns & b.turns and not rival)
            return self._anchored(a, b, same_act, rival)
        return not rival or bool(_shared_figures(a, b) or self.signatures[i].tallies & self.signatures[j].tallies
                                 or _same_minute(a, b))

    @staticmethod
    def _anchored(a: EventItem, b: EventItem, same_act: bool, rival: bool) -> bool:
        """Reports of one day worded further apart (a translation, a blog's aside) are one event when something
        only one happening shares anchors them: the same act by the same named party ('the Regional Electoral
        Commission agreed to count again' / 'Yet the commission agreed to let her have her recount'), the same
        turn with no rival act ('the strike that began Oct. 5' / 'a walkout that began Monday, Oct. 5', 'the workers
        return on Monday' / 'work resumes Monday': merge.event_items.TURNS), the same
        minute of the day ('at about 02:40' / 'at about twenty to three'), or a figure of ten or more with no
        rival act ('approved a subsidy of 6 million dollars' / 'OK'd $6M'). Small figures (two display cases,
        two more objects) are coincidences. The figures and minutes are read only when asked: most pairs close
        in meaning are settled before."""
        return same_act or _same_minute(a, b) or (not rival and any(v >= ANCHOR_FIGURE for v in _shared_figures(a, b)))

    def linked(self, xs: list[int], ys: list[int], passes: Callable[[int, int], bool]) -> bool:
        """Two sets of entries are one event: no outlet in both, no pair differing on a figure, negation or
        modality, and at least LINKAGE of their pairs one event (average linkage, as the ledger's)."""
        if any(self.outlets[x] & self.outlets[y] or apart(self.signatures[x], self.signatures[y]) for x in xs for y in ys):
            return False
        return sum(passes(x, y) for x in xs for y in ys) >= LINKAGE * len(xs) * len(ys)

    def candidates(self, dates: Sequence[str]) -> set[tuple[int, int]]:
        """Pairs of entries of one day: all of them, or on a crowded day those sharing an embedding bucket."""
        by_date: dict[str, list[int]] = {}
        for k, date in enumerate(dates):
            by_date.setdefault(date, []).append(k)
        pairs: set[tuple[int, int]] = set()
        for ks in by_date.values():
            if len(ks) <= MAX_DAY:
                pairs.update((i, j) for x, i in enumerate(ks) for j in ks[x + 1 :])
                continue
            shared: dict[tuple[int, int], list[int]] = {}
            for k in ks:
                for band, code in enumerate(self.near[k]):
                    shared.setdefault((band, code), []).append(k)
            for rows in shared.values():
                if len(rows) <= MAX_DAY:
                    pairs.update((i, j) for x, i in enumerate(rows) for j in rows[x + 1 :])
        return pairs

    def groups(self, dates: Sequence[str]) -> list[list[int]]:
        """Entry indexes joined into one event each, every index once, in order of first index. The closest
        pairs are tried first."""
        pairs = self.candidates(dates)
        scored = sorted(((float(self.vectors[self.rows[i]] @ self.vectors[self.rows[j]]), i, j) for i, j in pairs),
                        key=lambda t: (-t[0], t[1], t[2]))
        cluster = list(range(len(dates)))
        members: dict[int, list[int]] = {k: [k] for k in range(len(dates))}
        verdict: dict[tuple[int, int], bool] = {}

        def passes(i: int, j: int) -> bool:
            key = (min(i, j), max(i, j))
            if key not in verdict:
                verdict[key] = self.one_event(*key)
            return verdict[key]

        for _, i, j in scored:
            ci, cj = cluster[i], cluster[j]
            if ci == cj or not self.linked(members[ci], members[cj], passes):
                continue
            keep, gone = min(ci, cj), max(ci, cj)
            for k in members.pop(gone):
                cluster[k] = keep
                members[keep].append(k)
        return [sorted(ks) for _, ks in sorted(members.items())]


def _shared_figures(a: EventItem, b: EventItem) -> frozenset[float]:
    """The figures both wordings state, their dates taken out."""
    return figures(undated(a.event.text)) & figures(undated(b.event.text))


def _same_minute(a: EventItem, b: EventItem) -> bool:
    """Both evidences put the event at one minute of the day."""
    return bool(times_of_day(a.event.evidence) & times_of_day(b.event.evidence))
