"""Dates of one event: once each outlet's date is read, one event on two days is listed."""

from __future__ import annotations

from datetime import date

from helpers import Doc, build

from summarizer.extract.offline import extract_offline
from summarizer.merge import merge
from summarizer.schema import Briefing, ExtractionRecord


def _dates(briefing: Briefing) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value, p.sources) for p in d.positions] for d in briefing.discrepancies if d.kind == "date"]


def test_a_scheduled_start_dated_differently_by_one_outlet() -> None:
    a = Doc("S1", published=date(2031, 5, 14)).event("2031-05-19", "The Tarn recount will begin on Monday, May 19, the board said.")
    b = Doc("S2", published=date(2031, 5, 15)).event("2031-05-19", "The Tarn recount will start next Monday, the board decided.")
    c = Doc("S3", published=date(2031, 5, 17)).event("2031-05-17", "The recount of Tarn will begin the 17/5, in the town hall.")
    # Near-misses: another event of the story (the deadline), and the day the recount was ordered.
    d = Doc("S4", published=date(2031, 5, 15)).event("2031-05-30", "The Tarn board must certify the result of the recount by May 30.")
    e = Doc("S5", published=date(2031, 5, 15)).event("2031-05-14", "The Tarn board ordered the recount on Wednesday.")
    assert _dates(merge(*build(a, b, c, d, e))) == [[("2031-05-17", ["S3"]), ("2031-05-19", ["S1", "S2"])]]


def test_a_notice_dated_a_day_apart_read_by_the_offline_extractor() -> None:
    a = Doc("S1", published=date(2031, 6, 3)).say(
        "The Skarn Medicines Board on Tuesday ordered Halden Labs to recall six lots of its Orvia tablets from pharmacies."
    )
    b = Doc("S2", published=date(2031, 6, 3)).say(
        "The Skarn Medicines Board announced on Monday, June 2, that Halden Labs must recall six lots of Orvia tablets from pharmacies."
    )
    c = Doc("S3", published=date(2031, 6, 3)).say(
        "The Skarn Medicines Board on Tuesday told Halden Labs to recall six lots of Orvia tablets from pharmacies, a spokesman said."
    )
    articles = [d.article() for d in (a, b, c)]
    records = [ExtractionRecord(source=x.id, backend="offline", extraction=extract_offline(x)) for x in articles]
    found = _dates(merge(articles, records))
    assert found == [[("2031-06-02", ["S2"]), ("2031-06-03", ["S1", "S3"])]]


def test_the_same_day_written_two_ways_is_no_discrepancy() -> None:
    a = Doc("S1", published=date(2031, 5, 14)).event("2031-05-19", "The Tarn recount will begin on Monday, May 19, the board said.")
    b = Doc("S2", published=date(2031, 5, 16)).event("2031-05-19", "The recount of Tarn will begin the 19/5, in the town hall.")
    assert _dates(merge(*build(a, b))) == []


def test_a_request_and_the_decision_granting_it_are_two_acts_however_alike_their_words() -> None:
    a = Doc("S1", published=date(2031, 5, 16)).event(
        "2031-05-13", "On Tuesday Lena Ostrova asked the board to count the ballots again, citing broken seals at Orrin booths."
    )
    b = Doc("S2", published=date(2031, 5, 16)).event(
        "2031-05-14", "On Wednesday the Tarn Election Board agreed to count the ballots again, citing broken seals at Orrin booths."
    )
    assert _dates(merge(*build(a, b))) == []


def _notice(source: str, when: str, sentence: str, published: date = date(2031, 6, 3)) -> Doc:
    return Doc(source, published=published).event(when, sentence)


def test_one_order_worded_and_dated_apart_by_one_outlet() -> None:
    a = _notice("S1", "2031-06-03", "The Skarn Medicines Board on Tuesday ordered Halden Labs to recall six lots of Orvia.")
    b = _notice("S2", "2031-06-03", "Halden Labs must recall six lots of Orvia, the Skarn Medicines Board ordered on Tuesday.")
    c = _notice("S3", "2031-06-02", "The Skarn Medicine Board announced Monday that Halden Labs must call back six batches of Orvia.")
    # Near-misses: a protest held again the next day, and another party's act on the day before.
    d = _notice("S4", "2031-06-02", "Pharmacists in Brenn protested against the Orvia shortage on Monday.")
    e = _notice("S5", "2031-06-03", "Pharmacists in Brenn protested again against the Orvia shortage on Tuesday.")
    f = _notice("S6", "2031-06-02", "Halden Labs told the Skarn Medicines Board on Monday that six lots of Orvia failed its tests.")
    assert _dates(merge(*build(a, b, c, d, e, f))) == [[("2031-06-02", ["S3"]), ("2031-06-03", ["S1", "S2"])]]


