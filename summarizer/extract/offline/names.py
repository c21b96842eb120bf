"""Proper-name runs and the noun phrases that name a speaker.

A speaker phrase in news prose is a name, a title plus a name, a name with an appositive role
("Okafor, a spokeswoman for the ministry,") or a description ("the California congressman").
Splitting those parts apart once here lets quotes, entities and claims share one reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.extract.offline.lexicon import (
    COMMON_WORDS,
    MONTH_RE,
    NAME_SUFFIXES,
    ORG_WORDS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLE_QUALIFIERS,
    WEEKDAY_RE,
    is_title_word,
)

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
# One capitalised word: "Okafor", "O'Brien", "Holtz-Eakin", "McCain", an initial "G.K." or an acronym.
NAME_WORD = (
    rf"(?:[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)*(?:['’][{_UPPER}]?[{_LOWER}]+)?(?:-[{_UPPER}]?[{_LOWER}]+)*"
    rf"|Mc[{_UPPER}][{_LOWER}]+|[{_UPPER}]\.(?:[{_UPPER}]\.)*|[{_UPPER}]{{2,}}(?:-[{_UPPER}]+)?)"
)
PARTICLE = r"(?:de|del|della|da|van|von|der|den|bin|ibn|al|el|la|le|du|dos|di|of|for|and|the)"
# A capitalised run, allowing name particles and "of the" inside organisation names. An abbreviation's dot
# ("Dr.", "St.") stays in the run; after an all-capitals word ("BRANNOCK. At the inspection") it ends a sentence.
_ABBREVIATION_DOT = r"(?:(?<![A-Z]{2})\.)?"
NAME_RUN = rf"{NAME_WORD}{_ABBREVIATION_DOT}(?:\s+(?:{PARTICLE}\s+){{0,2}}{NAME_WORD}{_ABBREVIATION_DOT})*"
NAME_RUN_RE = re.compile(rf"(?<![\w.]){NAME_RUN}(?![\w])")
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
_TRAILING_PARTICLES = re.compile(rf"(?:\s+{PARTICLE})+$")

DESCRIPTION_RE = re.compile(
    rf"^(?:the|a|an|one|two|three|several|some|many|other)\s+(?:[\w'’\-]+\s+){{0,12}}?[{_LOWER}\-]+$|"
    rf"^(?:[\w'’.\-]+\s+){{0,3}}(?:police|officials|authorities|investigators|prosecutors|witnesses|residents|analysts|experts|"
    rf"critics|sources|organizers|organisers|protesters|doctors|workers|officers|aides)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SpeakerPhrase:
    """A parsed speaker: the name (or description), its role, and where the name sits in the phrase."""

    name: str
    role: str | None
    offset: int  # start of ``name`` inside the phrase it was parsed from


_NOT_ROLE = re.compile(rf"(?:{WEEKDAY_RE}|{MONTH_RE}|On|In|At|By|And|But|When|After|Before|Then|Yesterday|Today)$")


def split_title(run: str) -> tuple[str | None, str]:
    """Split "Finance Minister Ngozi Okafor" into ("Finance Minister", "Ngozi Okafor").

    The role ends at the last title word; a run made only of titles has no name.
    """
    words = run.split()
    last_title = -1
    for i, word in enumerate(words[:-1]):
        if is_title_word(word):
            last_title = i
    if last_title < 0:
        return None, run
    end = last_title + 1
    while end < len(words) - 2 and words[end][:1].isupper() and words[end].lower() in TITLE_QUALIFIERS:
        end += 1  # "Chief Executive Maren Tolliver": the office runs through its qualifier
    while last_title > 0 and _NOT_ROLE.match(words[0]):  # "Monday Senator Ivo Crane": the weekday is no role
        words, last_title, end = words[1:], last_title - 1, end - 1
    rest = [w.rstrip(".,").lower() for w in words[end:]]
    if all(w in NAME_SUFFIXES for w in rest):  # "Martin Luther King Jr.": a name with a suffix, not a title
        return None, run
    if rest[0] in ORG_WORDS:  # "Justice Department", "State Department": the office names the organisation
        return None, run
    if end < len(words) - 1 and words[end] in ("of", "for"):  # "Secretary of Defense Lloyd Austin"
        end += 2 if words[end + 1] == "the" else 1
        while end < len(words) - 1 and words[end][:1].isupper() and (end == len(words) - 2 or words[end] in (
                "the", "of")):
            end += 1
        end = min(end + 1, len(words))
    return " ".join(words[:end]), " ".join(words[end:])


def clean_name(name: str) -> str:
    """Drop possessives, trailing particles and stray punctuation from a name run."""
    if _INITIALISM.fullmatch(name.strip(" ,;:")):  # "U.S." keeps its last dot
        return name.strip(" ,;:")
    name = re.sub(r"['’]s$", "", name.strip(" ,.;:\"'“”‘’()"))
    name = _TRAILING_PARTICLES.sub("", name)
    return name.strip()


def _split_runs(text: str) -> list[tuple[int, str]]:
    """Name runs, with "Okafor and Brenn" split in two unless the left part names an organisation."""
    out: list[tuple[int, str]] = []
    for match in NAME_RUN_RE.finditer(text):
        start, run = match.start(), match.group()
        owner = _POSSESSIVE_OWNER.match(run)
        if owner and _owns_a_name(owner.group(1), run[owner.end():]):
            # "Tarvia's Regional Electoral Commission": the owner and the organisation are two names.
            out.append((start, owner.group(1)))
            start, run = start + owner.end(), run[owner.end():]
        pieces = run.split(" and ")
        if len(pieces) == 1 and " of " in run:  # "Nancy Pelosi of California": a person and her state
            left = run.split(" of ", 1)[0].split()
            titled = [i for i, w in enumerate(left) if is_title_word(w)]
            if titled and len(left) - titled[-1] > 2:  # "Harbour Inspector Lena Marsh of Orrin Port Police"
                left = left[titled[-1] + 1 :]
            if len(left) >= 2 and not any(w.lower().rstrip(".") in ORG_WORDS or is_title_word(w) for w in left):
                pieces = run.split(" of ", 1)
                out.append((start, pieces[0]))
                out.append((start + len(pieces[0]) + 4, pieces[1]))
                continue
        # "Okafor and Brenn" is two; "Ministry of Health and Welfare" one; "the Ministry of Health and the
        # Ministry of Finance" two again: each side has an organisation's head word.
        if len(pieces) > 1 and (not any(w.lower() in ORG_WORDS for w in pieces[0].split())
                                or all(any(w.lower() in ORG_WORDS for w in p.split()) or _ACRONYM.fullmatch(p)
                                       for p in pieces)):
            offset = 0
            for piece in pieces:
                out.append((start + offset, piece))
                offset += len(piece) + len(" and ")
        else:
            out.append((start, run))
    return out


# "the NCRC": an organisation named by its acronym, one side of "Orrin Police and the NCRC".
_ACRONYM = re.compile(r"(?:the\s+)?[A-Z]{2,}")
_POSSESSIVE_OWNER = re.compile(r"(\S+(?:\s+\S+){0,3}?['’]s)\s+(?=\S)")
_CORPORATE = frozenset(["corp", "corporation", "inc", "ltd", "llc", "plc", "group", "holdings", "company", "co",
                        "industries", "partners"])
_PLURAL_OWNERS = frozenset(["men", "women", "children", "people"])  # "Women's Health Network" is one name


def _owns_a_name(owner: str, rest: str) -> bool:
    """Whether "Owner's Rest" is two names: not "McDonald's Corporation", "Children's Hospital"."""
    words = re.split(r"\s+(?:and|of|for)\s+", rest)[0].split()  # "… Corporation and the Children's Hospital"
    head = owner.split()[-1][:-2].lower()
    if head in _PLURAL_OWNERS or is_title_word(head) or head in COMMON_WORDS:
        return False
    if len(words) == 1:
        low = words[0].lower().rstrip(".")
        return low in ORG_WORDS and low not in _CORPORATE
    return True


def name_runs(text: str) -> list[tuple[int, str]]:
    """Capitalised runs, split where a full stop ends a sentence inside the run ("March. According")."""
    runs: list[tuple[int, str]] = []
    for match in _split_runs(text):
        start, run = match
        for part in re.finditer(r"\S.*?(?:(?<=[a-z]{2}[a-z])\.(?=\s)|$)", run):
            piece = part.group()
            words = piece.split()
            if len(words) == 1 and is_title_word(piece) and part.end() < len(run):
                runs.append((start + part.start(), run[part.start():]))  # "Gov. Okafor": keep together
                break
            runs.append((start + part.start(), piece.rstrip(".") if part.end() < len(run) else piece))
    return runs


def is_pronoun(text: str) -> bool:
    return text.strip().lower() in PRONOUNS


_LAST_WORD = re.compile(r"([A-Za-z]+)$")
_BOUNDARY_BEFORE = re.compile(r"(?:^|[,;:(]|--|[—–]|\b(?:that|and|but|when|as|while|because|after|so))\s*$")
# An appositive opens lowercase ("a spokeswoman", "the ministry's engineer") or with an owner's name and
# its possessive before a lowercase role ("Acme Rail's chief executive"): the owner is not the speaker.
_APPOSITIVE_AFTER = re.compile(r"^\s*,\s*(?:a|an|the|who|whose|[a-z0-9]|(?:[A-Z][\w&.\-]*\s+){0,4}[A-Z][\w&.\-]*['’]s?\s+[a-z])")
_VERBISH = frozenset(["is", "was", "are", "were", "has", "have", "had", "will", "would", "said", "says", "told",
                      "to", "and", "but", "then"])
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
    if _COORDINATED.search(text):
        # "Lund apologised to the families and said …": the cue's subject is the clause's, not the object
        # of the verb before "and".
        return clause_subject(clause)
    return _pointing_subject(clause, text) or _named_subject(clause, text) or _described_subject(clause, text)


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
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "of", "for", "and"])


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
        return SpeakerPhrase(name=word.group(1), role=None, offset=_offset(clause, word.group(1)))
    owned = _OWNED_DESCRIPTION.search(text)
    if owned:
        return SpeakerPhrase(name=owned.group(1), role=None, offset=_offset(clause, owned.group(1)))
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
        return SpeakerPhrase(name=phrase, role=None, offset=_offset(clause, phrase))
    title, name = split_title(chosen.group())
    name = clean_name(name)
    words = name.split()
    if words and words[0].lower() in COMMON_WORDS and len(words) > 1:
        name = " ".join(words[1:])
    if not name or name.lower() in COMMON_WORDS:
        return None
    appositive = text[chosen.end():].strip(" ,")
    if _CLAUSE_NOT_ROLE.match(appositive):  # "who was criticised by …", "responding to …"
        appositive = ""
    return SpeakerPhrase(name=name, role=_join_roles(title, appositive or None), offset=_offset(clause, name))


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
    det = list(re.finditer(r"\b(?:the|a|an)\s", phrase, re.I))
    if det and len(phrase[det[0].start():].split()) > 14:
        phrase = phrase[det[-1].start():]
    elif det:
        phrase = phrase[det[0].start():]
    if phrase and DESCRIPTION_RE.match(phrase) and len(phrase.split()) <= 14 and not (_VERBISH - {"and"}).intersection(
            w.lower() for w in phrase.split()) and not any(w.endswith("ed") for w in phrase.split()[1:-1]) \
            and not is_thing(phrase):
        return SpeakerPhrase(name=phrase, role=None, offset=_offset(clause, phrase))
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
    """", the top Democrat on the committee, one of the states suing" but not ", called on Obama to …"."""
    if not _APPOSITIVE_AFTER.match(after) or len(after) > 220:
        return False
    for part in after.split(",")[1:]:
        first = part.strip().split(" ", 1)[0] if part.strip() else ""
        if first.endswith("ed") or first.lower() in _VERBISH:
            return False
    return True


def _offset(clause: str, name: str) -> int:
    at = clause.rfind(name)
    return max(0, at)


# An appositive that is a clause about the speaker, not an office: "who leads…", "responding to…".
_CLAUSE_NOT_ROLE = re.compile(r"(?:who|whom|whose|which|that|where|when|while)\b|[a-z]+ing\b(?!\s+(?:officer|"
                              r"director|manager|partner|editor|member|chair))")
_APPOSITION = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*,\s*((?:a|an|the|head|chief|[a-z])[^,.;]{2,120})")
_ROLE_THEN_NAME = re.compile(rf"((?:the|a|an|his|her|their|its)\s+[^,.;“”\"]{{2,80}}?),\s*({NAME_RUN})(?=\s*(?:[,.;:!?]|$))")
# "the doctor Mira Lund", "the hospital director Mira Lund": lowercase role words, then the name ending the phrase.
_DET_ROLE_NAME = re.compile(rf"(?:the|a|an)\s+((?:[a-z][\w'’\-]*\s+){{1,4}}?)({NAME_RUN})"
                            rf"(?=\s*(?:[,.;:!?]|$|\s(?:who|in|on|at|during|to|for|from|of)\b))")
_NAME_THEN_STOP = re.compile(rf"({NAME_RUN})(?=\s*(?:[,.;:!?(—–-]|$|\s(?:who|in|on|at|during|after|before|when|of|"
                             rf"to|for|about|and|as|while|said|says|told|"
                             # "said chief executive Colm Rafferty this morning": the time closes the name
                             rf"this|yesterday|today|tonight|last|earlier|later)\b))")


def parse_after_cue(rest: str, appositive: bool = True) -> SpeakerPhrase | None:
    """Parse the subject that follows an inverted cue ("said Finance Minister Ngozi Okafor, who …").

    A lowercase role may come first ("said 9/11 widow Terry Strada"); it becomes the role.
    """
    text = rest.lstrip()
    lead = len(rest) - len(text)
    prefix = re.match(r"((?:(?:[a-z0-9/'’\-]+)\s+){1,4}?)(?=[A-Z])", text)
    role_prefix: str | None = None
    if prefix and not re.match(r"(?:the|a|an|his|her|their|its|that|this|in|on|at|to|of)\s", text):
        role_prefix = prefix.group(1).strip()
        text = text[prefix.end():]
        lead += prefix.end()
    match = _NAME_THEN_STOP.match(text)
    if match:
        title, name = split_title(match.group(1))
        name = clean_name(name)
        if len(name.split()) > 1 and name.split()[0].lower() in COMMON_WORDS:
            name = name.split(" ", 1)[1]
        if not name or name.lower() in COMMON_WORDS or is_title_word(name):
            return None
        role = _join_roles(role_prefix, title)
        after = text[match.end():]
        apposition = _APPOSITION.match(after) if appositive else None
        if apposition and not _CLAUSE_NOT_ROLE.match(apposition.group(1)):
            role = _join_roles(role, apposition.group(1).strip())
        return SpeakerPhrase(name=name, role=role, offset=lead + match.group(1).find(name))
    if role_prefix:
        return None
    role_name = _role_before_name(text, lead)  # "the doctor Mira Lund", "the Minister of Finance, Ngozi Okafor"
    if role_name:
        return role_name
    word = re.match(r"([A-Za-z]+)\b", text)
    if word and is_pronoun(word.group(1)):
        return SpeakerPhrase(name=word.group(1), role=None, offset=lead)
    desc = re.match(r"((?:the|a|an|one|another)\s+(?:[\w'’\-]+\s+){0,8}?[a-z\-]+)(?=\s*(?:[,.;]|$|\s(?:in|on|at|who|during|to)\b))",
                    text, re.I)
    if desc and not is_thing(desc.group(1)) and not (_VERBISH - {"and"}).intersection(desc.group(1).lower().split()):
        return SpeakerPhrase(name=desc.group(1), role=None, offset=lead)
    return None


def _role_before_name(text: str, lead: int) -> SpeakerPhrase | None:
    """A role before the name: with a comma ("declared the Minister of Finance, Ngozi Okafor."), or lowercase role
    words between the article and the name ("said the doctor Mira Lund"); not a phrase with a function word
    in it ("the state of Ohio", "a man in Texas"), which is a description."""
    described = _ROLE_THEN_NAME.match(text)
    if described:
        title, name = split_title(described.group(2))
        return SpeakerPhrase(name=clean_name(name), role=_join_roles(described.group(1), title),
                             offset=lead + described.start(2) + described.group(2).find(name))
    match = _DET_ROLE_NAME.match(text)
    if match is None or any(w in COMMON_WORDS for w in match.group(1).split()):
        return None
    title, name = split_title(match.group(2))
    name = clean_name(name)
    if not name or name.lower() in COMMON_WORDS or is_title_word(name):
        return None
    return SpeakerPhrase(name=name, role=_join_roles(match.group(1).strip(), title),
                         offset=lead + match.start(2) + match.group(2).find(name))


def _join_roles(first: str | None, second: str | None) -> str | None:
    parts = [strip_article(p) for p in (first, second) if p]
    return ", ".join(p for p in parts if p) or None


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an|his|her|their|its)\s+(?=\S)", re.IGNORECASE)


def strip_article(role: str) -> str:
    """"the Deputy Minister of Finance" -> "Deputy Minister of Finance", "her spokeswoman" -> "spokeswoman".

    The article belongs to the sentence, not to the role: without it the same office reads the same
    in every source, and it can be shown after a name ("Okafor, Deputy Minister of Finance").
    """
    return _LEADING_ARTICLE.sub("", role.strip())
