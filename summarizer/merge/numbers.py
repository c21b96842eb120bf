"""Numbers stated in claims, normalised so that sources can be compared count for count.

The offline engine leaves ``Claim.quantities`` empty, so counts are also read from the claim
text. Each number gets a unit (the noun it counts), a predicate class (killed, injured, arrested…)
and flags for "about" and "other": "ten other ships" plus "two tankers" implies a total of twelve,
so a source saying twelve does not conflict with it.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from summarizer.merge._text import STOPWORDS, stem
from summarizer.numbers import DIGIT_NUMBER, WORD_NUMBER, parse_number
from summarizer.schema import Claim

_SCALE = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6}
_CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_CURRENCY_WORDS = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "usd": "USD", "eur": "EUR"}
_APPROX = re.compile(r"\b(about|around|roughly|approximately|some|estimated|an estimated|close to|nearly|almost)\s*$", re.I)
_AT_LEAST = re.compile(r"\b(at least|more than|over|upwards of|in excess of|as many as|above|rose above)\s*$", re.I)
_AT_MOST = re.compile(r"\b(up to|fewer than|less than|under|no more than|at most)\s*$", re.I)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NUMBER = re.compile(
    rf"(?P<cur>[$€£¥])?\s?(?P<num>{DIGIT_NUMBER}|\b{WORD_NUMBER}\b)"
    rf"(?:\s?(?P<scale>hundred|thousand|million|billion|trillion|bn|m)\b)?(?P<pct>\s?%|\s?percent\b|\s?per cent\b)?",
    re.IGNORECASE,
)
PREDICATES = {
    "killed": {"kill", "die", "fatalit", "fatality", "lives", "life", "bodies", "body", "toll"},
    "injured": {"injur", "wound", "hurt", "hospitaliz", "hospitalis"},
    "arrested": {"arrest", "detain", "custody", "charg"},
    "missing": {"missing", "unaccounted"},
    "displaced": {"displac", "evacuat", "homeles", "fled", "flee"},
    "seized": {"seiz", "captur", "impound", "detain"},
}
_HUMAN = {"killed", "injured", "arrested", "missing", "displaced"}
_PEOPLE = frozenset(
    [
        "person",
        "civilian",
        "resident",
        "victim",
        "individual",
        "soldier",
        "passenger",
        "protester",
        "worker",
        "child",
        "man",
        "woman",
        "boy",
        "girl",
        "adult",
        "militant",
        "fighter",
        "officer",
        "student",
        "migrant",
        "refugee",
        "patient",
        "member",
        "them",
        "other",
    ]
)
_AGENT_SUFFIXES = ("er", "or", "ian", "ist", "ant", "ent")
_THINGS = frozenset(
    {
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
_UNIT_STOP = frozenset(
    [
        "off",
        "near",
        "across",
        "along",
        "between",
        "among",
        "against",
        "toward",
        "towards",
        "inside",
        "outside",
        "around",
        "through",
        "throughout",
        "aboard",
        "within",
        "beyond",
        "behind",
        "amid",
        "amidst",
        "despite",
        "last",
        "next",
        "yesterday",
        "today",
        "tonight",
        "earlier",
        "later",
        "ago",
        "were",
        "had",
        "have",
    ]
)
_UNIT_SYNONYMS = {"vessel": "ship", "dollar": "USD", "euro": "EUR"}
_UNIT_SKIP = {"other", "more", "additional", "further", "another", "of", "the", "more than"}


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


def _value(num: str, grouped_dots: bool = False) -> float | None:
    """'58,2' is a decimal comma (translated copy) and, for counts, '3.900' a thousands dot."""
    return parse_number(num, grouped_dots)


def _nearest_predicate(before: list[str], after: list[str]) -> str | None:
    """The casualty-type word closest to the number: 'killed at least two … and wounded' is killed."""
    best: tuple[int, int, str] | None = None
    for distance, word in enumerate(reversed(before), start=1):
        found = _word_predicate(word.lower())
        if found is not None:
            best = (distance, 1, found)
            break
    for distance, word in enumerate(after, start=1):
        found = _word_predicate(word.lower())
        if found is not None:
            if best is None or (distance, 0) < best[:2]:
                best = (distance, 0, found)
            break
    return best[2] if best else None


def _predicate(window: list[str]) -> str | None:
    """The first casualty/arrest-type word in reading order names what the number counts."""
    for word in window:
        found = _word_predicate(word.lower())
        if found is not None:
            return found
    return None


@functools.lru_cache(maxsize=100_000)
def _word_predicate(word: str) -> str | None:
    s = stem(word)
    for name, cues in PREDICATES.items():
        if s in cues or any(s.startswith(c) for c in cues):
            return name
    return None


_INCLUDED = re.compile(r"\b(?:including|includes|included|among them|among whom)\s+(?:about|some|at least|nearly)?\s*$", re.I)
_PARTITIVE = re.compile(r"\s+of\s+(?:the|them|those|these|whom|which|its|their)\b", re.I)


def parse_quantities(text: str) -> list[Stated]:
    """Numbers with unit and context from free text; dates, years and times are not counts."""
    out: list[Stated] = []
    for m in _NUMBER.finditer(text):
        start, end = (m.start("cur") if m.group("cur") else m.start("num")), m.end()
        before, after = text[max(0, start - 60) : start], text[end : end + 80]
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".-/:"):
            continue
        if re.match(r"[:/]\d|\.\d|-\w|[a-zA-Z]|\s?[ap]\.\s?m\b", after):
            continue  # "2 p.m." is a time of day
        value = _value(m.group("num"), grouped_dots=not (m.group("cur") or m.group("pct") or m.group("scale")))
        if value is None:
            continue
        prev_words = re.findall(r"[\w']+", before)[-6:]
        if prev_words and prev_words[-1].lower()[:3] in _MONTHS:
            continue  # "March 3"
        if re.match(r"\s*(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|,|$)", after, re.I):
            continue  # "4 March 2025", "the 4th of March"
        if m.group("num").isdigit() and 1900 <= value <= 2100 and not m.group("cur") and not m.group("pct"):
            continue  # a year
        if m.group("num").lower() == "one" and not re.match(r"\s+[a-z]", after):
            continue
        if (_PARTITIVE.match(after) and not m.group("pct")) or _INCLUDED.search(before):
            continue  # "seven of the deaths", "including three children": parts of a figure, not rival totals
        if m.group("scale"):
            value *= _SCALE[m.group("scale").lower()]
        clause_words = re.findall(r"[\w'’-]+|[.;:!?]", after)[:12]
        next_words = re.findall(r"[\w'’-]+|[.,;:!?]", after)[:6]
        other = bool(next_words and next_words[0].lower() in {"other", "more", "additional", "further"})
        other = other or bool(prev_words and prev_words[-1].lower() == "another")
        unit_word = _unit(next_words)
        unit = _UNIT_SYNONYMS.get(stem(unit_word), stem(unit_word)) if unit_word else None
        if m.group("cur"):
            unit = _CURRENCY[m.group("cur")]
        elif m.group("pct"):
            unit = "%"
        elif unit in _CURRENCY_WORDS:
            unit = _CURRENCY_WORDS[unit]
        approx = bool(_APPROX.search(before)) or bool(re.match(r"\s*(or so|-odd)", after))
        bound = "min" if _AT_LEAST.search(before) or re.match(r"\s*(plus\b|\+|or more\b)", after) else None
        bound = "max" if bound is None and _AT_MOST.search(before) else bound
        clause = list(itertools.takewhile(lambda w: w not in {".", ";", ":", "!", "?"}, clause_words))
        predicate = _nearest_predicate(prev_words[-6:], clause[:8])
        unit = human_unit(unit, unit_word, predicate)
        shown = unit_word if unit == (stem(unit_word) if unit_word else None) else None
        out.append(Stated(value, unit, text[start:end].strip(), approx, other, predicate, shown, bound))
    return out


def human_unit(unit: str | None, unit_word: str | None, predicate: str | None) -> str | None:
    """'28 Palestinians … killed', 'nine children killed' and '26 people who died' all count people.

    Only human-looking units fold into 'person' (a listed word, a capitalised nationality, a
    pronoun), so '250 missiles, killing two' keeps counting missiles.
    """
    if unit is not None and _word_predicate(unit) is not None:
        unit = None  # "30 injured": the word after the number is what happened, not what is counted
    if predicate not in _HUMAN:
        return unit
    if unit is None or unit in _PEOPLE or (unit_word is not None and unit_word[:1].isupper()):
        return "person"
    if unit_word is not None and unit_word.lower().rstrip("s").endswith(_AGENT_SUFFIXES) and unit not in _THINGS:
        return "person"  # villagers, shoppers, civilians, journalists, migrants
    return unit


def _unit(next_words: list[str]) -> str | None:
    run: list[str] = []
    for word in next_words:
        lower = word.lower()
        if not word[0].isalpha() or lower in _UNIT_STOP or (run and (lower in STOPWORDS or lower.endswith(("ed", "ly")))):
            break
        if lower in _UNIT_SKIP or lower in _SCALE:
            continue
        if lower in STOPWORDS:
            break
        run.append(word)
        if len(run) == 3 or (len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "news"))):
            break  # a plural ends the noun phrase: "1,200 workers took part" counts workers
    return run[-1] if run else None


def claim_quantities(claim: Claim) -> list[Stated]:
    """Prefer what the extractor normalised (LLM), filling unit/context from the text when missing."""
    parsed = parse_quantities(claim.text)
    if not claim.quantities:
        return parsed
    out: list[Stated] = []
    for q in claim.quantities:
        at = claim.text.find(q.text) if q.text else -1
        if at >= 0 and q.unit != "%" and _PARTITIVE.match(claim.text, at + len(q.text)):
            continue  # the model's "7" in "Seven of the deaths were …" is a sub-count too
        if at > 1 and re.match(r"\d[.,]", claim.text[at - 2 : at]):
            # "9%" read out of "48,9%": the whole figure, as this module reads it, replaces the tail.
            whole = next((p for p in parsed if p.text.endswith(q.text) and len(p.text) > len(q.text)), None)
            if whole is not None:
                out.append(whole)
            continue
        match = next((p for p in parsed if p.value == q.value), None)
        unit = stem(q.unit) if q.unit and q.unit not in {"%", "USD", "EUR", "GBP", "JPY"} else q.unit
        unit = _UNIT_SYNONYMS.get(unit, unit) if unit else None
        predicate = match.predicate if match else None
        unit = human_unit(unit, q.unit, predicate) if unit else (match.unit if match else None)
        out.append(
            Stated(
                q.value,
                unit,
                q.text,
                match.approximate if match else q.approximate,
                bool(match and match.other),
                match.predicate if match else None,
                q.unit,
                match.bound if match else None,
            )
        )
    return out


def compatible(a: Stated, b: Stated) -> bool:
    """Could both figures be true? 'About' buys 10%; 'at least 3' admits 5 but not 2.

    Two bounds with different values are kept apart on purpose: "at least 2" and "at least 3"
    are logically compatible, but sources reporting different tolls is what an editor must see.
    """
    if a.bound and b.bound:
        return a.bound == b.bound and _close(a.value, b.value, a.approximate or b.approximate)
    if a.bound or b.bound:
        limit, exact = (a, b) if a.bound else (b, a)
        slack = 0.1 * limit.value if (limit.approximate or exact.approximate) else 0.0
        if limit.bound == "min":
            return exact.value >= limit.value - slack
        return exact.value <= limit.value + slack
    return _close(a.value, b.value, a.approximate or b.approximate)


def _close(x: float, y: float, approximate: bool) -> bool:
    tol = 0.1 if approximate else 0.005
    return abs(x - y) <= tol * max(abs(x), abs(y), 1e-9)


def resolved(stated: list[Stated]) -> list[Stated]:
    """Fold 'N other X' with the sentence's remaining counts into the total it implies."""
    out: list[Stated] = []
    for q in stated:
        if q.other:
            rest = sum(o.value for o in stated if o is not q and not o.other and o.unit != "%")
            if rest:
                out.append(Stated(q.value + rest, q.unit, q.text, q.approximate, False, q.predicate, q.unit_text, q.bound))
                continue
        out.append(q)
    return out


