"""What a page says of its pictures, galleries and players, left in the text between the paragraphs.

A page's images come with a credit ("Photo: Ana Lund/Nordwire", "(Photo by …)", "Credit: …"), a gallery's
counter ("Image 1 of 6", "3/12", "Slide 2 of 9"), a label of where a person stands in the frame ("Pictured:
…", "Above: …", "From left: …"), a stock note ("File photo", "Courtesy of the fire service"), the player's and
the caption's buttons ("hide caption", "Listen · 4:05"), and the caption itself, often with no label at all.
None is news. The labelled lines are found by their shape; an unlabelled caption only by where it stands: right
after a gallery's counter, or right before a picture's credit when it is one short sentence that reports
nothing and tells no past (a caption describes the picture in the present: "Workers lift a bearing into
place"), so a news paragraph left above a credit whose caption a reader cut off stays. A pull quote (the story's
own quotation set large between its paragraphs, perhaps with the speaker's name after a dash) is the same kind of
furniture: a line that is only a quotation whose words a paragraph of the story holds.
"""

from __future__ import annotations

import re

from summarizer.ingest.voice import reported
from summarizer.text import sentence_spans

CAPTION = re.compile(
    r"^(?:Image|Photo|Photograph|Picture|Caption|Credit|Video|Graphic)s?\s*(?:caption|copyright|source|credit|by)?"
    r"\s*[:|]|\((?:Photo|Image|Picture|Credit)s?\b[^)]*\)\s*$|\b(?:Photo|Image|Picture)\s*(?:credit|by|:)|"
    r"\bvia Getty Images\b|\bGetty Images\s*$|\b(?:Photo|Image|Picture) (?:illustration|courtesy)\b",
    re.I,
)
CAPTION_WORDS = ("image", "photo", "picture", "caption", "credit", "video", "graphic", "getty")
_PICTURE = r"(?:image|photo|photograph|picture|pic|slide|gallery|item|graphic)s?"
# "Image 1 of 6", "1 / 6", "Photo 3 of 12", "(2/9)": where a gallery is.
GALLERY_COUNTER = re.compile(rf"^\(?(?:{_PICTURE}\s*)?\d{{1,3}}\s*(?:of|/)\s*\d{{1,3}}\)?$", re.I)
# "View gallery (12 photos)", "Photo gallery", "12 photos", "[Gallery: 8 photos]".
_GALLERY_LABEL = re.compile(r"^[\[(]?(?:(?:view|open|see|browse|launch|start)\s+(?:the\s+)?)?(?:photo\s+|picture\s+|image\s+)?"
                            r"(?:gallery|slideshow|slide show)\b\s*[:(]?\s*(?:\d{1,3}\s+(?:photos|images|pictures|slides))?\W*$"
                            r"|^[\[(]?\d{1,3}\s+(?:photos|images|pictures|slides)[\])]?$", re.I)
# The caption's and the image's buttons, and the player's with its length: "hide caption", "Enlarge this image",
# "Listen · 4:05", "Play video 1:45", "Audio: 3:12".
_BUTTONS = re.compile(r"^(?:(?:hide|show|toggle|expand|collapse)\s+(?:the\s+)?(?:caption|image|photo|picture)s?|(?:enlarge|expand|"
                      r"view|zoom(?: in on)?)\s+(?:this\s+|the\s+)?(?:image|photo|picture)|opens? in (?:a )?new (?:window|tab)|"
                      r"(?:article|story) continues (?:below|after (?:the )?(?:advertisement|ad)))\W*$"
                      r"|^(?:audio|video|listen|watch|play(?: video| audio)?|podcast)\b\W{0,3}(?:\w+\W{1,3}){0,2}\d{1,2}:\d{2}\W*$",
                      re.I)
# "Pictured: …", "Above: …", "From left: …": where a person stands in the frame; "File photo", "Courtesy of …".
_FRAME_LABEL = re.compile(r"^(?:pictured|above|below|left|right|inset|(?:top|bottom)(?: (?:left|right))?|main (?:image|picture|"
                          r"photo)|(?:from|far) (?:left|right)|clockwise from [a-z ]{2,15})\s*:\s*\S", re.I)
_STOCK = re.compile(r"^(?:(?:file|stock|library|archive|handout|supplied|submitted)\s+(?:photo|picture|image|pic|photograph)s?"
                    r"|(?:(?:photo|image|picture)\s+)?courtesy of [^,;.!?]{2,60})\.?$", re.I)
