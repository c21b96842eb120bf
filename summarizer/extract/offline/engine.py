"""The offline extraction engine: fills :class:`ArticleExtraction` with rules, no model.

It is what every user gets on a fresh machine, so it is deterministic, pure Python and fast (one
CPU core, no dateparser in the hot path). Every item it emits points back into ``article.text``
with a verbatim span, which is what lets grounding and the merger trust it without re-checking.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Callable

from summarizer.calendar_words import WEEKDAY_RE
from summarizer.dates import DateMention, article_day_first, find_dates
from summarizer.dates.names import names_an_event
from summarizer.extract.offline.claims import build_claims
from summarizer.extract.offline.entities import extract_entities
from summarizer.extract.offline.lexicon import (
    ATTRIBUTION_TAIL,
)
from summarizer.extract.offline.quote_speakers import pronoun_referents, speak_quotes
from summarizer.extract.offline.quotes import find_quotes, paragraphs
from summarizer.extract.offline.resolver import PersonResolver
from summarizer.extract.offline.sources import source_phrase, sourced
from summarizer.extract.offline.speaker_phrases import is_pronoun
from summarizer.extract.offline.speakers import CueIndex, attribute, cue_subject
from summarizer.function_words import COORDINATORS, SUBORDINATORS
from summarizer.ingest.header import DATELINE
from summarizer.ingest.posts import post_spans
from summarizer.schema import Article, ArticleExtraction, Entity, Event, Span
from summarizer.text import sentence_spans

__all__ = ["extract_offline"]



# "and officials said", "though county officials have stressed": the officials.
_LEADING_CONJUNCTION = re.compile(r"^(?:{})\s+".format("|".join(sorted(COORDINATORS | SUBORDINATORS | {"yet", "so"}))), re.I)


# "Democrats on Friday said", "the groups late Thursday warned": when they spoke is no part of who spoke.
_TRAILING_DAY = re.compile(rf"\s+(?:(?:on|late|early|last|this)\s+)?{WEEKDAY_RE}(?:\s+(?:night|morning|afternoon|evening))?$")


def extract_offline(article: Article) -> ArticleExtraction:
    """Deterministic extraction; every item carries its exact span in ``article.text``."""
    article = _without_posts(article)
    text = article.text
    if not text.strip():
        return ArticleExtraction()
    sentences = sentence_spans(text)
    paras = paragraphs(text)
    candidates = [q for q in find_quotes(text) if q.words(text) >= 1]
    cues = CueIndex(text)
    attributions = attribute(text, candidates, sentences, paras, cues)
    speaker_names = {a.phrase.name for a in attributions if a is not None}
    entities = extract_entities(text, article.id, {s for s, _ in sentences}, speaker_names)
    resolver = PersonResolver(entities)
    quotes = speak_quotes(text, article.id, candidates, attributions, entities, resolver, [s for s, _ in sentences])
    starts = [s for s, _ in sentences]
    events, dated = _events(article, sentences, starts)
    key_names = [e.name for e in entities[:8]] + [a for e in entities[:8] for a in e.aliases]

    spoken = sorted((q.span.start, q.span.end, q.speaker) for q in quotes if q.span and q.speaker)
    referent = pronoun_referents(text, candidates, entities, starts)

    def attribution_of(start: int, end: int, part_end: int | None = None) -> str | None:
        # A sentence inside someone's quote ("“Nothing happened to her. Flynn lied. Very unfair,” Trump said")
        # is that speaker's statement, never the outlet's own: the quote's speaker is its source.
        inside = _speaker_around(spoken, start, part_end if part_end is not None else end)
        return source(inside) if inside is not None else _stated_by(text, cues, source, referent, start, end, part_end)

    looked_up: dict[str, Entity | None] = {}

    def entity_of(name: str) -> Entity | None:
        if name not in looked_up:
            looked_up[name] = resolver(name)
        return looked_up[name]

    def resolve(name: str) -> str:
        return entity.name if (entity := entity_of(name)) else name

    def source(name: str) -> str | None:
        return sourced(name, entity_of, resolve)

    quoted = [(q.span.start, q.span.end) for q in quotes if q.span]
    claims = build_claims(text, article.id, sentences, quoted, key_names, dated, attribution_of, source)
    return ArticleExtraction(claims=claims, quotes=quotes, entities=entities, events=events)


def _stated_by(text: str, cues: CueIndex, source: Callable[[str], str | None], referent: Callable[[str, int], str | None],
               start: int, end: int, part_end: int | None) -> str | None:
    """Who a sentence (or its part ending at ``part_end``) says is its source, by the text around it."""
    # "…, but did not order them to act, a ministry spokeswoman said.": a closing attribution
    # clause names the source of the whole sentence, whoever its subject is. Read for a ``part`` of
    # the sentence ending at ``part_end``, a cue's speaker named after the part speaks only for what
    # follows: in "Route 38 remains closed, and officials said it would stay closed" the officials
    # said the second clause; "Quayle apologized … and said …" is still Quayle's.
    trailing = ATTRIBUTION_TAIL.search(text, start, end)
    if trailing and source_phrase(trailing.group(1)):
        name = trailing.group(1).strip()
        if re.match(r"[Tt]he\s+[A-Z]", name):  # "the Port Authority" is the entity "Port Authority"
            name = name[4:]
        return source(name)
    found = cue_subject(text, start, end, cues)
    if found is None or (part_end is not None and found.position >= part_end):
        return None
    name = _TRAILING_DAY.sub("", _LEADING_CONJUNCTION.sub("", found.phrase.name))  # "and officials said": the officials
    if is_pronoun(name):  # "…, she said", "He said …": the person the pronoun continues, as for a quote
        person = referent(name, found.position) if _main_clause(text, start, found.position, trailing) else None
        return source(person) if person else None
    return source(name)


# Nothing before the pronoun but the sentence's opening adverbial: "She said …", "On Monday, he said …".
_OPENING = re.compile(r"\s*(?:[\w’'-]+(?:\s+[\w’'.-]+){0,7},\s*)?")
_CLOSED_QUOTE = re.compile(r"[”\"’']\s*,?\s*$")


def _main_clause(text: str, start: int, at: int, trailing: re.Match[str] | None) -> bool:
    """Whether the pronoun at ``at`` is the subject of the sentence's own report ("…, she said.", "“…,” he said",
    "He said …"), not of a clause inside it ("when he said", "a presentation that he said"), which speaks
    for that clause only."""
    if trailing is not None and trailing.start(1) == at:
        return True
    return _CLOSED_QUOTE.search(text, start, at) is not None or _OPENING.fullmatch(text, start, at) is not None


def _speaker_around(spoken: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The speaker of the quote that holds ``start:end`` (its words, less the marks and spaces at either end)."""
    at = bisect.bisect_right(spoken, (start + _QUOTE_MARK_SLACK, sys.maxsize, "")) - 1  # the last quote opening by then
    for q_start, q_end, speaker in spoken[max(0, at - 1): at + 1][::-1]:  # quotes seldom overlap: the last two
        if q_start <= start + _QUOTE_MARK_SLACK and q_end >= end - _QUOTE_MARK_SLACK:
            return speaker
    return None


