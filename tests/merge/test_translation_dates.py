"""A translation's date for an act told in other words: a whole hour with its half of the day is a time
of day like '21.00', and one minute of the day dates one act whatever verb each report uses."""

from __future__ import annotations

from datetime import date

from helpers import Doc, build

from summarizer.dates.clock import times_of_day
from summarizer.merge import merge
from summarizer.schema import Briefing

PUB = date(2031, 3, 14)


def _dates(briefing: Briefing) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value, p.sources) for p in d.positions] for d in briefing.discrepancies if d.kind == "date"]


def test_a_whole_hour_with_its_half_of_the_day_is_a_time_of_day() -> None:
    assert times_of_day("at about 9 p.m. on Friday") == {"9:00"} == times_of_day("around 21.00")
    assert times_of_day("by 11am") == {"11:00"}
    assert times_of_day("a 9 metre wall") == frozenset() == times_of_day("$4 m in aid")


def test_the_same_minute_lets_a_translations_other_verb_date_the_same_act() -> None:
    a = Doc("S1", published=PUB).event("2031-03-07", "A tram left the rails on Brisk Street in Harnholm on Friday at about 9 p.m.")
    b = Doc("S2", published=PUB).event(
        "2031-03-06", "A tram came off the rails on the street Brisk in Harnholm on Thursday, 6/3, around 21.00.")
    assert _dates(merge(*build(a, b))) == [[("2031-03-06", ["S2"]), ("2031-03-07", ["S1"])]]
    # Near-miss: another act on the same street at another time of day is another event.
    c = Doc("S3", published=PUB).event("2031-03-06", "A tram was towed off Brisk Street in Harnholm on Thursday at about 7 a.m.")
    assert _dates(merge(*build(a, c))) == []


def test_one_minute_of_the_day_dates_one_act_when_the_other_figures_measure_other_things() -> None:
    # The radio's spoken clock and the translation's digits give one minute; the barge's tonnage in one report and
    # how long the tow lasted in the other are no figures at odds (the aligner compares values, not units).
    a = Doc("S1", published=PUB).event(
        "2031-03-11",
        "The barge Orla Vane sank off Kettle Point at eleven forty-two on Tuesday night, forty minutes after the tow line parted.")
    b = Doc("S2", published=PUB).event(
        "2031-03-10", "The barge Orla Vane of 2.400 tonnes went to the bottom near Kettle Point on Monday, 10 of March, at 23.42 hours.")
    found = _dates(merge(*build(a, b)))
    assert found == [[("2031-03-10", ["S2"]), ("2031-03-11", ["S1"])]]
    summary = next(d.summary for d in merge(*build(a, b)).discrepancies if d.kind == "date")
    assert "Monday 10 March 2031 (S2) vs Tuesday 11 March 2031 (S1)" in summary
    # Near-miss: figures of one unit that disagree keep two reports apart, whatever the minute.
    c = Doc("S3", published=PUB).event(
        "2031-03-10", "The barge Orla Vane of 2.400 tonnes went to the bottom near Kettle Point on Monday, 10 of March, at 23.42 hours, "
        "ninety minutes after the tow line parted.")
    assert _dates(merge(*build(a, c))) == []
