"""Where a figure is counted: "in Halvik itself, 12 trains were cancelled" and "in the whole region of
Vestland 31 trains were cancelled" are two true counts of two places, not outlets disagreeing.

A claim's place is what it says the count is "in", "across" or "throughout": a place's name standing
alone ("in Halvik", "across North Vestland"), a level of government or geography, with or without
its name ("in the city", "the whole region of Vestland"), or a word that spans a country
("nationwide"), in the figure's own clause or opening the sentence ("In Halvik itself, ..."). A name
that only qualifies a noun ("in the Halvik tunnel") is a thing, not a place; a place in another clause
("the university in Penwarden, where ...", "one of the largest breaches in the country") is where the
subject is or what it is compared with, not the count's scope; and a claim naming no place says nothing
of its scope. Two figures are of different places when both claims name one and the two share no word.
"""

from __future__ import annotations

import re

from summarizer.calendar_words import MONTH_WORD_RE, WEEKDAY_STEM_RE
from summarizer.merge._text import stem

_LEVELS = (r"city|town|village|municipality|borough|district|county|region|province|state|country|nation|island|"
           r"capital|suburbs?|metropolitan\s+area|area")
_NAME = rf"(?!(?i:{MONTH_WORD_RE}|{WEEKDAY_STEM_RE}day)\b)(?>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
_PLACE = re.compile(
    rf"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?(?:(?:whole|entire|wider|greater)\s+)?"
    rf"(?:(?P<level>{_LEVELS})\b(?:\s+of\s+(?P<of>{_NAME}))?"
    rf"|(?P<name>{_NAME})(?:\s+(?P<level2>{_LEVELS})\b)?(?!\s+(?!(?:itself|alone|proper)\b)[a-z]))"
    r"|\b(?P<wide>(?i:nationwide|countrywide|statewide|region-wide|citywide))\b",
)
# Where the clause holding a figure ends: a place in another clause ("..., in one of the largest breaches in the
# country", "the university in Penwarden, where the crew got in") is no scope of the count.
_CLAUSE = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:where|which|who|whose|while|whereas)\b")
# A place opening the sentence ("In Halvik itself, 12 trains ...") scopes its main clause.
_OPENING = re.compile(r"^(?:[A-Z][A-Z .'’-]+,[^-–—]{0,60}\s[-–—]\s)?\s*(?P<opening>(?:In|Across|Throughout)\s[^,;:]+)")


def figure_place(text: str, figure: str) -> frozenset[str]:
    """The words of the places the claim counts ``figure`` in (see the module docstring): those of its
    clause and of a place opening the sentence. Empty when it names none (or the figure is not in the text)."""
    at = text.find(figure)
    if at < 0:
        return frozenset()
    start = max((m.end() for m in _CLAUSE.finditer(text, 0, at)), default=0)
    end = _CLAUSE.search(text, at + len(figure))
    parts = [text[start : end.start() if end else len(text)]]
    opening = _OPENING.match(text)
    if opening is not None:
        parts.append(opening["opening"])
    words: set[str] = set()
    for part in parts:
        for found in _PLACE.finditer(part):
            if found["wide"]:
                words.add(stem(found["wide"].lower().replace("-wide", "").replace("wide", "")))
                continue
            for name in (found["level"], found["of"], found["name"], found["level2"]):
                if name:
                    words.update(stem(w.lower()) for w in name.split())
    return frozenset(words)


def by_place(places: list[frozenset[str]]) -> list[list[int]] | None:
    """Indexes of figures grouped by the place they are counted in, when two named places share no word;
    None when all are of one place (or name none). A figure naming no place goes with the largest group."""
    groups: list[tuple[set[str], list[int]]] = []
    unplaced: list[int] = []
    for index, place in enumerate(places):
        if not place:
            unplaced.append(index)
            continue
        hits = [g for g in groups if g[0] & place]
        merged: tuple[set[str], list[int]] = (set(place), [index])
        for hit in hits:
            merged[0].update(hit[0])
            merged[1].extend(hit[1])
            groups.remove(hit)
        groups.append(merged)
    if len(groups) < 2:
        return None
    largest = max(groups, key=lambda g: len(g[1]))
    largest[1].extend(unplaced)
    return [sorted(members) for _, members in groups]
