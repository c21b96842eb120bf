"""The day a person leaves a post, told apart by outlets ('with immediate effect' against a date), and near-misses."""

from __future__ import annotations

from datetime import date

from helpers import Doc, build

from summarizer.merge import merge

TUESDAY = date(2031, 3, 4)


def _dates(*docs: Doc) -> list[tuple[str, list[tuple[str, list[str]]], str]]:
    return [(d.subject, [(p.value, p.sources) for p in d.positions], d.summary)
            for d in merge(*build(*docs)).discrepancies if d.kind == "date"]


def _lund(source: str, sentence: str, published: date = TUESDAY) -> Doc:
    return Doc(source, published=published).say(sentence).entity("Sören Lund", aliases=["Lund"])


def test_leaving_with_immediate_effect_against_a_translations_day_month_date() -> None:
    a = _lund("S1", "The ferry operator said chairman Sören Lund has stepped down with immediate effect after the losses.")
    b = _lund("S2", "Lund resigned as chairman, effective immediately, the board said.")
    c = _lund("S3", "The president of the operator, Sören Lund, will leave his functions the 30/06/2031, according to the board.",
              published=date(2031, 3, 5))
    [(subject, positions, summary)] = _dates(a, b, c)
    assert subject == "When Sören Lund leaves"
    assert positions == [("2031-03-04", ["S1", "S2"]), ("2031-06-30", ["S3"])]
    assert "immediately, that is Tuesday 4 March 2031 (S1, S2)" in summary and "Monday 30 June 2031 (S3)" in summary


def test_one_leaving_day_written_two_ways_is_no_conflict() -> None:
    a = _lund("S1", "Sören Lund will step down on 30 June, the company said.")
    b = _lund("S2", "Lund leaves on the thirtieth of June, according to a statement.")
    c = _lund("S3", "Lund will depart in June.")
    assert _dates(a, b, c) == []


def test_backstory_departures_and_other_people_are_not_compared() -> None:
    a = _lund("S1", "Sören Lund has stepped down with immediate effect.")
    b = _lund("S2", "Lund, who left the Halvik shipyard in 2019, ran the company for a decade.")
    c = Doc("S3", published=TUESDAY).say("Finance chief Maren Okafor will leave on 30 June.").entity("Maren Okafor")
    d = _lund("S4", "Lund resigned immediately after the vote on Monday.")
    assert _dates(a, b, c, d) == []


def test_an_outlet_giving_one_person_two_leaving_days_tells_of_two_steps() -> None:
    a = _lund("S1", "Sören Lund has stepped down as chairman with immediate effect.")
    b = _lund("S2", "Lund leaves the board immediately.").say("Lund will leave the company on 30 June.")
    assert _dates(a, b) == []


def test_a_later_report_that_the_leaving_was_put_back_is_an_update() -> None:
    early = _lund("S1", "Sören Lund will step down on 30 June, the company said.")
    later = _lund("S2", "Lund's departure has been postponed to 30 September, the board said.", published=date(2031, 3, 6))
    briefing = merge(*build(early, later))
    assert [d for d in briefing.discrepancies if d.kind == "date"] == []
    [update] = briefing.updates
    assert [(v.value, v.sources) for v in update.values] == [("2031-06-30", ["S1"]), ("2031-09-30", ["S2"])]
    assert "moved" in update.summary


def test_a_postponement_reported_before_a_rival_date_is_still_a_conflict() -> None:
    moved = _lund("S1", "Lund's departure has been postponed to 30 September, the board said.")
    later = _lund("S2", "Sören Lund will step down on 30 June, the company said.", published=date(2031, 3, 6))
    briefing = merge(*build(moved, later))
    assert [[p.value for p in d.positions] for d in briefing.discrepancies if d.kind == "date"] == [["2031-06-30", "2031-09-30"]]
    assert briefing.updates == []
