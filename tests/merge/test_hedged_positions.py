"""A position shows each reading its sources give, hedged as they hedge it, and a count told of another year's
event does not stop outlets' lone counts being compared (invented stories)."""

from __future__ import annotations

from datetime import date

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.quantities import parse_quantities

DAY = date(2032, 6, 3)


def _numbers(*docs: Doc) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value, p.sources) for p in d.positions] for d in merge(*build(*docs)).discrepancies if d.kind == "number"]


def test_a_position_keeps_each_sources_hedge() -> None:
    a = Doc("S1", published=DAY).say("The Osk river ferry was carrying 517 pilgrims when its engine failed.")
    b = Doc("S2", published=DAY).say("About 520 pilgrims were on the Osk river ferry when its engine failed.")
    c = Doc("S3", published=DAY).say("More than 700 pilgrims were crammed on the Osk river ferry, a deckhand said.")
    assert _numbers(a, b, c) == [[("517 / about 520 pilgrims", ["S1", "S2"]), ("more than 700 pilgrims", ["S3"])]]


def test_one_of_a_counted_group_is_no_count_of_one() -> None:
    assert [(q.value, q.approximate) for q in parse_quantities("I was one of roughly 80 pilgrims on the deck.")] == [(80.0, True)]


def test_a_count_of_another_years_event_leaves_the_lone_counts_compared() -> None:
    a = Doc("S1", published=DAY).say("The Osk river ferry was carrying 517 pilgrims when its engine failed.")
    b = Doc("S2", published=DAY).say("I was one of about 640 pilgrims crowded on deck at Osk bend.").say(
        "In 2029 another ferry with 300 pilgrims ran aground at the same bend.")
    assert _numbers(a, b) == [[("517 pilgrims", ["S1"]), ("about 640 pilgrims", ["S2"])]]
    c = Doc("S2", published=DAY).say("I was one of about 640 pilgrims crowded on deck at Osk bend.").say(
        "Since 2029 the ferry has carried up to 300 pilgrims on feast days.")
    assert _numbers(a, c) == []  # a count since a year is this story's: two counts in S2, neither compared by wording


def test_an_outlet_repeating_its_one_count_still_counts_it_once() -> None:
    # Sentences worded apart: only the lone-count rule compares them; S3 gives its one figure twice.
    a = Doc("S1", published=DAY).say("The cable car that stalled above Vessby had 48 hikers on board.")
    b = Doc("S2", published=DAY).say("Rescuers lowered 61 hikers from the cable car after dark.")
    c = Doc("S3", published=DAY).say("Families of the 48 hikers waited at the Vessby valley station.").say(
        "All 48 hikers will be questioned by the inspectors on Sunday.")
    assert _numbers(a, b, c) == [[("48 hikers", ["S1", "S3"]), ("61 hikers", ["S2"])]]



def test_a_compound_irregular_plural_is_shown_as_written() -> None:
    a = Doc("S1", published=DAY).say("The coach that left the road near Vessby had 48 schoolchildren on board.")
    b = Doc("S2", published=DAY).say("Rescuers reached 61 schoolchildren trapped in the coach after dark.")
    assert _numbers(a, b) == [[("48 schoolchildren", ["S1"]), ("61 schoolchildren", ["S2"])]]
