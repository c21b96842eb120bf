"""The shapes of an article header's lines: a writer's name, a date standing alone, an outlet's name.

:mod:`summarizer.ingest.clean` reads the header with them and moves what they find to fields. Like
its junk rules (:mod:`summarizer.ingest.junk`) they describe the *shape* of a line, never one site's
strings: a masthead on one line ("HARBOUR RADIO - Morning Bulletin - 7 a.m."), a bare name under the
headline, a post's date line with its byline and reading time.
"""

from __future__ import annotations

import re

from summarizer.calendar_words import WEEKDAY_RE
from summarizer.dates import find_dates
from summarizer.ingest.translation import TRANSLATION_NOTE
from summarizer.name_case import UPPER, outlet_case

# "Anouk van der Meulen", "Tóth Ágnes", "Giornale delle Valli": capitalised words, a few small particles between them.
_NAME = rf"[{UPPER}][\w'’.\-]+(?:\s+(?:(?!(?:in|at|on|for|and|to)\s)(?:[a-z]{{1,3}}|dell[aeo]|degli)\s+){{0,2}}[{UPPER}][\w'’.\-]+){{0,3}}"
# What introduces a writer's credit, in any case: "By", a word of writing before "by" ("Written by", "Reporting
# by"), or a label ("Author:", "Reporter Ana Lund"). The one home for the byline line, the writer's field of a
# meta line, a feed's author field (writers.writer_credit) and a wire's closing "(Reporting by …)".
CREDIT_BY = r"(?i:(?:(?:written|words|reporting|writing|story|text|compiled|edited|read)\s+)?by)"
# A broadcast names who reads it: "Newsreader: Hal Brennock", "Presenter: ...".
CREDIT_LABEL = r"(?i:author|reporter|writer|text|newsreader|presenter|anchor|correspondent)"
_BYLINE = re.compile(rf"^(?:{CREDIT_BY}|{CREDIT_LABEL}\s*:)[:\s]+"
                     rf"({_NAME}(?:\s*(?:,\s*and\b|,|and|AND|&)\s*{_NAME})*)"
                     r"(?:\s*(?:[|,•·—–-]|\bin\b|\bfor\b|\bwith\b|@\w).{0,80})?$")
# Machine translation leaves the clock word of its language in English: "11.15 clock" ("Uhr"), "09h40".
# A weekday after the date ("14 March 2031, Tuesday", as day-first copy and its translation put it) is no other word,
# nor is a broadcast's word for what the date stamps ("Friday 4 April 2031, 18:00 bulletin").
_DATE_WORDS = re.compile(rf"\b(?:at|on|updated|published|posted|am|pm|a\.m|p\.m|h|[A-Z]{{2,4}}T?|GMT|UTC|CET|CEST|"
                         rf"o'?clock|clock|uhr|hrs?|hours|heures|horas|klo|kl|bulletin|newscast|broadcast|{WEEKDAY_RE})\b\.?",
                         re.I)
# A line that dates the article: "Published: 3 May 2031", "Updated 09:14".
# A label that is also a sentence's first word ("Broadcast rights were sold", "Released on bail, ...") counts
# only with its colon: "Aired: 14 March 2031", "Publication date: 14/03/2031", "Last modified: ...".
_DATELINE = re.compile(r"^(?:(?:Published|Updated|Posted|Last updated|First published|Date)\b[:\s]|(?:Last modified|Modified|"
                       r"Publication date|Date (?:of )?publi(?:shed|cation)|Release date|Released|Aired|Broadcast|Filed|"
                       r"Issued)\s*:)", re.I)
# Head words of a news outlet's name, as a byline names it after the writer.
_OUTLET_WORDS = re.compile(r"\b(?:Press|Wire|News|Newswire|Agency|Service|Times|Post|Daily|Herald|Gazette|Radio|TV|FM|Television|"
                           r"Broadcasting|Media|"
                           r"Tribune|Journal|Courier|Chronicle|Telegraph|Bulletin|Dispatch|Star|Mirror|Observer|Sentinel|"
                           r"Examiner|Ledger|Clarion|Globe|Inquirer|Enquirer|Weekly|Monthly|Quarterly|Magazine|Newsletter|Digest)\b")


