"""Named entities from capitalised runs: people with their roles, organisations, places and groups.

Capitalisation is the only signal English text reliably gives offline, so the work is in what to
discard: a capital that only opens a sentence, a title that is a role and not part of the name, a
possessive. Types come from the run's head word ("Ministry", "Port") and its context ("in Lagos",
a title, an appositive role; :mod:`~summarizer.extract.offline.entity_types`); aliases from surnames,
acronyms and names the article equates. The runs themselves are found by
:func:`~summarizer.extract.offline.names.name_runs`; which entity a speaker phrase names is
:mod:`~summarizer.extract.offline.resolver`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nameparser import HumanName

from summarizer.extract.offline.entity_types import BEFORE_NOUN, classify
from summarizer.extract.offline.lexicon import (
    COMMON_WORDS,
    CUE_VERBS,
    MONTHS,
    NAME_SUFFIXES,
    ORG_WORDS,
    PLACE_WORDS,
    ROLE_NOUNS,
    WEEKDAYS,
    is_demonym,
    is_title_word,
    territory_names,
)
from summarizer.extract.offline.names import NAME_RUN, clean_name, name_runs, split_title, strip_article
from summarizer.extract.offline.resolver import PersonResolver, resolve_person
from summarizer.schema import Entity, EntityType, Span

__all__ = ["PersonResolver", "extract_entities", "resolve_person", "surname_keys"]

_APPOSITIVE = re.compile(  # matched at the end of a name, in place: slicing the rest of the text was quadratic
    r",\s+((?:a|an|the)\s+[^,.;:“”\"]{3,90}?|(?!(?:and|but|or|so|yet|which|who|whom|whose|where|when|while|as|after|before|because|although|"
    r"though|then|if|since|until|"
    # A verb or a preposition opens a clause or an adverbial, not a role: ', was dredging the channel at the
    # time', ', at a briefing at 10 a.m.'.
    r"is|are|was|were|has|have|had|will|would|can|could|did|does|said|says|told|at|in|on|by|from|with|to|during|into|"
    r"over|under|near|outside|inside|through|across)\b)[a-z][a-z\s\-]{2,40}\b(?:of|for|at)\s[^,.;:“”\"]{2,60}?"
    r"|[A-Z][\w\-]+['’]s\s+[a-z][a-z\s\-]{2,60}?)[,.;]"
)
_ROLE_NOUNS = "|".join(sorted(ROLE_NOUNS, key=lambda w: (-len(w), w)))
# The words of a role stay on one line: a heading above the paragraph is not part of it.
_LOWER_ROLE = re.compile(rf"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ \t]+)?((?:[\w'’\-]+[ \t]+){{0,3}}?(?:{_ROLE_NOUNS}))\s+$")
_ROLE_HINT = re.compile(rf"(?:man|woman|person|{_ROLE_NOUNS})\s+$")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
# "Long Name (LN)" / "Long Name, known as Short": found from the bracket or phrase between the names, then
# the name before it is read in a bounded window. Matching the whole pattern from every capital made a
# text of one endless capitalised run quadratic (each start tried every shorter run).
_EQUATES_LINK = re.compile(r"\s*(?:\(|,\s*(?:also\s+)?(?:known as|called|or)\s+(?:the\s+)?)")
_EQUATES_SHORT = re.compile(rf"({NAME_RUN})\)?")
_NAME_AT_END = re.compile(rf"(?<![\w.])({NAME_RUN})$")
_EQUATES_REACH = 160
# "a Courier reporter": after an indefinite article a capitalised word cannot head the phrase, so it
# modifies the noun that follows. When that word is itself a generic head ("Courier", "Times", "Navy"),
# it is the short form of a longer name and names nothing by itself; "a Pennsylvania man" still does.
_INDEFINITE_BEFORE = re.compile(r"(?<![\w'’])an?\s+$", re.IGNORECASE)


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
        elif draft.name.isupper() and not name.isupper() and len(name) > 4:
            # "BRANNOCK, May 15 -" opened the article in capitals; the text writes the name "Brannock": a
            # dateline's town, not an acronym, so the written form names and types it.
            draft.name, draft.type = name, etype if etype != "other" else draft.type
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
    credits = {m.start(1) for m in _DATELINE_CREDIT.finditer(text)}
    for run_start, whole_run in name_runs(text):
        if run_start in credits:
            continue  # "BRANNOCK, May 15 (Kestrel Wire) -": the outlet that filed the report, not a party to it
        start, run, initial = _trim_run(text, run_start, whole_run, sentence_starts, lower_words)
        if not run:
            continue
        role, name = _name_in(run, speakers_lower)
        name_start = text.find(name, start, start + len(run)) if name else -1
        if name_start < 0:
            continue
        dateline = _dateline_town(text, name_start, name)
        draft = found.add(name, "place" if dateline else classify(text, name, start, role), (name_start, name_start + len(name)),
                          initial and name_start == start and not dateline, _modifies_noun(text, name_start, name))
        if role:
            _add(draft.roles, role)
            town = _governed_place(role)
            town_start = text.find(town, start, name_start) if town else -1
            if town and town_start >= 0:
                found.add(town, "place", (town_start, town_start + len(town)), False, False)
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


# Offices held over a territory: the capitalised words before them in a title name it ("Brannock Mayor",
# "Marrow County Sheriff", "Ostvale Governor").
_TERRITORY_OFFICES = frozenset(["mayor", "governor", "sheriff", "premier", "prefect"])


def _governed_place(role: str) -> str | None:
    words = role.split()
    if len(words) < 2 or words[-1].lower().rstrip(".") not in _TERRITORY_OFFICES:
        return None
    owner = words[:-1]
    if any(not w[:1].isupper() or is_title_word(w) or is_demonym(w) or w.lower() in COMMON_WORDS for w in owner):
        return None
    return " ".join(owner)


# "PENWARDEN, Oct 20 (TPA) -", "BRANNOCK. At the inspection", "LORANT — The port": a paragraph opening on a
# name in capitals, closed by a comma, dot or dash, names the town the report was filed from.
_DATELINE_CLOSE = re.compile(r"\s*(?:,|\.\s|\s[-—–]\s|[—–])")


_DATELINE_CREDIT = re.compile(r"(?:^|\n)[A-Z][A-Z .'’-]{2,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\(([^()\n]{2,40})\)")


def _dateline_town(text: str, start: int, name: str) -> bool:
    if not (name.isupper() and len(name) > 3) or (start > 0 and text[start - 1] != "\n"):
        return False
    return _DATELINE_CLOSE.match(text, start + len(name)) is not None


_CALENDAR_WORDS = frozenset([*MONTHS, *WEEKDAYS])
_NOT_GIVEN_NAMES = _CALENDAR_WORDS - {"april", "may", "june", "august"}  # "June Okafor" is a name


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
    words = run.split()
    if len(words) > 1 and words[0].lower().rstrip(".,") in _NOT_GIVEN_NAMES:
        # "On Wednesday Varela asked …": a weekday or a month is no part of a name, wherever it stands.
        rest = run[len(words[0]):].lstrip()
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
        _add(draft.roles, _role_words(lower_role.group(1).strip()))
        draft.type = "person"


_CLAUSE_WORDS = CUE_VERBS | {"is", "are", "was", "were", "has", "have", "had", "will", "would", "and", "but"}


def _role_words(role: str) -> str:
    """The role in 'has declared the inspector' (a translation's inverted cue before the name): the words
    after the last article, less any reporting verb or auxiliary before them."""
    words = re.split(r"\b(?:the|a|an|its|their|his|her)\s+", role)[-1].split()
    while len(words) > 1 and words[0].lower() in _CLAUSE_WORDS:
        words = words[1:]
    return " ".join(words)


def _drop_lone_words(found: _Drafts, speaking: set[str]) -> None:
    """A lone capitalised word seen only opening sentences, or only modifying a noun when it is a generic
    head ("a Courier reporter"), is not a name unless something else says it is."""
    for key in list(found.order):
        draft = found.drafts[key]
        if " " in key or key in speaking or draft.roles or draft.aliases:
            continue
        if found.initial_only.get(key) or (found.modifier_only.get(key) and key in ORG_WORDS):
            del found.order[key]


def _add(items: list[str], value: str) -> None:
    if value and value.lower() not in (v.lower() for v in items):
        items.append(value)


def _modifies_noun(text: str, start: int, name: str) -> bool:
    return (_INDEFINITE_BEFORE.search(text, max(0, start - 4), start) is not None
            and BEFORE_NOUN.match(text, start + len(name)) is not None)


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


# Indefinite pronouns and clock zones: capitalised at a sentence start ("Nobody on this board …") or after a
# time ("1:20 p.m. EST"), never a name.
_NEVER_NAMES = frozenset(re.findall(r"[a-z]+", """nobody everybody everyone someone somebody anyone anybody nothing
    everything something est edt gmt bst cet cest utc pst pdt cst cdt mst mdt"""))


def _not_a_name(name: str) -> bool:
    words = [w.lower().strip(".,") for w in name.split()]
    if len(words) > 1 and all(w in COMMON_WORDS or w in _CALENDAR_WORDS for w in words):
        return True  # "Do NOT", "May. So": common words set in capitals, no name
    low = name.lower().rstrip(".")
    if low in COMMON_WORDS or low in MONTHS or low in WEEKDAYS or is_title_word(name) or low in _NEVER_NAMES:
        return True
    if len(name) < 2 or name.isdigit() or low in NAME_SUFFIXES:
        return True
    return all(w.lower() in MONTHS or w.lower() in WEEKDAYS or w.isdigit() for w in name.split())


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
    by_first: dict[str, list[_Draft]] = {}  # formal names by their distinctive first word
    for k in order:
        if len(drafts[k].name.split()) >= 2:
            by_initials.setdefault(_initials(drafts[k].name), []).append(drafts[k])
        if _formal_name(drafts[k]):
            by_first.setdefault(k.split()[0], []).append(drafts[k])
    for key in list(order):
        draft = drafts[key]
        target = _alias_target(key, draft, by_surname, by_initials)
        formal = by_first.get(key, []) if " " not in key and draft.type != "person" else []
        if target is None and len(formal) == 1:
            target = formal[0]  # "Halvorsen" in an article on "Halvorsen Pharma ASA": an organisation
            target.type = "organization"
        if target is not None and target is not draft:
            _fold(draft, target, drafts, order, key)
    _fold_equations(text, drafts, order)


# Heads that make a name an organisation's formal one: its first word alone is what the article calls it.
_FORMAL_HEADS = frozenset(["university", "college", "pharma", "pharmaceuticals", "group", "holdings", "corp", "corporation",
                           "inc", "ltd", "llc", "plc", "asa", "ab", "ag", "gmbh", "sa", "nv", "company", "co", "foods",
                           "energy", "airlines", "airways", "motors", "industries", "systems", "technologies", "labs",
                           "media", "shipping", "mining", "steel", "bank"])


def _formal_name(draft: _Draft) -> bool:
    """'Halvorsen Pharma ASA', 'Halloway University': a distinctive word, then only formal heads."""
    words = [w.lower().rstrip(".,") for w in draft.name.split()]
    return draft.type != "place" and len(words) >= 2 and all(w in _FORMAL_HEADS for w in words[1:])


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
    """"(LN)" after "Long Name", or "(Halvorsen)" after "Halvorsen Pharma ASA": an acronym, or fewer words
    that the long name holds (whole, or as a word's start: "(Fed. Union)"). A bracketed word the name does not
    hold is something else said about it, most often where it is ("ACME WORKS (Lorant):")."""
    if short.isupper():
        return True
    words = short.lower().replace(".", " ").split()
    long_words = long_key.split()
    return len(words) < len(long_words) and all(any(w.startswith(s) for w in long_words) for s in words)


def _fold(alias: _Draft, target: _Draft, drafts: dict[str, _Draft], order: dict[str, None], key: str) -> None:
    _add(target.aliases, alias.name)
    for a in alias.aliases:
        _add(target.aliases, a)
    for r in alias.roles:
        _add(target.roles, r)
    target.mentions.extend(alias.mentions)
    drafts[key] = target
    del order[key]
