"""What names the same entity: the keys a name is matched by (title-free words, aliases, acronyms,
an organisation's word set, a person's name without middle initials) and a name contained in a
longer phrase extraction took for one."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from summarizer.extract.offline.lexicon import ORG_WORDS as LEXICON_ORG_WORDS
from summarizer.extract.offline.lexicon import TITLE_OPENERS as TITLE_WORDS
from summarizer.extract.offline.names import SURNAME_PARTICLES
from summarizer.merge.cluster import UnionFind
from summarizer.schema import EntityType, Span
from summarizer.text import strip_accents

NAME_MEMO = 50_000
# Words that open a person's name as an office: the lexicon's (one vocabulary for extraction and merging).
CONNECTORS = frozenset(["of", "the", "and", "for", "de", "des", "du", "la", "le", "el", "al", "von", "van", "der", "di", "da", "del", "y"])
ORG_WORDS = frozenset(
    [
        "ministry",
        "police",
        "department",
        "agency",
        "office",
        "company",
        "government",
        "council",
        "party",
        "union",
        "bank",
        "court",
        "army",
        "navy",
        "committee",
        "commission",
        "association",
        "institute",
        "university",
        "corporation",
        "group",
        "inc",
        "ltd",
    ]
)


@dataclass
class Mention:
    """One naming of an entity in one source (an extracted entity or a quote's speaker)."""

    key: str
    source: str
    name: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    span: Span | None = None


def name_tokens(name: str) -> list[str]:
    return list(_name_tokens(name))


# Each name is read many times over (every pass of the resolver, the titles and affiliations finders).
@functools.lru_cache(maxsize=NAME_MEMO)
def _name_tokens(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", strip_accents(name).lower()))


_LEADING = TITLE_WORDS | {"the"}


def bare_name(name: str) -> list[str]:
    """Name tokens without leading titles ('Finance Minister Jean Dupont' -> ['jean', 'dupont']).

    An office word before an organisation's head names the body and stays: 'State Department' and
    'Justice Department' are two departments, not both 'department'."""
    return list(_bare_name(name))


@functools.lru_cache(maxsize=NAME_MEMO)
def _bare_name(name: str) -> tuple[str, ...]:
    tokens = _name_tokens(name)
    while len(tokens) > 1 and tokens[0] in _LEADING and not (
            tokens[0] != "the" and len(tokens) == 2 and tokens[1] in LEXICON_ORG_WORDS):
        tokens = tokens[1:]
    return tokens


def surname_form(tokens: list[str]) -> list[str]:
    """A surname written with its particles alone ('van den berg', 'de la cruz') as the surname it is
    (['berg']), so it meets 'Pieter van den Berg'; any other name as it is."""
    if len(tokens) > 1 and all(t in SURNAME_PARTICLES for t in tokens[:-1]):
        return tokens[-1:]
    return tokens


def join_suffixed(mentions: Sequence[Mention], uf: UnionFind[str]) -> None:
    """'Calvin Mercer' is the story's 'Calvin Mercer Jr.' when exactly one person of that name carries a
    generational suffix (with a Jr. and a Sr. in the story, the plain name is left alone)."""
    suffixed: dict[tuple[str, ...], set[str]] = {}
    for m in mentions:
        if m.type not in ("person", "other"):  # a name with a generational suffix is a person's, typed or not
            continue
        bare = core_name(bare_name(m.name))
        if len(bare) >= 3 and bare[-1] in _SUFFIXES:
            suffixed.setdefault(tuple(bare[:-1]), set()).add(uf.find(m.key))
    for m in mentions:
        named = tuple(core_name(bare_name(m.name)))
        if m.type not in ("person", "other") or len(named) < 2 or named[-1] in _SUFFIXES:
            continue
        roots = {uf.find(r) for r in suffixed.get(named, ())}
        if len(roots) == 1:
            uf.union(next(iter(roots)), m.key)


_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])


def core_name(tokens: list[str]) -> list[str]:
    """A person's name without middle initials: 'James P. Kennedy Jr.' -> ['james', 'kennedy', 'jr'].

    The generational suffix stays (a 'Jr.' and a 'Sr.' are two people); it is not the surname.
    """
    end = len(tokens)
    while end > 2 and tokens[end - 1] in _SUFFIXES:
        end -= 1
    if end > 2:
        return [tokens[0], *(t for t in tokens[1 : end - 1] if len(t) > 1), *tokens[end - 1 :]]
    return tokens


def surname(tokens: list[str]) -> str:
    """The last name word, skipping a generational suffix."""
    end = len(tokens)
    while end > 1 and tokens[end - 1] in _SUFFIXES:
        end -= 1
    return tokens[end - 1]


def _acronym(name: str) -> str | None:
    words = [w for w in re.findall(r"\w+", strip_accents(name)) if w.lower() not in CONNECTORS]
    if len(words) >= 2 and all(w[0].isupper() for w in words):
        return "".join(w[0] for w in words).lower()
    return None


