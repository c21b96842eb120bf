"""The lines above an article's first paragraph: masthead, site name, byline and date, moved to fields.

The header is everything before the first paragraph of prose; its headline is its first line of
content. :mod:`summarizer.ingest.clean` calls :func:`read_header` before it sorts the rest into text and
junk; the line shapes it looks for are in :mod:`summarizer.ingest.header`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.ingest.broadcast import station_masthead
from summarizer.ingest.header import (
    _BYLINE,
    _DATELINE,
    _EDITION_LABEL,
    _NAME,
    _OUTLET_WORDS,
    _SEPARATOR,
    _dated_byline,
    _masthead_name,
    _only_date,
    header_date,
    label_and_date,
    meta_fields,
    name_and_date,
    outlet_name,
    outlet_only,
    section_label,
    translated_outlet,
)
from summarizer.ingest.junk import _PROSE_END, _junk
from summarizer.ingest.pages import running_issuer
from summarizer.ingest.writers import (
    _bare_byline,
    _person,
    credits_line,
    employer_of,
    name_and_outlet,
    name_over_role,
    name_with_role,
    role_under_writer,
    used_in,
    writer_of,
)
from summarizer.name_case import UPPER, outlet_case
from summarizer.text import STOPWORDS

if TYPE_CHECKING:
    from summarizer.ingest.clean import Cleaned

_HEADER_LINES = 14
_OUTLET_SECTION = re.compile(rf"^([{UPPER}][^|–—:]{{1,60}}?)\s+[|–—-]\s+([{UPPER}(][^|–—]{{1,60}})$")
# "From our correspondent Ana Lund", "Of our own reporter ...": a translated credit may name the writer's post first.
_TRANSLATED_BYLINE = re.compile(rf"^(?:For|Of|From|Por|Par|Von|Af|Av|Door|Di|Da)\s+(?:our\s+(?:own\s+)?(?:[{UPPER}]\w+\s+)?"
                                rf"(?:correspondent|reporter)\s+)?({_NAME})$")


def is_prose(line: str) -> bool:
    words = len(line.split())
    return words >= 30 or (words >= 12 and line.endswith(_PROSE_END))


def read_header(lines: list[str], out: Cleaned) -> set[int]:
    """Indexes of header lines that are metadata, with their values moved to ``out``.

    The header is everything before the first paragraph of prose. The headline is its first line
    of content, so "Outlet | Section" is looked for only after it.
    """
    end = min(len(lines), _HEADER_LINES)
    for index in range(end):
        if is_prose(lines[index]):
            end = index
            break
    chrome = {i for i in range(end) if lines[i] and _junk(lines[i], False) == "page chrome"}
    meta: set[int] = set()
    seen_content = False
    for index in range(end):
        line = lines[index]
        if not line or index in chrome or _BYLINE.match(line) or _DATELINE.match(line):
            continue
        issuer = running_issuer(line)  # "Harrow Mills plc      Half-Year Report 2031", a PDF copy's running header
        out.publisher = out.publisher or issuer
        if issuer or _site_line(lines, index, chrome, seen_content, out):
            meta.add(index)
            continue
        byline = _TRANSLATED_BYLINE.match(line)
        if byline and len(byline.group(1).split()) <= 4:
            out.byline = out.byline or byline.group(1)
            meta.add(index)
            continue
        if (_writer_and_outlet(lines, (index, end), seen_content, out) or _writer_and_section(lines, (index, end), out)
                or _outlet_line(line, seen_content, out)):
            meta.add(index)
            continue
        when = header_date(line)
        if when is not None:
            out.datelines.append(when)
            meta.add(index)
            continue
        if _header_field(lines, index, (end, seen_content), chrome, out):
            meta.add(index)
            continue
        seen_content = True
    meta |= _masthead(lines, end, chrome | meta, out)
    return meta


def _writer_and_outlet(lines: list[str], at: tuple[int, int], seen_content: bool, out: Cleaned) -> bool:
    """"Ana Lund | Nordwire" in the header: the name is the byline, the outlet the publisher. Above any content
    (an HTML page's header, its headline already read) the name must be one the story never uses: a headline of
    that shape ("Harbour Closed | Valley Times") shares the story's words, a writer is not her story's subject."""
    index, end = at
    credited = name_and_outlet(lines[index])
    if credited is None:
        return False
    body = " ".join(lines[end:]).lower()
    if not seen_content and any(used_in(w, body) for w in credited[0].split()):
        return False
    out.byline = out.byline or credited[0]
    # The outlet first ("KTV News | Live coverage by Ana Lund") is the page's label, the publisher; after the writer
    # it is her outlet (or her dateline's place, "Ana Lund | Brekke | 18/06/2031"): the publisher unless a masthead
    # names one, as a byline's "By Ana Lund, Nordwire" credits her.
    if re.split(r"\s+[|•·]\s+", lines[index])[0].strip() == credited[1]:
        out.publisher = out.publisher or credited[1]
    out.credit = out.credit or credited[1]
    out.datelines.extend(filter(None, credited[2:]))
    return True


def _writer_and_section(lines: list[str], at: tuple[int, int], out: Cleaned) -> bool:
    """"Ana Lund | Opinion" in the header: a writer and the section she writes in, not an outlet and its section,
    when the name is a person's, no outlet's, and the story never uses its words (a writer is not her story's
    subject; an outlet without a head word that the story names stays the publisher, and a headline of that shape
    shares the story's words), and no other line credits a writer. An edition is a paper's ("Sundvik Bygdeblad -
    International edition")."""
    index, end = at
    shaped = _OUTLET_SECTION.match(lines[index])
    if (shaped is None or not section_label(shaped.group(2).strip()) or outlet_name(shaped.group(1).strip())
            or re.search(r"(?i)\b(?:edition|issue|vol(?:ume)?)\b", shaped.group(2))):
        return False
    if any(_BYLINE.match(line) or _TRANSLATED_BYLINE.match(line) or name_and_date(line) for line in lines[:end]):
        return False  # "De Havenbode - Region" over "Door Anouk van der Meulen": the writer is credited below
    name = _person(shaped.group(1))
    body = " ".join(lines[end:]).lower()
    if name is None or any(used_in(w, body) for w in name.split()):
        return False
    out.byline = out.byline or name
    return True


# "Forschung & Gesellschaft - English version", "Kessra Napló | English edition": an outlet naming the edition a
# translation (or a foreign-language outlet's own English copy) is (header's edition labels); "&" may join its words.
_EDITION_OUTLET = re.compile(rf"[{UPPER}][\w'’.-]*(?:\s+(?:&|and|of|the|[{UPPER}][\w'’.-]*)){{0,5}}")


def _edition_outlet(line: str) -> str | None:
    parts = [part.strip() for part in _SEPARATOR.split(line)]
    named = len(parts) == 2 and _EDITION_LABEL.match(parts[1]) and _EDITION_OUTLET.fullmatch(parts[0])
    return outlet_case(parts[0]) if named else None


def _outlet_line(line: str, seen_content: bool, out: Cleaned) -> bool:
    """"Brekke Evening Post | March 14, 2026" or "Transport - 14 March 2026" anywhere in the header; below the
    headline, "Outlet | Section": the outlet is the publisher, the date the article's. "Outlet - machine translation
    from Finnish": the outlet beside the note."""
    translated = translated_outlet(line) or _edition_outlet(line)
    if translated is not None:  # "Politics | Machine translation from Spanish": a section's label is no outlet
        out.publisher = out.publisher or (None if section_label(translated) else translated)
        return True
    labelled = label_and_date(line)
    if labelled is not None:
        out.publisher = out.publisher or (labelled[0] if outlet_name(labelled[0]) else None)
        out.datelines.append(labelled[1])
        return True
    # "Subscribe now | Share": a call to the reader names no outlet, whatever its shape.
    outlet = _OUTLET_SECTION.match(line) if seen_content and name_with_role(line) is None and not _junk(line, False) else None
    if outlet and len(outlet.group(1).split()) <= 5 and len(outlet.group(2).split()) <= 6:
        name, label = outlet.group(1).strip(), outlet.group(2).strip()
        if _only_date(label):  # "Morning Bulletin, 7 a.m. - Tuesday 14 March 2031": a programme and its date
            out.datelines.append(label)
            out.publisher = out.publisher or (name if outlet_name(name) else None)
            return True
        out.publisher = out.publisher or name
        return True
    return False


def _site_line(lines: list[str], index: int, chrome: set[int], seen_content: bool, out: Cleaned) -> bool:
    """A rule under the masthead ("=====", names nothing), or the site's name among its icons and menus,
    alone or with its tagline ("HARBOUR EYE - the quay's only honest voice"): the name is the publisher."""
    line = lines[index]
    if not any(c.isalnum() for c in line):
        return True
    if ((index - 1 in chrome or index + 1 in chrome) and len(line.split()) <= 5 and not line.endswith(tuple(".!?:"))
            and not _only_date(line)):
        # The site's name among its icons and menus; a call to the reader there ("Subscribe") is more menu.
        out.publisher = out.publisher or (None if _junk(line, False) else _site_name(line))
        return True
    tagged = _SEPARATOR.split(line)
    # Beside its menus, or named as an outlet ("The Valley Tribune - student journalism since 1962").
    if (((index + 1 in chrome and not seen_content) or outlet_name(tagged[0].strip())) and len(tagged) == 2
            and len(tagged[0].split()) <= 5 and tagged[1][:1].islower()):
        out.publisher = out.publisher or tagged[0].strip()
        return True
    return False


def _header_field(lines: list[str], index: int, end_seen: tuple[int, bool], chrome: set[int], out: Cleaned) -> bool:
    """A masthead on the header's first line, a bare name under the headline, or a writer with a date
    ("Ana Lund | 10/03/2031 08:30"): moved to its field."""
    end, seen_content = end_seen
    fields = meta_fields(lines[index])
    if fields is not None:
        out.byline = out.byline or fields[0]
        out.datelines.append(fields[1])
        out.publisher = out.publisher or fields[2]
        return True
    written = name_and_date(lines[index])
    if written is not None:
        out.byline = out.byline or written[0]
        out.datelines.append(written[1])
        return True
    if not seen_content:
        station = station_masthead(lines[index])  # "KSTV 9 EVENING NEWS - TRANSCRIPT", the script's first line
        if station is not None:
            out.publisher = out.publisher or station[0]
            out.datelines.extend(filter(None, station[1:]))
            return True
        name = _masthead_name(lines, index, end, chrome)
        if name is not None and not section_label(name):
            out.publisher = out.publisher or _site_name(name)
            # "HARBOUR NEWS — Saturday 12 October 2030": the masthead's date is the edition's.
            out.datelines.extend(p.strip() for p in _SEPARATOR.split(lines[index])[1:] if _only_date(p))
        return name is not None
    writer = (name_over_role(lines, index) or name_with_role(lines[index]) or credits_line(lines[index])) if seen_content else None
    if writer is not None or (seen_content and role_under_writer(lines, index)):
        out.byline = out.byline or writer
        return True
    if out.byline is None and _bare_byline(lines, index, end):
        out.byline = writer_of(lines[index])
        out.publisher = out.publisher or employer_of(lines[index])
        return True
    if out.publisher is None and _outlet_alone(lines, index):
        out.publisher = lines[index].strip()
        return True
    return False


def _outlet_alone(lines: list[str], index: int) -> bool:
    """An outlet's name standing alone in the header below the headline ("Valley Dispatch" under the
    post's date line): a short name with an outlet's head word, a paragraph of its own; or any header line
    below the headline that is an outlet's name ("By Ana Lund" / "Nordic Press Agency")."""
    line = lines[index].strip()
    if outlet_name(line):  # "Kessra Napló" among the byline and date lines under the headline
        return True
    alone = (index == 0 or not lines[index - 1].strip()) and (index + 1 >= len(lines) or not lines[index + 1].strip())
    return alone and len(line.split()) <= 5 and bool(_OUTLET_WORDS.search(line)) and bool(re.fullmatch(_NAME, line))


_MASTHEAD_WORDS = 8


def _masthead(lines: list[str], end: int, known: set[int], out: Cleaned) -> set[int]:
    """A first paragraph of several short lines above a headline standing alone is the site's masthead.

    "ByteWatch" / "Security news for everyone", or "CAMPUS WEEKLY - IN BRIEF" / "Friday, 2 May 2031",
    then the headline as a paragraph of its own: a headline is one line, so a first paragraph of two
    or more short lines (none a sentence) is the site's name with its tagline, section or date. Its
    first line is the publisher; the headline below it is then the first line of the text.
    """
    first = next((i for i in range(end) if lines[i]), None)
    if first is None:
        return set()
    block = list(range(first, next((i for i in range(first, end) if not lines[i]), end)))
    # A post's date line with its writer ("June 3, 2031 - by Ana Lund") is left to the byline reader.
    page = [i for i in block if i not in known and not _BYLINE.match(lines[i]) and not _DATELINE.match(lines[i])
            and not _dated_byline(lines[i])]
    # Menus, taglines that call to the reader, a sponsor's line: the page's own, whatever words they use, so they
    # go with the masthead but do not decide whether it is one (a name is none of those, whatever the junk rules
    # make of "Valley Today").
    content = [i for i in page if _junk(lines[i], False) is None or re.fullmatch(_NAME, lines[i])]
    if len(block) < 2 or not content or block[-1] + 1 >= end:
        return set()
    # A sentence stops no masthead's tagline ("THE IMAGE DESK" / "Pictures don't lie. People do."): a name in capitals
    # of a few words over a short line; anything else ending in a stop is the story's first lines.
    caps = lines[content[0]].isupper() and len(lines[content[0]].split()) <= _SITE_WORDS and len(content) == 2
    if any(lines[i].endswith(tuple(".!?")) and not (caps and i != content[0] and len(lines[i].split()) <= _SITE_WORDS * 2)
           for i in content):
        return set()
    headline = [i for i in range(block[-1] + 1, end) if lines[i] and i not in known]
    if not headline and outlet_name(lines[content[0]]):
        # "HARBOUR LINES WEEKLY" over its tagline (of any length) and issue line, the story's first paragraph
        # next: the outlet. The line under it stays (it may be the headline).
        out.publisher = out.publisher or outlet_case(lines[content[0]])
        return {content[0]}
    if any(len(lines[i].split()) > _MASTHEAD_WORDS for i in content):
        return set()
    if not headline and _site_over_headline(lines, content):
        out.publisher = out.publisher or lines[content[0]]
        return {content[0]}
    if not headline or _BYLINE.match(lines[headline[0]]) or _DATELINE.match(lines[headline[0]]):
        return set()
    name = outlet_only(lines[content[0]])
    outlet = _OUTLET_SECTION.match(name)
    if outlet:
        name = outlet.group(1).strip()
    if len(name.split()) <= 5:
        out.publisher = out.publisher or outlet_case(_site_name(name))
    return set(page)


_SITE_WORDS = 4


def _site_over_headline(lines: list[str], content: list[int]) -> bool:
    """"Valley Today" / "Council puts off tram depot vote", then the story: a first paragraph of two lines with
    no headline after it is the site's name over the headline, when the first is a short name (capitalised
    words, no section label) shorter than the second, and the story never uses its words, as a story rarely
    names the site it is on; a headline over its standfirst shares the story's words."""
    if len(content) != 2:
        return False
    site, headline = lines[content[0]], lines[content[1]]
    words = site.split()
    if not len(words) <= _SITE_WORDS or len(words) >= len(headline.split()):
        return False
    if re.fullmatch(_NAME, site) is None or section_label(site):
        return False
    body = " ".join(lines[content[1] + 1 :]).lower()
    return not any(used_in(w, body) for w in words if w.lower() not in STOPWORDS)


# "Night Desk with Ana Lund", "SHORE TALK! with Ana Lund": a show or blog named with its host; the host is
# the byline's business, the outlet is the name before her.
_WITH_HOST = re.compile(rf"^(.*?\w.*?)[\s,:–—-]+(?:with|avec|mit|met|con|com)\s+{_NAME}$")


def _site_name(line: str) -> str:
    """The outlet's name in a masthead line, less a host credit after it."""
    match = _WITH_HOST.match(line)
    return match.group(1).strip(" ,:–—-") if match else line
