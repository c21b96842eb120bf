"""Who each quote's speaker is, as an entity of the article: the attribution's phrase resolved.

The attribution rules (:mod:`~summarizer.extract.offline.speakers`) read a phrase next to each quote:
a name, a pronoun, "it", "her spokeswoman", "the senator". This module turns that phrase into the
person or body the article names, by the mentions before it, and builds the :class:`Quote` items.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from summarizer.extract.offline.antecedents import chained_pronoun, described_gender, in_subject_position, named_in, plural_people
from summarizer.extract.offline.lexicon import (
    FEMININE_WORDS,
    GROUP_NOUNS,
    MASCULINE_WORDS,
    ORG_WORDS,
    PRONOUNS,
    ROLE_NOUNS,
    first_role,
    is_title_word,
)
from summarizer.extract.offline.quotes import QuoteSpan, is_scare_quote, is_speech, naming_verb, quoted_by_outlet
from summarizer.extract.offline.resolver import PersonResolver
from summarizer.extract.offline.speaker_phrases import clause_subject, is_pronoun
from summarizer.extract.offline.speakers import Attribution, transcript_speaker
from summarizer.function_words import ARTICLES, PREPOSITIONS
from summarizer.schema import Entity, Quote, Span

__all__ = ["pronoun_referents", "speak_quotes"]

@dataclass(frozen=True)
class _Mentions:
    """People's mentions in text order (``positions`` their starts, for bisection) and the quote
    candidates, whose words are what was said, not who said it."""

    persons: list[tuple[int, Entity]]
    positions: list[int]
    quote_starts: list[int]
    quotes: list[QuoteSpan]
    text: str
    sentence_starts: list[int]
    genders: dict[str, str]  # the person's name -> "f" / "m" where an appositive or a predicate noun says so


def speak_quotes(text: str, source: str, candidates: list[QuoteSpan], attributions: list[Attribution | None],
                 entities: list[Entity], resolver: PersonResolver, sentence_starts: list[int]) -> list[Quote]:
    quotes: list[Quote] = []
    last_person: str | None = None
    mentions = _read_mentions(text, candidates, entities, sentence_starts)
    bodies = sorted(((m.start, e) for e in entities if e.type == "organization" for m in e.mentions), key=lambda p: p[0])
    for quote, attr in zip(candidates, attributions, strict=True):
        if not _is_quote(text, quote, attr):
            continue
        start, speaker, role, inferred = _stated_speaker(text, quote, attr)
        at = attr.position if attr else quote.start
        if speaker:
            speaker, role, inferred = _stand_in(speaker, role, inferred, at, entities, mentions)
        organisation = bool(speaker and speaker.lower() == "it")
        plural_body = (_group_subject(speaker, at, mentions) or _plural_body(speaker, at, bodies, mentions)
                       or plural_people(speaker, text, at, sentence_starts, lambda p: _inside(p, mentions))
                       if speaker else None)
        if organisation:  # "…," it said: the organisation named last before it
            speaker, inferred = _body_before(at, bodies, mentions), True
        elif plural_body is not None:  # "The union voted to strike. "…," they said": the union
            speaker, inferred, organisation = plural_body, True, True
        elif speaker and is_pronoun(speaker):  # the person named last before the pronoun, as below
            speaker, inferred = _pronoun_speaker(speaker, at, mentions, last_person, text[quote.start:quote.end]), True
        if speaker and _names_its_speaker(text, quote, speaker, mentions):
            continue  # 'called Reyes a “traitor”': the word the sentence gives Reyes is not Reyes's
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
    that does not open with a capital (a title or a name in quotation marks); not a name an outlet's report
    marks ('The Valley Times reports the council's “rescue plan” …')."""
    if attr is not None and quoted_by_outlet(text, quote, attr.phrase.name):
        return False
    return is_speech(text, quote) or (attr is not None and attr.explicit and quote.words(text) == 1
                                      and not text[quote.start].isupper())


def _names_its_speaker(text: str, quote: QuoteSpan, speaker: str, mentions: _Mentions) -> bool:
    """A word or short phrase the sentence gives someone as a name ('called Reyes a “traitor”') credited to
    that someone: the person it names is named right before it, after the naming verb."""
    if not is_scare_quote(text, quote):
        return False
    lo = bisect.bisect_left(mentions.positions, max(0, quote.outer_start - SCARE_REACH))
    hi = bisect.bisect_left(mentions.positions, quote.outer_start)
    return any((entity.name == speaker or speaker in entity.aliases)
               and not naming_verb(text, at, quote.outer_start)  # "Vance called the talks “productive”": Vance names
               for at, entity in mentions.persons[lo:hi])


