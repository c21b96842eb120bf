"""Two figures one source states in its own voice are two measures or a count that moved, never rivals."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.schema import Briefing


def _numbers(briefing: Briefing) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value, p.sources) for p in d.positions] for d in briefing.discrepancies if d.kind == "number"]


def test_an_estimate_and_a_price_one_source_gives_are_no_dispute() -> None:
    a = (Doc("S1").say("The harbour painting was offered with an estimate of £2 million to £3 million.")
         .say("The harbour painting sold for £4.1 million on Friday."))
    b = Doc("S2").say("The harbour painting sold for £4.1 million at the Friday sale.")
    c = Doc("S3").say("The harbour painting had been estimated at £2 million to £3 million.")
    assert _numbers(merge(*build(a, b, c))) == []


def test_rivals_no_source_holds_together_are_still_a_dispute() -> None:
    a = Doc("S1").say("The harbour painting sold for £4.1 million on Friday.")
    b = Doc("S2").say("The harbour painting sold for £4.1 million at the Friday sale.")
    c = Doc("S3").say("The harbour painting sold for £4.7 million on Friday.")
    assert _numbers(merge(*build(a, b, c))) == [[("£4,100,000", ["S1", "S2"]), ("£4.7 million", ["S3"])]]
