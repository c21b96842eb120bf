"""Proper-name runs: the capitalised stretches of text that may name someone, and a title split off them.

Quotes, entities and claims all start from the same runs ("Finance Minister Ngozi Okafor", "the Ministry
of Health"), so where a run ends, where an owner's possessive or an "and" cuts it in two, and which of
its words are an office and not the name is decided once, here. What a run means next to a cue verb is
:mod:`~summarizer.extract.offline.speaker_phrases`; what it names in the article is
:mod:`~summarizer.extract.offline.entities`.
"""

from __future__ import annotations

import re

from summarizer.extract.offline.legal_forms import UNCAPITALISED_FORMS
from summarizer.extract.offline.lexicon import (
    AUXILIARIES,
    CLAUSE_OPENERS,
    COMMON_WORDS,
    CUE_VERBS,
    IRREGULAR_PAST,
    MONTH_RE,
    NAME_SUFFIXES,
    NOT_PAST,
    ORG_WORDS,
    PLACE_WORDS,
    PREPOSITIONS,
    ROLE_NOUN_RE,
    TITLE_QUALIFIERS,
    WEEKDAY_RE,
    is_title_word,
)
from summarizer.text import stop_ends_sentence

_UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"  # lowercase letters with the Latin-1 accented ones; a description's head word is one
# One capitalised word: "Okafor", "O'Brien", "Holtz-Eakin", "McCain", an initial "G.K." or an acronym.
NAME_WORD = (
    rf"(?:[{_UPPER}][{LOWER}]+(?:[{_UPPER}][{LOWER}]+)*(?:['’][{_UPPER}]?[{LOWER}]+)?(?:-[{_UPPER}]?[{LOWER}]+)*"
    # A plural possessive inside a name, "Dockers' Union", "Farmers' Alliance": the name goes on after it.
    rf"(?:(?<=s)['’](?=[ \t]+[{_UPPER}]))?"
    # "O'Reilly", "D’Angelo": one capital, an apostrophe, then the name.
    rf"|[{_UPPER}]['’][{_UPPER}][{LOWER}]+"
    rf"|Mc[{_UPPER}][{LOWER}]+|[{_UPPER}]\.(?:[{_UPPER}]\.)*|[{_UPPER}]{{2,}}(?:-[{_UPPER}]+)?)"
)
PARTICLE = r"(?:de|del|della|da|van|von|der|den|bin|ibn|al|el|la|le|du|dos|di|of|for|and|the|&)"  # "Kessler & Vahn"
# A capitalised run, allowing name particles and "of the" inside organisation names. An abbreviation's dot
# ("Dr.", "St.") stays in the run; after an all-capitals word ("BRANNOCK. At the inspection") it ends a sentence.
_ABBREVIATION_DOT = r"(?:(?<![A-Z]{2})\.)?"
# An Arabic article joined to the family name by a hyphen, lowercase inside a name: "Mahmoud al-Rashid".
_JOINED_ARTICLE = rf"(?:(?:al|el|ul|ad|ar|as|ash|at|az|an)-(?=[{_UPPER}]))?"
_FORM_AFTER = rf"(?:\s+(?:{'|'.join(re.escape(f) for f in UNCAPITALISED_FORMS)})(?!\w))?"  # 'Kestrava GmbH'
NAME_RUN = rf"{NAME_WORD}{_ABBREVIATION_DOT}(?:\s+(?:{PARTICLE}\s+){{0,2}}{_JOINED_ARTICLE}{NAME_WORD}{_ABBREVIATION_DOT})*{_FORM_AFTER}"
NAME_RUN_RE = re.compile(rf"(?<![\w.]){NAME_RUN}(?![\w])")
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
_TRAILING_PARTICLES = re.compile(rf"(?:\s+{PARTICLE})+$")

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
    if rest[0] in ORG_WORDS or rest[0] in PLACE_WORDS:
        # "Justice Department", "State Department": the office names the organisation; "Skerrow Head Spaceport",
        # "Beacon Head Harbour": a headland's name before a place word is a place's, no title.
        return None, run
    if end < len(words) - 1 and words[end] in ("of", "for"):  # "Secretary of Defense Lloyd Austin"
        end += 2 if words[end + 1] == "the" else 1
        while end < len(words) - 1 and words[end][:1].isupper() and (end == len(words) - 2 or words[end] in (
                "the", "of")):
            end += 1
        end = min(end + 1, len(words))
    return _role_and_name(words, _office_end(words, end))


