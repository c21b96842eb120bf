"""Hard constraints: what an embedding misses and must keep two statements apart.

A static embedding averages words, so "ordered" and "did not order", "nine batches" and "12
batches", "on Monday" and "on Wednesday", "may close" and "closed" land next to each other. Two texts close in meaning but
different on any of these are not one fact; they are, at most, candidates for a discrepancy
(:data:`Relation.CONFLICT`), which is the discrepancy finders' call, never the aligner's.

Numbers come from the one quantity reader the merger also uses (:func:`summarizer.quantities.parse_quantities`);
dates and years are not counts there, so a date written two ways never blocks a match.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.calendar_words import MONTH_STEMS, WEEKDAY_STEMS, WEEKDAYS
from summarizer.durations import same_duration
from summarizer.function_words import MORE_PREPOSITIONS, PARTICLES, PREPOSITIONS
from summarizer.measure_units import written_apart
from summarizer.quantities import parse_quantities
from summarizer.tallies import read_tallies
from summarizer.text import STOPWORDS, plain_choices, stem

# Inside a hyphenated compound a 'no' or 'not' names a thing ('a do-not-drink notice', 'a no-fly zone').
_NEGATION = re.compile(r"(?<![\w-])(?:not|never|no|none|nobody|nothing|neither|nor|without|cannot|n't)(?![\w-])|n't\b|\b\w+n't\b",
                       re.IGNORECASE)
# Possibility, not fact. Hedges ('reportedly') are the claim's own flag, and 'considering' or
# 'proposed' are decisions the account finder compares: neither belongs here.
# A capital "May" is the month.
_MODAL = re.compile(r"\b(?:may|[Mm]ight|[Cc]ould|[Pp]ossibly|[Pp]erhaps)\b")
# "can" states a possibility too ("nitrosamines can raise the risk" / "may raise the risk"), but it is
# no mark on its own: "evacuees can go to the shelter" states a fact. It only answers a modal.
# A prohibition is one meaning however it is worded: 'told not to drink the water' is 'forbidden to
# drink it', so neither is a plain negation against the other; a prohibition against a plain statement
# ('told to boil the water') still differs.
_DIRECTIVE_NOT = re.compile(r"\b(?:not|neither|nor)\s+to\s+(?=[a-z])", re.IGNORECASE)  # 'told neither to drink nor to cook'
# The advice itself, told by its own speaker, is the same prohibition: 'residents should not drink the
# water', 'drivers must not use the bridge', an imperative 'Do not drink it' at the head of a sentence,
# clause or quotation. Left as plain negations, they differed from 'told not to drink' on negation, so
# two reports of one advisory never joined. ('may not' and 'cannot' are possibility, not advice.)
_ADVICE_NOT = re.compile(
    r"\b(?:should|must|shall)(?:\s+not\b|n't\b)\s*|\bought\s+not\s+to\s+"
    r"|(?=\s*d)(?:^|(?<=[.!?:;\"“(])|(?<=[.!?:;]\s))\s*(?:do\s+not|don't)\s+(?=[a-z])",  # ('d' first: fewer look-behinds)
    re.IGNORECASE,
)
# ... but the past participle after a determiner is an adjective naming a kind of thing ('any prohibited
# substance', 'a banned drug'), which forbids nothing in the sentence.
# (The word start and its first letter are tested before the seven look-behinds: the same matches, 5x faster.)
_FORBID = re.compile(r"\b(?=[fpbFPB])(?<!\ba\s)(?<!\ban\s)(?<!\bany\s)(?<!\bthe\s)(?<!\bno\s)(?<!\bsome\s)(?<!\bof\s)"
                     r"(?:forb[ai]d(?:e|den|s)?|prohibit(?:s|ed)?|barred)\b", re.IGNORECASE)
_PROHIBITION = re.compile(f"{_DIRECTIVE_NOT.pattern}|{_ADVICE_NOT.pattern}|{_FORBID.pattern}", re.IGNORECASE)
_CAN = re.compile(r"\b[Cc]an\b(?!'t|\u2019t)")
# An open question is one meaning however it is worded: 'officials have not confirmed a cause', 'the cause
# has not been determined', 'the cause is under investigation', 'it is unclear what caused it'. A denial
# of knowing ('not confirmed') is no denial of the fact against 'under investigation'; against a plain
# answer ('officials confirmed the cause was a power line') it still differs.
_NOT_KNOWN = re.compile(
    r"\b(?:not|n't|never|yet\s+to)\s+(?:yet\s+)?(?:(?:been|be|being|become|made)\s+)?(?:publicly\s+)?"
    r"(?:confirm|determin|establish|identif|know(?!ingly)|disclos|reveal|explain|specif|announc|releas|inform|clear|certain|public)\w*",
    re.IGNORECASE,
)
_OPEN = re.compile(
    r"\b(?:under\s+investigation|being\s+investigated|(?:still|now)\s+investigating|unknown|unclear|unconfirmed|"
    r"undetermined|unexplained|not\s+(?:yet\s+)?(?:known|clear))\b",
    re.IGNORECASE,
)
# A negation inside a prepositional phrase ('rebook at no cost', 'change flights without a fee', 'with no
# warning') denies only the thing it names, not the clause: 'rebook at no cost' still says the rebooking
# happens, as 'rebook for free' does. Its reach is that noun phrase alone, so it separates two statements
# only where the other one names the thing ('released without charge' / 'was charged'). Clause-wide
# negative adverbials ('at no point', 'in no way', 'under no circumstances') stay clausal.
_PRIVATIVE = re.compile(
    r"\b(?:(?:at|for|with|of|on|under|in)\s+no|without)\s+(?:a|an|any|the|prior|further\s+)?\s*"
    r"(?!(?:point|time|stage|way|means|circumstances?|account|case|moment|one|longer|doubt)\b)"
    r"(?P<thing>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)",
    re.IGNORECASE,
)


_WEEKDAY = re.compile(rf"\b({'|'.join(WEEKDAY_STEMS)})day\b", re.IGNORECASE)
_MONTH = rf"({'|'.join(MONTH_STEMS)})[a-z]*\.?"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}", re.IGNORECASE)
_NUMERIC_DAY = re.compile(r"(?<![\d/.-])(\d{1,2})[/.](\d{1,2})(?:[/.](?:\d{4}|\d{2}))?(?![\d/])")


# A day after one of these bounds a span ("open through Thursday", "until 27 March", "by Friday"); a
# day without one dates an occurrence ("on Wednesday", "Wednesday evening"). A forecast "through
# Thursday" and gusts "again Wednesday evening" name two days of one report, not two dates of one
# event, so days are compared only with days of the same role.
_BOUND = re.compile(r"\b(?:through|thru|until|till|by|before|after|since|from|to|than)\s+(?:(?:the|this|next|last)\s+)?$", re.IGNORECASE)


def _role(text: str, start: int) -> str:
    return "bound" if _BOUND.search(text[max(0, start - 24):start]) else "on"


def _days(text: str) -> tuple[frozenset[tuple[str, str]], frozenset[tuple[int, int, str]]]:
    """Weekdays and (day, month) pairs a text names, each with its role; '03/04' stands for both readings."""
    weekdays = frozenset((m.group(1).lower(), _role(text, m.start())) for m in _WEEKDAY.finditer(text))
    days: set[tuple[int, int, str]] = set()
    for m in _MONTH_DAY.finditer(text):
        month = MONTH_STEMS.index((m.group(1) or m.group(4))[:3].lower()) + 1
        days.add((int(m.group(2) or m.group(3)), month, _role(text, m.start())))
    for m in _NUMERIC_DAY.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        role = _role(text, m.start())
        days |= {(d, mo, role) for d, mo in ((a, b), (b, a)) if 1 <= d <= 31 and 1 <= mo <= 12}
    return weekdays, frozenset(days)


# Where a negation's or a modal's reach ends: punctuation or a conjunction opening another clause.
_SCOPE_END = re.compile(
    r"[,;:()\u2013\u2014\"\u201c\u201d]|\s(?:and|but|while|whereas|although|though|because|after|before)\s", re.IGNORECASE
)
_SCOPE_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
# Words that say neither what is denied nor what a sentence states: the stopwords, the prepositions and particles
# the stopword list keeps for word overlap ("through", "toward", "off"), and the focus adverbs. Not every function
# word: a quantifier ("every", "several", "another") is part of what a quote or claim says.
FOCUS_ADVERBS = frozenset(["again", "anymore", "yet", "still", "just", "even", "ever"])
NOT_CONTENT = STOPWORDS | PREPOSITIONS | MORE_PREPOSITIONS | PARTICLES | FOCUS_ADVERBS
# ... nor do calendar words (days are the date constraint's).
_NOT_CONTENT = NOT_CONTENT | frozenset(
    [*WEEKDAYS, "today", "yesterday", "tomorrow",
     "morning", "afternoon", "evening", "night", "week", "month", "year"]
)


def _words(text: str, names: bool = True) -> frozenset[str]:
    """Content stems, without calendar words (days are the date constraint's, figures the number one's).

    With ``names=False``, capitalised words after the first are left out too: "no reason to leave,
    district officials said" denies nothing about the "Water District" another report names.
    """
    found = _SCOPE_WORD.findall(text)
    return frozenset(
        stem(w)
        for k, w in enumerate(found)
        if w.lower() not in _NOT_CONTENT and len(w) > 1 and (names or k == 0 or not w[:1].isupper())
    )


def _scope(text: str, marker: re.Pattern[str]) -> frozenset[str] | None:
    """Content stems of the clauses holding a marker; None when the text has no marker.

    A negation bears on its whole clause, subject included ("but a lockout won't happen" denies
    a lockout), and rarely across a comma or a conjunction opening another clause.
    """
    found = list(marker.finditer(text))
    if not found:
        return None
    reach: set[str] = set()
    for m in found:
        start = _clause_start(text, m.start())
        end = _SCOPE_END.search(text, m.end())
        reach |= _words(text[start:end.start() if end else len(text)])
    return frozenset(reach)


# Verbs that say only that something is or happens: denying them denies their subject ('a lockout won't happen').
_LIGHT = frozenset(stem(w) for w in ("happen", "happens", "occur", "occurs", "take", "place", "exist", "exists", "go", "ahead",
                                      "proceed", "come", "be"))


def _denied(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """What negations deny: the first content stem after each marker (its head) and all those after it
    in its clause. Empty when every word after a marker is a light verb: then the subject is denied."""
    heads: set[str] = set()
    after: set[str] = set()
    for m in _NEGATION.finditer(text):
        end = _SCOPE_END.search(text, m.end())
        found = [w for w in _SCOPE_WORD.findall(text[m.end():end.start() if end else len(text)])
                 if w.lower() not in _NOT_CONTENT and len(w) > 1]
        stems = [stem(w) for w in found]
        if not stems or set(stems) <= _LIGHT:
            return frozenset(), frozenset()
        heads.add(stems[0])
        after.update(stems)
    return frozenset(heads), frozenset(after)


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding position ``at`` begins: after the last boundary before it."""
    start = 0
    for m in _SCOPE_END.finditer(text, 0, at):
        start = m.end()
    return start


