"""The year of a one-time past act of something the story names, told apart by outlets: a date discrepancy.

"The Kelby bridge, built in 1928, will close" and a translation's "the Kelby bridge, realised in 1926, will
be closed" give one bridge two years of building; "the trust, founded in 1958" against "the trust was
established in 1956" give one trust two years of founding. Such a year is backstory the event grouping does
not join (no outlet tells it as news, and the wordings differ), yet an act that happens once to a thing (its
making, building or founding, a person's birth or death, a first opening, a launch) has one year.

Each sentence writing an act word of such a kind right before "in" and a year ("painted in 1889", "was
founded in March 1958", "born in 1961") gives that outlet's year for the act of what the words before it
name (what follows, for an opening "Founded in 1811, the house ..."). Independent outlets are compared when
they tell the same kind of act of a thing they name in shared words (two words, or a name that is all one
of them names: 'Marhaug' / 'Ingrid Marhaug'), and no word sets two things apart ('the old bridge' / 'the new
bridge'). An outlet giving one thing two years for one kind of act ('founded in 1956 and formally established
in 1958') tells of two steps and is not compared; nor is a year
that is not one ("in the 1920s", "in 1926-28", "in about 1926", "in late 1889"), a plan ("will be built in
2030") or an act that recurs ("renovated in 1987", "sold in 1952", "exhibited in 1961"), which no such word
names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from summarizer.calendar_words import MONTH_WORD_RE
from summarizer.merge._text import STOPWORDS, sorted_sources, stem
from summarizer.merge.date_conflicts import DatedSentence, date_discrepancy, day_buckets
from summarizer.schema import Article, Discrepancy, Span
from summarizer.text import sentence_spans

# Acts that happen once to a thing, each kind as the words that tell it. Making and building and founding are
# one kind, a coming into being: a translation writes "realised" for painted, "made" for built, "created" for founded.
_KINDS = {
    "made": ("made created painted drawn sculpted carved composed written realised realized crafted engraved built "
             "constructed erected founded established formed"),
    "born": "born",
    "died": "died",
    "opened": "opened inaugurated",
    "launched": "launched",
}
_KIND_OF = {word: kind for kind, told in _KINDS.items() for word in told.split()}
_ACT = re.compile(
    r"\b(?P<act>" + "|".join(sorted(_KIND_OF, key=len, reverse=True)) + r"|set\s+up)"
    r"(?:\s+(?:first|already|[a-z]+ly))?\s+in\s+(?:(?:" + MONTH_WORD_RE + r")\.?\s+)?"
    # one year, not a decade, a span or one of two years ("in 1926-28", "in 1889 or 1890")
    r"(?P<year>1[0-9]{3}|20[0-9]{2})(?![\w'’]|\s*(?:[-–/]|to\s|or\s|and\s\d))",
    re.IGNORECASE,
)
# A plan, not a past act: "will be built in 2030", "is to be opened in 2029".
_PLANNED = re.compile(r"\b(?:will|would|shall|to|could|may|might)\s+(?:be\s+|have\s+been\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_REACH = 8  # words before the act (or after an opening participle's year) naming what the act is of
# Words that set one of two like things apart: "the old bridge, built in 1928" is not "the new bridge, built in 2019".
_CONTRASTS = frozenset(["old", "new", "original", "former", "first", "second", "third", "current", "present", "previous",
                        "later", "earlier", "replacement", "older", "newer", "north", "south", "east", "west", "upper",
                        "lower"])
_CLAUSE_BREAK = re.compile(r"[:;.]\s|\s[-–—]\s")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_LOWER_WORD = re.compile(r"\b[a-z][\w'’-]*")
_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’-]*")


@dataclass(frozen=True, slots=True)
class _Told:
    kind: str
    year: str
    subject: frozenset[str]  # content stems naming what the act is of
    names: frozenset[str]  # those of them written with a capital, not opening the sentence
    contrast: frozenset[str]  # words setting one of two things apart ('old', 'new')
    sentence: DatedSentence
    phrase: str  # the act as the sentence tells it, from its clause's start ("the Kelby bridge, built in 1928")


def act_year_discrepancies(articles: Sequence[Article], independent_of: Callable[[str], str], live: Collection[str],
                           known: Sequence[Discrepancy] = ()) -> list[Discrepancy]:
    """Independent outlets giving one thing's one-time act different years (see the module docstring). ``known`` are
    date discrepancies found already (the timeline's, where an extraction dated the act as an event): one giving
    the same years with the same outlets on each is not told twice."""
    seen = {frozenset((p.value, frozenset(p.sources)) for p in d.positions) for d in known if d.kind == "date"}
    told: list[tuple[str, _Told]] = []  # (independent source, reading)
    for article in articles:
        if article.id not in live or not _ACT.search(article.text):
            continue
        lower = frozenset(_LOWER_WORD.findall(article.text))
        for start, end in sentence_spans(article.text):
            text = article.text[start:end]
            for found in _ACT.finditer(text):
                reading = _reading(article, start, text, found, lower)
                if reading is not None:
                    told.append((independent_of(article.id), reading))
    out: list[Discrepancy] = []
    for group in _groups(told):
        by_source: dict[str, dict[str, list[DatedSentence]]] = {}
        for source, reading in group:
            by_source.setdefault(source, {}).setdefault(reading.year, []).append(reading.sentence)
        named = {source: next(iter(years.items())) for source, years in by_source.items() if len(years) == 1}
        if len(named) < 2 or len({year for year, _ in named.values()}) < 2:
            continue
        buckets = day_buckets(named)
        if frozenset((year, frozenset(m.source for m in members)) for year, members in buckets) in seen:
            continue
        lead = max(buckets, key=lambda b: (len(b[1]), -int(b[0])))[1][0]
        phrase = next(r.phrase for _, r in group if r.sentence is lead)
        out.append(date_discrepancy(phrase, buckets))
    return out


def _reading(article: Article, start: int, text: str, found: re.Match[str], lower: frozenset[str]) -> _Told | None:
    """The act's kind, year and what it is of; ``lower`` are the words the article writes in lower case (a capital
    opening a clause is a name's only when the article never writes the word so)."""
    year = found.group("year")
    if _PLANNED.search(text, max(0, found.start() - 30), found.start()):
        return None
    if article.published is not None and int(year) > article.published.year:
        return None
    clause = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, found.start())), default=0)
    before = _WORD.findall(text, clause, found.start())
    opening = all(w.lower() in STOPWORDS for w in before)
    after = _CLAUSE_BREAK.search(text, found.end())
    # "Founded in 1811, the house ...": an opening participle's subject follows it
    words = _WORD.findall(text, found.end(), after.start() if after else len(text)) if opening else before
    words = words[:_REACH] if opening else words[-_REACH:]
    subject, names = set(), set()
    # "Lund's son, born in 1990": the act is the son's, not Lund's; an owner names no subject
    owned = max((k for k, w in enumerate(words) if _POSSESSIVE.search(w)), default=-1)
    for k, word in enumerate(words):
        low = word.lower()
        if k <= owned or low in STOPWORDS or low in _KIND_OF or len(low) < 3:
            continue
        subject.add(stem(low))
        opens = k == 0 if opening else len(before) - len(words) + k == 0
        if word[:1].isupper() and not (opens and low in lower):
            names.add(stem(low))
    if not subject:
        return None  # "It was built in 1928": what it is, the words do not say
    act = found.group("act").lower()
    sentence = DatedSentence(article.id, Span(source=article.id, start=start, end=start + len(text), text=text))
    phrase = text[clause : after.start() if after else len(text)] if opening else text[clause : found.end()]
    contrast = frozenset(w.lower() for w in words if w.lower() in _CONTRASTS)
    return _Told("made" if act.startswith("set") else _KIND_OF[act], year, frozenset(subject), frozenset(names), contrast,
                 sentence, phrase.strip())


