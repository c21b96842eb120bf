"""Boilerplate removal for article text: site chrome, pleas, embeds and captions out; metadata kept.

The rules are about the *shape* of junk, not the strings of any one site: a line too short to be
prose that talks about the page (icons, menus, mobile versions), an imperative addressed to the
reader (follow us, sign up, read more), an e-mail plea, the signature line of an embedded post, an
image credit, a line repeated verbatim. Bylines, datelines and copyright lines are metadata, so they
move to fields instead of vanishing. Everything removed is listed so the report can show it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from summarizer.dates import article_day_first, find_dates
from summarizer.ingest.dates import parse_published_time

_NAME = r"[A-Z][\w'’.\-]+(?:\s+(?:[a-z]{1,3}\s+){0,2}[A-Z][\w'’.\-]+){0,3}"  # "Anouk van der Meulen"
_BYLINE = re.compile(rf"^(?:By|BY|by|Written by|Words by|Reporting by|Story by)[:\s]+"
                     rf"({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
                     r"(?:\s*(?:[|,•·—–-]|\bin\b).{0,80})?$")
_CREDIT_LINE = re.compile(rf"^({_NAME})\s*\(([A-Z][\w&.’']*(?:[\s,/]+[A-Z][\w&.’']*){{0,4}})\)$")
_TRAILER = re.compile(r"^\(?(?:Reporting|Writing|Additional reporting|Editing|Compiled) by\b.{0,200}$", re.I)
_DATELINE = re.compile(r"^(?:Published|Updated|Posted|Last updated|First published|Date)\b[:\s]", re.I)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}\s*)?(.*?)[.\s]*(?:All (?:the )?rights reserved.*)?$",
                        re.I)
# Lines of a page's header, before the first paragraph of prose: the site's name beside its chrome
# ("Site icon" / "NorthPost Daily" / "Exit mobile version"), "Outlet | Section", a date standing alone,
# and a translated byline ("For Marta Quintela", "Of Jonas Friis": Portuguese "Por", Danish "Af").
_HEADER_LINES = 14
_OUTLET_SECTION = re.compile(r"^([A-Z][^|–—:]{1,60}?)\s+[|–—-]\s+([A-Z(][^|–—]{1,60})$")
_TRANSLATED_BYLINE = re.compile(rf"^(?:For|Of|From|Por|Par|Von|Af|Av|Door|Di|Da)\s+({_NAME})$")
# "Posted on June 3, 2026 by Lisa Brandt", "Posted by Gil Okafor on May 16, 2026": the name ends the line or
# is followed by the date.
_DATED_BY = re.compile(rf"\bby\s+({_NAME})(?=\s*$|\s+(?:on|at)\s|\s*[|,•·])")
# Machine translation leaves the clock word of its language in English: "11.15 clock" ("Uhr"), "09h40".
_DATE_WORDS = re.compile(r"\b(?:at|on|updated|published|posted|am|pm|a\.m|p\.m|h|[A-Z]{2,4}T?|GMT|UTC|CET|CEST|"
                         r"o'?clock|clock|uhr|hrs?|hours|heures|horas|klo|kl)\b\.?",
                         re.I)
_FIELD = re.compile(r"^(Title|Headline|Source|Publisher|Published by|Outlet)\s*:\s*(\S.*)$", re.I)
_URL = re.compile(r"(?:https?://|www\.)\S+|\b(?:pic\.twitter\.com|t\.co|bit\.ly|ow\.ly|tinyurl\.com|fb\.me|"
                  r"youtu\.be|instagr\.am)/\S*", re.I)
_EMAIL = re.compile(r"\b[\w.+\-]+@[\w\-]+\.[\w.\-]+\b")
_EMBED_SIGNATURE = re.compile(r"[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s*(?:\w+\s+\d{1,2},\s*\d{4}|\d{1,2}\s+\w+\s+\d{4}|"
                              r"\w+\s+\d{4}|\d{4}-\d\d-\d\d)?\s*$")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>|\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|/|#)[^)\s]*\)")
_CAPTION = re.compile(
    r"^(?:Image|Photo|Photograph|Picture|Caption|Credit|Video|Graphic)s?\s*(?:caption|copyright|source|credit|by)?"
    r"\s*[:|]|\((?:Photo|Image|Picture|Credit)s?\b[^)]*\)\s*$|\b(?:Photo|Image|Picture)\s*(?:credit|by|:)|"
    r"\bvia Getty Images\b|\bGetty Images\s*$|\b(?:Photo|Image|Picture) (?:illustration|courtesy)\b",
    re.I,
)
# A call to the reader, in three patterns so that each runs only on lines that can hold it: a verb
# aimed at "us"/"our", an opening imperative, or a channel word. One alternation tried at every
# character cost most of the cleaning time of a long article.
_READER_US = re.compile(
    r"(?:^|[.!?]\s+)(?:please\s+)?(?:follow|like|join|subscribe to|sign up (?:for|to)|download|get|add|message|"
    r"text|contact|reach|tell|email|e-mail|write to|support|donate to|listen to|watch)\s+(?:us|our)\b",
    re.I,
)
_US = re.compile(r"\s(?:us|our)\b")  # on the lowercased line: what _READER_US cannot match without
_READER_OPENING = re.compile(
    r"(?:follow|subscribe|sign up|join|download|click|tap|read more|(?:to )?read also|also read|see also|related|"
    r"recommended|more from|continue reading|listen to|listen live|tune in|don't miss|do not miss|you may also|"
    r"story continues|advertisement|sponsored|share this|share on|have a (?:news )?tip|got a (?:news )?tip|"
    r"send us|for more (?:on|news|stories)|watch:|watch the|want more|never miss|get the latest)\b",
    re.I,
)
# The same call opening a later sentence of a short paragraph, after a line of sales talk ("Local news in
# your inbox every morning. Sign up free: enter your email below."): only the unambiguous imperatives.
_READER_LATER = re.compile(
    r"[.!?:]\s+(?:please\s+)?(?:sign up|subscribe|download|click|tap|manage your|unsubscribe|read more|read also|"
    r"listen to|listen live|tune in|donate)\b",
    re.I,
)
_READER_LATER_WORDS = 30
# What a publisher says to its reader about itself, the page or the article, never news: a developing-story
# notice, a funding plea, a paywall or membership label, an event promotion, a disclaimer, a syndication
# notice, a translation note, a "stay with us for the latest" sign-off.
_PUBLISHER_NOTE = re.compile(
    r"\b(?:this (?:is a|story is) developing(?: story)?|developing story|this (?:story|article|post) (?:will be|has been|"
    r"is being) updated|reader[- ](?:funded|supported)|chip in (?:today|now|to (?:keep|support))|support (?:our|"
    r"independent)(?: [a-z]+){0,2} (?:journalism|reporting|newsroom|news)|become a (?:supporter|subscriber|paying member)|become a member "
    r"(?:today|now)|make a (?:contribution|donation) (?:today|now)|donate (?:now|today|via|here|below|online|at)|"
    r"(?:subscribers?|members?)[- ]only|"
    r"for (?:subscribers|members) only|exclusive (?:content )?(?:for|to) (?:subscribers|members)|already a "
    r"(?:subscriber|member)\?|premium (?:article|content)|unlock (?:this|the full) (?:article|story)|"
    r"(?:join|register for|sign up for|watch) (?:our|the|this) (?:free )?(?:webinar|live event|virtual event)|"
    r"register (?:now|here) (?:for|to)|book (?:your )?tickets|early[- ]bird (?:tickets|price|rate)|"
    r"(?:for|purely) informational purposes|does not (?:constitute|replace|substitute)[^.]{0,30}\badvice|"
    r"not (?:financial|investment|legal|medical) advice|past performance is (?:not|no)|"
    r"may not be (?:published|reproduced)(?:,| or) (?:broadcast|rewritten|redistributed|distributed|copied)|"
    r"(?:is|are) (?:sent|e-?mailed|delivered) to (?:our )?(?:subscribers|members|readers)|on (?:patreon|ko-fi|substack)\b|"
    r"all (?:the )?rights reserved|translated automatically|automatic(?:ally)? translat|machine[- ]translat|"
    r"version in [A-Za-z]+ is the (?:one of )?reference|(?:stay|tune|keep) (?:with|to|in to) .{1,40} for (?:the )?"
    r"latest|you (?:might|may) also (?:like|enjoy)|(?:more|related) (?:on|about) this (?:story|topic))"
    r"|^\(?(?:this (?:article|story|text) (?:is|was|has been) )?(?:automatically |machine[- ])?translated from\b"
    r"|^(?:most|more) (?:read|popular|viewed)\b|^related(?: (?:posts|stories|articles|coverage|content|reading))?:?$"
    r"|^read next\b",
    re.I,
)
_READER_CHANNEL = re.compile(
    r"\b(?:newsletter|whatsapp channel|telegram channel|our app|push notifications|breaking news alerts)\b", re.I
)
_CHANNEL_WORDS = ("newsletter", "whatsapp", "telegram", "our app", "push notif", "breaking news alert")
_CAPTION_WORDS = ("image", "photo", "picture", "caption", "credit", "video", "graphic", "getty")
_PROSE_END = tuple(".!?…:\"”’)")
_QUOTE_MARKS = ("“", "”", '"')
_WORD = re.compile(r"\w+")
_MARKUP = re.compile(r"^#{1,6}\s+|^>\s?|^[*_]{2}|[*_]{2}$")
# A "hover card" left inline by a scraped link: the linked name, the same name again with no space (the
# card's heading) and a run of the person's latest headlines, closed by the card's " MORE" button:
# "Rep. Jana VollmerJana VollmerBudget talks stall | Port strike ends MORE (D-Ore.)". Only lines holding
# " MORE" are searched, and the card is bounded, so the pattern stays cheap.
_HOVER_CARD = re.compile(r"(?<![\w'’.\-])([A-Z][\w'’.\-]*[a-z.](?:\s[A-Z][\w'’.\-]*[a-z.]){0,3})\1"
                         r"([A-Z\d“\"'‘][^\n]{0,1200}?)\sMORE\b")
_PAGE_WORDS = re.compile(
    r"\b(?:icon|logo|favicon|mobile (?:version|site|app)|desktop version|menu|navigation|skip to|toggle|"
    r"back to top|home ?page|cookies?|log ?in|sign ?in|loading|search|close|print|share|tweet|copy link|"
    r"comments?|min(?:ute)? read|minutes? read|font size|open in app|view in browser)\b",
    re.I,
)


@dataclass
class Cleaned:
    """Cleaned text plus what was taken out and any metadata found in the junk (bylines)."""

    text: str
    removed: list[str] = field(default_factory=list)
    byline: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    published_time: str | None = None
    datelines: list[str] = field(default_factory=list)  # read once the whole text shows its date order
    credit: str | None = None  # "Name (Agency)": the writer's agency, the publisher only if nothing else is


def clean_text(raw: str) -> Cleaned:
    """Remove site chrome and pleas from article text; keep paragraphs, and list what went."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u200b", "")
    out = Cleaned(text="")
    for match in _MD_IMAGE.finditer(text):
        out.removed.append(match.group())
    text = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", text))
    lines = [line.strip() for line in text.split("\n")]
    header = _header(lines, out)
    kept = _Lines(lines, out)
    for index, line in enumerate(lines):
        if not line:
            kept.keep.append("")
        elif index in header:
            out.removed.append(line)
            kept.keep.append(None)
        else:
            kept.add(line)
    _read_datelines(out, text)
    _drop_link_list(kept.keep, out.removed)
    if out.publisher is None:
        out.publisher = out.credit
    cleaned = "\n".join(k for k in kept.keep if k is not None)
    cleaned = re.sub(r"[ \t]+\n", "\n", cleaned)
    out.text = re.sub(r"\n{3,}", "\n\n", cleaned).strip()
    return out


