"""The shapes of an article header's lines: a writer's name, a date standing alone, an outlet's name.

:mod:`summarizer.ingest.clean` reads the header with them and moves what they find to fields. Like
its junk rules (:mod:`summarizer.ingest.junk`) they describe the *shape* of a line, never one site's
strings: a masthead on one line ("HARBOUR RADIO - Morning Bulletin - 7 a.m."), a bare name under the
headline, a post's date line with its byline and reading time.
"""

from __future__ import annotations

import re

from summarizer.dates import find_dates
from summarizer.text import STOPWORDS

_NAME = r"[A-Z][\w'’.\-]+(?:\s+(?:(?!(?:in|at|on|for|and|to)\s)[a-z]{1,3}\s+){0,2}[A-Z][\w'’.\-]+){0,3}"  # "Anouk van der Meulen"
_BYLINE = re.compile(rf"^(?:By|BY|by|Written by|Words by|Reporting by|Story by|Compiled by|(?:Author|Reporter|Writer|Text)\s*:)[:\s]+"
                     rf"({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
                     r"(?:\s*(?:[|,•·—–-]|\bin\b).{0,80})?$")
# Machine translation leaves the clock word of its language in English: "11.15 clock" ("Uhr"), "09h40".
_DATE_WORDS = re.compile(r"\b(?:at|on|updated|published|posted|am|pm|a\.m|p\.m|h|[A-Z]{2,4}T?|GMT|UTC|CET|CEST|"
                         r"o'?clock|clock|uhr|hrs?|hours|heures|horas|klo|kl)\b\.?",
                         re.I)
# A line that dates the article: "Published: 3 May 2031", "Updated 09:14".
_DATELINE = re.compile(r"^(?:Published|Updated|Posted|Last updated|First published|Date)\b[:\s]", re.I)
# Head words of a news outlet's name, as a byline names it after the writer.
_OUTLET_WORDS = re.compile(r"\b(?:Press|Wire|News|Newswire|Agency|Service|Times|Post|Daily|Herald|Gazette|Radio|TV|Media|"
                           r"Tribune|Journal|Courier|Chronicle|Telegraph|Bulletin|Dispatch|Star|Mirror|Observer|Sentinel|"
                           r"Examiner|Ledger|Clarion|Globe|Inquirer|Enquirer|Weekly)\b")


JOB_WORDS = re.compile(r"\b(?:editor|correspondent|reporter|writer|columnist|contributor|producer|analyst|chief|"
                       r"staff|desk|bureau|journalist|critic|presenter|anchor|host|newsreader)s?$", re.I)


def without_roles(names: str | None) -> str | None:
    """"Ana Lund, Health Editor" (or "Ana Lund; Health Editor", as trafilatura joins them) names one person:
    a part ending in a job word is her role, a part naming an outlet her employer."""
    if not names:
        return None
    parts = [p.strip() for p in re.split(r"[,;|]", names)]
    kept = [p for p in parts if p and not JOB_WORDS.search(p) and not _OUTLET_WORDS.search(p)]
    return ", ".join(kept) if kept else names


_CREDIT_LEAD = re.compile(r"^(?:(?:written|words|story|reporting|text)\s+)?by\b\s*:?\s*", re.I)
# "Valley Times staff", "The Courier newsroom", "Staff reporter": the paper credits itself, no person.
_STAFF_CREDIT = re.compile(r"^(?:(?:the\s+)?(?P<outlet>.+?)\s+)?(?:staff(?:\s+(?:writers?|reporters?))?|newsroom|news\s*desk|"
                           r"desk|reporters?|correspondents?|editors?)$", re.I)