def _same_thing(a: _Told, b: _Told) -> bool:
    """One kind of act of a thing both name: two shared words, or a name that is all one of them names
    ('Marhaug' / 'Ingrid Marhaug'); not two things a word sets apart ('the old bridge' / 'the new bridge'), nor
    two whose names each hold a word the other's words lack ('Kelby Town Council' / 'Kelby Town Hall')."""
    if a.kind != b.kind or (a.contrast and b.contrast and a.contrast != b.contrast):
        return False
    if a.names - b.subject and b.names - a.subject:
        return False  # each names what the other does not: "Kelby Town Council" / "Kelby Town Hall"
    shared = a.subject & b.subject
    return len(shared) >= 2 or bool(shared & a.names & b.names and shared in (a.subject, b.subject))


def _groups(told: list[tuple[str, _Told]]) -> list[list[tuple[str, _Told]]]:
    """Readings joined by telling one kind of act of one thing (transitively), in the order first read."""
    parent = list(range(len(told)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Only readings of one kind sharing a word can name one thing: each is compared with those, not with every
    # reading of a thousand articles.
    sharing: dict[tuple[str, str], list[int]] = {}
    for i, (_, reading) in enumerate(told):
        for word in reading.subject:
            sharing.setdefault((reading.kind, word), []).append(i)
    for i, (_, reading) in enumerate(told):
        for j in sorted({j for word in reading.subject for j in sharing[reading.kind, word] if j > i}):
            if _same_thing(reading, told[j][1]):
                parent[root(j)] = root(i)
    groups: dict[int, list[tuple[str, _Told]]] = {}
    for i, item in enumerate(told):
        groups.setdefault(root(i), []).append(item)
    return [g for g in groups.values() if len(sorted_sources({s for s, _ in g})) >= 2]
