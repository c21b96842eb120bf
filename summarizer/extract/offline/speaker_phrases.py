"""Speaker phrases: the noun phrase next to a cue verb, read as who spoke and in what role.

A speaker phrase in news prose is a name, a title plus a name, a name with an appositive role
("Okafor, a spokeswoman for the ministry,") or a description ("the California congressman").
Splitting those parts apart once here lets quotes and claims share one reading; the name runs it
reads come from :mod:`~summarizer.extract.offline.names`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.extract.offline.lexicon import (
    COMMON_WORDS,
    IRREGULAR_PAST,
    MONTH_RE,
    ORG_WORDS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEAKING_GROUPS,
    TITLE_QUALIFIERS,
    is_title_word,
)
from summarizer.extract.offline.names import (
    CAPITALISED_OFFICE,
    LOWER,
    NAME_RUN,
    NAME_RUN_RE,
    clean_name,
    split_title,
    strip_article,
)
from summarizer.function_words import AUXILIARIES, COORDINATORS, DETERMINERS, MORE_PREPOSITIONS, PREPOSITIONS
from summarizer.text import longest_first

DESCRIPTION_RE = re.compile(
    rf"^(?:the|a|an|one|two|three|several|some|many|other)\s+(?:[\w'’\-]+\s+){{0,12}}?(?:[{LOWER}\-]+|\d+-year-old)$|"
    rf"^(?:[\w'’.\-]+\s+){{0,3}}(?:{'|'.join(sorted(SPEAKING_GROUPS))})$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SpeakerPhrase:
    """A parsed speaker: the name (or description), its role, and where the name sits in the phrase."""

    name: str
    role: str | None
    offset: int  # start of ``name`` inside the phrase it was parsed from


def is_pronoun(text: str) -> bool:
    return text.strip().lower() in PRONOUNS


_LAST_WORD = re.compile(r"([A-Za-z]+)$")
_BOUNDARY_BEFORE = re.compile(r"(?:^|[,;:(]|--|[—–]|\b(?:that|and|but|when|as|while|because|after|so))\s*$")
# An appositive opens lowercase ("a spokeswoman", "the ministry's engineer") or with an owner's name and
# its possessive before a lowercase role ("Acme Rail's chief executive"): the owner is not the speaker.
_APPOSITIVE_AFTER = re.compile(r"^\s*,\s*(?:a|an|the|who|whose|[a-z0-9]|(?:[A-Z][\w&.\-]*\s+){0,4}[A-Z][\w&.\-]*['’]s?\s+[a-z])")
# ", Chair", ", Chief Financial Officer", ", Director of Finance": capitalised words of an office, to the cue.
_OFFICE_AFTER = re.compile(r"^\s*,\s*[A-Z][\w&.\-]*(?:\s+[\w&.\-]+){0,5}\s*,?\s*$")
_OFFICE_AT_BODY = re.compile(rf"\s*,\s*{CAPITALISED_OFFICE}\s*(?=,|$)")
VERBISH = AUXILIARIES | frozenset(["said", "says", "told", "to", "and", "but", "then"])
# A legislator's party and state set after the name, news style: "R-Ky.", "D-N.Y.", "Republican of Nebraska".
_PARTY_LABEL = re.compile(r",\s*(?:[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?|(?:Republican|Democrat|Democratic|"
                          r"Independent)(?:\s+(?:of|from)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?)$")
_ASIDE = re.compile(r"\s*(?:--|[—–])[^—–]{2,200}?(?:--|[—–])\s*$|\s*\([^()]{1,60}\)")


_COMPLEMENT_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|its)\s+(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*\s+"
                                r"(?:for|of|to|with)\s+(?:the\s+)?$")
_OWNED_DESCRIPTION = re.compile(r"(?:^|[,;:]\s*)((?:his|her|their|its)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)$",
                                re.IGNORECASE)


def parse_before_cue(clause: str) -> SpeakerPhrase | None:
    """Parse the subject that ends a clause right before a cue verb ("…, Okafor, a spokeswoman, said").

    The speaker is the first name that opens a clause and is followed only by appositives up to the
    cue, so "Pruitt, the attorney general of Oklahoma, one of the states suing," resolves to Pruitt.
    Failing a name, a pronoun or "her spokeswoman" is taken as written, and failing that a description.
    """
    text = _ASIDE.sub("", clause.rstrip()).rstrip().rstrip(",").rstrip()
    text = _PARTY_LABEL.sub("", text)  # "Sen. Ana Lund, R-Ore.,": the label after a name is no speaker
    cut = clause.find(", ") + 2
    if _PARTICIPLE_OPENING.match(text) and cut > 1:
        # "Speaking for Minister Halima Sow, ministry spokesman Idrissa Kane said": the opening phrase is no subject.
        after = parse_before_cue(clause[cut:])
        if after is not None:
            return SpeakerPhrase(after.name, after.role, cut + after.offset)
    if _COORDINATED.search(text):
        # "Lund apologised to the families and said …": the cue's subject is the clause's, not the object
        # of the verb before "and".
        return clause_subject(clause)
    phrase = (_pointing_subject(clause, text) or _named_subject(clause, text) or _described_subject(clause, text)
              or _governed(clause, text) or _owned_subject(clause, text))
    if phrase is not None and clause.rstrip().endswith(",") and _AFTER_WORD.search(clause[: phrase.offset]):
        # "he praised the council, called …", "Lund thanked the crews, said …": a verb phrase in a list, whose
        # subject opens the clause; the phrase after its verb is what the verb acted on.
        subject = clause_subject(clause)
        if subject is not None and subject.offset < phrase.offset and not _RELATIVE_BEFORE.search(clause[: subject.offset]):
            return subject  # not the subject of "a deal that Lund floated": the list's verbs are the main clause's
    return phrase


# A lowercase word (a verb, a preposition) before the phrase in its own comma-set segment: the phrase is no subject.
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|whom)\s+(?:[A-Z][a-z]{0,4}\.\s+)?$")
# A coordinator or subordinator opens a clause of its own ("…, but General Ana Lund, …"): it is no such word.
_AFTER_WORD = re.compile(r"(?:^|,\s)[^,]*\b(?!(?:the|a|an|his|her|their|its|our|my|your|and|but|or|nor|yet|so|while|"
                         r"whereas|although|though|because|when|as|that|since|after|before|if)\b)[a-z]{2,}\s+[^,]*$")


# "Governor Hallie Brock's office", "Okafor's lawyers": someone speaking for a named person or body.
_OWNED_SUBJECT = re.compile(rf"(?:^|(?<=[,;:(]\s)|(?<=\bthat\s))({NAME_RUN})['’]s\s+((?:[{LOWER}\-]+\s+){{0,2}}[{LOWER}\-]+)$")
_SPEAKING_FOR = frozenset(["office", "campaign", "team", "lawyer", "lawyers", "attorney", "attorneys", "family", "aides",
                           "aide", "staff"])


def _owned_subject(clause: str, text: str) -> SpeakerPhrase | None:
    """The office, staff or spokesperson of a named person or body, written with the owner's possessive."""
    found = _OWNED_SUBJECT.search(text)
    if found is None:
        return None
    head = found.group(2).split()[-1]
    if head not in _SPEAKING_FOR and head not in ROLE_NOUNS and head not in ORG_WORDS:
        return None
    owner = clean_name(split_title(found.group(1))[1]) or found.group(1)
    phrase = f"{owner}'s {found.group(2)}"
    return SpeakerPhrase(name=phrase, role=found.group(2), offset=phrase_offset(clause, owner))


