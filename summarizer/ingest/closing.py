"""Notes that close an article and say who wrote it or where it ran, read into fields and taken out of the text.

A story's last paragraphs may be a note on its writer ("Ana Lund covers schools for the Kessra Weekly.", an author
box), her signature ("— Ana Lund"), or a note on where the story first ran ("This article first appeared in the
Marrow Valley Echo."). None is news; each names the byline or the outlet, so it moves to the field like a
masthead or a byline does. :mod:`summarizer.ingest.clean` calls these once the lines are sorted.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.ingest.blocks import discard
from summarizer.ingest.header import _NAME, outlet_name
from summarizer.text import sentence_spans

if TYPE_CHECKING:
    from summarizer.ingest.clean import Cleaned

# "Ana Lund is the transport reporter for the Brekke Evening Post.", "Ana Lund covers schools for the Kessra
# Weekly.": a note on the writer closing the article, naming the outlet she writes for.
_WRITER_NOTE = re.compile(rf"^({_NAME}) (?:is|was|has been|has (?:covered|written|reported)|covers|writes|reports|joined)\b"
                          rf"[^.!?]{{0,80}}?\b(?:for|at|with|of|joined) (?:the )?({_NAME})(?:\s+(?:since|in) \d{{4}})?\.$")
# "Ana Lund is a freelance journalist based in Duluth.": a note on the writer naming her trade, not her outlet.
_ROLE_NOTE = re.compile(rf"^({_NAME}) (?:is|was|has been) an? (?:[\w-]+ ){{0,3}}(?:journalist|reporter|writer|correspondent|"
                        rf"columnist|photojournalist|editor|contributor)\b[^.!?]{{0,100}}\.$")
# "— Ana Lund" closing the article: its writer's signature.
_SIGNATURE = re.compile(rf"^[—–-]+\s*({_NAME})$")


# "This story was distributed by Nordic Press Agency.", "A version of this article appeared in print on 15 March
# in the Brekke Evening Post.": a note on where the story ran, closing the article.
# "This article first appeared in the Marrow Valley Echo.", "Originally published by the Corran Post on 3 March 2031.",
# "Republished with permission from the Orvik Clarion.": where the story first ran, and perhaps when.
_OUTLET_NOTE = re.compile(rf"^(?:(?:This|A version of this) (?:story|article|report|piece)\b[^.!?]{{0,100}}?\b(?:distributed|"
                          rf"published|appeared|provided|syndicated|supplied)|(?:Originally|First) (?:published|appeared)|"
                          rf"(?:Republished|Reprinted|Reproduced|Shared) with (?:kind )?permission)\b[^.!?]{{0,80}}?\b"
                          rf"(?:by|in|on|from|of) (?:the )?({_NAME})(?:,? on (?P<when>[^.!?]{{4,30}}))?\.?$")


# "The Tribune is funded by the students' union.", "Harbour Eye is an independent, reader-funded newsroom.": the outlet
# on itself, who pays for it, owns it or what it is, in present tense (a story on a paper's sale says it "was bought").
_ABOUT_OUTLET = re.compile(r"\s+(?:is|are)\s+(?:(?:wholly|entirely|partly|largely|mainly|proudly)\s+)?(?:(?:funded|owned|published|"
                           r"financed|run|produced|supported|sponsored|backed|edited)\s+(?:by|through)\b|an?\s+(?:[\w-]+,?\s+){0,3}"
                           r"(?:newspaper|paper|magazine|newsroom|publication|newsletter|news\s+(?:site|service|outlet|organi[sz]ation)|"
                           r"station|broadcaster|website|blog)\b)", re.I)


def _about_outlet(line: str, outlet: str | None) -> bool:
    """A paragraph opening with the outlet on itself, named as its masthead does, without "The", or by "The" and its
    last word ("The Tresmont Tribune" as "The Tribune")."""
    words = (outlet or "").split()
    core = words[1:] if len(words) > 1 and words[0].lower() == "the" else words
    if not core:
        return False
    low = line.lower()
    forms = {" ".join(words).lower(), " ".join(core).lower(), f"the {core[-1].lower()}"}
    # Written as a name ("The Post", not "the post office"): its last word capitalised as the masthead's is.
    return any(low.startswith(form) and line[len(form) - len(core[-1])] == core[-1][0] and _ABOUT_OUTLET.match(line, len(form))
               for form in forms)


def read_writer_note(keep: list[str | None], lines: list[str], out: Cleaned) -> None:
    """The article's last paragraphs, when one opens with a note on its writer (her name and her outlet move to
    fields, whatever else the paragraph holds: an author box's "Follow her on X") or is her signature ("— Ana Lund").
    A closing paragraph on the outlet itself ("The Tribune is funded by …") goes too."""
    for index in [i for i in range(len(keep) - 1, -1, -1) if keep[i]][:_NOTE_LINES]:
        if _about_outlet(keep[index] or "", out.publisher or out.credit):
            discard(keep, index, out.removed)
    ends = [index for index in range(len(lines) - 1, -1, -1) if lines[index]][:_NOTE_LINES]
    signed = _SIGNATURE.match(lines[ends[0]]) if ends else None
    if signed and 2 <= len(signed.group(1).split()) <= 4:
        out.byline = out.byline or signed.group(1)
        discard(keep, ends[0], out.removed)
    for index in ends:
        first = sentence_spans(lines[index])[:1]
        opening = lines[index][: first[0][1]] if first else ""
        note = _WRITER_NOTE.match(opening)
        if note is None or not outlet_name(note.group(2)):
            role = _ROLE_NOTE.match(opening)  # "Ana Lund is a freelance journalist based in Duluth.": no outlet named
            if role is None or len(role.group(1).split()) < 2:
                continue
            out.byline = out.byline or role.group(1)
            if index < len(keep):
                discard(keep, index, out.removed)
            return
        out.byline = out.byline or note.group(1)
        out.publisher = out.publisher or note.group(2)
        if index < len(keep):
            discard(keep, index, out.removed)
        return


_NOTE_LINES = 3


def outlet_note(line: str, out: Cleaned) -> bool:
    """The story's own note on where it ran ("This story was distributed by …"): the outlet is credited."""
    ran = _OUTLET_NOTE.match(line)
    # A name of two words or more, or one with an outlet's head word: "in Orvik" is a place.
    name = ran.group(1).rstrip(".") if ran else ""
    if ran and (outlet_name(name) or len(name.split()) >= 2):
        out.credit = out.credit or name
        if ran.group("when"):
            out.datelines.append(ran.group("when"))
        return True
    return False
