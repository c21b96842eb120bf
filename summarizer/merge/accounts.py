"""Account discrepancies: the same actor and object, but sources say different things were done.

"Reyes ordered police to clear the gates" against "Reyes asked police for options but did not
order them to act" is the kind of disagreement an editor must see with who says each: the claim
text keeps its attribution and hedging in the position. Claims are compared on their core (the
words left after the decision verb, the attribution tail and date words are removed), because two
sources rarely attribute or date the same act in the same words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from summarizer.merge._text import STOPWORDS, content_tokens, per_claim_text, shortened, sorted_sources, source_order, stem, words
from summarizer.merge.account_cues import (
    ATTRIBUTION_TAIL,
    CARRIERS,
    CLOCK,
    DECIDED,
    DECISION_CUE,
    DECISION_NAMES,
    DISCOURSE,
    LEADING_ATTRIBUTION,
    MODALITY,
    NEGATED,
    NO_OBJECT,
    NO_SUBJECT,
    NOT_ORDERED,
    OBJECT_END,
    UNDECIDED,
)
from summarizer.merge.claims import ClaimItem, ClaimMatcher
from summarizer.merge.cluster import LeaderIndex
from summarizer.merge.event_items import DATE_WORDS
from summarizer.schema import Discrepancy, Position, Span
from summarizer.text import sentence_spans

SAME_ACT = 0.6
DENIED_ACT = 0.2  # one source explicitly denies what the other asserts, naming the same parties: a lower bar


@dataclass(frozen=True, slots=True)
class Decided:
    """A claim that reports a decision: its class, the cue's stem, the classes it explicitly denies."""

    item: ClaimItem
    name: str
    cue: str
    denied: frozenset[str]
    core: frozenset[str]
    names: frozenset[str]
    actor: frozenset[str] = frozenset()  # names before the decision word: who acted
    objects: tuple[frozenset[str], ...] = ()  # the words each decision word takes, to its clause's end
    undecided: bool = False  # says nothing is decided yet ("no decision has been made", "postponed the vote")


def _objects(text: str) -> tuple[frozenset[str], ...]:
    """What each decision word in ``text`` is about: 'ordered [the ferry out of service], and opened …' and
    'is considering [whether to take the ship out of service at all]'. Two accounts of one decision share
    this much more than their whole sentences, which each pad with other facts."""
    out = []
    text = ATTRIBUTION_TAIL.sub("", text)
    for match in DECISION_CUE.finditer(text):
        tail = text[match.end():]
        end = OBJECT_END.search(tail)
        obj = MODALITY.sub(" ", DATE_WORDS.sub(" ", CLOCK.sub(" ", tail[: end.start() if end else len(tail)])))
        # Names are the actor's business (see _same_actor); what was decided is in the common words.
        common = " ".join(w for w in words(DECISION_CUE.sub(" ", obj)) if not w[:1].isupper())
        tokens = frozenset(t for t in content_tokens(common) if not t.startswith("#"))
        if tokens:
            out.append(tokens)
    return tuple(out)


@per_claim_text
def decision(item: ClaimItem) -> Decided | None:
    """The first asserted decision verb decides the class; negated ones ('did not order') are denials."""
    text = item.claim.text
    asserted: tuple[str, str] | None = None
    at = len(text)
    denied: set[str] = set()
    denied_until = -1  # what a denied verb takes was not done either: "stopped short of ordering a refund of cancelled fares"
    for match in DECISION_CUE.finditer(text):
        if match.lastgroup is None:
            continue
        name = DECISION_NAMES[int(match.lastgroup[1:])]
        before = text[: match.start()]
        # "recommended no charges", "ordered no evacuation", "voted against the plan": the object denies the act.
        if NEGATED.search(before[-40:]) or NO_SUBJECT.search(before[-60:]) or NO_OBJECT.match(text, match.end()):
            denied.add(name)
            end = OBJECT_END.search(text, match.end())
            denied_until = end.start() if end else len(text)
        elif match.start() < denied_until:
            continue
        elif asserted is None or (asserted[1] in CARRIERS and stem(match.group(0)) not in CARRIERS):
            at = match.start() if asserted is None else at  # 'signed a decree that banned ...': banned decides
            asserted = name, stem(match.group(0))
    if asserted is None and not denied:
        return None
    if asserted is None:
        # "has not ordered a recall": the denial is this source's whole account of the decision.
        asserted = "not " + sorted(denied)[0].split(" / ")[0], ""
    # The decision's own words are not what was decided ("is still under study and nothing has been decided").
    core_text = DATE_WORDS.sub(" ", ATTRIBUTION_TAIL.sub("", DECISION_CUE.sub(" ", DISCOURSE.sub(" ", _decision_clauses(text)))))
    core = frozenset(t for t in content_tokens(core_text) if not t.startswith("#"))
    names = frozenset(w.lower() for w in words(text) if w[:1].isupper() and w.lower() not in STOPWORDS) | _acronyms(text)
    actor = frozenset(w.lower() for w in words(LEADING_ATTRIBUTION.sub("", text[:at]))
                      if w[:1].isupper() and w.lower() not in STOPWORDS)
    return Decided(item, asserted[0], asserted[1], frozenset(denied - {asserted[0]}), core, names, actor & names,
                   _objects(text), UNDECIDED.search(text) is not None)