ROLE_WORDS = ROLE_NOUNS | TITLE_QUALIFIERS
def parse_before_participle(clause: str) -> SpeakerPhrase | None:
    """The speaker of a participle cue ("…, saying"): the name right before it, but a described thing or
    person there is what the participle qualifies ("put out a video saying", "issued a statement
    saying"), and the speaker is the clause's subject."""
    phrase = parse_before_cue(clause)
    if phrase is not None and (is_pronoun(phrase.name) or (
            phrase.name[:1].isupper() and phrase.name.split()[0].lower() not in _DETERMINERS)):
        return phrase
    return clause_subject(clause) or phrase


_COORDINATED = re.compile(r"(?:^|\s)(?:and|but)$")
_CLAUSE_START = re.compile(r",\s+|\b(?:that|because|when|after|while|since|although|though|whereas|if)\s+")
_PARTICIPLE_OPENING = re.compile(r"[A-Z][a-z]+(?:ing|ed)\b")  # "Trying to quell the row, Lund …", "Asked about …"
_PERSONAL = frozenset(["he", "she", "they", "we", "i", "it"])
_SUBJECT_WORD = re.compile(r"[\w'’.&-]+|,")
# Words that open a description rather than a name ("the", "their", "of the board", "and the union").
_DETERMINERS = DETERMINERS | (COORDINATORS - {"but", "or", "nor"}) | frozenset(["of", "for"])


