"""What the words around a figure say it counts (summarizer.quantity_context), with near-misses."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import Doc, build

from summarizer.extract.offline import extract_offline
from summarizer.merge import merge
from summarizer.merge.count_time import stated_time
from summarizer.quantities import parse_quantities
from summarizer.schema import Article


def _read(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(q.value, q.unit, q.predicate) for q in parse_quantities(text)]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Winds reached 130 km/h on the ridge.", [(130.0, "km/h", None)]),
        ("Gusts hit 80 mph overnight.", [(80.0, "mph", None)]),
        ("The mill packs 4,000 sacks a day.", [(4000.0, "sack per day", None)]),
        ("The mill has 4,000 sacks in store.", [(4000.0, "sack", None)]),  # near-miss: a stock, no rate
        ("By noon the number of flats without water had risen to 900.", [(900.0, "flat", None)]),
        ("Five ended up in hospital.", [(5.0, "person", "injured")]),
        ("Three of the climbers were flown to Dunmore Royal Hospital.", [(3.0, "person", "injured")]),
        ("Police found 12 reported cases.", [(12.0, "case", None)]),  # a participle before its noun
        ("Twenty patients in Dunmore hospital were tested.", [(20.0, "patient", None)]),  # near-miss: patients
    ],
)
def test_what_a_figure_counts(text: str, read: list[tuple[float, str | None, str | None]]) -> None:
    assert _read(text) == read


def test_a_speed_and_another_speed_of_the_same_storm_are_two_measures() -> None:
    a = Doc("S1").say("The storm brought gusts of up to 150 km/h and sustained winds of 90 km/h.")
    b = Doc("S2").say("Forecasters recorded gusts of up to 150 km/h at Tarn Head.")
    c = Doc("S3").say("The storm came in with gusts until 150 km/h, said the service.")
    d = Doc("S4").say("Gusts of 175 km/h were measured at the lighthouse.")
    found = [[(p.value, p.sources) for p in x.positions] for x in merge(*build(a, b, c, d)).discrepancies]
    assert found == [[("up to 150 / 150", ["S1", "S2", "S3"]), ("175", ["S4"])]]


def test_one_count_told_with_other_verbs_and_a_count_of_another_act() -> None:
    a = Doc("S1").say("Some 8,000 tickets have been sold since Monday.").say("The club said 12,000 tickets had been printed.")
    b = Doc("S2").say("About 8,000 tickets have been bought so far.")
    c = Doc("S3").say("Only 5,000 tickets have been sold so far.")
    d = Doc("S4").say("Around 8,000 tickets were sold.")
    found = [[(p.value, p.sources) for p in x.positions] for x in merge(*build(a, b, c, d)).discrepancies]
    assert found == [[("about 8,000 tickets", ["S1", "S2", "S4"]), ("5,000 tickets", ["S3"])]]
    assert merge(*build(a, b)).updates == []  # the printed run is no earlier count of the tickets sold


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("I measured 41 cm of snow on the roof this morning.", 1),
        ("I walked the pier at dawn: there are 60 boats still tied up.", 1),
        ("I have been writing about this pier for six years and nobody listened.", 0),  # the writer's own story
        ("I was one of nearly 90 walkers stranded on the ridge on Sunday.", 1),  # the writer counted among a group
        ("I was among 35 guests at the lodge when the road went.", 1),
        ("I was one of the first walkers to reach the hut.", 0),  # a group, no count
    ],
)
def test_what_a_blogger_measured_is_a_claim(text: str, claims: int) -> None:
    assert len(extract_offline(Article(id="S1", uri="mem://S1", text=text)).claims) == claims


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("At 18.00 on Tuesday 14 ships were waiting at anchor.", 18),
        ("Until the 20.00 of Thursday the parents had reserved 5.900 places.", 20),
        ("The fire broke out at 14.30 and 12 crews fought it.", None),  # a time in the story, not of the count
    ],
)
def test_a_24_hour_clock_tied_to_a_count(text: str, hour: int | None) -> None:
    found = stated_time(text)
    assert (found.hour if found else None) == hour


def test_a_state_on_the_reports_own_morning_is_a_tally_but_an_earlier_night_is_not() -> None:
    a = Doc("S1", published=date(2031, 3, 4), at="18:00").say("By 6 p.m., 14 trucks were stuck at the border post.")
    b = Doc("S2", published=date(2031, 3, 5), at="07:30").say("Twenty trucks were stuck at the border post on Wednesday morning.")
    c = Doc("S2", published=date(2031, 3, 5), at="07:30").say("Twenty trucks got stuck at the border post on Tuesday night.")
    assert [u.subject for u in merge(*build(a, b)).updates] == ["Number of trucks"]
    assert merge(*build(a, c)).updates == []


def test_the_reports_own_morning_counts_even_after_an_earlier_days_happening_in_its_sentence() -> None:
    a = Doc("S1", published=date(2031, 3, 4), at="18:00").say("By 6 p.m., 14 trucks were stuck at the border post.")
    b = Doc("S2", published=date(2031, 3, 5), at="07:30").say(
        "The closure began Tuesday afternoon, and twenty trucks were stuck at the border post on Wednesday morning.")
    assert [u.subject for u in merge(*build(a, b)).updates] == ["Number of trucks"]
