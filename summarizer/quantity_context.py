"""What the words around a figure say it counts, where the word right after it does not.

:mod:`summarizer.quantities` reads a figure's unit from the noun after it ("14 ships"). Some
figures name what they count otherwise, and outlets word one measure both ways: a speed ("160
km/h", whose "h" is no noun), a rate ("9,000 containers a day", which no stock of containers
disputes), a count named before it ("the number of homes without power had fallen to 31,000"),
or people counted by where they were taken ("six were taken to hospital", "nine ended up in
hospital"), which is how news counts the injured.
"""

from __future__ import annotations

import re

from summarizer.function_words import PARTICLES
from summarizer.numbers import AT_LEAST, AT_MOST, ROUGHLY
from summarizer.text import STOPWORDS, stem

_SPEEDS = (
    ("km/h", r"km/h|kmh|kph|km an hour|kilomet(?:re|er)s? (?:per|an) hour"),
    ("mph", r"mph|miles (?:per|an) hour"),
    ("knot", r"knots?"),
    ("m/s", r"m/s|met(?:re|er)s (?:per|a) second"),
)
SPEED_UNITS = frozenset(unit for unit, _ in _SPEEDS)
_SPEED = re.compile(r"^\s?(?:" + "|".join(f"(?P<u{k}>{words})" for k, (_, words) in enumerate(_SPEEDS)) + r")(?![\w/])", re.IGNORECASE)
# "9,000 containers a day", "40 flights per hour": a rate, a measure of its own.
_PERIOD = re.compile(r"^\s+(?:a|an|per|each|every)\s+(day|week|month|year|hour|night|shift)\b", re.IGNORECASE)
# "the number of homes without power had fallen to 31,000", "the toll of victims stood at 12"
_NAMED_BEFORE = re.compile(
    r"\b(?:number|count|total|tally) of\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{3,}s)\b[^.;:!?\d]{0,60}?"
    rf"\b(?:to|at|was|is|were|are|reached|hit|topped)\s+(?:(?:{ROUGHLY}|{AT_LEAST}|{AT_MOST}|just over|just under)\s+)?$",
    re.IGNORECASE,
)
# "Hospital admissions have risen to 14", "admissions at the two hospitals now stand at 20", "stranded lorries now
# number 220": the counted noun is the subject (a place may follow it) of a verb telling a level, right before the figure.
_LEVEL_OF = re.compile(
    r"\b(?P<noun>[A-Za-z][a-z]{2,}s)(?:\s+(?:in|at|across|on|for)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+"
    r"(?:(?:have|has|had|now|then|already|since|later|finally)\s+)*"
    r"(?:risen|rose|climbed|grown|grew|jumped|increased|fallen|fell|dropped|declined|decreased|reached|hit|topped|"
    r"stands?|stood|totall?ed|totals?|numbered|number)(?:\s+(?:to|at))?\s+(?:about\s+|around\s+|some\s+|roughly\s+|"
    r"nearly\s+|almost\s+|more than\s+|over\s+|just over\s+|just under\s+)?$"
)
# Words for a figure in general, which say nothing of what it counts ('the numbers rose to 14').
_NO_NOUN = frozenset(["numbers", "figures", "totals", "levels", "counts", "tallies", "rates", "news"])
# "were taken to hospital", "are in Kelbury General Hospital", "ended up in the hospital": the clause after a count
# of people, up to its end (not "rescued and two of them later died in hospital"), sends them to a hospital.
_HOSPITAL = re.compile(r"^(?:(?!\b(?:and|but|while|after|before|when|who|which)\b)[^.;:!?,]){0,60}?"
                       r"\b(?:to|in|into)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?hospitals?\b", re.IGNORECASE)


def speed_unit(after: str) -> str | None:
    """The speed unit written right after a figure ('160 km/h' -> 'km/h'), or None."""
    found = _SPEED.match(after)
    if found is None:
        return None
    return next(unit for k, (unit, _) in enumerate(_SPEEDS) if found.group(f"u{k}"))


