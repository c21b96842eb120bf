"""Whose side a person is on: the party or movement each outlet ties them to, and outlets that differ.

"Lena Ostrova, who leads the Green Alliance" in three outlets and "Lena Ostrova, the Labour
candidate" in a fourth is a conflict an editor must see, yet titles compare offices ("candidate",
"leader") and the party is not one. The affiliation is read from the article text right around
each mention of the person, in the few forms news uses: an apposition ("X, the A candidate",
"X, the leader of A", "X, of A"), a relative clause ("X, who leads A"), a label before the name
("A candidate X", "A's X"). Only party-like names count (a political word or a party noun, or a
known organisation's alias): "X, the former mayor of Tarn" names a place, not a side. Two names
are one affiliation when one's words are all in the other's (a translation's word order, a
demonym) or both are the same organisation's aliases; a past affiliation ("formerly of A",
"ex-A") is no claim about now.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.merge._text import sorted_sources, source_order
from summarizer.schema import Discrepancy, MergedEntity, Position, Span
from summarizer.text import strip_accents

_ORG = r"[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w'’-]*){0,5}"
_LABEL = r"(?:candidate|nominee|leader|chief|member|lawmaker|deputy|senator|MP|politician|challenger|incumbent|contender|hopeful)"
_VIA = r"(?:leads|led|heads|headed|chairs|founded|represents|leader of|head of|founder of|member of|candidate of|candidate for|of|for|from)"
# Political words and party nouns: what makes a capitalised name a side rather than a place.
_PARTY_WORDS = frozenset(
    ["party", "movement", "union", "alliance", "front", "bloc", "coalition", "league", "congress", "democratic", "democrat",
     "democrats", "republican", "republicans", "conservative", "conservatives", "labour", "labor", "liberal", "liberals", "socialist",
     "socialists", "green", "greens", "communist", "progressive", "nationalist", "centrist", "populist", "christian", "people's",
     "list", "caucus", "independents", "independent"]
)
_PAST = re.compile(r"\b(?:former(?:ly)?|ex-|once|previously|until|left|quit|defected)\b[^,.;]{0,30}$", re.IGNORECASE)


def _patterns(name: str) -> list[re.Pattern[str]]:
    n = re.escape(name)
    return [
        re.compile(rf"\b{n}\s*,\s*(?:the\s+|a\s+|an\s+)?(?P<org>{_ORG})\s+{_LABEL}\b"),
        re.compile(rf"\b{n}\s*,\s*(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?{_VIA}\s+(?:the\s+)?(?P<org>{_ORG})"),
        re.compile(rf"\b{n}\s*,\s*(?:[\w'’-]+\s+){{0,8}}?who\s+{_VIA}\s+(?:the\s+)?(?P<org>{_ORG})"),
        re.compile(rf"(?:\bthe\s+|\ba\s+|\ban\s+)?(?P<org>{_ORG})\s+{_LABEL}\s*,?\s+{n}\b"),
        re.compile(rf"(?P<org>{_ORG})['’]s\s+{n}\b"),
        re.compile(rf"\b{n}\s*\((?P<org>[A-Z][A-Za-z]{{1,6}})\)"),
    ]


def _fold(text: str) -> str:
    return re.sub(r"^the\s+", "", strip_accents(text).lower().replace("’", "'")).strip()


def _words(org: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9']+", _fold(org)) if w not in {"the", "of", "and", "for", "party"})


def _same(a: str, b: str, alias_of: dict[str, str]) -> bool:
    fa, fb = _fold(a), _fold(b)
    if fa == fb or (fa in alias_of and alias_of.get(fa) == alias_of.get(fb)):
        return True
    wa, wb = _words(a), _words(b)
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return bool(small) and all(any(w == v or (min(len(w), len(v)) >= 4 and w[:5] == v[:5]) for v in large) for w in small)


def _party_like(org: str, alias_of: dict[str, str]) -> bool:
    return _fold(org) in alias_of or bool(_words(org) & _PARTY_WORDS)


def affiliation_discrepancies(
    entities: Sequence[MergedEntity], texts: dict[str, str], independent: dict[str, str]
) -> list[Discrepancy]:
    """People tied to different parties or movements by independent sources that do not give both."""
    alias_of: dict[str, str] = {}
    for e in entities:
        if e.type == "organization":
            for form in (e.name, *e.aliases):
                alias_of.setdefault(_fold(form), e.name)
    out: list[Discrepancy] = []
    for person in entities:
        if person.type != "person":
            continue
        found = _affiliations(person, texts, alias_of)
        sides: list[tuple[str, dict[str, list[Span]]]] = []  # (org as first written, source -> spans)
        for source, org, span in found:
            home = next((s for s in sides if _same(s[0], org, alias_of)), None)
            if home is None:
                sides.append((org, {source: [span]}))
            else:
                home[1].setdefault(source, []).append(span)
        if len(sides) < 2:
            continue
        both = [set(s[1]) for s in sides]
        if any(a & b for i, a in enumerate(both) for b in both[i + 1 :]):
            continue  # a source tying the person to two of them (a coalition, a change of party) is no dispute
        independents = [{independent.get(s, s) for s in side} for side in both]
        if len(set().union(*independents)) < 2:
            continue
        positions = [Position(value=org, sources=sorted_sources(spans), evidence=_evidence(spans)) for org, spans in sides]
        positions.sort(key=lambda p: (-len(p.sources), source_order(p.sources[0])))
        listing = " vs ".join(f"{p.value} ({', '.join(p.sources)})" for p in positions)
        out.append(
            Discrepancy(
                subject=f"Party or movement of {person.name}",
                kind="title",
                summary=f"Sources tie {person.name} to different parties or movements: {listing}.",
                positions=positions,
            )
        )
    return out


def _evidence(spans: dict[str, list[Span]]) -> list[Span]:
    unique = {(sp.source, sp.start): sp for found in spans.values() for sp in found}
    return sorted(unique.values(), key=lambda sp: (source_order(sp.source), sp.start))


def _affiliations(person: MergedEntity, texts: dict[str, str], alias_of: dict[str, str]) -> list[tuple[str, str, Span]]:
    """(source, organisation as written, evidence span) for each affiliation stated next to a mention."""
    forms = sorted({person.name, *person.aliases}, key=len, reverse=True)
    out: list[tuple[str, str, Span]] = []
    for source in sorted(person.sources, key=source_order):
        text = texts.get(source, "")
        seen: set[int] = set()
        for form in forms:
            if form not in text or len(form) < 3:
                continue
            for pattern in _patterns(form):
                for match in pattern.finditer(text):
                    org = match.group("org").strip()
                    at = match.start("org")
                    if at in seen or not _party_like(org, alias_of) or _PAST.search(text[max(0, at - 40) : at]):
                        continue
                    if _fold(org) in {_fold(f) for f in forms}:
                        continue
                    seen.add(at)
                    out.append((source, org, Span(source=source, start=match.start(), end=match.end(), text=match.group(0))))
    return out