OBJECT_WORDS = 2  # an object of one word ('a review') is too little to say two decisions are one, as is
SHARED_WORDS = 2  # one shared word ('the notice') between two accounts' cores

# A lead-in before a colon or semicolon ("here's the part nobody wanted to say: …") pads the core.
_CLAUSE_BREAK = re.compile(r"[:;]\s+")
# Capitalised words of one name, small words allowed inside: 'Northern Rivers Agency', 'Board of Health'.
_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][a-z]+)+")


def _decision_clauses(text: str) -> str:
    """The clauses of ``text`` that carry a decision word (all of it when none or every one does)."""
    parts = _CLAUSE_BREAK.split(text)
    kept = [p for p in parts if DECISION_CUE.search(p)]
    return " ".join(kept) if kept else text


def _acronyms(text: str) -> frozenset[str]:
    """The initials of each multi-word name, so 'the NRA' and 'the Northern Rivers Agency' share a name."""
    out = set()
    for match in _NAME_RUN.finditer(text):
        initials = "".join(w[0] for w in match.group(0).split() if w[0].isupper() and w.lower() not in STOPWORDS)
        if len(initials) >= 2:
            out.add(initials.lower())
    return frozenset(out)


def _named_alike(a: Decided, b: Decided) -> bool:
    """The two accounts name a common party: a shared name, or one's name among the other's words
    (a translation writes 'the city council' in lower case)."""
    return bool(a.names & b.names) or any(stem(n) in b.core for n in a.names) or any(stem(n) in a.core for n in b.names)


def _same_object(a: Decided, b: Decided, matcher: ClaimMatcher) -> float:
    """The best weighted containment between what a decision word of ``a`` and one of ``b`` take."""
    best = 0.0
    for x in a.objects:
        for y in b.objects:
            if min(len(x), len(y)) < OBJECT_WORDS:
                continue
            small = min(sum(matcher.weight(t) for t in x), sum(matcher.weight(t) for t in y))
            if small:
                best = max(best, sum(matcher.weight(t) for t in x & y) / small)
    return best


def _same_actor(members: Sequence[Decided]) -> bool:
    """Some pair of different classes names a common actor (or one names none), or one denies the
    other (:func:`_opposed`): Ferro asking for a recount and the commission ordering one are two acts
    by two parties, not two accounts of one.

    Decided per class, not per pair (a group of one often-repeated decision was quadratic): a member
    naming no actor pairs with any member of another class; an actor word two classes name is shared.
    """
    names = {m.name for m in members}
    if len(names) < 2:
        return False
    if any(not m.actor for m in members):
        return True
    classes_of: dict[str, set[str]] = {}
    for m in members:
        for word in m.actor:
            classes_of.setdefault(word, set()).add(m.name)
    if any(len(classes) > 1 for classes in classes_of.values()):
        return True
    if any(name in names and name != m.name for m in members for name in m.denied):
        return True  # one side denies another's class ('did not order' against 'ordered')
    return DECIDED in names and (DECIDED in NOT_ORDERED or bool((names - {DECIDED}) & NOT_ORDERED))


def _opposed(a: Decided, b: Decided) -> bool:
    """One side explicitly denies what the other asserts ('did not order' against 'ordered'), or says what
    was done in words that deny it ('a voluntary withdrawal', 'only a warning' against 'ordered')."""
    return (a.name in b.denied or b.name in a.denied
            or (bool({a.name, b.name} & NOT_ORDERED) and DECIDED in {a.name, b.name}))


