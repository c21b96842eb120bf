"""Updates in other wordings: a tally whose reports the grouping met in an awkward order, and a change
counted 'since Friday' across days; with a conflict at one time kept and near-misses left out."""

from __future__ import annotations

from datetime import date

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.schema import Briefing

DAY = date(2032, 1, 20)


def _numbers(briefing: Briefing) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value, p.sources) for p in d.positions] for d in briefing.discrepancies if d.kind == "number"]


def test_a_tally_rising_through_the_day_with_two_noon_figures_apart() -> None:
    a = Doc("S1", published=DAY, at="13:40").say(
        "The number of people evacuated from Tarnby had climbed to 1,450 by noon on Thursday, council officials said.")
    b = Doc("S2", published=DAY, at="19:05").say(
        "TARNBY, Jan. 20 (Wire) - Some 2,300 people had been evacuated from Tarnby by 6 p.m. on Thursday, the county council said, "
        "as the Osk river peaked.")
    c = Doc("S3", published=DAY, at="13:55").say(
        "Around 900 people had been evacuated from Tarnby by noon on Thursday, according to the county council, "
        "as floodwater from the Osk reached the high street.")
    briefing = merge(*build(a, b, c))
    # The two noon figures are a conflict at one time; the 6 p.m. tally is the story moving on.
    assert _numbers(briefing) == [[("1,450", ["S1"]), ("about 900", ["S3"])]]
    (update,) = briefing.updates
    assert [(v.value, v.sources, v.time) for v in update.values] == [
        ("1,450", ["S1"], "2032-01-20T12:00"), ("about 900", ["S3"], "2032-01-20T12:00"), ("about 2,300", ["S2"], "2032-01-20T18:00")]
    assert "from 1,450 (S1) or about 900 (S3) at 12:00 to about 2,300 at 18:00 (S2)" in update.summary
    # Near-miss: another count of people in the same story (rescued, not evacuated) joins neither.
    d = Doc("S4", published=DAY, at="14:10").say("Firefighters rescued 12 people from cars stranded on the Osk bridge.")
    assert _numbers(merge(*build(a, b, c, d))) == [[("1,450", ["S1"]), ("about 900", ["S3"])]]


def test_a_change_counted_since_a_day_is_a_running_tally_across_days() -> None:
    a = Doc("S1", published=date(2032, 5, 15), at="18:40").say(
        "By Friday afternoon the level of Lake Orm had been lowered by about 3 feet, the water board said.")
    b = Doc("S2", published=date(2032, 5, 17), at="09:00").say(
        "The water board has lowered Lake Orm by about 8 feet since Friday as engineers plan repairs to the weir.")
    briefing = merge(*build(a, b))
    assert _numbers(briefing) == []
    assert [[v.value for v in u.values] for u in briefing.updates] == [["about 3 feet", "about 8 feet"]]
    # Near-miss: a later figure that never reads as a running tally stays a conflict between outlets.
    c = Doc("S3", published=date(2032, 5, 17), at="09:00").say(
        "The water board lowered Lake Orm by about 8 feet, engineers said.")
    assert _numbers(merge(*build(a, c))) == [[("about 3 feet", ["S1"]), ("about 8 feet", ["S3"])]]


def test_a_later_figure_told_as_a_past_act_is_a_rival_count_not_an_update() -> None:
    a = Doc("S1", published=DAY, at="10:15").say("Eight ambulances were sent to the Tarnby ferry terminal, the county said.")
    b = Doc("S2", published=DAY, at="16:50").say("I counted 14 ambulances at the Tarnby ferry terminal.")
    briefing = merge(*build(a, b))
    assert _numbers(briefing) == [[("8 ambulances", ["S1"]), ("14 ambulances", ["S2"])]]
    assert briefing.updates == [] and "no update" in briefing.discrepancies[0].summary
    # The same later figure marked as a state at a later time is an update: a clock, a rise, the present tense.
    for later in ("By 4 p.m. there were 14 ambulances at the Tarnby ferry terminal.",
                  "The ambulances sent to the Tarnby ferry terminal arrived to 14 ambulances.",
                  "There are 14 ambulances at the Tarnby ferry terminal."):
        c = Doc("S2", published=DAY, at="16:50").say(later)
        moved = merge(*build(a, c))
        assert _numbers(moved) == [] and [[v.value for v in u.values] for u in moved.updates] == [["8 ambulances", "14 ambulances"]]
    # Across days the present tense alone is no mark: the next day's "there are 14" is a rival count.
    d = Doc("S2", published=date(2032, 1, 21), at="08:00").say("There are 14 ambulances at the Tarnby ferry terminal.")
    assert _numbers(merge(*build(a, d))) == [[("8 ambulances", ["S1"]), ("14 ambulances", ["S2"])]]