# The same head words in the languages translated copy keeps its masthead in ("Kessra Napló", "Báo Kessra", "Dziennik
# Kessry", "Kessraer Rundschau"): first or last, since many languages name the paper before its place. Words that are
# also common given names or surnames ("Bao", "Haber") are left out.
_FOREIGN_OUTLET_WORDS = re.compile(
    r"(?i:napló|naplo|hírlap|hirlap|hírek|újság|ujsag|deník|denik|noviny|zprávy|zpravy|báo|gazeta|gazzetta|zeitung|tidende|"
    r"tidning|tidningen|dagblad|dagbladet|bladet|posten|avisen|sanomat|uutiset|dziennik|tygodnik|kurier|kurjer|ziarul|jurnalul|"
    r"vesti|vestnik|novosti|izvestia|diario|diário|jornal|periódico|periodico|noticias|notícias|correio|corriere|giornale|"
    r"quotidiano|courrier|rundschau|anzeiger|tagblatt|tageblatt|nachrichten|gazetesi|dnevnik|novine|vijesti|krant|courant|"
    r"nieuws|nyheter|lehti)")
# Germanic languages join a paper's head word onto its subject ("Wirtschaftsblatt", "Abendzeitung", "Stadsblad",
# "Generalanzeiger"): a capitalised word ending in one, a few letters before it, first or last as the others.
_COMPOUND_OUTLET_WORD = re.compile(rf"[{UPPER}]\w{{3,}}(?:blatt|zeitung|anzeiger|rundschau|nachrichten|blad|bladet|tidning)")


JOB_WORDS = re.compile(r"\b(?:editor|correspondent|reporter|writer|columnist|contributor|producer|analyst|chief|"
                       r"staff|desk|bureau|journalist|critic|presenter|anchor|host|newsreader)s?$", re.I)


# A clock with its half of the day written on: "9.40pm", "10:20h", a whole hour "9pm" (no word boundary before "pm").
_GLUED_CLOCK = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?(?:[ap]\.?m\.?|h)(?!\w)", re.I)


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
    r"(?:\s*(?:--?|\u2013|\u2014|\u2015)+|:(?=\s))\s*(?=\S)"  # \u2015, the horizontal bar, as some sites set it
)


def dateline_alone(line: str) -> bool:
    """"DULUTH, Minn. —" on a line of its own, the story's first words on the next: only the dateline, closed by its
    dash (the pattern wants words after the dash, so one is lent to it; a label closed by a colon may be a script's
    speaker's, "MIRA SALO:")."""
    match = DATELINE.match(f"{line} x") if line[:1].isupper() and len(line) < 60 and line[-1] in "-–—―" else None
    return match is not None and match.end() == len(line) + 1


# "Velmora, 26 October 2031, 07:00 CET - Kestrel plc today …": a press release's place in small letters, read only
# for the full date after it.
_PLACE_DATED = re.compile(rf"^[{UPPER}][\w'’.-]+(?:\s+[{UPPER}][\w'’.-]+){{0,2}},\s*(?P<rest>[^()\n]{{6,40}}?)"
                          r"(?P<bracket>\s*\([^)]{1,40}\))?\s*(?:--?|\u2013|\u2014|\u2015)\s*(?=\S)")


def wire_dateline(line: str) -> str | None:
    """The date (and clock) of a wire dateline at the start of a paragraph, or None: the last comma-separated
    parts of what follows the place that are only a date ("Norland, March 3, 2031" gives "March 3, 2031"),
    with a clock in brackets after them."""
    match = DATELINE.match(line) or _PLACE_DATED.match(line)
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
_PLACE_LINE = re.compile(rf"^(?P<place>[{UPPER}][\w'’.-]*(?:\s+[{UPPER}][\w'’.-]*){{0,2}}),\s*(?P<rest>[^\n]{{6,50}})$")


