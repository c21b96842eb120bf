"""Updates told apart from conflicts, whose figure a share is, and who stands apart (invented stories)."""

from __future__ import annotations

from datetime import date

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.merge.count_time import stated_time
from summarizer.schema import Briefing

DAY = date(2031, 4, 9)


def _numbers(briefing: Briefing) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value, p.sources) for p in d.positions] for d in briefing.discrepancies if d.kind == "number"]


_WORDING = {
    "S1": "About {} residents of Ostrava Vale are now under evacuation orders as the river keeps rising, the county said.",
    "S2": "The county said about {} Ostrava Vale residents had been told to evacuate, with the river still climbing.",
    "S3": "Roughly {} people in Ostrava Vale are under evacuation orders, county officials said on the riverbank.",
}


def _flood(source: str, at: str | None, count: str, published: date | None = DAY) -> Doc:
    return Doc(source, published=published, at=at).say(_WORDING[source].format(count))


def test_a_count_rising_through_the_day_is_an_update_not_a_conflict() -> None:
    briefing = merge(*build(_flood("S1", "06:00", "400"), _flood("S2", "11:30", "900"), _flood("S3", "17:45", "1,600")))
    assert _numbers(briefing) == []
    (update,) = briefing.updates
    assert [(v.value, v.sources, v.time) for v in update.values] == [
        ("about 400", ["S1"], "2031-04-09T06:00"),
        ("about 900", ["S2"], "2031-04-09T11:30"),
        ("about 1,600", ["S3"], "2031-04-09T17:45"),
    ]
    assert "rose" in update.summary and "06:00" in update.summary and "(S3)" in update.summary


def test_two_values_from_the_same_briefing_stay_a_conflict() -> None:
    a = Doc("S1", published=DAY, at="10:05").say("The Tamber Ridge fire covered 2,200 acres, officials said at a 9 a.m. briefing.")
    b = Doc("S2", published=DAY, at="10:40").say("The Tamber Ridge fire had burned 2,900 acres, officials said at a 9 a.m. briefing.")
    briefing = merge(*build(a, b))
    assert _numbers(briefing) == [[("2,200 acres", ["S1"]), ("2,900 acres", ["S2"])]]
    assert briefing.updates == []


def test_missing_times_leave_the_conflict_and_say_the_order_is_unknown() -> None:
    briefing = merge(*build(_flood("S1", "06:00", "400"), _flood("S2", None, "900", published=None)))
    assert _numbers(briefing) == [[("about 400", ["S1"]), ("about 900", ["S2"])]]
    assert "order is unknown" in briefing.discrepancies[0].summary
    assert briefing.updates == []


def test_same_day_without_clock_times_is_no_order_and_stays_a_conflict() -> None:
    briefing = merge(*build(_flood("S1", None, "400"), _flood("S2", None, "900")))
    assert _numbers(briefing) == [[("about 400", ["S1"]), ("about 900", ["S2"])]]
    assert briefing.updates == []


def test_a_later_lower_death_toll_is_a_correction_not_an_update() -> None:
    a = Doc("S1", published=DAY, at="08:00").say("The collapse of the Lindqvist footbridge killed 11 people, police said.")
    b = Doc("S2", published=DAY, at="19:00").say("The collapse of the Lindqvist footbridge killed 8 people, police said.")
    briefing = merge(*build(a, b))
    assert _numbers(briefing) == [[("11", ["S1"]), ("8", ["S2"])]]
    assert briefing.updates == []


def test_a_value_that_returns_after_another_is_a_conflict() -> None:
    briefing = merge(*build(_flood("S1", "06:00", "400"), _flood("S2", "11:30", "900"), _flood("S3", "17:45", "400")))
    assert len(_numbers(briefing)) == 1
    assert briefing.updates == []


def test_candidates_shares_are_compared_per_candidate() -> None:
    a = Doc("S1").say("Mirela Okafor won 52.4% of the vote in the Darnel mayoral race, with Piet Santos on 46.1%.")
    b = Doc("S2").say("Santos took 46.1% of the vote to Okafor's 52.4%, the returning officer said.")
    c = Doc("S3").say("Okafor won 55.0% of the vote, the returning officer announced.")
    briefing = merge(*build(a, b, c))
    assert _numbers(briefing) == [[("52.4%", ["S1", "S2"]), ("55%", ["S3"])]]
    assert briefing.discrepancies[0].subject == "Share of the vote for Mirela Okafor"


def test_results_table_with_every_figure_agreeing_is_no_conflict() -> None:
    a = Doc("S1").say("Mirela Okafor won 52.4% of the vote, and Piet Santos 46.1%.")
    b = Doc("S2").say("Santos took 46,1% of the vote to Okafor's 52,4%, the returning officer said.")
    assert _numbers(merge(*build(a, b))) == []


