"""A press release's own lines: the label saying what the document is, and the notes after its end mark.

An organisation's release carries lines no news page has: "PRESS RELEASE - FOR IMMEDIATE RELEASE" above the
headline (read as the outlet's name, it became the publisher over the issuer's own masthead), and after the text
an end mark ("ENDS", "-ends-", "###") or a "Notes to editors" heading, under which come the boilerplate about the
issuer, its press contacts and offers of pictures (left in, they were key points). The label goes, and so does
everything from the end mark on, once the release has had prose above it. A company's announcement to the market
carries its legal matter too (a banner on where it may be published, its important notices): that goes wherever it
stands, and the issuer's name and date under the banner are then read as a masthead's.
"""

from __future__ import annotations

import re

from summarizer.ingest.masthead import is_prose
from summarizer.name_case import outlet_case

_KIND = (r"(?:(?:press|news|media)\s+(?:release|statement|advisory|notice)|(?:(?:joint|official|company)\s+)?statement|"
         r"for\s+(?:immediate|general)\s+release|embargoed\b[^|]{0,60})")
# The label alone, or two joined ("PRESS RELEASE - FOR IMMEDIATE RELEASE", "News release | Embargoed until 00:01").
_LABEL = re.compile(rf"^{_KIND}(?:\s*[-–—|:•·]\s*{_KIND})*\W*$", re.IGNORECASE)
_END = re.compile(r"^[-–—*()\s]*(?:ends|end|#{3})[-–—*()\s]*$", re.IGNORECASE)
_NOTES = re.compile(r"^(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors['’]?\s+notes?)\s*:?$", re.IGNORECASE)


_ISSUER_LINES = 3
_ISSUER_WORDS = 8


def release_lines(lines: list[str]) -> tuple[set[int], str | None]:
    """Indexes of a release's label lines, of the issuer's lines above the label ("CITY OF ORRIN" / "Press
    Office"), and of every line from its end mark or notes heading on; and the issuer, its first line."""
    found = {index for index, line in enumerate(lines) if line and len(line) < 90 and _LABEL.match(line)}
    legal = {index for index, line in enumerate(lines) if line and _LEGAL_NOTICE.search(line)}
    above = [index for index in range(min(found, default=0)) if lines[index]]
    issuer = None
    if above and len(above) <= _ISSUER_LINES and all(
            len(lines[i].split()) <= _ISSUER_WORDS and not lines[i].endswith(tuple(".!?")) for i in above):
        issuer = _as_written(_without_desk(lines[above[0]]), lines)
        found.update(above)
    return _with_notes(lines, found) | legal, issuer


# The issuer's desk that sends the release, named beside the issuer ("KESTREL PLC - PRESS OFFICE", "Orrin Council |
# Newsroom"): not the issuer's name.
_DESK = re.compile(r"^(?:(?:press|media|news)\s+(?:office|centre|center|room|desk|relations)|newsroom|communications)$", re.I)


def _without_desk(line: str) -> str:
    parts = [part.strip() for part in re.split(r"\s+[-–—|·•]\s+", line)]
    kept = [part for part in parts if not _DESK.match(part)]
    return " - ".join(kept) if kept else line


def _as_written(name: str, lines: list[str]) -> str:
    """The issuer's name in capitals as the release's prose writes it ("CASTOR AIR" is "Castor Air" in the text, where
    the word "AIR" would pass for an initialism), else as :func:`outlet_case` guesses it."""
    if name.isupper():
        pattern = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
        written = (m[0] for line in lines for m in pattern.finditer(line) if not m[0].isupper())
        return next(written, outlet_case(name))
    return name


# The headings of an issuer's boilerplate paragraphs in a results statement or a filing: its disclaimer, the call
# for analysts, its contacts, the paragraph about itself ("About Harrow Mills").
_BOILERPLATE_HEADING = re.compile(
    r"^(?:forward[- ]looking (?:statements?|information)|cautionary (?:statement|note)s?(?: regarding [\w -]{1,40})?|"
    r"safe harbou?r(?: statement)?|disclaimer|conference call|(?:analyst|investor)s?(?: and (?:analyst|investor)s?)? "
    r"(?:call|presentation|webcast)|webcast|enquiries|inquiries|contacts?|media contacts?|investor relations|"
    r"important (?:notices?|information)|legal notices?|"
    r"about (?:the )?[A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){0,4})\s*:?$", re.IGNORECASE)
# A company's announcement to the market and its legal matter, whatever the deal: the banner limiting where it may be
# published ("NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION IN ... ANY JURISDICTION ..."), the flag that it carries
# inside information, and the important notices' stock sentences and run-in labels ("This announcement is for
# information purposes only", "<Bank> is acting exclusively for <Company> and no one else", "Forward-looking
# statements: ...", "Publication on website: ...").
_LEGAL_NOTICE = re.compile(
    r"^not for (?:release|publication|distribution)\b|^this (?:announcement|document|notice) (?:contains|includes|is) "
    r"inside information\b|^this (?:announcement|document|notice|release) is (?:for information(?:al)? purposes only|not "
    r"(?:an offer|intended to))|\bis acting (?:exclusively )?for [^.]{1,80}? and no(?: ?one| other person) else\b|"
    r"^(?:forward[- ]looking (?:statements?|information)|cautionary (?:statement|note)s?|publication on (?:a |the )?"
    r"website|important (?:notices?|information)|disclaimer|inside information|market abuse regulation)\s*:",
    re.IGNORECASE)


def _with_notes(lines: list[str], found: set[int]) -> set[int]:
    """``found`` and every line from the end mark or the notes heading on (after some prose), and each paragraph
    under a boilerplate heading (after some prose) to the next blank line."""
    prose, section = False, False
    for index, line in enumerate(lines):
        if prose and line and (_END.match(line) or _NOTES.match(line)):
            return found | set(range(index, len(lines)))
        heading = prose and bool(line) and not (index and lines[index - 1]) and _BOILERPLATE_HEADING.match(line) is not None
        section = bool(line) and (section or heading)
        if section:
            found.add(index)
        prose = prose or is_prose(line)
    return found
