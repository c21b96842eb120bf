"""Who an attribution names: a person, an organisation or an outlet, or nothing.

"per March", "per the decision in a statement Friday", "per figures I have seen" are no sources; "people close to
the company" and "a summary released by the union" are (the people, the union). Read by the offline engine for a
closing "…, X said", for "according to X" and for a cue's subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer.extract.offline.lexicon import (
    AUXILIARIES,
    CLAUSE_OPENERS,
    GOVERNMENT_WORDS,
    GROUP_NOUNS,
    INSTITUTION_WORDS,
    MONTHS,
    ORG_WORDS,
    ROLE_NOUNS,
    VERB_OBJECT_OPENERS,
    WEEKDAYS,
)
from summarizer.extract.offline.speaker_phrases import is_pronoun
from summarizer.function_words import DETERMINERS, MORE_PREPOSITIONS, PREPOSITIONS
from summarizer.schema import Entity


def source_phrase(phrase: str) -> bool:
    """Whether the words before a closing "said" are a source (a name, an office, a description)."""
    words = phrase.split()
    first = words[0].lower()
    if first in CLAUSE_OPENERS or is_pronoun(words[0]):
        return False
    for i, word in enumerate(words):
        low = word.lower()
        if word.islower() and (low in AUXILIARIES or (low.endswith("ed") and i + 1 < len(words)
                                                       and words[i + 1].lower() in VERB_OBJECT_OPENERS)):
            return False
    return True


# A source is a person, an organisation or an outlet, or nothing. A describing phrase ("the decision
# said", "a nitrosamine impurity called", "the bean counters say") is one only when its head word is an
# office, a body or a group of people; a name is one unless the article places it ("Pine Hollow").
_AGENT_HEADS = ROLE_NOUNS | ORG_WORDS | INSTITUTION_WORDS | GOVERNMENT_WORDS | GROUP_NOUNS
_NOBODY = frozenset(["nobody", "no one", "none", "anyone", "anybody", "everyone", "everybody", "someone", "somebody"])
_DATE_WORDS = frozenset([*MONTHS, *WEEKDAYS, "today", "yesterday", "tomorrow", "first", "later", "earlier"])
# Where a source's head noun ends: at the preposition that ties it to whom it speaks for ("a spokesman for …").
_OF = PREPOSITIONS | MORE_PREPOSITIONS


def is_source(name: str, placed: bool = False) -> bool:
    """Whether an attribution names someone: not a date ("March"), not a thing ("the decision", "the
    tablets"), not a place (``placed``: the article's entity of that name is a location)."""
    words = re.findall(r"[A-Za-z][\w'’-]*|\d+", name)
    if not words or all(w.lower().rstrip(".") in _DATE_WORDS or w.isdigit() for w in words):
        return False
    if placed or name.strip().lower() in _NOBODY:
        return False
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _OF), len(words))
    head = words[cut - 1]
    if head[:1].isupper() or _agent(head):
        return True
    # "people close to the company", "sources familiar with the talks": the agent opens the phrase and the
    # adjective after it governs the preposition.
    opening = next((i for i, w in enumerate(words[:cut]) if w.lower() not in DETERMINERS), cut)
    return cut < len(words) and cut - opening == 2 and _agent(words[opening])


def _agent(word: str) -> bool:
    head = word.lower().replace("’", "'").removesuffix("'s").removesuffix("'")
    return any(form in _AGENT_HEADS for form in (head, head + "s", head[:-1], head[:-3] + "y", head[:-2]))


# "a summary released by the metal trades union", "figures compiled by the ministry": the source is the author.
_BY_AUTHOR = re.compile(r"\bby\s+(.+?)(?:\s*\([^()]*\))?\s*$")


def sourced(name: str, entity_of: Callable[[str], Entity | None], resolve: Callable[[str], str]) -> str | None:
    """The entity an attribution names when it names someone, or the author of the document it names."""
    for candidate in (name, author.group(1) if (author := _BY_AUTHOR.search(name)) else None):
        if candidate:
            entity = entity_of(candidate)
            if is_source(candidate, entity is not None and entity.type == "place"):
                return resolve(candidate)
    return None