def per_period(after: str, unit_word: str | None) -> str | None:
    """'day' when the counted noun is followed by a period ('containers a day'), else None."""
    if not unit_word:
        return None
    at = after.find(unit_word)
    found = _PERIOD.match(after[at + len(unit_word) :]) if at >= 0 else None
    return found.group(1).lower() if found else None


def named_before(before: str) -> str | None:
    """The noun a figure is the number of, named before it ('the number of homes ... had fallen to', 'hospital
    admissions have risen to'): a figure with no noun after it is otherwise compared with nothing."""
    found = _NAMED_BEFORE.search(before) or _LEVEL_OF.search(before)
    if found is None or found.group("noun").lower() in _NO_NOUN or found.group("noun").endswith(("ss", "us")):
        return None
    return found.group("noun").lower()


# People a hospital holds whatever befell anyone: "eleven patients in Fenwick hospital" counts no injured.
_HOSPITAL_PEOPLE = frozenset(stem(w) for w in ["patient", "nurse", "doctor", "staff", "employee", "visitor", "surgeon", "midwife",
                                                 "worker"])


# "were treated at the scene for minor injuries": hurt, wherever they were treated. Not "treated for cuts and
# bruising": a named ailment is mostly a part of a toll told whole elsewhere ("three injured ... two treated for cuts").
_TREATED = re.compile(r"^(?:(?!\b(?:and|but|while|after|before|when|who|which)\b)[^.;:!?,]){0,40}?\btreated\b[^.;:!?,]{0,40}?"
                      r"\bfor\s+(?:[\w-]+\s+){0,2}?injur(?:y|ies)\b", re.IGNORECASE)


def taken_to_hospital(after: str, unit: str | None) -> bool:
    """The clause after a figure of people (or of no noun) says they went to or are in a hospital, or were
    treated for injuries."""
    return unit not in _HOSPITAL_PEOPLE and (_HOSPITAL.match(after) is not None or _TREATED.match(after) is not None)


_PARTICLES = PARTICLES | frozenset(["away", "back", "over"])


def past_verb(word: str, following: list[str]) -> bool:
    """A past tense right after a figure, before a particle or a clause's end ('ended up', 'died in'), not a
    participle before its noun ('12 reported cases')."""
    if len(word) <= 4 or not word.endswith("ed") or word.endswith("eed"):
        return False
    nxt = following[0].lower() if following else ""
    return not nxt[:1].isalpha() or nxt in STOPWORDS or nxt in _PARTICLES


# An age is no count of the people it describes: "three men, aged 31 to 47", "aged 31, 40 and 47", "aged between 20
# and 30", "a woman of 29 and a man of 52". Read as counts, the ages of three people arrested were rival tallies of
# arrests.
_AGE_BEFORE = re.compile(
    r"(?:\baged|\bages(?:\s+of)?|\bage\s+of|\b(?:man|woman|boy|girl|person|pensioner|teenager)\s+of)\s+"
    r"(?:between\s+)?(?:\d{1,3}\s*(?:,|and|to|or|-|–)\s*)*$",
    re.IGNORECASE,
)


def stated_age(before: str) -> bool:
    """The figure after ``before`` is someone's age."""
    return _AGE_BEFORE.search(before) is not None


# "two more people were arrested, bringing the number held to five", "taking the toll to 14": the figure after is the
# running total; the "more" before it is the step, no count of its own (folded with the total, it made seven).
_RUNNING_TOTAL = re.compile(r"\b(?:bringing|taking|raising|pushing|lifting|putting)\s+(?:the|its|their)\s+"
                            r"(?:number|total|toll|tally|count)(?:\s+[a-z]+){0,3}\s+to\s+(?:about\s+|at\s+least\s+)?$",
                            re.IGNORECASE)


def running_total(before: str) -> bool:
    """The figure after ``before`` is the running total a step brought the count to."""
    return _RUNNING_TOTAL.search(before) is not None