_ONE_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def writer_credit(credit: str | None) -> tuple[str | None, str | None]:
    """The person (or people) a writer's credit names, and the outlet it names, as prose writes them.

    Inputs credit their writer in many forms ("By Ana Lund", "LUND, Ana", "Lund, Ana", "Ana Lund, Health
    Editor", "Ana Lund | Staff", "Valley Times staff"): a leading "By" goes, a role and an employer go (the
    employer is the outlet), "Surname, Given" (one word each) is turned round, names joined by "and" are
    listed, prose after a name goes, capitals become a name's case, and a credit to the paper's staff names
    no person.
    """
    if not credit or not credit.strip():
        return None, None
    text = _CREDIT_LEAD.sub("", " ".join(credit.split()))
    staff = _STAFF_CREDIT.match(text)
    if staff and "," not in (staff.group("outlet") or ""):  # "Ana Lund, Correspondent" is hers
        outlet = staff.group("outlet")
        return None, outlet if outlet and re.fullmatch(_NAME, outlet) else None
    parts = [p.strip() for p in re.split(r"[,;|]", text) if p.strip()]
    outlets = [p for p in parts if _OUTLET_WORDS.search(p) and not JOB_WORDS.search(p) and len(parts) > 1]
    names = without_roles(text) or text
    people = [p.strip() for p in names.split(",")]
    if len(people) == 2 and all(_ONE_WORD.fullmatch(p) for p in people):
        people = [f"{people[1]} {people[0]}"]  # "Lund, Ana": the surname first, as a catalogue lists it
    people = [_name_only(q) for p in people for q in re.split(r"\s+(?:and|&)\s+", p) if q]
    # "Ingrid HALVORSEN": a name in capitals is written as prose writes it, initials ("AP", "J.") kept.
    named = ", ".join(" ".join(w.title() if w.isupper() and len(w) > 2 else w for w in p.split()) for p in people)
    return named or None, outlets[0] if outlets else None


def _name_only(credit: str) -> str:
    """"Ingrid Halvorsen covers education" (an author box read as the credit): the name, less the prose after it."""
    match = re.match(_NAME, credit)
    if match and len(match.group().split()) >= 2 and re.match(r"\s+[a-z]", credit[match.end():]):
        return match.group()
    return credit


# A clock with its half of the day written on: "9.40pm", "10:20h" (no word boundary before "pm").
_GLUED_CLOCK = re.compile(r"\b\d{1,2}[.:]\d{2}(?:[ap]\.?m\.?|h)(?!\w)", re.I)


def _only_date(line: str) -> bool:
    """A line that is a date and perhaps a clock time ("13 March 2026", "August 12, 2026 9:40 am")."""
    if len(line.split()) > 8 or not any(c.isdigit() for c in line):
        return False
    dates = find_dates(line, None, False)
    if not dates or len(dates[0].value) < 10:
        return False
    rest = _GLUED_CLOCK.sub(" ", line[: dates[0].start] + line[dates[0].end :])
    return not re.search(r"[^\W\d_]", _DATE_WORDS.sub("", rest))


# A dateline opens a paragraph with the place in capitals, perhaps a region and the date of filing, perhaps the
# wire's credit or a clock in brackets: "CARROWFIELD, 4 March 2031, 11:30 GMT - Crews…", "LORANT, Jan. 5, 2031
# (9:10 a.m. EST) -- …", "KELLBY, Norland, March 3, 2031 (Wire) - …", "LONDON (Wire) - …", a newsletter's
# "ACME WORKS (Town): ". It says where and when a story was filed, not what the sentence reports: ingest reads
# the date, the extractor dates no event by it, the merger leaves it out of a sentence it quotes.
DATELINE = re.compile(
    r"^[A-Z][A-Z .'\u2019-]{2,}(?:,\s*(?P<rest>[^()\n]{2,40}?))?(?P<bracket>\s*\([^)]{1,40}\))?"
    r"(?:\s*(?:--?|\u2013|\u2014)+|:(?=\s))\s*(?=\S)"
)


def wire_dateline(line: str) -> str | None:
    """The date (and clock) of a wire dateline at the start of a paragraph, or None: the last comma-separated
    parts of what follows the place that are only a date ("Norland, March 3, 2031" gives "March 3, 2031"),
    with a clock in brackets after them."""
    match = DATELINE.match(line)
    if not match or not match.group("rest"):
        return None
    bracket = match.group("bracket") or ""
    clock = bracket if re.search(r"\d", bracket) else ""  # "(4:05 p.m. EDT)", not a wire's credit
    return _date_after_place(match.group("rest"), clock)


