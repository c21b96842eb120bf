"""Casualty counts told in words the number reader folded elsewhere: 'lost their lives', 'fell ill',
people named by age or bond ('lads', 'babies', 'infants'); the exact set found and near-misses left out."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.quantities import parse_quantities
from summarizer.schema import Briefing


def _numbers(briefing: Briefing) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    return [(d.subject, [(p.value, p.sources) for p in d.positions]) for d in briefing.discrepancies if d.kind == "number"]


def test_a_toll_told_as_lives_lost_by_people_named_by_a_bond() -> None:
    a = Doc("S1").say("Three dockworkers were killed when a crane toppled at the Brenn terminal on Tuesday.")
    b = Doc("S2").say("A crane fell across a loading bay at Brenn on Tuesday, killing three men.")
    c = Doc("S3").say("Four of our lads lost their lives on Tuesday when that crane came down at Brenn.")
    d = Doc("S4").say("Three workers died, eight persons came to the hospital.")  # the eight are no toll
    assert _numbers(merge(*build(a, b, c, d))) == [("Number of people killed", [("3", ["S1", "S2", "S4"]), ("4", ["S3"])])]


def test_a_count_of_people_made_ill_and_another_count_that_is_no_rival() -> None:
    a = Doc("S1").say("The agency acted after 14 babies fell ill with salmonella, the regulator said.")
    b = Doc("S2").say("Fourteen infants are known to have been taken ill.")
    c = Doc("S3").say("Seventeen babies have been made ill by the Oatlet cereal, parents say.")
    d = Doc("S4").say("Nine babies were born at Brenn General on the night of the recall.")  # near-miss: no illness
    found = _numbers(merge(*build(a, b, c, d)))
    assert found == [("Number of people sickened", [("14", ["S1", "S2"]), ("17", ["S3"])])]


def test_what_a_figure_counts_when_people_are_named_by_age_or_bond() -> None:
    assert [(q.unit, q.predicate) for q in parse_quantities("Four of our lads lost their lives.")] == [("person", "killed")]
    assert [(q.unit, q.predicate) for q in parse_quantities("14 babies had fallen ill.")] == [("person", "sickened")]
    # Near-misses: a count of people that says nothing happened to them, and a clause after a comma.
    assert [(q.unit, q.predicate) for q in parse_quantities("Seven babies were born in the ward.")] == [("baby", None)]
    assert [(q.value, q.predicate) for q in parse_quantities("Two workers died, six guests left early.")] == [
        (2.0, "killed"), (6.0, None)]


def test_a_toll_told_as_perished_or_drowned_and_crowns_in_a_translations_word() -> None:
    a = Doc("S1").say("Two passengers died after the ferry Solvik ran aground off Orm late on Monday, police said.")
    b = Doc("S2").say("Three people perished when the Solvik hit the rocks off Orm on Monday night.")
    c = Doc("S3").say("Two passengers drowned when the ferry Solvik went on ground off Orm.")
    assert _numbers(merge(*build(a, b, c))) == [("Number of people killed", [("2", ["S1", "S3"]), ("3", ["S2"])])]
    d = Doc("S4").say("Fjordway has offered each passenger compensation of 12,000 crowns.")
    e = Doc("S5").say("The company offers every passenger 12 000 kroner.")
    f = Doc("S6").say("Each passenger is being offered 15,000 crowns in compensation.")
    assert _numbers(merge(*build(d, e, f))) == [("Number of crowns", [("12,000 crowns", ["S4", "S5"]), ("15,000 crowns", ["S6"])])]
    assert _numbers(merge(*build(d, e))) == []  # near-miss: one amount in two languages' words


def test_people_treated_for_injuries_are_injured_and_nobody_is_no_count() -> None:
    injured = [(q.value, q.unit, q.predicate) for q in parse_quantities("Four riders were treated at the scene for minor injuries.")]
    assert injured == [(4.0, "person", "injured")]
    # a named ailment is mostly a part of a toll told whole elsewhere; "no one" counts nobody
    assert [q.predicate for q in parse_quantities("Two lashers were treated for cuts and bruising.")] == [None]
    assert parse_quantities("No one was seriously hurt.") == [] and parse_quantities("Not one rider was hurt.") == []


def test_riders_treated_for_injuries_leave_the_riders_aboard_to_their_own_conflict() -> None:
    a = Doc("S1").say("The Orrin ferry was carrying 140 riders when it struck the pier on Friday.").say(
        "Four riders were treated at the scene for minor injuries. No one was seriously hurt.")
    b = Doc("S2").say("The ferry had 140 riders on board when it hit the pier, and four riders were lightly injured.")
    c = Doc("S3").say("More than 200 riders were on that ferry when it hit the pier on Friday.")
    found = dict(_numbers(merge(*build(a, b, c))))
    assert found.get("Number of riders") == [("140 riders", ["S1", "S2"]), ("more than 200 riders", ["S3"])]
    assert "Number of people injured" not in found  # four, four: no conflict, and "no one" is no rival one


def test_one_casualty_count_worded_with_two_acts_is_one_key_point() -> None:
    a = Doc("S1").say("Four riders were treated at the scene for minor injuries.")
    b = Doc("S2").say("Four riders were lightly injured, none of them children.")
    c = Doc("S3").say("The ferry hit the pier at dawn on Friday.")
    points = [sorted(p.sources) for p in merge(*build(a, b, c)).key_points if "Four riders" in p.text]
    assert points == [["S1", "S2"]]
