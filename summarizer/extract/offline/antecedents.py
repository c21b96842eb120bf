"""What a pronoun speaker can point back to: the subject the text has been talking about, not a bystander.

A reader takes "he said" to continue the person the sentences have had as their actor. A person named as an
object ("the call to the offices of Reyes", "harm to Reyes") is being talked about, not talking; a person the
quoted words name or call "her" is who the speaker talks about; and a pronoun that opens a sentence carries
the same person as the pronoun after it ("He was arrested for the call to Reyes. During the call, he said …").
These tests read the article's text around each mention; they know nothing of any one story.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from summarizer.extract.offline.lexicon import (
    CUE_VERBS,
    FEMININE_WORDS,
    GROUP_NOUNS,
    MASCULINE_WORDS,
    ROLE_NOUNS,
    TITLE_QUALIFIERS,
    is_title_word,
)
from summarizer.function_words import AUXILIARIES, DETERMINERS, PREPOSITIONS
from summarizer.schema import Entity

__all__ = ["chained_pronoun", "described_gender", "in_subject_position", "named_in", "plural_people"]

# A clause set before the subject: "During the call, he …", "On Monday, Reyes …", "When asked, she …".
_OPENERS = PREPOSITIONS | frozenset(["when", "while", "after", "before", "as", "asked", "speaking", "earlier", "later",
                                     "meanwhile", "however", "since", "once", "if", "although", "though", "according",
                                     "posting", "writing", "ahead"])
_ADVERBIAL = re.compile(r"([A-Za-z]+)\b[^,;:\n]{0,80},[”\"’']?\s+")
_POSSESSIVE = re.compile(r"['’]s?$")


def in_subject_position(text: str, position: int, sentence_start: int) -> bool:
    """Whether the mention at ``position`` opens its sentence's clause as its subject: only titles, capitalised
    words, determiners and possessives before it, after an opening adverbial clause. One after a verb, a
    preposition or an appositive's comma is an object or an aside."""
    prefix = text[sentence_start:position]
    opening = _ADVERBIAL.match(prefix)
    if opening and (opening.group(1).lower() in _OPENERS or opening.group(1).lower().endswith("ly")):
        prefix = prefix[opening.end():]
    if _POSSESSOR.match(text, position):
        return False  # "Vance's lawyer said": Vance owns the subject
    if _COORDINATED.match(text, position):
        return False  # "Vance and Reyes met …": one of two who act together is no "he" or "she"
    prefix = re.split(r"[”\"»]", prefix)[-1]  # '“…,” Reyes said': the name after a closing mark speaks
    words = prefix.split()
    while words and _in_name_run(words[-1]):  # "Fox News host", "the U.S."
        words.pop()
    if not words:
        return True
    if len(words) >= 2 and words[-1] in ("and", "or") and words[-2][:1].isupper():
        return False  # "Vance and Reyes met …": the second of two who act together is no "he" or "she" either
    if words[0].lower() in _OPENERS and not any(w.lower() in _NOT_IN_SUBJECT - PREPOSITIONS or w.lower().endswith("ed")
                                                 or w.endswith(",") for w in words):
        return True  # "Ahead of the meeting Vance sent …": a short adverbial set without its comma
    if _POSSESSIVE.search(words[0]) and all(not w.endswith(",") and w.lower().strip(".") not in _NOT_IN_SUBJECT
                                            and not w.lower().endswith("ed") for w in words):
        return True  # "Vance's personal lawyer Reyes": a possessor opens the subject's noun phrase
    # "Vance said Reyes was …", "… when Reyes called": the subject of a clause the sentence reports or sets.
    return words[-1].lower() in _CLAUSE_WORDS or words[-1].lower() in CUE_VERBS


def _in_name_run(word: str) -> bool:
    low = word.lower().rstrip(".")
    return not word.endswith(",") and (word[:1].isupper() or word[:1].isdigit() or low in DETERMINERS
                                       or is_title_word(low) or low in ROLE_NOUNS or low in TITLE_QUALIFIERS
                                       or _POSSESSIVE.search(low) is not None)


