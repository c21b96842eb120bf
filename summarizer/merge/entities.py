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

from summarizer.extract.offline.lexicon import INSTITUTION_WORDS, is_honorific, is_initialism
from summarizer.extract.offline.lexicon import ORG_WORDS as LEXICON_ORG_WORDS
from summarizer.extract.offline.lexicon import TITLE_OPENERS as TITLE_WORDS
from summarizer.function_words import ARTICLES
from summarizer.merge._text import sorted_sources, source_order, stem
from summarizer.merge.cluster import UnionFind
from summarizer.merge.entity_names import CONNECTORS as CONNECTORS
from summarizer.merge.entity_names import (
    ORG_WORDS,
    bare_name,
    core_name,
    join_contained,
    join_lone_heads,
    join_named_before,
    join_place_qualified,
    join_suffixed,
    join_tails,
    name_tokens,
    strong_keys,
    surname,
    surname_form,
)
from summarizer.merge.entity_names import Mention as Mention
from summarizer.schema import Article, EntityRole, EntityType, ExtractionRecord, MergedEntity
from summarizer.text import strip_accents


def speaker_type(name: str) -> EntityType:
    """A body's head word or an initialism ("the F.B.I.") speaks for an organisation; any other name, a person."""
    return "organization" if is_initialism(name.strip()) or any(t in ORG_WORDS for t in name_tokens(name)) else "person"


class EntityResolver:
    """Clusters mentions and answers 'which entity is this mention' for quotes and roles."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.mentions = list(mentions)
        order = {m.key: i for i, m in enumerate(self.mentions)}
        uf: UnionFind[str] = UnionFind(lambda k: ("", order[k], ""))
        owner: dict[str, str] = {}
        for m in self.mentions:
            uf.find(m.key)
            for key in sorted(strong_keys(m)):
                if key in owner:
                    uf.union(owner[key], m.key)
                else:
                    owner[key] = m.key
        surnames: dict[str, set[str]] = {}
        for m in self.mentions:
            bare = core_name(bare_name(m.name))
            if m.type == "person" and len(bare) >= 2:
                surnames.setdefault(surname(bare), set()).add(" ".join(bare))
        roots_by_full = {k[2:]: uf.find(v) for k, v in owner.items() if k.startswith("n:")}
        # A lone surname the extractor could not type ("a detective named Moss") is that person's too, unless
        # another article types the word as something else (a place "Grevelmoor" beside "Friends of Grevelmoor").
        typed_else = {m.name.lower() for m in self.mentions if m.type not in ("person", "other")}
        institutions = _institution_heads(self.mentions)
        for m in self.mentions:
            lone = surname_form(bare_name(m.name))  # "Van den Berg" alone is the surname "berg"
            if m.type != "person" and not (m.type == "other" and len(lone) == 1
                                           and m.name.lower() not in typed_else
                                           and strip_accents(m.name).lower() not in institutions):
                continue
            for form in [m.name, *m.aliases]:
                bare = surname_form(bare_name(form))
                fulls = surnames.get(bare[-1], set()) if len(bare) == 1 else set()
                roots = {uf.find(roots_by_full[f]) for f in fulls if f in roots_by_full}
                if len(roots) == 1:
                    uf.union(next(iter(roots)), m.key)
        join_suffixed(self.mentions, uf)
        join_contained(self.mentions, uf)
        join_place_qualified(self.mentions, uf)
        join_named_before(self.mentions, uf)
        join_tails(self.mentions, uf)
        join_lone_heads(self.mentions, uf)
        _join_split_pairs(self.mentions, uf)
        # A lone word typed as an organisation ('Ostrane's chief executive') can still be a body's short name.
        typed_apart = {m.name.lower() for m in self.mentions if m.type not in ("person", "other", "organization")}
        _join_short_institution_names(self.mentions, uf, _institution_heads(self.mentions, any_body=True),
                                      set(surnames) | typed_apart)
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
            etype = max(types, key=lambda t: (types[t], t != "other", t == "person", t))  # 'other' is no type
            if etype == "other" and "organization" in types and not types.keys() & {"person", "place"}:
                etype = "organization"  # one source's head word or context says what the others' names could not
            by_root[root] = MergedEntity(
                name=name,
                type=etype,
                aliases=aliases,
                roles=_roles(members),
                sources=sorted_sources(m.source for m in members),
            )
        position = {m.key: i for i, m in enumerate(self.mentions)}
        ordered = sorted(by_root.items(), key=lambda kv: (-len(kv[1].sources), min(position[m.key] for m in groups[kv[0]])))
        # A speaker only described ('a spokesman') keeps its words on its quotes but is no entity to list.
        # Nor are words only ever set in capitals ('CITY MONEY', 'KEEP YOUR RECEIPTS'), a heading or an emphasis:
        # a name written so in a dateline or a newsletter is written plainly by some source too.
        return [e for root, e in ordered if not all(_described(m.name) for m in groups[root])
                and not all(_shouted(f) for m in groups[root] for f in [m.name, *m.aliases])], by_root


_AND_GAP = len(" and ")


def _join_split_pairs(mentions: Sequence[Mention], uf: UnionFind[str]) -> None:
    """'Brask and Tunney', read by the extractor as two names side by side, is the firm another source calls
    'Brask & Tunney': where one source names the pair with '&' and another writes its two names joined by
    'and' (their spans one ' and ' apart), both names are that entity's, not two entities of their own."""
    pairs: dict[tuple[str, str], str] = {}
    for m in mentions:
        parts = [p.strip().lower() for p in m.name.split("&")]
        if len(parts) == 2 and all(p and " " not in p for p in parts):
            pairs.setdefault((parts[0], parts[1]), m.key)
    if not pairs:
        return
    starts = {(m.source, m.span.start): m for m in mentions if m.span is not None}
    for m in mentions:
        after = starts.get((m.source, m.span.end + _AND_GAP)) if m.span is not None else None
        pair = pairs.get((m.name.strip().lower(), after.name.strip().lower())) if after is not None else None
        if pair is not None and after is not None:
            uf.union(pair, m.key)
            uf.union(pair, after.key)


