"""Who wrote an article: a writer's credit in any of its forms, and a header line that is only her name.

Feeds, pages and pasted text credit a writer as "By Ana Lund", "LUND, Ana", "Ana Lund, Health Editor",
"Ana Lund | Staff", a bare name under the headline, a name with her role on the next line, or "Valley Times
staff" (no person at all). :func:`writer_credit` is the one reader of a credit, for every input kind; the
line shapes around it (outlets, sections, dates) are in :mod:`summarizer.ingest.header`.
"""

from __future__ import annotations

import re

from summarizer.calendar_words import MONTH_RE
from summarizer.ingest.header import (
    _BYLINE,
    _NAME,
    _NAME_PARTICLES,
    _OUTLET_WORDS,
    _SECTION_WORDS,
    CREDIT_BY,
    CREDIT_LABEL,
    JOB_WORDS,
    _only_date,
    outlet_name,
    section_label,
)
from summarizer.name_case import person_case
from summarizer.text import STOPWORDS


def without_roles(names: str | None) -> str | None:
    """"Ana Lund, Health Editor" (or "Ana Lund; Health Editor", as trafilatura joins them) names one person:
    a part ending in a job word is her role, a part naming an outlet her employer."""
    if not names:
        return None
    parts = [p.strip() for p in re.split(r"[,;|]", names)]
    kept = [p for p in parts if p and not JOB_WORDS.search(p) and not _OUTLET_WORDS.search(p)]
    return ", ".join(kept) if kept else names


_CREDIT_LEAD = re.compile(rf"^(?:{CREDIT_BY}\b\s*:?|{CREDIT_LABEL}\s*:)\s*")
# "Valley Times staff", "The Courier newsroom", "Staff reporter": the paper credits itself, no person.
_STAFF_CREDIT = re.compile(r"^(?:(?:the\s+)?(?P<outlet>.+?)\s+)?(?:staff(?:\s+(?:writers?|reporters?))?|newsroom|news\s*desk|"
                           r"desk)$|^(?:staff\s+)?(?:reporters?|correspondents?|editors?|writers?)$", re.I)
# Words that qualify a role after a name ("Ana Lund Senior Transport Correspondent", as a page's blocks run together).
_ROLE_QUALIFIERS = frozenset(re.findall(r"[a-z]+", "senior chief deputy associate assistant contributing special "
                                                   "political foreign executive managing staff"))
_ONE_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def writer_credit(credit: str | None, body: str = "") -> tuple[str | None, str | None]:
    """The person (or people) a writer's credit names, and the outlet it names, as prose writes them.

    Inputs credit their writer in many forms ("By Ana Lund", "LUND, Ana", "Lund, Ana", "Ana Lund, Health
    Editor", "Ana Lund | Staff", "Ana Lund | Nordwire", "Ana Lund, Brekke", "Valley Times staff"): a leading
    "By" goes, a role and an employer go (the employer is the outlet, as is a name set after a bar), "Surname,
    Given" (one word each) is turned round, the place she files from goes (:func:`_place`, read against the
    article's ``body``), names joined by "and" are listed, prose after a name goes, capitals become a name's
    case, and a credit to the paper's staff names no person.
    """
    if not credit or not credit.strip():
        return None, None
    text, barred = _bar_outlet(_credit_text(credit))
    if outlet_name(text):
        return None, text  # "Ava Valley Courier" as the author: the outlet, no person
    if re.fullmatch(r"[a-z0-9_.-]+|(?i:no author|unknown|anonymous|n/?a|none|null)", text):
        return None, None  # "admin", "webdesk2": a site's user name; "No Author": no person
    staff = _STAFF_CREDIT.match(text)
    if staff and not re.search(r"[,;|]", staff.group("outlet") or ""):  # "Ana Lund, Correspondent" is hers
        outlet = staff.group("outlet")
        return None, outlet if outlet and re.fullmatch(_NAME, outlet) else None
    parts = [p.strip() for p in re.split(r"[,;|]", text) if p.strip()]
    parts = [q for p in parts for q in _capitals_then_outlet(p)]
    # "Local News" after a bar is her section, not her outlet.
    outlets = [p for p in parts
               if _OUTLET_WORDS.search(p) and not JOB_WORDS.search(p) and not section_label(p) and len(parts) > 1]
    if outlets and parts.index(outlets[0]) > 0:  # "Ana Lund, Valley Times, Oslo": after her employer, her place
        parts = parts[: parts.index(outlets[0]) + 1]
    text = ", ".join(parts)
    names = without_roles(text) or text
    people = [p.strip() for p in names.split(",")]
    if len(people) == 2 and all(_ONE_WORD.fullmatch(p) for p in people):
        people = [f"{people[1]} {people[0]}"]  # "Lund, Ana": the surname first, as a catalogue lists it
    people = [p for i, p in enumerate(people) if not (i and _place(p, people[0], body))]
    people = [_name_only(q) for p in people for q in re.split(r"(?:^|\s+)(?:and|&)\s+", p, flags=re.I) if q]
    # A name in capitals is written as prose writes it: where every name is in capitals every word, else a word of
    # four letters or more ("BBC", "AP" stay initialisms).
    shout = all(p.isupper() for p in people)
    named = ", ".join(person_case(p, initialisms=not shout) for p in people)
    return named or None, outlets[0] if outlets else barred


