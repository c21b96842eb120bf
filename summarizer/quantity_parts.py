"""A count told as a part of a whole: "17 of the 41 papers", "17 of 41 papers", "41 papers … 17 of them".

The part counts what the whole counts (papers), so it is compared with other outlets' counts of that
thing ("12 papers"), and the whole is the figure the part is taken from, which no part disputes. The
quantity reader (:mod:`summarizer.quantities`) asks these questions of the words between and after
its figures; this module only reads those words.
"""

from __future__ import annotations

import re

# "two of the dead", "seven of them", "three of its members": a figure taken out of a group.
PARTITIVE = re.compile(r"\s+of\s+(?:the|them|those|these|whom|which|its|their)\b", re.I)
# Between a part and the figure of its whole: "17 of 41", "17 of the 41", "nine of its 30", "three of Halvik's 12".
_OF_FIGURE = re.compile(r"\s+of\s+(?:(?:the|its|their|her|his|our|these|those|[A-Z][\w-]*['’]s?)\s+)?", re.I)
# After a part whose whole was counted before it: "examined 41 papers and found errors in 17 of them".
_OF_COUNTED = re.compile(r"\s+of\s+(?:them|those|these|which|whom)\b", re.I)


def part_of_next(between: str) -> bool:
    """Are ``between`` the words from a figure to the next one, saying the first is a part of the second?"""
    return _OF_FIGURE.fullmatch(between) is not None


def part_of_before(after: str) -> bool:
    """Do the words after a figure take it out of something counted before ('17 of them', '12 of which')?"""
    return _OF_COUNTED.match(after) is not None
