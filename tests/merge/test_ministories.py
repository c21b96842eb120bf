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
  translation's Wednesday 9/5; plant manager vs operations director (the translation's 'factory chief' is the
  plant manager); one quote credited to the manager and to the mayor; share of the blaze under control 60% at
  9 a.m. -> 90% at 3 p.m. (an update); near-miss: 450 employed vs 300 evacuated. Known misses, each an
  expected failure (strict: a fix makes it pass and the marker must go): the fire engines 12 (wire) vs 19 (a
  blogger's count at midnight) read as an update, not a conflict; the Post's 'still at the works on Friday
  afternoon after a fire that started late on Thursday, 10 May' is dated Friday and listed as a third date;
  'No arrests have been made' against three outlets' arrest is missed.
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


def _factory() -> Briefing:
    return asyncio.run(arun([str(STORIES / "factory")], Options(backend="offline", use_cache=False))).briefing


def test_the_factory_story_finds_its_title_speaker_date_and_update_and_not_its_near_miss() -> None:
    briefing = _factory()
    found = _found(briefing)
    assert ("title", frozenset({("plant manager", ("S1", "S2", "S4")), ("Operations director", ("S3",))})) in found
    assert ("attribution", frozenset({("Oskar Brandt", ("S1", "S2", "S4")), ("Ilse Rahn", ("S3",))})) in found
    dates = [positions for kind, positions in found if kind == "date"]
    assert len(dates) == 1 and {("2029-05-09", ("S4",)), ("2029-05-10", ("S1",))} <= dates[0]
    assert (("60%", ("S1",), "2029-05-11T09:00"), ("90%", ("S2",), "2029-05-11T15:00")) in _updates(briefing)
    values = " ".join(value for _, positions in found for value, _ in positions)
    assert "450" not in values and "300" not in values  # employed vs evacuated: two measures


@pytest.mark.xfail(strict=True, reason="known misses: 12 vs 19 fire engines (a blogger's later count) read as an "
                   "update; the Post's 'Friday afternoon after a fire that started late on Thursday' dated Friday")
def test_the_factory_story_lists_exactly_its_planted_conflicts_and_update() -> None:
    briefing = _factory()
    assert _found(briefing) == {
        ("date", frozenset({("2029-05-09", ("S4",)), ("2029-05-10", ("S1",))})),
        ("title", frozenset({("plant manager", ("S1", "S2", "S4")), ("Operations director", ("S3",))})),
        ("attribution", frozenset({("Oskar Brandt", ("S1", "S2", "S4")), ("Ilse Rahn", ("S3",))})),
        ("number", frozenset({("12 engines", ("S1",)), ("19 engines", ("S3",))})),
    }
    assert _updates(briefing) == {(("60%", ("S1",), "2029-05-11T09:00"), ("90%", ("S2",), "2029-05-11T15:00"))}