class _Lines:
    """The lines kept so far (None where one was removed), with what later lines are judged against."""

    def __init__(self, lines: list[str], out: Cleaned) -> None:
        self.lines, self.out = lines, out
        self.keep: list[str | None] = []
        self.seen: set[str] = set()
        self.linked: set[int] = set()  # indexes of kept lines that carried a link (an embedded post's body)

    def add(self, line: str) -> None:
        removed = self.out.removed
        body = _MARKUP.sub("", line).strip() if line[0] in "#>*_" or line[-1] in "*_" else line
        if " MORE" in body:
            body = _drop_hover_cards(body, removed)
        url = _may_hold_url(body) and _URL.search(body) is not None
        reason = _metadata(body, self.out)
        if reason is None:
            reason = _junk(body, url)
        if reason == "embed":
            self._drop_embedded_post()
        key = " ".join(_WORD.findall(body.lower()))  # case and punctuation do not make a line new
        if reason is None and key in self.seen and 3 <= len(key.split()) < 60:
            reason = "duplicate"
        if reason is not None:
            if reason != "metadata":
                removed.append(line)
            self.keep.append(None)
            return
        self.seen.add(key)
        if url:
            self.linked.add(len(self.keep))
        self.keep.append(_URL.sub("", body).rstrip() if url else body)

    def _drop_embedded_post(self) -> None:
        """An embed's own text sits just above its signature line: a short kept line that carried a link."""
        previous = _last_kept(self.keep)
        if previous is not None and len(self.keep[previous] or "") < 400 and previous in self.linked:
            self.out.removed.append(self.lines[previous])
            self.keep[previous] = None


