"""Named entities from capitalised runs: people with their roles, organisations, places and groups.

Capitalisation is the only signal English text reliably gives offline, so the work is in what to
discard: a capital that only opens a sentence, a title that is a role and not part of the name, a
possessive. Types come from the run's head word ("Ministry", "Port") and its context ("in Lagos",
a title, an appositive role); aliases from surnames, acronyms and names the article equates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nameparser import HumanName

from summarizer.extract.offline.lexicon import (
    COMMON_WORDS,
    GOVERNMENT_WORDS,
    MONTHS,
    NAME_SUFFIXES,
    ORG_WORDS,
    PLACE_NOUNS,
    PLACE_WORDS,
    WEEKDAYS,
    is_demonym,
    is_title_word,
    territory_names,
)
from summarizer.extract.offline.names import NAME_RUN, NAME_RUN_RE, clean_name, split_title, strip_article
from summarizer.schema import Entity, EntityType, Span

_PLACE_CONTEXT = re.compile(r"(?<!according )\b(?:in|at|from|near|across|outside|into|throughout|towards?|via|to)"
                            r"\s+(?:the\s+)?$", re.IGNORECASE)
# A name governed by a place noun ("the northern region of Tarvia", "the people of Tarvia"), or an
# organisation's jurisdiction after its acronym ("the Electoral Commission (CEL) of Tarvia").
_PLACE_OF = re.compile(rf"(?:\b(?:{'|'.join(sorted(PLACE_NOUNS))})|\([A-Z]{{2,}}\))\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# A name owning what only a territory has: "Tarvia's voters", "Tarvia's Health Ministry".
_PLACE_OWNS = re.compile(rf"['’]s\s+(?:[a-z-]+\s+)?(?:{'|'.join(sorted(PLACE_NOUNS))})\b|['’]s\s+(?:[A-Z][\w-]*\s+){{0,3}}"
                         rf"(?i:{'|'.join(sorted(GOVERNMENT_WORDS))})\b")
_APPOSITIVE = re.compile(  # matched at the end of a name, in place: slicing the rest of the text was quadratic
    r",\s+((?:a|an|the)\s+[^,.;:“”\"]{3,90}?|[a-z][a-z\s\-]{2,40}(?:of|for|at)\s[^,.;:“”\"]{2,60}?)[,.;]"
)
_LOWER_ROLE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+)?((?:[\w'’\-]+\s+){0,3}?"
                         r"(?:spokes(?:wo)?man|spokesperson|minister|secretary|director|chief|head|leader|official|"
                         r"president|chairman|chairwoman|adviser|advisor|editor|lawyer|founder|ceo))\s+$")
_ROLE_HINT = re.compile(r"(?:man|woman|person|minister|secretary|director|chief|head|leader|official|president|"
                        r"chairman|chairwoman|adviser|advisor|editor|lawyer|founder|ceo)\s+$")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|dr|miss)\.?\s+", re.I)
# "Long Name (LN)" / "Long Name, known as Short": found from the bracket or phrase between the names, then
# the name before it is read in a bounded window. Matching the whole pattern from every capital made a
# text of one endless capitalised run quadratic (each start tried every shorter run).
_EQUATES_LINK = re.compile(r"\s*(?:\(|,\s*(?:also\s+)?(?:known as|called|or)\s+(?:the\s+)?)")
_EQUATES_SHORT = re.compile(rf"({NAME_RUN})\)?")
_NAME_AT_END = re.compile(rf"(?<![\w.])({NAME_RUN})$")
_EQUATES_REACH = 160
_PLACE_PREFIXES = frozenset(["new", "united", "north", "south", "east", "west", "san", "santa", "los", "las", "fort",
                             "mount", "lake", "saint", "st", "upper", "lower", "greater"])
_ADJECTIVE_SUFFIX = ("ian", "ean", "can", "yan", "ese", "ish", "ic")
_DOCUMENT_WORDS = frozenset(["act", "law", "bill", "treaty", "accord", "agreement", "plan", "program", "programme",
                             "report", "constitution", "amendment", "resolution", "convention", "protocol"])
_BEFORE_NOUN = re.compile(r"\s+(?!(?:said|says|told|and|or|is|was|has|had|who|will|would)\b)[a-z]{3,}")
# "a Courier reporter": after an indefinite article a capitalised word cannot head the phrase, so it
# modifies the noun that follows. When that word is itself a generic head ("Courier", "Times", "Navy"),
# it is the short form of a longer name and names nothing by itself; "a Pennsylvania man" still does.
_INDEFINITE_BEFORE = re.compile(r"(?<![\w'’])an?\s+$", re.IGNORECASE)
_NAME_PARTICLES = frozenset(["von", "van", "der", "den", "de", "da", "di", "del", "della", "dos", "du", "le", "la", "bin",
                             "ibn", "al", "el", "ter", "ten"])
_GROUP_SUFFIX = ("ans", "ists", "ites", "ese", "ers", "ats", "cans", "ians", "ards", "ish")


@dataclass
class _Draft:
    name: str
    type: EntityType
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    speaker: bool = False


@dataclass
class _Drafts:
    """The entities found so far, by lowercased name, with what every mention of each had in common."""

    drafts: dict[str, _Draft] = field(default_factory=dict)
    order: dict[str, None] = field(default_factory=dict)  # first-seen order; a dict so dropping one is no list scan
    initial_only: dict[str, bool] = field(default_factory=dict)  # every mention opens a sentence
    modifier_only: dict[str, bool] = field(default_factory=dict)  # every mention modifies a noun ("a Courier reporter")

    def add(self, name: str, etype: EntityType, mention: tuple[int, int], initial: bool, modifier: bool) -> _Draft:
        """Record one mention; a typed reading replaces an earlier "other"."""
        key = name.lower()
        draft = self.drafts.get(key)
        if draft is None:
            draft = self.drafts[key] = _Draft(name=name, type=etype)
            self.order[key] = None
        elif draft.type == "other" and etype != "other":
            draft.type = etype
        draft.mentions.append(mention)
        self.initial_only[key] = self.initial_only.get(key, True) and initial
        self.modifier_only[key] = self.modifier_only.get(key, True) and modifier
        return draft


def extract_entities(
    text: str, source: str, sentence_starts: set[int], speakers: set[str] | None = None
) -> list[Entity]:
    """Entities of ``text`` with mentions as spans; ``speakers`` are names cue verbs attached speech to."""
    lower_words = {w for w in re.findall(r"\b[a-z][a-z'’\-]+\b", text)}
    speakers_lower = {s.lower() for s in speakers or ()}
    found = _Drafts()
    for run_start, whole_run in _runs(text):
        start, run, initial = _trim_run(text, run_start, whole_run, sentence_starts, lower_words)
        if not run:
            continue
        role, name = _name_in(run, speakers_lower)
        name_start = text.find(name, start, start + len(run)) if name else -1
        if name_start < 0:
            continue
        draft = found.add(name, _classify(text, name, start, role), (name_start, name_start + len(name)),
                          initial and name_start == start, _modifies_noun(text, name_start, name))
        if role:
            _add(draft.roles, role)
        _roles_around(text, draft, name, name_start, start)
    speaking = {name.lower() for name in speakers or set()}
    for key in speaking:
        spoken = found.drafts.get(key)
        if spoken is not None and spoken.type == "other":
            spoken.type = "person"
    _merge_aliases(text, found.drafts, found.order)
    _confirm_people(found.drafts, found.order, speaking)
    _drop_lone_words(found, speaking)
    entities = []
    for key in found.order:
        draft = found.drafts[key]
        mentions = [Span(source=source, start=s, end=e, text=text[s:e]) for s, e in sorted(set(draft.mentions))]
        entities.append(Entity(name=draft.name, type=draft.type, aliases=draft.aliases, roles=draft.roles,
                               mentions=mentions))
    entities.sort(key=lambda e: (-len(e.mentions), e.mentions[0].start if e.mentions else 0))
    return entities


def _trim_run(text: str, start: int, run: str, sentence_starts: set[int], lower_words: set[str]) -> tuple[int, str, bool]:
    """The run without what only precedes a name: a common word that is capitalised because it opens the
    sentence, and leading particles ("of", "the"); with its new start and whether it opens a sentence."""
    if _at_sentence_start(text, start, sentence_starts):
        first = run.split()[0]
        if (first.lower().rstrip(".") in COMMON_WORDS or first.lower() in lower_words or _plural_of(run)) \
                and not (is_title_word(first) and len(run.split()) > 1):  # "Ms. Okafor" keeps its honorific
            rest = run[len(first):].lstrip()
            start += len(run) - len(rest)
            run = rest
    # A possessive is a name even opening a sentence ("Tarvia's Health Ministry said"): common words
    # that take one ("Today's") are dropped above.
    initial = _at_sentence_start(text, start, sentence_starts) and not run.endswith(("'s", "’s"))
    stripped = re.sub(r"^(?:(?:of|for|and|the|de|la|al)\s+)+", "", run)
    return start + len(run) - len(stripped), stripped, initial


def _name_in(run: str, speakers_lower: set[str]) -> tuple[str | None, str]:
    """The title and the name a run holds; the name is empty when the run names nothing (a month, a
    common word, a nationality nobody is quoted as)."""
    role, name = split_title(run)
    name = clean_name(name)
    if name and role is None and _demonym_first(name):  # "Brazilian Ana Lund": a nationality, then a name
        name = name.split(None, 1)[1]
    if not name or _not_a_name(name) or (is_demonym(name) and name.lower() not in speakers_lower):
        return role, ""
    return role, name


def _roles_around(text: str, draft: _Draft, name: str, name_start: int, start: int) -> None:
    """Roles the words around a mention give, which make it a person: an appositive after it ("Okafor, a
    spokeswoman,") or a lowercase role before a full name ("the ministry spokeswoman Ana Lund")."""
    appositive = _APPOSITIVE.match(text, name_start + len(name))
    if appositive and draft.type in ("person", "other"):
        _add(draft.roles, strip_article(appositive.group(1)))
        draft.type = "person"
    window = text[max(0, start - 60) : start]
    lower_role = _LOWER_ROLE.search(window) if _ROLE_HINT.search(window) else None
    if lower_role and draft.type in ("person", "other") and len(name.split()) >= 2:
        _add(draft.roles, lower_role.group(1).strip())
        draft.type = "person"


def _drop_lone_words(found: _Drafts, speaking: set[str]) -> None:
    """A lone capitalised word seen only opening sentences, or only modifying a noun when it is a generic
    head ("a Courier reporter"), is not a name unless something else says it is."""
    for key in list(found.order):
        draft = found.drafts[key]
        if " " in key or key in speaking or draft.roles or draft.aliases:
            continue
        if found.initial_only.get(key) or (found.modifier_only.get(key) and key in ORG_WORDS):
            del found.order[key]


def _split_runs(text: str) -> list[tuple[int, str]]:
    """Name runs, with "Okafor and Brenn" split in two unless the left part names an organisation."""
    out: list[tuple[int, str]] = []
    for match in NAME_RUN_RE.finditer(text):
        start, run = match.start(), match.group()
        owner = _POSSESSIVE_OWNER.match(run)
        if owner and _owns_a_name(owner.group(1), run[owner.end():]):
            # "Tarvia's Regional Electoral Commission": the owner and the organisation are two names.
            out.append((start, owner.group(1)))
            start, run = start + owner.end(), run[owner.end():]
        pieces = run.split(" and ")
        if len(pieces) == 1 and " of " in run:  # "Nancy Pelosi of California": a person and her state
            left = run.split(" of ", 1)[0].split()
            if len(left) >= 2 and not any(w.lower().rstrip(".") in ORG_WORDS or is_title_word(w) for w in left):
                pieces = run.split(" of ", 1)
                out.append((start, pieces[0]))
                out.append((start + len(pieces[0]) + 4, pieces[1]))
                continue
        # "Okafor and Brenn" is two; "Ministry of Health and Welfare" one; "the Ministry of Health and the
        # Ministry of Finance" two again: each side has an organisation's head word.
        if len(pieces) > 1 and (not any(w.lower() in ORG_WORDS for w in pieces[0].split())
                                or all(any(w.lower() in ORG_WORDS for w in p.split()) for p in pieces)):
            offset = 0
            for piece in pieces:
                out.append((start + offset, piece))
                offset += len(piece) + len(" and ")
        else:
            out.append((start, run))
    return out


_POSSESSIVE_OWNER = re.compile(r"(\S+(?:\s+\S+){0,3}?['’]s)\s+(?=\S)")
_CORPORATE = frozenset(["corp", "corporation", "inc", "ltd", "llc", "plc", "group", "holdings", "company", "co",
                        "industries", "partners"])
_PLURAL_OWNERS = frozenset(["men", "women", "children", "people"])  # "Women's Health Network" is one name


def _owns_a_name(owner: str, rest: str) -> bool:
    """Whether "Owner's Rest" is two names: not "McDonald's Corporation", "Children's Hospital"."""
    words = re.split(r"\s+(?:and|of|for)\s+", rest)[0].split()  # "… Corporation and the Children's Hospital"
    head = owner.split()[-1][:-2].lower()
    if head in _PLURAL_OWNERS or is_title_word(head) or head in COMMON_WORDS:
        return False
    if len(words) == 1:
        low = words[0].lower().rstrip(".")
        return low in ORG_WORDS and low not in _CORPORATE
    return True


def _runs(text: str) -> list[tuple[int, str]]:
    """Capitalised runs, split where a full stop ends a sentence inside the run ("March. According")."""
    runs: list[tuple[int, str]] = []
    for match in _split_runs(text):
        start, run = match
        for part in re.finditer(r"\S.*?(?:(?<=[a-z]{2}[a-z])\.(?=\s)|$)", run):
            piece = part.group()
            words = piece.split()
            if len(words) == 1 and is_title_word(piece) and part.end() < len(run):
                runs.append((start + part.start(), run[part.start():]))  # "Gov. Okafor": keep together
                break
            runs.append((start + part.start(), piece.rstrip(".") if part.end() < len(run) else piece))
    return runs


def _add(items: list[str], value: str) -> None:
    if value and value.lower() not in (v.lower() for v in items):
        items.append(value)


def _modifies_noun(text: str, start: int, name: str) -> bool:
    return (_INDEFINITE_BEFORE.search(text, max(0, start - 4), start) is not None
            and _BEFORE_NOUN.match(text, start + len(name)) is not None)


def _at_sentence_start(text: str, start: int, sentence_starts: set[int]) -> bool:
    back = start
    while back > 0 and text[back - 1] in "“\"'‘(«[—–-*#>":
        back -= 1
    if back in sentence_starts or back == 0 or text[back - 1] == "\n":
        return True
    # After a dateline dash or a colon a new clause starts: "MARENZA, Veloria — Dockworkers at the port …",
    # "LORANT (Reuters) - Dockworkers …", "LORANT -- Dockworkers …"
    before = text[max(0, start - 4) : start].rstrip()
    return before[-1:] in ("—", "–", ":") or before.endswith((" -", "--"))


def _plural_of(run: str) -> bool:
    """"Leaders of the Frente de Liberación": a plural common noun opening the sentence, not the name."""
    words = run.split()
    first = words[0].lower()
    return (len(words) > 2 and words[1] == "of" and first.endswith("s") and not first.endswith("ss")
            and first not in ORG_WORDS and first not in PLACE_WORDS and not is_title_word(first))


def _demonym_first(name: str) -> bool:
    words = name.split()
    return (len(words) >= 2 and is_demonym(words[0])
            and not any(w.lower() in ORG_WORDS or w.lower() in PLACE_WORDS for w in words[1:])
            and not any(name.lower().startswith(t) for t in territory_names() if " " in t))  # "Saudi Arabia"


def _not_a_name(name: str) -> bool:
    low = name.lower().rstrip(".")
    if low in COMMON_WORDS or low in MONTHS or low in WEEKDAYS or is_title_word(name):
        return True
    if len(name) < 2 or name.isdigit() or low in NAME_SUFFIXES:
        return True
    return all(w.lower() in MONTHS or w.lower() in WEEKDAYS or w.isdigit() for w in name.split())


def _classify(text: str, name: str, start: int, role: str | None) -> EntityType:
    """The name's own words first, then the words around it, then its shape."""
    words = [w.lower().rstrip(".") for w in name.split()]
    return _type_by_words(name, words, role) or _type_by_context(text, name, start, words) \
        or _type_by_shape(text, name, start, words)


def _type_by_words(name: str, words: list[str], role: str | None) -> EntityType | None:
    """A head word ("Act", "Ministry", "Port"), a title, or an acronym settles the type."""
    if words[-1] in _DOCUMENT_WORDS:
        return "other"
    if any(w in ORG_WORDS for w in words):
        return "organization"
    if words[-1] in PLACE_WORDS:
        return "place"
    if role:
        return "person"
    if re.fullmatch(r"[A-Z]{2,}(?:-[A-Z]+)?", name):
        return "organization"
    return None


def _type_by_context(text: str, name: str, start: int, words: list[str]) -> EntityType | None:
    """A short name where only a place fits: "in Lagos", "the region of Tarvia", "Tarvia's voters"."""
    if len(words) > 3:
        return None
    if _PLACE_CONTEXT.search(text[max(0, start - 20) : start]):
        return "place"
    if _PLACE_OF.search(text, max(0, start - 40), start) or _PLACE_OWNS.match(text, start + len(name)):
        return "place"
    return None


def _type_by_shape(text: str, name: str, start: int, words: list[str]) -> EntityType:
    """What the name looks like: a plural of a people ("Tarvians"), a place prefix ("New", "Fort"), an
    adjective before a noun, or two to four capitalised words (a provisional person)."""
    if len(words) == 1 and words[0].endswith(_GROUP_SUFFIX) and words[0].endswith("s"):
        return "group"
    if len(words) >= 2 and words[0] in _PLACE_PREFIXES:
        return "place"
    if len(words) == 1 and words[0].endswith(_ADJECTIVE_SUFFIX) and _BEFORE_NOUN.match(text, start + len(name)):
        return "group"  # "Republican lawmakers", "Afghan forces": an affiliation, not a thing on its own
    named = [w for w in name.split() if w.lower() not in _NAME_PARTICLES]
    if 2 <= len(named) <= 4 and all(w[:1].isupper() for w in named) and name.split()[0][:1].isupper():
        return "person"  # provisional: kept only with evidence (see _confirm_people); "Ursula von der Leyen" too
    return "other"


def _confirm_people(drafts: dict[str, _Draft], order: dict[str, None], speaking: set[str]) -> None:
    """A two-word capitalised run is a person only with evidence: a title or role, a surname used alone,
    or speech attributed to it. "United States" and "Social Security" have none."""
    for key in order:
        draft = drafts[key]
        if draft.type == "person" and not (draft.roles or draft.aliases or key in speaking):
            draft.type = "other"


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in {"of", "for", "and", "the", "de", "la"}).upper()


