"""A toll that every later report gives alike, two or more of them, rose as the news came in; a lone later outlet's
higher toll stays a rival figure (invented stories)."""

from __future__ import annotations

from datetime import date

from helpers import Doc, build

from summarizer.merge import merge

DAY = date(2032, 3, 9)


def _briefing(*docs: Doc) -> tuple[list[str], list[str]]:
    briefing = merge(*build(*docs))
    return [d.subject for d in briefing.discrepancies if d.kind == "number"], [u.subject for u in briefing.updates]


def test_a_toll_two_later_reports_give_alike_is_an_update() -> None:
    a = Doc("S1", published=DAY, at="11:10").say("Eleven climbers were taken to hospital after the rockfall at Vessby Crag.")
    b = Doc("S2", published=DAY, at="16:45").say("Mountain rescue teams said 14 people were taken to hospital from the crag.")
    c = Doc("S3", published=DAY, at="18:20").say("In all, fourteen were taken to hospital in Orvane, the health board confirmed.")
    assert _briefing(a, b, c) == ([], ["Number of people injured"])


def test_a_lone_later_outlets_higher_toll_stays_a_conflict() -> None:
    a = Doc("S1", published=DAY, at="11:10").say("Eleven climbers were taken to hospital after the rockfall at Vessby Crag.")
    b = Doc("S2", published=DAY, at="11:40").say("Mountain rescue teams said 11 people were taken to hospital from the crag.")
    c = Doc("S3", published=DAY, at="18:20").say("In all, fourteen were taken to hospital in Orvane, the health board confirmed.")
    assert _briefing(a, b, c) == (["Number of people injured"], [])
