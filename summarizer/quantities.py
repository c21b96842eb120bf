"""Numbers in free text with the unit they count and the context that qualifies them.

Each number gets a unit (the noun it counts), a predicate class (killed, injured, arrested…) and
flags for "about", "other" and bounds ("at least 3"). It lives below the stages because both the
aligner (a fact's signature) and the merger (comparing figures across sources) must read a figure
the same way; :mod:`summarizer.numbers` gives the value of one token, this module its meaning.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from dataclasses import dataclass

from summarizer.calendar_words import MONTH_STEM_RE, MONTH_STEMS
from summarizer.counted_nouns import counted_noun
from summarizer.durations import DURATION_DAYS
from summarizer.function_words import AUXILIARIES, RELATIVES
from summarizer.measure_units import rounding, size_of
from summarizer.numbers import (
    AT_LEAST,
    AT_MOST,
    CURRENCY_CODE,
    CURRENCY_WORDS,
    DIGIT_NUMBER,
    DOLLAR_PREFIX,
    ROUGHLY,
    WORD_NUMBER,
    currency_of,
    number_ahead,
    parse_number,
    scale_pattern,
    scale_value,
)
from summarizer.quantity_context import (
    named_before,
    per_period,
    running_total,
    speed_unit,
    stated_age,
    taken_to_hospital,
)
from summarizer.quantity_parts import PARTITIVE, part_of_before, part_of_next
from summarizer.quantity_predicates import HUMAN, nearest_predicate, word_predicate
from summarizer.quantity_ranges import amount_range_end, figure_start, range_upper
from summarizer.tallies import tally_spans
from summarizer.text import stem

_APPROX = re.compile(rf"\b({ROUGHLY})\s*$", re.I)
_AT_LEAST = re.compile(rf"\b({AT_LEAST})\s*$", re.I)
_AT_MOST = re.compile(rf"\b({AT_MOST})\s*$", re.I)
_NUMBER = re.compile(
    rf"(?=[$€£¥]|{DOLLAR_PREFIX}|{CURRENCY_CODE}\s\d|\s?{number_ahead()})"
    rf"(?P<cur>(?:{DOLLAR_PREFIX})?\$|[€£¥]|{CURRENCY_CODE}(?=\s\d))?\s?(?P<num>{DIGIT_NUMBER}|\b{WORD_NUMBER}\b)"
    rf"(?:{scale_pattern()})?(?P<pct>\s?%|\s?percent\b|\s?per cent\b)?",
    re.IGNORECASE,
)
# A reading on a quake's scale has no counted noun after it ("a magnitude 6.4 earthquake", "a magnitude of
# 6.1", "a 6.4-magnitude quake", "6.2 on the Richter scale"): the scale is its unit, so outlets' readings
# of one quake are compared like any other measure instead of being dropped as bare numbers.
MAGNITUDE = "magnitude"
_MAGNITUDE_BEFORE = re.compile(rf"\bmagnitude(?:\s+of)?(?:\s+(?:{ROUGHLY}))?[\s-]+$", re.I)
_MAGNITUDE_AFTER = re.compile(r"(?:-|\s)magnitude\b|\s+on\s+the\s+richter\b|\s+richter\b", re.I)
_PEOPLE = frozenset(stem(word) for word in [
    "person", "civilian", "resident", "victim", "individual", "soldier", "passenger", "protester", "worker", "child", "man",
    "woman", "boy", "girl", "adult", "militant", "fighter", "officer", "student", "migrant", "refugee", "patient", "member",
    "them", "other",
    # people named by age, kin or bond, which no agent suffix gives away ('four of our lads', '14 babies')
    "baby", "infant", "newborn", "toddler", "kid", "teen", "teenager", "youngster", "youth", "pupil", "lad", "guy", "elder",
    "relative", "mother", "father", "son", "daughter", "wife", "husband", "sibling", "neighbour", "colleague", "guest",
    "hostage", "inmate", "crew", "staff", "employee", "nurse", "pilgrim", "athlete", "recruit", "trainee",
])
_AGENT_SUFFIXES = ("er", "or", "ian", "ist", "ant", "ent")
_THINGS = frozenset(
    stem(word) for word in {
        "container",
        "tanker",
        "trailer",
        "computer",
        "helicopter",
        "fighter jet",
        "generator",
        "shelter",
        "center",
        "centre",
        "quarter",
        "dollar",
        "motor",
        "reactor",
        "tractor",
        "percent",
    }
)
# A crown is written in its own language by a translation ('12 000 kroner' for '12,000 crowns'), and jobs as the
# 'workplaces' a machine translation makes of Arbeitsplätze, postes de travail, puestos de trabajo, miejsca pracy.
UNIT_SYNONYMS = {stem(word): unit for word, unit in {
    "vessel": "ship", "household": stem("homes"),  # the homes a storm left without power
    "workplace": stem("jobs"),
    "dollar": "USD", "euro": "EUR", "krone": "crown", "kroner": "crown", "kronor": "crown", "koruna": "crown"}.items()}
_CURRENCY_STEMS = {stem(word): code for word, code in CURRENCY_WORDS.items()}
# Units a span of time is counted in ('closed for at least three weeks', 'a 14-hour rescue'), as this reader stems
# them: a duration is no count of people or things another report could give differently. Their lengths: durations.
DURATION_UNITS = frozenset(DURATION_DAYS)


@dataclass(frozen=True, slots=True)
class Stated:
    """One number as a source states it."""

    value: float
    unit: str | None
    text: str
    approximate: bool
    other: bool
    predicate: str | None
    unit_text: str | None = None
    bound: str | None = None  # "min" for "at least 3", "max" for "up to 3"
    step: bool = False  # "two more", "another three": what was added to a count, not one told besides others ("other")
    whole: float | None = None  # the count this one is a part of: 41 for the 17 of "17 of the 41 papers"
    # A measure written in one of its units ('2.1 tonnes', stated in kilograms): (the unit as written, its size in the
    # base unit, half the last written place in the base unit). See :mod:`summarizer.measure_units`.
    measure: tuple[str, float, float] | None = None


def hedge(before: str) -> str | None:
    """The words that make a figure approximate or a bound, as the text before it writes them ('about',
    'more than', 'fewer than'): what a source says is 'more than 240', and a briefing quoting it says so."""
    for pattern in (_AT_MOST, _AT_LEAST, _APPROX):
        found = pattern.search(before)
        if found is not None:
            return found.group(1).lower().removeprefix("rose ")
    return None


def _value(num: str, grouped_dots: bool = False) -> float | None:
    """'58,2' is a decimal comma (translated copy) and, for counts, '3.900' a thousands dot."""
    return parse_number(num, grouped_dots)


_INCLUDED = re.compile(r"\b(?:including|includes|included|among them|among whom)\s+(?:about|some|at least|nearly)?\s*$", re.I)
# Where the noun phrase after "of the" ends: a verb's auxiliary, a relative pronoun or an adverb of time or scope.
_PART_STOP = AUXILIARIES | RELATIVES | frozenset(["later", "since", "then", "also", "now", "all", "both", "each"])


def _part_predicate(after: str) -> str | None:
    """The casualty the part suffered, when a partitive names who and then says what happened to them.

    "Two of the patients have died" counts deaths out of a group of people: a toll, which another
    source's "three patients died" disputes. "Seven of the deaths were children" and "two of the injured
    died" stay parts of a figure: the group they are taken from is itself a casualty count.
    """
    clause = re.split(r"[.;:!?]|\s(?:and|but|while|after|before|when)\s", after, maxsplit=1)[0]
    words = re.findall(r"[\w'’-]+|,", clause)[1:]  # past "of"
    np = list(itertools.takewhile(lambda w: w != "," and w.lower() not in _PART_STOP, words))
    if not np or any(word_predicate(w.lower()) for w in np):
        return None
    rest = [w for w in words[len(np) :] if w != ","][:10]
    found = next((found for w in rest if (found := word_predicate(w.lower())) is not None), None)
    return found or ("injured" if taken_to_hospital(clause, None) else None)


def parse_quantities(text: str, lead: str = "") -> list[Stated]:
    """Numbers with unit and context from free text; dates, years and times are not counts.

    ``lead`` is the sentence's text before ``text`` when a claim is a clause cut from it: read only for
    what a part ('in 17 of them') is taken out of ('examined 41 papers and found …')."""
    return list(_parsed(text, lead))


@functools.lru_cache(maxsize=50_000)
def _parsed(text: str, lead: str = "") -> tuple[Stated, ...]:
    """Remembered per text (the merge reads a claim's figures in several finders; the LLM path reads
    each claim's as its answer lands): a tuple of frozen values, so no caller can change another's."""
    out: list[Stated] = []
    totals: set[int] = set()  # indexes of running totals ("bringing the number held to five")
    tallies: list[tuple[int, int]] | None = None  # read at the first figure: most sentences state none
    matches = list(_NUMBER.finditer(text))
    part: tuple[re.Match[str], float, str] | None = None  # "17 of the 41 papers": the 17, until the 41 is read
    ranged = -1  # where the upper end of a range read last starts ("6-8 million": its dash is no code's)
    for index, m in enumerate(matches):
        start, end = figure_start(m), m.end()
        if tallies is None:
            tallies = tally_spans(text)  # 'voted six to three' is one tally, not counts of six and three
        if any(a <= m.start("num") < b for a, b in tallies):
            continue
        before, after = text[max(0, start - 60) : start], text[end : end + 80]
        upper = range_upper(m, matches[index + 1] if index + 1 < len(matches) else None, text)
        if upper is not None:  # "between 6 and 8 million pounds": the 6 is millions of pounds too
            ranged = figure_start(upper)
            out.extend(_range_low(m, upper, text, before))
            continue
        whole_of, part = part, None
        if (not m.group("pct") and index + 1 < len(matches) and part_of_next(text[end : figure_start(matches[index + 1])])
                and _part_predicate(text[end : end + 160]) not in HUMAN):  # a casualty is read as one below
            value = _count_value(m, text, start, before, "")
            part = (m, value, before) if value is not None and not _INCLUDED.search(before) else None
            continue
        value = _count_value(m, text, start, before, after, ranged=start == ranged or amount_range_end(matches, index, text))
        if value is not None:
            if running_total(before):
                totals.add(len(out))
            out.append(_stated(m, value, text[start:end].strip(), before, after))
            if whole_of is not None:
                out[-1:] = [*_part(whole_of, text, out[-1]), out[-1]]
        elif not m.group("pct") and not _INCLUDED.search(before):
            out.extend(_taken_out(m, text, before, after, out, lead))
    return tuple(_with_running_totals(out, totals))


def _range_low(m: re.Match[str], upper: re.Match[str], text: str, before: str) -> list[Stated]:
    """A range's bare lower end, read with the scale and unit its upper end is written with."""
    value = _value(m.group("num"), grouped_dots=True)
    if value is None or _INCLUDED.search(before):
        return []
    shown = text[figure_start(m) : m.end()].strip()
    return [_stated(upper, value * scale_value(upper), shown, before, text[upper.end() : upper.end() + 80])]


def _taken_out(m: re.Match[str], text: str, before: str, after: str, out: list[Stated], lead: str) -> list[Stated]:
    """A figure taken out of a group: of people a casualty befell ('two of the patients have died'), or
    of a count told before it ('examined 41 papers and found errors in 17 of them'); none for any other."""
    start, end = figure_start(m), m.end()
    told = _part_predicate(text[end : end + 160]) if PARTITIVE.match(after) else None
    whole = _counted_before(out, lead) if told not in HUMAN and part_of_before(after) else None
    if told not in HUMAN and whole is None:
        return []
    value = _count_value(m, text, start, before, "")  # the same tests, the partitive aside
    if value is None:
        return []
    if whole is not None:
        return _part((m, value, before), text, whole)
    return [dataclasses.replace(_stated(m, value, text[start:end].strip(), before, ""), unit="person", predicate=told)]


def _whole_counts(q: Stated) -> bool:
    """Can a part be taken out of this figure: a count of things, not a share, an amount or a toll?"""
    return q.unit is not None and q.predicate is None and q.unit not in _NO_WHOLES and not q.other


_NO_WHOLES = frozenset(["%", MAGNITUDE, *CURRENCY_WORDS.values()])


def _counted_before(out: list[Stated], lead: str) -> Stated | None:
    """The figure 'N of them' takes its part out of: the last count before it in the sentence, if a count of things."""
    earlier = out if out or not lead else list(_parsed(lead))
    return earlier[-1] if earlier and _whole_counts(earlier[-1]) else None


def _part(part: tuple[re.Match[str], float, str], text: str, whole: Stated) -> list[Stated]:
    """The part as a count of what its whole counts (none where the whole is no count of things)."""
    if not _whole_counts(whole):
        return []
    m, value, before = part
    stated = _stated(m, value, text[figure_start(m) : m.end()].strip(), before, "")
    return [dataclasses.replace(stated, unit=whole.unit, unit_text=whole.unit_text, predicate=None, whole=whole.value)]


def _with_running_totals(figures: list[Stated], totals: set[int]) -> list[Stated]:
    """Each step ("two more people were arrested") left out where the sentence gives the total it brought the count
    to ("bringing the number held to five"): the total takes the step's unit and predicate when it has none of its
    own. Folded with the total as 'N other', the step made seven."""
    step = next((f for f in figures if f.other), None)
    if not totals or step is None:
        return figures
    return [dataclasses.replace(f, unit=f.unit or step.unit, predicate=f.predicate or step.predicate) if index in totals else f
            for index, f in enumerate(figures) if not f.other]


def _count_value(m: re.Match[str], text: str, start: int, before: str, after: str, ranged: bool = False) -> float | None:
    """The figure's value, or None when it is no count: part of a word or code, a time, a date, a year,
    "one" as a pronoun, or a part of another figure ("seven of the deaths", "including three children")."""
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".-/:") and not (
            text[start - 1] == "-" and (ranged or _MAGNITUDE_BEFORE.search(before))):
        return None
    if re.match(r"[:/]\d|\.\d|-\w|[a-zA-Z]|\s?[ap]\.\s?m\b", after) and not _MAGNITUDE_AFTER.match(after):
        return None  # "2 p.m." is a time of day
    value = _value(m.group("num"), grouped_dots=not (m.group("cur") or m.group("pct") or m.group("scale") or m.group("short")))
    if value is None or _is_date(m, value, before, after) or stated_age(before):
        return None  # a date, a year, or someone's age
    if m.group("num").lower() == "one" and (not re.match(r"\s+[a-z]", after) or re.match(r"\s+of\s", after)
                                             or re.search(r"\b(?:no|not)[\s-]$", before, re.I)):
        return None  # 'one' as a pronoun, one member of a group ('one of roughly 240 passengers'), or nobody ('no one')
    if (PARTITIVE.match(after) and not m.group("pct")) or _INCLUDED.search(before):
        return None  # parts of a figure, not rival totals
    return value * scale_value(m)