def _undecided_against(a: Decided, b: Decided) -> bool:
    """One side says nothing is decided yet, the other that it was ordered or approved."""
    return (a.undecided and b.name == DECIDED) or (b.undecided and a.name == DECIDED)


def _common_shared(a: Decided, b: Decided, shared: frozenset[str]) -> int:
    """How many shared core words are common words, not names: 'contract', 'repair', not 'Velka'."""
    named = {stem(n) for n in a.names | b.names}
    return len(shared - named)


# "It is still under study": the decision's subject is a pronoun, what it stands for is in the sentence before;
# so is an object ("had not put her name to it", "has not ordered them") that the decision word ends on.
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|this|that|they)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_PRONOUN_OBJECT = re.compile(r"\s+(?:to\s+|on\s+)?(?:it|them)\b(?!\s+(?:is|was|has|had|would|will)\b)", re.IGNORECASE)
CONTEXT_CHARS = 300


def _with_antecedent(d: Decided, text: str | None) -> Decided:
    """A decision told of a pronoun ('the district says it is still under study') takes the words of
    the sentence before it, which names what 'it' is; without them its core is a name or two that
    any other account of anything could share."""
    claim = d.item.claim.text
    cue = DECISION_CUE.search(claim)
    if text is None or cue is None or not (_PRONOUN_SUBJECT.search(claim[max(0, cue.start() - 40) : cue.start()])
                                           or _PRONOUN_OBJECT.match(claim, cue.end())):
        return d
    start = d.item.span.start
    window = text[max(0, start - CONTEXT_CHARS) : start]
    spans = sentence_spans(window)
    if not spans:
        return d
    before = window[spans[-1][0] : spans[-1][1]]
    extra = frozenset(t for t in content_tokens(DATE_WORDS.sub(" ", before)) if not t.startswith("#"))
    return replace(d, core=d.core | extra)


def account_discrepancies(items: Sequence[ClaimItem], matcher: ClaimMatcher,
                          texts: Mapping[str, str] | None = None) -> list[Discrepancy]:
    """Same actor and object, different act: 'asked for options' against 'ordered the strike'."""
    texts = texts or {}
    decided = [_with_antecedent(d, texts.get(item.source)) for item in items if (d := decision(item)) is not None]
    cue_stems = {d.cue for d in decided if d.cue}

    def similar(a: Decided, b: Decided) -> float:
        ta, tb = a.core - cue_stems, b.core - cue_stems
        shared = ta & tb
        inter = sum(matcher.weight(t) for t in shared) if len(shared) >= SHARED_WORDS else 0.0
        small = min(sum(matcher.weight(t) for t in ta), sum(matcher.weight(t) for t in tb))
        score = max(inter / small if small else 0.0, _same_object(a, b, matcher))
        if score >= DENIED_ACT and (
            (_opposed(a, b) and (_named_alike(a, b) or _common_shared(a, b, shared) >= SHARED_WORDS))
            # "Yet to decide whether to fine the firm" is about the fine, not the order everyone else reports:
            # an implied denial needs the accounts' own common words, names are not enough.
            or (_undecided_against(a, b) and _common_shared(a, b, shared) >= SHARED_WORDS)
        ):
            score = max(score, SAME_ACT)
        return score

    index: LeaderIndex[Decided] = LeaderIndex(similar, SAME_ACT, weight=matcher.weight)
    for d in decided:
        index.add(d, set(d.core - cue_stems), anchors=sorted({t for o in d.objects for t in o}))
    out: list[Discrepancy] = []
    for group in index.groups:
        if not _same_actor(group.members):
            continue
        classes: dict[str, list[ClaimItem]] = {}
        for d in group.members:
            classes.setdefault(d.name, []).append(d.item)
        if "not confirmed" not in classes:
            classes.pop("confirmed", None)  # a confirmation agrees with any account but its own denial
        classes = _one_side_per_outlet(_agreeing_denials(classes, {d.item.order: d for d in group.members}))
        independents = [{i.independent for i in members} for members in classes.values()]
        if len(classes) < 2 or len(set().union(*independents)) < 2:
            continue
        positions = [_position(name, members, classes, decided) for name, members in classes.items()]
        positions.sort(key=lambda p: source_order(p.sources[0]))
        listing = " vs ".join(f"{p.value.split(':')[0]} ({', '.join(p.sources)})" for p in positions)
        out.append(
            Discrepancy(
                subject=shortened(group.members[0].item.claim.text, 90),
                kind="account",
                summary=f"Sources describe the decision differently: {listing}.",
                positions=positions,
            )
        )
    return out