def fmt(value: float) -> str:
    """Display a value as a reader would write it: 12.0 -> '12', 3200000.0 -> '3.2 million'.

    Round millions and billions read as words (a table of '40,000,000' invites miscounting zeros);
    anything else keeps its digits, so no precision is lost.
    """
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if abs(value) >= size and (value * 100 / size).is_integer():
            return f"{value / size:.2f}".rstrip("0").rstrip(".") + f" {word}"
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


_CALENDAR = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
     "may", "june", "july", "august", "september", "october", "november", "december"]
)
_NAME = r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:de|da|do|dos|van|von|del|la|le)?\s*[A-ZÀ-Þ][\w'’.-]*)*"
_POSSESSIVE = re.compile(rf"({_NAME})['’]s?\s+(?:\w+\s+)?$")
_FOR_NAME = re.compile(
    rf"^\s*(?:of the (?:\w+\s+){{0,2}}votes?\s+|of the ballots?\s+)?(?:for|of)\s+(?:the\s+[a-z]+,?\s+)?({_NAME})(?!['’]s)"
)
_SHARES = frozenset(["%", "vote", "seat", "point", "delegate"])  # what a candidate or party "won" or "took"
_SHARE_VERB = re.compile(
    r"\b(?:won|wins|win|took|takes|got|gets|received|receives|obtained|obtains|secured|secures|polled|polls|garnered|"
    r"earned|scored|finished|came|had|has|with)\b[^,;.]{0,40}$"
)


def figure_owner(text: str, q: Stated) -> frozenset[str] | None:
    names = _owners(text, q)
    return (_name_keys(" ".join(names)) or None) if names else None


def owner_text(text: str, q: Stated) -> str | None:
    """The owner's name as written (the first named in the clause), for the discrepancy's subject."""
    names = _owners(text, q)
    return names[0] if names else None


def _owners(text: str, q: Stated) -> list[str]:
    """Whose figure this is, as name keys, when the sentence says so: 'Ferro's 48.9%', '49.6% for
    Lindqvist', 'Lindqvist won 49.6%'. None when it does not: such a figure is compared with anyone's.

    Two candidates' shares in one race, or two companies' revenues, are different measures even
    though unit and wording match; comparing them makes false conflicts out of every results table.
    """
    at = text.find(q.text)
    if at < 0:
        return []
    before, after = text[max(0, at - 160) : at], text[at + len(q.text) : at + len(q.text) + 80]
    match = _POSSESSIVE.search(before) or _FOR_NAME.match(after)
    if match is not None:
        return [re.sub(r"['’]s$", "", match.group(1))]
    if q.unit in _SHARES and _SHARE_VERB.search(before):
        clause = re.split(r"\d[\d.,]*\s*(?:%|percent|per cent)|[;:]", before)[-1]
        names = [m.group(0) for m in re.finditer(_NAME, clause) if m.start() > 0 or not _sentence_word(m.group(0))]
        return [n for n in names if _name_keys(n)]
    return []


def _sentence_word(name: str) -> bool:
    """A capital that only starts the sentence ('The', 'In') is not a name."""
    return name.split()[0].lower() in STOPWORDS


def _name_keys(name: str) -> frozenset[str]:
    from summarizer.text import strip_accents

    keys = {re.sub(r"['’]s$", "", strip_accents(w).lower()).strip("'’.") for w in re.findall(r"[\w'’.-]+", name)}
    return frozenset(k for k in keys if k and k not in STOPWORDS and k not in _CALENDAR and len(k) > 1)
