"""A tally read at a time of day is an update even where some outlets are undated; a sequence's last
step is not a part of its whole (invented stories)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import Doc, build

from summarizer.merge import merge
from summarizer.merge.claims import collect_claims
from summarizer.merge.independence import detect_copies
from summarizer.merge.scope import _wholes
from summarizer.schema import Briefing

DAY = date(2031, 6, 3)
NEXT = date(2031, 6, 4)


def _kinds(briefing: Briefing) -> list[tuple[str, list[list[str]]]]:
    return [(d.kind, [p.sources for p in d.positions]) for d in briefing.discrepancies]


def _petition(a_count: str, b_count: str, undated: bool = True) -> Briefing:
    a = Doc("S1", published=DAY, at="22:10").say(
        f"The Velka Cyclists Union said its petition against the bridge toll had passed {a_count} signatures by 2 p.m., "
        "up from about 1,100 at 9 a.m.")
    b = Doc("S2", published=NEXT, at="06:30").say(
        f"The Velka Cyclists Union said its petition against the bridge toll had {b_count} signatures by 9 p.m. on "
        "Tuesday, up from 1,100 in the morning.")
    c = Doc("S3", published=None if undated else NEXT).say(
        f"The Velka Cyclists Union petition against the bridge toll had {b_count} signatures by 9 p.m. last night, "
        "up from 1,100 when I signed it at breakfast.")
    return merge(*build(a, b, c))


def test_a_tally_read_later_in_the_day_is_an_update_though_one_outlet_is_undated() -> None:
    briefing = _petition("4,800", "7,300")
    assert [d for d in briefing.discrepancies if d.kind == "number"] == []
    (update,) = briefing.updates
    assert [(v.value, v.sources) for v in update.values] == [("4,800 signatures", ["S1"]), ("7,300 signatures", ["S2", "S3"])]


def test_a_tally_that_falls_later_in_the_day_stays_a_conflict_of_counts_that_only_grow() -> None:
    # Two outlets disagreeing at one time of day stay a conflict whatever the undated blog says.
    a = Doc("S1", published=DAY, at="22:10").say("The coastguard said 14 people were injured by 2 p.m. at the Velka pier.")
    b = Doc("S2", published=NEXT, at="06:30").say("The coastguard said 9 people were injured by 2 p.m. at the Velka pier.")
    c = Doc("S3").say("By 2 p.m. 9 people were injured at the Velka pier, the coastguard said.")
    briefing = merge(*build(a, b, c))
    assert [k for k, _ in _kinds(briefing)] == ["number"]
    assert briefing.updates == []


def test_a_lone_undated_outlet_still_leaves_the_order_unknown() -> None:
    a = Doc("S1", published=DAY, at="22:10").say(
        "The Velka Cyclists Union said its petition against the bridge toll had 4,800 signatures.")
    c = Doc("S3").say("The Velka Cyclists Union petition against the bridge toll has 7,300 signatures.")
    briefing = merge(*build(a, c))
    assert briefing.updates == []
    assert [k for k, _ in _kinds(briefing)] == ["number"] and "order is unknown" in briefing.discrepancies[0].summary


@pytest.mark.parametrize(
    "step",
    [
        "The last 40 ballot boxes from Velka were recounted on Friday night.",
        "Ballots from 40 more polling stations in Velka were recounted on Friday night.",
    ],
)
def test_the_last_of_a_sequence_is_no_part_of_its_whole(step: str) -> None:
    a = Doc("S1", published=DAY).say(step)
    b = Doc("S2", published=DAY).say("A full recount of all ballot boxes in Velka ended on Friday.")
    assert [k for k, _ in _kinds(merge(*build(a, b)))] == []


def test_all_after_a_pronoun_is_no_whole_of_a_noun() -> None:
    articles, records = build(Doc("S1").say("Yes, they all came out of the Velka mine."), Doc("S2").say("All miners came out."))
    first, second = collect_claims(articles, records, detect_copies(articles))
    assert _wholes(first) is None and _wholes(second) is not None


def test_a_part_against_all_is_still_a_scope_conflict() -> None:
    a = Doc("S1", published=DAY).say("The board ordered a recount of ballots from 12 polling stations in Velka.")
    b = Doc("S2", published=DAY).say("The board ordered a full recount of all ballots in Velka.")
    briefing = merge(*build(a, b))
    assert [(k, s) for k, s in _kinds(briefing) if k == "account"] == [("account", [["S1"], ["S2"]])]


_EARLY = "The Velka Ferries finance director estimated the cost of the strike at around 12 million dollars."
_REVISED = "Velka Ferries now estimates the strike cost it 20 million dollars."


def _cost(first: str, second: str) -> Briefing:
    a = Doc("S1", published=DAY, at="11:30").say(first)
    b = Doc("S2", published=NEXT, at="16:00").say(second)
    return merge(*build(a, b))


def test_a_figure_read_as_the_latest_a_day_later_is_an_update() -> None:
    briefing = _cost(_EARLY, _REVISED)
    assert [k for k, _ in _kinds(briefing)] == []
    (update,) = briefing.updates
    assert [v.sources for v in update.values] == [["S1"], ["S2"]]


def test_the_latest_figure_reported_first_and_the_old_one_a_day_later_stay_a_conflict() -> None:
    # "now estimates 20 million" is the revision; an outlet giving 12 million the next day did not follow
    # it, and the figure did not fall.
    briefing = _cost(_REVISED, _EARLY)
    assert _kinds(briefing) == [("number", [["S1"], ["S2"]])]
    assert briefing.updates == []


def test_a_tally_by_noon_in_a_late_story_comes_before_one_by_6_pm() -> None:
    a = Doc("S1", published=DAY, at="23:00").say("By noon, 38 Velka Ferries crossings had been cancelled because of the "
                                                  "storm, the operator said.")
    b = Doc("S2", published=DAY, at="20:00").say("By 6 p.m., 97 Velka Ferries crossings had been cancelled because of "
                                                  "the storm, the operator said.")
    briefing = merge(*build(a, b))
    assert [k for k, _ in _kinds(briefing)] == []
    (update,) = briefing.updates
    assert [(v.sources, v.time) for v in update.values] == [(["S1"], "2031-06-03T12:00"), (["S2"], "2031-06-03T18:00")]
    assert "rose" in update.summary


def test_a_closing_price_is_the_days_later_state_of_a_morning_fall() -> None:
    a = Doc("S1", published=DAY, at="12:30").say("Velka Shipping shares fell 8% in morning trading after the ruling.")
    b = Doc("S2", published=DAY, at="21:10").say("Velka Shipping shares closed 11% lower after the ruling.")
    briefing = merge(*build(a, b))
    assert [d for d in briefing.discrepancies if d.kind == "number"] == []
    assert [[v.sources for v in u.values] for u in briefing.updates] == [[["S1"], ["S2"]]]