def test_a_notice_with_another_count_is_not_retold_as_the_same_order() -> None:
    a = _notice("S1", "2031-06-03", "The Skarn Medicines Board on Tuesday ordered Halden Labs to recall six lots of Orvia.")
    b = _notice("S2", "2031-06-02", "The Skarn Medicine Board announced Monday that Halden Labs must call back two lots of Orvia.")
    assert _dates(merge(*build(a, b))) == []


def _read(*docs: Doc) -> Briefing:
    articles = [d.article() for d in docs]
    return merge(articles, [ExtractionRecord(source=x.id, backend="offline", extraction=extract_offline(x)) for x in articles])


def test_a_translation_telling_the_act_with_a_noun_and_another_day() -> None:
    a = Doc("S1", published=date(2031, 3, 8)).say(
        "A freight train collided with a tractor at a level crossing outside Velmar on Saturday morning, and "
        "three people were hurt, police said.")
    b = Doc("S2", published=date(2031, 3, 9)).say(
        "On Friday, 7/3, in the morning the freight train is at the level crossing of Velmar in collision come "
        "with a tractor.")
    assert _dates(_read(a, b)) == [[("2031-03-07", ["S2"]), ("2031-03-08", ["S1"])]]


def test_two_acts_a_day_apart_sharing_no_act_word_are_two_events() -> None:
    a = Doc("S1", published=date(2031, 3, 8)).say(
        "A freight train collided with a tractor at a level crossing outside Velmar on Saturday morning, police said.")
    b = Doc("S2", published=date(2031, 3, 9)).say(
        "On Friday, 7/3, the freight train was inspected at the level crossing of Velmar by railway engineers.")
    assert _dates(_read(a, b)) == []


def test_an_order_about_new_things_is_still_one_order_dated_apart() -> None:
    a = _notice("S1", "2031-06-01", "On Sunday, June 1, the Skarn Water Board ordered the Velmar plant to stop accepting new "
                                    "deliveries of sludge.")
    b = _notice("S2", "2031-05-31", "The Water Board of Skarn ordered on Saturday 31/5 to suspend the deliveries of new sludge "
                                    "to the plant of Velmar.")
    assert _dates(_read(a, b)) == [[("2031-05-31", ["S2"]), ("2031-06-01", ["S1"])]]
    # An adjective that qualifies the act still says it happened again.
    c = _notice("S3", "2031-05-31", "The Skarn Water Board issued a new order on Saturday 31/5 to the plant of Velmar "
                                    "to stop accepting sludge.")
    assert _dates(_read(a, c)) == []


def test_a_turn_in_an_undated_clause_is_not_dated_by_the_main_clause() -> None:
    a = _notice("S1", "2031-06-03", "Nine pupils at the Velmar school have fallen ill, the council said at a briefing on "
                                    "Tuesday, after mould was found in the school's air ducts.")
    b = _notice("S2", "2031-05-29", "Mould was found in the air ducts of the Velmar school after a parent complained to "
                                    "the council on Thursday, May 29.")
    assert _dates(merge(*build(a, b))) == []
    # Where the date sits in the clause of the turn, the turn is dated and two days are at odds.
    c = _notice("S3", "2031-05-27", "Mould was found in the air ducts of the Velmar school on Tuesday, May 27, the council said.")
    d = _notice("S4", "2031-05-29", "Mould was discovered in the Velmar school's air ducts on Thursday, May 29, inspectors said.")
    assert _dates(merge(*build(c, d))) == [[("2031-05-27", ["S3"]), ("2031-05-29", ["S4"])]]


def test_a_day_read_from_today_in_an_undated_article_disputes_no_date() -> None:
    # S2 has no date of its own: its 'today' was read against a guess (another article's date), so its
    # day may place the event in the timeline but is no rival to S1's.
    a = Doc("S1", published=date(2031, 5, 14)).event("2031-05-14", "The Tarn ferry line stopped all sailings today, the operator said.")
    b = Doc("S2").event("2031-05-15", "The Tarn ferry line stopped all its sailings today, according to the operator.")
    assert _dates(merge(*build(a, b))) == []
    # A date the undated article writes out in full still disputes.
    c = Doc("S3").event("2031-05-15", "The Tarn ferry line stopped all sailings on May 15, the operator said.")
    assert _dates(merge(*build(a, c))) == [[("2031-05-14", ["S1"]), ("2031-05-15", ["S3"])]]