def strong_keys(mention: Mention) -> set[str]:
    keys: set[str] = set()
    for i, form in enumerate([mention.name, *mention.aliases]):
        bare = bare_name(form)
        if not bare:
            continue
        if re.fullmatch(r"[A-Z]{2,8}", form.strip().replace(".", "")):
            keys.add("acr:" + form.strip().replace(".", "").lower())
        if mention.type == "person" and len(bare) == 1 and (i > 0 or form.strip().split()[0].lower() in TITLE_WORDS):
            continue  # a bare surname: resolved in the second pass
        keys.add("n:" + " ".join(bare))
        if mention.type in ("person", "other") and len(bare) > 2:
            keys.add("n:" + " ".join(core_name(bare)))  # 'James P. Kennedy Jr.' = 'James Kennedy'
        if mention.type != "person":
            keys.add("w:" + " ".join(sorted(t for t in bare if t not in CONNECTORS)))
            acronym = _acronym(form)
            if acronym:
                keys.add("acr:" + acronym)
    return keys


def _name_words(form: str) -> tuple[str, ...]:
    """Title-free name words without linking words or a possessive 's' ('Sheriff's Office' -> sheriff office)."""
    return tuple(t for t in bare_name(form) if t not in CONNECTORS and len(t) > 1)


_KIND = {"person": "person", "organization": "org", "group": "org", "other": "org"}


def join_contained(mentions: Sequence[Mention], uf: UnionFind[str]) -> None:
    """Join a mention to the one entity whose full name its name contains.

    Extraction sometimes takes a longer phrase for a name: 'Paul Okoro of the Dune County Water
    Board', 'FSA Director-General Ida Marsh', 'Thursday the Regional Electoral Commission',
    'Kestrel Foods Ltd'. When a run of two or more of its name words is the whole name of
    exactly one other entity of the same kind (person, or organisation-like), it is that entity;
    organisations compare word sets, so 'Sheriff's Office' inside 'Dune County Sheriff's Office'
    meets 'Office of the Sheriff'. Two candidate entities mean an ambiguous phrase: nothing joins.
    Every run of a name is looked up in a dictionary, so the pass is linear in the mentions.
    """
    names = _WholeNames(mentions)
    for m in mentions:
        kind = _KIND.get(m.type)
        words = _name_words(m.name)
        while kind == "person" and words and words[-1] in _SUFFIXES:
            words = words[:-1]  # "Calder Mays Jr." holds "Calder Mays" only as join_suffixed reads it
        if kind is None or len(words) < 3 or len(words) > 12:
            continue
        found, forms = names.contained(kind, words, uf, uf.find(m.key))
        if len(found) == 1:
            uf.union(next(iter(found)), m.key)
            _adopt_contained_name(m, kind, forms)


def join_named_before(mentions: Sequence[Mention], uf: UnionFind[str]) -> None:
    """An untyped run that is another name, then a person's whole name ('Tavener Oskar Lindqvarn' of a translation's
    'the chief engineer of Tavener Oskar Lindqvarn') is that person, named as the other sources name them: joined
    when the run ends with exactly one person's whole name and the words before it are a name the story gives."""
    people = _WholeNames([m for m in mentions if m.type == "person"])
    named = {_name_words(f) for m in mentions for f in [m.name, *m.aliases]}
    for m in mentions:
        words = _name_words(m.name)
        if m.type != "other" or len(words) < 3:
            continue
        for size in (3, 2):
            roots = {uf.find(k) for k in people.keys.get(("person", words[-size:]), ())} - {uf.find(m.key)}
            if len(words) > size and words[:-size] in named and len(roots) == 1:
                uf.union(next(iter(roots)), m.key)
                m.name = people.form_of[("person", words[-size:])]  # the run is no name of theirs: no alias
                break


def join_place_qualified(mentions: Sequence[Mention], uf: UnionFind[str]) -> None:
    """'the National Assembly of Valdoria' of one source is the 'National Assembly' of the others: an organisation's
    name 'X of Y', Y a place the story names, is the one organisation named X (two words or more, so 'Ministry of
    Health' never meets a 'Ministry'); with two organisations named X, or X one word, nothing joins."""
    places = {_name_tokens(f) for m in mentions if m.type == "place" for f in [m.name, *m.aliases]}
    bodies: dict[tuple[str, ...], set[str]] = {}
    for m in mentions:
        if _KIND.get(m.type) == "org":
            for form in [m.name, *m.aliases]:
                bodies.setdefault(_without_the(_name_tokens(form)), set()).add(m.key)
    for m in mentions:
        tokens = _without_the(_name_tokens(m.name))
        at = len(tokens) - 1 - tokens[::-1].index("of") if "of" in tokens else 0
        if _KIND.get(m.type) != "org" or at < 2 or _without_the(tokens[at + 1:]) not in places:
            continue
        roots = {uf.find(k) for k in bodies.get(tokens[:at], ())} - {uf.find(m.key)}
        if len(roots) == 1:
            uf.union(next(iter(roots)), m.key)


