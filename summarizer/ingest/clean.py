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
from summarizer.ingest.blocks import _drop_link_list, drop_comments, drop_short_runs, drop_top_labels
from summarizer.ingest.broadcast import Transcript, hand_over, script_cue, sign_off, voiced
from summarizer.ingest.captions import drop_pull_quotes, drop_unlabelled_captions
from summarizer.ingest.closing import outlet_note, read_writer_note
from summarizer.ingest.dates import header_clock, parse_published_time
from summarizer.ingest.header import (
    _BYLINE,
    _DATELINE,
    _NAME,
    _NAME_DATE_SEPARATOR,
    _OUTLET_WORDS,
    CREDIT_BY,
    JOB_WORDS,
    UPDATE_STAMP,
    _dated_byline,
    dateline_alone,
    dateline_credit,
    outlet_name,
    wire_dateline,
    without_post_labels,
)
from summarizer.ingest.junk import _MARKUP, _MD_IMAGE, _MD_LINK, _URL, _WORD, SIGN_OFF, _drop_hover_cards, _junk, _may_hold_url
from summarizer.ingest.mail import mail_header
from summarizer.ingest.markdown import entry_time, unmarked
from summarizer.ingest.masthead import is_prose, read_header
from summarizer.ingest.pages import page_footer
from summarizer.ingest.release import release_lines
from summarizer.ingest.teasers import teaser_row
from summarizer.ingest.voice import personal
from summarizer.name_case import outlet_case, person_case

_CREDIT_LINE = re.compile(rf"^({_NAME})\s*\(([A-Z][\w&.’']*(?:[\s,/]+[A-Z][\w&.’']*){{0,4}})\)$")
# "Valley Times staff", "By the Valley Times newsroom", "From the Courier newsroom": the outlet, no person.
_STAFF_LINE = re.compile(rf"^(?:(?:by|from)\s+)?(?:the\s+)?({_NAME})\s+(?:staff|staff writers?|staff reporters?|newsroom)$", re.I)
_TRAILER = re.compile(r"^\(*(?:Reporting|Writing|Additional reporting|Editing|Compiled) by\b.{0,200}$", re.I)
# "(Reporting by Lena Markov and Ole Brant; Editing by …)": a wire story's reporters, its writers when no byline names one.
_TRAILER_WRITERS = re.compile(rf"^\(*{CREDIT_BY}\s+({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\s*(?:[;)]|$)")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}\s*)?(.*?)[.\s]*(?:All (?:the )?rights reserved.*)?$",
                        re.I)
# Lines of a page's header, before the first paragraph of prose: the site's name beside its chrome
# ("Site icon" / "NorthPost Daily" / "Exit mobile version"), "Outlet | Section", a date standing alone,
# and a translated byline ("For Marta Quintela", "Of Jonas Friis": Portuguese "Por", Danish "Af").
# "Posted on June 3, 2026 by Lisa Brandt", "Posted by Gil Okafor on May 16, 2026": the name ends the line or
# is followed by the date.
_DATED_BY = re.compile(rf"\bby\s+({_NAME})(?=\s*$|\s+(?:on|at)\s|\s*[|,•·])")
_FIELD = re.compile(r"^(Title|Headline|Source|Publisher|Published by|Outlet)\s*:\s*(\S.*)$", re.I)
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