class Relation(enum.Enum):
    SAME = "same"  # one fact: merge
    CONFLICT = "conflict"  # about the same thing, but a number, negation or modality differs
    DIFFERENT = "different"  # not about the same thing


@dataclass(frozen=True, slots=True)
class Signature:
    """What the constraints compare, computed once per text."""

    negated: bool
    modal: bool
    numbers: tuple[tuple[float, str | None], ...]  # (value, unit) of every count or amount
    weekdays: frozenset[tuple[str, str]] = frozenset()  # (weekday, role)
    days: frozenset[tuple[int, int, str]] = frozenset()  # (day, month, role)
    words: frozenset[str] = frozenset()  # content stems of the whole text, names left out
    negated_reach: frozenset[str] = frozenset()  # content stems a negation bears on
    modal_reach: frozenset[str] = frozenset()  # content stems a modal bears on
    can_reach: frozenset[str] | None = None  # content stems a 'can' bears on; None without one
    prohibits: frozenset[str] | None = None  # content stems a prohibition ('told not to', 'forbidden to') bears on
    unknown: frozenset[str] | None = None  # content stems an open question ('not confirmed', 'under investigation') bears on
    denied_heads: frozenset[str] = frozenset()  # the first content stem after each negation ('stop' in 'not stop taking')
    denied: frozenset[str] = frozenset()  # every content stem after a negation in its clause
    tallies: frozenset[tuple[int, int]] = frozenset()  # (larger, smaller) of every vote's or result's tally
    # Each figure of ``numbers``' measure as written (unit as written, size, rounding), or None: '2.1 tonnes'.
    measures: tuple[tuple[str, float, float] | None, ...] = ()

    @property
    def denies(self) -> bool:
        """Says something is not so, or not known to be so."""
        return self.negated or self.unknown is not None


