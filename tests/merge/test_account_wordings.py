"""Accounts told in other words than the finder was built on: obliged, suspended until a check, begun,
weighing the possibility; each with the exact set found and near-misses of the same kind left out."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.schema import Briefing


def _accounts(briefing: Briefing) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value.split(":")[0], p.sources) for p in d.positions] for d in briefing.discrepancies if d.kind == "account"]


def test_obliged_to_withdraw_against_a_withdrawal_on_the_firms_own_initiative() -> None:
    a = Doc("S1").say("The Norvik food authority obliged Hallam Mills on Tuesday to take its rye crackers off the market.")
    b = Doc("S2").say("Hallam Mills is removing its rye crackers from the market on its own initiative, the company said.")
    c = Doc("S3").say("The food authority compelled Hallam Mills to take its rye crackers off the market, a spokesman said.")
    d = Doc("S4").say("Hallam Mills voluntarily extended the opening hours of its Norvik bakery shop in June.")  # another act
    found = _accounts(merge(*build(a, b, c, d)))
    assert found == [[("ordered / approved", ["S1", "S3"]), ("voluntary (not ordered)", ["S2"])]]
    assert _accounts(merge(*build(a, c, d))) == []


def test_suspended_until_a_check_against_halted_but_not_until_further_notice() -> None:
    a = Doc("S1").say("Rail operator Talvik has suspended all trains across the Osby viaduct until engineers finish checking its bearings.")
    b = Doc("S2").say("Talvik has halted trains across the Osby viaduct, the county said.")
    assert _accounts(merge(*build(a, b))) == [[("suspended pending review", ["S1"]), ("halted / ended", ["S2"])]]
    # Near-miss: a stop until further notice is no narrower than a halt.
    c = Doc("S3").say("Talvik has suspended all trains across the Osby viaduct until further notice.")
    assert _accounts(merge(*build(b, c))) == []


def test_work_begun_against_options_still_being_worked_out() -> None:
    a = Doc("S1").say("Work to replace the worn bearings of the Osby viaduct began on Monday afternoon, a Talvik spokeswoman said.")
    b = Doc("S2").say("Engineers are still working out the options for replacing the Osby viaduct bearings - nothing has started yet.")
    c = Doc("S3").say("Crews began replacing the worn bearings of the Osby viaduct on Monday, Talvik said.")
    found = _accounts(merge(*build(a, b, c)))
    assert found == [[("begun / under way", ["S1", "S3"]), ("asked for options / considered", ["S2"])]]
    # Near-misses: the same start told twice, and another work begun on another thing.
    d = Doc("S4").say("Repainting of the Osby station footbridge began on Monday, the council said.")
    assert _accounts(merge(*build(a, c, d))) == []


def test_weighing_the_possibility_of_an_inquiry_against_ordering_one() -> None:
    a = Doc("S1").say("Transport Minister Ilse Varga ordered an independent inquiry into the crane collapse at Brenn port.")
    b = Doc("S2").say(
        "The minister of transport, Ilse Varga, examines the possibility of an independent inquiry into the collapse of the crane.")
    found = _accounts(merge(*build(a, b)))
    assert found == [[("ordered / approved", ["S1"]), ("asked for options / considered", ["S2"])]]
    # Near-miss: weighing another measure is no account of the inquiry.
    c = Doc("S3").say("Ilse Varga is assessing the feasibility of higher crane fees at Brenn port.")
    assert _accounts(merge(*build(a, c))) == []


def test_a_decision_not_taken_is_undecided() -> None:
    from summarizer.merge.account_cues import UNDECIDED

    assert UNDECIDED.search("A decision is not yet taken, the ministry said.")
    assert UNDECIDED.search("Any decision on the two winches will wait until the engineers report.")
    assert not UNDECIDED.search("The decision to stop the winches will cost the yard a week.")
    assert UNDECIDED.search("The decision has not been made.")
    assert not UNDECIDED.search("The decision was taken on Monday.")


def test_told_to_stop_against_not_told_and_a_decision_still_to_come() -> None:
    a = Doc("S1").say("The Fjordline Safety Board has told Kessel Shipyard to stop the two slipway winches of that make.")
    b = Doc("S2").say("The Fjordline Safety Board instructed Kessel Shipyard to stop both slipway winches until their brakes are tested.")
    c = Doc("S3").say(
        "A spokeswoman for the Fjordline Safety Board said it has not told the shipyard to stop the slipway winches, "
        "and that any decision on the winches will wait until its engineers report.")
    found = _accounts(merge(*build(a, b, c)))
    assert found == [[("ordered / approved", ["S1", "S2"]), ("not ordered", ["S3"])]]
    # Near-miss: telling reporters something is no command.
    d = Doc("S4").say("The Fjordline Safety Board told reporters the slipway winches of Kessel Shipyard were old.")
    assert _accounts(merge(*build(a, d))) == []


def test_a_firms_own_call_is_no_order() -> None:
    from summarizer.merge.account_cues import DECISION_CUE, DECISION_NAMES

    match = DECISION_CUE.search("The winches are idle this week, but that was Kessel Shipyard's own call.")
    assert match is not None and match.lastgroup is not None
    assert DECISION_NAMES[int(match.lastgroup[1:])] == "voluntary (not ordered)"


def test_an_emergency_declared_against_one_drawn_up_and_not_signed() -> None:
    a = Doc("S1").say("Governor Ilse Marrack declared a state of emergency in Tolvey county on Sunday evening.")
    b = Doc("S2").say(
        "An emergency declaration for Tolvey county has been drafted, but Governor Ilse Marrack had not put her name to it "
        "on Sunday evening, her press secretary, Jon Aske, said.")
    c = Doc("S3").say("Governor Ilse Marrack signed an emergency declaration for Tolvey county on Sunday evening.")
    found = _accounts(merge(*build(a, b, c)))
    assert found == [[("ordered / approved", ["S1", "S3"]), ("not ordered", ["S2"])]]
    # Near-miss: declaring victory is a claim, no act of office.
    d = Doc("S4").say("Governor Ilse Marrack declared victory in Tolvey county on Sunday evening.")
    e = Doc("S5").say("Governor Ilse Marrack had not yet conceded in Tolvey county on Sunday evening.")
    assert _accounts(merge(*build(d, e))) == []


def test_a_permit_revoked_against_one_still_being_decided_on() -> None:
    a = Doc("S1").say("The Skarn river authority revoked Velby Tannery's discharge permit on Thursday.")
    b = Doc("S2").say("The Skarn river authority is still deciding whether to revoke Velby Tannery's discharge permit, an official said.")
    c = Doc("S3").say("Velby Tannery lost its discharge permit on Thursday when the Skarn river authority revoked it.")
    found = _accounts(merge(*build(a, b, c)))
    assert found == [[("ordered / approved", ["S1", "S3"]), ("asked for options / considered", ["S2"])]]
    # Near-miss: a licence granted is no account of the permit.
    d = Doc("S4").say("The Skarn river authority granted Velby Tannery a fishing licence on Thursday.")
    assert _accounts(merge(*build(a, d))) == []


def test_a_licence_granted_against_a_ruling_still_to_come() -> None:
    a = Doc("S1").say("The district granted Harrow Quarry an extension of its blasting licence on Monday.")
    b = Doc("S2").say("The district has yet to rule on Harrow Quarry's request to extend its blasting licence.")
    assert _accounts(merge(*build(a, b))) == [[("ordered / approved", ["S1"]), ("asked for options / considered", ["S2"])]]