def _date_after_place(rest: str, clock: str = "") -> str | None:
    """The last comma-separated parts of ``rest`` that are only a date, with ``clock`` after them."""
    parts = rest.split(",")
    for first in range(len(parts)):
        when = ",".join(parts[first:]).strip() + clock
        if _only_date(when):
            return when
    return None


# "ORVIK, March 3, 2031", "Brekke, Norland, 3 March 2031": a header line of the place of filing and its date.
_PLACE_LINE = re.compile(r"^(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),\s*(?P<rest>[^\n]{6,50})$")


def place_and_date(line: str) -> str | None:
    """The date of a header line holding only a place (capitalised, up to three words, perhaps its region)
    and a date; a sentence or a name with a title holds other words."""
    match = _PLACE_LINE.match(line)
    return _date_after_place(match.group("rest")) if match else None


# "Ana Lund | 10/03/2031 08:30", "15/04/2031 - 10:20 | Ana Lund": a writer and a date on one line.
_NAME_DATE_SEPARATOR = re.compile(r"\s+[|•·]\s+")


def name_and_date(line: str) -> tuple[str, str] | None:
    """The writer and the date of a line holding only the two, split by a bar or a dot."""
    parts = _NAME_DATE_SEPARATOR.split(line)
    if len(parts) != 2:
        return None
    for name, when in (parts, parts[::-1]):
        if _only_date(when) and re.fullmatch(_NAME, name) and 2 <= len(name.split()) <= 4 \
                and not _OUTLET_WORDS.search(name) and not any(w.lower() in _SECTION_WORDS for w in name.split()):
            return name, when
    return None


_LABELLED_WRITER = re.compile(rf"^(?:(?:Written |Words |Reporting |Story )?by|Author|Reporter|Text)\s*[:\s]\s*({_NAME})$", re.I)


def meta_fields(line: str) -> tuple[str, str, str | None] | None:
    """The writer, the date and perhaps the outlet of a line of three or more fields split by bars or dots,
    each field a date, a clock time, the writer or the outlet ("03.06.2031 | 11:20 | Author: Ana Lund",
    "Valley Star · Tuesday 3 June 2031 · Written by Ana Lund"); any other field, and it is not such a line."""
    parts = _NAME_DATE_SEPARATOR.split(line)
    if len(parts) < 3:
        return None
    writer = when = outlet = None
    clock = ""
    for part in (p.strip() for p in parts):
        labelled = _LABELLED_WRITER.match(part)
        if labelled and writer is None:
            writer = labelled.group(1)
        elif _CLOCK.match(part) and when is not None and not clock:
            clock = " " + part
        elif _only_date(part) and when is None:
            when = part
        elif outlet is None and len(part.split()) <= 5 and _OUTLET_WORDS.search(part) and re.fullmatch(_NAME, part):
            outlet = part
        else:
            return None
    return (writer, when + clock, outlet) if writer and when else None


# A masthead on one line: "HARBOUR RADIO - Morning Bulletin - 7 a.m.", "Tidewater News | Weekend Edition".
_SEPARATOR = re.compile(r"\s+[-–—|·•]\s+")
_CLOCK = re.compile(r"^\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h|hrs)?$", re.I)


