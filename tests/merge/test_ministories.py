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
tunnel and tollvote (four and five outlets, written after all the rules above, in other registers: a radio
  transcript, a first-person blog, a live blog, a local paper) assert what they find exactly (their two conflicts
  once missed are found since session 12's rules):
tunnel: a train stopped in the Halvik tunnel on Tuesday evening vs a translation's Monday 3/3; passengers
  'evacuated from the train on foot' (wire, radio) vs a blogger's later 'We were not evacuated on foot'; people
  taken to hospital 4 (wire, 07:10) -> 7 'by this morning' (radio, 08:00), an update; passengers 212 (wire,
  translation) and 'about 210' (radio) vs a blogger's 'I was one of roughly 240' (found since the writer counted
  among a group is a first-hand count, and each outlet counts passengers once, the 2027 train aside; the
  translation's 'travellers' are not read as passengers). Near-misses: 12 trains cancelled 'in Halvik itself' vs 31 'in the whole region of
  Vestland' (two places); 150 passengers on a train stopped in 2027 (another event); six crew against 212
  passengers (two units); 9,000 passengers a day (a rate); 'about 210' against 212 (rounding).
tollvote: invalid ballots 203 (wire) and 'about 200' (radio) vs 410 (local paper); 'The Yes campaign has
  challenged the count' (wire) vs a translation's later 'The count was not challenged by either campaign';
  turnout 38% by 2 p.m. on polling day (live blog) -> 61% 'reached' (wire, radio the next morning), an update;
  the referendum on Sunday vs the translation's 'referendum of Saturday 14/9' (found since 'said no to' the
  toll reads as the act 'rejected', not as a negation). Near-misses: 54.2%
  against in the city vs 49.6% in the wider region; turnout 48% in the 2026 referendum; 30,100 registered
  voters against 18,400 ballots cast; 'about 200' against 203.
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
            ("number", frozenset({("about 41,000 doses", ("S1", "S2", "S4")), ("fewer than 30,000 doses", ("S3",))})),
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
            ("number", frozenset({("up to 160 / 160", ("S1", "S2", "S4")), ("190", ("S3",))})),
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


FOUND: dict[str, tuple[set[Row], set[tuple[tuple[str, tuple[str, ...], str | None], ...]]]] = {
    "tunnel": (
        {
            ("number", frozenset({("about 210 / 212 passengers", ("S1", "S2")), ("about 240 passengers", ("S3",))})),
            ("date", frozenset({("2031-03-03", ("S4",)), ("2031-03-04", ("S1",))})),
            ("account", frozenset({("evacuated", ("S1", "S2")), ("not evacuated", ("S3",))})),
        },
        {(("4", ("S1",), "2031-03-05T07:10"), ("7", ("S2",), "2031-03-05T08:00"))},
    ),
    "tollvote": (
        {
            ("number", frozenset({("about 200 / 203 ballots", ("S1", "S2")), ("410 ballots", ("S5",))})),
            ("date", frozenset({("2030-09-14", ("S4",)), ("2030-09-15", ("S1", "S2"))})),  # the radio's "Sunday's referendum" too
            ("account", frozenset({("challenged", ("S1",)), ("not challenged", ("S4",))})),
        },
        {(("38%", ("S3",), "2030-09-15T14:00"), ("61%", ("S1", "S2"), "2030-09-16"))},
    ),
}


@pytest.mark.parametrize("story", sorted(FOUND))
def test_an_unseen_mini_story_lists_what_it_finds_and_no_near_miss(story: str) -> None:
    briefing = asyncio.run(arun([str(STORIES / story)], Options(backend="offline", use_cache=False))).briefing
    discrepancies, updates = FOUND[story]
    assert _found(briefing) == discrepancies
    assert _updates(briefing) == updates