_QUOTE_MARK_SLACK = 2  # a quote's span may stop short of its sentence's closing mark, or start after the opening one


def _without_posts(article: Article) -> Article:
    """An embedded post is its author's words, never the outlet's reporting: it is read as blank lines, so
    nothing is extracted from it while every offset into the article stays the same."""
    posts = post_spans(article.text)
    if not posts:
        return article
    masked = list(article.text)
    for start, end in posts:
        masked[start:end] = "\n" * (end - start)
    return article.model_copy(update={"text": "".join(masked)})


_COMPARED_WITH = re.compile(r"\b(?:than|compared (?:with|to)|against)\s+(?:on\s+|in\s+|at\s+)?(?:the\s+)?(?:level\s+)?(?:of\s+)?$",
                            re.IGNORECASE)


# "a strike that has idled the plant since Oct. 5", "a walkout that began Monday, Oct. 5": a state or an act
# the sentence dates by its start, in a clause beside the sentence's own act, is an event of its own. Only
# after "since" or a relative clause's start verb: "The blaze started Tuesday" is the sentence's own act.
# "a fire that started late on Thursday": the part of the day between the verb and the date still dates the start.
_STARTED = re.compile(r"(?:\bsince|\b(?:that|which)\s+(?:has\s+|had\s+)?(?:began|begun|started|broke out|erupted)"
                      r"(?:\s+(?:late|early))?(?:\s+on)?)\s+$", re.IGNORECASE)