def clause_subject(clause: str) -> SpeakerPhrase | None:
    """The subject opening a clause, read up to its verb: "Port director Ana Lund put out a video …" is
    Lund's, "The mayor, Ines Calloway, apologised …" Calloway's, "She apologised …" a pronoun's.

    The subject runs over capitalised words, titles and offices, organisation heads, determiners and
    possessives (and a comma-set appositive after a name); the first other lowercase word is the verb.
    A leading adverbial ("Asked about the delay, Lund …") is skipped by trying each comma's clause in turn.
    """
    starts = [0] + [m.end() for m in _CLAUSE_START.finditer(clause)]
    for start in reversed(starts):  # the nearest clause first: "He confirmed that Ryan called him and told him"
        end = _subject_end(clause, start)
        if end is None or end == start or _PARTICIPLE_OPENING.match(clause, start):
            continue
        phrase = _pointing_subject(clause[start:end], clause[start:end].rstrip(" ,")) \
            or _named_subject(clause[start:end], clause[start:end].rstrip(" ,")) \
            or _described_subject(clause[start:end], clause[start:end].rstrip(" ,"))
        if phrase is not None and not is_thing(phrase.name):
            return SpeakerPhrase(phrase.name, phrase.role, start + phrase.offset)
    return None


def _subject_end(clause: str, start: int) -> int | None:
    """Where the verb after a clause's subject starts (None when the clause has no lowercase word)."""
    in_aside, named, aside_at = False, False, None
    words = list(_SUBJECT_WORD.finditer(clause, start))
    for i, match in enumerate(words):
        word = match.group()
        if word == ",":
            in_aside = not in_aside  # ", a spokeswoman for the port," is an appositive: read through it
            aside_at = match.start() if in_aside else None
            continue
        low = word.lower().rstrip(".")
        if in_aside or word[:1].isupper() or word[:1].isdigit() or (low in _PERSONAL and match.start() == start):
            named = named or (word[:1].isupper() and low not in _DETERMINERS) or low in _PERSONAL
            continue
        if low in _DETERMINERS or is_title_word(low) or low in ROLE_WORDS or low in ORG_WORDS \
                or re.search(r"['’]s$", low):
            continue
        if not low.endswith("ed") and low not in COMMON_WORDS and (
                any(w.group().lower() in ROLE_WORDS or w.group().lower() in ORG_WORDS for w in words[i + 1 : i + 3])
                or (not named and any(w.group()[:1].isupper() for w in words[i + 1 : i + 4]))):
            # "vice presidential candidate Paul Ryan", "rail operator spokeswoman", "the water authority":
            # lowercase words describing the office, the body or the name to come
            continue
        return match.start()
    # "Rutger Vandeleur, standing at the pithead (telling …)": an aside left open runs to the cue, and the
    # name before it is the subject.
    if aside_at is None or not in_aside or not named:
        return None
    opening = re.match(r",\s*([a-z]+)", clause[aside_at:])
    return aside_at if opening and opening.group(1).endswith("ing") else None


def _pointing_subject(clause: str, text: str) -> SpeakerPhrase | None:
    """A subject that points to someone named elsewhere: a pronoun ("she said"), or someone speaking for
    a person named before ("her spokeswoman said"), not that person."""
    word = _LAST_WORD.search(text[-24:])
    if word and is_pronoun(word.group(1)):
        return SpeakerPhrase(name=word.group(1), role=None, offset=phrase_offset(clause, word.group(1)))
    owned = _OWNED_DESCRIPTION.search(text)
    if owned:
        return SpeakerPhrase(name=owned.group(1), role=None, offset=phrase_offset(clause, owned.group(1)))
    return None


def _named_subject(clause: str, text: str) -> SpeakerPhrase | None:
    """The first name that opens a clause and runs to the cue through appositives only, with its title and
    appositive as the role; or the description of the speaker that name completes."""
    chosen = _subject_run(text)
    if chosen is None:
        return None
    complement = _COMPLEMENT_BEFORE.search(text, 0, chosen.start())
    if complement is not None and _BOUNDARY_BEFORE.search(text[: complement.start()]):
        # "a spokeswoman for Finance Minister Ngozi Okafor", "the lawyer of Ana Lund": the name completes a
        # description of the speaker and is not who spoke.
        phrase = text[complement.start():]
        return SpeakerPhrase(name=phrase, role=None, offset=phrase_offset(clause, phrase))
    at = _governor_at(text, chosen)
    if at is not None:
        return _governing_subject(clause, text, at, chosen)
    title, name = split_title(chosen.group())
    name = clean_name(name)
    words = name.split()
    if words and words[0].lower() in COMMON_WORDS and len(words) > 1:
        name = " ".join(words[1:])
    if not name or name.lower() in COMMON_WORDS:
        return None
    held = _OFFICE_AT_BODY.match(text, chosen.end())  # the office alone, not a clause after it
    appositive = (held.group() if held else text[chosen.end():]).strip(" ,")
    if CLAUSE_NOT_ROLE.match(appositive):  # "who was criticised by …", "responding to …"
        appositive = ""
    return SpeakerPhrase(name=name, role=join_roles(title, appositive or None), offset=phrase_offset(clause, name))