def _read_datelines(out: Cleaned, text: str) -> None:
    """"Published: 04/03/2025" is read in the order the article's own dates use; only worth a pass over
    the whole text when there is such a line."""
    # "Published: 09/04/2026" in an article "translated from Dutch": the note says the order when the text does not.
    dayfirst = bool(article_day_first(text, None, out.removed)) if out.datelines else False
    for line in out.datelines:
        dates = [d.value for d in find_dates(line, None, dayfirst) if len(d.value) == 10]
        if dates and out.published is None:
            out.published = date.fromisoformat(dates[0])
            out.published_time = parse_published_time(line)


# Head words of a news outlet's name, as a byline names it after the writer.
_OUTLET_WORDS = re.compile(r"\b(?:Press|Wire|News|Newswire|Agency|Service|Times|Post|Daily|Herald|Gazette|Radio|TV|Media|"
                           r"Tribune|Journal|Courier|Chronicle|Telegraph|Bulletin|Dispatch)\b")
_JOB_WORDS = re.compile(r"\b(?:editor|correspondent|reporter|writer|columnist|contributor|producer|analyst|chief|"
                        r"staff|desk|bureau|journalist|critic)s?$", re.I)


def _without_roles(names: str) -> str:
    """"Ana Lund, Health Editor" names one person: a part ending in a job word is her role."""
    parts = [p.strip() for p in names.split(",")]
    kept = [p for p in parts if not _JOB_WORDS.search(p)]
    return ", ".join(kept) if kept else names