_STARTED_REACH = 40
# "this year" / "this month" on its own names the period the sentence is set in; "earlier this year" dates an act.
_CURRENT_PERIOD = re.compile(r"this\s+(?:week|month|year)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r",\s|;\s|\s[-–—]\s|\(|\b(?:ending|after|before|when|while)\s")
_RELATIVE_OPENING = re.compile(r"(?:which|that|who)\b")
_THAT_CLAUSE = re.compile(r"\b(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:that|which)\s")


def _no_act_day(text: str, mention: DateMention) -> bool:
    """A date that is not the day of the sentence's act: the day compared with ("3 feet lower than on Thursday"),
    the period a figure holds for ("will cost 40 million this year"), or part of a name (:func:`summarizer.dates.names.names_an_event`)."""
    return bool(_COMPARED_WITH.search(text, max(0, mention.start - 30), mention.start)
                or (mention.relative and _CURRENT_PERIOD.match(text, mention.start))
                or names_an_event(text, mention.start, mention.end))


def _events(article: Article, sentences: list[tuple[int, int]], starts: list[int]) -> tuple[list[Event], set[int]]:
    """One event per dated sentence, with the most precise date that sentence states; and one more for a
    start it dates in a clause of its own when that is not the sentence's date ("voted Thursday, ending a
    walkout that began Oct. 5")."""
    text = article.text
    best: dict[int, tuple[int, bool, str]] = {}
    started: dict[int, list[tuple[tuple[int, bool, str], int, int]]] = {}
    dayfirst = article_day_first(text, article.language, article.removed)
    for mention in find_dates(text, article.published or article.reference_date, dayfirst, order_known=True):
        index = bisect.bisect_right(starts, mention.start) - 1
        # Outside any sentence, or in a dateline: "HALDEN, March 3, 2031 (Wire) - The bridge reopened on Friday".
        if index < 0 or not _dateline_end(text, sentences[index]) <= mention.start < sentences[index][1]:
            continue
        if _no_act_day(text, mention):
            continue
        # The most precise date wins; between equals, one the text states outright beats a relative one.
        rank = (len(mention.value), not mention.relative, mention.value)
        if index not in best or rank[:2] > best[index][:2]:
            best[index] = rank
        if len(mention.value) == 10 and _STARTED.search(text, max(sentences[index][0], mention.start - _STARTED_REACH),
                                                        mention.start):
            started.setdefault(index, []).append((rank, mention.start, mention.end))
    events = []
    for index in sorted(best):
        start, end = sentences[index]
        sentence = text[start:end]
        events.append(Event(date=best[index][2], text=sentence, evidence=sentence,
                            span=Span(source=article.id, start=start, end=end, text=sentence)))
        for rank, at, until in started.get(index, []):
            if rank[2] != best[index][2]:
                events.append(_start_event(article.id, text, start, at, until, rank[2]))
    return events, set(best)


def _dateline_end(text: str, sentence: tuple[int, int]) -> int:
    """Where the dateline opening the sentence's paragraph ends (the sentence's start if there is none). A
    label before a colon ("UPDATE, Sunday: ...") dates what follows it: no dateline."""
    start, end = sentence
    if start and text[start - 1] != "\n":
        return start
    match = DATELINE.match(text[start:end])
    return start + match.end() if match and ":" not in match.group()[-3:] else start


def _start_event(source: str, text: str, sentence_start: int, at: int, until: int, value: str) -> Event:
    """The clause that dates a start: from the noun the clause is about ("a walkout that ...") or the clause's
    first word, to the date."""
    breaks = [sentence_start] + [m.end() for m in _CLAUSE_BREAK.finditer(text, sentence_start, at)]
    begin = breaks[-1]
    if _RELATIVE_OPENING.match(text, begin) and len(breaks) > 1:
        begin = breaks[-2]  # "strike, which began on 6/10": the clause is about the noun before it
    about = [m.start() for m in _THAT_CLAUSE.finditer(text, begin, at)]
    begin = about[-1] if about else begin
    clause = text[begin:until]
    return Event(date=value, text=clause, evidence=clause, span=Span(source=source, start=begin, end=until, text=clause))