SCARE_REACH = 40  # from the named person to the quoted name: "Reyes a", "the senator's plan a"


def _stated_speaker(text: str, quote: QuoteSpan, attr: Attribution | None) -> tuple[int, str | None, str | None, bool]:
    """Where the quoted words start, and the speaker, role and whether inferred, as the text states
    them: a transcript's "NAME:" inside the quote, else the attribution."""
    transcript = transcript_speaker(text, quote)
    if transcript:
        speaker, start = transcript
        return start, speaker, None, False
    inferred = attr is None or not attr.explicit
    if attr is not None and not _unfinished(attr.phrase.name):  # "“…” — a far cry from the comments": it names no one
        return quote.start, attr.phrase.name, attr.phrase.role, inferred
    return quote.start, None, None, inferred


def _stand_in(speaker: str, role: str | None, inferred: bool, at: int, entities: list[Entity],
              mentions: _Mentions) -> tuple[str, str | None, bool]:
    """A speaker written as a description stands in for someone named earlier: "her spokeswoman" is the
    spokeswoman of the person named last (not that person), "the senator" the senator named before."""
    if _AGED.fullmatch(speaker):  # "the 45-year-old said": the person named last
        person = _person_before(at, mentions)
        return (person.name, role, True) if person else (speaker, role, inferred)
    owned = _OWNED.match(speaker)
    if owned:
        owner = _person_before(at, mentions)
        return (f"{owner.name}'s {owned.group(1)}", owned.group(1), True) if owner else (speaker, role, inferred)
    if _DESCRIBED.fullmatch(speaker):
        named = _described(speaker, at, entities)
        if named is not None:
            return named.name, role or first_role(named.roles), True
    return speaker, role, inferred


def _unfinished(speaker: str) -> bool:
    """A speaker phrase cut off before its noun ("a far cry from the", "officials of the") names nobody."""
    words = speaker.split()
    return len(words) > 1 and words[-1].lower() in _OPEN_WORDS


_OPEN_WORDS = ARTICLES | PREPOSITIONS | frozenset(["and", "or", "of"])


def _read_mentions(text: str, candidates: list[QuoteSpan], entities: list[Entity], sentence_starts: list[int]) -> _Mentions:
    persons = sorted(((m.start, e) for e in entities if _person_like(e) for m in e.mentions
                      if e.type == "person" or not _DETERMINED.search(text, max(0, m.start - 6), m.start)),
                     key=lambda p: p[0])
    genders = {e.name: g for e in {id(e): e for _, e in persons}.values() if (g := described_gender(text, e))}
    return _Mentions(persons, [p for p, _ in persons], [q.outer_start for q in candidates], candidates, text,
                     sentence_starts, genders)


def pronoun_referents(text: str, candidates: list[QuoteSpan], entities: list[Entity],
                      sentence_starts: list[int]) -> Callable[[str, int], str | None]:
    """Who "he" or "she" at an offset is, read as a quote's pronoun speaker is: a sentence that closes "…, she said"
    is that person's statement as much as a quote would be. "They" and "it" are left to the rules for bodies."""
    mentions = _read_mentions(text, candidates, entities, sentence_starts)

    def referent(pronoun: str, at: int) -> str | None:
        if pronoun.lower() not in ("he", "she"):
            return None
        return _pronoun_speaker(pronoun, at, mentions, None, "")

    return referent


def _pronoun_speaker(pronoun: str, at: int, mentions: _Mentions, last_person: str | None, said: str,
                     depth: int = 0) -> str | None:
    """The person named last before the pronoun who fits its gender and whom the quoted words do not name,
    else the last speaker. A nearest person who is no subject (an object, an aside) gives way to the subject
    the text has been following: a same pronoun opening a sentence in between carries the person before it,
    and a subject earlier in the same sentence or the sentence before is preferred. Speech attributed to a
    name-shaped entity is the evidence it is a person, so its type says so from now on."""
    gender = _PRONOUN_GENDER.get(pronoun.lower())
    index = _antecedent(at, gender, mentions, said, last_person)
    if index < 0:
        return last_person
    position = mentions.persons[index][0]
    entity = None
    if not _opens_clause(position, mentions):
        sentence = _sentence_start(position, mentions)
        chained = chained_pronoun(mentions.text, pronoun, sentence, at, mentions.sentence_starts,
                                  lambda p: _inside(p, mentions)) if depth < 4 else None
        if chained is not None:
            return _pronoun_speaker(pronoun, chained, mentions, last_person, said, depth + 1)
        entity = _clause_subject_before(index, gender, said, mentions, same_sentence=at)
    entity = entity or _subject_of_sentence(index, gender, at, mentions, said) or mentions.persons[index][1]
    entity.type = "person"
    return entity.name