def _merge_aliases(text: str, drafts: dict[str, _Draft], order: dict[str, None]) -> None:
    """Fold surnames into full names, acronyms into what they abbreviate, and names the text equates.

    Candidates are looked up by surname and by initials, not scanned: a long article names thousands
    of entities, and a scan per entity was quadratic.
    """
    people = [drafts[k] for k in order if drafts[k].type == "person" and len(drafts[k].name.split()) >= 2]
    by_surname: dict[str, list[_Draft]] = {}
    for person in people:
        for key in surname_keys(person.name):
            by_surname.setdefault(key, []).append(person)
    by_initials: dict[str, list[_Draft]] = {}
    for k in order:
        if len(drafts[k].name.split()) >= 2:
            by_initials.setdefault(_initials(drafts[k].name), []).append(drafts[k])
    for key in list(order):
        draft = drafts[key]
        target = _alias_target(key, draft, by_surname, by_initials)
        if target is not None and target is not draft:
            _fold(draft, target, drafts, order, key)
    _fold_equations(text, drafts, order)


def _alias_target(key: str, draft: _Draft, by_surname: dict[str, list[_Draft]],
                  by_initials: dict[str, list[_Draft]]) -> _Draft | None:
    """The longer name ``draft`` is short for: a surname's person, an acronym's organisation, or a
    longer name ending in the same two words ("Ursula von der Leyen" for "der Leyen")."""
    words = draft.name.split()
    target: _Draft | None = None
    if len(words) == 1 and (draft.type != "organization" or draft.name.isupper()):
        target = next(iter(by_surname.get(key, ())), None)
    if target is None and re.fullmatch(r"[A-Z]{2,}[a-z]?[A-Z]*", draft.name):
        target = next((m for m in by_initials.get(draft.name.upper(), ()) if m.type != "person"), None)
    if target is None and len(words) == 2 and draft.type == "person":
        target = next((p for p in by_surname.get(key.split()[-1], ()) if p is not draft
                       and p.name.lower().endswith(key) and len(p.name.split()) > 2), None)
    return target