def test_more_than_a_span_of_time_is_no_second_time() -> None:
    a = _notice("S1", "2031-06-02", "The Velmar dock strike began on Monday, June 2, the union said.")
    b = _notice("S2", "2031-06-03", "After more than two weeks of strike, which began on Tuesday 3/6, the dockers of Velmar "
                                    "went back.")
    assert _dates(merge(*build(a, b))) == [[("2031-06-02", ["S1"]), ("2031-06-03", ["S2"])]]


def test_times_of_day_are_read_on_one_dial_and_money_or_measures_are_not_times() -> None:
    from summarizer.dates.clock import times_of_day

    assert times_of_day("The blast came at around 21.15 in the warehouse.") == {"9:15"}
    assert times_of_day("The blast came at about 9:15 p.m. on Saturday.") == {"9:15"}
    assert times_of_day("Crews arrived at 07:05.") == {"7:05"}
    assert times_of_day("The fare goes from $2.50 to $3.25, a 2.50% rise.") == frozenset()
    assert times_of_day("The river rose 3.25 metres in a day.") == frozenset()
    assert times_of_day("Shares fell 12.40 after the report.") == frozenset()


def test_a_translation_gives_the_same_minute_of_another_day() -> None:
    a = Doc("S1", published=date(2031, 6, 15)).say(
        "The blast tore through a grain silo at the Skelby docks at about 21:15 on Saturday, 14 June, the fire service said.")
    b = Doc("S2", published=date(2031, 6, 16)).say(
        "The explosion took place on Friday 13/6 at around 21.15 in a storage of cereals in the port of Skelby.")
    assert _dates(_read(a, b)) == [[("2031-06-13", ["S2"]), ("2031-06-14", ["S1"])]]
    # A third outlet telling it on the first outlet's day joins that side of the one discrepancy.
    d = Doc("S4", published=date(2031, 6, 15)).say(
        "Crews were called to a fireball in the grain silo of the Skelby docks at 21:15 on Saturday, June 14.")
    assert _dates(_read(a, b, d)) == [[("2031-06-13", ["S2"]), ("2031-06-14", ["S1", "S4"])]]
    # Near-miss: the same minute a day apart for an act someone does again is two happenings.
    c = Doc("S3", published=date(2031, 6, 15)).say(
        "The siren at the Skelby docks sounded again on Sunday 15/6 at around 21.15, for a drill.")
    assert _dates(_read(a, c)) == []


def test_a_translation_gives_the_same_figure_for_the_same_partys_act_another_day() -> None:
    a = Doc("S1", published=date(2031, 6, 15)).say(
        "Late on Saturday, 14 June, a pipe at Orlen Dairies in Tessby burst and some 12,000 litres of whey ran into the "
        "Maddle brook.")
    b = Doc("S2", published=date(2031, 6, 15)).say(
        "In the night of Friday, 13/6, a conduit of the firm Orlen Dairies in Tessby has cracked and about 12.000 liters of "
        "whey have flowed into the Maddle.")
    assert _dates(_read(a, b)) == [[("2031-06-13", ["S2"]), ("2031-06-14", ["S1"])]]
    # Near-miss: another figure is no retelling of the same act.
    c = Doc("S3", published=date(2031, 6, 15)).say(
        "In the night of Friday, 13/6, a conduit of the firm Orlen Dairies in Tessby has cracked and about 3.000 liters of "
        "whey have flowed into the Maddle.")
    assert _dates(_read(a, c)) == []
    # Near-miss: a report of the figure is dated by the report, not by the act.
    d = Doc("S4", published=date(2031, 6, 15)).say(
        "According to the figures of the Tessby council released on Saturday, the Orlen Dairies plant lost 12,000 litres "
        "of whey into the Maddle.")
    assert _dates(_read(b, d)) == []


def test_a_service_restored_on_another_day_by_a_translation() -> None:
    a = Doc("S1", published=date(2031, 2, 9)).say(
        "Brenmoor Power says electricity was fully restored to the Halby district at 5 a.m. on Sunday.")
    b = Doc("S2", published=date(2031, 2, 10)).say(
        "The electricity in the district of Halby has returned completely only on Monday 10/2 in the morning, "
        "the company explained.")
    assert _dates(_read(a, b)) == [[("2031-02-09", ["S1"]), ("2031-02-10", ["S2"])]]