def _sentence_start(position: int, mentions: _Mentions) -> int:
    return mentions.sentence_starts[max(0, bisect.bisect_right(mentions.sentence_starts, position) - 1)]


def _opens_clause(position: int, mentions: _Mentions) -> bool:
    return in_subject_position(mentions.text, position, _sentence_start(position, mentions))


def _clause_subject_before(index: int, gender: str | None, said: str, mentions: _Mentions,
                           same_sentence: int | None = None) -> Entity | None:
    """Another person fitting the pronoun who is the subject of the sentence naming candidate ``index``, named
    before it ("Ruiz was arrested over a call to Reyes's office, in which he said …" is Ruiz's). With
    ``same_sentence``, only when the pronoun at that offset stands in the same sentence."""
    position = mentions.persons[index][0]
    start = _sentence_start(position, mentions)
    if same_sentence is not None and _sentence_start(same_sentence, mentions) != start:
        return None
    candidate = mentions.persons[index][1]
    for at, entity in mentions.persons[bisect.bisect_left(mentions.positions, start) : index]:
        if entity is not candidate and not _inside(at, mentions) and _fits(entity, gender, mentions) \
                and not named_in(said, entity) and in_subject_position(mentions.text, at, start):
            return entity
    return None


def _subject_of_sentence(index: int, gender: str | None, pronoun_at: int, mentions: _Mentions,
                         said: str = "") -> Entity | None:
    """The subject of the sentence naming the pronoun's nearest candidate, when another person who fits
    is that subject: after "Mayor Tilde Brask thanked fire chief Oskar Lind.", "she said" is Brask's,
    as a pronoun opening a clause most often continues the last sentence's subject, not its object."""
    position = mentions.persons[index][0]
    at = bisect.bisect_right(mentions.sentence_starts, position) - 1
    if at < 0 or bisect.bisect_right(mentions.sentence_starts, pronoun_at) - 1 != at + 1:
        return None  # only the sentence right before the pronoun's: within one sentence the nearer name holds
    s_start = mentions.sentence_starts[at]
    earlier = index - 1
    while earlier >= 0 and mentions.persons[earlier][0] >= s_start:
        earlier -= 1
    if earlier == index - 1:
        return None  # no other person named earlier in that sentence
    phrase = clause_subject(mentions.text[s_start:position])
    for start, entity in mentions.persons[earlier + 1 : index]:
        if phrase is not None and start == s_start + phrase.offset and entity is not mentions.persons[index][1] \
                and _fits(entity, gender, mentions) and not _inside(start, mentions):
            return entity
    # "Lara Voss, the tenants' lawyer, told the board that her client meant no harm to Reyes.": the sentence's
    # subject, not the nearer clause's or object's.
    return _clause_subject_before(index, gender, said, mentions)


def _group_subject(speaker: str, at: int, mentions: _Mentions) -> str | None:
    """The people "they" are when the sentence before is about a group of them: after "Residents of Elm Street
    met Mayor Ana Lund.", '"…," they said' is the residents', as written, not the mayor's."""
    if speaker.lower() != "they":
        return None
    index = bisect.bisect_right(mentions.sentence_starts, at) - 1
    if index < 1:
        return None
    prev = mentions.text[mentions.sentence_starts[index - 1] : mentions.sentence_starts[index]].strip()
    if _QUOTE_MARK.search(prev):
        return None
    phrase = clause_subject(prev)
    words = phrase.name.split() if phrase else []
    head = next((w for w in words if w.lower() in GROUP_NOUNS), None)
    plural = head is not None and (head.lower().endswith("s") or head.lower() in ("police", "staff", "people"))
    return phrase.name if phrase and plural and words[0].lower() not in PRONOUNS else None


_QUOTE_MARK = re.compile(r"[“”\"«»]")