def _byline_outlet(names: str) -> str | None:
    """"By Ana Lund, Lowland Press Service": the outlet named after the writer, if the last part is one."""
    outlet = names.rsplit(",", 1)[-1].strip() if "," in names else ""
    return outlet if _OUTLET_WORDS.search(outlet) else None


def _is_prose(line: str) -> bool:
    words = len(line.split())
    return words >= 30 or (words >= 12 and line.endswith(_PROSE_END))


def _only_date(line: str) -> bool:
    """A line that is a date and perhaps a clock time ("13 March 2026", "August 12, 2026 9:40 am")."""
    if len(line.split()) > 8 or not any(c.isdigit() for c in line):
        return False
    dates = find_dates(line, None, False)
    if not dates or len(dates[0].value) < 10:
        return False
    rest = line[: dates[0].start] + line[dates[0].end :]
    return not re.search(r"[^\W\d_]", _DATE_WORDS.sub("", rest))


def _header(lines: list[str], out: Cleaned) -> set[int]:
    """Indexes of header lines that are metadata, with their values moved to ``out``.

    The header is everything before the first paragraph of prose. The headline is its first line
    of content, so "Outlet | Section" is looked for only after it.
    """
    end = min(len(lines), _HEADER_LINES)
    for index in range(end):
        if _is_prose(lines[index]):
            end = index
            break
    chrome = {i for i in range(end) if lines[i] and _junk(lines[i], False) == "page chrome"}
    meta: set[int] = set()
    seen_content = False
    for index in range(end):
        line = lines[index]
        if not line or index in chrome or _BYLINE.match(line) or _DATELINE.match(line):
            continue
        words = line.split()
        if ((index - 1 in chrome or index + 1 in chrome) and len(words) <= 5 and not line.endswith(tuple(".!?:"))
                and not _only_date(line)):
            out.publisher = out.publisher or line  # the site's name among its icons and menus
            meta.add(index)
            continue
        byline = _TRANSLATED_BYLINE.match(line)
        if byline and len(words) <= 5:
            out.byline = out.byline or byline.group(1)
            meta.add(index)
            continue
        outlet = _OUTLET_SECTION.match(line) if seen_content else None
        if outlet and len(outlet.group(1).split()) <= 5 and len(outlet.group(2).split()) <= 6:
            out.publisher = out.publisher or outlet.group(1).strip()
            meta.add(index)
            continue
        if _only_date(line):
            out.datelines.append(line)
            meta.add(index)
            continue
        seen_content = True
    meta |= _masthead(lines, end, chrome | meta, out)
    return meta


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
    content = [i for i in block if i not in known and not _BYLINE.match(lines[i]) and not _DATELINE.match(lines[i])]
    if len(block) < 2 or not content or block[-1] + 1 >= end:
        return set()
    if any(len(lines[i].split()) > _MASTHEAD_WORDS or lines[i].endswith(tuple(".!?")) for i in content):
        return set()
    headline = [i for i in range(block[-1] + 1, end) if lines[i] and i not in known]
    if not headline or _BYLINE.match(lines[headline[0]]) or _DATELINE.match(lines[headline[0]]):
        return set()
    name = lines[content[0]]
    outlet = _OUTLET_SECTION.match(name)
    if outlet:
        name = outlet.group(1).strip()
    if len(name.split()) <= 5:
        out.publisher = out.publisher or name
    return set(content)


