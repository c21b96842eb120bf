"""A role with the qualifier its sources write before the name: an extraction that kept "President" out of
"Former President Jane Doe" would make a false title conflict, so the text, not the extraction, says which
office is meant. Read only in front of each mention of the surname (the article's word index), so a long
article is not rescanned for every role."""

from __future__ import annotations

import functools
import re

from summarizer.merge._text import TEXT_MEMO, word_starts
from summarizer.schema import EntityRole

_QUALIFIED = re.compile(r"\b(former|ex-|acting|deputy|vice|interim|retired|then-)\s*$", re.IGNORECASE)


def as_written(role: EntityRole, name: str, texts: dict[str, str]) -> EntityRole:
    """The role with the qualifier every source writes before it: an extraction that kept
    'President' out of 'Former President Jane Doe' would otherwise make a false conflict."""
    pattern: re.Pattern[str] | None = None
    surname = name.split()[-1] if name.split() else name
    found: set[str] = set()
    for source in role.sources:
        text = texts.get(source, "")
        if not (surname and word_starts(texts, source, surname)):
            return role  # the name is not written there, so no role before it (and no pattern to compile)
        pattern = pattern or role_pattern(role.role)
        hits = _role_before(pattern, surname, texts, source)
        qualifiers = {_qualifier(text[max(0, start - 12) : start]) for start in hits}
        if not hits or "" in qualifiers:
            return role
        found |= qualifiers
    if len(found) != 1:
        return role
    qualifier = "former" if found == {"then"} else next(iter(found))
    return EntityRole(role=f"{qualifier} {role.role}", sources=role.sources)


@functools.lru_cache(maxsize=TEXT_MEMO)
def role_pattern(role: str) -> re.Pattern[str]:
    """The role as a whole word, in any case (compiled once per role: merge.prepare compiles the roles each answer
    gives, so that the merge after the last answer finds them compiled)."""
    return re.compile(rf"\b{re.escape(role)}\b", re.IGNORECASE)


_ROLE_REACH = 60  # characters between the end of a role and the name it is written before


def _role_before(pattern: re.Pattern[str], surname: str, texts: dict[str, str], source: str) -> list[int]:
    """Starts of the role's matches that end at most ``_ROLE_REACH`` characters before the surname.

    Looked for only in front of each mention of the surname, found from the article's word index
    (see :class:`~summarizer.merge._text.ArticleTexts`), so a long article is not rescanned for every
    role: a scan per role was quadratic where every few lines name a new person.
    """
    text = texts.get(source, "")
    starts: set[int] = set()
    for at in word_starts(texts, source, surname) if surname else []:
        low = max(0, at + len(surname) - _ROLE_REACH - len(pattern.pattern))
        for match in pattern.finditer(text, low, min(len(text), at + 1)):
            if at + len(surname) - _ROLE_REACH <= match.end() <= at:
                starts.add(match.start())
    return sorted(starts)


def _qualifier(before: str) -> str:
    found = _QUALIFIED.search(before)
    return found.group(1).lower().rstrip("-") if found else ""