def _plural_body(speaker: str, at: int, bodies: list[tuple[int, Entity]], mentions: _Mentions) -> str | None:
    """The organisation "they" or "we" speak for: one named in the sentence before the cue or in its own
    sentence, with no person named after it ("they" after people is theirs, as before)."""
    if speaker.lower() not in ("they", "we"):
        return None
    index = bisect.bisect_left([p for p, _ in bodies], at) - 1
    while index >= 0 and _inside(bodies[index][0], mentions):
        index -= 1
    if index < 0:
        return None
    position = bodies[index][0]
    sentence = bisect.bisect_right(mentions.sentence_starts, at) - 1
    if sentence < 0 or position < mentions.sentence_starts[max(0, sentence - 1)]:
        return None
    person = _person_before(at, mentions)
    later = person is not None and any(position < p < at for p, e in mentions.persons if e is person)
    return None if later else bodies[index][1].name


def _body_before(at: int, bodies: list[tuple[int, Entity]], mentions: _Mentions) -> str | None:
    """The organisation named last before ``at`` outside quotes, which "it said" refers to (None if none)."""
    index = bisect.bisect_left([p for p, _ in bodies], at) - 1
    while index >= 0 and _inside(bodies[index][0], mentions):
        index -= 1
    return bodies[index][1].name if index >= 0 else None


def _resolved(speaker: str, role: str | None, resolver: PersonResolver) -> tuple[str, str | None]:
    """The speaker under the name the article's entity uses ("Okafor" is "Ngozi Okafor"), with its role."""
    entity = resolver(speaker)
    if entity is None and _NAMED_BODY.match(speaker):  # "the Orrin Power Company" is the entity "Orrin Power Company"
        named = resolver(speaker[4:])
        entity = named if named is not None and named.type == "organization" else None
    if entity is None and " of " in speaker:
        # "Colm Farrah of Orrin Police": the person, of an organisation, when the article names the person.
        person, _, body = speaker.partition(" of ")
        entity = resolver(person)
        if entity is not None and entity.type == "person":
            return entity.name, f"{role} of {body}" if role else None
    if entity is None:
        return speaker, role
    return entity.name, role or first_role(entity.roles)


_NAMED_BODY = re.compile(r"the\s+[A-Z]")
# "the 45-year-old" alone points back to the person named last; a fuller description ("the 34-year-old mother
# of three") is kept as written, as "the doctors" is.
_AGED = re.compile(r"the\s+\d+-year-old")
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
    person = is_title_word(head) or head in ROLE_NOUNS  # "the senator", "the chief executive"
    if not (person or head in ORG_WORDS):
        return None
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
def _antecedent(at: int, gender: str | None, mentions: _Mentions, said: str = "", last_person: str | None = None) -> int:
    """Index in ``persons`` of the mention a pronoun refers to (the nearest before it that fits), or -1.

    A person whose title or honorific says the other gender ("Mr. Brenn" for "she") does not fit;
    names inside quotes are what was said, not who said it.
    """
    persons = mentions.persons
    index = bisect.bisect_left(mentions.positions, at) - 1
    while index >= 0 and (_inside(persons[index][0], mentions) or not _fits(persons[index][1], gender, mentions)
                          or (named_in(said, persons[index][1]) and persons[index][1].name != last_person)):
        index -= 1
    return index


def _fits(entity: Entity, gender: str | None, mentions: _Mentions | None = None) -> bool:
    if gender is None:
        return True
    described = mentions.genders.get(entity.name) if mentions is not None else None
    if described is not None:
        return described == gender
    words = {w.lower().rstrip(".") for role in entity.roles for w in role.split()}
    other = FEMININE_WORDS if gender == "m" else MASCULINE_WORDS
    return not words & other


def _inside(position: int, mentions: _Mentions) -> bool:
    at = bisect.bisect_right(mentions.quote_starts, position) - 1
    return at >= 0 and position < mentions.quotes[at].outer_end


# "the Corrin Vale mine": a name after an article is a place's or a body's, not a person's.
_DETERMINED = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # letters, and double-barrelled or O'-names


def _person_like(entity: Entity) -> bool:
    """A person, or a run shaped like a name ("Ngozi Okafor", "Maren Okpara-Hale", "Sean O'Dea") that lacked
    other evidence of being one; a run ending in an organisation's head word ("Harbour Rescue Station") is no
    person's name."""
    words = entity.name.split()
    return entity.type == "person" or (
        entity.type == "other" and 2 <= len(words) <= 4 and all(w[:1].isupper() and _NAME_WORD.fullmatch(w) for w in words)
        and words[-1].lower() not in ORG_WORDS
    )