_LINK_LIST_WORDS = 14
_LINK_LIST_CHARS = 100


def _drop_link_list(keep: list[str | None], removed: list[str]) -> None:
    """Short lines after the last paragraph of prose (related links under any heading, share buttons,
    "Leave a Reply") are the page's, not the article's: two or more of them at the end go."""
    block: list[int] = []
    prose_before = False
    for index in range(len(keep) - 1, -1, -1):
        line = keep[index]
        if not line:
            continue
        if (len(line.split()) > _LINK_LIST_WORDS or len(line) > _LINK_LIST_CHARS
                or line.endswith((".", "!", "…", "”", '"', "’", "'", "。", "！", "」"))):
            prose_before = True
            break
        block.append(index)
    if len(block) >= 2 and prose_before:
        for index in block:
            removed.append(keep[index] or "")
            keep[index] = None


def _drop_hover_cards(line: str, removed: list[str]) -> str:
    """Keep the linked name of each inline hover card once; the repeated name and its headlines go."""
    def drop(match: re.Match[str]) -> str:
        removed.append(match.group()[len(match.group(1)):])
        return match.group(1)
    return _HOVER_CARD.sub(drop, line)


def _last_kept(keep: list[str | None]) -> int | None:
    for index in range(len(keep) - 1, -1, -1):
        if keep[index]:
            return index
    return None


