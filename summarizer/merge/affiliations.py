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

import functools
import re
from collections.abc import Sequence

from summarizer.merge._text import INDEXED_TEXTS, ArticleTexts, sorted_sources, source_order, word_starts
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


# What follows a name in the patterns that begin with it (by their place in _patterns' list).
_AFTER_NAME = {
    0: rf"\s*,\s*(?:the\s+|a\s+|an\s+)?(?P<org>{_ORG})\s+{_LABEL}\b",
    1: rf"\s*,\s*(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?{_VIA}\s+(?:the\s+)?(?P<org>{_ORG})",
    2: rf"\s*,\s*(?:[\w'’-]+\s+){{0,8}}?who\s+{_VIA}\s+(?:the\s+)?(?P<org>{_ORG})",
    5: r"\s*\((?P<org>[A-Z][A-Za-z]{1,6})\)",
}
_TAILS = {k: re.compile(tail) for k, tail in _AFTER_NAME.items()}


_PATTERN_COUNT = len(_AFTER_NAME) + 2


def _pattern(name: str, n: int) -> re.Pattern[str]:
    """The ``n``-th pattern for ``name`` (compiled alone: a name is matched by one or two of them, and
    each is new in every story)."""
    e = re.escape(name)
    if n in _AFTER_NAME:
        return re.compile(rf"\b{e}{_AFTER_NAME[n]}")
    if n == 3:
        return re.compile(rf"(?:\bthe\s+|\ba\s+|\ban\s+)?(?P<org>{_ORG})\s+{_LABEL}\s*,?\s+{e}\b")
    return re.compile(rf"(?P<org>{_ORG})['’]s\s+{e}\b")


def _patterns(name: str) -> list[re.Pattern[str]]:
    return [_pattern(name, n) for n in range(_PATTERN_COUNT)]


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
    mentions = _Mentions(texts)
    # People named alike (one title named alone in many places, each its own entity) are read once.
    found: dict[tuple[str, tuple[str, ...], tuple[str, ...]], list[tuple[str, str, Span]]] = {}
    for person in entities:
        if person.type != "person":
            continue
        key = (person.name, tuple(person.aliases), tuple(person.sources))
        if key not in found:
            found[key] = _affiliations(person, texts, alias_of, mentions)
        sides = _sides(found[key], alias_of)
        if _disputed(sides, independent):
            out.append(_discrepancy(person, sides))
    return out


_Side = tuple[str, dict[str, list[Span]]]  # (organisation as first written, source -> spans)


def _sides(found: list[tuple[str, str, Span]], alias_of: dict[str, str]) -> list[_Side]:
    """The affiliations found, grouped where they name the same party or movement."""
    sides: list[_Side] = []
    for source, org, span in found:
        home = next((s for s in sides if _same(s[0], org, alias_of)), None)
        if home is None:
            sides.append((org, {source: [span]}))
        else:
            home[1].setdefault(source, []).append(span)
    return sides


def _disputed(sides: list[_Side], independent: dict[str, str]) -> bool:
    """Two or more sides, from independent sources, none of which gives two of them: a source tying the
    person to two (a coalition, a change of party) is no dispute."""
    if len(sides) < 2:
        return False
    both = [set(s[1]) for s in sides]
    if any(a & b for i, a in enumerate(both) for b in both[i + 1 :]):
        return False
    independents = [{independent.get(s, s) for s in side} for side in both]
    return len(set().union(*independents)) >= 2


def _discrepancy(person: MergedEntity, sides: list[_Side]) -> Discrepancy:
    positions = [Position(value=org, sources=sorted_sources(spans), evidence=_evidence(spans)) for org, spans in sides]
    positions.sort(key=lambda p: (-len(p.sources), source_order(p.sources[0])))
    listing = " vs ".join(f"{p.value} ({', '.join(p.sources)})" for p in positions)
    return Discrepancy(
        subject=f"Party or movement of {person.name}",
        kind="title",
        summary=f"Sources tie {person.name} to different parties or movements: {listing}.",
        positions=positions,
    )