# A caption's credit closing its line, an agency and a photographer split by a slash: "… on Friday. REUTERS/Ivo Stern".
_INLINE_CREDIT = re.compile(r"[.!?]\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*\s*/\s*(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*\s*$")
_CAPTION_LINE_WORDS = 60
_LABEL_WORDS = 25
# A picture's credit in brackets closing its caption: an agency's initials or its one-word name, perhaps with the
# photographer after a slash or the word "Photo": "(AFP)", "(Reuters/Ivo Stern)", "(AP Photo/Ivo Stern)", "(EPA-EFE)".
_CLOSING_CREDIT = re.compile(r"\s\((?:[A-Z]{2,5}(?:[-/][A-Z]{2,5})?|[A-Z][a-z]{2,15})(?:\s+Photo)?(?:\s*/\s*[A-Z][^()/]{1,40})?\)\W*$")


def picture_line(line: str) -> bool:
    """A line that is a picture's credit or label, a gallery's counter or label, or a player's or caption's button."""
    words = len(line.split())
    low = line.lower()
    if words <= _CAPTION_LINE_WORDS and any(word in low for word in CAPTION_WORDS) and CAPTION.search(line):
        return True
    if words <= _LABEL_WORDS and (_FRAME_LABEL.match(line) or _STOCK.match(line)):
        return True
    if words <= _CAPTION_LINE_WORDS and "/" in line and _INLINE_CREDIT.search(line):
        return True
    credit = _CLOSING_CREDIT.search(line) if line.endswith((")", ").")) else None
    caption = line[:credit.start()].strip() if credit is not None else ""
    if caption and not re.search(r"\d", caption) and _caption_shaped(caption, tensed=True):
        # "Crews spray foam on a burning tank (AFP)": the caption and its credit on one line; a line with a
        # figure ("Oil prices rise 3 percent (Reuters)") is a wire's news, credited.
        return True
    return words <= 6 and any(p.match(line) for p in (GALLERY_COUNTER, _GALLERY_LABEL, _BUTTONS))


_UNLABELLED_WORDS = 30
# A caption tells what the picture shows, in the present; a report's past, future or modal is the story's.
_STORY_TENSE = frozenset(("was", "were", "had", "did", "will", "would", "could", "should", "might", "must", "may", "can",
                          "shall", "been", "said", "told", "took", "went", "came", "made", "found", "gave"))


def drop_unlabelled_captions(keep: list[str | None], pictures: dict[int, str], removed: list[str], headline: bool) -> None:
    """The caption beside a picture's removed credit or counter (``pictures``: their indexes and lines): the line
    right after a gallery's counter, or right before a credit, when it is one short sentence that reports nothing
    and, before a credit, tells no past, future or modal (a news paragraph above a credit whose caption was cut
    keeps its tense). The text's first line is spared when it is the headline (``headline``), a lead picture's
    credit under it."""
    filled = [i for i, line in enumerate(keep) if line or i in pictures]
    spared = filled[0] if headline and filled else None
    for position, index in enumerate(filled):
        if index not in pictures:
            continue
        counter = GALLERY_COUNTER.match(pictures[index]) is not None
        near = position + 1 if counter else position - 1
        neighbour = filled[near] if 0 <= near < len(filled) else None
        line = keep[neighbour] if neighbour is not None and neighbour not in pictures and neighbour != spared else None
        if neighbour is not None and line and _caption_shaped(line, tensed=not counter):
            removed.append(line)
            keep[neighbour] = None


def _caption_shaped(line: str, tensed: bool) -> bool:
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if not 3 <= len(words) <= _UNLABELLED_WORDS or len(sentence_spans(line)) != 1 or reported(line):
        return False
    if line.endswith((":", "?", "!")) or line[:1] in "-*•–":
        return False
    return not tensed or not any(w.lower() in _STORY_TENSE or (w.lower().endswith("ed") and len(w) > 4) for w in words)


# A line that is only a quotation, perhaps with its speaker after a dash: "“The deck is as good as new” — Tove Brandt".
_PULL_QUOTE = re.compile(r"^[“\"«]([^“”\"«»]{10,300})[”\"»]\s*(?:[—–-]+\s*[A-Z][^.!?]{1,60})?$")
_PULL_QUOTE_WORDS = 4


def drop_pull_quotes(keep: list[str | None], removed: list[str]) -> None:
    """A pull quote: a line that is only a quotation of four words or more that another kept line holds word for word."""
    quoted: dict[int, str] = {}
    for index, line in enumerate(keep):
        match = _PULL_QUOTE.match(line) if line and line[:1] in "“\"«" else None
        words = re.findall(r"\w+", match.group(1).lower()) if match else []
        if len(words) >= _PULL_QUOTE_WORDS:
            quoted[index] = _spaced(words)
    if not quoted:
        return
    others = [(i, _spaced(re.findall(r"\w+", line.lower()))) for i, line in enumerate(keep) if line]
    for index, key in quoted.items():
        if any(i != index and i not in quoted and key in words for i, words in others):
            removed.append(keep[index] or "")
            keep[index] = None


def _spaced(words: list[str]) -> str:
    return f" {' '.join(words)} "