def _is_date(m: re.Match[str], value: float, before: str, after: str) -> bool:
    """"March 3", "4 March 2025", "the 4th of March", or a bare year."""
    prev_words = re.findall(r"[\w']+", before)[-6:]
    if prev_words and prev_words[-1].lower()[:3] in MONTH_STEMS:
        return True
    if re.match(rf"\s*(?:of\s+)?({MONTH_STEM_RE})[a-z]*\.?(?:\s|,|$)", after, re.I):
        return True
    return m.group("num").isdigit() and 1900 <= value <= 2100 and not m.group("cur") and not m.group("pct")


def _stated(m: re.Match[str], value: float, shown_text: str, before: str, after: str) -> Stated:
    """What the figure counts (its unit and predicate) and how it is qualified (about, at least, other)."""
    prev_words = re.findall(r"[\w']+", before)[-6:]
    clause_words = re.findall(r"[\w'’-]+|[.;:!?]", after)[:12]
    next_words = re.findall(r"[\w'’-]+|[.,;:!?]", after)[:6]
    other = bool(next_words and next_words[0].lower() in {"other", "more", "additional", "further"})
    other = other or bool(prev_words and prev_words[-1].lower() == "another")
    scale = not m.group("cur") and not m.group("pct") and bool(_MAGNITUDE_BEFORE.search(before) or _MAGNITUDE_AFTER.match(after))
    speed = None if scale or m.group("cur") or m.group("pct") else speed_unit(after)
    unit_word = None if scale or speed else counted_noun(next_words)
    if unit_word is None and not (scale or speed or m.group("cur") or m.group("pct")):
        unit_word = named_before(before)  # "the number of homes without power had fallen to 31,000"
    unit = MAGNITUDE if scale else speed or _unit_of(m, unit_word)
    period = per_period(after, unit_word) if unit and not speed else None
    unit = f"{unit} per {period}" if period else unit  # "9,000 containers a day": a rate, no stock of containers
    approx = bool(_APPROX.search(before)) or bool(re.match(r"\s*(or so|-odd)", after))
    # A ceiling first, as hedge() reads it: "no more than 40" ends in the floor's "more than".
    bound = "max" if _AT_MOST.search(before) else None
    bound = bound or ("min" if _AT_LEAST.search(before) or re.match(r"\s*(plus\b|\+|or more\b)", after) else None)
    clause = list(itertools.takewhile(lambda w: w not in {".", ";", ":", "!", "?"}, clause_words))
    # A figure opening a clause after a comma ("Three workers died, eight persons came to the hospital") is not
    # what the clause before it says happened.
    # Nor is a figure opening a clause joined by "and" with its own verb: "14 were taken to hospital and two were kept
    # overnight" (the two are a part of the 14, no rival count of the hurt), "two were killed and 14 passengers were
    # injured" (the 14 were hurt).
    verb_at = 0 if unit_word is None else 1
    own_clause = (re.search(r"\b(?:and|but|while)\s*$", before) is not None and len(clause) > verb_at
                  and clause[verb_at].lower() in AUXILIARIES)
    told_before = [] if re.search(r",\s*$", before) or own_clause else prev_words[-6:]
    predicate = None if scale else nearest_predicate(told_before, clause[:8])  # a quake's size, not its toll
    if predicate is None and not scale and taken_to_hospital(after, unit):
        predicate = "injured"  # "six were taken to hospital": how news counts the hurt
    unit = human_unit(unit, unit_word, predicate)
    shown = unit_word if unit == (stem(unit_word) if unit_word else None) else None
    step = other and not (next_words and next_words[0].lower() == "other")  # "two more", "another two"
    sized = size_of(unit) if not (m.group("cur") or m.group("pct")) else None
    if sized is not None:  # '2.1 tonnes' is 2,100 kilograms, written to the nearest 50
        measure = (shown or unit or "", sized[1], rounding(value, sized[1]))
        return Stated(value * sized[1], sized[0], shown_text, approx, other, predicate, shown, bound, step, measure=measure)
    return Stated(value, unit, shown_text, approx, other, predicate, shown, bound, step)


