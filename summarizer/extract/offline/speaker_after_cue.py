"""The speaker phrase after an inverted cue ("said Finance Minister Ngozi Okafor, who …"), or after "according
to": a name with its title and appositive role, a role before the name, a pronoun or a description.

Split from :mod:`~summarizer.extract.offline.speaker_phrases` (which reads the subject before a cue) when
that module reached the size limit; both build the same :class:`SpeakerPhrase`.
"""

from __future__ import annotations

import re

from summarizer.extract.offline.lexicon import COMMON_WORDS, is_title_word
from summarizer.extract.offline.names import NAME_RUN, clean_name, split_title
from summarizer.extract.offline.speaker_phrases import (
    CLAUSE_NOT_ROLE,
    VERBISH,
    SpeakerPhrase,
    is_pronoun,
    is_thing,
    join_roles,
)
from summarizer.function_words import MORE_PREPOSITIONS, PREPOSITIONS
from summarizer.text import longest_first

__all__ = ["parse_after_cue"]

_APPOSITION = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*,\s*((?:a|an|the|head|chief|[a-z])[^,.;]{2,120})")
# The role may open with whose office it is: "said Fjordlink's operations director, Tore Lund."
_ROLE_THEN_NAME = re.compile(rf"((?:the|a|an|one|another|his|her|their|its|[A-Z][\w-]*['’]s)\s+[^,.;“”\"]{{2,80}}?),\s*({NAME_RUN})"
                             rf"(?=\s*(?:[,.;:!?]|$))")
# "the doctor Mira Lund", "the hospital director Mira Lund": lowercase role words, then the name ending the phrase.
_DET_ROLE_NAME = re.compile(rf"(?:the|a|an)\s+((?:[a-z][\w'’\-]*\s+){{1,4}}?)({NAME_RUN})"
                            rf"(?=\s*(?:[,.;:!?]|$|\s(?:who|in|on|at|during|to|for|from|of)\b))")
_NAME_THEN_STOP = re.compile(rf"({NAME_RUN})(?=\s*(?:[,.;:!?(—–-]|$|\s(?:who|in|on|at|during|after|before|when|of|"
                             rf"to|for|about|and|as|while|said|says|told|"
                             # "said chief executive Colm Rafferty this morning": the time closes the name
                             rf"this|yesterday|today|tonight|last|earlier|later)\b))")


# Words that open no role before a name: a determiner's description, or a preposition placing the cue
# ("reports from Corvel:" names where, not who).
_NO_ROLE_OPENING = re.compile(r"(?:the|a|an|his|her|their|its|that|this|{})\s".format(
    "|".join(sorted(PREPOSITIONS | MORE_PREPOSITIONS, key=longest_first))))


# "confirmed by X", "according to statements by X", "said to the newspaper Diario Sur the mayor, X": the agent,
# not the words said or who heard them.
_PASSIVE_AGENT = re.compile(rf"(?:(?:the\s+)?(?:statements?|remarks?|comments?|words|declarations?)\s+(?:by|of|from)\s+|by\s+"
                            rf"|to\s+(?:the\s+|this\s+|a\s+)?(?:[a-z]+\s+)?(?:newspaper|paper|daily|radio|station|channel"
                            rf"|agency|television|broadcaster|press|media|journalists|reporters)(?:\s+{NAME_RUN})?\s*,?\s+)(?=\S)")


def parse_after_cue(rest: str, appositive: bool = True) -> SpeakerPhrase | None:
    """Parse the subject that follows an inverted cue ("said Finance Minister Ngozi Okafor, who …").

    A lowercase role may come first ("said 9/11 widow Terry Strada"); it becomes the role.
    """
    text = rest.lstrip()
    agent = _PASSIVE_AGENT.match(text)  # "confirmed by police spokesman Arvid Nyquist": the agent speaks
    text = text[agent.end():] if agent else text
    lead = len(rest) - len(text)
    prefix = re.match(r"((?:(?:[a-z0-9/'’\-]+)\s+){1,4}?)(?=[A-Z])", text)
    role_prefix: str | None = None
    if prefix and not _NO_ROLE_OPENING.match(text):
        role_prefix = prefix.group(1).strip()
        text = text[prefix.end():]
        lead += prefix.end()
    match = _NAME_THEN_STOP.match(text)
    if match:
        title, name = split_title(match.group(1))
        name = clean_name(name)
        if len(name.split()) > 1 and name.split()[0].lower() in COMMON_WORDS:
            name = name.split(" ", 1)[1]
        if not name or name.lower() in COMMON_WORDS or is_title_word(name):
            return None
        role = join_roles(role_prefix, title)
        after = text[match.end():]
        apposition = _APPOSITION.match(after) if appositive else None
        if apposition and not CLAUSE_NOT_ROLE.match(apposition.group(1)):
            role = join_roles(role, apposition.group(1).strip())
        return SpeakerPhrase(name=name, role=role, offset=lead + match.group(1).find(name))
    if role_prefix:
        return None
    role_name = _role_before_name(text, lead)  # "the doctor Mira Lund", "the Minister of Finance, Ngozi Okafor"
    if role_name:
        return role_name
    word = re.match(r"([A-Za-z]+)\b", text)
    if word and is_pronoun(word.group(1)):
        return SpeakerPhrase(name=word.group(1), role=None, offset=lead)
    desc = re.match(r"((?:the|a|an|one|another)\s+(?:[\w'’\-]+\s+){0,8}?[a-z\-]+)(?=\s*(?:[,.;]|$|\s(?:in|on|at|who|during|to)\b))",
                    text, re.I)
    if desc and not is_thing(desc.group(1)) and not (VERBISH - {"and"}).intersection(desc.group(1).lower().split()):
        return SpeakerPhrase(name=desc.group(1), role=None, offset=lead)
    return None


def _role_before_name(text: str, lead: int) -> SpeakerPhrase | None:
    """A role before the name: with a comma ("declared the Minister of Finance, Ngozi Okafor."), or lowercase role
    words between the article and the name ("said the doctor Mira Lund"); not a phrase with a function word
    in it ("the state of Ohio", "a man in Texas"), which is a description."""
    described = _ROLE_THEN_NAME.match(text)
    if described:
        title, name = split_title(described.group(2))
        return SpeakerPhrase(name=clean_name(name), role=join_roles(described.group(1), title),
                             offset=lead + described.start(2) + described.group(2).find(name))
    match = _DET_ROLE_NAME.match(text)
    if match is None or any(w in COMMON_WORDS for w in match.group(1).split()):
        return None
    title, name = split_title(match.group(2))
    name = clean_name(name)
    if not name or name.lower() in COMMON_WORDS or is_title_word(name):
        return None
    return SpeakerPhrase(name=name, role=join_roles(match.group(1).strip(), title),
                         offset=lead + match.start(2) + match.group(2).find(name))