def _role_and_name(words: list[str], end: int) -> tuple[str, str]:
    if end == len(words) - 1 and words[end].strip(".,;:").lower() in ORG_WORDS:
        # "Director of Communications for the Port Authority": the body's head word ends the office; nobody is named.
        return " ".join(words), ""
    return " ".join(words[:end]), " ".join(words[end:])


def _office_end(words: list[str], end: int) -> int:
    """"Governor of the Reserve Bank of Ostria Ana Lund", "Minister of Health and Welfare Ana Lund": the office's object
    runs on through a body's head word ("Bank") and each "of", "and" or "for" with the capitalised word after it; no
    name starts with a linking word."""
    while end < len(words) - 1:
        if words[end].lower() in ORG_WORDS and words[end][:1].isupper():
            end += 1
            continue
        after = end + 2 if words[end + 1] == "the" else end + 1
        if words[end] not in ("of", "and", "for") or after >= len(words) or not words[after][:1].isupper():
            break
        end = after + 1
    return end


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
            out.append((start, owner.group(1).rstrip("'’")))  # "Brackwater Chemicals'" is "Brackwater Chemicals"
            start, run = start + owner.end(), run[owner.end():]
        pieces = run.split(" and ")
        if len(pieces) == 1 and _person_of_place(run):
            out.extend(_of_split(start, run))
            continue
        # "Okafor and Brenn" is two; "Ministry of Health and Welfare" one; "the Ministry of Health and the
        # Ministry of Finance" two again: each side after the first has an organisation's head word, or is
        # "the" and a name of its own ("the Ministry of Health and the Red Cross").
        if len(pieces) > 1 and _one_body(text, start, pieces):
            out.append((start, run))
        elif len(pieces) > 1 and (not any(_body_word(w) for w in pieces[0].split())
                                  or all(any(w.lower().rstrip(".") in ORG_WORDS for w in p.split()) or _ACRONYM.fullmatch(p)
                                         or _DETERMINED_NAME.fullmatch(p) for p in pieces[1:])):
            offset = 0
            for piece in pieces:  # "Vice President Ana Lund and Rep. Ivo Crane of Tarvia": each side may hold a state
                out.extend(_of_split(start + offset, piece) if _person_of_place(piece) else [(start + offset, piece)])
                offset += len(piece) + len(" and ")
        else:
            out.append((start, run))
    return out


def _one_body(text: str, start: int, pieces: list[str]) -> bool:
    """'the Customs and Excise Service', 'the Food and Drug Administration': after 'the', a piece naming no body and a
    piece of two or three words ending in a body's head word name one body (a person's name takes no 'the'; 'the X and
    the Y' is two names, and so is 'the House and Senate', whose first piece is a body of its own)."""
    last = pieces[-1].split()
    return (len(pieces) == 2 and 2 <= len(last) <= 3 and last[0].lower() != "the" and _body_word(last[-1])
            and not any(_body_word(w) for w in pieces[0].split())
            and (pieces[0].startswith("The ") or text[max(0, start - 4) : start].lower() == "the "))


def _body_word(word: str) -> bool:
    """An organisation's head word, singular or plural ("Ministry", "Centers", "Departments")."""
    low = word.lower().rstrip(".")
    # A short plural may be a surname ("Tyra Banks", "Ivo Courts"); "Centers", "Departments" are not.
    return low in ORG_WORDS or (len(low) >= 7 and low.endswith("s") and (
        low[:-1] in ORG_WORDS or (low[:-2] in ORG_WORDS and low.endswith("es"))))


