"""Counts of two places are two measures (invented sentences): 'in Orsby itself' against 'across the county
of Lenvik' is no conflict, while the same place named two ways still is, and a name that only qualifies a
thing ('the Orsby bridge') names no place."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import Doc, build

from summarizer.merge import merge
from summarizer.merge.figure_places import figure_place

DAY = date(2032, 2, 9)


@pytest.mark.parametrize(("text", "figure", "place"), [
    ("In Orsby itself, 40 homes were flooded.", "40", {"orsby"}),
    ("Across the county of Lenvik 310 homes were flooded.", "310", {"county", "lenvik"}),
    ("In the wider Tavel region, including the suburbs, 52% voted for the plan.", "52%", {"tavel", "region"}),
    ("2,000 homes were flooded nationwide.", "2,000", {"nation"}),
    # No place: a name before a noun is a thing, a month or weekday is a time.
    ("Water rose 3 metres in the Lenvik tunnel.", "3", set()),
    ("In May, 40 homes were flooded; in Monday's storm, 12 more.", "40", set()),
    # A place in another clause is no scope of the count: where the subject is, or a comparison.
    ("Orsby College in Lenvik, where the hackers got in, lost data on 9,000 students.", "9,000", set()),
    ("The firm lost data on 9,000 students, one of the largest leaks in the country.", "9,000", set()),
])
def test_the_place_a_figure_is_counted_in(text: str, figure: str, place: set[str]) -> None:
    assert set(figure_place(text, figure)) == place


def _numbers(*sentences: str) -> list[list[tuple[str, list[str]]]]:
    docs = [Doc(f"S{k + 1}", published=DAY, at=f"0{k + 8}:00").say(s) for k, s in enumerate(sentences)]
    return [[(p.value, p.sources) for p in d.positions] for d in merge(*build(*docs)).discrepancies if d.kind == "number"]


def test_counts_of_two_places_are_no_conflict_but_one_place_named_two_ways_is() -> None:
    assert _numbers("In Orsby itself, 40 homes were flooded on Sunday.",
                    "Across the county of Lenvik, 310 homes were flooded on Sunday.") == []
    assert _numbers("In the town of Orsby, 40 homes were flooded on Sunday.",
                    "In Orsby, 65 homes were flooded on Sunday.") == [[("40 homes", ["S1"]), ("65 homes", ["S2"])]]