@functools.lru_cache(maxsize=100_000)
def signature(text: str) -> Signature:
    quantities = parse_quantities(text)
    numbers = tuple((q.value, q.unit) for q in quantities)
    plain = plain_choices(text.replace("\u2019", "'"))  # "isn’t" is "isn't"; 'said no to' is 'rejected'
    weekdays, days = _days(plain)
    prohibits = _scope(plain, _PROHIBITION)
    open_, not_known = _scope(plain, _OPEN), _scope(plain, _NOT_KNOWN)
    unknown = None if open_ is None and not_known is None else (open_ or frozenset()) | (not_known or frozenset())
    advised = _DIRECTIVE_NOT.sub("to ", _NOT_KNOWN.sub(" ", plain))
    unforbidden = _ADVICE_NOT.sub(" ", advised)
    things = [m.group("thing") for m in _PRIVATIVE.finditer(unforbidden)]
    negated, modal = _scope(_PRIVATIVE.sub(" ", unforbidden), _NEGATION), _scope(plain, _MODAL)
    # What advice not to do denies ('miss' in 'should not miss their doses') is read as a negation's.
    denying = negated is not None or unforbidden != advised
    heads, after = _denied(_PRIVATIVE.sub(" ", advised)) if denying else (frozenset(), frozenset())
    if things:
        negated = (negated or frozenset()).union(*(_words(t) for t in things))
        for thing in things:
            stems = [stem(w) for w in _SCOPE_WORD.findall(thing) if w.lower() not in STOPWORDS]
            heads, after = heads | set(stems[:1]), after | set(stems)
    return Signature(
        negated is not None, modal is not None, numbers, weekdays, days, _words(plain, names=False), negated or frozenset(),
        modal or frozenset(), _scope(plain, _CAN), prohibits, unknown, heads, after,
        frozenset((t.high, t.low) for t in read_tallies(plain)), tuple(q.measure for q in quantities),
    )


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))


