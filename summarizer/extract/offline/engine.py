"""The offline extraction engine: fills :class:`ArticleExtraction` with rules, no model.

It is what every user gets on a fresh machine, so it is deterministic, pure Python and fast (one
CPU core, no dateparser in the hot path). Every item it emits points back into ``article.text``
with a verbatim span, which is what lets grounding and the merger trust it without re-checking.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from summarizer.dates import article_day_first, find_dates
from summarizer.extract.offline.claims import build_claims
from summarizer.extract.offline.entities import extract_entities
from summarizer.extract.offline.lexicon import (
    ATTRIBUTION_TAIL,
    FEMININE_WORDS,
    MASCULINE_WORDS,
    ORG_WORDS,
    is_title_word,
)
from summarizer.extract.offline.quotes import QuoteSpan, find_quotes, is_speech, paragraphs
from summarizer.extract.offline.resolver import PersonResolver
from summarizer.extract.offline.sources import source_phrase, sourced
from summarizer.extract.offline.speaker_phrases import is_pronoun
from summarizer.extract.offline.speakers import Attribution, CueIndex, attribute, cue_subject, transcript_speaker
from summarizer.ingest.header import DATELINE
from summarizer.schema import Article, ArticleExtraction, Entity, Event, Quote, Span
from summarizer.text import sentence_spans

__all__ = ["extract_offline"]



_LEADING_CONJUNCTION = re.compile(r"^(?:and|but|or|yet|so)\s+", re.I)


def extract_offline(article: Article) -> ArticleExtraction:
    """Deterministic extraction; every item carries its exact span in ``article.text``."""
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
    quotes = _quotes(text, article.id, candidates, attributions, entities, resolver)
    starts = [s for s, _ in sentences]
    events, dated = _events(article, sentences, starts)
    key_names = [e.name for e in entities[:8]] + [a for e in entities[:8] for a in e.aliases]

    def attribution_of(start: int, end: int, part_end: int | None = None) -> str | None:
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
        name = _LEADING_CONJUNCTION.sub("", found.phrase.name)  # "and officials said": the officials
        return None if is_pronoun(name) else source(name)

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


@dataclass(frozen=True)
class _Mentions:
    """People's mentions in text order (``positions`` their starts, for bisection) and the quote
    candidates, whose words are what was said, not who said it."""

    persons: list[tuple[int, Entity]]
    positions: list[int]
    quote_starts: list[int]
    quotes: list[QuoteSpan]


def _quotes(text: str, source: str, candidates: list[QuoteSpan], attributions: list[Attribution | None],
            entities: list[Entity], resolver: PersonResolver) -> list[Quote]:
    quotes: list[Quote] = []
    last_person: str | None = None
    persons = sorted(((m.start, e) for e in entities if _person_like(e) for m in e.mentions
                      if e.type == "person" or not _DETERMINED.search(text, max(0, m.start - 6), m.start)),
                     key=lambda p: p[0])
    mentions = _Mentions(persons, [p for p, _ in persons], [q.outer_start for q in candidates], candidates)
    bodies = sorted(((m.start, e) for e in entities if e.type == "organization" for m in e.mentions), key=lambda p: p[0])
    for quote, attr in zip(candidates, attributions, strict=True):
        if not _is_quote(text, quote, attr):
            continue
        start, speaker, role, inferred = _stated_speaker(text, quote, attr)
        at = attr.position if attr else quote.start
        if speaker:
            speaker, role, inferred = _stand_in(speaker, role, inferred, at, entities, mentions)
        organisation = bool(speaker and speaker.lower() == "it")
        if organisation:  # "…," it said: the organisation named last before it
            speaker, inferred = _body_before(at, bodies, mentions), True
        elif speaker and is_pronoun(speaker):  # the person named last before the pronoun, as below
            speaker, inferred = _pronoun_speaker(speaker, at, mentions, last_person), True
        if speaker:
            speaker, role = _resolved(speaker, role, resolver)
            last_person = last_person if organisation else speaker  # "they said" later is no organisation's
        body = text[start : quote.end]
        if not body.strip():
            continue
        quotes.append(Quote(speaker=speaker, speaker_role=role, text=body, speaker_inferred=bool(speaker and inferred),
                            span=Span(source=source, start=start, end=quote.end, text=body)))
    return quotes


def _is_quote(text: str, quote: QuoteSpan, attr: Attribution | None) -> bool:
    """Speech, or a single word a cue verb explicitly credits ("the plan was “unworkable,” Okafor said")
    that does not open with a capital (a title or a name in quotation marks)."""
    return is_speech(text, quote) or (attr is not None and attr.explicit and quote.words(text) == 1
                                      and not text[quote.start].isupper())


def _stated_speaker(text: str, quote: QuoteSpan, attr: Attribution | None) -> tuple[int, str | None, str | None, bool]:
    """Where the quoted words start, and the speaker, role and whether inferred, as the text states
    them: a transcript's "NAME:" inside the quote, else the attribution."""
    transcript = transcript_speaker(text, quote)
    if transcript:
        speaker, start = transcript
        return start, speaker, None, False
    inferred = attr is None or not attr.explicit
    if attr is not None:
        return quote.start, attr.phrase.name, attr.phrase.role, inferred
    return quote.start, None, None, inferred