def _fold_equations(text: str, drafts: dict[str, _Draft], order: dict[str, None]) -> None:
    """Fold the short name into the long one wherever the text equates them ("Long Name (LN)")."""
    for long_name, link, short_name in _equations(text):
        long_key, short_key = (_THE.sub("", clean_name(name)).lower() for name in (long_name, short_name))
        if "(" in link and not _abbreviates(short_name, long_key):
            continue  # "LORANT, Veloria (Reuters) -": a bracket after a name is an alias only if shorter
        long_d, short_d = drafts.get(long_key), drafts.get(short_key)
        if long_d is not None and short_d is not None and long_d is not short_d and short_key in order:
            _fold(short_d, long_d, drafts, order, short_key)


def _equations(text: str) -> list[tuple[str, str, str]]:
    """(long name, link, short name) for every "Long Name (LN)" or "Long Name, known as Short"."""
    found = []
    for link in _EQUATES_LINK.finditer(text):
        if link.start() == 0 or not (text[link.start() - 1].isalnum() or text[link.start() - 1] == "."):
            continue
        short = _EQUATES_SHORT.match(text, link.end(), link.end() + _EQUATES_REACH)
        if short is None:
            continue
        long = _NAME_AT_END.search(text, max(0, link.start() - _EQUATES_REACH), link.start())
        if long is not None:
            found.append((long.group(1), link.group(), short.group(1)))
    return found