def _shouted(form: str) -> bool:
    return form.isupper() and len(form.split()) >= 2 and "." not in form


_INSTITUTION_HEADS = LEXICON_ORG_WORDS | INSTITUTION_WORDS


def _institution_heads(mentions: Sequence[Mention], any_body: bool = False) -> dict[str, set[str]]:
    """The distinctive word of each two-word organisation name with an institution's head ('vantreight'
    of 'Vantreight Museum'; with ``any_body``, of any two-word organisation: 'ostrane' of 'Ostrane
    Minerals'), and the first word of a thing's name 'X of Y' ('lark' of the ship 'Lark of Orrin'), with
    the keys of the mentions naming it so."""
    heads: dict[str, set[str]] = {}
    for m in mentions:
        tokens = name_tokens(m.name)
        two = m.type == "organization" and len(tokens) == 2 and tokens[1] not in TITLE_WORDS
        # With ``any_body``, a company named by three words too: 'Tavira' of 'Tavira Box Terminals'.
        three = any_body and m.type == "organization" and len(tokens) == 3 and not set(tokens) & (TITLE_WORDS | {"of", "the"})
        if (two and (any_body or tokens[1] in _INSTITUTION_HEADS)) or three or (
                m.type in ("organization", "other") and 3 <= len(tokens) <= 4 and tokens[1] == "of"):
            heads.setdefault(tokens[0], set()).add(m.key)
    return heads


def _join_short_institution_names(mentions: Sequence[Mention], uf: UnionFind[str], heads: dict[str, set[str]],
                                  taken: set[str]) -> None:
    """'The Vantreight was opened in 1911', 'Ostrane's chief executive': a lone word the extractor could not
    type, or typed as an organisation, is the one organisation named by that word and another
    ('Vantreight Museum', 'Ostrane Minerals'), or the one
    thing whose 'X of Y' name it opens ('the Lark' for 'Lark of Orrin'), unless the
    word is also a person's surname or typed as something else (then it could be either: nothing joins)."""
    for m in mentions:
        word = strip_accents(m.name).lower()
        if len(m.name.split()) != 1 or word in taken or m.name.lower() in taken or not (m.type == "other" or (
                # typed by its context ('Ostrane's chief executive'), not by being a body's word or an acronym
                m.type == "organization" and word not in _INSTITUTION_HEADS and not m.name.isupper())):
            continue
        roots = {uf.find(r) for r in heads.get(word, set())}
        if len(roots) == 1:
            uf.union(next(iter(roots)), m.key)


def named_in_titles(entities: Sequence[MergedEntity], articles: Sequence[Article]) -> None:
    """Count a source whose headline names an entity ("Kelbury waits at the pithead") among the
    entity's sources: the outlet names it, though its body may only say "the town". Only entities the
    bodies already name, by a form written as it is in the headline (case and whole words) and of two
    words or more unless it is a place's, so a headline's capitalised fragments make no entity of
    their own and a surname names no one."""
    for entity in entities:
        # One word names a place ("Kelbury"); for anything else it is a surname or a generic head ("Board").
        forms = [f for f in [entity.name, *entity.aliases] if len(f) >= 4 and not f.isupper()
                 and (len(f.split()) > 1 or entity.type == "place")]
        # Only headlines holding a form as written can match: most entities are in none, and compiling
        # their pattern (one per entity, new in every story) was most of this step.
        titled = [a for a in articles if a.title and a.id not in entity.sources and any(f in a.title for f in forms)]
        if not titled:
            continue
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                             + r")(?![\w-])")
        added = [a.id for a in titled if pattern.search(a.title or "")]
        if added:
            entity.sources = sorted_sources([*entity.sources, *added])


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
    # "BERGEN" from a dateline and "Bergen" from the text are one name: the written form is shown.
    written = {form.lower() for form in sources if not form.isupper()}

    def rank(form: str) -> tuple[int, bool, int, int, bool, int, bool, int, str]:
        bare = len(bare_name(form))
        return (
            min(bare, 2),
            not (form.isupper() and form.lower() in written),
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
    tokens = [stem(t) for t in name_tokens(role) if t not in ARTICLES]
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
            if not key or is_honorific(role):  # "Mr.": how a paper addresses someone, no role
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


# "an MSD spokesman", "a spokesman", "The company", "the magistrate to the journalists": a speaker described,
# not named (an article, then a common noun, perhaps after a name: "a Velmar Rail spokesman"), is no entity
# to list. "The Bank of England" and "The Guardian" are names: no common noun follows the article's names.
_DESCRIBED = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+(?:[A-Z][\w&'’.-]*\s+){0,3}"
                        r"(?!(?:of|and|for|de|du|des|la|le|del|van|von|der|den|di|da)\b)[a-z]")


def _described(speaker: str) -> bool:
    return _DESCRIBED.match(speaker.strip()) is not None


def _speaker_roles(speaker: str, role: str | None) -> list[str]:
    if role and role.strip():
        return [role.strip()]
    prefix = title_prefix(speaker)
    return [prefix] if prefix else []
