"""The publisher-note pattern is only searched where one of its words stands, and answers as it did."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from typing import Any

import pytest

from summarizer.ingest import junk
from summarizer.ingest.literal_filter import FOLDS_TO_ASCII, PUBLISHER_NOTE_WORDS, may_match

_LIMIT = 64  # strings a run of literals and small alternations may stand for


def _strings(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Every string ``items`` matches (lower case) when they are literals, groups and small alternations of them."""
    out = {""}
    for op, av in items:
        part: set[str] | None
        if op is sre.LITERAL:
            part = {chr(av).lower()}
        elif op is sre.SUBPATTERN:
            part = _strings(list(av[3]))
        elif op is sre.BRANCH:
            alternatives = [_strings(list(alt)) for alt in av[1]]
            part = None if any(a is None for a in alternatives) else set().union(*(a for a in alternatives if a))
        elif op is sre.MAX_REPEAT and av[1] == 1:
            inner = _strings(list(av[2]))
            part = None if inner is None else (inner | {""} if av[0] == 0 else inner)
        else:
            part = None
        if part is None or len(out) * len(part) > _LIMIT:
            return None
        out = {a + b for a in out for b in part}
    return out


def _covered(items: list[tuple[Any, Any]], words: tuple[str, ...]) -> bool:
    """Every match of ``items`` holds one of ``words``: a run of literals that must match holds one, or a group,
    every branch of an alternation or the body of a repeat that must match once is covered."""
    current = {""}
    for op, av in [*items, (None, None)]:
        part = _strings([(op, av)]) if op is not None else None
        if part is not None and len(current) * len(part) <= _LIMIT:
            current = {a + b for a in current for b in part}
            continue
        if all(any(w in s for w in words) for s in current):
            return True
        current = part if part is not None else {""}
        if op is sre.SUBPATTERN and _covered(list(av[3]), words):
            return True
        if op is sre.BRANCH and all(_covered(list(alt), words) for alt in av[1]):
            return True
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1 and _covered(list(av[2]), words):
            return True
    return False


def test_every_alternative_of_the_pattern_holds_one_of_its_words() -> None:
    tree = sre_parse.parse(junk._PUBLISHER_NOTE.pattern, junk._PUBLISHER_NOTE.flags)
    assert _covered(list(tree), PUBLISHER_NOTE_WORDS)
    # The checker itself: an alternative with none of the words is caught.
    assert not _covered(list(sre_parse.parse(r"chip in|harbour (?:news|radio)", re.I)), ("chip in", "news"))
    assert _covered(list(sre_parse.parse(r"chip in|harbour (?:news|radio)", re.I)), ("chip in", "news", "radio"))


def test_only_these_characters_fold_to_an_ascii_letter_that_lower_case_misses() -> None:
    letters = re.compile("|".join("abcdefghijklmnopqrstuvwxyz"), re.I)
    odd = {chr(c) for c in range(128, 0x110000) if letters.fullmatch(chr(c))}
    # Exactly these: a needless one (an ASCII letter) sent every line holding it to the slow search.
    assert odd - {c for c in odd if len(c.lower()) == 1 and c.lower().isascii()} == set(FOLDS_TO_ASCII)


_LINES = [
    "The ferry to Lannis was cancelled on Tuesday because of high winds, the harbour master said.",
    "Support our independent journalism: chip in today.",
    "Reader-funded since 1998.",
    "This story is developing and will be updated.",
    "ſupport our independent journaliſm",  # a long s, which the pattern reads as an s
    "SUPPORT OUR INDEPENDENT JOURNALİSM",
    "(Adds the mayor's statement, paragraphs 4-6)",
    "Officials counted 42 vessels at anchor (up from 30).",
    "Tune in to Harbour Radio on 98.4 FM.",
    "Ein Bericht über die Fähre nach Lannis, übersetzt.",
    "This newsletter is sponsored by the Elm Trust",
    "",
]


@pytest.mark.parametrize("line", _LINES)
def test_the_filtered_search_answers_as_the_pattern_alone(line: str) -> None:
    found = junk._PUBLISHER_NOTE.search(line) is not None
    assert not found or may_match(line, PUBLISHER_NOTE_WORDS)
    assert junk._publisher_note(line) == (junk._SPONSOR_SLOT.match(line) is not None or (
        not any(mark in line for mark in junk._QUOTE_MARKS) and found))


def test_a_line_of_prose_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[str] = []

    class Spy:
        def search(self, line: str) -> re.Match[str] | None:
            searched.append(line)
            return None

    monkeypatch.setattr(junk, "_PUBLISHER_NOTE", Spy())
    junk._publisher_note("The ferry to Lannis was cancelled on Tuesday because of high winds, the harbour master said.")
    assert searched == []
