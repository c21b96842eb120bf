"""Invented four-outlet stories, each planting conflicts of different kinds, one update over time and a
near-miss that must not be listed: the offline pipeline must find exactly the planted set.

harbour: containers stranded 2,300 (three outlets, three wordings) vs 3,100 (a blog that counted them); the
  port closed Tuesday 16/10 vs a translation's Monday 15/10; harbour master vs deputy harbour master; ships at
  anchor 14 at 18:00 Tuesday -> 22 on Wednesday morning (an update); near-miss: 9,000 containers a day (a rate).
vaccine: doses given 41,000 ('given', 'administered') vs 'fewer than 30,000'; a pause ordered vs 'nothing has
  been decided'; one quote credited to the medical director and to the minister; appointments 3,200 by noon ->
  5,900 by 20:00 (an update); near-miss: 60,000 doses delivered to clinics.
storm: gusts up to 160 km/h vs 190 km/h measured by a blogger; landfall late on Sunday vs a translation's
  Saturday 12/1 (whose 'gusts until 160 km/h' is no period's bound); six taken to hospital vs 'Nine ended up in
  hospital' (a count with no noun); homes without power 48,000 in the morning -> 31,000 at 18:00 (an update,
  one outlet counting 'households', one 'the number of homes'); near-miss: sustained winds of 95 km/h.
factory (written after the fixes above, to test them on new words): the fire broke out late on Thursday 10/5 vs a
  translation's Wednesday 9/5 (the Post's 'still at the works on Friday afternoon after a fire that started late on
  Thursday, 10 May' dates the start Thursday, its Friday is the report's); plant manager vs operations director (the
  translation's 'factory chief' is the plant manager); one quote credited to the manager and to the mayor; the fire
  engines 12 (wire, 'were sent') vs 19 (a blogger's later count, told as a past act with no mark of a later state: a
  conflict, not an update); 'No arrests have been made' (the blog, published after the wire's arrest) against three
  outlets' arrest; share of the blaze under control 60% at 9 a.m. -> 90% at 3 p.m. (an update); near-miss: 450
  employed vs 300 evacuated.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from summarizer.pipeline import Options, arun
from summarizer.schema import Briefing

STORIES = Path(__file__).resolve().parents[1] / "data" / "ministories"

Row = tuple[str, frozenset[tuple[str, tuple[str, ...]]]]


def _found(briefing: Briefing) -> set[Row]:
    """(kind, {(value, sources)}) per discrepancy; an account's value is cut to its class."""
    return {
        (d.kind, frozenset((p.value.split(":")[0] if d.kind == "account" else p.value, tuple(p.sources)) for p in d.positions))
        for d in briefing.discrepancies
    }


def _updates(briefing: Briefing) -> set[tuple[tuple[str, tuple[str, ...], str | None], ...]]:
    return {tuple((v.value, tuple(v.sources), v.time) for v in u.values) for u in briefing.updates}


EXPECTED: dict[str, tuple[set[Row], set[tuple[tuple[str, tuple[str, ...], str | None], ...]]]] = {
    "harbour": (
        {
            ("number", frozenset({("about 2,300 containers", ("S1", "S2", "S4")), ("3,100 containers", ("S3",))})),
            ("date", frozenset({("2029-10-15", ("S4",)), ("2029-10-16", ("S1", "S2"))})),
            ("title", frozenset({("Harbour master", ("S1", "S2", "S4")), ("Deputy harbour master", ("S3",))})),
        },
        {(("14 ships", ("S1", "S4"), "2029-10-16T18:00"), ("22 ships", ("S2",), "2029-10-17T07:30"))},
    ),
    "vaccine": (
        {
            ("number", frozenset({("about 41,000 doses", ("S1", "S2", "S4")), ("at most 30,000 doses", ("S3",))})),
            ("account", frozenset({("ordered / approved", ("S1", "S4")), ("asked for options / considered", ("S3",))})),
            ("attribution", frozenset({("Amara Lindqvist", ("S1", "S2", "S4")), ("Tomas Brenner", ("S3",))})),
        },
        {(("3,200 appointments", ("S1",), "2029-05-10T12:00"), ("5,900 appointments", ("S2", "S4"), "2029-05-10T20:00"))},
    ),
    "factory": (
        {
            ("number", frozenset({("12 engines", ("S1",)), ("19 engines", ("S3",))})),
            ("date", frozenset({("2029-05-09", ("S4",)), ("2029-05-10", ("S1", "S2"))})),
            ("title", frozenset({("plant manager", ("S1", "S2", "S4")), ("Operations director", ("S3",))})),
            ("account", frozenset({("arrested", ("S1", "S2", "S4")), ("not arrested", ("S3",))})),
            ("attribution", frozenset({("Oskar Brandt", ("S1", "S2", "S4")), ("Ilse Rahn", ("S3",))})),
        },
        {(("60%", ("S1",), "2029-05-11T09:00"), ("90%", ("S2",), "2029-05-11T15:00"))},
    ),
    "storm": (
        {
            ("number", frozenset({("at most 160", ("S1", "S2", "S4")), ("190", ("S3",))})),
            ("number", frozenset({("6", ("S1", "S2", "S4")), ("9", ("S3",))})),
            ("date", frozenset({("2030-01-12", ("S4",)), ("2030-01-13", ("S1",))})),
        },
        {(("48,000 homes", ("S1", "S3", "S4"), "2030-01-14"), ("31,000", ("S2",), "2030-01-14T18:00"))},
    ),
}


@pytest.mark.parametrize("story", sorted(EXPECTED))
def test_a_mini_story_lists_exactly_its_planted_conflicts_and_update(story: str) -> None:
    briefing = asyncio.run(arun([str(STORIES / story)], Options(backend="offline", use_cache=False))).briefing
    discrepancies, updates = EXPECTED[story]
    assert _found(briefing) == discrepancies
    assert _updates(briefing) == updates