def _person_of_place(run: str) -> bool:
    """"Nancy Pelosi of California": a person and her state, not one name ("Bank of England" has a body's head)."""
    if " of " not in run:
        return False
    left = [w for w in run.split(" of ", 1)[0].split() if w.lower() != "the"]  # "The Republic of Tarvia" is one name
    titled = [i for i, w in enumerate(left) if is_title_word(w)]
    if titled and len(left) - titled[-1] > 2:  # "Harbour Inspector Lena Marsh of Orrin Port Police"
        left = left[titled[-1] + 1 :]
    # A body's head, singular or plural ("the Departments of Health and Education"), makes one name.
    return len(left) >= 2 and not any(_body_word(w) or is_title_word(w) or w.lower() in PLACE_WORDS
                                      for w in left)  # "the City of Skarnes"


def _of_split(start: int, run: str) -> list[tuple[int, str]]:
    person, place = run.split(" of ", 1)
    return [(start, person), (start + len(person) + 4, place)]


# "the NCRC": an organisation named by its acronym, one side of "Orrin Police and the NCRC".
_ACRONYM = re.compile(r"(?:the\s+)?[A-Z]{2,}")
# "the Red Cross" after "the Ministry of Health and": "the" and two or more capitalised words open a second
# name ("the Arts" in "Ministry of Culture and the Arts" is one word, part of the first).
_DETERMINED_NAME = re.compile(rf"the\s+{NAME_WORD}(?:\s+{NAME_WORD})+")
_POSSESSIVE_OWNER = re.compile(r"(\S+(?:\s+\S+){0,3}?(?:['’]s|s['’]))\s+(?=\S)")
_CORPORATE = frozenset(["corp", "corporation", "inc", "ltd", "llc", "plc", "group", "holdings", "company", "co",
                        "industries", "partners"])
_PLURAL_OWNERS = frozenset(["men", "women", "children", "people"])  # "Women's Health Network" is one name


def _owns_a_name(owner: str, rest: str) -> bool:
    """Whether "Owner's Rest" is two names: not "McDonald's Corporation", "Children's Hospital"."""
    words = re.split(r"\s+(?:and|of|for)\s+", rest)[0].split()  # "… Corporation and the Children's Hospital"
    if owner[-1] in "'’":  # a plural's: "Dockers' Union" is one name, "Brackwater Chemicals' Mill Lane plant" two
        return not words or words[-1].lower().rstrip(".") not in ORG_WORDS
    head = owner.split()[-1][:-2].lower()
    if head in _PLURAL_OWNERS or is_title_word(head) or head in COMMON_WORDS:
        return False
    if len(words) == 1:
        low = words[0].lower().rstrip(".")
        return low in ORG_WORDS and low not in _CORPORATE
    return True


# The particles of a family name, written lowercase before it ("von der Leyen", "de la Cruz", "van Dijk").
SURNAME_PARTICLES = frozenset(["von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "dos", "la", "le",
                               "bin", "ibn", "al"])
_PARTICLES_BEFORE = re.compile(r"(?:(?<=\s)|^)((?:(?:{})\s+){{1,3}})$".format("|".join(sorted(SURNAME_PARTICLES))))


def name_runs(text: str) -> list[tuple[int, str]]:
    """Capitalised runs, split where a full stop ends a sentence inside the run ("March. According").

    A surname written alone keeps the lowercase particles before it ("Later, von der Leyen said"): they are
    part of the name, and "Leyen" alone names no one.
    """
    runs: list[tuple[int, str]] = []
    for match in _split_runs(text):
        start, run = match
        particles = _PARTICLES_BEFORE.search(text, max(0, start - 24), start) if " " not in run else None
        if particles is not None:
            start, run = particles.start(1), text[particles.start(1) : start] + run
        for begin, end in _pieces(text, start, run):
            piece = run[begin:end]
            words = piece.split()
            if is_title_word(words[-1]) and all(is_title_word(w) or w.lower() in TITLE_QUALIFIERS for w in words) \
                    and end < len(run):
                runs.append((start + begin, run[begin:]))  # "Gov. Okafor", "Former Sens. Lund": together
                break
            runs.append((start + begin, piece.rstrip(".") if end < len(run) else piece))
    return runs


_STOP = re.compile(r"\.(?=\s)")
_LOWER_WORD_END = re.compile(r"[a-z]{3}$")


