"""One entity per real-world person or organisation, however each article names it.

Mentions are joined in two passes. Strong keys first: the accent- and title-free full name, every
alias an article gives (that is how a translation or the LLM's canonical form arrives), an
organisation's acronym and its word set ("Ministry of Finance" = "Finance Ministry"). Then bare
surnames ("Dupont", "Minister Dupont") attach to the one full-named person with that surname; when
two people share it, the surname stays on its own rather than guess.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from summarizer.merge._text import sorted_sources, source_order, stem
from summarizer.merge.cluster import UnionFind
from summarizer.schema import EntityRole, EntityType, ExtractionRecord, MergedEntity, Span
from summarizer.text import strip_accents

TITLE_WORDS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "general",
        "gen",
        "sen",
        "senator",
        "rep",
        "representative",
        "gov",
        "governor",
        "judge",
        "justice",
        "chief",
        "deputy",
        "mayor",
        "king",
        "queen",
        "prince",
        "princess",
        "sir",
        "lady",
        "lord",
        "ambassador",
        "commissioner",
        "director",
        "chancellor",
        "premier",
        "speaker",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "colonel",
        "col",
        "captain",
        "capt",
        "lieutenant",
        "lt",
        "sergeant",
        "sgt",
        "admiral",
        "adm",
        "officer",
        "inspector",
        "pope",
        "cardinal",
        "bishop",
        "rabbi",
        "imam",
        "sheikh",
        "finance",
        "foreign",
        "defence",
        "defense",
        "interior",
        "health",
        "justice",
        "former",
        "acting",
        "interim",
        "state",
        "attorney",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    ]
)
CONNECTORS = frozenset(["of", "the", "and", "for", "de", "des", "du", "la", "le", "el", "al", "von", "van", "der", "di", "da", "del", "y"])
_ORG_WORDS = frozenset(
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


def _tokens(name: str) -> list[str]:
    return re.findall(r"\w+", strip_accents(name).lower())


def _bare(name: str) -> list[str]:
    """Name tokens without leading titles ('Finance Minister Jean Dupont' -> ['jean', 'dupont'])."""
    tokens = _tokens(name)
    while len(tokens) > 1 and tokens[0] in TITLE_WORDS | {"the"}:
        tokens = tokens[1:]
    return tokens


_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])


def _core(tokens: list[str]) -> list[str]:
    """A person's name without middle initials: 'James P. Kennedy Jr.' -> ['james', 'kennedy', 'jr'].

    The generational suffix stays (a 'Jr.' and a 'Sr.' are two people); it is not the surname.
    """
    end = len(tokens)
    while end > 2 and tokens[end - 1] in _SUFFIXES:
        end -= 1
    if end > 2:
        return [tokens[0], *(t for t in tokens[1 : end - 1] if len(t) > 1), *tokens[end - 1 :]]
    return tokens


def _surname(tokens: list[str]) -> str:
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


def _strong_keys(mention: Mention) -> set[str]:
    keys: set[str] = set()
    for i, form in enumerate([mention.name, *mention.aliases]):
        bare = _bare(form)
        if not bare:
            continue
        if re.fullmatch(r"[A-Z]{2,8}", form.strip().replace(".", "")):
            keys.add("acr:" + form.strip().replace(".", "").lower())
        if mention.type == "person" and len(bare) == 1 and (i > 0 or form.strip().split()[0].lower() in TITLE_WORDS):
            continue  # a bare surname: resolved in the second pass
        keys.add("n:" + " ".join(bare))
        if mention.type in ("person", "other") and len(bare) > 2:
            keys.add("n:" + " ".join(_core(bare)))  # 'James P. Kennedy Jr.' = 'James Kennedy'
        if mention.type != "person":
            keys.add("w:" + " ".join(sorted(t for t in bare if t not in CONNECTORS)))
            acronym = _acronym(form)
            if acronym:
                keys.add("acr:" + acronym)
    return keys


def _name_words(form: str) -> tuple[str, ...]:
    """Title-free name words without linking words or a possessive 's' ('Sheriff's Office' -> sheriff office)."""
    return tuple(t for t in _bare(form) if t not in CONNECTORS and len(t) > 1)


_KIND = {"person": "person", "organization": "org", "group": "org", "other": "org"}


def _join_contained(mentions: Sequence[Mention], uf: UnionFind) -> None:
    """Join a mention to the one entity whose full name its name contains.

    Extraction sometimes takes a longer phrase for a name: 'Paul Okoro of the Dune County Water
    Board', 'FSA Director-General Ida Marsh', 'Thursday the Regional Electoral Commission',
    'Kestrel Foods Ltd'. When a run of two or more of its name words is the whole name of
    exactly one other entity of the same kind (person, or organisation-like), it is that entity;
    organisations compare word sets, so 'Sheriff's Office' inside 'Dune County Sheriff's Office'
    meets 'Office of the Sheriff'. Two candidate entities mean an ambiguous phrase: nothing joins.
    Every run of a name is looked up in a dictionary, so the pass is linear in the mentions.
    """
    whole: dict[tuple[str, tuple[str, ...]], set[str]] = {}
    form_of: dict[tuple[str, tuple[str, ...]], str] = {}
    for m in mentions:
        kind = _KIND.get(m.type)
        if kind is None:
            continue
        for form in [m.name, *m.aliases]:
            words = _name_words(form)
            if len(words) >= 2:
                key = words if kind == "person" else tuple(sorted(words))
                whole.setdefault((kind, key), set()).add(m.key)
                form_of.setdefault((kind, key), form.strip())
    for m in mentions:
        kind = _KIND.get(m.type)
        if kind is None:
            continue
        words = _name_words(m.name)
        if len(words) < 3 or len(words) > 12:
            continue
        own = uf.find(m.key)
        found: set[str] = set()
        forms: list[str] = []
        for size in range(len(words) - 1, 1, -1):
            for start in range(len(words) - size + 1):
                run = words[start : start + size]
                key = run if kind == "person" else tuple(sorted(run))
                roots = {uf.find(k) for k in whole.get((kind, key), ())} - {own}
                if roots:
                    found |= roots
                    forms.append(form_of[(kind, key)])
            if found:
                break  # the longest contained name decides
        if len(found) == 1:
            uf.union(next(iter(found)), m.key)
            # The contained name is what this source calls the entity too: it, not the phrase, names
            # it; a capitalised phrase before it is a title the source gives ('Agency Director-General').
            m.aliases.extend(f for f in forms if f not in m.aliases)
            at = m.name.lower().find(forms[0].lower()) if forms else -1
            prefix = m.name[:at].strip(" ,") if at > 0 else ""
            if kind == "person" and prefix[:1].isupper() and prefix not in m.roles:
                m.roles.append(prefix)


def speaker_type(name: str) -> EntityType:
    return "organization" if any(t in _ORG_WORDS for t in _tokens(name)) else "person"


class EntityResolver:
    """Clusters mentions and answers 'which entity is this mention' for quotes and roles."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.mentions = list(mentions)
        order = {m.key: i for i, m in enumerate(self.mentions)}
        uf = UnionFind(lambda k: ("", order[k], ""))
        owner: dict[str, str] = {}
        for m in self.mentions:
            uf.find(m.key)
            for key in sorted(_strong_keys(m)):
                if key in owner:
                    uf.union(owner[key], m.key)
                else:
                    owner[key] = m.key
        surnames: dict[str, set[str]] = {}
        for m in self.mentions:
            bare = _core(_bare(m.name))
            if m.type == "person" and len(bare) >= 2:
                surnames.setdefault(_surname(bare), set()).add(" ".join(bare))
        roots_by_full = {k[2:]: uf.find(v) for k, v in owner.items() if k.startswith("n:")}
        for m in self.mentions:
            if m.type != "person":
                continue
            for form in [m.name, *m.aliases]:
                bare = _bare(form)
                fulls = surnames.get(bare[-1], set()) if len(bare) == 1 else set()
                roots = {uf.find(roots_by_full[f]) for f in fulls if f in roots_by_full}
                if len(roots) == 1:
                    uf.union(next(iter(roots)), m.key)
        _join_contained(self.mentions, uf)
        self.root = {m.key: uf.find(m.key) for m in self.mentions}

    def entity_of(self, mention_key: str) -> str:
        return self.root[mention_key]

    def merged(self) -> tuple[list[MergedEntity], dict[str, MergedEntity]]:
        """Merged entities ordered by how many sources name them, and a root -> entity map."""
        groups: dict[str, list[Mention]] = {}
        for m in self.mentions:
            groups.setdefault(self.root[m.key], []).append(m)
        by_root: dict[str, MergedEntity] = {}
        for root, members in groups.items():
            name = canonical_name(members)
            aliases = sorted({f for m in members for f in [m.name, *m.aliases] if f != name and f.strip()})
            types = Counter(m.type for m in members)
            etype = max(types, key=lambda t: (types[t], t == "person", t))
            by_root[root] = MergedEntity(
                name=name,
                type=etype,
                aliases=aliases,
                roles=_roles(members),
                sources=sorted_sources(m.source for m in members),
            )
        position = {m.key: i for i, m in enumerate(self.mentions)}
        ordered = sorted(by_root.items(), key=lambda kv: (-len(kv[1].sources), min(position[m.key] for m in groups[kv[0]])))
        return [e for _, e in ordered], by_root


def canonical_name(members: Sequence[Mention]) -> str:
    """The name most sources use, preferring a full name over a surname and no title over a title.

    Accented spellings win ties (they carry more information than their ASCII folding), and
    the remaining ties break on the string itself so the choice never depends on input order.
    """
    sources: dict[str, set[str]] = {}
    for m in members:
        sources.setdefault(m.name, set()).add(m.source)
        for alias in m.aliases:
            sources.setdefault(alias, set()).add(m.source)
    named = {m.name for m in members}

    def rank(form: str) -> tuple[int, int, int, bool, int, bool, int, str]:
        bare = len(_bare(form))
        return (
            min(bare, 2),
            len(sources[form]),
            form in named,
            title_prefix(form) is None,
            bare,
            form != strip_accents(form),
            -len(form),
            form,
        )

    return max(sources, key=rank)


def title_prefix(name: str) -> str | None:
    """'Finance Minister Jean Dupont' -> 'Finance Minister': a role stated inside the name."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and strip_accents(words[k]).lower().strip(".,") in TITLE_WORDS:
        k += 1
    prefix = " ".join(words[:k])
    if not prefix or prefix.lower().strip(".") in {"mr", "mrs", "ms", "miss", "dr", "sir", "the"}:
        return None
    return prefix


def role_key(role: str) -> str:
    """'the Minister of Finance' and 'Finance Minister' compare equal, and so do 'Joint Chiefs' and 'Joints Chiefs'."""
    tokens = [stem(t) for t in _tokens(role) if t not in {"the", "a", "an"}]
    if "of" in tokens and 0 < tokens.index("of") < len(tokens) - 1:
        i = tokens.index("of")
        tokens = tokens[i + 1 :] + tokens[:i]
    return " ".join(tokens)


def strip_article(role: str) -> str:
    """'the Deputy Minister of Finance' -> 'Deputy Minister of Finance': a title, not a phrase."""
    return re.sub(r"^(?:the|a|an)\s+(?=\S)", "", role.strip(), flags=re.IGNORECASE)


def _roles(members: Sequence[Mention]) -> list[EntityRole]:
    forms: dict[str, str] = {}
    sources: dict[str, set[str]] = {}
    for m in members:
        for role in m.roles:
            key = role_key(role)
            if not key:
                continue
            forms.setdefault(key, strip_article(role))
            sources.setdefault(key, set()).add(m.source)
    out = [EntityRole(role=forms[k], sources=sorted_sources(v)) for k, v in sources.items()]
    return sorted(out, key=lambda r: (-len(r.sources), source_order(r.sources[0]), r.role))


def collect_mentions(records: Sequence[ExtractionRecord]) -> list[Mention]:
    """Extracted entities plus quote speakers (a speaker is a named person the briefing should list)."""
    mentions: list[Mention] = []
    for record in sorted(records, key=lambda r: source_order(r.source)):
        for i, entity in enumerate(record.extraction.entities):
            if not entity.name.strip():
                continue
            span = entity.mentions[0] if entity.mentions else None
            roles = list(entity.roles)
            prefix = title_prefix(entity.name) if entity.type == "person" else None
            if prefix and not roles:
                roles.append(prefix)
            mentions.append(
                Mention(
                    f"{record.source}/e{i}",
                    record.source,
                    entity.name.strip(),
                    entity.type,
                    [a.strip() for a in entity.aliases if a.strip()],
                    roles,
                    span,
                )
            )
        for i, quote in enumerate(record.extraction.quotes):
            if quote.span is None or not quote.speaker or not quote.speaker.strip():
                continue
            mentions.append(
                Mention(
                    f"{record.source}/q{i}",
                    record.source,
                    quote.speaker.strip(),
                    speaker_type(quote.speaker),
                    [],
                    _speaker_roles(quote.speaker, quote.speaker_role),
                    quote.span,
                )
            )
    return mentions


def _speaker_roles(speaker: str, role: str | None) -> list[str]:
    if role and role.strip():
        return [role.strip()]
    prefix = title_prefix(speaker)
    return [prefix] if prefix else []