def clean_text(raw: str, headline: bool = True) -> Cleaned:
    """Remove site chrome and pleas from article text; keep paragraphs, and list what went.

    ``headline`` False when the text no longer opens with its headline (an HTML page's, already read)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u200b", "")
    out = Cleaned(text="")
    for match in _MD_IMAGE.finditer(text):
        out.removed.append(match.group())
    text = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", text))
    lines = [line.strip() for line in text.split("\n")]
    released, out.publisher = release_lines(lines)  # a press release's label, issuer and notes to editors
    mailed, sender, out.title, sent = mail_header(lines)  # a newsletter's From, Subject and Date
    released |= mailed
    out.publisher, out.datelines = out.publisher or sender, [sent] if sent else []
    header = read_header(["" if index in released else unmarked(line) for index, line in enumerate(lines)], out)
    kept = _Lines(lines, out)
    for index, line in enumerate(lines):
        if not line:
            kept.keep.append("")
        elif index in header or index in released:
            out.removed.append(line)
            kept.keep.append(None)
            kept.seen.add(" ".join(_WORD.findall(line.lower())))  # a PDF's running header comes back
        else:
            kept.add(line)
    _read_wire_dateline(kept.keep, out)
    _read_datelines(out, text)
    drop_unlabelled_captions(kept.keep, kept.pictures, out.removed, headline)
    drop_pull_quotes(kept.keep, out.removed)
    drop_comments(kept.keep, lines, out.removed)
    _drop_link_list(kept.keep, out.removed)
    drop_top_labels(kept.keep, out.removed, headline)
    drop_short_runs(kept.keep, out.removed)
    read_writer_note(kept.keep, lines, out)
    out.publisher = out.publisher or out.credit
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
        self.heading = False  # the last line was a link list's heading ("Related posts", "You might also like:")
        self.personal: bool | None = None  # read on the first line in the publisher's voice, if any
        self.speaker: str | None = None  # a sound bite's speaker whose words are on the next line
        self.transcript = Transcript(lines)  # a script's own voices and its guests, for its turn labels
        self.pictures: dict[int, str] = {}  # a picture's credit or a gallery's counter removed, by index: its caption is beside it

    def add(self, line: str) -> None:
        removed = self.out.removed
        stamp = entry_time(line)  # a live entry's time: no part of its first sentence
        if stamp is not None and len(stamp) < len(line):
            removed.append(stamp.strip())
            line = line[len(stamp):]
        body = _MARKUP.sub("", line).strip() if line[0] in "#>*_" or line[-1] in "*_" else line
        if " MORE" in body:
            body = _drop_hover_cards(body, removed)
        body = self._without_cue(body)
        if not body:
            self.keep.append(None)
            return
        url = _may_hold_url(body) and _URL.search(body) is not None
        # A Markdown page's "# " heading above everything is its headline, whatever it says ("What it means for you").
        reason, body = (None, body) if line.startswith("# ") and not any(self.keep) else self._reason(body, url)
        if reason == "embed":
            self._drop_embedded_post()
        reason, body = self._outlet_junk(reason, body)
        key = " ".join(_WORD.findall(body.lower()))  # case and punctuation do not make a line new
        if reason is None and key in self.seen and 3 <= len(key.split()) < 60:
            reason = "duplicate"
        if reason is not None:
            if reason in ("caption", "label"):
                self.pictures[len(self.keep)] = body
            if reason != "metadata":
                removed.append(line)
            self.keep.append(None)
            return
        self.seen.add(key)
        if url:
            self.linked.add(len(self.keep))
        self.keep.append(_URL.sub("", body).rstrip() if url else body)

    def _reason(self, body: str, url: bool) -> tuple[str | None, str]:
        """Why the line is no text ('metadata' when it moved to a field), and what is left of it."""
        reason = _metadata(body, self.out)
        if reason is None:
            greeted, (reason, body) = body, self._broadcast(body)
            reason = reason or (_metadata(body, self.out) if body != greeted else None)  # 'Good morning. By Ana Lund.'
        if reason is None:
            reason = _junk(body, url) or ("page footer" if page_footer(body) else None)
            if reason == "publisher voice" and self._personal():  # the writer's "you" and "we"
                reason = _junk(body, url, voice=False)
        reason = reason or ("related links" if any(bar in body for bar in "|•·") and teaser_row(body) else None)
        return reason, body

    def _without_cue(self, body: str) -> str:
        """"SOT:", "MIRA SALO, REPORTER:": the studio's label goes, the words read after it stay ("" when none).
        A sound bite's words stay credited to the speaker its label names ("SOT (Tove Brandt):"), on its line or the next."""
        cue = script_cue(body)
        turn = self.transcript.turn(body) if cue is None else None
        if turn is not None:  # "[JINGLE]", the anchor's "LUND:", a clip's "CLIP - ": the label goes, the words stay
            self.out.removed.append(turn.label)
            return turn.rest
        if cue is None:
            speaker, self.speaker = self.speaker, None
            return voiced(speaker, body) if speaker else body
        self.transcript.cue(cue.label)
        self.out.removed.append(cue.label)
        self.out.byline = self.out.byline or cue.reader
        self.out.publisher = self.out.publisher or cue.station  # "ANA LUND, KSTV ANCHOR:" reads for KSTV
        self.speaker = cue.speaker if cue.speaker and not cue.rest else None
        return voiced(cue.speaker, cue.rest) if cue.speaker and cue.rest else cue.rest

    def _broadcast(self, body: str) -> tuple[str | None, str]:
        """A hand-over to a correspondent goes; the station's greeting and sign-off go from the line, the station
        and the reader they name kept as the publisher and byline."""
        over, name = hand_over(body)
        if over:
            self.out.byline = self.out.byline or name
            return "hand-over", body
        signed = sign_off(body)
        if signed is None:
            return None, body
        self.out.publisher = self.out.publisher or signed.outlet
        self.out.byline = self.out.byline or signed.reader
        start, end = signed.keep
        if start == end:
            return "sign-off", body
        self.out.removed.extend(part for part in (body[:start].strip(), body[end:].strip()) if part)
        return None, body[start:end]

    def _personal(self) -> bool:
        """Whether the article's prose itself speaks to the reader: read once, and only when a line asks."""
        if self.personal is None:
            self.personal = personal(self.lines)
        return self.personal

    def _outlet_junk(self, reason: str | None, body: str) -> tuple[str | None, str]:
        """What the outlet says of itself: its sponsor, the links under a "Related posts" heading, a
        station's sign-off ending the bulletin's last sentence (cut off, the sentence before it kept)."""
        if reason is None and self.out.publisher and _self_sponsored(body, self.out.publisher):
            reason = "publisher note"
        if reason is None and self.heading and _list_item(body):
            reason = "related links"
        self.heading = reason == "related links" or (
            reason in ("publisher note", "call to reader") and _heading(body))
        sign_off = SIGN_OFF.search(body) if reason is None and "hour" in body else None
        if sign_off and sign_off.start() > 0:
            self.out.removed.append(sign_off.group())
            body = body[: sign_off.start()].rstrip()
        elif sign_off:
            reason = "sign-off"
        return reason, body

    def _drop_embedded_post(self) -> None:
        """An embed's own text sits just above its signature line: a short kept line that carried a link."""
        previous = _last_kept(self.keep)
        if previous is not None and len(self.keep[previous] or "") < 400 and previous in self.linked:
            self.out.removed.append(self.lines[previous])
            self.keep[previous] = None