def numbers_clash(a: Signature, b: Signature) -> bool:
    """Both state figures and share no value.

    Units are not compared: the parser's unit is the next word, which rewording changes ("40 mph"
    against "40 miles per hour"); one value in common is agreement enough for the aligner, and the
    merger's unit-aware figure check still keeps rival counts of one thing apart.

    Two tallies ('a 5-4 ruling' / 'ruled six to three') are compared as wholes: the quantity reader
    reads neither as counts. A measure written in two units agrees within the rounding the coarser one allows
    ('2.1 tonnes' / '2,140 kg'), as the merger's figure check allows it.
    """
    if a.tallies and b.tallies and not a.tallies & b.tallies:
        return True
    if not a.numbers or not b.numbers:
        return False
    measures_a = a.measures or (None,) * len(a.numbers)
    measures_b = b.measures or (None,) * len(b.numbers)
    return not any(_close(x, y) or same_duration(x, ux, y, uy) or abs(x - y) <= written_apart(ma, mb)
                   for (x, ux), ma in zip(a.numbers, measures_a, strict=True)
                   for (y, uy), mb in zip(b.numbers, measures_b, strict=True))


def dates_clash(a: Signature, b: Signature) -> bool:
    """Both name a weekday, or both a day of a month, in one role, and none is shared ('on Monday' / 'on Wednesday')."""
    for role in ("on", "bound"):
        wa, wb = {w for w, r in a.weekdays if r == role}, {w for w, r in b.weekdays if r == role}
        da, db = {d[:2] for d in a.days if d[2] == role}, {d[:2] for d in b.days if d[2] == role}
        if (wa and wb and not wa & wb) or (da and db and not da & db):
            return True
    return False


