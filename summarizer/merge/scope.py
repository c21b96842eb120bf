"""What an act covers: a counted part against the whole, and one list of places against a longer one.

"A recount of ballots from 96 polling stations" and "a full recount of all ballots" report one act
with two different reaches; so do "recalled from pharmacies in Tovik, Brenn and Asca" and "sold in
four countries: Tovik, Brenn, Asca and Morrow". Neither is a rival figure (a part and a whole do
not dispute a count) nor a rival decision, so the number and account finders pass them by, yet an
editor must see them. Both rules compare claims from independent sources only and keep to the
cases that cannot be two facts: the part and the whole name one act or object in similar words,
and the shorter list's sources never name the places the longer one adds.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.function_words import AUXILIARIES, MORE_PREPOSITIONS, PREPOSITIONS
from summarizer.merge._text import STOPWORDS, TEXT_MEMO, shortened, sorted_sources, source_order, stem
from summarizer.merge.claims import ClaimItem, ClaimMatcher
from summarizer.merge.discrepancies import is_total
from summarizer.numbers import MAJOR_CURRENCIES
from summarizer.quantities import Stated
from summarizer.schema import Discrepancy, Position, Span

SAME_SCOPE_ACT = 0.2  # weighted share of the smaller claim's words the two claims have in common
MIN_SHARED_PLACES = 2

# "all ballots", "a full recount", "the entire region", "every polling station" (not "all 1,846
# stations": a quantifier before a number states a total, which a part never disputes).
_WHOLE = re.compile(
    r"\b(?:all(?:\s+of)?(?:\s+the)?|every|(?:the\s+|an\s+)?entire|(?:the\s+)?whole|(?:a\s+)?full|(?:a\s+)?complete)\s+"
    r"(?!\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)",
    re.IGNORECASE,
)
# Words that are no part of the noun a whole names ("a full recount of", "every county will"): the phrase ends there.
_NOT_NOUNS = PREPOSITIONS | MORE_PREPOSITIONS | AUXILIARIES
_PART_UNITS_EXCLUDED = frozenset(["%", *MAJOR_CURRENCIES, "second", "minute", "hour", "day", "week", "month", "year"])
_PROGRESS = re.compile(r"\b(?:spread|spreading|now|so far|expanded|widened|extended|added|grew|reached)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Whole:
    item: ClaimItem
    nouns: frozenset[str]  # stems of what "all"/"full" is said of
    phrase: str


# "They all came out", "we all knew": 'all' floats after a pronoun and says nothing of a noun's whole.
_FLOATING = re.compile(r"\b(?:they|we|you|them|us|these|those)\s+$", re.IGNORECASE)
# "The last three came up at 5 p.m.", "another 40 were freed", "12 more": a step in a sequence, not a
# part of the act's reach, and the whole ("all were rescued") is where the sequence ends.
_STEP_BEFORE = re.compile(r"\b(?:last|first|final|remaining|next|other|another|further|latest)\s+$", re.IGNORECASE)
_STEP_AFTER = re.compile(r"^\s*(?:more|others)\b", re.IGNORECASE)


# "We will not concede until every vote has been counted", "if all ballots are checked": a whole in a condition is what
# someone demands or foresees, not the reach of what was done.
_CONDITION = re.compile(r"\b(?:until|till|unless|if)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _wholes(item: ClaimItem) -> _Whole | None:
    read = whole_reading(item.claim.text)
    return None if read is None else _Whole(item, *read)


@functools.lru_cache(maxsize=TEXT_MEMO)
def whole_reading(text: str) -> tuple[frozenset[str], str] | None:
    """What a sentence's 'all'/'full'/'entire' is said of (stems) and its phrases; None where it says it of nothing
    (remembered per text: read as each answer lands, by merge.prepare)."""
    found = [m for m in _WHOLE.finditer(text) if not _FLOATING.search(text[max(0, m.start() - 12) : m.start()])
             and not _CONDITION.search(text[max(0, m.start() - 30) : m.start()])]
    if not found:
        return None
    nouns = {stem(w) for m in found for w in m.group("noun").split() if w.lower() not in STOPWORDS and w.lower() not in _NOT_NOUNS}
    phrase = "; ".join(_trim(m.group(0)) for m in found)
    return (frozenset(nouns), phrase) if nouns else None


def _trim(phrase: str) -> str:
    """'a full recount of' -> 'a full recount': the match may end on a preposition."""
    words = phrase.split()
    while len(words) > 1 and words[-1].lower() in _NOT_NOUNS | STOPWORDS:
        words.pop()
    return " ".join(words)


def _counted(item: ClaimItem, q: Stated) -> str:
    """The figure with the noun it counts, as written: '96 polling stations'."""
    text = item.claim.text
    at = text.find(q.text)
    unit = q.unit_text or q.unit or ""
    if unit and q.text.endswith(unit):
        return q.text  # a model's figure may carry its noun already: '214 polling stations'
    end = text.find(unit, at + len(q.text)) if at >= 0 and unit else -1
    if end < 0 or end - at > 40:
        return f"{q.text} {unit}".strip()
    return text[at : end + len(unit)]


def _part(item: ClaimItem) -> Stated | None:
    """The claim's first counted part: a count of a concrete thing that is not itself a total, nor
    a step of a sequence."""
    for q in item.figures:
        if q.unit and q.unit not in _PART_UNITS_EXCLUDED and q.predicate is None and q.bound is None and not is_total(item, q):
            return None if _step(item.claim.text, q) else q
    return None


def _step(text: str, q: Stated) -> bool:
    at = text.find(q.text)
    return at >= 0 and bool(_STEP_BEFORE.search(text[max(0, at - 20) : at]) or _STEP_AFTER.match(text[at + len(q.text) :]))


def scope_discrepancies(items: Sequence[ClaimItem], matcher: ClaimMatcher) -> list[Discrepancy]:
    """A counted part against 'all'/'full'/'entire' for one act, from independent sources."""
    wholes = [w for item in items if (w := _wholes(item)) is not None]
    if not wholes:
        return []
    whole_of = {w.item.order for w in wholes}
    parts = [(item, q) for item in items if item.order not in whole_of and (q := _part(item)) is not None]
    # A part can only restrict a whole said of its counted noun or of the noun it is scoped by (see
    # _same_object), and only a whole from another source: each whole looks at those parts alone,
    # not at every part (wholes times parts was quadratic on one long article).
    by_noun: dict[str, dict[str, list[int]]] = {}
    for k, (item, q) in enumerate(parts):
        for noun in {_unit(q), _scoped(item, q)} - {None}:
            by_noun.setdefault(str(noun), {}).setdefault(item.independent, []).append(k)
    out: list[Discrepancy] = []
    used: set[int] = set()
    for whole in wholes:
        if whole.item.order in used:
            continue
        near = {k for noun in whole.nouns for source, ks in by_noun.get(noun, {}).items()
                if source != whole.item.independent for k in ks}
        matched = [
            (item, q)
            for item, q in (parts[k] for k in sorted(near))
            if item.independent != whole.item.independent
            and item.order not in used
            and _same_object(whole, item, q)
            and _shared(matcher, whole.item, item) >= SAME_SCOPE_ACT
        ]
        if not matched:
            continue
        used.add(whole.item.order)
        used.update(item.order for item, _ in matched)
        part_items = [item for item, _ in matched]
        q = matched[0][1]
        part_value = f"a part: {_counted(matched[0][0], q)}"
        part = Position(
            value=f"{part_value} ({shortened(part_items[0].claim.text, 140)})",
            sources=sorted_sources(i.source for i in part_items),
            evidence=_spans(part_items),
        )
        whole_side = Position(
            value=f"the whole: {whole.phrase} ({shortened(whole.item.claim.text, 140)})",
            sources=[whole.item.source],
            evidence=_spans([whole.item]),
        )
        act = _act_word(whole, part_items)
        out.append(
            Discrepancy(
                subject=f"What the {act} covers" if act else f"What is covered: {shortened(whole.item.claim.text, 70)}",
                kind="account",
                summary=f"Sources differ on what the {act or 'act'} covers: {part_value} ({', '.join(part.sources)}) "
                f"vs the whole, “{whole.phrase}” ({whole.item.source}).",
                positions=sorted([part, whole_side], key=lambda p: (-len(p.sources), source_order(p.sources[0]))),
            )
        )
    return out


def _same_object(whole: _Whole, item: ClaimItem, q: Stated) -> bool:
    """The part restricts what the whole is said of: 'ballots from 96 polling stations' against
    'all ballots', or '96 polling stations' against 'every polling station'. A counted noun alone
    is not enough: 'every candidate' may watch and 'two candidates' were not endorsed."""
    unit = _unit(q)
    if unit in whole.nouns:
        return bool((whole.nouns - {unit}) & item.tokens)
    scoped = _scoped(item, q)
    return scoped is not None and scoped in whole.nouns


def _unit(q: Stated) -> str:
    return stem(q.unit_text or q.unit or "")


def _scoped(item: ClaimItem, q: Stated) -> str | None:
    """The noun the counted figure is drawn from, stemmed: 'ballots from 96 polling stations' -> ballot."""
    text = item.claim.text
    at = text.find(q.text)
    if at < 0:
        return None
    scoped = re.search(r"([A-Za-z][\w-]*)\s+(?:from|in|at|of|across)\s+(?:the\s+|its\s+)?$", text[max(0, at - 40) : at])
    return stem(scoped.group(1)) if scoped is not None else None


def _shared(matcher: ClaimMatcher, a: ClaimItem, b: ClaimItem) -> float:
    ta = {t for t in a.tokens if not t.startswith("#")}
    tb = {t for t in b.tokens if not t.startswith("#")}
    small = min(sum(matcher.weight(t) for t in ta), sum(matcher.weight(t) for t in tb))
    return sum(matcher.weight(t) for t in ta & tb) / small if small else 0.0


def _act_word(whole: _Whole, parts: Sequence[ClaimItem]) -> str | None:
    """The act both sides name ('recount'), as the whole's claim writes it."""
    for word in re.findall(r"[A-Za-z][\w-]*", whole.phrase):
        if stem(word) in whole.nouns and all(stem(word) in p.tokens for p in parts):
            return str(word).lower()
    return None