def _agreeing_denials(classes: dict[str, list[ClaimItem]], of: dict[int, Decided]) -> dict[str, list[ClaimItem]]:
    """'Recommended no charges' and 'without recommending charges' deny one act: a class whose every
    account denies what a 'not …' class denies is on that class's side, whatever else it asserts."""
    out = dict(classes)
    for name in list(out):
        if not name.startswith("not ") or name not in out:
            continue
        denied = frozenset.intersection(*(of[i.order].denied for i in out[name]))
        for other in list(out):
            if other != name and denied and all(of[i.order].denied & denied for i in out[other]):
                out[name] = out[name] + out.pop(other)
    return out


def _one_side_per_outlet(classes: dict[str, list[ClaimItem]]) -> dict[str, list[ClaimItem]]:
    """Classes told only by one outlet, the same one, are that outlet's one account: 'has not ordered
    the line closed' and 'it has asked the railroad to keep trains off' are one side, not two."""
    out: dict[str, list[ClaimItem]] = {}
    lone: dict[str, str] = {}  # independent source -> the name its lone classes are gathered under
    for name, members in classes.items():
        outlets = {i.independent for i in members}
        if len(outlets) == 1 and (outlet := next(iter(outlets))) in lone:
            key = lone.pop(outlet)
            out[f"{key}; {name}"] = out.pop(key) + members
            lone[outlet] = f"{key}; {name}"
            continue
        out[name] = members
        if len(outlets) == 1:
            lone[next(iter(outlets))] = name
    return out


NEARBY = 400  # characters: the same paragraph of the same article


def _position(name: str, members: list[ClaimItem], classes: dict[str, list[ClaimItem]], decided: Sequence[Decided]) -> Position:
    """One side's account, with what its sources say of the decision close by in other words.

    "Halvorsen describes the move as a voluntary withdrawal", "the agency has not ordered a recall"
    and "it has only issued a safety warning" are one outlet's account of one decision, though only
    the second shares the ordering side's words; the editor needs all three on that side. Only a
    side told by one outlet gathers them: a side several outlets agree on is told by their shared
    account, and its outlets' nearby decisions are about other things ("164 flights were cancelled").
    """
    sources = {i.source for i in members}
    if len({i.independent for i in members}) > 1:
        return Position(value=f"{name}: {_account(members)}", sources=sorted_sources(sources), evidence=_spans(members))
    taken = {i.order for group in classes.values() for i in group}
    # Nearby words on another matter are not this decision's: an extra shares some of what the accounts are about.
    about = {t for d in decided if d.item.order in taken for t in d.core}
    extra = [
        d for d in decided
        if d.item.source in sources and d.item.order not in taken and d.name not in classes
        and any(abs(d.item.span.start - m.span.start) <= NEARBY for m in members if m.source == d.item.source)
        and d.core & about
    ]
    names = [name, *dict.fromkeys(d.name for d in extra)]
    told = [*members, *(d.item for d in extra)]
    return Position(value=f"{'; '.join(names)}: {_account(told)}", sources=sorted_sources(sources), evidence=_spans(told))


def _account(members: Sequence[ClaimItem]) -> str:
    """The claim as its source tells it (and the same source's nearby words on it), with who says so
    and whether the source hedges it."""
    claim = members[0].claim
    text = shortened(claim.text, 160)
    notes = []
    who = (claim.attribution or "").strip()
    if who and who.lower() not in claim.text.lower():
        notes.append(f"according to {who}")
    if claim.hedged:
        notes.append("unconfirmed")
    more = [m.claim.text for m in members[1:] if m.source == members[0].source and m.claim.text != claim.text][:2]
    text = " ".join([text, *(shortened(t, 120) for t in more)])
    return f"{text} ({'; '.join(notes)})" if notes else text


def _spans(members: Sequence[ClaimItem]) -> list[Span]:
    unique = {(i.span.source, i.span.start, i.span.end): i.span for i in members}
    return [unique[k] for k in sorted(unique, key=lambda k: (source_order(k[0]), k[1], k[2]))]