def _without_the(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tokens[1:] if tokens[:1] == ("the",) else tokens


class _WholeNames:
    """Every entity's whole name (two words or more) by kind, and the form it was written in."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.keys: dict[tuple[str, tuple[str, ...]], set[str]] = {}
        self.form_of: dict[tuple[str, tuple[str, ...]], str] = {}
        for m in mentions:
            kind = _KIND.get(m.type)
            if kind is None:
                continue
            for form in [m.name, *m.aliases]:
                words = _name_words(form)
                if len(words) >= 2:
                    key = (kind, words if kind == "person" else tuple(sorted(words)))
                    self.keys.setdefault(key, set()).add(m.key)
                    self.form_of.setdefault(key, form.strip())

    def contained(self, kind: str, words: tuple[str, ...], uf: UnionFind[str], own: str) -> tuple[set[str], list[str]]:
        """The other entities whose whole name is the longest run of ``words`` naming any, with their forms."""
        found: set[str] = set()
        forms: list[str] = []
        for size in range(len(words) - 1, 1, -1):
            for start in range(len(words) - size + 1):
                run = words[start : start + size]
                key = (kind, run if kind == "person" else tuple(sorted(run)))
                roots = {uf.find(k) for k in self.keys.get(key, ())} - {own}
                if roots:
                    found |= roots
                    forms.append(self.form_of[key])
            if found:
                break  # the longest contained name decides
        return found, forms


def join_tails(mentions: Sequence[Mention], uf: UnionFind[str]) -> None:
    """Join an organisation's short name to the one longer name it ends: 'Riders Union' is the 'Port
    Averill Riders Union' of the same story, 'Rescue Station' the 'Kelbury Mine Rescue Station'.

    Only a short name of two words or more ending in an organisation's head word, and only when one
    entity's name (or alias) ends so: with two candidates ('Harbour Police' beside 'Orrin Harbour
    Police' and 'Lorant Harbour Police') nothing joins.
    """
    ends: dict[tuple[str, ...], set[str]] = {}
    for m in mentions:
        if _KIND.get(m.type) != "org":
            continue
        for form in [m.name, *m.aliases]:
            words = _name_words(form)
            for size in range(2, len(words)):
                ends.setdefault(words[-size:], set()).add(m.key)
    for m in mentions:
        words = _name_words(m.name)
        if _KIND.get(m.type) != "org" or len(words) < 2 or words[-1] not in LEXICON_ORG_WORDS:
            continue
        own = uf.find(m.key)
        roots = {uf.find(k) for k in ends.get(words, ())}
        if len(roots - {own}) == 1 and own not in roots:  # its own entity ending so too: two candidates
            uf.union(next(iter(roots)), m.key)


# A head that, ending a name, names a building rather than a body ("White House", "Chatham House"): "the House"
# alone is a chamber ("House of Representatives"), never such a building.
_BUILDING_HEADS = frozenset(["house"])


def join_lone_heads(mentions: Sequence[Mention], uf: UnionFind[str]) -> None:
    """'The Senate' of a story on the 'Wyoming Senate', 'the House' of one on the 'U.S. House of Representatives',
    'the Court' of one on the 'Supreme Court': an organisation's head word alone, capitalised, is the one body of the
    story named with that head, at its end or before its "of". Two candidates ('Senate' beside 'Wyoming Senate' and
    'U.S. Senate') leave it alone."""
    bodies: dict[str, set[str]] = {}
    for m in mentions:
        if _KIND.get(m.type) != "org":
            continue
        for form in [m.name, *m.aliases]:
            words = name_tokens(form)  # with its leading words: "Supreme" of "Supreme Court" is no title here
            if len(words) >= 2 and words[-1] not in _BUILDING_HEADS:
                bodies.setdefault(words[-1], set()).add(m.key)
            if "of" in words[1:]:
                bodies.setdefault(words[words.index("of", 1) - 1], set()).add(m.key)
    for m in mentions:
        words = bare_name(m.name)
        if m.type != "organization" or len(words) != 1 or words[0] not in LEXICON_ORG_WORDS or not m.name[:1].isupper():
            continue
        own = uf.find(m.key)
        roots = {uf.find(k) for k in bodies.get(words[0], ())} - {own}
        if len(roots) == 1:
            uf.union(next(iter(roots)), m.key)


def _adopt_contained_name(m: Mention, kind: str, forms: list[str]) -> None:
    """The contained name is what this source calls the entity too: it, not the phrase, names it; a
    capitalised phrase before it is a title the source gives ('Agency Director-General')."""
    m.aliases.extend(f for f in forms if f not in m.aliases)
    at = m.name.lower().find(forms[0].lower()) if forms else -1
    prefix = m.name[:at].strip(" ,") if at > 0 else ""
    if kind == "person" and prefix[:1].isupper() and prefix not in m.roles:
        m.roles.append(prefix)
