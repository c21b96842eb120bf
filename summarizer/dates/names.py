"""A date that stands in a name rather than dating what a sentence tells: 'the Sept. 11 attacks', 'the 20th
anniversary of the Sept. 11, 2001 attacks', 'the Emergency Powers Act of 1945'.

Both the day an event sentence is dated by (the offline engine) and the dateline an undated article's relative
dates are read against (extract.reference) must pass over them: a 2021 report on 'the anniversary of the Sept.
11, 2001 attacks' was read as written in 2001.
"""

from __future__ import annotations

import re

# A date that names what happened then ('killed in the Sept. 11 attacks', 'the Jan. 6 riot', 'the 20th anniversary of
# the Sept. 11, 2001 attacks', 'the Emergency Powers Act of 1945'): part of a name, not the day of the sentence's act.
_NAMING_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+$")
_LAW_BEFORE = re.compile(r"\b[A-Z]\w*\s+(?:Act|Law|Treaty|Accords?|Convention)\s+(?:of\s+)?$")
_NAMED_EVENT = re.compile(r"[\s,]*(?:attacks?|bombings?|riots?|hijack\w*|attackers|victims|widows?|anniversary|massacre|"
                          r"shootings?|insurrection|uprising|coup|terror\w*)\b", re.IGNORECASE)


def names_an_event(text: str, start: int, end: int) -> bool:
    """The date stands in a name: after a determiner and before the noun of a past happening, or as a law's year."""
    lead = start + 3 if text.startswith("of ", start) else start  # the reader keeps 'of' with a year ('of 1945')
    if _LAW_BEFORE.search(text, max(0, lead - 40), lead):
        return True
    return _NAMING_BEFORE.search(text, max(0, lead - 10), lead) is not None and _NAMED_EVENT.match(text, end) is not None
