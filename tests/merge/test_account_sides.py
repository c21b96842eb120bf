"""One outlet's account of a decision, told in several nearby sentences, stays together on its side."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge


def test_a_dissenting_outlets_nearby_words_on_the_decision_join_its_side() -> None:
    a = Doc("S1").say("The Food Board on Monday ordered Brakka Dairy to recall four lots of its skyr from shops in Tovik.")
    b = Doc("S2").say("Brakka Dairy must recall four lots of skyr, after the Food Board ordered a recall on Monday.")
    c = Doc("S3").say("Brakka calls the move a voluntary withdrawal of four lots.")
    c.say("According to Brakka, the Food Board has not ordered a recall of its skyr.")
    c.say("Brakka says the board has only issued a warning to shoppers.")
    c.say(" ".join(["Skyr sales in Tovik grew steadily over the past decade, helped by exports and new flavours."] * 6))
    c.say("Brakka is considering options for its second plant in Asca.")  # far away: another matter
    briefing = merge(*build(a, b, c))
    [found] = [d for d in briefing.discrepancies if d.kind == "account"]
    ordered, dissent = found.positions
    assert ordered.sources == ["S1", "S2"] and dissent.sources == ["S3"]
    assert "voluntary" in dissent.value and "only issued a warning" in dissent.value and "Asca" not in dissent.value
    assert len(dissent.evidence) == 3


def test_one_decision_padded_with_other_facts_and_named_differently_is_one_account() -> None:
    a = Doc("S1").say("The Rail Safety Office ordered the Korvany tram line 4 closed until its track has been "
                      "checked, and opened an inquiry into the derailment.")
    b = Doc("S2").say("The Rail Safety Office has ordered tram line 4 closed until engineers have walked the "
                      "track, an office spokeswoman confirmed.")
    c = Doc("S3").say("The Rail Safety Office has only asked the operator to check its braking rules, and it is "
                      "still considering whether to keep the line closed at all.")
    briefing = merge(*build(a, b, c))
    [found] = [d for d in briefing.discrepancies if d.kind == "account"]
    assert [p.sources for p in found.positions] == [["S1", "S2"], ["S3"]]
    assert found.positions[1].value.startswith("asked for options / considered")


def test_a_speaker_named_before_says_is_not_who_decided() -> None:
    a = Doc("S1").say("Velmar Town Council ordered a fire-safety inspection of all six municipal libraries on Friday, "
                      "councillor Edda Moss said.")
    b = Doc("S2").say("Councillor Edda Moss says the council is still considering whether a fire-safety inspection is "
                      "even needed.")
    briefing = merge(*build(a, b))
    [found] = [d for d in briefing.discrepancies if d.kind == "account"]
    assert [p.sources for p in found.positions] == [["S1"], ["S2"]]


def test_two_decisions_about_different_things_by_one_actor_stay_apart() -> None:
    a = Doc("S1").say("The Rail Safety Office ordered tram line 4 closed until its track has been checked.")
    b = Doc("S2").say("The Rail Safety Office is still considering whether to fine the operator for late reports.")
    briefing = merge(*build(a, b))
    assert [d for d in briefing.discrepancies if d.kind == "account"] == []


def test_two_acts_sharing_only_a_name_and_a_clock_time_are_not_one_decision() -> None:
    a = Doc("S1").say("A closure of the bridge was requested by Velmar Rail at 6:10 a.m. and was lifted at 9 a.m.")
    b = Doc("S2").say("All trains were halted by Velmar Rail at 6:10 a.m. and ran again from 9 a.m., the operator said.")
    briefing = merge(*build(a, b))
    assert [d for d in briefing.discrepancies if d.kind == "account"] == []


def test_an_afterthought_after_a_dash_is_not_part_of_what_was_decided() -> None:
    a = Doc("S1").say("The Velmar Water Board on Monday ordered the mill to stop drawing water from the river Asca, "
                      "which feeds the town's reservoir.")
    b = Doc("S2").say("On Monday the Velmar Water Board ordered the mill to stop taking water out of the river Asca.")
    c = Doc("S3").say("The board still has not ordered the mill to stop its pumps on the river - a clerk at the board "
                      "told me it is only 'weighing' it.")
    briefing = merge(*build(a, b, c))
    [found] = [d for d in briefing.discrepancies if d.kind == "account"]
    assert [p.sources for p in found.positions] == [["S1", "S2"], ["S3"]]
    assert found.positions[1].value.startswith("asked for options / considered")


def test_no_key_point_cites_both_sides_of_a_listed_decision() -> None:
    # Two wordings close enough to group as one fact, but one says the order was given and the other
    # that it was not: a point citing both would put in S1's mouth what S1 contradicts.
    a = Doc("S1").say("Harbour Minister Elin Dorsk ordered coastguard crews to close the Varn quays on Sunday, "
                      "two officials said.")
    b = Doc("S2").say("Harbour Minister Elin Dorsk asked coastguard crews for options to close the Varn quays on "
                      "Sunday, but did not order them to act, her office said.")
    briefing = merge(*build(a, b))
    [found] = [d for d in briefing.discrepancies if d.kind == "account"]
    assert [p.sources for p in found.positions] == [["S1"], ["S2"]]
    on_quays = [k for k in briefing.key_points if "Varn quays" in k.text]
    assert sorted(k.sources for k in on_quays) == [["S1"], ["S2"]]
