"""Which capitalised runs shaped like a person's name ("Ana Lund") are people.

Two or three capitalised words are as often a programme, a place or a law ("Social Security", "Corpus
Christi") as a person, so the shape only makes a person provisionally. What confirms one is what the
article does with the name: a title or role, a surname used alone, speech attributed to it, a legislator's
party tag after it ("Dana Whitlock (D-Ore.)"), or a place in a list beside someone already known to be a
person ("rivals like Ivo Crane and Pia Holm", "Ana Lund, Jan Vik and Ola Brekke"): a list joins things of
one kind.
"""

from __future__ import annotations

import itertools
import re

from summarizer.extract.offline.entity_drafts import Draft
from summarizer.extract.offline.entity_types import FIRM_NOUNS

# What joins two items of one list: a comma, "and" or "or", or both ("X, Y and Z", "X, and Y").
_COORDINATION = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)")
_CONJUNCTION = re.compile(r"\b(?:and|or)\s+$")
# A legislator's party (and state) in brackets or after a comma: "(D-Ore.)", "(R)", ", R-S.C.,".
_PARTY_AFTER = re.compile(r"(?:\s*\(|,\s+)[RDI](?:-[A-Z][A-Za-z.]*)?[),]")
# What only a body is: described as a firm ("the drone maker based in Selby", "a logistics company"), or taking "which"
# ("Brannock Aerial, which employs 240 people"): a person takes "who". ("Ana Lund said it would take years": "it"
# after a name can be anything, so it is no evidence.)
_BODY_ROLE = re.compile(rf"^(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){{0,2}}(?:{FIRM_NOUNS}|maker|start-?up|business|giant|"
                        r"non-?profit|organi[sz]ation|brand)s?"
                        # the phrase's head, not a noun it qualifies ("the company's owner", "the company chairman")
                        r"(?:$|\s*[,;]|\s+(?:based|headquartered|that|which|in|of|from|with|behind|owned|run|founded|listed)\b)")
_BODY_AFTER = re.compile(r",\s+which\b")


def confirm_people(text: str, drafts: dict[str, Draft], order: dict[str, None], speaking: set[str]) -> None:
    """Type as "other" each provisional person the article gives no evidence for, and as an organisation one the
    article describes as a firm or follows with "which"; see the module's note."""
    for key in [k for k in order if drafts[k].type == "person"]:
        draft = drafts[key]
        if (all(_BODY_ROLE.match(role) for role in draft.roles) if draft.roles
                else any(_BODY_AFTER.match(text, end) for _, end in draft.mentions)):
            draft.type = "organization"  # "Brannock Aerial, the drone maker": shaped like a person's name, a firm
    people = [k for k in order if drafts[k].type == "person"]
    known = {k for k in people if drafts[k].roles or drafts[k].aliases or k in speaking
             or any(_PARTY_AFTER.match(text, end) for _, end in drafts[k].mentions)}
    neighbours: dict[str, set[str]] = {}
    for members in _lists(text, sorted((s, e, k) for k in people for s, e in drafts[k].mentions)):
        for key in members:
            neighbours.setdefault(key, set()).update(members - {key})
    todo = [k for k in known if k in neighbours]
    while todo:  # "Ana Lund, Jan Vik and Ola Brekke": the whole list, from any one known member
        for other in neighbours[todo.pop()]:
            if other not in known:
                known.add(other)
                todo.append(other)
    for key in people:
        if key not in known:
            drafts[key].type = "other"


def _lists(text: str, spans: list[tuple[int, int, str]]) -> list[set[str]]:
    """The names of each list the mentions form: runs of mentions joined by commas and a closing "and" or "or".
    Commas alone join no list ("According to Ostrava Radio, Lund is ahead"): a clause can end in one."""
    out: list[set[str]] = []
    members: set[str] = set()
    conjoined = False
    for (_, end, left), (start, _, right) in itertools.pairwise(spans):
        if _COORDINATION.fullmatch(text, end, start):
            members |= {left, right}
            conjoined = conjoined or _CONJUNCTION.search(text, end, start) is not None
            continue
        if conjoined and len(members) > 1:
            out.append(members)
        members, conjoined = set(), False
    if conjoined and len(members) > 1:
        out.append(members)
    return out