# --------------------------------------------------------------------------- places

_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
_LIST = re.compile(rf"(?P<items>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})")
_LOCATIVE = re.compile(r"(?:\b(?:in|from|across|throughout|into|to|between)\s+|[a-z]+:\s+)$")


@dataclass(frozen=True, slots=True)
class _Places:
    item: ClaimItem
    names: frozenset[str]  # folded
    written: str


def place_lists(item: ClaimItem, not_places: frozenset[str]) -> list[_Places]:
    """Coordinated lists of names after 'in'/'from'/'across' or a 'countries:' colon."""
    out: list[_Places] = []
    text = item.claim.text
    for match in _LIST.finditer(text):
        if not _LOCATIVE.search(text[max(0, match.start() - 30) : match.start()]):
            continue
        names = [n.strip().rstrip(".") for n in re.split(r",\s+(?:and\s+)?|,?\s+and\s+", match.group("items")) if n.strip()]
        folded = frozenset(n.lower() for n in names)
        if len(folded) < 2 or folded & not_places or any(n.lower() in STOPWORDS for n in names):
            continue
        out.append(_Places(item, folded, match.group("items").rstrip(".")))
    return out


def place_discrepancies(items: Sequence[ClaimItem], texts: dict[str, str], not_places: frozenset[str]) -> list[Discrepancy]:
    """One source's list of places a strict superset of another's, for lists that are one list.

    The lists must share at least two places; the shorter list's sources must not name the added
    places anywhere (else they know of them and speak of something else); a source with two
    different overlapping lists, and a longer list written as a spread ('now also in'), are left out.
    """
    lists = [p for item in items for p in place_lists(item, not_places)]
    per_source: dict[str, set[frozenset[str]]] = {}
    for p in lists:
        per_source.setdefault(p.item.independent, set()).add(p.names)
    out: list[Discrepancy] = []
    seen: set[tuple[frozenset[str], frozenset[str]]] = set()
    for big in lists:
        if _PROGRESS.search(big.item.claim.text) or not _consistent(per_source[big.item.independent], big.names):
            continue
        small = [
            p for p in lists
            if p.item.independent != big.item.independent and p.names < big.names and len(p.names & big.names) >= MIN_SHARED_PLACES
            and _consistent(per_source[p.item.independent], p.names)
        ]
        if not small or len({p.names for p in small}) > 1:
            continue
        added = big.names - small[0].names
        if any(any(re.search(rf"\b{re.escape(a)}\b", texts.get(p.item.source, ""), re.IGNORECASE) for a in added) for p in small):
            continue
        key = (big.names, small[0].names)
        if key in seen:
            continue
        seen.add(key)
        bigs = [p for p in lists if p.names == big.names and p.item.independent != small[0].item.independent]
        shown = sorted({_written(big.written, a) for a in added})
        shorter = Position(value=small[0].written, sources=sorted_sources(p.item.source for p in small),
                           evidence=_spans([p.item for p in small]))
        longer = Position(value=big.written, sources=sorted_sources(p.item.source for p in bigs), evidence=_spans([p.item for p in bigs]))
        out.append(
            Discrepancy(
                subject="Places covered",
                kind="account",
                summary=f"Sources list different places: {shorter.value} ({', '.join(shorter.sources)}) vs {longer.value} "
                f"({', '.join(longer.sources)}), which adds {', '.join(shown)}.",
                positions=sorted([shorter, longer], key=lambda p: (-len(p.sources), source_order(p.sources[0]))),
            )
        )
    return out


def _consistent(lists: set[frozenset[str]], names: frozenset[str]) -> bool:
    """The source gives no other list overlapping this one: it has one list of these places."""
    return not any(other != names and len(other & names) >= MIN_SHARED_PLACES for other in lists)


def _written(text: str, folded: str) -> str:
    found = re.search(rf"\b{re.escape(folded)}\b", text, re.IGNORECASE)
    return str(found.group(0)) if found else folded



def _spans(members: Sequence[ClaimItem]) -> list[Span]:
    unique = {(i.span.source, i.span.start, i.span.end): i.span for i in members}
    return [unique[k] for k in sorted(unique, key=lambda k: (source_order(k[0]), k[1], k[2]))]