def place_and_date(line: str) -> str | None:
    """The date of a header line holding only a place (capitalised, up to three words, perhaps its region)
    and a date; a sentence or a name with a title holds other words."""
    match = _PLACE_LINE.match(line)
    return _date_after_place(match.group("rest")) if match else None


# "Updated: 5 May", "Last modified 09:14": a stamp of a later change, not of publication.
UPDATE_LABEL = r"(?:last\s+)?(?:updated|modified|edited)\b"
UPDATE_STAMP = re.compile(rf"^{UPDATE_LABEL}", re.I)
_STAMP_LABEL = re.compile(r"^(?:(?:first\s+)?published|posted|(?:last\s+)?updated|modified)\s*:?\s*(?:on\s+)?", re.I)


def header_date(line: str) -> str | None:
    """The date a header line holds and nothing else: a date alone ("Tuesday 4 March 2031"), a place and
    its date ("ORVIK, March 3, 2031"), or stamps split by bars or dots ("14 Mar 2026, 07:30 | Updated
    15 Mar 2026"), where the first stamp not labelled an update is the publication's."""
    if _only_date(line):
        return line
    placed = place_and_date(line)
    if placed is not None:
        return placed
    parts = [p.strip() for p in re.split(rf"\s+[|•·]\s+|\s+(?={UPDATE_LABEL})", line, flags=re.I)]
    stamps = [(UPDATE_STAMP.match(p), _STAMP_LABEL.sub("", p)) for p in parts]
    if len(parts) < 2 or not all(_only_date(rest) for _, rest in stamps):
        return None
    first = [rest for update, rest in stamps if not update]
    return (first or [stamps[0][1]])[0]


# "Ana Lund | 10/03/2031 08:30", "15/04/2031 - 10:20 | Ana Lund": a writer and a date on one line.
_NAME_DATE_SEPARATOR = re.compile(r"\s+[|•·]\s+")


def name_and_date(line: str) -> tuple[str, str] | None:
    """The writer and the date of a line holding only the two, split by a bar or a dot; a post's reading time
    beside them ("Ana Lund · 3 June 2031 · 4 min read") is no third field."""
    parts = [p for p in _NAME_DATE_SEPARATOR.split(line) if not _READING_TIME.fullmatch(p.strip())]
    if len(parts) != 2:
        return None
    for name, when in (parts, parts[::-1]):
        if _only_date(when) and re.fullmatch(_NAME, name) and 2 <= len(name.split()) <= 4 \
                and not _OUTLET_WORDS.search(name) and not any(w.lower() in _SECTION_WORDS for w in name.split()):
            return name, when
    return None


_LABELLED_WRITER = re.compile(rf"^(?:{CREDIT_BY}|{CREDIT_LABEL})\s*[:\s]\s*({_NAME})$", re.I)


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
        return outlet_case(name) if _headline_below(lines, index, end, chrome) else None
    timed = any(_CLOCK.match(p.strip()) or _only_date(p) for p in parts[1:])
    if not (_OUTLET_WORDS.search(name) or (name.isupper() and timed)):
        return None
    return name if _headline_below(lines, index, end, chrome) else None


def translated_outlet(line: str) -> str | None:
    """The outlet a machine translation's note names: "Paper Name - machine translation from Norwegian", "[Translated
    automatically from Czech. Original: Paper Name]". The note itself is junk; the name beside it is the publisher."""
    if not TRANSLATION_NOTE.search(line):
        return None
    original = re.search(rf"\b(?:Original|Source|Originally published (?:in|by))\s*:?\s*({_NAME})\s*[\])]?\s*$", line.strip())
    if original:
        return original.group(1)
    parts = [p.strip(" []()") for p in _SEPARATOR.split(line.strip())]
    names = [p for p in parts if not TRANSLATION_NOTE.search(p) and len(p.split()) <= 5 and re.fullmatch(_NAME, p)]
    return outlet_case(names[0]) if len(parts) > 1 and len(names) == 1 else None