def _bar_outlet(text: str) -> tuple[str, str | None]:
    """"Ana Lund | Nordwire": a name set after a bar behind the writer's is her outlet, whether or not it has an
    outlet's head word; a role there ("Ana Lund | Staff") or a section ("| Opinion") is left to the other rules."""
    head, bar, tail = text.rpartition("|")
    head, tail = head.strip(), tail.strip()
    if not bar or _person(head.split("|")[0].split(",")[0]) is None or not _outlet_shaped(tail):
        return text, None
    return head, tail


def _outlet_shaped(text: str) -> bool:
    """A name that can be an outlet's: up to five capitalised words, neither a role nor a section's label."""
    return (len(text.split()) <= 5 and re.fullmatch(_NAME, text) is not None and not JOB_WORDS.search(text)
            and not section_label(text))


def _place(part: str, first: str, body: str) -> bool:
    """"Mara Holt, Duluth": a part after a writer's full name that is one capitalised word is the place she files
    from (a writer's name has two words or more; "Lund, Ana" was turned round before), as is a longer name the
    article itself uses ("By Mara Holt, Port Ellery" over "PORT ELLERY - ..."), since a writer is not her
    story's subject (the rule :func:`_bare_byline` reads a bare name by)."""
    if len(first.split()) < 2 or re.fullmatch(_NAME, part) is None or re.search(r"\s(?:and|&)\s", part):
        return False
    words = part.split()
    return len(words) == 1 or (bool(body) and _all_used(words, body))


def _all_used(words: list[str], body: str) -> bool:
    low = body.lower()
    return all(used_in(w, low) for w in words)


def used_in(word: str, low: str) -> bool:
    """The story (``low``, lowercased) uses ``word`` as a whole word: a writer is not her story's subject."""
    return re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", low) is not None


# A credit's date run on after it ("CBS News February 24, 2020, 7:57 AM", or the month alone where a reader
# cut the digits off): never part of a name when digits follow the month or an outlet's name precedes it.
_TRAILING_DATE = re.compile(rf"[\s,|]*\b{MONTH_RE}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?(?:\W+\d.*)?$")
# "ERIC TUCKER Associated Press": a name in capitals, then its employer in mixed case, with no comma between.
_CAPITALS_THEN_MIXED = re.compile(r"(?P<name>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)+)\s+(?P<rest>[A-Z][a-z].*)")


def _credit_text(credit: str) -> str:
    """The credit without its lead ("By", "Author:"), without a date run on after it and without an e-mail address
    (a feed's "ana.lund@example.org (Ana Lund)" names her in the brackets), spaces made single."""
    text = " ".join(credit.split())
    mailed = _MAILED.fullmatch(text)
    if mailed:
        text = mailed.group("name") or mailed.group("after") or ""
    return _without_date(_CREDIT_LEAD.sub("", text))


# "ana.lund@example.org (Ana Lund)", "Ana Lund (ana.lund@example.org)", "Ana Lund <ana.lund@example.org>".
_MAILED = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?:\((?P<name>[^()@]+)\))?|(?P<after>[^()<>@]+?)\s*[(<][\w.+-]+@[\w.-]+[)>]")


def _without_date(text: str) -> str:
    match = _TRAILING_DATE.search(text)
    if match is None or match.start() == 0:
        return text
    if re.search(r"\d", match.group()) or outlet_name(text[: match.start()]):
        return text[: match.start()]
    return text


def _capitals_then_outlet(part: str) -> list[str]:
    match = _CAPITALS_THEN_MIXED.fullmatch(part)
    if match and outlet_name(match["rest"]):
        return [match["name"], match["rest"]]
    return [part]