def _masthead_name(lines: list[str], index: int, end: int, chrome: set[int]) -> str | None:
    """The first line of a header, when it is the outlet's name with its programme, edition or time after
    separators, and a headline follows it: the name, the publisher's.

    The name says it is an outlet ("... Radio", "... News") or, written in capitals, stands before a date
    or a clock time; a headline with a dash in it ("Dam holds - for now") is neither.
    """
    parts = _SEPARATOR.split(lines[index])
    name = parts[0].strip()
    if len(name.split()) > 5 or any(len(p.split()) > 6 for p in parts):
        return None
    if len(parts) < 2:
        # "LOWMOOR NEWS SERVICE" alone in capitals above the headline: a wire's masthead row, not its title;
        # "Ava Valley Courier", an outlet's name; "LOCAL NEWS", a section's label (the caller names no outlet).
        alone = index + 1 >= len(lines) or not lines[index + 1]
        named = outlet_name(name) or section_label(name) or (name.isupper() and _OUTLET_WORDS.search(name.title()))
        if not (alone and named):
            return None
        # Written in capitals for the masthead's look: the name as prose writes it, initialisms kept ("ABC").
        return " ".join(w if len(w) <= 3 else w.capitalize() for w in name.split()) if _headline_below(
            lines, index, end, chrome) else None
    timed = any(_CLOCK.match(p.strip()) or _only_date(p) for p in parts[1:])
    if not (_OUTLET_WORDS.search(name) or (name.isupper() and timed)):
        return None
    return name if _headline_below(lines, index, end, chrome) else None


def _headline_below(lines: list[str], index: int, end: int, chrome: set[int]) -> bool:
    """A line of content under the masthead, or else the masthead line is the headline."""
    return any(lines[i] and i not in chrome and not _BYLINE.match(lines[i]) for i in range(index + 1, end))


# Words of a section label or a programme, never of a writer's name.
_SECTION_WORDS = frozenset(re.findall(r"[a-z]+", """news opinion politics business sport sports health world local
    breaking live analysis editorial culture science technology tech economy update updates exclusive investigation
    features weather briefing home latest region regional national international edition special report comment
    photo photos picture pictures image images video videos graphic gallery podcast watch listen transport travel
    education environment climate entertainment lifestyle money markets property arts books food crime courts
    justice city metro nation europe asia africa americas"""))
_NAME_PARTICLES = frozenset(re.findall(r"[a-z]+", "van von de der den da di du la le del della dos das bin al el ten ter"))


def writer_of(line: str) -> str:
    """The name in "Ana Lund, Transport Reporter" or "Ana Lund, Kessra Weekly": a part after the comma
    ending in a job word is her role, an outlet's name her employer (:func:`employer_of`)."""
    name, comma, role = line.partition(",")
    role = role.strip()
    return name.strip() if comma and ((len(role.split()) <= 4 and JOB_WORDS.search(role)) or outlet_name(role)) else line


def _role_line(line: str) -> bool:
    """"Staff Writer", "Contributing writer": a writer's role on a line of its own ("Skarholm Chronicle staff"
    names her paper, and is read as the publisher)."""
    words = line.split()
    return (1 <= len(words) <= 4 and line[0].isupper() and JOB_WORDS.search(line) is not None
            and not re.search(r"\d", line) and not _OUTLET_WORDS.search(line))


def name_over_role(lines: list[str], index: int) -> str | None:
    """The writer of a name line with her role on the line under it ("INGRID HALVORSEN" / "Staff Writer"): two
    to four capitalised words, in capitals or not, none an outlet's, a section's or a function word."""
    if index + 1 >= len(lines) or not _role_line(lines[index + 1]):
        return None
    name = lines[index].title() if lines[index].isupper() else lines[index]
    words = name.split()
    plain = not any(w.lower() in _SECTION_WORDS or w.lower() in STOPWORDS for w in words)
    return name if 2 <= len(words) <= 4 and re.fullmatch(_NAME, name) and not _OUTLET_WORDS.search(name) and plain else None


def role_under_writer(lines: list[str], index: int) -> bool:
    """The role line under a writer's name or byline."""
    return index > 0 and _role_line(lines[index]) and bool(name_over_role(lines, index - 1) or _BYLINE.match(lines[index - 1]))


def employer_of(line: str) -> str | None:
    """The outlet in "Ana Lund, Kessra Weekly"."""
    role = line.partition(",")[2].strip()
    return role if outlet_name(role) else None


