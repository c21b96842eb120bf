"""A second thing a source said, added after its attribution: '…," the director said, urging patients not to stop'.

News closes a quotation or a statement with its source, then adds in a participle what the same source also
said or asked: 'urging patients not to interrupt treatment', 'adding that the line would reopen on Monday',
'warning that more rain was due'. That clause is a fact of its own, told by the attribution's speaker, and other
outlets report it alone ('The director urged patients not to stop their treatment'); left inside the sentence of
a quotation about something else, it is compared with them only as part of that quotation. It is cut off as a
claim of its own, worded with the speaker and the participle's past form; its evidence is its own verbatim words,
so the speaker stays checkable by grounding (the same sentence holds it).

The same participle after the subject's own act ('Police shut the road, saying the cliff was unsafe') is read by
the clause splitter (:func:`summarizer.extract.offline.clauses.clauses`), which reads subjects; both word the
clause with :func:`told_by`. Here, only a participle of a reporting verb right after a closing attribution
counts ('X said, urging …', '… said X, head of Y, adding that …'); the speaker must be named, not a pronoun
('she urged …' tells a reader nothing), and the clause must have no quotation marks of its own. Anything else
is left as it was.
"""

from __future__ import annotations

import re

from summarizer.extract.offline.lexicon import (
    ATTRIBUTION_QUALIFIER,
    ATTRIBUTION_VERB_RE,
    AUXILIARIES,
    CLAUSE_OPENERS,
    CUE_VERBS,
    IRREGULAR_PAST,
    NOT_PAST,
)
from summarizer.extract.offline.verb_forms import CLAUSE_MIN_WORDS, SUBJECT_PRONOUNS
from summarizer.text import longest_first

_IRREGULAR = {"said": "saying", "told": "telling", "wrote": "writing"}


def _participles() -> dict[str, str]:
    """Each reporting verb's participle and its past form as the lexicon lists it ('urged' -> 'urging')."""
    out = {part: past for past, part in _IRREGULAR.items()}
    for past in CUE_VERBS:
        if past.endswith("ed") and not past.endswith("ied") and len(past) > 4:
            out.setdefault(f"{past[:-2]}ing", past)  # urged -> urging, warned -> warning, noted -> noting
    return out


PAST_OF = _participles()
_PARTICIPLE = "|".join(sorted(PAST_OF, key=longest_first))
_QUALIFIERS = rf"(?:,?\s+{ATTRIBUTION_QUALIFIER}){{0,2}}"
_WHO = r"[A-Za-z][\w'’.&-]*"
# '," NMA Director-General Ann Roe said in the notice, urging …' / ', the agency said, adding that …'
_BEFORE = re.compile(
    rf"(?:^|[”\"]\s*,?\s*|,\s+)(?P<who>{_WHO}(?:\s+{_WHO}){{0,9}})\s+(?:{ATTRIBUTION_VERB_RE}){_QUALIFIERS}"
    rf",\s+(?P<part>{_PARTICIPLE})\s+(?=[a-z])"
)
# A run that ends with its attribution ('…, she said on Monday'): a participle after it is what that speaker said.
ENDS_IN_ATTRIBUTION = re.compile(rf"\b(?:{ATTRIBUTION_VERB_RE}){_QUALIFIERS}\s*$")
# '," said Dr. Ann Roe, head of inspections at the agency, urging …'
_AFTER = re.compile(
    rf"[”\"]\s*,?\s*(?:{ATTRIBUTION_VERB_RE})\s+(?P<who>(?:[A-Z][\w'’.&-]*\s+){{0,5}}[A-Z][\w'’&-]*)"
    rf"(?:,\s+[^,\"“”]{{2,80}})?,\s+(?P<part>{_PARTICIPLE})\s+(?=[a-z])"
)


_CHAINED = re.compile(rf"\b(and\s+)({_PARTICIPLE})\b")


def told_by(who: str, participle: str, rest: str) -> str:
    """The clause worded as the speaker's act: 'urging … and adding that …' -> 'X urged … and added that …'."""
    return f"{who} {PAST_OF[participle]}{_CHAINED.sub(lambda m: m.group(1) + PAST_OF[m.group(2)], rest)}"


def _clause_in(who: str) -> bool:
    """Is the run before the verb a clause, not a speaker ('the strike ended after the minister said, …')?"""
    return any(w in CLAUSE_OPENERS or w in AUXILIARIES or w in IRREGULAR_PAST or (w.endswith("ed") and w not in NOT_PAST)
               for w in who.split())


def reported_aside(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """Where the sentence ``text[start:end]`` adds a reported clause after its attribution: (where the part
    before it ends, ``start`` when there is none, where the clause starts, the clause worded with its speaker);
    None when it adds none."""
    sentence = text[start:end]
    if "," not in sentence or "ing " not in sentence:  # the cheap test first: most sentences have no such clause
        return None
    found = _BEFORE.search(sentence) or _AFTER.search(sentence)
    if found is None:
        return None
    who = found.group("who").strip()
    who = who[:1].upper() + who[1:]  # 'the agency said, urging …' -> 'The agency urged …'
    clause = sentence[found.start("part"):].rstrip()
    if who.lower() in SUBJECT_PRONOUNS or any(mark in clause for mark in "\"“”«»") or _clause_in(who):
        return None
    if len(clause.split()) < CLAUSE_MIN_WORDS + 1:
        return None
    # A sentence that opens with its attribution ('The agency said on Monday, urging …') has no part before.
    head_end = start + sentence.rfind(",", 0, found.start("part")) if found.start() > 0 else start
    rest = clause[len(found.group("part")):]
    return head_end, start + found.start("part"), told_by(who, found.group("part"), rest)