def first_writer(credits: list[str | None], body: str = "") -> tuple[str | None, str | None]:
    """The person and the outlet of the first credits that name one, most certain source first (a record's
    field, the page's metadata, the text's byline): a feed whose author is its outlet still has a writer in
    the text's "By Ana Lund"; with no person named anywhere, the outlet credited as the author stays the byline.
    ``body`` is the article's text, which tells a place after the name from a second writer."""
    read = [writer_credit(credit, body) for credit in credits]
    person = next((p for p, _ in read if p), None)
    outlet = next((o for _, o in read if o), None)
    # No person anywhere: a credit that is the outlet's name ("BBC News" as the author) is kept as given.
    credited = (_credit_text(c) for c in credits if c)
    return person or next((c for c in credited if outlet_name(c)), None), outlet


def _name_only(credit: str) -> str:
    """"Ingrid Halvorsen covers education" (an author box read as the credit), "Ana Lund Transport Correspondent"
    (a name's block and her role's run together): the name, less the prose or the role after it."""
    match = re.match(_NAME, credit)
    words = credit.split()
    if match and len(match.group().split()) >= 2 and re.match(r"\s+[a-z]", credit[match.end():]):
        if not JOB_WORDS.search(credit[match.end():].strip()):
            return match.group()  # prose after the name
        words = match.group().split()  # "Tom Lund News reporter": a role in lower case after the name
    elif len(words) > 2 and JOB_WORDS.search(words[-1]):  # a role run on after the name, no comma between
        words.pop()
    else:
        return credit
    while len(words) > 2 and (words[-1].lower() in _ROLE_QUALIFIERS or words[-1].lower() in _SECTION_WORDS):
        words.pop()
    return " ".join(words)


def writer_of(line: str) -> str:
    """The name in "Ana Lund, Transport Reporter", "Ana Lund, Kessra Weekly", "Ana Lund, Brekke" or "Ana Lund,
    Transport Correspondent, Kessra Weekly": each part after a comma is her role (ending in a job word), her
    employer (:func:`employer_of`) or, one capitalised word, the place she files from."""
    name, *rest = [p.strip() for p in line.split(",")]
    return name if rest and all(_role(p) or outlet_name(p) or (_place(p, name, "") and " " not in p) for p in rest) \
        else line


def _role(part: str) -> bool:
    return len(part.split()) <= 4 and JOB_WORDS.search(part) is not None


def name_and_outlet(line: str) -> tuple[str, str, str | None] | None:
    """"Ana Lund | Nordwire", "Ana Lund and Ivo Stern · Kestrel Valley Echo", "Ana Lund | Nordwire | 3 March 2031": the
    writers' names and their outlet's (and a date) on one header line, split by bars or dots (a dash splits
    headlines too); the names first, as bylines set them."""
    parts = [p.strip() for p in re.split(r"\s+[|•·]\s+", line)]
    dates = [p for p in parts if _only_date(p)]
    parts = [p for p in parts if p not in dates]
    # "KTV News | Live coverage by Ana Lund": the outlet first, its writers credited after it.
    credit = _CREDIT_PART.match(parts[-1]) if len(parts) == 2 and _outlet_shaped(parts[0]) else None
    if credit and credit.group("label").strip().lower() in _WRITING_LABELS:
        parts = [credit.group("name"), parts[0]]
    elif len(parts) == 2 and _outlet_shaped(parts[0]) and re.match(r"[Bb]y\s", parts[1]):  # "Valley Notes | by Ana Lund"
        parts = [parts[1][3:].strip(), parts[0]]
    if len(parts) != 2 or len(dates) > 1 or not _outlet_shaped(parts[1]) or re.search(r"\d", " ".join(parts)):
        return None
    names = [_person(p) for p in re.split(r"\s*,\s*|\s+(?:and|&)\s+", parts[0])]
    return (", ".join(n for n in names if n), parts[1], dates[0] if dates else None) if all(names) else None


def _role_line(line: str) -> bool:
    """"Staff Writer", "Contributing writer": a writer's role on a line of its own ("Skarholm Chronicle staff"
    names her paper, and is read as the publisher)."""
    words = line.split()
    return (1 <= len(words) <= 4 and line[0].isupper() and JOB_WORDS.search(line) is not None
            and not re.search(r"\d", line) and not _OUTLET_WORDS.search(line.title()))


def name_over_role(lines: list[str], index: int) -> str | None:
    """The writer of a name line with her role on the line under it ("INGRID HALVORSEN" / "Staff Writer"): two
    to four capitalised words, in capitals or not, none an outlet's, a section's or a function word."""
    if index + 1 >= len(lines) or not _role_line(lines[index + 1]):
        return None
    return _person(lines[index])


