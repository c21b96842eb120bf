"""What kind of thing a capitalised name is: a person, an organisation, a place, a group or other.

Read from the name's own words first (a head word such as "Ministry" or "Port", a title, an acronym),
then the words around it ("in Lagos", "the region of Tarvia", "Tarvia's voters"), then its shape; a
run shaped like a person's name is only provisionally one (see
:mod:`~summarizer.extract.offline.people`).
"""

from __future__ import annotations

import re

from summarizer.extract.offline.lexicon import (
    COMMON_WORDS,
    GOVERNMENT_WORDS,
    INSTITUTION_WORDS,
    ORG_WORDS,
    PLACE_NOUNS,
    PLACE_WORDS,
    ROLE_NOUN_RE,
    territory_names,
)
from summarizer.schema import EntityType

# "to" only after a word of going ("fled to Orrland", "a trip to Brannock"): alone it names whom a thing is given,
# said or married to ("a rebuke to Ana Lund", "lied to the Bureau") as often as where someone goes.
_PLACE_CONTEXT = re.compile(r"(?<!according )\b(?:in|at|from|near|across|outside|into|throughout|towards?|via|"
                            r"(?:fle[de]s?|fleeing|flew|fl(?:y|ies|ying|own)|travell?(?:ed|ing|s)?|mov(?:e|ed|es|ing)|"
                            r"return(?:ed|ing|s)?|went|go(?:es|ing|ne)?|head(?:ed|ing|s)?|sail(?:ed|ing|s)?|dr(?:o|i)ve|"
                            r"driving|came|com(?:e|es|ing)|deported|evacuated|relocated|trips?|visits?|journey|flights?|"
                            r"back)\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
# Where a person works, after the job: "senior economist at Brightvale", "an analyst at the Orrin": the employer
# ("a spokesman for Ana Lund" may name the person he speaks for, so "for" says nothing).
# "spokeswoman at Orrin", "director of marketing at Orrin": a post held at the name, the employer's.
_EMPLOYER_BEFORE = re.compile(rf"\b{ROLE_NOUN_RE}(?:\s+of\s+[a-z]+(?:\s+(?:and|&)\s+[a-z]+)?)?\s+at\s+(?:the\s+)?$", re.IGNORECASE)
# "from the Tarvian government", "in the Republican field": after "the", a lowercase word closes the phrase on its
# head noun, so the capitalised word before it only qualifies that noun and the preposition says nothing of it.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# A name governed by a place noun ("the northern region of Tarvia", "the people of Tarvia"), or an
# organisation's jurisdiction after its acronym ("the Electoral Commission (CEL) of Tarvia").
_PLACE_OF = re.compile(rf"(?:\b(?:{'|'.join(sorted(PLACE_NOUNS))})|\([A-Z]{{2,}}\))\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# A name owning what only a territory has: "Tarvia's voters", "Tarvia's Health Ministry".
_PLACE_OWNS = re.compile(rf"['’]s\s+(?:[a-z-]+\s+)?(?:{'|'.join(sorted(PLACE_NOUNS))})\b|['’]s\s+(?:[A-Z][\w-]*\s+){{0,3}}"
                         rf"(?i:{'|'.join(sorted(GOVERNMENT_WORDS))})\b")
_PLACE_PREFIXES = frozenset(["new", "united", "north", "south", "east", "west", "san", "santa", "los", "las", "fort",
                             "mount", "lake", "saint", "st", "upper", "lower", "greater"])
# The endings of an adjective made from a name ("Tarvian", "Orrish", "Democratic", "Republican").
ADJECTIVE_SUFFIXES = ("ian", "ean", "can", "yan", "ese", "ish", "ic")
_DOCUMENT_WORDS = frozenset(["act", "law", "bill", "treaty", "accord", "agreement", "plan", "program", "programme",
                             "report", "constitution", "amendment", "resolution", "convention", "protocol"])
# A lowercase word after a name that is not a verb: the name modifies a noun ("Republican lawmakers").
BEFORE_NOUN = re.compile(r"\s+(?!(?:said|says|told|and|or|is|was|has|had|who|will|would)\b)[a-z]{3,}")
_NAME_PARTICLES = frozenset(["von", "van", "der", "den", "de", "da", "di", "del", "della", "dos", "du", "le", "la", "bin",
                             "ibn", "al", "el", "ter", "ten"])
# A district named for the service it runs is the body that runs it, not a territory.
_SERVICE_AREAS = frozenset(["district", "districts"])
_SERVICES = frozenset(["water", "school", "schools", "sanitation", "irrigation", "fire", "utility", "utilities", "transit",
                       "park", "parks", "sewer", "drainage", "conservation", "hospital", "health", "library", "port",
                       "flood", "power", "electric", "airport", "housing"])
_GROUP_SUFFIX = ("ans", "ists", "ites", "ese", "ers", "ats", "cans", "ians", "ards", "ish")


# One word with a capital after small letters inside it; not a surname's "McAdam", "MacLeod", "DeLuca", "LaRue", "VanDyke".
CAMEL_CASE = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Fitz)[A-Z])[A-Z][a-z]+(?:[A-Z][a-z]+)+")


def classify(text: str, name: str, start: int, role: str | None) -> EntityType:
    """The name's own words first, then the words around it, then its shape."""
    words = [w.lower().rstrip(".") for w in name.split()]
    return _type_by_words(name, words, role) or _type_by_context(text, name, start, words) \
        or _type_by_shape(text, name, start, words)