def outlet_name(text: str) -> bool:
    """"Ava Valley Courier", "KESSRA WEEKLY": up to five capitalised words ending in an outlet's head word, as
    outlets name themselves ("Post Office Closes" ends in no such word); a section label ("Local News") is
    all section words."""
    words = text.split()
    return (1 <= len(words) <= 5 and re.fullmatch(_NAME, text) is not None
            and _OUTLET_WORDS.fullmatch(words[-1].title() if words[-1].isupper() else words[-1]) is not None
            and not section_label(text))


def section_label(text: str) -> bool:
    """"LOCAL NEWS", "World": a label of a few section words, naming no outlet."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return 1 <= len(words) <= 3 and all(w in _SECTION_WORDS for w in words)


def masthead_in_title(title: str) -> tuple[str, str | None]:
    """"Headline | Paper", "Paper - Headline" (a browser tab's title, pasted or exported as the headline): the
    headline and the outlet, when one of two parts is an outlet's name and the other is longer."""
    parts = [p.strip() for p in _SEPARATOR.split(title)]
    if len(parts) == 2:
        for headline, outlet in (parts, parts[::-1]):
            if outlet_name(outlet) and len(headline.split()) > len(outlet.split()):
                return headline, outlet
    return title, None


def label_and_date(line: str) -> tuple[str, str] | None:
    """"Brekke Evening Post | March 14, 2026", "Transport - 14 March 2026": an outlet's name or a section's
    label and a date, alone on a header line; the label, and the date."""
    parts = [p.strip() for p in _SEPARATOR.split(line)]
    if len(parts) == 2:
        for label, when in (parts, parts[::-1]):
            if _only_date(when) and (outlet_name(label) or section_label(label)):
                return label, when
    return None


def dateline_credit(line: str) -> str | None:
    """The wire named in brackets in a dateline, "BREKKE, March 3 (Nordwire) - …": who filed the story."""
    match = DATELINE.match(line)
    credit = (match.group("bracket") or "").strip(" ()") if match else ""
    named = credit and not re.search(r"\d", credit) and re.fullmatch(_NAME, credit) and len(credit.split()) <= 4
    return credit if named else None


def _bare_byline(lines: list[str], index: int, end: int) -> bool:
    """A line under the headline that is only a person's name is the byline ("Ilse Marten", no "By").

    Two to four capitalised words (name particles aside), none a section word or a function word, no
    figures or punctuation but a hyphen or an apostrophe, and no sentence of the story above it; and none
    of its words is used in the article below, because a writer is not her story's subject, while a
    title-case standfirst ("Crews Restore Power") repeats the story's words.
    """
    line = writer_of(lines[index])
    words = line.split()
    names = [w for w in words if w not in _NAME_PARTICLES]
    if not 2 <= len(names) <= 4 or words[0] in _NAME_PARTICLES:
        return False
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
    return not any(re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", body) for w in names)


# "4 min read", "6-minute read", "Reading time: 3 minutes": a page's label of its own length.
_READING_TIME = re.compile(r"\b\d{1,3}\s?-?\s?(?:min(?:ute)?s?|hrs?|hours?)\.?\s+read\b|\breading time\b:?", re.I)
_BY_NAME = re.compile(rf"\bby\s+({_NAME})")


def _dated_byline(line: str) -> str | None:
    """The writer in a post's date line: "February 3, 2031 - by Ana Lund - 4 min read", in any order.

    The line holds a full date, "by" and a name, and besides them only separators, a clock time, date
    words and a reading time; a sentence with "by" in it holds other words.
    """
    by = _BY_NAME.search(line)
    if by is None:
        return None
    rest = _READING_TIME.sub(" ", line[: by.start()] + " " + line[by.end() :])
    dates = [d for d in find_dates(rest, None, False) if len(d.value) >= 10]
    if not dates:
        return None
    for found in sorted(dates, key=lambda d: -d.start):
        rest = rest[: found.start] + rest[found.end :]
    return None if re.search(r"[^\W\d_]", _DATE_WORDS.sub("", rest)) else by.group(1)