def _headline_below(lines: list[str], index: int, end: int, chrome: set[int]) -> bool:
    """A line of content under the masthead, or else the masthead line is the headline."""
    return any(lines[i] and i not in chrome and not _BYLINE.match(lines[i]) for i in range(index + 1, end))


# Words of a section label or a programme, never of a writer's name.
_SECTION_WORDS = frozenset(re.findall(r"[a-z]+", """news opinion politics business sport sports health world local
    breaking live analysis editorial culture science technology tech economy update updates exclusive investigation
    features weather briefing home latest region regional national international edition special report comment
    photo photos picture pictures image images video videos graphic gallery podcast watch listen transport travel
    education environment climate entertainment lifestyle money markets property arts books food crime courts
    justice city metro nation europe asia africa americas issue volume vol"""))
_NAME_PARTICLES = frozenset(re.findall(r"[a-z]+", "van von de der den da di du la le del della dos das bin al el ten ter"))


def outlet_name(text: str) -> bool:
    """"Ava Valley Courier", "KESSRA WEEKLY": up to five capitalised words ending in an outlet's head word, as
    outlets name themselves ("Post Office Closes" ends in no such word); a section label ("Local News") is
    all section words."""
    words = text.split()
    if not 1 <= len(words) <= 5 or re.fullmatch(_NAME, text) is None or section_label(text):
        return False
    # A title's article before the head word ("Le Courrier de Brisac", "La Gazzetta di Vell", "Die Rundschau") leaves it first.
    first = words[1] if len(words) > 1 and words[0].lower() in _TITLE_ARTICLES else words[0]
    return (_OUTLET_WORDS.fullmatch(words[-1].title() if words[-1].isupper() else words[-1]) is not None
            or any(_FOREIGN_OUTLET_WORDS.fullmatch(w) or _COMPOUND_OUTLET_WORD.fullmatch(w) for w in {first, words[-1]}))


# The definite articles a paper's name may open with, in the languages translated copy keeps its masthead in.
_TITLE_ARTICLES = frozenset(re.findall(r"[a-z]+", "le la les il lo el los las o os as a der die das de het den det"))


