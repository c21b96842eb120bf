"""Proper-name runs and the noun phrases that name a speaker.

A speaker phrase in news prose is a name, a title plus a name, a name with an appositive role
("Okafor, a spokeswoman for the ministry,") or a description ("the California congressman").
Splitting those parts apart once here lets quotes, entities and claims share one reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.extract.offline.lexicon import COMMON_WORDS, PRONOUNS, TITLE_QUALIFIERS, is_title_word

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
# One capitalised word: "Okafor", "O'Brien", "Holtz-Eakin", "McCain", an initial "G.K." or an acronym.
NAME_WORD = (
    rf"(?:[{_UPPER}][{_LOWER}]+(?:['’][{_UPPER}]?[{_LOWER}]+)?(?:-[{_UPPER}]?[{_LOWER}]+)*"
    rf"|Mc[{_UPPER}][{_LOWER}]+|[{_UPPER}]\.(?:[{_UPPER}]\.)*|[{_UPPER}]{{2,}}(?:-[{_UPPER}]+)?)"
)
PARTICLE = r"(?:de|del|della|da|van|von|der|den|bin|ibn|al|el|la|le|du|dos|di|of|for|and|the)"
# A capitalised run, allowing name particles and "of the" inside organisation names.
NAME_RUN = rf"{NAME_WORD}\.?(?:\s+(?:{PARTICLE}\s+){{0,2}}{NAME_WORD}\.?)*"
NAME_RUN_RE = re.compile(rf"(?<![\w.]){NAME_RUN}(?![\w])")
_TRAILING_PARTICLES = re.compile(rf"(?:\s+{PARTICLE})+$")

DESCRIPTION_RE = re.compile(
    rf"^(?:the|a|an|one|two|three|several|some|many|other)\s+(?:[\w'’\-]+\s+){{0,6}}?[{_LOWER}\-]+$|"
    rf"^(?:police|officials|authorities|investigators|prosecutors|witnesses|residents|analysts|experts|"
    rf"critics|sources|organizers|organisers|protesters|doctors|workers|officers|aides)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SpeakerPhrase:
    """A parsed speaker: the name (or description), its role, and where the name sits in the phrase."""

    name: str
    role: str | None
    offset: int  # start of ``name`` inside the phrase it was parsed from


def split_title(run: str) -> tuple[str | None, str]:
    """Split "Finance Minister Ngozi Okafor" into ("Finance Minister", "Ngozi Okafor").

    The role ends at the last title word; a run made only of titles has no name.
    """
    words = run.split()
    last_title = -1
    for i, word in enumerate(words[:-1]):
        if is_title_word(word):
            last_title = i
        elif word.rstrip(".").lower() not in TITLE_QUALIFIERS and last_title < 0 and i > 1:
            break
    if last_title < 0:
        return None, run
    role = " ".join(words[: last_title + 1])
    return role, " ".join(words[last_title + 1 :])


def clean_name(name: str) -> str:
    """Drop possessives, trailing particles and stray punctuation from a name run."""
    name = re.sub(r"['’]s$", "", name.strip(" ,.;:\"'“”‘’()"))
    name = _TRAILING_PARTICLES.sub("", name)
    return name.strip()


def is_pronoun(text: str) -> bool:
    return text.strip().lower() in PRONOUNS


def parse_before_cue(clause: str) -> SpeakerPhrase | None:
    """Parse the subject that ends a clause right before a cue verb ("…, Okafor, a spokeswoman, said")."""
    text = clause.rstrip()
    text = re.sub(r"\s*\([^()]{1,40}\)\s*,?$", "", text).rstrip()  # "(D-N.C.)" party tags
    role: str | None = None
    if text.endswith(","):  # "Okafor, a spokeswoman for the ministry, said"
        text = text[:-1].rstrip()
        appositive = re.search(r",\s*([^,]{2,160})$", text)
        if appositive and re.match(r"(?:a|an|the|who|whose|[a-z])", appositive.group(1)):
            role = appositive.group(1).strip()
            text = text[: appositive.start()].rstrip()
    match = re.search(rf"({NAME_RUN})$", text)
    if match:
        start = match.start()
        full = match.group(1)
        title, name = split_title(full)
        name = clean_name(name)
        words = full.split()
        if not name or (start == _clause_start(text) and words[0].lower() in COMMON_WORDS and len(words) == 1):
            return None
        if name.split()[0].lower() in COMMON_WORDS and len(name.split()) > 1:
            name = " ".join(name.split()[1:])
        offset = start + full.rfind(name) if name in full else start
        return SpeakerPhrase(name=name, role=_join_roles(title, role), offset=offset)
    word = re.search(r"([A-Za-z]+)$", text)
    if word and is_pronoun(word.group(1)):
        return SpeakerPhrase(name=word.group(1), role=role, offset=word.start())
    desc = re.search(r"((?:the|a|an|one|police|officials|authorities|[a-z]+)\b[\w\s'’\-]{0,60})$", text, re.I)
    if desc:
        phrase = desc.group(1).strip()
        # Keep the shortest trailing determiner phrase: "…, the California congressman".
        det = list(re.finditer(r"\b(?:the|a|an)\s", phrase, re.I))
        if det:
            phrase = phrase[det[-1].start():]
        if DESCRIPTION_RE.match(phrase) and len(phrase.split()) <= 7:
            return SpeakerPhrase(name=phrase, role=role, offset=len(text) - len(phrase))
    return None


def parse_after_cue(rest: str) -> SpeakerPhrase | None:
    """Parse the subject that follows an inverted cue ("said Finance Minister Ngozi Okafor, who …")."""
    text = rest.lstrip()
    lead = len(rest) - len(text)
    match = re.match(rf"({NAME_RUN})", text)
    if match:
        title, name = split_title(match.group(1))
        name = clean_name(name)
        if not name:
            return None
        role = title
        after = text[match.end():]
        appositive = re.match(r"\s*(?:\([^()]{1,40}\))?\s*,\s*((?:a|an|the|who|head|chief|[a-z])[^,.;]{2,120})", after)
        if appositive and not appositive.group(1).startswith("who"):
            role = _join_roles(role, appositive.group(1).strip())
        return SpeakerPhrase(name=name, role=role, offset=lead + match.group(1).find(name))
    word = re.match(r"([A-Za-z]+)\b", text)
    if word and is_pronoun(word.group(1)):
        return SpeakerPhrase(name=word.group(1), role=None, offset=lead)
    desc = re.match(r"((?:the|a|an)\s+(?:[\w'’\-]+\s+){0,5}?[a-z\-]+)(?=\s*(?:[,.;]|$|\s(?:in|on|at|who|during)\b))",
                    text, re.I)
    if desc:
        return SpeakerPhrase(name=desc.group(1), role=None, offset=lead)
    return None


def _ends_with_name(text: str) -> bool:
    return bool(re.search(rf"\b{NAME_WORD}$", text.strip())) and not re.match(r"(?:a|an|the)\s", text.strip())


def _clause_start(text: str) -> int:
    return len(text) - len(text.lstrip())


def _join_roles(first: str | None, second: str | None) -> str | None:
    parts = [p for p in (first, second) if p]
    return ", ".join(parts) if parts else None
