"""The merge's indexed look-ups give what the plain pairwise scans they replaced gave.

Each of these was quadratic on one long article (every name against every use of its first word,
every claim of a group against every other, every 'all X' against every counted part); the index
must change the cost only, never the answer.
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from summarizer.merge._text import ArticleTexts, word_starts
from summarizer.merge.account_cues import DECIDED, NOT_ORDERED
from summarizer.merge.accounts import _opposed, _same_actor
from summarizer.merge.ledger import _contested, figures_clash
from summarizer.quantities import Stated

_PIECES = ["Harbour ", "Harbour Warden ", "Harbour Warden Ilse Tarn", "Harbourside ", "Warden", "Tarn", "Ilse ",
           ", ", ". ", "the ", "Harbour Wardens ", "Harbour Warde", "-Harbour ", "x" * 9]


def _scan(text: str, form: str) -> list[int]:
    """Every place ``form`` stands with its first word a whole word of the text."""
    first = re.match(r"\w+", form)
    if first is None:
        return []
    return [m.start() for m in re.finditer(r"\w+", text) if m.group() == first.group() and text.startswith(form, m.start())]


@given(st.lists(st.sampled_from(_PIECES), max_size=60), st.sampled_from(
    ["Harbour", "Harbour Warden", "Harbour Warden Ilse Tarn", "Harbour W", "Harbour Warde", "Harbour Wardens", "Tarn",
     "Ilse Tarn", "-Harbour", "Harbourside"]))
def test_word_starts_finds_what_a_scan_of_the_whole_text_finds(pieces: list[str], form: str) -> None:
    text = "".join(pieces)
    texts = ArticleTexts({"S1": text})
    assert word_starts(texts, "S1", form) == _scan(text, form)
    assert word_starts(texts, "S1", form) == _scan(text, form)  # the kept answer, asked again
    assert word_starts({"S1": text}, "S1", form) == _scan(text, form)  # a plain dict: an index for the call


def test_names_sharing_a_frequent_first_word_are_told_apart() -> None:
    text = "Harbour Warden Ilse Tarn spoke. " + "The Harbour Board met. " * 500 + "Harbour Warden Ilse Tarn left."
    texts = ArticleTexts({"S1": text})
    assert word_starts(texts, "S1", "Harbour Warden Ilse Tarn") == [0, len(text) - len("Harbour Warden Ilse Tarn left.")]
    assert len(word_starts(texts, "S1", "Harbour")) == 502


def _decided(name: str, actor: str, denied: str) -> Any:
    return SimpleNamespace(name=name, actor=frozenset(actor), denied=frozenset([denied]) if denied else frozenset())


_CLASSES = [DECIDED, *sorted(NOT_ORDERED), "asked for options", "under review"]


@given(st.lists(st.tuples(st.sampled_from(_CLASSES), st.sampled_from(["", "a", "b", "ab", "c"]),
                          st.sampled_from(["", "", "", *_CLASSES])), max_size=7))
def test_same_actor_agrees_with_the_pairwise_rule(rows: list[tuple[str, str, str]]) -> None:
    members = [_decided(*row) for row in rows]
    pairwise = any(a.name != b.name and (not a.actor or not b.actor or a.actor & b.actor or _opposed(a, b))
                   for i, a in enumerate(members) for b in members[i + 1 :])
    assert _same_actor(members) == pairwise


def test_two_parties_acting_apart_are_no_common_actor() -> None:
    members = [_decided(DECIDED, "c", ""), _decided("asked for options", "f", ""), _decided(DECIDED, "c", "")]
    assert not _same_actor(members)
    assert _same_actor([*members, _decided("asked for options", "c", "")])


_FIGURES = [Stated(1200, "worker", "1,200", False, False, None), Stated(1250, "worker", "about 1,250", True, False, None),
            Stated(900, "worker", "900", False, False, None), Stated(3, "worker", "at least 3", False, False, None, bound="min"),
            Stated(9, "day", "nine", False, False, None), Stated(10, "day", "ten", False, False, None),
            Stated(12, "%", "12%", False, False, "raise")]


@given(st.lists(st.lists(st.sampled_from(_FIGURES), min_size=1, max_size=3), min_size=2, max_size=9))
def test_contested_members_are_those_a_pairwise_check_finds(figures: list[list[Stated]]) -> None:
    members: list[Any] = [SimpleNamespace(order=k, figures=tuple(f)) for k, f in enumerate(figures)]
    pairwise = {a.order for a in members for b in members if a is not b and figures_clash(a, b)}
    assert _contested(members) == pairwise


def test_a_rival_count_contests_both_and_copies_agree() -> None:
    one, rival = _FIGURES[0], _FIGURES[2]
    members: list[Any] = [SimpleNamespace(order=k, figures=(f,)) for k, f in enumerate([one, one, rival, _FIGURES[4]])]
    assert _contested(members) == {0, 1, 2}