def name_with_role(line: str) -> str | None:
    """The writer of "ANA LUND | TRANSPORT EDITOR" or "Ana Lund — Staff Writer": a name and her role on one line."""
    parts = re.split(r"\s*[|–—]\s*|\s+-\s+", line, maxsplit=1)
    return _person(parts[0]) if len(parts) == 2 and _role_line(parts[1]) else None


def _person(text: str) -> str | None:
    """A person's name as prose writes it: two to four capitalised words, in capitals or not, none an outlet's,
    a section's or a function word."""
    name = person_case(text.strip()) if text.isupper() else text.strip()
    words = name.split()
    plain = not any(w.lower() in _SECTION_WORDS or w.lower() in STOPWORDS for w in words)
    return name if 2 <= len(words) <= 4 and re.fullmatch(_NAME, name) and not _OUTLET_WORDS.search(name) and plain else None


# "Words: Ana Lund | Pictures: Tomas Rehn", "Text by Ana Lund · Photos by Tomas Rehn": a line of credits.
_CREDIT_PART = re.compile(rf"^(?P<label>[A-Za-z][A-Za-z ]{{1,28}}?)\s*(?::|\bby\b)\s*(?P<name>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)$")
_WRITING_LABELS = frozenset({"words", "text", "story", "reporting", "report", "written", "writing", "author", "reporter",
                             "writer", "interview", "coverage", "live coverage", "live reporting"})
_OTHER_CREDITS = frozenset({"pictures", "picture", "photos", "photo", "photography", "photographs", "images", "video",
                            "graphics", "graphic", "illustration", "illustrations", "editing", "edited", "design",
                            "additional reporting", "produced", "production", "data", "visuals", "maps"})


def credits_line(line: str) -> str | None:
    """The writer of a line that is only credits, split by bars or dots, each "Label: Name" or "Label by
    Name": the name labelled as the words' (a photographer or an editor is not the writer)."""
    parts = re.split(r"\s+[|•·]\s+", line)
    if len(parts) < 2:
        return None
    writer = None
    for part in parts:
        credit = _CREDIT_PART.match(part.strip())
        label = credit.group("label").strip().lower() if credit else ""
        if credit is None or label not in _WRITING_LABELS | _OTHER_CREDITS:
            return None
        if label in _WRITING_LABELS:
            writer = writer or credit.group("name")
    return writer


def role_under_writer(lines: list[str], index: int) -> bool:
    """The role line under a writer's name or byline."""
    return index > 0 and _role_line(lines[index]) and bool(name_over_role(lines, index - 1) or _BYLINE.match(lines[index - 1]))


def employer_of(line: str) -> str | None:
    """The outlet in "Ana Lund, Kessra Weekly" or "Ana Lund, Transport Correspondent, Kessra Weekly"."""
    return next((p.strip() for p in line.split(",")[1:] if outlet_name(p.strip())), None)


def _bare_byline(lines: list[str], index: int, end: int) -> bool:
    """A line under the headline that is only a person's name is the byline ("Ilse Marten", no "By").

    Two to four capitalised words (name particles aside), none a section word or a function word, no
    figures or punctuation but a hyphen or an apostrophe, and no sentence of the story above it; and none
    of its words is used in the article below, because a writer is not her story's subject, while a
    title-case standfirst ("Crews Restore Power") repeats the story's words.
    """
    line = writer_of(lines[index])
    people = re.split(r"\s*,\s*|\s+(?:and|&)\s+", line)  # "Ana Lund and Tomas Rehn": each is a name
    names: list[str] = []
    for person in people:
        words = person.split()
        named = [w for w in words if w not in _NAME_PARTICLES]
        if not 2 <= len(named) <= 4 or words[0] in _NAME_PARTICLES:
            return False
        names += named
    for word in names:
        letters = re.sub(r"[-'’]", "", word)
        if not (letters.isalpha() and word[0].isupper() and any(c.islower() for c in letters)
                and word.lower() not in _SECTION_WORDS and word.lower() not in STOPWORDS):
            return False  # "What Happens Next": a function word is in no writer's name
    if any(len(lines[i].split()) >= 4 and lines[i].endswith(".") for i in range(index)):
        return False  # under a sentence of the story: a sub-heading, not the writer
    if _OUTLET_WORDS.search(line) or any(_BYLINE.match(lines[i]) for i in range(end)):
        return False  # "Pennant Wire" under a headline is the outlet, not its writer
    body = " ".join(lines[end:]).lower()
    return not any(used_in(w, body) for w in names)