def _pieces(text: str, start: int, run: str) -> list[tuple[int, int]]:
    """Where a run is cut, as (begin, end) in the run: after each full stop that ends a sentence, one after a
    lowercase word of three letters or more or after a word the sentence splitter takes for no abbreviation
    ('near Del Rio. Officials said'; 'Gov. Okafor' and 'J. Smith' stay whole). A line break ends a run too,
    and what stands before it without such a stop is a heading's tail, no name ('Get the Morning Briefing')."""
    cuts = {m.end() for m in _STOP.finditer(run)
            if _LOWER_WORD_END.search(run, 0, m.start()) or stop_ends_sentence(text, start + m.start())}
    out: list[tuple[int, int]] = []
    begin = 0
    for end in sorted({*cuts, *(m.start() for m in re.finditer(r"\n", run)), len(run)}):
        while begin < end and run[begin].isspace():
            begin += 1
        if begin < end and (end in cuts or end == len(run)):
            out.append((begin, end))
        begin = end
    return out

# A body's name as a title after a name writes it, where an office is held: "Norvik Bank", "Kessler & Vahn",
# "the Bank of Ostria".
BODY_NAME = r"[A-Z][\w'’-]*(?:\s+(?:(?:and|&|of|for|the)\s+){0,2}[A-Z][\w'’-]*){0,5}"
# A capitalised office set after a name with where it is held: "Chairman of Modern Art at Kessler & Vahn", "Senior
# Curator at the Mossvale Gallery", "Director of Public Health" (its office words in the group "office").
CAPITALISED_OFFICE = (rf"(?=[A-Z])(?P<office>(?:[A-Z][a-z]+\s+){{0,2}}(?:[A-Z][a-z]+-)?(?i:{ROLE_NOUN_RE})"
                      rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+){{0,3}})?)"
                      rf"(?:\s+(?:at|with|of|for)\s+(?:the\s+)?{BODY_NAME})")

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an|his|her|their|its)\s+(?=\S)", re.IGNORECASE)


# A role's field written after its noun ("vice-rector for research", "director of public health"): one or two
# lower-case words, no article or conjunction, which a title before a name may carry.
ROLE_FIELD = r"(?:\s+(?:for|of)\s+(?!(?:the|a|an|and|or)\b)[a-z][\w-]*(?:\s+(?!(?:and|or)\b)[a-z][\w-]*)?)?"
_FIELD_AT_END = re.compile(rf"{ROLE_FIELD}$")


def split_field(role: str) -> tuple[str, str]:
    """'vice-rector for research' -> ('vice-rector', ' for research'); a role with no field keeps it empty."""
    found = _FIELD_AT_END.search(role)
    return (role[: found.start()], found.group()) if found and found.group() else (role, "")


def strip_article(role: str) -> str:
    """"the Deputy Minister of Finance" -> "Deputy Minister of Finance", "her spokeswoman" -> "spokeswoman".

    The article belongs to the sentence, not to the role: without it the same office reads the same
    in every source, and it can be shown after a name ("Okafor, Deputy Minister of Finance").
    """
    return _LEADING_ARTICLE.sub("", role.strip())


_CLAUSE_WORDS = CUE_VERBS | AUXILIARIES | IRREGULAR_PAST | PREPOSITIONS | (CLAUSE_OPENERS - {"and"}) | frozenset(
    ["including", "excluding", "like", "regarding", "concerning", "following", "unlike", "besides"])


def role_words(role: str) -> str:
    """The role in 'has declared the inspector' (a translation's inverted cue before the name): the words
    after the last article and after the last verb, preposition or conjunction ('Mayor Tove Brandt met
    councillor Olu Idowu', 'the motion filed by attorney Paul Greer' give 'councillor', 'attorney'); a field after the
    role's noun stays ('vice-rector for research')."""
    role, field = split_field(role)
    words = re.split(r"\b(?:the|a|an|its|their|his|her)\s+", role)[-1].split()
    for i in range(len(words) - 2, -1, -1):
        low = words[i].lower()
        if low in _CLAUSE_WORDS or (i and low.endswith("ed") and low not in NOT_PAST):
            return " ".join(words[i + 1 :]) + field
    return " ".join(words) + field