def _type_by_words(name: str, words: list[str], role: str | None) -> EntityType | None:
    """A head word ("Act", "Ministry", "Port"), a title, or an acronym settles the type."""
    if words[-1] in _DOCUMENT_WORDS:
        return "other"
    if any(w in ORG_WORDS or (len(w) >= 7 and w.endswith("s") and w[:-1] in ORG_WORDS) for w in words) or "&" in words:
        # "Kessler & Vahn": a firm, never a person; "Centers for …", "Departments of …": bodies in the plural
        return "organization"
    if len(words) >= 2 and (words[-1] in INSTITUTION_WORDS or (words[0] in INSTITUTION_WORDS and "of" in words)):
        return "organization"  # "Vantreight Museum", "Museum of Clocks": the institution, not its building
    if words[-1] in _SERVICE_AREAS and len(words) >= 2 and words[-2] in _SERVICES:
        return "organization"  # "Corvell Valley Water District", "Orrin School District": a body that runs a service
    if words[-1] in PLACE_WORDS or ("of" in words[1:] and words[words.index("of") - 1] in PLACE_WORDS):
        return "place"  # "Orrin Bay", "the Republic of Tarvia", "the Free City of Orrland"
    if CAMEL_CASE.fullmatch(name):
        return "organization"  # "StayNest", "PayPal": a brand's one word with a capital inside, never a person's name
    if role:
        return "person"
    if name.lower() in territory_names():  # "Sweden", "Denmark", "South Korea": CLDR's names of territories
        return "place"
    if re.fullmatch(r"[A-Z]{2,}(?:-[A-Z]+)?", name):
        return "organization"
    return None


# A common noun for a body right before the name ("the operator Ostrane Minerals", "the mining company
# Brackwater"), or an office or body only an organisation has, owned by the name ("Ostrane's chief executive").
# The nouns of a firm, one list for the readers before a name (here) and after it (people._BODY_ROLE).
FIRM_NOUNS = ("company|firm|operator|carrier|airline|insurer|lender|retailer|manufacturer|supplier|utility|charity|"
              "regulator|broadcaster|conglomerate|subsidiary|chain")
_BODY_NOUNS = f"{FIRM_NOUNS}|employer|group|union|agency"
_BODY_BEFORE = re.compile(rf"\b(?:the|a|an|its|their)\s+(?:[a-z-]+\s+)?(?:{_BODY_NOUNS})\s+$")
_BODY_OWNS = re.compile(r"['’]s\s+(?:chief executive|managing director|general manager|chief operating officer|"
                        r"board(?! member)|shareholders|employees|staff|workforce|managers|headquarters|chief financial "
                        r"officer|ceo|cfo|chairman|chairwoman)\b")


def _type_by_context(text: str, name: str, start: int, words: list[str]) -> EntityType | None:
    """A short name where only a place fits: "in Lagos", "the region of Tarvia", "Tarvia's voters"; a name
    an organisation's noun introduces or whose officers it owns: "the operator Ostrane", "Ostrane's
    chief executive"."""
    if _BODY_BEFORE.search(text, max(0, start - 40), start) or _BODY_OWNS.match(text, start + len(name)):
        return "organization"
    if _EMPLOYER_BEFORE.search(text, max(0, start - 40), start):
        return "organization"
    if len(words) > 3 or _people_or_adjective(text, name, start, words):
        return None
    noun = BEFORE_NOUN.match(text, start + len(name))
    if noun and _THE_BEFORE.search(text, max(0, start - 5), start) and noun.group().strip() not in COMMON_WORDS:
        return "other"  # "the Ronald Reagan administration", "the Orrin Capitol complex": no person, no place
    if _PLACE_CONTEXT.search(text[max(0, start - 20) : start]):
        return "place"
    if _PLACE_OF.search(text, max(0, start - 40), start) or _PLACE_OWNS.match(text, start + len(name)):
        return "place"
    return None


def _people_or_adjective(text: str, name: str, start: int, words: list[str]) -> bool:
    """Is the one word a plural of a people or an adjective before a noun ("pushback from Tarvians", "from Tarvian
    forces"), which a preposition before it does not make a place? Its shape types it."""
    if len(words) != 1:
        return False
    return (words[0].endswith(_GROUP_SUFFIX) and words[0].endswith("s")) or (
        words[0].endswith(ADJECTIVE_SUFFIXES) and BEFORE_NOUN.match(text, start + len(name)) is not None)


def _type_by_shape(text: str, name: str, start: int, words: list[str]) -> EntityType:
    """What the name looks like: a plural of a people ("Tarvians"), a place prefix ("New", "Fort"), an
    adjective before a noun, or two to four capitalised words (a provisional person)."""
    if len(words) == 1 and words[0].endswith(_GROUP_SUFFIX) and words[0].endswith("s"):
        return "group"
    if len(words) >= 2 and words[0] in _PLACE_PREFIXES:
        return "place"
    if len(words) == 1 and words[0].endswith(ADJECTIVE_SUFFIXES) and BEFORE_NOUN.match(text, start + len(name)):
        return "group"  # "Republican lawmakers", "Afghan forces": an affiliation, not a thing on its own
    named = [w for w in name.split() if w.lower() not in _NAME_PARTICLES]
    if 2 <= len(named) <= 4 and all(w[:1].isupper() for w in named) and name.split()[0][:1].isupper():
        return "person"  # provisional: kept only with evidence (see people.confirm_people); "Ursula von der Leyen" too
    return "other"