def _bears_on(reach: frozenset[str], marked: Signature, other: Signature) -> bool:
    """Does a negation or modal bear on what the other statement says?

    "Claimed victory on Sunday and has not changed his tone since" denies nothing that "declared
    victory on Sunday night" states: the 'not' reaches only 'changed his tone'. A marker whose
    reach shares no content word with the other statement is about something else; one with no
    content word in reach ("there were none") is taken to bear on all of it.
    """
    return not reach or bool(reach & other.words) or not marked.words


def _denies_what_is_stated(marked: Signature, other: Signature) -> bool:
    """Does the negation deny what the other statement says, not only share its subject?

    'Patients should not stop taking their medicine' denies stopping; 'patients taking the pill should
    speak with their doctor' states no stopping, so the two do not clash over 'patients' and 'taking'.
    The denied head ('stop') or two of the denied words must be in the other statement; with no denied
    words of its own ('a lockout won't happen') the negation denies its subject, as the reach says.
    """
    if not marked.denied:
        return True
    return bool(marked.denied_heads & other.words) or len(marked.denied & other.words) >= 2


def _one_sided(reach_a: frozenset[str] | None, reach_b: frozenset[str] | None, a: Signature, b: Signature) -> bool:
    """One statement only is marked (a prohibition, an open question), and the mark bears on the other."""
    if (reach_a is None) == (reach_b is None):
        return False
    marked, other, reach = (a, b, reach_a) if reach_a is not None else (b, a, reach_b)
    return _bears_on(reach or frozenset(), marked, other)


def differences(a: Signature, b: Signature, *, reviewed: bool = False) -> frozenset[str]:
    """Every hard difference between two statements: 'number', 'date', 'negation', 'modality'.

    ``reviewed``: a reader (the LLM review) has called the two one fact, so a negation separates them
    only where it denies what the other states (:func:`_denies_what_is_stated`), not where they share
    a subject alone. The aligner's own joins keep the wider rule: two sentences in one frame ('the
    chief executive said production would not restart' / '... said the company would cooperate')
    share much wording, and the negation is what tells them apart.
    """
    found = set()
    if numbers_clash(a, b):
        found.add("number")
    if dates_clash(a, b):
        found.add("date")
    if _one_sided(a.unknown, b.unknown, a, b) or (_one_sided(a.prohibits, b.prohibits, a, b) and (
            not reviewed or _denies_what_is_stated(*((a, b) if a.prohibits is not None else (b, a))))):
        found.add("negation")
    if a.negated != b.negated:
        marked, other = (a, b) if a.negated else (b, a)
        if _bears_on(marked.negated_reach, marked, other) and (not reviewed or _denies_what_is_stated(marked, other)):
            found.add("negation")
    if a.modal != b.modal:
        marked, other = (a, b) if a.modal else (b, a)
        answered = other.can_reach is not None and bool(other.can_reach & marked.modal_reach)
        if _bears_on(marked.modal_reach, marked, other) and not answered:
            found.add("modality")
    return frozenset(found)


def differs(a: Signature, b: Signature, *, reviewed: bool = False) -> str | None:
    """The first hard difference between two statements ('number', 'date', 'negation', 'modality'), or None."""
    found = differences(a, b, reviewed=reviewed)
    return next((kind for kind in ("number", "date", "negation", "modality") if kind in found), None)


def relation(a: str, b: str, similarity: float, threshold: float) -> Relation:
    """SAME when close enough and no hard difference; CONFLICT when close but differing."""
    if similarity < threshold:
        return Relation.DIFFERENT
    return Relation.CONFLICT if differs(signature(a), signature(b)) else Relation.SAME


def signatures(texts: Sequence[str]) -> list[Signature]:
    return [signature(t) for t in texts]