_POSSESSOR = re.compile(r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s?\s")
_COORDINATED = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*\s+(?:and|or)\s+(?:[a-z]+\s+){0,3}[A-Z]")
_NOT_IN_SUBJECT = PREPOSITIONS | AUXILIARIES | CUE_VERBS | frozenset(["that", "and", "or", "but"])
_CLAUSE_WORDS = frozenset(["that", "when", "because", "while", "as", "and", "but", "after", "before", "if", "since",
                           "although", "though", "whether", "where", "until", "once"])


_FEMALE = FEMININE_WORDS | frozenset(["woman", "women", "girl", "girls", "actress", "grandmother", "aunt", "niece"])
_MALE = MASCULINE_WORDS | frozenset(["man", "men", "boy", "boys", "actor", "uncle", "nephew"])
# "Reyes, a mother of two," / "Reyes is one of the first women elected": a noun the text gives the person.
_PREDICATE = re.compile(r"(?:\s*,\s*|\s+(?:is|was|became|remains)\s+)(?:one\s+of\s+)?(?:a|an|the)\s+((?:[\w-]+\s+){0,5}[\w-]+)")
_PHRASE_END = PREPOSITIONS | frozenset(["who", "whom", "whose", "that", "which", "and", "or"])


def described_gender(text: str, entity: Entity) -> str | None:
    """"f" or "m" when an appositive or a predicate noun right after one of the person's mentions says so."""
    for mention in entity.mentions:
        match = _PREDICATE.match(text, mention.end, mention.end + 90)
        if match is None:
            continue
        head = match.group(1).lower().split()
        # The noun phrase only: "a friend of the man" describes a friend.
        words = set(head[: next((i for i, w in enumerate(head) if i and w in _PHRASE_END), len(head))])
        if words & _FEMALE and not words & _MALE:
            return "f"
        if words & _MALE and not words & _FEMALE:
            return "m"
    return _bound_possessive(text, entity)


# "Jo Pell, who lost his son", "Kim Arden said her group", "Kim Arden and her husband": a possessive in the person's
# own clause, no other name, quotation or sentence end between, is hers or his. "her" before a determiner, a
# preposition or "that" is an object ("told her the plan"), someone else.
_BOUND = re.compile(r"[^A-Z“”\"«».!?;]{0,50}?\b(his|her)\b(?!\s+(?:a|an|the|this|that|these|those|to|of|in|on|at|for|with|by|"
                    r"from|about|and|or|but|as|when|if)\b)(?=\s+[a-z])")


def _bound_possessive(text: str, entity: Entity) -> str | None:
    """"f" or "m" from the first possessive pronoun bound to one of the person's mentions, when all such agree."""
    found = set()
    for mention in entity.mentions:
        match = _BOUND.match(text, mention.end, mention.end + 60)
        if match is not None:
            found.add("m" if match.group(1) == "his" else "f")
    return found.pop() if len(found) == 1 else None


_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])


def named_in(said: str, entity: Entity) -> bool:
    """The quoted words name the person (by surname): they are about that person, not said by them."""
    for name in (entity.name, *entity.aliases):
        words = [w for w in name.split() if w.lower().rstrip(".,") not in _SUFFIXES]
        surname = words[-1].rstrip(".,") if words else ""
        if len(surname) >= 3 and surname[:1].isupper() and re.search(rf"\b{re.escape(surname)}\b", said):
            return True
    return False


def chained_pronoun(text: str, pronoun: str, lo: int, hi: int, sentence_starts: list[int],
                    quoted: Callable[[int], bool]) -> int | None:
    """Where the same pronoun last stands as a sentence's subject in ``text[lo:hi]``: the person it refers to is
    the one the later pronoun continues."""
    found = None
    for match in re.finditer(rf"\b{re.escape(pronoun)}\b", text[lo:hi], re.IGNORECASE):
        at = lo + match.start()
        start = sentence_starts[max(0, bisect.bisect_right(sentence_starts, at) - 1)]
        if not quoted(at) and in_subject_position(text, at, start):
            found = at
    return found


# A plural noun for people ("officials", "senators", "economists") and the capitalised words that qualify it
# ("Missouri Republican senators"); a possessive ("the senators' letter") owns another noun.
_PLURAL_PEOPLE = re.compile(r"\b((?:(?:[A-Z]\.){2,}[ \t]+|[A-Z][\w’'-]*[ \t]+){0,3}([a-z]+s))\b(?!['’])")


def plural_people(pronoun: str, text: str, at: int, sentence_starts: list[int],
                  quoted: Callable[[int], bool]) -> str | None:
    """The people "they" stand for: the last plural noun for people outside quotation marks in the three
    sentences before the cue and its own (a quotation's own sentences among them). "they" agrees in number
    with them, not with a single person named nearer ("Five senators urged Reyes to quit. "…," they said":
    the senators, not Reyes)."""
    if pronoun.lower() != "they":
        return None
    index = bisect.bisect_right(sentence_starts, at) - 1
    lo = sentence_starts[max(0, index - 3)] if index >= 0 else 0
    found = None
    for match in _PLURAL_PEOPLE.finditer(text, lo, at):
        noun = match.group(2)
        if (noun in GROUP_NOUNS or noun[:-1] in ROLE_NOUNS) and not quoted(match.start(2)):
            found = match.group(1)
    return found