def _metadata(line: str, out: Cleaned) -> str | None:
    """Move bylines, datelines, titles and copyright lines to fields; 'metadata' when the line was one."""
    words = len(line.split())
    match = _BYLINE.match(line)
    if match and words <= 16:
        out.byline = out.byline or _without_roles(match.group(1).strip())
        out.credit = out.credit or _byline_outlet(match.group(1))
        if any(c.isdigit() for c in line[match.end(1):]):
            out.datelines.append(line)  # "by Ana Lund | October 21, 2026 | 4 min read": the post's date
        out.removed.append(line)
        return "metadata"
    match = _CREDIT_LINE.match(line)
    if match and words <= 10 and not line.endswith("."):
        out.byline = out.byline or match.group(1).strip()
        # A wire credit names who wrote it; the outlet that carried it is named elsewhere if at all.
        out.credit = out.credit or match.group(2).split(",")[0].strip()
        out.removed.append(line)
        return "metadata"
    if _TRAILER.match(line):
        out.removed.append(line)
        return "metadata"
    if _DATELINE.match(line) and words <= 14:
        out.datelines.append(line)
        by = _DATED_BY.search(line)  # "Posted on June 3, 2026 by Lisa Brandt"
        if by:
            out.byline = out.byline or by.group(1)
        out.removed.append(line)
        return "metadata"
    match = _COPYRIGHT.match(line)
    if match and words <= 16:
        out.publisher = out.publisher or (match.group(1).strip(" .,") or None)
        out.removed.append(line)
        return "metadata"
    match = _FIELD.match(line)
    if match and words <= 20:  # "Title: …", "Source: …" header lines of pasted or exported articles
        field_name, value = match.group(1).lower(), match.group(2).strip()
        if field_name in ("title", "headline"):
            out.title = out.title or value
        else:
            out.publisher = out.publisher or value
        out.removed.append(line)
        return "metadata"
    return None


def _may_hold_url(line: str) -> bool:
    """Every link shape _URL knows has a slash or "www": a substring test spares the pattern most lines."""
    return "/" in line or "www" in line.lower()


def _junk(line: str, url: bool) -> str | None:
    """Why a line is not article prose, or None when it is.

    Each pattern runs only after a substring or length test shows it could match: a pasted document of
    several megabytes is mostly prose lines, and a pattern tried at every character of each was most
    of the time spent cleaning it.
    """
    words = len(line.split())
    low = line.lower()
    prose = line.endswith(_PROSE_END) and words >= 6
    if words <= 80 and "(@" in line and _EMBED_SIGNATURE.search(line):
        return "embed"
    stripped = (_URL.sub("", line) if url else line).strip(" \t-–—|•·:()[]")
    if not stripped or (url and len(stripped.split()) <= 3):
        return "link"
    if words <= 60 and "@" in line and _EMAIL.search(line):
        return "tip line"
    if words <= 45 and not any(mark in line for mark in _QUOTE_MARKS) and _reader_call(line, low):
        return "call to reader"
    if words <= 45 and not any(mark in line for mark in _QUOTE_MARKS) and _PUBLISHER_NOTE.search(line):
        return "publisher note"
    if words <= 60 and any(word in low for word in _CAPTION_WORDS) and _CAPTION.search(line):
        return "caption"
    if not prose and words <= 10 and _PAGE_WORDS.search(line):
        return "page chrome"
    if not prose and "|" in line and words <= 16 and _menu(line):
        return "page chrome"
    if re.fullmatch(r"[\W\d_]+", line) or (words <= 8 and re.fullmatch(r"\[[^\]]*\]|\([^)]*\)", line)):
        return "markup"
    return None


def _menu(line: str) -> bool:
    """"Home | About | Donate | Contact": three or more short labels between bars, no figures (a table row has them)."""
    items = [item.strip() for item in line.strip(" |").split("|")]
    return len(items) >= 3 and all(0 < len(item.split()) <= 3 and not any(c.isdigit() for c in item) for item in items)


def _reader_call(line: str, low: str) -> bool:
    return bool(_READER_OPENING.match(line)
                or (len(line.split()) <= _READER_LATER_WORDS and _READER_LATER.search(line))
                or (any(word in low for word in _CHANNEL_WORDS) and _READER_CHANNEL.search(line))
                or (_US.search(low) and _READER_US.search(line)))
