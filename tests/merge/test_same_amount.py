"""Two reports giving one exact amount of money (and no other) are one fact, however else they are worded; a conversion
in brackets is the amount again, not another figure; round amounts and amounts beside other money are left to the
ledger's other rules."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.schema import Briefing


def _sources(briefing: Briefing, word: str) -> list[list[str]]:
    return [p.sources for p in briefing.key_points if word in p.text]


def test_one_exact_value_told_two_ways_is_one_point() -> None:
    a = Doc("S1").say("The offer values the entire issued share capital of Pellworth Ceramics at approximately £412.5 million.")
    b = Doc("S2").say("The transaction values Pellworth Ceramics at 412.5 million pounds (around 480 million euros).")
    assert sorted(map(sorted, _sources(merge(*build(a, b)), "412"))) == [["S1", "S2"]]


def test_a_different_amount_stays_apart() -> None:
    a = Doc("S1").say("The offer values the entire issued share capital of Pellworth Ceramics at approximately £412.5 million.")
    b = Doc("S2").say("The transaction values Pellworth Ceramics at 398.2 million pounds (around 460 million euros).")
    assert sorted(map(sorted, _sources(merge(*build(a, b)), "Pellworth"))) == [["S1"], ["S2"]]
