"""The entities of one article while its name runs are read, before aliases fold them together.

Every mention of a name adds to one draft keyed by the lowercased name, so what all its mentions have in
common (each opens a sentence, each modifies a noun) is known when deciding whether the name is one at
all. Both the reading (:mod:`~summarizer.extract.offline.entities`) and the folding of aliases
(:mod:`~summarizer.extract.offline.entity_aliases`) change drafts, so they live apart from both.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from summarizer.schema import EntityType


@dataclass
class Draft:
    """One entity as its mentions are read: mutable, because a later mention may type it, give it a role
    or fold an alias into it; it becomes a frozen :class:`~summarizer.schema.Entity` only at the end."""

    name: str
    type: EntityType
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Drafts:
    """The entities found so far, by lowercased name, with what every mention of each had in common."""

    drafts: dict[str, Draft] = field(default_factory=dict)
    order: dict[str, None] = field(default_factory=dict)  # first-seen order; a dict so dropping one is no list scan
    initial_only: dict[str, bool] = field(default_factory=dict)  # every mention opens a sentence
    modifier_only: dict[str, bool] = field(default_factory=dict)  # every mention modifies a noun ("a Courier reporter")

    def add(self, name: str, etype: EntityType, mention: tuple[int, int], initial: bool, modifier: bool) -> Draft:
        """Record one mention; a typed reading replaces an earlier "other"."""
        key = name.lower()
        draft = self.drafts.get(key)
        if draft is None:
            draft = self.drafts[key] = Draft(name=name, type=etype)
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


def add_unique(items: list[str], value: str) -> None:
    """Add ``value`` unless it is already there in another case: "Spokeswoman" and "spokeswoman" are one role."""
    if value and value.lower() not in (v.lower() for v in items):
        items.append(value)
