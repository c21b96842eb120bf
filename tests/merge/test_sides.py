"""Outlets naming opposite sides of one thing for one happening: the left or the right, the front or the rear
(invented stories)."""

from __future__ import annotations

from datetime import date

from helpers import Doc, build

from summarizer.merge import merge

DAY = date(2031, 5, 6)


def _sides(*docs: Doc) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    return [(d.subject, [(p.value, p.sources) for p in d.positions])
            for d in merge(*build(*docs)).discrepancies if d.subject.startswith("Which ")]


def test_opposite_sides_of_one_thing_for_one_happening_are_a_discrepancy() -> None:
    a = Doc("S1", published=DAY).say("The rear carriage of the Orsk shuttle left the rails at low speed near the depot.")
    b = Doc("S2", published=DAY).say("Only the front carriage left the rails, the operator said.")
    c = Doc("S3", published=DAY).say("Investigators are looking at why the rear carriage left the rails.")
    assert _sides(a, b, c) == [("Which carriage: front or rear", [("front carriage", ["S2"]), ("rear carriage", ["S1", "S3"])])]


def test_an_outlet_naming_both_sides_tells_of_both() -> None:
    a = Doc("S1", published=DAY).say("The left-hand pump failed at noon and the right pump kept the dock dry.")
    b = Doc("S2", published=DAY).say("The right pump failed at noon, the harbour master said.")
    assert _sides(a, b) == []


def test_two_happenings_of_two_sides_are_not_at_odds() -> None:
    a = Doc("S1", published=DAY).say("Smoke poured from the left engine as the ferry docked.")
    b = Doc("S2", published=DAY).say("Engineers replaced a valve on the right engine last spring.")
    assert _sides(a, b) == []


def test_the_word_right_that_names_no_side_is_passed_by() -> None:
    a = Doc("S1", published=DAY).say("The council said it was the right time to close the pool.")
    b = Doc("S2", published=DAY).say("Swimmers left time for a last swim before the pool closed.")
    assert _sides(a, b) == []
