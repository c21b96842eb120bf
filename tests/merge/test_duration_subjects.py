"""Two durations, each told once per outlet, are one count's rivals only when they share a word about what lasted:
the words of the duration itself ('years', or the 'decades' fifty years is also read as) say nothing about that."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.schema import Briefing


def _numbers(briefing: Briefing) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    return [(d.subject, [(p.value, p.sources) for p in d.positions]) for d in briefing.discrepancies if d.kind == "number"]


def test_two_durations_of_different_states_are_no_rivals() -> None:
    a = Doc("S1").say("Because the engine has stayed in the region for more than fifty years, moving it needs a permit.")
    b = Doc("S2").say("The Brenvik locomotive, kept out of sight for more than seventy years, was sold on Friday.")
    assert _numbers(merge(*build(a, b))) == []


def test_two_durations_of_one_state_are_rivals() -> None:
    a = Doc("S1").say("The Brenvik locomotive has stood in the shed for more than fifty years.")
    b = Doc("S2").say("It has stood in the Brenvik shed for more than seventy years, its owners say.")
    found = _numbers(merge(*build(a, b)))
    assert [positions for _, positions in found] == [[("more than 50 years", ["S1"]), ("more than 70 years", ["S2"])]]
