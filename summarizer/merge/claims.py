"""Claims and when two of them state one fact: what the ledger (:mod:`summarizer.merge.ledger`) groups by.

Two claims state one fact when their idf-weighted token overlap
is high (names shared by the whole story weigh little, the specific verb and object weigh a lot),
or when the shipped sentence embedding (:mod:`summarizer.align`) finds them close in meaning and
no hard constraint (a different number, a negation, a modal) tells them apart: five outlets word
one central fact five ways ("ordered" / "instructed" / "directed"), and only the embedding sees
that. A source puts at most one claim in a group unless it repeats itself.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from summarizer.align import differences, embed, signature
from summarizer.align.thresholds import (
    MORE_SHARED_WORDS,
    SAME_ACT,
    SAME_ACT_WORD,
    SAME_CLAIM,
    SAME_CLAIM_WORDED,
    SAME_MAIN_CLAUSE,
    SAME_WORDS,
    SHARED_WORDS,
)
from summarizer.extract.offline.lexicon import CUE_VERBS, IRREGULAR_PAST
from summarizer.merge._text import (
    STOPWORDS,
    TEXT_MEMO,
    anchors,
    content_tokens,
    idf_table,
    main_clause,
    source_order,
    stem,
    told_figures,
    weight_total,
    weighted_dice,
)
from summarizer.merge.claim_names import unnamed, unnamed_text, weigh_names_down
from summarizer.merge.coverage import Paired, told_aside
from summarizer.merge.independence import Independence
from summarizer.merge.numbers import SentenceLeads, Stated, claim_quantities, resolved, same_amount, same_toll
from summarizer.numbers import SCALE_WORDS
from summarizer.schema import Article, Claim, ExtractionRecord, Span
from summarizer.text import longest_first, plain_choices

if TYPE_CHECKING:
    from summarizer.merge.accounts import Decided

THRESHOLD = 0.4
ACTION_PENALTY = 0.1
CONTAINMENT = 0.85
ANCHOR_JACCARD = 0.5
NUMBER_THRESHOLD = 0.35
# Hard differences that split even claims sharing most words; the others (a figure, a day, a modal) only stop the embedding
# from joining claims with few words in common: many shared words with one more figure or day is the fact told more fully.
LEXICAL_VETO = frozenset({"negation", "number", "date"})


@functools.lru_cache(maxsize=TEXT_MEMO)
def actions(text: str) -> frozenset[str]:
    """Stems of past-tense verbs ('resigned', 'arrested'): what a claim says happened.

    A participle after a determiner or possessive (capitalised too: "The bottled water") is an adjective:
    "the evacuated", "its affected batches", "a newly elected mayor" say who or what, not what happened;
    one after "as" is a manner ("go ahead as planned", "as expected"), not an act either.
    """
    return frozenset(stem(word) for word in _act_words(text))


@functools.lru_cache(maxsize=TEXT_MEMO)
def stated_actions(text: str) -> frozenset[str]:
    """The acts a claim states, without those of its attribution (see _ATTRIBUTION)."""
    return actions(_ATTRIBUTION.sub(" ", text))


@functools.lru_cache(maxsize=TEXT_MEMO)
def _act_words(text: str) -> tuple[str, ...]:
    """The past-tense verbs :func:`actions` counts, as written (remembered: read as each answer lands,
    by merge.prepare, then again by the merge's act vectors after the last answer)."""
    return tuple(m.group(2) for m in _PAST.finditer(plain_choices(text))  # 'said no to' is the act 'rejected'
                 if m.group(2) not in STOPWORDS and m.group(2) not in _NOT_ACTIONS and not m.group(1))


_PAST = re.compile(
    r"(\b(?i:the|a|an|its|their|his|her|our|your|this|that|these|those|all|some|any|no|every|each|as)\s+(?:[a-z]+ly\s+)?)?"
    r"\b([a-z]{3,}ed)\b"
)


# An irregular past tense tells an act too ('the main broke' / 'the main ruptured'), though not one written like its
# present ('put', 'set') nor a verb of speaking. Read only to find an act another report states, never to set two
# reports apart: as acts of their own they split more same-fact pairs than they joined on the tuned-on stories.
_LIKE_PRESENT = frozenset({"put", "set", "let", "quit", "read", "spread", "cost", "lay"})
_IRREGULAR = re.compile(rf"\b({'|'.join(sorted(IRREGULAR_PAST - CUE_VERBS - _LIKE_PRESENT, key=longest_first))})\b")


@functools.lru_cache(maxsize=TEXT_MEMO)
def _irregular_words(text: str) -> tuple[str, ...]:
    return tuple(_IRREGULAR.findall(text))


@functools.lru_cache(maxsize=TEXT_MEMO)
def told_acts(text: str) -> frozenset[str]:
    """The acts :func:`actions` reads and those told in an irregular past tense ('broke', 'fell', 'got')."""
    return actions(text) | frozenset(stem(w) for w in _irregular_words(text))


# Who tells a fact is no part of what happened: the verbs of an attribution (', the regulator stressed',
# ', the agency said in a notice published on Monday', 'according to a summary released by the union')
# make two reports of one act read as two acts ('released' against none); so does one written verb first, as wires
# and translations write it (', said police', ', confirmed the company Ostra on Monday'). Either view may show two
# claims report one act: a passive 'students are being warned' is the act of '…, the university warned'.
_REPORTED = "|".join(sorted((v for v in CUE_VERBS if v.endswith("ed") or v in {"said", "told", "wrote"}), key=longest_first))
_ATTRIBUTION = re.compile(
    rf"\baccording\s+to\b[^,;]*|,\s+(?:{_REPORTED})\s+(?:the\s+)?[A-Za-z][^,;]{{0,60}}?(?=\s*(?:[,;.]|$))"
    rf"|,\s+(?:[^,;]{{1,60}}?\s)?(?:{_REPORTED})\b"
    r"(?:\s+(?:in|on|at|during|via|through|late|early|yesterday|today|last)\b[^,;]*)?(?=\s*(?:[,;.]|$))",
    re.IGNORECASE,
)

_NOT_ACTIONS = frozenset({"need", "speed", "indeed", "united", "limited", "based", "related", "red", "bed", "feed", "happened",
                          "occurred", *SCALE_WORDS})  # a thing taking place is what its subject names; 'hundred' a number
_VAGUE = re.compile(r"\b(?:dozens|hundreds|thousands|millions|billions|scores|tens)\b", re.IGNORECASE)


def _vague(q: Stated) -> bool:
    """'Hundreds of rockets' is a magnitude, not a count: it neither conflicts nor agrees."""
    return bool(_VAGUE.search(q.text)) and not re.search(r"\d", q.text)


def _specific(token: str) -> bool:
    """A number unlikely to recur by chance: not a small count, not a year."""
    value = float(token[1:])
    return (not value.is_integer()) or (value >= 10 and not 1900 <= value <= 2100)


def _same_money(a: ClaimItem, b: ClaimItem) -> bool:
    return same_amount(a.figures, a.claim.text, b.figures, b.claim.text)


@dataclass(frozen=True, slots=True)
class ClaimItem:
    """A grounded claim with everything grouping and ranking need precomputed."""

    order: int
    source: str
    independent: str
    claim: Claim
    span: Span
    tokens: frozenset[str]
    anchors: frozenset[str]
    language: str | None
    actions: frozenset[str] = frozenset()
    figures: tuple[Stated, ...] = ()  # counts with a unit, 'N other X' already folded into totals
    core: str | None = None  # the main clause, when the sentence has side clauses (see main_clause)
    core_tokens: frozenset[str] = frozenset()
    core_actions: frozenset[str] = frozenset()
    translated: bool = False  # the page notes it is a machine translation
    year: int | None = None  # the year its article was published
    lead: str = ""  # the words of its sentence before it, when it is a clause cut from the sentence ('… and')

    # The main clause's view of the claim: the claim itself where it has no side clause.
    @property
    def main_text(self) -> str:
        return self.claim.text if self.core is None else self.core

    @property
    def main_tokens(self) -> frozenset[str]:
        return self.tokens if self.core is None else self.core_tokens

    @property
    def main_actions(self) -> frozenset[str]:
        return self.actions if self.core is None else self.core_actions


def collect_claims(articles: Sequence[Article], records: Sequence[ExtractionRecord], independence: Independence) -> list[ClaimItem]:
    languages = {a.id: (a.language or "").split("-")[0].lower() or None for a in articles}
    translated = {a.id for a in articles if a.translated_from}
    years, leads = {a.id: a.published.year for a in articles if a.published is not None}, SentenceLeads(articles)
    items: list[ClaimItem] = []
    for record in sorted(records, key=lambda r: source_order(r.source)):
        for claim in record.extraction.claims:
            if claim.span is None:
                continue
            items.append(
                ClaimItem(
                    order=len(items),
                    source=record.source,
                    independent=independence.of(record.source),
                    claim=claim,
                    span=claim.span,
                    tokens=content_tokens(claim.text),
                    anchors=anchors(claim.text),
                    actions=actions(claim.text),
                    language=languages.get(record.source),
                    translated=record.source in translated,
                    year=years.get(record.source),
                    lead=(lead := leads(claim)),
                    figures=tuple(q for q in resolved(claim_quantities(claim, lead)) if q.unit is not None and not _vague(q)),
                )
            )
            core = main_clause(claim.text)
            if core != claim.text:
                items[-1] = replace(items[-1], core=core, core_tokens=content_tokens(core), core_actions=actions(core))
    return items


def _act_vectors(items: Sequence[ClaimItem]) -> dict[str, NDArray[np.float32]]:
    """One vector per act ('closed', 'shut'), from the first wording seen of each stem."""
    act_words: dict[str, str] = {}
    for item in items:
        for word in (*_act_words(item.claim.text), *_irregular_words(item.claim.text)):
            act_words.setdefault(stem(word), word)
    stems = sorted(act_words)
    rows = embed([act_words[t] for t in stems]) if stems else None
    return {t: rows[k] for k, t in enumerate(stems)} if rows is not None else {}


class ClaimMatcher:
    """Similarity between two claims; shared by the ledger and the discrepancy finders."""

    def __init__(self, items: Sequence[ClaimItem]) -> None:
        df: Counter[str] = Counter()
        self.idf, self.default = idf_table((i.tokens for i in items), df)
        # One embedding per claim (row = item.order), computed once for the whole merge.
        self.vectors = embed([unnamed(i) for i in items])
        # The main clauses of compound sentences, embedded the same way (row per item; the whole
        # claim's row where it has no side clause, so both views index alike).
        cored = [i for i in items if i.core is not None]
        self.core_vectors = self.vectors.copy()
        if cored:
            self.core_vectors[[i.order for i in cored]] = embed([unnamed_text(i.main_text, i.anchors) for i in cored])
        self._acts = _act_vectors(items)
        from summarizer.merge.corroborate import joins_facts  # corroboration builds on this module

        self.paired = Paired((i.claim.text for i in items), apart=joins_facts)
        self._decisions: dict[int, Decided | None] = {}
        self._totals: dict[int, float] = {}
        weigh_names_down(items, self.idf, df)

    def weight(self, token: object) -> float:
        return self.idf.get(str(token), self.default)

    def similarity(self, a: ClaimItem, b: ClaimItem) -> float:
        if a.language and b.language and a.language != b.language:
            shared = a.anchors & b.anchors
            union = a.anchors | b.anchors
            if len(shared) >= 2 and len(shared) / len(union) >= ANCHOR_JACCARD:
                return len(shared) / len(union)
            return 0.0
        wa, wb = self.total(a), self.total(b)
        if not wa or not wb:
            return 0.0
        idf, default = self.idf, self.default
        inter = weight_total(a.tokens & b.tokens, idf, default)
        dice = 2.0 * inter / (wa + wb)
        if (a.actions - b.actions) and (b.actions - a.actions):
            dice -= ACTION_PENALTY  # "resigned" against "was appointed": same people, different act
        if min(len(a.tokens), len(b.tokens)) >= 3 and inter / min(wa, wb) >= CONTAINMENT and not self._aside(a, b, wa <= wb):
            dice = max(dice, THRESHOLD)
        elif dice >= NUMBER_THRESHOLD and any(_specific(t) for t in a.tokens & b.tokens if t.startswith("#")):
            # "194,000 jobs" or "4.8%" in two differently worded sentences is one fact, not a coincidence.
            dice = max(dice, THRESHOLD)
        return dice

    def _aside(self, a: ClaimItem, b: ClaimItem, a_shorter: bool) -> bool:
        short, long = (a, b) if a_shorter else (b, a)
        return told_aside(short.tokens, long.claim.text, self.weight)

    def cosine(self, a: ClaimItem, b: ClaimItem) -> float:
        """Embedding similarity of two claims (rounded, so decisions are stable)."""
        return round(float(np.dot(self.vectors[a.order], self.vectors[b.order])), 4)

    def same_fact(self, a: ClaimItem, b: ClaimItem) -> float:
        """The ledger's score: token overlap, raised to the threshold by a close embedding.

        Each signal alone is weak on whole sentences (a static embedding puts 'resigned' next to
        'was appointed'; rewordings share few words), both together are not: a close embedding
        plus some specific words in common is the rule that measured best on the dev stories.

        The embedding alone never joins two claims a hard constraint separates (another figure,
        a denial, a 'may'): those are, at most, a discrepancy for the finders to weigh.

        A compound sentence ("X is closed, and police asked drivers to stay away") is also
        compared by its main clause: the side clause adds words the other report lacks and pulls
        the embedding away, though the main clauses report one fact.
        """
        lexical = self.similarity(a, b)
        score = self._rule(a, b, lexical, self.cosine(a, b) if lexical >= SHARED_WORDS else 0.0,
                           a.claim.text, b.claim.text, a.actions, b.actions)
        if a.core is None and b.core is None:
            return score
        acts_a, acts_b = a.main_actions, b.main_actions
        if score >= THRESHOLD:
            # A shared side clause ("…, and police turned back every lorry") must not make one
            # fact of two main clauses that report rival acts ('closed' / 'reopened').
            if acts_a and acts_b and not acts_a & acts_b and not self.acts_close(acts_a, acts_b):
                return min(score, THRESHOLD / 2)
            return score
        if a.language and b.language and a.language != b.language:
            return score
        core = weighted_dice(a.main_tokens, b.main_tokens, self.idf, self.default, (self.total(a, True), self.total(b, True)))
        if core < SHARED_WORDS:
            return score
        cosine = round(float(np.dot(self.core_vectors[a.order], self.core_vectors[b.order])), 4)
        shared_figure = any(_specific(t) for t in a.main_tokens & b.main_tokens if t.startswith("#"))
        if cosine < SAME_MAIN_CLAUSE and not (shared_figure and core >= NUMBER_THRESHOLD):
            # Main clauses are short and full of names: their words alone prove little, unless
            # they share a specific figure ("Route 38"), as whole sentences may (see similarity).
            return score
        ruled = self._rule(a, b, core, cosine, a.main_text, b.main_text, acts_a, acts_b)
        return THRESHOLD if ruled >= THRESHOLD else score

    def _rule(self, a: ClaimItem, b: ClaimItem, lexical: float, cosine: float, text_a: str, text_b: str,
              acts_a: frozenset[str], acts_b: frozenset[str]) -> float:
        if lexical < SHARED_WORDS:
            return lexical
        if lexical < THRESHOLD and cosine < SAME_CLAIM and not (
                told_figures(a.claim.text) == told_figures(b.claim.text)  # the cheapest test first (remembered per text)
                and ((lexical >= MORE_SHARED_WORDS and cosine >= SAME_CLAIM_WORDED
                      and (self._same_acts(acts_a, acts_b) or self._same_acts(stated_actions(text_a), stated_actions(text_b))
                           or self._same_acts(told_acts(text_a), told_acts(text_b))
                           or same_toll(a.figures, b.figures)))
                     or (lexical >= MORE_SHARED_WORDS and _same_money(a, b))
                     or self.paired(text_a, text_b) >= SAME_WORDS)):
            # The more wording two claims share, the less the embedding must add (see thresholds),
            # provided they report the same act, or neither reports one ('is closed' / 'will get a
            # new surface' on one road share words and topic, not a fact), and the same figures (a
            # figure only one states is a fact of its own: 'ended the strike after winning 12%').
            return lexical  # (checked before the constraints: parsing figures is the costly part)
        difference = differences(signature(text_a), signature(text_b))
        if difference & LEXICAL_VETO:
            # A denial against a plain statement: never one key point, whatever the overlap.
            return min(lexical, THRESHOLD / 2)
        if lexical >= THRESHOLD or difference:
            return lexical
        if (cosine < SAME_ACT and acts_a and acts_b and not acts_a & acts_b and not self.acts_close(acts_a, acts_b)
                and not same_toll(a.figures, b.figures)):
            # 'resigned' and 'was appointed' sit close in a static embedding: two different acts of the same
            # people need more than topical closeness, and the acts themselves are compared below when both are decisions.
            da, db = self.decision(a), self.decision(b)
            if da is None or db is None or da.name != db.name:
                return lexical
        # 'ordered a recount' and 'asked for a recount' read alike; rival decisions are an account
        # conflict (merge.accounts), never one fact.
        da, db = self.decision(a), self.decision(b)
        if da is not None and db is not None and (da.name != db.name or da.denied & {db.name} or db.denied & {da.name}):
            return lexical
        return THRESHOLD

    def _same_acts(self, acts_a: frozenset[str], acts_b: frozenset[str]) -> bool:
        if not acts_a and not acts_b:
            return True
        return bool(acts_a and acts_b and (acts_a & acts_b or self.acts_close(acts_a, acts_b)))

    def acts_close(self, acts_a: frozenset[str], acts_b: frozenset[str]) -> bool:
        """Two wordings of one act ('closed' / 'shut'): their word vectors reach SAME_ACT_WORD."""
        for x in acts_a:
            vx = self._acts.get(x)
            if vx is None:
                continue
            for y in acts_b:
                vy = self._acts.get(y)
                if vy is not None and round(float(np.dot(vx, vy)), 4) >= SAME_ACT_WORD:
                    return True
        return False

    def near(self, a: ClaimItem, b: ClaimItem, floor: float) -> bool:
        """Close enough not to be a chain through a third claim: in meaning, wording or main clause."""
        if self.cosine(a, b) >= floor or self.similarity(a, b) >= THRESHOLD or self.paired(a.claim.text, b.claim.text) >= SAME_WORDS:
            return True
        return (a.core is not None or b.core is not None or _same_money(a, b)) and self.same_fact(a, b) >= THRESHOLD

    def decision(self, item: ClaimItem) -> Decided | None:
        """The decision a claim reports ('ordered', 'asked for options'), computed once per claim."""
        from summarizer.merge.accounts import decision  # accounts builds on this module

        if item.order not in self._decisions:
            self._decisions[item.order] = decision(item)
        return self._decisions[item.order]

    def total(self, item: ClaimItem, main: bool = False) -> float:
        key = -1 - item.order if main and item.core is not None else item.order  # the main clause's, or the whole's
        cached = self._totals.get(key)
        if cached is None:
            cached = self._totals[key] = weight_total(item.main_tokens if main else item.tokens, self.idf, self.default)
        return cached