def _stand_in(speaker: str, role: str | None, inferred: bool, at: int, entities: list[Entity],
              mentions: _Mentions) -> tuple[str, str | None, bool]:
    """A speaker written as a description stands in for someone named earlier: "her spokeswoman" is the
    spokeswoman of the person named last (not that person), "the senator" the senator named before."""
    owned = _OWNED.match(speaker)
    if owned:
        owner = _person_before(at, mentions)
        return (f"{owner.name}'s {owned.group(1)}", owned.group(1), True) if owner else (speaker, role, inferred)
    if _DESCRIBED.fullmatch(speaker):
        named = _described(speaker, at, entities)
        if named is not None:
            return named.name, role or (named.roles[0] if named.roles else None), True
    return speaker, role, inferred


def _pronoun_speaker(pronoun: str, at: int, mentions: _Mentions, last_person: str | None) -> str | None:
    """The person named last before the pronoun who fits its gender, else the last speaker. Speech
    attributed to a name-shaped entity is the evidence it is a person, so its type says so from now on."""
    index = _antecedent(at, _PRONOUN_GENDER.get(pronoun.lower()), mentions)
    if index < 0:
        return last_person
    entity = mentions.persons[index][1]
    entity.type = "person"
    return entity.name


def _body_before(at: int, bodies: list[tuple[int, Entity]], mentions: _Mentions) -> str | None:
    """The organisation named last before ``at`` outside quotes, which "it said" refers to (None if none)."""
    index = bisect.bisect_left([p for p, _ in bodies], at) - 1
    while index >= 0 and _inside(bodies[index][0], mentions):
        index -= 1
    return bodies[index][1].name if index >= 0 else None


def _resolved(speaker: str, role: str | None, resolver: PersonResolver) -> tuple[str, str | None]:
    """The speaker under the name the article's entity uses ("Okafor" is "Ngozi Okafor"), with its role."""
    entity = resolver(speaker)
    if entity is None and " of " in speaker:
        # "Colm Farrah of Orrin Police": the person, of an organisation, when the article names the person.
        person, _, body = speaker.partition(" of ")
        entity = resolver(person)
        if entity is not None and entity.type == "person":
            return entity.name, f"{role} of {body}" if role else None
    if entity is None:
        return speaker, role
    return entity.name, role or (entity.roles[0] if entity.roles else None)


_OWNED = re.compile(r"(?:his|her|their)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)", re.IGNORECASE)
_DESCRIBED = re.compile(r"the\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*", re.IGNORECASE)


def _person_before(at: int, mentions: _Mentions) -> Entity | None:
    index = bisect.bisect_left(mentions.positions, at) - 1
    while index >= 0 and _inside(mentions.persons[index][0], mentions):
        index -= 1
    return mentions.persons[index][1] if index >= 0 else None


