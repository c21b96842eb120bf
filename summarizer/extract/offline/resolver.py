"""Which of an article's entities a speaker phrase names: by full name, alias or surname."""

from __future__ import annotations

import re

from summarizer.schema import Entity

_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|dr|miss)\.?\s+", re.I)


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
        self._by_given: dict[str, list[Entity]] = {}
        for entity in entities:
            for name in (entity.name, *entity.aliases):
                self._by_name.setdefault(name.lower(), entity)
            words = entity.name.lower().split()
            if words:
                self._by_surname.setdefault(words[-1], []).append(entity)
            if 2 <= len(words) <= 3:
                self._by_given.setdefault(words[0], []).append(entity)

    def __call__(self, name: str) -> Entity | None:
        key = _HONORIFIC.sub("", name.strip()).lower()
        found = self._by_name.get(key)
        words = key.split()
        if found is not None or not words or len(words) > 2:
            return found
        found = next((e for e in self._by_surname.get(words[-1], ()) if e.type == "person"), None)
        if found is not None or len(words) > 1:
            return found
        # A family name written first ("Zhao" of "Zhao Minghui"): the one person whose name it opens.
        given = [e for e in self._by_given.get(words[0], ()) if e.type == "person"]
        return given[0] if len(given) == 1 else None


def resolve_person(entities: list[Entity], name: str) -> Entity | None:
    """The entity a speaker phrase names: by full name, alias, or surname (case-insensitive)."""
    return PersonResolver(entities)(name)