def section_label(text: str) -> bool:
    """"LOCAL NEWS", "World": a label of a few section words, naming no outlet."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return 1 <= len(words) <= 3 and all(w in _SECTION_WORDS for w in words)


_SITE_CHROME = re.compile(r"^(?:home|home ?page|front ?page|start|welcome|official (?:site|website)|latest news|news)$", re.I)
# A language edition's label beside the outlet's name, in English or in the outlet's language: "in English", "English
# edition", "edicion en ingles", "edição em inglês". It names the edition, not the outlet.
_ENGLISH = r"(?:english|ingl[eéê]s|englisch|anglais|inglese|engels|engelsk|engelska|englanniksi|angielsku)"
_EDITION_LABEL = re.compile(rf"^(?:(?:in|en|em|auf|på|na|po)\s+{_ENGLISH}|{_ENGLISH}(?:\s+(?:edition|version|service))?|"
                            rf"(?:edition|version|edici[oó]n|versi[oó]n|edi[cç][aã]o|vers[aã]o|ausgabe|[eé]dition)\s+"
                            rf"(?:(?:en|em|in|auf|na|de|d')\s*)?{_ENGLISH})$", re.I)


def outlet_only(name: str) -> str:
    """"Ava Valley Courier | Home" (a site's name as its home page's title gives it), "Valle Norte - edicion en ingles"
    (a language edition's masthead): the outlet's name."""
    parts = [p.strip() for p in _SEPARATOR.split(name)]
    kept = [p for p in parts if not _SITE_CHROME.match(p) and not _EDITION_LABEL.match(p)]
    return " - ".join(kept) if kept and len(kept) < len(parts) else name


def masthead_in_title(title: str) -> tuple[str, str | None]:
    """"Headline | Paper", "Paper - Headline" (a browser tab's title, pasted or exported as the headline): the
    headline and the outlet, when one of two parts is an outlet's name and the other is longer."""
    parts = [p.strip() for p in _SEPARATOR.split(title)]
    if len(parts) == 2:
        for headline, outlet in (parts, parts[::-1]):
            if outlet_name(outlet) and len(headline.split()) > len(outlet.split()):
                return headline, outlet
    # "Bridge reopens after repairs | Nordwire": a short name after a bar closing a headline is the site's, head
    # word or not (a section's label there is no outlet).
    headline, bar, site = title.rpartition(" | ")
    if bar and len(headline.split()) >= _TAB_HEADLINE_WORDS and 1 <= len(site.split()) <= 3 \
            and re.fullmatch(_NAME, site.strip()) and not section_label(site) and "|" not in headline:
        return headline.strip(), site.strip()
    return title, None


_TAB_HEADLINE_WORDS = 4
# A wire's version tag before its headline: "UPDATE 2-", "REFILE-", "CORRECTED-", "WRAPUP 1-", "EXCLUSIVE-".
_WIRE_TAG = re.compile(r"^(?:UPDATE|REFILE|CORRECTED|CORRECTION|RPT|REPEAT|WRAPUP|EXCLUSIVE|INSIGHT|ANALYSIS|FACTBOX|"
                       r"TIMELINE|FOCUS|URGENT|FLASH|BREAKING)(?:\s?\d{1,2})?\s?[-–—:]\s*(?=[A-Z0-9\"“‘'])")


def without_wire_tag(title: str) -> str:
    """"UPDATE 2-Valley mill to close": the headline without the wire's version tag (in capitals, before a dash)."""
    return _WIRE_TAG.sub("", title, count=1) or title


# A clock that says it is one: minutes after the hour or its half of the day ("18:45", "9.10", "7 pm"), not a bare number.
_CLOCK_PART = re.compile(r"^\d{1,2}(?:[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?|h|hrs)?|\s*(?:a\.?m\.?|p\.?m\.?))$", re.I)


def label_and_date(line: str) -> tuple[str, str] | None:
    """"Brekke Evening Post | March 14, 2026", "Transport - 14 March 2026", "Correio do Sul - 13/09/2032 - 18:45" (a
    translation's header line, its clock a part of its own): an outlet's name or a section's label and a date, perhaps
    with a clock, alone on a header line; the label, and the date (with the clock)."""
    parts = [p.strip() for p in _SEPARATOR.split(line)]
    clocks = [p for p in parts if _CLOCK_PART.match(p)]
    if len(parts) == 3 and len(clocks) == 1:
        parts = [p for p in parts if p != clocks[0]]
        label, when = (parts if _only_date(parts[1]) else parts[::-1])
        return label_and_date(f"{label} | {when} {clocks[0]}")
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


# "4 min read", "6-minute read", "Reading time: 3 minutes": a page's label of its own length.
_READING_TIME = re.compile(r"\b\d{1,3}\s?-?\s?(?:min(?:ute)?s?|hrs?|hours?)\.?\s+read\b|\breading time\b:?", re.I)
_BY_NAME = re.compile(rf"\bby\s+({_NAME})")
# A post's own labels beside its date and writer: its categories or tags, its comment count ("Filed under: Storms,
# Coast", "Tags: ferry", "7 comments", "Leave a comment").
_POST_LABEL = re.compile(r"^(?:(?:filed|posted) (?:under|in)|tag(?:s|ged)(?: with)?|categor(?:y|ies)|topics?)\b.*|"
                         r"^(?:\d{1,5}|no|one) (?:comments?|responses?|replies)|^leave a (?:comment|reply)$", re.I)


def without_post_labels(line: str) -> str:
    """"Posted on 3 June 2031 by Ana Lund | Filed under: Ferries | 7 comments": the line less its bar-split post labels."""
    parts = _NAME_DATE_SEPARATOR.split(line)
    kept = [p for p in parts if not _POST_LABEL.match(p.strip())]
    return " | ".join(kept) if kept and len(kept) < len(parts) else line


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
