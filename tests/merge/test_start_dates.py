"""The day a change starts to apply, named apart by outlets in words that share nothing, and near-misses."""

from __future__ import annotations

from datetime import date

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.merge.event_reading import BOUND

FRIDAY = date(2031, 6, 13)


def _dates(*docs: Doc) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value, p.sources) for p in d.positions] for d in merge(*build(*docs)).discrepancies if d.kind == "date"]


def test_a_start_day_told_as_a_weekday_a_month_day_and_a_translations_day_month() -> None:
    a = Doc("S1", published=FRIDAY).event("2031-07-01", "The new parking charges take effect on Tuesday, July 1.")
    b = Doc("S2", published=FRIDAY).event("2031-07-01", "Drivers will pay four euros an hour from 1 July, the council said.")
    c = Doc("S3", published=FRIDAY).event("2031-07-02", "The tariffs will be valid from Wednesday 2/7.")
    assert _dates(a, b, c) == [[("2031-07-01", ["S1", "S2"]), ("2031-07-02", ["S3"])]]


def test_start_days_of_two_changes_are_no_conflict() -> None:
    a = Doc("S1", published=FRIDAY).event("2031-07-01", "The new parking charges take effect on Tuesday, July 1.")
    far = Doc("S2", published=FRIDAY).event("2031-09-01", "Resident permits will cost more from September 1.")
    assert _dates(a, far) == []  # two months apart: another change
    two = Doc("S3", published=FRIDAY).event("2031-07-01", "Charges apply from 1 July.").event(
        "2031-07-03", "The bus lane opens as of 3 July.")
    c = Doc("S4", published=FRIDAY).event("2031-07-02", "The tariffs will be valid from Wednesday 2/7.")
    assert _dates(two, c) == []  # an outlet naming two start days tells of two changes
    d = Doc("S5", published=FRIDAY).event("2031-07-07", "Charges apply from Monday to Friday, 8 a.m. to 6 p.m.")
    assert _dates(a, d) == []  # a period's bounds are no start


def test_a_bound_is_a_day_not_a_figure_after_until() -> None:
    assert BOUND.search("the line is shut until 12/1") and BOUND.search("until 3 March")
    assert not BOUND.search("with gusts until 160 km/h") and not BOUND.search("until 20 km/h")


def test_two_different_changes_starting_days_apart_are_no_conflict() -> None:
    a = Doc("S1", published=FRIDAY).event("2031-07-01", "The new bus fares take effect on Tuesday, July 1.")
    b = Doc("S2", published=FRIDAY).event("2031-07-03", "The new parking rules apply from Thursday 3 July.")
    assert _dates(a, b) == []


def test_one_change_named_two_ways_is_still_compared() -> None:
    # 'meter fees' shares no word with 'parking charges' in its sentence, but its article writes of parking.
    a = Doc("S1", published=FRIDAY).event("2031-07-01", "The new parking charges take effect on Tuesday, July 1.")
    b = Doc("S2", published=FRIDAY).say("Parking in the old town gets dearer.").event(
        "2031-07-02", "The new meter fees apply from Wednesday 2 July.")
    assert _dates(a, b) == [[("2031-07-01", ["S1"]), ("2031-07-02", ["S2"])]]


def test_one_thing_starting_months_apart_is_a_conflict_when_both_name_it() -> None:
    a = Doc("S1", published=FRIDAY).event("2031-09-01", "The smoking ban takes effect on 1 September, the ministry said.")
    b = Doc("S2", published=FRIDAY).event("2031-11-01", "The ban starts on the first of November.")
    c = Doc("S3", published=FRIDAY).event("2031-09-01", "Bars must comply from September 1.")
    assert _dates(a, b, c) == [[("2031-09-01", ["S1", "S3"]), ("2031-11-01", ["S2"])]]


def test_starts_months_apart_named_in_other_words_or_a_year_apart_are_no_conflict() -> None:
    a = Doc("S1", published=FRIDAY).event("2031-09-01", "The smoking ban takes effect on 1 September.")
    b = Doc("S2", published=FRIDAY).event("2031-11-01", "Bars must close by midnight from 1 November.")
    assert _dates(a, b) == []  # nothing shared says the curfew is the ban
    c = Doc("S3", published=FRIDAY).event("2032-11-01", "The ban starts on 1 November 2032.")
    assert _dates(a, c) == []  # more than a year apart: a second stage


def test_the_start_of_a_stretch_of_the_calendar_is_no_start_of_the_change() -> None:
    a = Doc("S1", published=FRIDAY).event("2031-08-01", "The new tolls apply from 1 August.").event(
        "2031-07-01", "The agency faces a deficit in the fiscal year that begins July 1.")
    b = Doc("S2", published=FRIDAY).event("2031-08-02", "The tolls will be valid from Saturday 2/8.")
    assert _dates(a, b) == [[("2031-08-01", ["S1"]), ("2031-08-02", ["S2"])]]


def test_one_thing_set_ahead_on_two_days_is_a_conflict_and_two_things_are_not() -> None:
    a = Doc("S1", published=FRIDAY).event("2031-06-23", "The appeal hearing is scheduled for Monday, June 23, the court said.")
    b = Doc("S2", published=FRIDAY).event("2031-06-24", "The hearing will take place on 24 June.")
    assert _dates(a, b) == [[("2031-06-23", ["S1"]), ("2031-06-24", ["S2"])]]
    c = Doc("S3", published=FRIDAY).event("2031-06-25", "The council vote is set for Wednesday 25 June.")
    assert _dates(a, c) == []  # a hearing and a vote: two things set ahead


def test_a_later_report_of_the_day_put_back_is_an_update() -> None:
    a = Doc("S1", published=FRIDAY, at="09:00").event("2031-06-23", "The appeal hearing is scheduled for Monday, June 23.")
    b = Doc("S2", published=date(2031, 6, 20), at="18:00").event(
        "2031-06-30", "The appeal hearing has been postponed and is now set for Monday 30 June.")
    briefing = merge(*build(a, b))
    assert [d for d in briefing.discrepancies if d.kind == "date"] == []
    assert [[(v.value, v.sources) for v in u.values] for u in briefing.updates] == [
        [("2031-06-23", ["S1"]), ("2031-06-30", ["S2"])]]


def test_a_vote_set_ahead_with_what_is_voted_on_and_a_meeting_named_with_its_day() -> None:
    a = Doc("S1", published=FRIDAY).event("2031-07-09", "Members will vote on the merger on 9 July, the club said.")
    b = Doc("S2", published=FRIDAY).event("2031-07-16", "Members get their say on the merger at a special meeting on 16 July.")
    assert _dates(a, b) == [[("2031-07-09", ["S1"]), ("2031-07-16", ["S2"])]]
    c = Doc("S3", published=FRIDAY).event("2031-07-16", "The planning hearing on 16 July will decide on the new stand.")
    assert _dates(a, c) == []  # a members' vote and a planning hearing share no word: two things set ahead