_HEADING_WORDS = 6
_LIST_ITEM_WORDS = 16


def _heading(line: str) -> bool:
    """A short line that is no sentence: the heading of what follows it."""
    return len(line.split()) <= _HEADING_WORDS and not line.endswith((".", "!", "?"))


def _list_item(line: str) -> bool:
    """A bulleted line of a few words: one link of a list."""
    return line[:1] in "-*•–" and len(line.split()) <= _LIST_ITEM_WORDS


def _self_sponsored(line: str, publisher: str) -> bool:
    """"Harbour Notes is sponsored by …": the outlet naming its own sponsor."""
    low = line.lower()
    return low.startswith(publisher.lower()) and re.search(
        r"\b(?:is|are) (?:sponsored|brought to you|presented|supported|powered) by\b", low) is not None


def _read_wire_dateline(keep: list[str | None], out: Cleaned) -> None:
    """The first paragraph of prose may open with a wire's dateline ("LORANT, 5 May 2031, 09:10 GMT - …");
    it stays in the text, and its date is read after every date line of the header: theirs come first."""
    for line in keep:
        if not line:
            continue
        filed = wire_dateline(line)
        if filed is not None:
            out.datelines.append(filed)
        out.credit = out.credit or dateline_credit(line)  # "LONDON (Nordwire) - …": the wire that filed it
        if filed is not None or is_prose(line):
            return


def _read_datelines(out: Cleaned, text: str) -> None:
    """"Published: 04/03/2025" is read in the order the article's own dates use; only worth a pass over
    the whole text when there is such a line."""
    # "Published: 09/04/2026" in an article "translated from Dutch": the note says the order when the text does not.
    # Nothing to go by (None) leaves the order to the line's own shape (dots are day first).
    dayfirst = article_day_first(text, None, out.removed) if out.datelines else None
    # "Updated: 5 May" above "Published: 3 May": an update's date is not the publication's.
    for line in sorted(out.datelines, key=lambda line: UPDATE_STAMP.match(line) is not None):
        dates = [d.value for d in find_dates(line, None, dayfirst) if len(d.value) == 10]
        if dates and out.published is None:
            out.published = date.fromisoformat(dates[0])
            out.published_time = parse_published_time(line) or header_clock(text)