def test_the_source_against_the_majority_stands_apart() -> None:
    docs = [Doc(s).say(f"Rescuers said the Kestrel mine flood trapped {n} miners underground.") for s, n in
            (("S1", 14), ("S2", 14), ("S3", 14), ("S4", 21))]
    briefing = merge(*build(*docs))
    assert [(a.source, len(a.points)) for a in briefing.sources_apart] == [("S4", 1)]
    assert briefing.sources_apart[0].summary.startswith("S4 differs from most sources on 1 point")


def test_a_two_way_split_has_no_majority_to_stand_apart_from() -> None:
    docs = [Doc(s).say(f"Rescuers said the Kestrel mine flood trapped {n} miners underground.") for s, n in (("S1", 14), ("S2", 21))]
    assert merge(*build(*docs)).sources_apart == []


def test_stated_times_are_those_of_the_report_not_of_the_events() -> None:
    assert stated_time("officials said at a 3 p.m. briefing on Friday") is not None
    assert stated_time("as of 6 a.m., 40 roads were closed") is not None
    assert stated_time("The fire broke out shortly after 2 p.m. on Tuesday") is None


def test_across_days_a_figure_must_read_as_a_running_tally_to_be_an_update() -> None:
    a = Doc("S1", published=date(2031, 4, 9), at="10:00").say("The Tarn board said 96 polling stations will be recounted by hand.")
    b = Doc("S2", published=date(2031, 4, 10), at="10:00").say("The board in Tarn said 120 polling stations will be recounted.")
    briefing = merge(*build(a, b))
    assert _numbers(briefing) == [[("96 stations", ["S1"]), ("120 stations", ["S2"])]]
    assert briefing.updates == []
    c = Doc("S1", published=date(2031, 4, 9), at="10:00").say("Rescuers have so far pulled 96 people from the Tarn floodwater.")
    d = Doc("S2", published=date(2031, 4, 10), at="10:00").say("Rescuers have now pulled 120 people from the floodwater in Tarn.")
    assert len(merge(*build(c, d)).updates) == 1


def test_a_report_time_written_after_the_briefing_word_is_read() -> None:
    from datetime import time

    from summarizer.merge.count_time import stated_time

    assert stated_time("Nine people were hurt, officials said at a briefing at 10am.") == time(10, 0)
    assert stated_time("The update at 6 p.m. put the count at 40.") == time(18, 0)
    assert stated_time("Officials said at a 3 p.m. briefing that 40 were hurt.") == time(15, 0)
    assert stated_time("A briefing is planned for Friday.") is None


def _briefed(source: str, at: str, count: str, progress: str = "") -> Doc:
    return (Doc(source, published=DAY, at=at)
            .say(f"A tram left the rails in central Korvany on Tuesday morning and {count} people were "
                 f"taken to hospital{progress}, the fire service said.")
            .say("The tram was on its first run of the day, fire chief Ilka Brandt said at a briefing at 9 a.m."))


def test_a_figure_holds_at_the_one_briefing_its_article_names_in_another_sentence() -> None:
    late = Doc("S2", published=DAY, at="13:20").say(
        "Eleven people were taken to hospital after a tram left the rails in central Korvany, fire chief "
        "Ilka Brandt told a briefing at 9am.")
    briefing = merge(*build(_briefed("S1", "11:05", "eight"), late))
    (conflict,) = [d for d in briefing.discrepancies if d.kind == "number"]
    assert "same time" in conflict.summary and "09:00" in conflict.summary
    assert briefing.updates == []


def test_a_figure_read_as_a_later_state_keeps_its_publication_time() -> None:
    late = Doc("S2", published=DAY, at="13:20").say(
        "Eleven people were taken to hospital after a tram left the rails in central Korvany, fire chief "
        "Ilka Brandt told a briefing at 9am.")
    briefing = merge(*build(_briefed("S1", "17:05", "14", progress=" by the evening"), late))
    assert not [d for d in briefing.discrepancies if d.kind == "number" and "same time" in d.summary]


def test_the_same_digits_with_the_decimal_point_moved_stay_a_conflict() -> None:
    a = Doc("S1", published=DAY, at="09:00").say("The ferry operator must pay legal costs of 3.4 million euros, the tribunal ruled.")
    b = Doc("S2", published=DAY, at="12:00").say("The ferry operator was ordered to pay 3.4 million euros in legal costs.")
    c = Doc("S3", published=date(2031, 4, 10), at="08:00").say(
        "The ferry operator now faces a legal bill of 34 million euros, people close to it said.")
    briefing = merge(*build(a, b, c))
    (conflict,) = [d for d in briefing.discrepancies if d.kind == "number"]
    assert [(p.value, p.sources) for p in conflict.positions] == [("€3.4 million", ["S1", "S2"]), ("€34 million", ["S3"])]
    assert "decimal point" in conflict.summary
    assert briefing.updates == []


