"""Where independent sources disagree: counts, what a decision did, and people's titles.

Dates live with the timeline and speakers with the quotes; this module covers what is read off
claims and entities. Every finder compares only items already known to be about the same thing
(same unit and predicate and similar wording; same entity), so the cost stays linear, and every
finder requires the disagreeing positions to come from different independent sources: a source
disagreeing with its own copy is not news.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.merge._text import STOPWORDS, sorted_sources, source_order, stem
from summarizer.merge.claims import ClaimItem, ClaimMatcher
from summarizer.merge.cluster import LeaderIndex
from summarizer.merge.entities import Mention, role_key
from summarizer.merge.measures import measure_of
from summarizer.merge.numbers import Stated, compatible, figure_owner, fmt, owner_text
from summarizer.schema import Discrepancy, EntityRole, MergedEntity, Position, Span

SAME_SUBJECT = 0.3
SAME_EVENT = 0.2  # one story rarely has two unrelated counts of the same kind of act (killed, seized…)

# --------------------------------------------------------------------------- numbers


TIME_UNITS = frozenset(["second", "minute", "hour", "day", "week", "month", "year"])
# Units so common in news that one figure per article says nothing about *what* is counted.
_VAGUE_UNITS = frozenset(["person", "%", "USD", "EUR", "GBP", "JPY", "time"])
LONE_RATIO = 2.0


def number_discrepancies(items: Sequence[ClaimItem], matcher: ClaimMatcher) -> list[Discrepancy]:
    """Counts of the same thing (unit + predicate + similar claim) that no rounding reconciles.

    Claims, not single numbers, are grouped inside each (unit, predicate) bucket, so every figure
    a sentence gives stays together: "28 killed, including nine children" is one report.
    """
    stated: dict[tuple[str, str | None], dict[int, tuple[ClaimItem, list[Stated]]]] = {}
    for item in items:
        for q in item.figures:
            if q.unit is not None:
                bucket = stated.setdefault((q.unit, q.predicate), {})
                bucket.setdefault(item.order, (item, []))[1].append(q)
    out: list[Discrepancy] = []
    for (unit, predicate), every in sorted(stated.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        owned, claims = _owned(every)
        for same_owner in owned:
            found = _number_conflict(same_owner, unit, predicate)
            if found is not None:
                out.append(found)
        if unit in _MEASURED_UNITS:
            for name, same_measure in _by_measure(claims):
                found = _number_conflict(same_measure, unit, predicate, subject=name)
                if found is not None:
                    out.append(found)
        if not claims:
            continue
        groups = _lone_figures(claims, unit, matcher)
        if groups is None:
            threshold = SAME_EVENT if predicate else SAME_SUBJECT
            index: LeaderIndex[ClaimItem] = LeaderIndex(matcher.similarity, threshold, weight=matcher.weight, max_postings=50)
            for item, _ in claims.values():
                index.add(item, {t for t in item.tokens if not t.startswith("#")})
            groups = [g.members for g in index.groups]
        for group in groups:
            members = [(item, q) for item in group for q in claims[item.order][1]]
            found = _number_conflict(members, unit, predicate)
            if found is not None:
                out.append(found)
    return out


Figures = dict[int, tuple[ClaimItem, list[Stated]]]
# Units whose figures say what they measure only through the noun they are stated of.
_MEASURED_UNITS = frozenset(["%", "USD", "EUR", "GBP", "JPY"])


def _by_measure(claims: Figures) -> list[tuple[str, list[tuple[ClaimItem, Stated]]]]:
    """Figures stated of one measure ('turnout was', 'the participation was of'), taken out of
    ``claims`` when independent sources state it: the rest are still grouped by wording.

    A source giving one measure two different values is describing two things (two regions, two
    rounds), so such a measure is left to the wording; so is a measure only one source states.
    """
    measures: dict[str, list[tuple[ClaimItem, Stated]]] = {}
    names: dict[str, str] = {}
    for item, figures in claims.values():
        for q in figures:
            found = measure_of(item.claim.text, q.text)
            if found is not None:
                measures.setdefault(found[0], []).append((item, q))
                names.setdefault(found[0], found[1])
    out: list[tuple[str, list[tuple[ClaimItem, Stated]]]] = []
    for key, members in measures.items():
        per_source: dict[str, list[Stated]] = {}
        for item, q in members:
            per_source.setdefault(item.independent, []).append(q)
        if len(per_source) < 2 or any(not all(compatible(v[0], q) for q in v[1:]) for v in per_source.values()):
            continue
        out.append((names[key][:1].upper() + names[key][1:], members))
        for item, q in members:
            left = [f for f in claims[item.order][1] if f is not q]
            if left:
                claims[item.order] = (item, left)
            else:
                claims.pop(item.order, None)
    return out


def _owned(claims: Figures) -> tuple[list[list[tuple[ClaimItem, Stated]]], Figures]:
    """Figures whose sentence says whose they are ('Ferro's 48.9%', 'Lindqvist won 49.6%'), grouped
    by owner (owners sharing a name key are one), and the claims' remaining figures.

    One owner's figure is one measure however differently two outlets word the sentence, and two
    owners' figures are two measures however alike the wording: a results table is not a conflict.
    """
    owners: list[tuple[set[str], list[tuple[ClaimItem, Stated]]]] = []
    rest: Figures = {}
    for order, (item, figures) in claims.items():
        for q in figures:
            keys = figure_owner(item.claim.text, q)
            if keys is None:
                rest.setdefault(order, (item, []))[1].append(q)
                continue
            hits = [o for o in owners if o[0] & keys]
            merged: tuple[set[str], list[tuple[ClaimItem, Stated]]] = (set(keys), [(item, q)])
            for hit in hits:
                merged[0].update(hit[0])
                merged[1].extend(hit[1])
                owners.remove(hit)
            owners.append(merged)
    if len(owners) < 2:  # one owner named among unnamed figures: nothing to keep apart
        for _, members in owners:
            for item, q in members:
                rest.setdefault(item.order, (item, []))[1].append(q)
        rest = {order: (item, [q for q in claims[order][1] if q in figures]) for order, (item, figures) in rest.items()}
        return [], dict(sorted(rest.items()))
    return [members for _, members in owners], rest


def _lone_figures(
    claims: dict[int, tuple[ClaimItem, list[Stated]]], unit: str, matcher: ClaimMatcher
) -> list[list[ClaimItem]] | None:
    """One group when every article counts this thing exactly once, else None (group by wording).

    Within one story, "about 1,200 workers took part in the walkout" and "around 1,500 workers
    participated in the movement" share almost no words, yet when neither article counts workers
    anywhere else they are two reports of one count. Guards keep this to real rivals: a concrete
    unit (not people, percentages or money, which recur for unrelated things), figures within a
    factor of two of each other, and for durations a shared word about what lasted.
    """
    if unit in _VAGUE_UNITS:
        return None
    per_source: dict[str, int] = {}
    for item, figures in claims.values():
        per_source[item.source] = per_source.get(item.source, 0) + len(figures)
    members = [item for item, _ in claims.values()]
    if any(n != 1 for n in per_source.values()) or len({i.independent for i in members}) < 2:
        return None
    values = [abs(f[0].value) for _, f in claims.values()]
    if min(values) <= 0 or max(values) / min(values) > LONE_RATIO:
        return None
    if unit in TIME_UNITS:
        if any(_offset(item.claim.text, q) for item, figures in claims.values() for q in figures):
            return None
        words = [{t for t in i.tokens if not t.startswith("#") and t != unit} for i in members]
        for i, mine in enumerate(words):
            others = set().union(*(w for j, w in enumerate(words) if members[j].independent != members[i].independent))
            if not mine & others:
                return None
    return [members]


_OFFSET_AFTER = re.compile(
    r"^[\s-]*(?:(?:second|minute|hour|day|week|month|year)s?\s*)?(?:after|ago|later|earlier|before|from|since|on)\b", re.IGNORECASE
)
_OFFSET_BEFORE = re.compile(r"\b(?:within|in|next|past|last|by|every|per)\s+(?:the\s+)?(?:next\s+|past\s+|last\s+)?$", re.IGNORECASE)


def _offset(text: str, q: Stated) -> bool:
    """'Four months after the ban', 'within six months': a time offset or deadline, not how long
    something lasted, and two of those in one story are usually about different things."""
    at = text.lower().find(q.text.lower())
    if at < 0:
        return True  # cannot see how it is used: do not guess
    return bool(_OFFSET_AFTER.match(text[at + len(q.text) : at + len(q.text) + 40]) or _OFFSET_BEFORE.search(text[max(0, at - 30) : at]))


def _voice(item: ClaimItem) -> tuple[str, str]:
    """Who stands behind a figure: the source, and within it the party the claim attributes it to.

    "Budget documents put the cost at 55 million; the minister had put it at 40 million" is one
    article reporting two rival figures, not an article hedging between them.
    """
    who = (item.claim.attribution or "").strip().lower()
    return item.independent, re.sub(r"^(the|a|an)\s+", "", who)


_TOTAL = re.compile(
    r"\b(?:all|of all|a total of|total of|in all|every one of the)\s+$|\d[\d,]*\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s?\s+)?$",
    re.IGNORECASE,
)


def is_total(item: ClaimItem, q: Stated) -> bool:
    """'all 1,846 polling stations': the whole, which a part ('214 polling stations') never disputes."""
    at = item.claim.text.find(q.text)
    return at >= 0 and _TOTAL.search(item.claim.text[max(0, at - 20) : at]) is not None


def _number_conflict(
    members: list[tuple[ClaimItem, Stated]], unit: str, predicate: str | None, subject: str | None = None
) -> Discrepancy | None:
    totals = [m for m in members if is_total(*m)]
    if totals and len(totals) < len(members):
        members = [m for m in members if not is_total(*m)]  # the parts are compared among themselves
    if len({item.independent for item, _ in members}) < 2:
        return None
    per_source: dict[tuple[str, str], list[tuple[ClaimItem, Stated]]] = {}
    for item, q in members:
        per_source.setdefault(_voice(item), []).append((item, q))
    if predicate is not None and unit == "person":
        # A toll's headline figure is its largest: "28 killed, including nine children" reports 28,
        # and the nine is a part of it, not a rival count.
        per_source = {s: [max(v, key=lambda m: m[1].value)] for s, v in per_source.items()}
    voices = sorted(per_source, key=lambda v: (source_order(v[0]), v[1]))
    members = [m for s in voices for m in per_source[s]]
    clusters: list[tuple[Stated, list[tuple[ClaimItem, Stated]]]] = []
    for item, q in sorted(members, key=lambda m: (m[1].value, source_order(m[0].source), m[0].span.start)):
        if clusters and compatible(clusters[-1][0], q):  # sorted by value: only the last can match
            clusters[-1][1].append((item, q))
        else:
            clusters.append((q, [(item, q)]))
    # Otherwise sources agree when one figure is common to all of them: "fell to 4.8% from 5.2%"
    # and "fell to 4.8%" are the same report. (One set intersection, not a comparison per pair of
    # sources, so a fact repeated by a thousand outlets stays cheap.)
    held: dict[tuple[str, str], set[int]] = {}
    for k, (_, bucket) in enumerate(clusters):
        for item, _ in bucket:
            held.setdefault(_voice(item), set()).add(k)
    if len(held) < 2 or set.intersection(*held.values()):
        return None
    positions = [
        Position(
            value=_value_text(lead, bucket),
            sources=sorted_sources(i.source for i, _ in bucket),
            evidence=_spans(i.span for i, _ in bucket),
        )
        for lead, bucket in clusters
    ]
    positions.sort(key=lambda p: (-len(p.sources), source_order(p.sources[0])))
    subject = subject or _subject(members, unit, predicate)
    listing = " vs ".join(f"{p.value} ({', '.join(p.sources)})" for p in positions)
    summary = f"Sources give different figures: {listing}."
    if not predicate:
        # The subject stays short for the table; the sentence that carries the figure says what is counted.
        summary += f" For example: “{_short(members[0][0].claim.text, 140)}”"
    return Discrepancy(subject=subject, kind="number", summary=summary, positions=positions)


def _value_text(lead: Stated, bucket: list[tuple[ClaimItem, Stated]]) -> str:
    text = _plain_value(lead, bucket)
    bound = {"min": "at least ", "max": "at most "}.get(lead.bound or "", "")
    return bound + text


def _plain_value(lead: Stated, bucket: list[tuple[ClaimItem, Stated]]) -> str:
    approx = all(q.approximate for _, q in bucket)
    if lead.unit == "%":
        return f"{'about ' if approx else ''}{fmt(lead.value)}%"
    if lead.unit in {"USD", "EUR", "GBP", "JPY"}:
        return f"{'about ' if approx else ''}{fmt(lead.value)} {lead.unit}"
    shown = next((q.unit_text for _, q in bucket if q.unit_text), None)
    if shown and shown.isalpha() and shown.islower() and lead.value != 1 and not shown.endswith("s"):
        shown += "s"  # "nine-day" counts days
    unit = f" {shown}" if shown and lead.unit != "person" else ""  # the subject already says "people"
    return f"{'about ' if approx else ''}{fmt(lead.value)}{unit}"


_MEASURED = re.compile(r"^\s*(?:of\s+(?:the\s+)?(?P<of>[a-z]+(?:\s+[a-z]+)?)|(?P<adj>[a-z]+ed)\b)")


def _subject(members: list[tuple[ClaimItem, Stated]], unit: str, predicate: str | None) -> str:
    if predicate and unit == "person":
        return f"Number of people {predicate}"
    owner = _owner_name(members)
    if unit == "%":
        # "15% contained", "49.6% of the vote": the words after the figure say what the share is of.
        item, q = members[0]
        at = item.claim.text.find(q.text)
        found = _MEASURED.match(item.claim.text[at + len(q.text) :]) if at >= 0 else None
        what = "Percentage"
        if found and found.group("of") and found.group("of").split()[0] not in STOPWORDS:
            what = f"Share of the {found.group('of').split()[0]}"
        elif found and found.group("adj"):
            what = f"Percentage {found.group('adj')}"
        return f"{what} for {owner}" if owner else what
    amount = {"USD": "Amount (USD)", "EUR": "Amount (EUR)", "GBP": "Amount (GBP)"}.get(unit)
    if amount is not None:
        what = amount
    else:
        # The word as a source writes it ("batches", "acres"), not the stem the comparison uses.
        plural = next((q.unit_text.lower() for _, q in members if q.unit_text and q.unit_text.lower().endswith("s")), None)
        what = f"Number of {plural or (unit + 's' if not unit.endswith('s') else unit)}"
    what = f"{what} {predicate}" if predicate else what
    return f"{what} for {owner}" if owner else what


def _owner_name(members: list[tuple[ClaimItem, Stated]]) -> str | None:
    """The owner as the longest name any member writes, when every member names the same one."""
    names: list[str] = []
    for item, q in members:
        keys = figure_owner(item.claim.text, q)
        if keys is None:
            return None
        names.append((owner_text(item.claim.text, q) or "").rstrip("."))
    return max(names, key=len) or None


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _spans(spans: object) -> list[Span]:
    unique = {(s.source, s.start, s.end): s for s in spans}  # type: ignore[attr-defined]
    return [unique[k] for k in sorted(unique, key=lambda k: (source_order(k[0]), k[1], k[2]))]


# --------------------------------------------------------------------------- titles

# Words that change the office itself: a deputy minister is not the minister.
QUALIFIERS = frozenset(["deputy", "vice", "acting", "interim", "former", "ex", "retired", "assistant", "associate", "junior", "under"])
# Heads that name an office; two different ones for one person (from sources that do not give both)
# are a conflict an editor must see: "Foreign Minister" in three outlets, "Senator" in a fourth.
OFFICES = frozenset(
    [
        "president", "minister", "secretary", "director", "chief", "head", "chair", "governor", "mayor", "senator",
        "representative", "congressperson", "spokesperson", "commissioner", "judge", "ambassador", "general", "colonel",
        "major", "captain", "lieutenant", "admiral", "sergeant", "ceo", "cfo", "coo", "chancellor", "premier",
        "prosecutor", "attorney", "sheriff", "superintendent", "inspector", "manager", "leader", "chairperson",
        "treasurer", "councillor", "councilor", "lawmaker", "deputy", "mp", "editor", "founder", "dean", "rector",
    ]
)
_FAMILIES = [
    frozenset(["minister", "secretary"]),
    frozenset(["general", "colonel", "major", "captain", "lieutenant", "admiral", "sergeant"]),
    frozenset(["president", "chair", "chairperson"]),
    frozenset(["head", "chief", "director", "leader", "manager"]),
]
_GENDERED = {
    "spokeswoman": "spokesperson", "spokesman": "spokesperson", "chairwoman": "chair", "chairman": "chair",
    "congresswoman": "congressperson", "congressman": "congressperson", "councilwoman": "councillor",
    "councilman": "councillor", "businesswoman": "businessperson", "businessman": "businessperson",
}
_PRESS = frozenset(["communication", "communications", "press", "media"])
# Words that say when or how, not which office: "the incumbent regional president", "current president of the region".
_FILLER = frozenset(["the", "a", "an", "at", "for", "in", "of", "on", "incumbent", "current", "sitting", "serving", "then", "now"])
# Party words say whom an office-holder belongs to, not which office: "Democratic leader" of the
# Senate and "Senate Minority Leader" are one office.
_AFFILIATION = frozenset(
    ["democratic", "democrat", "republican", "conservative", "labour", "labor", "liberal", "socialist", "green",
     "independent", "communist", "progressive", "centrist", "nationalist"]
)
_CLAUSE = re.compile(r"\s+(?:who|which|that|during|since|when|after|before|until|whose|and|,)\b.*$|,.*$", re.IGNORECASE)
_WAS = re.compile(r"^(?:who|that|which)\s+(?:was|had been|once was)\s+", re.IGNORECASE)
_LEAD = re.compile(r"^(?:(?:says|said|told|the|a|an|its|his|her|their)\s+)+", re.IGNORECASE)


def title_parts(role: str) -> tuple[frozenset[str], str | None, frozenset[str]]:
    """(office-changing qualifiers, head office word, other words) of a title, as comparable keys.

    "Brazil's President", "President of Brazil" and "the Brazilian President" give one head and
    words that match by prefix; "U.S." is "us"; spokeswoman, spokesman and spokesperson are one
    office; "that was mayor of X during eight years" is "former mayor of X"; clauses after the
    title ("who leads the party") are not part of it.
    """
    from summarizer.text import strip_accents

    text = strip_accents(role).strip()
    former = bool(_WAS.match(text))
    text = _LEAD.sub("", _WAS.sub("", text))
    text = _CLAUSE.sub("", text)
    text = re.sub(r"\bU\.\s?S\.?(?=\s|$)", "US", text)
    text = re.sub(r"['’]s\b", "", text).lower().replace("-", " ")
    tokens = [_GENDERED.get(t, t) for t in re.findall(r"[a-z0-9]+", text)]
    if "of" in tokens and 0 < tokens.index("of") < len(tokens) - 1:
        i = tokens.index("of")
        tokens = tokens[i + 1 :] + tokens[:i]  # "head of inspections" reads as "inspections head"
    tokens = [t for t in tokens if t not in _FILLER and t not in _AFFILIATION]
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
    if head in {"chief", "head", "director", "officer", "secretary", "manager"} and _PRESS & set(rest):
        head, rest = "spokesperson", [t for t in rest if t not in _PRESS]  # a communications chief speaks for them
    return frozenset(qualifiers), head, frozenset(stem(t) for t in rest)


def _same_words(a: frozenset[str], b: frozenset[str]) -> bool:
    """One title's words all found in the other's, a demonym matching its country by prefix."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return all(any(w == v or (min(len(w), len(v)) >= 4 and (w.startswith(v[:4]) and v.startswith(w[:4]))) for v in large) for w in small)


def roles_conflict(a: str, b: str) -> bool:
    """'Finance Minister' vs 'Deputy Finance Minister', 'Fire Chief' vs 'Battalion Chief', 'Foreign
    Minister' vs 'Senator' conflict; 'President' vs 'President of France', 'Brazil's President' vs
    'Brazilian President', 'spokeswoman' vs 'spokesperson' do not. Only office titles are compared:
    'candidate' or 'resident' is a description, not an office."""
    qa, ha, wa = title_parts(a)
    qb, hb, wb = title_parts(b)
    if ha is None or hb is None or ha not in OFFICES or hb not in OFFICES:
        return False
    if ha == hb and qa == qb and re.search(r"\b[A-Z]{2,}\b", f"{a} {b}"):
        return False  # "president of the CER": an acronym cannot be compared word by word
    related = ha == hb or any(ha in f and hb in f for f in _FAMILIES)
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


def _speaker_titles(entities: Sequence[MergedEntity]) -> dict[str, list[EntityRole]]:
    """'FSA Director-General Ida Marsh' as a quote's speaker gives Ida Marsh a title."""
    by_name = {e.name: e for e in entities}
    out: dict[str, list[EntityRole]] = {}
    for entity in entities:
        for other in by_name:
            if other != entity.name and entity.name.endswith(" " + other) and len(other.split()) >= 2:
                prefix = entity.name[: -len(other)].strip()
                if prefix and prefix[:1].isupper():
                    out.setdefault(other, []).append(EntityRole(role=prefix, sources=entity.sources))
    return out


_QUALIFIED = re.compile(r"\b(former|ex-|acting|deputy|vice|interim|retired|then-)\s*$", re.IGNORECASE)


def as_written(role: EntityRole, name: str, texts: dict[str, str]) -> EntityRole:
    """The role with the qualifier every source writes before it: an extraction that kept
    'President' out of 'Former President Jane Doe' would otherwise make a false conflict."""
    pattern = re.compile(rf"\b{re.escape(role.role)}\b", re.IGNORECASE)
    surname = name.split()[-1] if name.split() else name
    found: set[str] = set()
    for source in role.sources:
        text = texts.get(source, "")
        hits = _role_before(pattern, surname, text)
        qualifiers = {_qualifier(text[max(0, start - 12) : start]) for start in hits}
        if not hits or "" in qualifiers:
            return role
        found |= qualifiers
    if len(found) != 1:
        return role
    qualifier = "former" if found == {"then"} else next(iter(found))
    return EntityRole(role=f"{qualifier} {role.role}", sources=role.sources)


_ROLE_REACH = 60  # characters between the end of a role and the name it is written before


def _role_before(pattern: re.Pattern[str], surname: str, text: str) -> list[int]:
    """Starts of the role's matches that end at most ``_ROLE_REACH`` characters before the surname.

    Looked for only in front of each mention of the surname, so a long article is not rescanned
    for every role.
    """
    starts: set[int] = set()
    at = text.find(surname) if surname else -1
    while at >= 0:
        low = max(0, at + len(surname) - _ROLE_REACH - len(pattern.pattern))
        for match in pattern.finditer(text, low, min(len(text), at + 1)):
            if at + len(surname) - _ROLE_REACH <= match.end() <= at:
                starts.add(match.start())
        at = text.find(surname, at + 1)
    return sorted(starts)


def _qualifier(before: str) -> str:
    found = _QUALIFIED.search(before)
    return found.group(1).lower().rstrip("-") if found else ""


def title_discrepancies(
    entities: Sequence[MergedEntity],
    mentions_of: dict[str, list[Mention]],
    independent: dict[str, str],
    texts: dict[str, str] | None = None,
) -> list[Discrepancy]:
    """Conflicting titles for one person, each from sources that do not also give the other."""
    out: list[Discrepancy] = []
    extra = _speaker_titles(entities)
    for entity in entities:
        if entity.type != "person":
            continue
        roles = [as_written(r, entity.name, texts or {}) for r in [*entity.roles, *extra.get(entity.name, [])]]
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
            ]
            positions.append(Position(value=role.role, sources=role.sources, evidence=_spans(spans)))
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


def _merge_positions(positions: list[Position]) -> list[Position]:
    """Positions naming one office ('head of inspections at the NMA', 'inspection chief') are one."""
    out: list[Position] = []
    for p in positions:
        home = next((o for o in out if not roles_conflict(o.value, p.value)), None)
        if home is None or _unrelated(home.value, p.value):
            out.append(p)
            continue
        out[out.index(home)] = Position(
            value=home.value, sources=sorted_sources({*home.sources, *p.sources}), evidence=_spans([*home.evidence, *p.evidence])
        )
    return out


def _unrelated(a: str, b: str) -> bool:
    """Two roles not in conflict may still be different facts (a rank and an office): keep both."""
    _, ha, _ = title_parts(a)
    _, hb, _ = title_parts(b)
    return ha != hb and not any(ha in f and hb in f for f in _FAMILIES)
