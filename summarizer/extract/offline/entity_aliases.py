"""Aliases: the short names an article uses for an entity it named in full, folded into that entity.

A surname alone ("Okafor"), an acronym ("NCRC"), a formal name's first word ("Halvorsen" for "Halvorsen
Pharma ASA") and a name the text equates ("Long Name (LN)", "…, known as Short") would otherwise count as
entities of their own, and a speaker quoted by surname would not be the person named in full.
"""

from __future__ import annotations

import re

from nameparser import HumanName

from summarizer.extract.offline.entity_drafts import Draft, add_unique
from summarizer.extract.offline.legal_forms import GROUP_WORDS, LEGAL_FORMS
from summarizer.extract.offline.lexicon import NAME_SUFFIXES
from summarizer.extract.offline.names import NAME_RUN, SURNAME_PARTICLES, clean_name

__all__ = ["merge_aliases", "surname_keys"]

_THE = re.compile(r"^the\s+", re.IGNORECASE)
# "Long Name (LN)" / "Long Name, known as Short": found from the bracket or phrase between the names, then
# the name before it is read in a bounded window. Matching the whole pattern from every capital made a
# text of one endless capitalised run quadratic (each start tried every shorter run).
_EQUATES_LINK = re.compile(r"\s*(?:\(|,\s*(?:also\s+)?(?:known as|called|or)\s+(?:the\s+)?)")
_EQUATES_SHORT = re.compile(rf"({NAME_RUN})\)?")
_NAME_AT_END = re.compile(rf"(?<![\w.])({NAME_RUN})$")
_EQUATES_REACH = 160


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in {"of", "for", "and", "the", "de", "la"}).upper()


def merge_aliases(text: str, drafts: dict[str, Draft], order: dict[str, None]) -> None:
    """Fold surnames into full names, acronyms into what they abbreviate, and names the text equates.

    Candidates are looked up by surname and by initials, not scanned: a long article names thousands
    of entities, and a scan per entity was quadratic.
    """
    people = [drafts[k] for k in order if drafts[k].type == "person" and len(drafts[k].name.split()) >= 2]
    by_surname: dict[str, list[Draft]] = {}
    by_given: dict[str, list[Draft]] = {}  # two-word names by their first word: "Zhao" of "Zhao Minghui"
    for person in people:
        for key in surname_keys(person.name):
            by_surname.setdefault(key, []).append(person)
        if 2 <= len(person.name.split()) <= 3:
            by_given.setdefault(person.name.split()[0].lower(), []).append(person)
    by_initials: dict[str, list[Draft]] = {}
    by_first: dict[str, list[Draft]] = {}  # formal names by their distinctive first word
    for k in order:
        if len(drafts[k].name.split()) >= 2:
            by_initials.setdefault(_initials(drafts[k].name), []).append(drafts[k])
        if _formal_name(drafts[k]):
            by_first.setdefault(k.split()[0], []).append(drafts[k])
    for key in list(order):
        draft = drafts[key]
        target = _alias_target(key, draft, by_surname, by_initials) or _family_first(key, draft, by_surname, by_given)
        formal = by_first.get(key, []) if " " not in key and draft.type != "person" else []
        if target is None and len(formal) == 1:
            target = formal[0]  # "Halvorsen" in an article on "Halvorsen Pharma ASA": an organisation
            target.type = "organization"
        if target is not None and target is not draft:
            _fold(draft, target, drafts, order, key)
    _fold_equations(text, drafts, order)


# Heads that make a name an organisation's formal one: its first word alone is what the article calls it.
_FORMAL_HEADS = frozenset(["university", "college", "pharma", "pharmaceuticals", "holdings", "corporation", "company", "co",
                           "foods", "energy", "airlines", "airways", "motors", "industries", "systems", "technologies",
                           "labs", "media", "shipping", "mining", "steel", "bank", "ab", "sa"]) | LEGAL_FORMS | GROUP_WORDS


def _formal_name(draft: Draft) -> bool:
    """'Halvorsen Pharma ASA', 'Halloway University': a distinctive word, then only formal heads."""
    words = [w.lower().rstrip(".,") for w in draft.name.split()]
    return draft.type != "place" and len(words) >= 2 and all(w in _FORMAL_HEADS for w in words[1:])


def _alias_target(key: str, draft: Draft, by_surname: dict[str, list[Draft]],
                  by_initials: dict[str, list[Draft]]) -> Draft | None:
    """The longer name ``draft`` is short for: a surname's person, an acronym's organisation, or a
    longer name ending in the same two words ("Ursula von der Leyen" for "der Leyen")."""
    words = draft.name.split()
    target: Draft | None = None
    surname_alone = len(words) == 1 or all(w.lower() in SURNAME_PARTICLES for w in words[:-1])  # "Von der Leyen"
    if surname_alone and (draft.type != "organization" or draft.name.isupper()):
        target = _nearest_before(draft, by_surname.get(key, []))
    if target is None and re.fullmatch(r"[A-Z]{2,}[a-z]?[A-Z]*", draft.name):
        target = next((m for m in by_initials.get(draft.name.upper(), ()) if m.type != "person"), None)
    if target is None and len(words) == 2 and draft.type == "person":
        target = next((p for p in by_surname.get(key.split()[-1], ()) if p is not draft
                       and p.name.lower().endswith(key) and len(p.name.split()) > 2), None)
    return target


def _nearest_before(short: Draft, people: list[Draft]) -> Draft | None:
    """Of several people sharing a surname ("Bethan Penhallow", then "her father, Aled Penhallow"), the one named
    in full last before the surname alone first stands ("Mr Penhallow"), as a reader takes it; the first of them
    when none is named before it (or when only one has the surname)."""
    if len(people) < 2 or not short.mentions:
        return people[0] if people else None
    first = min(start for start, _ in short.mentions)
    named_before = [(max(s for s, _ in p.mentions if s < first), n) for n, p in enumerate(people)
                    if any(s < first for s, _ in p.mentions)]
    return people[max(named_before)[1]] if named_before else people[0]


def _family_first(key: str, draft: Draft, by_surname: dict[str, list[Draft]],
                  by_given: dict[str, list[Draft]]) -> Draft | None:
    """The one person a lone word opens the name of, when it is nobody's surname: a family name written
    first ("Zhao" of "Zhao Minghui", "Tanaka" of "Tanaka Haruki"), which nameparser reads as a given name;
    a Western given name alone ("Ana" of "Ana Lund") names the same person. Only a word already read as a
    person's (a speaker's), never a place or a body that a name happens to open ("Missouri")."""
    if " " in key or draft.type != "person" or key in by_surname:
        return None
    found = by_given.get(key, [])
    return found[0] if len(found) == 1 else None


def _fold_equations(text: str, drafts: dict[str, Draft], order: dict[str, None]) -> None:
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


def _fold(alias: Draft, target: Draft, drafts: dict[str, Draft], order: dict[str, None], key: str) -> None:
    add_unique(target.aliases, alias.name)
    for a in alias.aliases:
        add_unique(target.aliases, a)
    for r in alias.roles:
        add_unique(target.roles, r)
    target.mentions.extend(alias.mentions)
    drafts[key] = target
    del order[key]