def surname_keys(name: str) -> list[str]:
    """Keys a surname alone may be written as: nameparser's last name with its particles ("von der
    leyen", "okonjo-iweala") and its last word ("leyen"), lowercased."""
    parsed = HumanName(name)
    last = str(parsed.last).lower().strip(" .,")
    keys = [last] if last else []
    final = name.split()[-1].lower().strip(".,")
    if final.rstrip(".") in NAME_SUFFIXES and len(name.split()) > 2:
        final = name.split()[-2].lower().strip(".,")
    if final not in keys:
        keys.append(final)
    return keys


def _abbreviates(short: str, long_key: str) -> bool:
    return short.isupper() or len(short.split()) < len(long_key.split())


def _fold(alias: _Draft, target: _Draft, drafts: dict[str, _Draft], order: dict[str, None], key: str) -> None:
    _add(target.aliases, alias.name)
    for a in alias.aliases:
        _add(target.aliases, a)
    for r in alias.roles:
        _add(target.roles, r)
    target.mentions.extend(alias.mentions)
    drafts[key] = target
    del order[key]


class PersonResolver:
    """:func:`resolve_person` for one article's entities, by dictionary lookups.

    Every quote and claim resolves its speaker, so a scan of the entity list per lookup made a long
    article quadratic. Types are read at lookup time because quote attribution may promote an entity
    to a person after the index is built.
    """

    def __init__(self, entities: list[Entity]) -> None:
        self._entities = entities
        self._by_name: dict[str, Entity] = {}
        self._by_surname: dict[str, list[Entity]] = {}
        for entity in entities:
            for name in (entity.name, *entity.aliases):
                self._by_name.setdefault(name.lower(), entity)
            words = entity.name.lower().split()
            if words:
                self._by_surname.setdefault(words[-1], []).append(entity)

    def __call__(self, name: str) -> Entity | None:
        key = _HONORIFIC.sub("", name.strip()).lower()
        found = self._by_name.get(key)
        words = key.split()
        if found is not None or not words or len(words) > 2:
            return found
        return next((e for e in self._by_surname.get(words[-1], ()) if e.type == "person"), None)


def resolve_person(entities: list[Entity], name: str) -> Entity | None:
    """The entity a speaker phrase names: by full name, alias, or surname (case-insensitive)."""
    return PersonResolver(entities)(name)