# A preposition before a name makes it its object ("staff in Dunmore", "In Dunmore"); not one that also opens a
# clause ("as the director has said", "after a poll") or an infinitive ("sought to clarify").
_PREPOSITION = "|".join(sorted((PREPOSITIONS | MORE_PREPOSITIONS) - {"as", "after", "before", "since", "until", "than", "to"},
                               key=longest_first))
_GOVERNS = re.compile(rf"\s(?:{_PREPOSITION})\s", re.IGNORECASE)
_OPENS_GOVERNED = re.compile(rf"(?:{_PREPOSITION})\s+(?:the\s+)?", re.IGNORECASE)
_ENDS_GOVERNING = re.compile(rf"(?:^|(?<=\s))(?:{_PREPOSITION})\s+(?:the\s+)?$", re.IGNORECASE)


def _governor_at(text: str, chosen: re.Match[str]) -> int | None:
    """Where the preposition governing the chosen name starts, if one does."""
    if _OPENS_GOVERNED.match(chosen.group()):
        return chosen.start()
    found = _ENDS_GOVERNING.search(text, 0, chosen.start())
    return None if found is None else found.start()


def _governing_subject(clause: str, text: str, at: int, chosen: re.Match[str]) -> SpeakerPhrase | None:
    """Whom a name governed by a preposition places: "ferry staff in Dunmore said" (the staff, not the town),
    "Mayor Ana Lund in Dunmore said" (Lund), "In Dunmore, officials said" (the officials after the adverbial)."""
    head = text[:at].rstrip()
    if not head or _BOUNDARY_BEFORE.search(head):  # an opening adverbial: the subject follows it
        rest = text[chosen.end():].lstrip(" ,")
        if not rest:
            return None
        found = _named_subject(clause, rest) or _described_subject(clause, rest)
        return found if found is None or found.name != rest or DESCRIPTION_RE.match(rest) else None
    return _head_before(clause, text, at)


def _governed(clause: str, text: str) -> SpeakerPhrase | None:
    """The subject before the first preposition of the last clause, when nothing else read one: "Maggie Haberman
    in the Lorant Courier today", "officials with the port authority quickly"."""
    part_at = max((m.end() for m in re.finditer(r",\s*|\bthat\s+|--|[—–]", text)), default=0)
    found = _GOVERNS.search(text, part_at)
    if found is None or found.start() <= part_at or _has_verb(text[found.end():].split()):
        return None
    return _head_before(clause, text, found.start())


def _has_verb(words: list[str]) -> bool:  # of the words after a preposition: a clause, not a place
    return any(w.lower() in VERBISH | IRREGULAR_PAST or (w.islower() and w.endswith("ed")) for w in words)


def _head_before(clause: str, text: str, at: int) -> SpeakerPhrase | None:
    """Who the words before the preposition at ``at`` name: a name ending there, or a short description (kept
    with what the preposition adds: "ferry staff in Dunmore"); none for a clause ("Lund sought … after a poll")."""
    head = text[:at].rstrip()
    named = _named_subject(clause, head)  # a name after a verb is its object: "the Office upgraded Pine Vale from"
    if named is not None and head.endswith(named.name) and not _has_verb(head[: -len(named.name)].split()):
        return named
    described = _described_subject(clause, head)
    part = described.name if described is not None else re.split(r",\s*|\bthat\s+|--|[—–]", head)[-1].strip()
    words = part.split()
    if not words or len(words) > _DESCRIPTION_WORDS or _has_verb(words[1:]) or words[0].lower() in VERBISH | PREPOSITIONS \
            or not (words[-1].islower() or words[-1].lower() in COMMON_WORDS | ROLE_WORDS | ORG_WORDS):  # "staff", "Police"
        return None
    phrase = _TRAILING_ADVERBS.sub("", text[text.rfind(part, 0, at):])
    return SpeakerPhrase(name=phrase, role=None, offset=phrase_offset(clause, phrase))


