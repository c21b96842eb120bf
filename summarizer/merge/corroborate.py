"""Corroboration: an outlet that states a main point inside a longer sentence of its own supports it.

The ledger joins claims that state one fact as a whole. News packs facts into compound sentences, and
each outlet packs them differently: "The airline blamed a software update that went wrong overnight"
is one outlet's sentence, "The outage was blamed by the airline on a faulty software update that had
been installed overnight on its departure control system, which handles check-in …" another's. The
second is no rewording of the first (it says more), so the two stay separate points; but it does
state everything the first says, so its outlet supports the first. Such an outlet is added to a main
point's sources with its own sentence as evidence, and its sentence keeps its own point as well.

"States everything the first says" is read word by word: each word of the point (weighted by how
rare it is in the story) finds its closest word in the other sentence by the shipped embedding's word
vectors ('faulty' ~ 'botched', 'closed' ~ 'shut'), and the share of the point's weight found close
enough is its coverage. The point's figures and names must all be in the sentence, the two must not
differ in negation or date nor stand on two sides of a listed discrepancy, and the sentences must be
near in meaning overall.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from datetime import date

import numpy as np

from summarizer.align import Signature, differences, embed, signature
from summarizer.align.thresholds import CONTAINED, CONTAINED_NEAR, CONTAINED_WORD
from summarizer.calendar_words import WEEKDAYS
from summarizer.dates import find_dates
from summarizer.function_words import DO, FINITE_AUXILIARIES
from summarizer.merge._text import (
    CAPITALISED_RUN,
    MIN_CLAUSE_TOKENS,
    TEXT_MEMO,
    anchors,
    content_tokens,
    sorted_sources,
    stem,
    told_figures,
    words,
)
from summarizer.merge.claim_names import NAME_WEIGHT, unnamed_text
from summarizer.merge.claims import ClaimItem, ClaimMatcher, _act_words, actions, stated_actions, told_acts
from summarizer.merge.coverage import CALENDAR, content_words, coverage, idf_weights
from summarizer.merge.independence import Independence
from summarizer.schema import Discrepancy, KeyPoint, Span
from summarizer.text import STOPWORDS, strip_accents

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def _plain(word: str) -> str:
    return strip_accents(word.lower().replace("’", "'")).removesuffix("'s")


def _names(text: str) -> frozenset[str]:
    """The point's names ('Pine Hollow', 'Carver Street') and days: a sentence without them is about
    something else, or does not say when ('will begin on Monday' is not in 'ordered a recount on Thursday')."""
    return frozenset(_plain(a) for a in anchors(text) if not a.startswith("#"))


@functools.lru_cache(maxsize=TEXT_MEMO)
def _plain_words(text: str) -> frozenset[str]:
    return frozenset(_plain(w) for w in words(text))


def _described(point: str, text: str) -> frozenset[str]:
    """The words of the point's many-word names that the sentence refers to by their head noun after 'the'
    ('the wing' for 'Larch Wing', 'the leisure centre' for 'Carrowfield Leisure Centre'): a report naming a
    place, body or building once calls it so afterwards, and states the fact about that same thing."""
    lowered = text.lower().replace("’", "'")
    out: set[str] = set()
    for run in CAPITALISED_RUN.findall(point):
        parts = [_plain(w) for w in run.split()]
        between = "".join(rf"(?:{re.escape(p)}\s+)?" for p in parts[1:-1])  # 'the leisure centre', not 'the east wing'
        if re.search(rf"\bthe\s+{between}{re.escape(parts[-1])}\b", lowered):
            out.update(parts[:-1])
    return frozenset(out)


_WEEKDAY_NAMES = {number: name for name, number in WEEKDAYS.items()}


@functools.lru_cache(maxsize=TEXT_MEMO)
def _dated_weekdays(text: str) -> frozenset[str]:
    """The weekdays the sentence names by a full date ('ALDERMERE, 17 November 2027 –' is a Wednesday): a point's
    'on Wednesday' is stated by it, as the date check finds no other day either."""
    full = (m.value for m in find_dates(text, None) if len(m.value) == len("2027-11-17"))
    return frozenset(_WEEKDAY_NAMES[date.fromisoformat(v).weekday()] for v in full)


_AND = re.compile(r",?\s+(?:and|but)\s+|,\s+(?:while|whereas)\s+|;\s*")
# A clause's own verb: a finite auxiliary, or the copulas of a state that lasts ("remains closed"). Not "do": a
# "does" mostly stands in for a verb said before ("swap it for one that does not"), no new fact.
_AUXILIARY = (FINITE_AUXILIARIES - DO) | frozenset({"remains", "remain", "stays", "stay"})


def _clauses(text: str) -> list[str]:
    """The coordinated clauses of a point ('The museum is closed until Tuesday' / 'police are appealing
    for witnesses'); a part with no verb of its own ('and a $3,000 bonus') stays with the one before."""
    out: list[str] = []
    pending = ""  # words before the first clause's verb ('Brightwell and the union … reached')
    for part in _AND.split(text):
        lowered = part.lower()
        verb = bool(actions(lowered)) or any(w in _AUXILIARY for w in lowered.split())
        if verb and len(content_tokens(part)) >= MIN_CLAUSE_TOKENS:
            out.append(f"{pending} and {part}" if pending else part)
            pending = ""
        elif out:
            out[-1] = f"{out[-1]} and {part}"
        else:
            pending = f"{pending} and {part}" if pending else part
    return out or [text]


_RELATIVE = re.compile(r",\s+(?:who|which)\s+")


@functools.lru_cache(maxsize=TEXT_MEMO)
def joins_facts(text: str) -> bool:
    """Does the sentence state two facts: coordinated clauses ('X closed the road and police want witnesses')
    or a clause told of a name after a comma ('… from Ann Roe, who came second with 41% of the vote')?"""
    if len(_clauses(text)) > 1:
        return True
    head, *tail = _RELATIVE.split(text, maxsplit=1)
    if not tail or len(content_tokens(head)) < MIN_CLAUSE_TOKENS:
        return False
    lowered = tail[0].lower()
    verb = bool(actions(lowered)) or any(w in _AUXILIARY for w in lowered.split())
    return verb and len(content_tokens(tail[0])) >= MIN_CLAUSE_TOKENS


def corroborate(points: Sequence[KeyPoint], items: Sequence[ClaimItem], matcher: ClaimMatcher,
                independence: Independence, discrepancies: Sequence[Discrepancy]) -> list[KeyPoint]:
    """The points, each main one with the outlets whose own sentence states all it says added."""
    main = [k for k, p in enumerate(points) if p.tier == "main"]
    if not main or not items:
        return list(points)
    vectors = embed([unnamed_text(points[k].text, anchors(points[k].text)) for k in main])
    near = vectors @ matcher.vectors.T  # (main points, claims): the cheap filter before word by word
    weight = _weights(items)
    sides = _sides(discrepancies)
    out = list(points)
    for row, k in enumerate(main):
        candidates = [items[int(i)] for i in np.flatnonzero(near[row] >= CONTAINED_NEAR)]
        added = _supporters(points[k], candidates, independence, sides, weight, matcher)
        if added:
            out[k] = _with(points[k], added, independence)
    return out


Sides = dict[tuple[str, int], set[tuple[int, int]]]


def _weights(items: Sequence[ClaimItem]) -> Callable[[str], float]:
    return idf_weights(item.claim.text for item in items)


def support_refusals(point: KeyPoint, item: ClaimItem, items: Sequence[ClaimItem], matcher: ClaimMatcher,
                     independence: Independence, discrepancies: Sequence[Discrepancy]) -> tuple[list[str], float]:
    """Every reason the merger's rule finds why ``item``'s sentence does not support ``point`` (none: it
    would), and its coverage: for diagnosis (bench/eval_support.py), by the very checks :func:`corroborate`
    makes, so a report of what blocks a join cannot drift from what the merger does."""
    found, covered = _Reading(point, independence, _sides(discrepancies), _weights(items), matcher).refusals(item, every=True)
    cosine = float(embed([unnamed_text(point.text, anchors(point.text))])[0] @ matcher.vectors[item.order])
    if cosine < CONTAINED_NEAR:
        found.insert(0, f"meaning {cosine:.3f} < {CONTAINED_NEAR}")
    return found, covered


def _supporters(point: KeyPoint, candidates: Sequence[ClaimItem], independence: Independence, sides: Sides,
                weight: Callable[[str], float], matcher: ClaimMatcher) -> list[ClaimItem]:
    """Per source of an outlet not yet among the point's sources, its claim covering the point best, if any.

    A copy of a wire story is that outlet's text again: it counts once among the independent sources,
    but it is a source that states the point, so it is listed with its own sentence (as the ledger lists
    copies that join a group), never left out because the original stated the point first."""
    reading = _Reading(point, independence, sides, weight, matcher)
    if not reading.parts:
        return []
    best: dict[str, tuple[float, ClaimItem]] = {}
    for item in candidates:
        refused, covered = reading.refusals(item)
        if not refused and (item.source not in best or covered > best[item.source][0]):
            best[item.source] = (covered, item)
    return [item for _, item in sorted(best.values(), key=lambda v: v[1].order)]


class _Reading:
    """What a main point asks of a sentence that supports it, read once per point; :meth:`refusals` says
    what a sentence lacks (the merger stops at the first lack, a diagnosis lists them all)."""

    def __init__(self, point: KeyPoint, independence: Independence, sides: Sides, weight: Callable[[str], float],
                 matcher: ClaimMatcher) -> None:
        self.point, self.independence, self.sides, self.weight, self.matcher = point, independence, sides, weight, matcher
        self.have = {independence.of(s) for s in point.sources}
        self.agreed = _Agreed(point, independence, matcher)
        # A conversion in brackets ('£12.4 million ($15.6 million)') is the point's amount again, not asked for.
        self.figures = frozenset(f for f in told_figures(point.text) if self.agreed.figure(f))
        names = _names(point.text)
        # The acts a clause states, not its attribution's (', informed the company'): who tells it is no act to find.
        self.acts = [frozenset(a for a in stated_actions(c) if self.agreed.act(a)) for c in _clauses(point.text)]
        # What each clause says, beyond its names (required whole, below): 'closed until Monday', not 'Orvel'.
        self.parts = [w for w in ([x for x in content_words(c) if _plain(x) not in names] for c in _clauses(point.text)) if w]
        self.names = frozenset(n for n in names if self.agreed.name(n))
        # The names a sentence must state (below) are part of what the point says: they count in its coverage,
        # at the ledger's NAME_WEIGHT, so a point made mostly of names ('the Red Cross shelter at Orvel High
        # School') is not judged on its two other words alone. A speaker's name is who says it, not what is said.
        speakers = frozenset(_plain(w) for a in point.attribution for w in words(a))
        self.named = {n: NAME_WEIGHT * weight(n) for n in self.names - speakers}
        self.point_sides = {side for span in point.evidence for side in sides.get((span.source, span.start), ())}

    @functools.cached_property
    def signature(self) -> Signature:
        return signature(self.point.text)

    def refusals(self, item: ClaimItem, every: bool = False) -> tuple[list[str], float]:
        """Why ``item``'s sentence does not support the point (none: it does) and how much of it the sentence
        covers (0.0 where an earlier lack stopped the reading); with ``every``, all the lacks."""
        found: list[str] = []
        text = item.claim.text

        def lacks(reason: str) -> bool:
            found.append(reason)
            return not every

        if not self.parts and lacks("the point says nothing beyond its names"):
            return found, 0.0
        if self.independence.of(item.source) in self.have and lacks("its outlet is among the point's sources already"):
            return found, 0.0
        if (missing := self.figures - told_figures(text)) and lacks(f"figures not stated: {sorted(missing)}"):
            return found, 0.0
        unnamed = self.names - _plain_words(text) - _described(self.point.text, text) - _dated_weekdays(text)
        if unnamed and lacks(f"names not stated: {sorted(unnamed)}"):
            return found, 0.0
        theirs = self.sides.get((item.span.source, item.span.start), set())
        if any(d == disc and s != side for d, s in theirs for disc, side in self.point_sides) and lacks(
                "the other side of a discrepancy the briefing lists"):
            return found, 0.0
        # Each act the point reports must be in the sentence, in its words or a synonym ('closed' /
        # 'shut'), never a rival one ('closed' / 'reopened'), however alike the rest.
        acts = told_acts(text)  # an irregular past tense ('broke') may tell the point's act ('ruptured')
        if any(a and not (a & acts or self.matcher.acts_close(a, acts) or _as_state(a, self.point.text, item))
               for a in self.acts) and lacks(f"acts {sorted(set().union(*self.acts))} not in {sorted(acts)}"):
            return found, 0.0
        theirs_words = content_words(text)
        # Each clause of a compound point must be covered: 'X is closed and police want witnesses'
        # is not supported by a sentence about the witnesses alone.
        read, told = self.agreed.reading(self.parts, self.weight)
        stated = sum(w for n, w in self.named.items() if n in _plain_words(text))  # all, unless diagnosing
        named = sum(self.named.values())
        covered = min(coverage(part, theirs_words, told, (stated, named)) for part in read) if self.parts else 0.0
        if covered < CONTAINED and lacks(f"coverage {covered:.3f} < {CONTAINED}"):
            return found, covered
        if (differ := differences(self.signature, signature(text)) & {"negation", "date"}) and lacks(
                f"differs on {', '.join(sorted(differ))}"):
            return found, covered
        return found, covered


MAJORITY_OF = 3  # outlets a point needs before what most of them say can differ from what all say


class _Agreed:
    """What most of a point's outlets say: its wording's words, names, figures and acts that more than half
    of the outlets in its evidence state too (a word by a word close to it, as in :func:`_coverage`).

    A point is worded by one outlet, which often adds a detail of its own ('The museum will stay closed
    while forensic teams work in the building' beside 'remains closed until Tuesday' and 'will stay closed
    at least until Tuesday'); another outlet stating the fact the point's outlets agree on supports it
    without repeating that detail. So, on a point of MAJORITY_OF outlets or more, only the words most of
    them say count in the coverage, a clause none of the others says is not asked for, and neither is a
    name, figure or act most of them leave out. A point of fewer outlets is read as worded."""

    def __init__(self, point: KeyPoint, independence: Independence, matcher: ClaimMatcher) -> None:
        texts: dict[str, list[str]] = {}
        for span in point.evidence:
            texts.setdefault(independence.of(span.source), []).append(span.text)
        self.outlets = [" ".join(t) for t in texts.values()]
        self.matcher = matcher
        self.text = point.text

    @functools.cached_property
    def _most_say(self) -> frozenset[str] | None:
        """The wording's words most outlets say (None: all count), read only once a sentence is weighed
        (word vectors are embedded on first use, so a point no sentence comes near costs none)."""
        words_ = content_words(self.text)
        if len(self.outlets) < MAJORITY_OF or not words_:
            return None
        said = np.zeros(len(words_))
        own = embed(list(words_))
        for text in self.outlets:
            theirs = content_words(text)
            if theirs:
                close = (own @ embed(list(theirs)).T).max(axis=1) >= CONTAINED_WORD
                said += close & np.array([w not in CALENDAR or w in theirs for w in words_])
        most = frozenset(w for w, n in zip(words_, said, strict=True) if 2 * n > len(self.outlets))
        return most or None

    def _most(self, says: Callable[[str], bool]) -> bool:
        return len(self.outlets) < MAJORITY_OF or 2 * sum(map(says, self.outlets)) > len(self.outlets)

    def reading(self, parts: list[list[str]], weight: Callable[[str], float]) -> tuple[list[list[str]], Callable[[str], float]]:
        """The clauses to cover and the weight of their words: the clauses saying something most outlets
        say (one outlet's clause is its detail) and only those words; the wording as it is where none does."""
        most = self._most_say
        kept = [] if most is None else [p for p in parts if most.intersection(p)]
        if most is None or not kept:
            return parts, weight
        return kept, lambda word: weight(word) if word in most else 0.0

    def name(self, name: str) -> bool:
        return self._most(lambda text: name in _plain_words(text))

    def figure(self, figure: str) -> bool:
        return self._most(lambda text: figure in told_figures(text))

    def act(self, act: str) -> bool:
        return self._most(lambda text: bool({act} & actions(text) or self.matcher.acts_close(frozenset({act}), actions(text))))


# A state a sentence predicates ('is shut', 'remains sealed', 'were found'): the word after a form of 'be',
# 'remain' or 'stay'. Irregular and adjectival forms are no '-ed' act, but tell what the act did.
_STATE = re.compile(r"\b(?:is|are|was|were|been|being|remains?|remained|stays?|stayed)\s+(?:still\s+|now\s+)?([a-z]{3,})\b")


def _as_state(acts: frozenset[str], text: str, item: ClaimItem) -> bool:
    """Does the sentence tell one of the point's acts as the state it leaves ('closed the museum' / 'the
    museum is shut')? The two words must be one in the coverage's sense (CONTAINED_WORD, above the acts'
    own SAME_ACT_WORD: 'closed' / 'open' are 0.45 apart on the shipped vectors, 'closed' / 'shut' 0.57)."""
    states = [w for w in _STATE.findall(item.claim.text.lower()) if w not in STOPWORDS]
    told = [w for w in _act_words(text) if stem(w) in acts]
    return bool(states and told) and float((embed(told) @ embed(states).T).max()) >= CONTAINED_WORD


def _sides(discrepancies: Sequence[Discrepancy]) -> Sides:
    """Per evidence span, the (discrepancy, position) pairs it stands on."""
    found: Sides = {}
    for d, disc in enumerate(discrepancies):
        for p, position in enumerate(disc.positions):
            for span in position.evidence:
                found.setdefault((span.source, span.start), set()).add((d, p))
    return found


def _with(point: KeyPoint, added: Sequence[ClaimItem], independence: Independence) -> KeyPoint:
    evidence = [*point.evidence, *(Span(source=i.span.source, start=i.span.start, end=i.span.end, text=i.span.text,
                                        alignment=i.span.alignment) for i in added)]
    sources = sorted_sources({*point.sources, *(i.source for i in added)})
    independent = len({independence.of(s) for s in sources})
    return point.model_copy(update={"sources": sources, "evidence": evidence, "independent_sources": independent,
                                    "single_source": independent == 1})
