"""Grounding's name look-up answers as a scan of the whole folded text does, however frequent the name's words."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from summarizer.ground.locate import _Names

_PIECES = ["alpha ", "beta ", "alpha beta gamma ", "alphabet ", "gamma (ga) ", "of ", "the ", "betamax ", "-alpha ", "x" * 7]
_NAMES = ["alpha beta gamma", "alpha beta", "alpha betamax", "beta gamma (ga)", "alpha beta gam", "gamma", "the alpha beta",
          "of the betamax", "alpha"]


def _scan(text: str, name: str, whole: bool) -> bool:
    """``name`` starting where a word starts, and with ``whole`` also ending where one ends; a name whose
    last word may go on (not ``whole``) needs only its other words whole."""
    for m in re.finditer(re.escape(name), text):
        if m.start() > 0 and re.match(r"\w", text[m.start() - 1]):
            continue
        if whole and re.match(r"\w", text[m.end() : m.end() + 1]):
            continue
        return True
    return False


@given(st.lists(st.sampled_from(_PIECES), max_size=50), st.sampled_from(_NAMES), st.booleans())
def test_named_agrees_with_a_whole_text_scan(pieces: list[str], name: str, whole: bool) -> None:
    text = "".join(pieces)
    assert _Names(text).named(name, whole) == _scan(text, name, whole)


def test_a_rare_run_of_frequent_words_is_found_and_an_absent_one_is_not() -> None:
    text = "alpha beta of the gamma " * 3000 + "alpha beta gamma delta"
    names = _Names(text)
    assert names.named("alpha beta gamma delta", whole=True)
    assert not names.named("alpha beta gamma epsilon", whole=True)
