"""One event told by several outlets in their own words: one timeline entry citing them all, or a date
discrepancy when they put it on different days. Articles are invented and read by the offline extractor."""

from __future__ import annotations

from datetime import date

from helpers import Doc

from summarizer.align import differs, signature
from summarizer.extract.offline import extract_offline
from summarizer.merge import merge
from summarizer.merge.event_reading import undated
from summarizer.schema import Briefing, ExtractionRecord

# 11 September 2031 is a Thursday.
_APPROVED = "On Thursday the Corvane harbour board approved a 3.5 million euro plan to dredge the Eastgate channel."
_TRANSLATED = ("The port authority of Corvane gave on Thursday 11/9 its approval to a plan of 3.5 million euros for the "
               "dredging of the channel of Eastgate.")
_SIGNED_OFF = ("On September 11 the Corvane harbour board signed off a €3.5 million dredging plan for the Eastgate channel, "
               "its chair Imre Wallach confirmed.")


def _brief(*docs: Doc) -> Briefing:
    articles = [d.article() for d in docs]
    return merge(articles, [ExtractionRecord(source=a.id, backend="offline", extraction=extract_offline(a)) for a in articles])


def _on(briefing: Briefing, day: str) -> list[list[str]]:
    return [e.sources for e in briefing.timeline if e.date == day]


def _date_conflicts(briefing: Briefing) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value, p.sources) for p in d.positions] for d in briefing.discrepancies if d.kind == "date"]


def test_one_event_told_three_ways_with_three_date_forms_is_one_entry_with_three_sources() -> None:
    briefing = _brief(
        Doc("S1", published=date(2031, 9, 12)).say(_APPROVED),  # a weekday, read against the day it was written
        Doc("S2", published=date(2031, 9, 13)).say(_TRANSLATED),  # day/month, as a translation writes it
        Doc("S3", published=date(2031, 9, 12)).say(_SIGNED_OFF),  # month and day
    )
    assert _on(briefing, "2031-09-11") == [["S1", "S2", "S3"]]
    assert _date_conflicts(briefing) == []


def test_two_acts_of_one_board_on_one_day_stay_two_entries() -> None:
    briefing = _brief(
        Doc("S1", published=date(2031, 9, 12)).say(_APPROVED),
        Doc("S2", published=date(2031, 9, 12)).say(
            "The Corvane harbour board dismissed its chief engineer, Odile Brandt, on Thursday after the Eastgate channel silted up."
        ),
        # Near-miss: another party's act on that day, in the same place.
        Doc("S3", published=date(2031, 9, 12)).say(
            "On Thursday the Corvane ferry crews walked out over pay, halting every crossing of the Eastgate channel."
        ),
    )
    assert sorted(_on(briefing, "2031-09-11")) == [["S1"], ["S2"], ["S3"]]


def test_one_event_dated_apart_by_one_outlet_is_a_date_discrepancy_with_every_other_outlet() -> None:
    briefing = _brief(
        Doc("S1", published=date(2031, 9, 12)).say(_APPROVED),
        Doc("S2", published=date(2031, 9, 13)).say(_TRANSLATED.replace("Thursday 11/9", "Wednesday 10/9")),
        Doc("S3", published=date(2031, 9, 12)).say(_SIGNED_OFF),
    )
    assert _date_conflicts(briefing) == [[("2031-09-10", ["S2"]), ("2031-09-11", ["S1", "S3"])]]


def test_the_same_minute_on_two_days_is_a_date_discrepancy_whatever_else_the_sentences_count() -> None:
    # 3 February 2032 is a Tuesday. 'Mile 9' is a count; '16.45 local time' is a time of day, not 16.45 of anything.
    briefing = _brief(
        Doc("S1", published=date(2032, 2, 4)).say(
            "Tuesday afternoon, right around 4:45, the roof of the Oakhurst Farm barn gave way under the snow, "
            "just short of Mile 9 on the county road."
        ),
        Doc("S2", published=date(2032, 2, 5)).say(
            "It was on Monday 2/2 around 16.45 local time that the roof of the barn at Oakhurst Farm collapsed under the weight of snow."
        ),
    )
    assert _date_conflicts(briefing) == [[("2032-02-02", ["S2"]), ("2032-02-03", ["S1"])]]


def test_a_time_of_day_is_no_figure_between_two_reports_but_a_count_still_is() -> None:
    assert not differs(signature(undated("the roof fell in around 16.45 local time")), signature(undated("the roof fell in near Mile 9")))
    assert differs(signature(undated("the roof fell in on 12 sheds")), signature(undated("the roof fell in on 9 sheds")))