def _described(description: str, at: int, entities: list[Entity]) -> Entity | None:
    """The entity a definite description names, by its last mention before ``at``: "the senator" is the
    person whose title says senator, "the finance ministry" the organisation whose name holds those words.

    Only a head that is a title or an organisation's head word is read, and every word of the
    description must be in the title or name, so "the doctors" or "the crowd" stay as written.
    """
    words = description.lower().split()[1:]
    head = words[-1]
    if not (is_title_word(head) or head in ORG_WORDS):
        return None
    person = is_title_word(head)
    best: tuple[int, Entity] | None = None
    for entity in entities:
        texts = entity.roles if person else [entity.name, *entity.aliases]
        if entity.type != ("person" if person else "organization") or not any(
                set(words) <= set(re.findall(r"[a-z]+", t.lower())) for t in texts):
            continue
        before = [m.start for m in entity.mentions if m.start < at]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), entity)
    return best[1] if best else None


_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
def _antecedent(at: int, gender: str | None, mentions: _Mentions) -> int:
    """Index in ``persons`` of the mention a pronoun refers to (the nearest before it that fits), or -1.

    A person whose title or honorific says the other gender ("Mr. Brenn" for "she") does not fit;
    names inside quotes are what was said, not who said it.
    """
    persons = mentions.persons
    index = bisect.bisect_left(mentions.positions, at) - 1
    while index >= 0 and (_inside(persons[index][0], mentions) or not _fits(persons[index][1], gender)):
        index -= 1
    return index


def _fits(entity: Entity, gender: str | None) -> bool:
    if gender is None:
        return True
    words = {w.lower().rstrip(".") for role in entity.roles for w in role.split()}
    other = FEMININE_WORDS if gender == "m" else MASCULINE_WORDS
    return not words & other


def _inside(position: int, mentions: _Mentions) -> bool:
    at = bisect.bisect_right(mentions.quote_starts, position) - 1
    return at >= 0 and position < mentions.quotes[at].outer_end


# "the Corrin Vale mine": a name after an article is a place's or a body's, not a person's.
_DETERMINED = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


def _person_like(entity: Entity) -> bool:
    """A person, or a run shaped like a name ("Ngozi Okafor") that lacked other evidence of being one;
    a run ending in an organisation's head word ("Harbour Rescue Station") is no person's name."""
    words = entity.name.split()
    return entity.type == "person" or (
        entity.type == "other" and 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words)
        and words[-1].lower() not in ORG_WORDS
    )


_COMPARED_WITH = re.compile(r"\b(?:than|compared (?:with|to)|against)\s+(?:on\s+|in\s+|at\s+)?(?:the\s+)?(?:level\s+)?(?:of\s+)?$",
                            re.IGNORECASE)


# "a strike that has idled the plant since Oct. 5", "a walkout that began Monday, Oct. 5": a state or an act
# the sentence dates by its start, in a clause beside the sentence's own act, is an event of its own. Only
# after "since" or a relative clause's start verb: "The blaze started Tuesday" is the sentence's own act.
_STARTED = re.compile(r"(?:\bsince|\b(?:that|which)\s+(?:has\s+|had\s+)?(?:began|begun|started|broke out|erupted)"
                      r"(?:\s+on)?)\s+$", re.IGNORECASE)
_STARTED_REACH = 40
# "this year" / "this month" on its own names the period the sentence is set in; "earlier this year" dates an act.
_CURRENT_PERIOD = re.compile(r"this\s+(?:week|month|year)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r",\s|;\s|\s[-–—]\s|\(|\b(?:ending|after|before|when|while)\s")
_RELATIVE_OPENING = re.compile(r"(?:which|that|who)\b")
_THAT_CLAUSE = re.compile(r"\b(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:that|which)\s")


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
        if _COMPARED_WITH.search(text, max(0, mention.start - 30), mention.start):
            continue  # "3 feet lower than on Thursday": the day compared with, not the day of the act
        if mention.relative and _CURRENT_PERIOD.match(text, mention.start):
            continue  # "will cost 40 million this year": the period a figure holds for, not the day of an act
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