def test_a_real_rise_that_keeps_no_digits_is_still_an_update() -> None:
    briefing = merge(*build(_flood("S1", "06:00", "40"), _flood("S2", "11:30", "400")))
    assert _numbers(briefing) == []
    assert len(briefing.updates) == 1


def test_a_report_with_no_time_repeating_a_timed_figure_does_not_blur_it() -> None:
    a = Doc("S1", published=DAY, at="12:30").say("Shares in the Korvany tram operator fell 6% in morning trading.")
    b = Doc("S2", published=DAY, at="18:45").say("By the close of trading, shares in the Korvany tram operator were down 9%.")
    c = Doc("S3", published=date(2031, 4, 10)).say("Shares in the Korvany tram operator fell 6% in morning trading, a rout.")
    briefing = merge(*build(a, b, c))
    assert _numbers(briefing) == []
    (update,) = briefing.updates
    assert [(v.value, v.sources) for v in update.values] == [("6%", ["S1", "S3"]), ("9%", ["S2"])]


def test_a_figure_given_with_its_earlier_value_is_an_update_even_without_times() -> None:
    a = Doc("S1", published=DAY, at="07:00").say(
        "Nine pupils at the Ostrava Vale school were treated for smoke inhalation, the fire service said.")
    b = Doc("S2").say("Fourteen pupils at the Ostrava Vale school have now been treated for smoke inhalation, up from nine "
                      "at dawn.")
    briefing = merge(*build(a, b))
    assert _numbers(briefing) == []
    (update,) = briefing.updates
    assert [(v.value, v.sources, v.time) for v in update.values] == [
        ("9 pupils", ["S1"], "2031-04-09T07:00"), ("14 pupils", ["S2"], None)]
    assert "S2 gives the earlier figure itself" in update.summary


def test_an_earlier_value_that_is_not_the_rival_figure_tells_nothing() -> None:
    a = Doc("S1", published=DAY, at="07:00").say(
        "Nine pupils at the Ostrava Vale school were treated for smoke inhalation, the fire service said.")
    b = Doc("S2").say("Fourteen pupils at the Ostrava Vale school have now been treated for smoke inhalation, up from six "
                      "at dawn.")
    briefing = merge(*build(a, b))
    assert briefing.updates == []
    assert "order is unknown" in briefing.discrepancies[0].summary


def test_reports_without_any_time_say_the_order_is_unknown() -> None:
    briefing = merge(*build(_flood("S1", None, "400", published=None), _flood("S2", None, "900", published=None)))
    assert _numbers(briefing) == [[("about 400", ["S1"]), ("about 900", ["S2"])]]
    assert "No report gives a time, so whether this is an update is unknown." in briefing.discrepancies[0].summary
    assert briefing.updates == []
    # Near-miss: reports with times keep their own wording (an update, or a conflict at one time).
    timed = merge(*build(_flood("S1", "06:00", "400"), _flood("S2", "11:30", "900")))
    assert not any("No report gives a time" in d.summary for d in timed.discrepancies) and timed.updates


def test_a_count_taken_at_an_hour_told_in_words_or_before_its_clause_is_a_later_state() -> None:
    early = Doc("S1", published=DAY, at="10:00").say("Eighteen barges were waiting below the Skarn lock after it was closed.")
    worded = Doc("S2", published=DAY, at="19:30").say(
        "Fifty-two barges were waiting below the Skarn lock by seven in the evening, the waterways office said.")
    briefing = merge(*build(early, worded))
    assert _numbers(briefing) == [] and [[v.value for v in u.values] for u in briefing.updates] == [["18 barges", "52 barges"]]
    # The hour opens the sentence and the claim's evidence is its clause after the comma.
    clause = Doc("S3", published=DAY, at="19:30")
    clause.text = "By 7 p.m., when the waterways office counted again,"
    clause.say("52 barges were waiting below the Skarn lock.")
    briefing = merge(*build(early, clause))
    assert _numbers(briefing) == [] and len(briefing.updates) == 1
    # Near-miss: a later figure with no time of the count is a rival report.
    plain = Doc("S4", published=DAY, at="19:30").say("52 barges were waiting below the Skarn lock, the waterways office said.")
    assert _numbers(merge(*build(early, plain))) == [[("18 barges", ["S1"]), ("52 barges", ["S4"])]]


def test_a_figure_pledged_is_no_tally_moving_through_the_day() -> None:
    a = Doc("S1", published=DAY, at="09:00").say("The new owner has promised to keep 1,800 jobs at the Varn plant for two years.")
    b = Doc("S2", published=DAY, at="15:00").say("The buyer has committed to keep the 2,100 jobs of the Varn plant for two years.")
    briefing = merge(*build(a, b))
    assert _numbers(briefing) == [[("1,800 jobs", ["S1"]), ("2,100 jobs", ["S2"])]]
    assert briefing.updates == []