_TRAILING_ADVERBS = re.compile(r"(?:\s+(?:[a-z]+ly|today|yesterday|tonight|now|also|again|later|earlier))+$")
_DESCRIPTION_WORDS = 6  # "the ferry company's night staff": a description before its place, not a clause


def _subject_run(text: str) -> re.Match[str] | None:
    """The first name run that opens a clause and is followed by nothing or by appositives alone."""
    for match in NAME_RUN_RE.finditer(text):
        after = text[match.end():]
        if after.strip() and not _is_appositive_chain(after):
            continue
        if _BOUNDARY_BEFORE.search(text[max(0, match.start() - 12) : match.start()]) or not after.strip():
            return match
    return None


def _described_subject(clause: str, text: str) -> SpeakerPhrase | None:
    """The last clause's describing phrase ("the ministry's chief engineer"), from its first determiner (its
    last when the phrase runs long); none that reads as a verb phrase or names a thing."""
    parts = re.split(r",\s*|\bthat\s+|--|[—–]", text)
    phrase = parts[-1].strip() if parts else ""
    det = [d for d in re.finditer(r"\b(?:the|a|an)\s", phrase, re.I)
           if not _ENDS_GOVERNING.search(phrase, 0, d.start()) or not phrase[: d.start()].strip()]  # "staff at the …"
    if det and len(phrase[det[0].start():].split()) > 14:
        phrase = phrase[det[-1].start():]
    elif det:
        phrase = phrase[det[0].start():]
    if phrase and DESCRIPTION_RE.match(phrase) and len(phrase.split()) <= 14 and not (VERBISH - {"and"}).intersection(
            w.lower() for w in phrase.split()) and not any(w.endswith("ed") for w in phrase.split()[1:-1]) \
            and not is_thing(phrase):
        return SpeakerPhrase(name=phrase, role=None, offset=phrase_offset(clause, phrase))
    return None


# Heads of noun phrases that name a thing or a time, never someone who speaks: "a March 21 phone (call)",
# "the statement", "last week's letter". A describing phrase ending in one is no speaker.
_THING_HEADS = frozenset(re.findall(r"[a-z-]+", """
    phone call calls statement letter release message email e-mail day days week weeks month months year years
    morning afternoon evening night time hour hours minute minutes
"""))
# A phrase that ends in a date is that date ("a March 21"); "the Jan. 6 committee" is not one.
_DATE_AT_END = re.compile(rf"(?:\b{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                          rf"{MONTH_RE})\W*$")


def is_thing(phrase: str) -> bool:
    """A describing phrase for a thing or a date ("a March 21 phone"), not for a person or an organisation."""
    words = re.findall(r"[A-Za-z][\w'’-]*", phrase)
    return bool(words) and (words[-1].lower() in _THING_HEADS or _DATE_AT_END.search(phrase) is not None)


def _is_appositive_chain(after: str) -> bool:
    """", the top Democrat on the committee, one of the states suing" but not ", called on Obama to …"; an office in
    capitals alone (", Chair,", ", Chief Executive Officer,", ", Director of Finance,") is an appositive too."""
    held = _OFFICE_AT_BODY.match(after)  # ", Chairman of Prints at Kessler & Vahn, who took the sale,"
    if held is not None:
        return not after[held.end():].strip(" ,") or _is_appositive_chain(after[held.end():])
    words = after.strip(" ,").split()
    if _OFFICE_AFTER.match(after) and any(is_title_word(w) or w.lower() in ROLE_NOUNS for w in words if w[0].isupper()) \
            and not any(w.lower() in VERBISH or w.endswith("ed") for w in words):
        return True
    if not _APPOSITIVE_AFTER.match(after) or len(after) > 220:
        return False
    for part in after.split(",")[1:]:
        first = part.strip().split(" ", 1)[0] if part.strip() else ""
        if first.endswith("ed") or first.lower() in VERBISH:
            return False
    return True


def phrase_offset(clause: str, name: str) -> int:
    at = clause.rfind(name)
    return max(0, at)


# An appositive that is a clause about the speaker, not an office: "who leads…", "responding to…".
CLAUSE_NOT_ROLE = re.compile(r"(?:who|whom|whose|which|that|where|when|while)\b|[a-z]+ing\b(?!\s+(?:officer|"
                              r"director|manager|partner|editor|member|chair))")



def join_roles(first: str | None, second: str | None) -> str | None:
    parts = [strip_article(p) for p in (first, second) if p]
    return ", ".join(p for p in parts if p) or None