def _evidence(spans: dict[str, list[Span]]) -> list[Span]:
    unique = {(sp.source, sp.start): sp for found in spans.values() for sp in found}
    return sorted(unique.values(), key=lambda sp: (source_order(sp.source), sp.start))


def _affiliations(person: MergedEntity, texts: dict[str, str], alias_of: dict[str, str],
                  mentions: _Mentions | None = None) -> list[tuple[str, str, Span]]:
    """(source, organisation as written, evidence span) for each affiliation stated next to a mention."""
    mentions = mentions or _Mentions(texts)
    forms = sorted({person.name, *person.aliases}, key=len, reverse=True)
    out: list[tuple[str, str, Span]] = []
    for source in sorted(person.sources, key=source_order):
        text = texts.get(source, "")
        seen: set[int] = set()
        for form in forms:
            if len(form) < 3 or not mentions.present(source, form):
                continue
            for n in range(_PATTERN_COUNT):
                for org, at, start, end in mentions.matches(source, form, n):
                    org = org.strip()
                    if at in seen or not _party_like(org, alias_of) or _PAST.search(text[max(0, at - 40) : at]):
                        continue
                    if _fold(org) in {_fold(f) for f in forms}:
                        continue
                    seen.add(at)
                    out.append((source, org, Span(source=source, start=start, end=end, text=text[start:end])))
    return out


# Where a name can stand after a label ('… candidate, ') or a possessive ('…'s '): the only places the
# two patterns that read the party before the name can match.
_AFTER_LABEL = re.compile(rf"{_LABEL}\s*,?\s+|['’]s\s+")
Found = tuple[str, int, int, int]  # the organisation as matched, where it starts, the match's start and end


@functools.lru_cache(maxsize=INDEXED_TEXTS)
def label_ends(text: str) -> frozenset[int]:
    """Where a label ('spokesperson for', "'s") ends in an article: remembered per text, read as each answer lands
    (merge.prepare)."""
    return frozenset(m.end() for m in _AFTER_LABEL.finditer(text))


class _Mentions:
    """Each article's mentions of each name, found from one index of word starts per article.

    Scanning a whole article with six patterns compiled per person was quadratic on a long article
    that names a new person every few lines (40 kB: 52 s). A pattern that begins with a name can
    only match where the name starts a word, so what follows the name is matched there, with one
    pattern compiled once (skipping starts inside the previous match, as ``finditer`` does); the
    two that end with the name run over the article only when the name stands after a label or a
    possessive somewhere, which most names never do. A name not starting with a letter or digit
    gets the whole-article scan.
    """

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts if isinstance(texts, ArticleTexts) else ArticleTexts(texts)
        self._after: dict[str, frozenset[int]] = {}

    def present(self, source: str, form: str) -> bool:
        """Whether any pattern could match ``form`` in the article (a word starts with it somewhere)."""
        text = self.texts.get(source, "")
        return form in text if not re.match(r"\w", form) else bool(self.starts(source, form))

    def starts(self, source: str, form: str) -> list[int]:
        if source not in self._after:
            self._after[source] = label_ends(self.texts.get(source, ""))
        return word_starts(self.texts, source, form)

    def matches(self, source: str, form: str, n: int) -> list[Found]:
        text = self.texts.get(source, "")
        if not re.match(r"\w", form) or (n not in _TAILS and any(at in self._after[source] for at in self.starts(source, form))):
            return [(m.group("org"), m.start("org"), m.start(), m.end()) for m in _pattern(form, n).finditer(text)]
        if n not in _TAILS:
            return []
        found: list[Found] = []
        end = 0
        for at in self.starts(source, form):
            if at < end:
                continue
            match = _TAILS[n].match(text, at + len(form))
            if match is not None:
                found.append((match.group("org"), match.start("org"), at, match.end()))
                end = match.end()
        return found