def _unit_of(m: re.Match[str], unit_word: str | None) -> str | None:
    """A currency sign or word, a percent sign, or the counted noun's stem (with its synonyms folded)."""
    if m.group("cur"):
        return currency_of(m.group("cur"))
    if m.group("pct"):
        return "%"
    unit = UNIT_SYNONYMS.get(stem(unit_word), stem(unit_word)) if unit_word else None
    return _CURRENCY_STEMS.get(unit, unit) if unit else unit


def human_unit(unit: str | None, unit_word: str | None, predicate: str | None) -> str | None:
    """'28 Palestinians … killed', 'nine children killed' and '26 people who died' all count people.

    Only human-looking units fold into 'person' (a listed word, a capitalised nationality, a
    pronoun), so '250 missiles, killing two' keeps counting missiles.
    """
    if unit is not None and word_predicate(unit) is not None:
        unit = None  # "30 injured": the word after the number is what happened, not what is counted
    if predicate not in HUMAN:
        return unit
    if unit is None or unit in _PEOPLE or (unit_word is not None and unit_word[:1].isupper()):
        return "person"
    if unit_word is not None and unit_word.lower().rstrip("s").endswith(_AGENT_SUFFIXES) and unit not in _THINGS:
        return "person"  # villagers, shoppers, civilians, journalists, migrants
    return unit
