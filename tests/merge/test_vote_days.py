"""The day of a vote, told apart by outlets that give one tally, and near-misses."""

from __future__ import annotations

from datetime import date

from helpers import Doc, build

from summarizer.merge import merge

WEDNESDAY = date(2031, 3, 5)


def _dates(*docs: Doc) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    return [(d.subject, [(p.value, p.sources) for p in d.positions])
            for d in merge(*build(*docs)).discrepancies if d.kind == "date"]


def test_one_tally_told_on_two_days_is_a_date_conflict() -> None:
    a = Doc("S1", published=WEDNESDAY).say("The harbour council approved the dredging budget by nine votes to four on Tuesday.")
    b = Doc("S2", published=WEDNESDAY).say("Councillors passed the plan 9-4 on Tuesday, March 4, after a long night.")
    c = Doc("S3", published=date(2031, 3, 6)).say(
        "The council of the port adopted this Monday 3 of March the budget of dredging, by 9 votes in favour, 4 against.")
    assert _dates(a, b, c) == [("Date of the vote (9-4)", [("2031-03-03", ["S3"]), ("2031-03-04", ["S1", "S2"])])]


def test_one_day_written_two_ways_a_start_date_and_another_tally_are_no_conflict() -> None:
    a = Doc("S1", published=WEDNESDAY).say("The council approved the levy 9-4 on Tuesday.")
    b = Doc("S2", published=WEDNESDAY).say("The levy, passed 9-4 on 4 March, applies from 1 April.")
    c = Doc("S3", published=WEDNESDAY).say("The council voted 8-5 on Monday to approve the levy.")
    assert _dates(a, b, c) == []
