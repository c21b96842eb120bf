"""Titles sources give one person that cannot both be right ("Finance Minister" against "Deputy
Minister of Finance"), with each side's sources and the spans that state it. Wordings of one office
("head of inspections at the NMA", "inspection chief") are one position; a rank and an office are
two facts, not a dispute."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.extract.offline.lexicon import OFFICES as OFFICES
from summarizer.function_words import ARTICLES, COORDINATORS, PREPOSITIONS
from summarizer.merge._text import sorted_sources, spans_in_order, stem
from summarizer.merge.entities import Mention, role_key
from summarizer.merge.stated_roles import stated_roles
from summarizer.merge.written_roles import as_written
from summarizer.schema import Discrepancy, EntityRole, MergedEntity, Position, Span

# Words that change the office itself: a deputy minister is not the minister.
QUALIFIERS = frozenset(["deputy", "vice", "acting", "interim", "former", "ex", "retired", "assistant", "associate", "junior", "under"])
_FAMILIES = [
    frozenset(["minister", "secretary"]),
    frozenset(["general", "colonel", "major", "captain", "lieutenant", "admiral", "sergeant"]),
    frozenset(["president", "chair", "chairperson"]),
    frozenset(["head", "chief", "director", "leader", "manager"]),
    frozenset(["judge", "justice"]),
]
_GENDERED = {
    "spokeswoman": "spokesperson", "spokesman": "spokesperson", "chairwoman": "chair", "chairman": "chair",
    "congresswoman": "congressperson", "congressman": "congressperson", "councilwoman": "councillor",
    "councilman": "councillor", "businesswoman": "businessperson", "businessman": "businessperson",
}
_ONE_WORD = {**_GENDERED, "factory": "plant", "works": "plant", "mill": "plant"}  # a translation's "factory chief" runs the plant
_PRESS = frozenset(["communication", "communications", "press", "media"])
# Words that say when or how, not which office: "the incumbent regional president", "current president of the region".
_FILLER = ARTICLES | COORDINATORS | PREPOSITIONS | frozenset(["incumbent", "current", "sitting", "serving", "then", "now"])
# How a writer describes the holder, not which office: "embattled President", "longtime mayor".
_DESCRIPTIVE = frozenset(
    ["longtime", "veteran", "popular", "powerful", "controversial", "new", "newly", "outgoing", "embattled", "beleaguered",
     "besieged", "disgraced", "respected", "influential", "charismatic", "young", "elderly", "ailing", "beloved", "feared"]
)
# Party words say whom an office-holder belongs to, not which office: "Democratic leader" of the
# Senate and "Senate Minority Leader" are one office.
_AFFILIATION = frozenset(
    ["democratic", "democrat", "republican", "conservative", "labour", "labor", "liberal", "socialist", "green",
     "independent", "communist", "progressive", "centrist", "nationalist"]
)
_CLAUSE = re.compile(r"\s+(?:who|which|that|during|since|when|after|before|until|whose|,)\b.*$|,.*$", re.IGNORECASE)
# "director and founder" is two offices (or a clause after the title); "health and safety manager" and
# "trade and industry" join two words of one office: the word before the "and" names no office.
_AND = re.compile(r"\s+and\s+(?P<rest>.*)$", re.IGNORECASE)
_WAS = re.compile(r"^(?:who|that|which)\s+(?:was|had been|once was)\s+", re.IGNORECASE)
# "the director at the time", "then director": an office held then, not now.
_AT_THE_TIME = re.compile(r"\b(?:at the time|at that time|back then|then-)", re.IGNORECASE)
_LEAD = re.compile(r"^(?:(?:says|said|told|the|a|an|its|his|her|their)\s+)+", re.IGNORECASE)
# Where the office is held, not which: "chief inspector at the Office of Dam Safety" is a chief inspector
# (read whole, the "of" inside the agency's name would make "office" the head).
_WORKPLACE = re.compile(r"\s+(?:at|with)\s+.*$", re.IGNORECASE)
# Officer acronyms read as the words they stand for, so "CEO" and "chief executive officer" are one title.
_OFFICER_ACRONYMS = {"ceo": "chief executive officer", "cfo": "chief financial officer", "coo": "chief operating officer",
                     "cto": "chief technology officer", "cio": "chief information officer",
                     "ciso": "chief information security officer"}
_ACRONYM = re.compile(rf"\b(?:{'|'.join(_OFFICER_ACRONYMS)})\b", re.IGNORECASE)
# Whose the office is, written as a possessive: "Ardlow's medical officer" and "the city's medical officer"
# hold one office, and "Acme's chief executive" is a chief executive (where it is held is the
# affiliation's business, not the title's).
_OWNER = re.compile(r"^(?:[\w.-]+\s+){0,3}?[\w.-]+(?:['’]s|s['’])\s+(?=\w)")
# A company's chief officers ("chief executive", "CEO", "chief financial officer"): one for what it runs.
_CHIEF_OFFICER = re.compile(r"chief\s+(?P<what>[a-z]+(?:\s+[a-z]+){0,2}?)(?:\s+officer)?(?:\s+of\s+.*)?", re.IGNORECASE)
# The same officer named by its field before 'chief', as news writes it: "finance chief" is the chief financial
# officer, "operations chief" the chief operating officer. The company's name may stand before, without a
# possessive ("Ostra finance chief", "Ostra chief executive"): whose the office is, not which.
_FIELD_CHIEF = re.compile(r"(?P<what>[a-z]+)\s+chief")
_NAMED_OWNER = re.compile(r"^(?:[A-Z][\w.&-]*\s+){1,3}(?=[a-z])")
_FIELD_LETTERS = 5  # 'finance' and 'financial', 'operations' and 'operating' run one field
# Two offices held at once: "vice-chancellor and president".
_BOTH = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)


def title_parts(role: str) -> tuple[frozenset[str], str | None, frozenset[str]]:
    """(office-changing qualifiers, head office word, other words) of a title, as comparable keys.

    "Brazil's President", "President of Brazil" and "the Brazilian President" give one head and
    words that match by prefix; "U.S." is "us"; spokeswoman, spokesman and spokesperson are one
    office; "that was mayor of X during eight years" is "former mayor of X"; clauses after the
    title ("who leads the party") are not part of it.
    """
    from summarizer.text import strip_accents

    text = strip_accents(role).strip()
    former = bool(_WAS.match(text) or _AT_THE_TIME.search(text))
    text = _LEAD.sub("", _WAS.sub("", text))
    text = _WORKPLACE.sub("", _without_and_clause(_CLAUSE.sub("", text)))
    text = _OWNER.sub("", text)
    text = _ACRONYM.sub(lambda m: _OFFICER_ACRONYMS[m.group().lower()], text)
    text = re.sub(r"\bU\.\s?S\.?(?=\s|$)", "US", text)
    text = re.sub(r"['’]s\b", "", text).lower().replace("-", " ")
    tokens = [_ONE_WORD.get(t, t) for t in re.findall(r"[a-z0-9]+", text)]
    at = next((k for k, t in enumerate(tokens) if t in {"of", "for"} and 0 < k < len(tokens) - 1), None)
    if at is not None:  # "head of inspections" reads as "inspections head", "vice-rector for research" as "research vice-rector"
        tokens = tokens[at + 1 :] + tokens[:at]
    tokens = [t for t in tokens if t not in _FILLER and t not in _AFFILIATION and t not in _DESCRIPTIVE]
    qualifiers = {t for t in tokens if t in QUALIFIERS} | ({"former"} if former else set())
    rest = [t for t in tokens if t not in QUALIFIERS]
    head: str | None = None
    if rest:
        head = rest[-1]
        if head == "general" and len(rest) > 1 and rest[-2] in OFFICES:  # Director-General, Attorney General
            head = rest[-2]
            rest = [*rest[:-2], "general"]
        else:
            rest = rest[:-1]
    qualifiers = {"former" if q in {"ex", "retired"} else q for q in qualifiers}
    if "vice" in qualifiers and "deputy" not in qualifiers:
        # "vice mayor" and "deputy mayor" are one office in two traditions (a translation writes either);
        # a "deputy vice-chancellor" keeps both, so it still differs from the vice-chancellor.
        qualifiers = (qualifiers - {"vice"}) | {"deputy"}
    if head in {"chief", "head", "director", "officer", "secretary", "manager"} and _PRESS & set(rest):
        head, rest = "spokesperson", [t for t in rest if t not in _PRESS]  # a communications chief speaks for them
    return frozenset(qualifiers), head, frozenset(stem(t) for t in rest)


def _without_and_clause(text: str) -> str:
    """The title before an 'and' that joins another office or a clause to it; kept whole where the
    'and' joins two words of one office ('health and safety manager', 'Minister of Trade and Industry').
    A job that is no office before an office ('the auctioneer and the firm's chairman of prints') gives
    the office after the 'and'."""
    found = _AND.search(text)
    if found is None:
        return text
    before = text[: found.start()].split()
    rest = found.group("rest").split()
    joined = before and before[-1].lower() not in OFFICES and before[-1].lower() not in _GENDERED and \
        before[-1].lower() not in {"executive", "officer"} and len(rest) <= 3
    if joined:
        return text
    if not any(_names_an_office(w) for w in before) and any(_names_an_office(w) for w in rest):
        return found.group("rest")
    return text[: found.start()]


def _names_an_office(word: str) -> bool:
    low = word.lower().strip(",.;:")
    return low in OFFICES or _GENDERED.get(low, "") in OFFICES


def _same_words(a: frozenset[str], b: frozenset[str]) -> bool:
    """One title's words all found in the other's, a demonym matching its country by prefix."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return all(any(w == v or (min(len(w), len(v)) >= 4 and (w.startswith(v[:4]) and v.startswith(w[:4]))) for v in large) for w in small)


def roles_conflict(a: str, b: str) -> bool:
    """'Finance Minister' vs 'Deputy Finance Minister', 'Fire Chief' vs 'Battalion Chief', 'Foreign
    Minister' vs 'Senator' conflict; 'President' vs 'President of France', 'Brazil's President' vs
    'Brazilian President', 'spokeswoman' vs 'spokesperson' do not. Only office titles are compared:
    'candidate' or 'resident' is a description, not an office."""
    for one, other in ((a, b), (b, a)):
        held = _held_together(one)
        if held:
            return all(roles_conflict(office, other) for office in held)
    qa, ha, wa = title_parts(a)
    qb, hb, wb = title_parts(b)
    chiefs = _chiefs_conflict(a, b) if qa == qb else None
    if chiefs is not None:
        return chiefs
    if ha is None or hb is None or not _office(ha, wa) or not _office(hb, wb):
        return False
    if ha == hb and qa == qb and re.search(r"\b[A-Z]{2,}\b", f"{a} {b}"):
        return False  # "president of the CER": an acronym cannot be compared word by word
    # A clipped head is the same word: "chief vet" / "chief veterinarian", "rep" / "representative".
    clipped = min(len(ha), len(hb)) >= 3 and (ha.startswith(hb) or hb.startswith(ha))
    related = ha == hb or clipped or any(ha in f and hb in f for f in _FAMILIES)
    if not related and "former" in qa | qb:
        return False  # "a former general" who is now president: a past office beside the present one
    if qa != qb:
        return True
    if not related:
        # "Senate Majority Leader" and "Senator": an office inside the body the other title names.
        nested = any(w[:5] == h[:5] for h, words in ((ha, wb), (hb, wa)) for w in words if len(h) >= 5)
        return not nested  # else different offices for one person
    if not wa or not wb:
        return ha != hb and bool(wa or wb)
    return not _same_words(wa, wb)


# A trade made a post by a word of rank: "chief vet", "head keeper", "principal engineer" hold an office the
# list of office words cannot name for every trade; a plain "vet" or "keeper" is a description.
_RANKED = frozenset(["chief", "head", "principal", "lead"])


def _office(head: str, words: frozenset[str]) -> bool:
    """An office word, or a trade with a rank ('chief vet'); a company's chief officers are read apart (_chiefs_conflict)."""
    return head in OFFICES or (bool(words & _RANKED) and head not in {"executive", "officer"})


def _chief_officer(role: str) -> str | None:
    """What a chief officer title runs ('executive' for 'Acme's chief executive' and 'CEO', 'financial'
    for 'chief financial officer'); None for any other title. Only an officer or a bare 'chief X' of a
    company's kind: 'chief medical officer' runs medicine, 'chief inspector' is no officer title."""
    text = _LEAD.sub("", _OWNER.sub("", _LEAD.sub("", role.strip())))
    text = _ACRONYM.sub(lambda m: _OFFICER_ACRONYMS[m.group().lower()], text)
    owner = _NAMED_OWNER.match(text)
    if owner is not None and not _RANKED & set(owner.group().lower().split()):
        text = text[owner.end():]
    title = _CLAUSE.sub("", text).strip()
    field = _FIELD_CHIEF.fullmatch(title)
    if field is not None and field.group("what") not in _RANKED:
        return field.group("what")
    found = _CHIEF_OFFICER.fullmatch(title)
    if found is None:
        return None
    what = found.group("what").lower()
    return what if what == "executive" or re.search(r"\bofficer\b", text, re.IGNORECASE) else None


def _chiefs_conflict(a: str, b: str) -> bool | None:
    """Whether two chief officer titles conflict ("chief executive" against "chief financial officer");
    a chief officer and the director of the same field ("chief financial officer", "finance director")
    are one office in two traditions. None where neither rule applies."""
    chiefs = _chief_officer(a), _chief_officer(b)
    if chiefs[0] and chiefs[1]:
        return chiefs[0][:_FIELD_LETTERS] != chiefs[1][:_FIELD_LETTERS]
    if _directs(chiefs[0], b) or _directs(chiefs[1], a):
        return False
    return None


_DIRECTORS = frozenset(["director", "head", "chief", "manager"])


def _directs(what: str | None, role: str) -> bool:
    """A chief officer running ``what`` ('financial') and ``role`` naming its director ('finance
    director', 'head of finance', 'financial director'), the field matched by its first five letters."""
    if not what or what == "executive":
        return False
    _, head, words = title_parts(role)
    return head in _DIRECTORS and len(words) == 1 and all(w[:_FIELD_LETTERS] == what[:_FIELD_LETTERS] for w in words)


def _held_together(role: str) -> list[str]:
    """The offices of 'vice-chancellor and president' when each side of the 'and' is one ([] otherwise):
    a person holding two offices is not contradicted by a source naming one of them. 'Minister of Trade
    and Industry' is one office: 'Industry' alone names none."""
    parts = _BOTH.split(role)
    if len(parts) < 2 or any(title_parts(part)[1] not in OFFICES for part in parts):
        return []
    return parts


def _speaker_titles(entities: Sequence[MergedEntity]) -> dict[str, list[EntityRole]]:
    """'FSA Director-General Ida Marsh' as a quote's speaker gives Ida Marsh a title."""
    by_name = {e.name: e for e in entities}
    out: dict[str, list[EntityRole]] = {}
    for entity in entities:
        # The names this one ends with, after a space: read from its own spaces, not by trying
        # every other name (quadratic in a long article naming a new person every few lines).
        for other in (entity.name[k + 1 :] for k, ch in enumerate(entity.name) if ch == " "):
            if other in by_name and len(other.split()) >= 2:
                prefix = entity.name[: -len(other)].strip()
                if prefix and prefix[:1].isupper():
                    out.setdefault(other, []).append(EntityRole(role=prefix, sources=entity.sources))
    return out


def title_discrepancies(
    entities: Sequence[MergedEntity],
    mentions_of: dict[str, list[Mention]],
    independent: dict[str, str],
    texts: dict[str, str] | None = None,
) -> list[Discrepancy]:
    """Conflicting titles for one person, each from sources that do not also give the other."""
    out: list[Discrepancy] = []
    extra = _speaker_titles(entities)
    reader = _Reader(texts or {})
    for entity in entities:
        if entity.type != "person":
            continue
        read = reader.read_roles(entity)
        roles = [reader.as_written(r, entity.name) for r in [*entity.roles, *extra.get(entity.name, []), *(r for r, _ in read)]]
        read_spans = {len(roles) - len(read) + k: spans for k, (_, spans) in enumerate(read)}
        involved: set[int] = set()
        for i, a in enumerate(roles):
            for j in range(i + 1, len(roles)):
                b = roles[j]
                ia = {independent.get(s, s) for s in a.sources}
                ib = {independent.get(s, s) for s in b.sources}
                if ia != ib and not (ia & ib) and roles_conflict(a.role, b.role):
                    # A source giving a role compatible with both sides (a fuller title) vouches for neither.
                    involved.update((i, j))
        if not involved:
            continue
        mentions = [*mentions_of.get(entity.name, [])]
        mentions += [m for r in extra.get(entity.name, []) for m in mentions_of.get(f"{r.role} {entity.name}", [])]
        positions = []
        for k in sorted(involved):
            role = roles[k]
            spans = [
                m.span
                for m in mentions
                if m.span is not None
                and m.source in role.sources
                and (role_key(role.role) in {role_key(r) for r in m.roles} or role.role in m.name)
            ] + read_spans.get(k, [])
            # A dateline's dash can open the extracted role ("(Wire) - Former deputy mayor Ana Lund"): not the title's.
            value = role.role.lstrip("-–—: ").strip() or role.role
            positions.append(Position(value=value, sources=role.sources, evidence=spans_in_order(spans)))
        positions = _merge_positions(positions)
        if len(positions) < 2 or any(set(p.sources) & set(q.sources) for i, p in enumerate(positions) for q in positions[i + 1 :]):
            continue  # a source on both sides (after folding one office's wordings together) is no dispute
        listing = " vs ".join(f"{p.value} ({', '.join(p.sources)})" for p in positions)
        out.append(
            Discrepancy(
                subject=f"Title of {entity.name}",
                kind="title",
                summary=f"Sources give {entity.name} different titles: {listing}.",
                positions=positions,
            )
        )
    return out


class _Reader:
    """:func:`_read_roles` and :func:`as_written`, each question answered once: entities that read alike
    (one office named alone in many places, each its own entity) ask the same ones, and answering per
    entity was quadratic on one long article repeating such a title."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts
        self._read: dict[tuple[object, ...], list[tuple[EntityRole, list[Span]]]] = {}
        self._written: dict[tuple[object, ...], EntityRole] = {}

    def read_roles(self, entity: MergedEntity) -> list[tuple[EntityRole, list[Span]]]:
        key = (entity.name, tuple(entity.aliases), tuple(entity.sources))
        return self._read[key] if key in self._read else self._read.setdefault(key, _read_roles(entity, self.texts))

    def as_written(self, role: EntityRole, name: str) -> EntityRole:
        key = (role.role, name, tuple(role.sources))
        return self._written[key] if key in self._written else self._written.setdefault(key, as_written(role, name, self.texts))


def _read_roles(entity: MergedEntity, texts: dict[str, str]) -> list[tuple[EntityRole, list[Span]]]:
    """Office titles the articles state around the person's full name that extraction did not give
    (see :mod:`summarizer.merge.stated_roles`), one role per wording with its sources and spans."""
    found: dict[str, tuple[str, set[str], list[Span]]] = {}
    for source, role, span in stated_roles(entity.name, entity.aliases, entity.sources, texts, _names_office):
        _, sources, spans = found.setdefault(role_key(role), (role, set(), []))
        sources.add(source)
        spans.append(span)
    return [(EntityRole(role=form, sources=sorted_sources(sources)), spans) for form, sources, spans in found.values()]


def _names_office(role: str) -> bool:
    return title_parts(role)[1] in OFFICES


def _merge_positions(positions: list[Position]) -> list[Position]:
    """Positions naming one office ('head of inspections at the NMA', 'inspection chief') are one."""
    out: list[Position] = []
    for p in positions:
        home = next((o for o in out if not roles_conflict(o.value, p.value)), None)
        if home is None or _unrelated(home.value, p.value):
            out.append(p)
            continue
        out[out.index(home)] = Position(
            value=home.value, sources=sorted_sources({*home.sources, *p.sources}), evidence=spans_in_order([*home.evidence, *p.evidence])
        )
    return out


def _unrelated(a: str, b: str) -> bool:
    """Two roles not in conflict may still be different facts (a rank and an office): keep both."""
    _, ha, _ = title_parts(a)
    _, hb, _ = title_parts(b)
    if _chief_officer(a) is not None and _chief_officer(a) == _chief_officer(b):
        return False  # 'chief executive' and 'CEO'
    return ha != hb and not any(ha in f and hb in f for f in _FAMILIES)