def _byline_outlet(names: str, tail: str) -> str | None:
    """"By Ana Lund, Lowland Press Service", "By Ana Lund for the Valley Courier", "By Ana Lund · 3 May 2031 ·
    Valley Courier": the outlet named after the writer."""
    outlet = names.rsplit(",", 1)[-1].strip() if "," in names else ""
    words = outlet.split()
    while words and JOB_WORDS.search(words[-1]):  # "News Editor" is her post; "Valley Times Staff Writer" her paper's
        words = words[:-1]
    if _OUTLET_WORDS.search(outlet) and (len(words) == len(outlet.split()) or outlet_name(" ".join(words))):
        return " ".join(words)
    parts = (p.strip() for p in re.split(r"\s*[|,•·—–]\s*|\s+-\s+|\bfor\s+(?:the\s+)?", tail))
    return next((p for p in parts if outlet_name(p)), None)


def _last_kept(keep: list[str | None]) -> int | None:
    for index in range(len(keep) - 1, -1, -1):
        if keep[index]:
            return index
    return None


def _staff_line(line: str, out: Cleaned) -> bool:
    """"Valley Times staff" under a byline: the writer's paper, the publisher."""
    match = _STAFF_LINE.match(line)
    name = match.group(1).strip() if match else ""
    name = outlet_case(name)  # "COURIER STAFF WRITER": the name as prose writes it
    if match and _OUTLET_WORDS.search(name):
        out.publisher = out.publisher or name
        return True
    return False


def _lone_dateline(line: str, out: Cleaned) -> bool:
    """"DULUTH, Minn. —" alone above the story's first words: the place of filing, and its date if it gives one."""
    if not dateline_alone(line):
        return False
    filed = wire_dateline(f"{line} x")
    if filed is not None:
        out.datelines.append(filed)
    return True


def _metadata(line: str, out: Cleaned) -> str | None:
    """Move bylines, datelines, titles and copyright lines to fields; 'metadata' when the line was one."""
    words = len(line.split())
    match = _BYLINE.match(line)
    if match and words <= 16:
        names = re.sub(r"(?<=[a-z]{3})\.$", "", match.group(1).strip())  # "Written by Ana Lund.": no initial's stop
        role = re.match(r"\s+((?:[a-z]+\s+){0,2}[a-z]+)\b", line[match.end(1):])
        if "," in names and role and JOB_WORDS.search(role.group(1)):
            names = names.rsplit(",", 1)[0]  # "By Ana Lund, Ledger staff writer": the paper's name is her role's
        names = person_case(names) if names.isupper() else names  # "By ANA LUND": the name as prose writes it
        out.byline = out.byline or names  # as credited: writers.writer_credit reads roles, employer and place
        out.credit = out.credit or _byline_outlet(match.group(1), line[match.end(1):])
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
    if _TRAILER.match(line) or _staff_line(line, out) or outlet_note(line, out) or _lone_dateline(line, out):
        writers = _TRAILER_WRITERS.match(line)
        out.byline = out.byline or (writers.group(1) if writers else None)
        out.removed.append(line)
        return "metadata"
    # "Posted on June 3, 2026 by Lisa Brandt"; "June 3, 2026 - by Lisa Brandt - 4 min read"
    post = without_post_labels(line)
    writer = _dated_byline(post) if len(post.split()) <= 16 and " by " in post else None
    if writer or (_DATELINE.match(line) and words <= 14):
        out.datelines.append(post)
        by = _DATED_BY.search(line)
        out.byline = out.byline or writer or (by.group(1) if by else None)
        out.removed.append(line)
        return "metadata"
    match = _COPYRIGHT.match(line)
    if match and words <= 16:
        # "© Ledger 2031": the year after the name, as before it, is no part of the name.
        # "© 2031 Kiln Watch · Unsubscribe": a link beside the holder is no part of the name.
        holder = _NAME_DATE_SEPARATOR.split(match.group(1))[0]
        out.publisher = out.publisher or (re.sub(r"[\s,]+\d{4}$", "", holder.strip(" .,")) or None)
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

