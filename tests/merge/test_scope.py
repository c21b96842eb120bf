"""What an act covers: a counted part against the whole, a list of places against a longer one."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.schema import Briefing


def _accounts(briefing: Briefing) -> list[tuple[str, list[list[str]]]]:
    return [(d.subject, [p.sources for p in d.positions]) for d in briefing.discrepancies if d.kind == "account"]


def test_a_recount_of_some_polling_stations_against_a_full_recount() -> None:
    a = Doc("S1").say("The Tarn election board on Thursday ordered a recount of ballots from 96 polling stations in the district.")
    b = Doc("S2").say("Officials said the board will recount ballots from 96 polling stations after the mayoral vote.")
    c = Doc("S3").say("The Tarn election board decided on Thursday on a full recount of all ballots across the district.")
    # Near-misses: 'all' before a number is a total; a margin in votes is no part of the recount.
    d = Doc("S4").say("Observers from all three parties will watch the recount in the district.")
    e = Doc("S5").say("Lena Ostrova lost the mayoral vote by 1,200 votes, and every ballot will be counted again, she said.")
    # 'Every candidate' and 'two candidates' share a noun, not an act.
    f = Doc("S6").say("Representatives of every candidate in the district will be allowed to observe the recount.")
    g = Doc("S7").say("Mira Tal did not endorse either of the two candidates in the district recount.")
    briefing = merge(*build(a, b, c, d, e, f, g))
    assert _accounts(briefing) == [("What the recount covers", [["S1", "S2"], ["S3"]])]
    found = next(d for d in briefing.discrepancies if d.kind == "account")
    assert "96 polling stations" in found.positions[0].value and "all ballots" in found.positions[1].value


def test_two_parts_of_different_size_are_a_number_not_a_scope() -> None:
    a = Doc("S1").say("The board ordered a recount of ballots from 96 polling stations in Tarn.")
    b = Doc("S2").say("The board ordered a recount of ballots from 120 polling stations in Tarn.")
    briefing = merge(*build(a, b))
    assert _accounts(briefing) == []
    assert [d.kind for d in briefing.discrepancies] == ["number"]


def test_one_source_giving_the_part_and_the_whole_is_no_dispute() -> None:
    a = Doc("S1").say("The board ordered a recount of ballots from 96 polling stations in Tarn.").say(
        "A full recount of all ballots across Tarn was rejected by the board."
    )
    assert _accounts(merge(*build(a))) == []


def test_a_list_of_places_against_a_longer_list_from_another_outlet() -> None:
    a = Doc("S1").say("The Skarn Food Agency ordered Brakka Dairy to recall six lots of skyr from shops in Tovik, Brenn and Asca.")
    b = Doc("S2").say("Shops in Brenn, Tovik and Asca must pull six lots of Brakka skyr by Friday.")
    c = Doc("S3").say("The lots were sold in four countries: Tovik, Brenn, Asca and Morrow.")
    # Near-miss: another part of the region, not a longer list of the same one.
    d = Doc("S4").say("Heavy rain also closed roads in Brenn, Asca and Lode on Friday.")
    briefing = merge(*build(a, b, c, d))
    assert _accounts(briefing) == [("Places covered", [["S1", "S2"], ["S3"]])]
    found = next(d for d in briefing.discrepancies if d.kind == "account")
    assert "adds Morrow" in found.summary


def test_a_shorter_list_whose_source_names_the_added_place_elsewhere_is_another_fact() -> None:
    a = Doc("S1").say("Brakka Dairy must recall six lots of skyr from shops in Tovik, Brenn and Asca.").say(
        "Shops in Morrow sold none of the affected lots."
    )
    b = Doc("S2").say("The six lots were sold in Tovik, Brenn, Asca and Morrow.")
    assert _accounts(merge(*build(a, b))) == []


def test_a_list_that_grew_as_an_outbreak_spread_is_no_conflict() -> None:
    a = Doc("S1").say("Cases of the fever were confirmed in Tovik, Brenn and Asca on Monday.")
    b = Doc("S2").say("The fever has now spread to Tovik, Brenn, Asca and Morrow, health officials said.")
    assert _accounts(merge(*build(a, b))) == []


def test_a_list_of_people_is_no_list_of_places() -> None:
    a = Doc("S1").say("The Skarn prize went to Ana Ruiz, Ben Osei and Cai Lund.")
    b = Doc("S2").say("The Skarn prize went to Ana Ruiz, Ben Osei, Cai Lund and Dara Moss.")
    for name in ("Ana Ruiz", "Ben Osei", "Cai Lund", "Dara Moss"):
        b.entity(name)
    assert _accounts(merge(*build(a, b))) == []


def test_a_whole_demanded_in_a_condition_is_no_scope_of_the_act() -> None:
    a = Doc("S1").say("The Tarn election board decided to recount the ballots of 96 polling stations in the district.")
    b = Doc("S2").say('"We will not concede until every ballot in the district has been counted again," Lena Ostrova said.')
    assert _accounts(merge(*build(a, b))) == []
