"""A labelled row of teasers ("More on the topic: Carnival road closures | Weather: spring at the weekend"), and the
heading of a block of other stories.

Sites set links to other stories after a short label and a colon, the headlines split by bars or dots. The menu
rule (short labels between bars) passes them over, their items being whole headlines, and the link-label lexicon
names only some of the labels ("Read also", "Related"); a row of this shape is links whatever its label says.
"""

from __future__ import annotations

import re

# The heading of a block of other stories' items under the article, a newsletter's or a page's sidebar ("ALSO TODAY",
# "In other news", "Elsewhere in the region"): what follows it is other news (the cleaner drops its list items).
OTHER_STORIES = re.compile(r"^(?:also (?:today|this (?:week|morning)|in (?:the )?news|in this (?:issue|edition)|on (?:our|the) radar)|"
                           r"elsewhere(?: today| this week| in (?:the )?(?:news|region|world))?|in other news|(?:other|more) (?:news|"
                           r"stories|headlines)(?: today| this week)?|what else (?:is|we['’]re) (?:happening|watching|reading))"
                           r"\s*:?$", re.I)
_ROW = re.compile(r"^(?P<label>[A-Z][\w'’ ]{1,30}?)\s*:\s+(?P<items>\S.*)$")
_SPLIT = re.compile(r"\s+[|•·]\s+")
_LABEL_WORDS = 4
_ITEM_WORDS = 14


def teaser_row(line: str) -> bool:
    """A short label, a colon, then two or more headline-sized items between bars or dots, none a sentence nor all
    figures."""
    match = _ROW.match(line)
    if match is None or len(match.group("label").split()) > _LABEL_WORDS or line.endswith((".", "!", "?")):
        return False
    items = _SPLIT.split(match.group("items").strip())
    if all(any(c.isdigit() for c in item) for item in items):
        return False  # a row of figures ("Score: Harnsby 3 | Orrin 1") is data
    return len(items) >= 2 and all(0 < len(item.split()) <= _ITEM_WORDS and not item.endswith(".") for item in items)
