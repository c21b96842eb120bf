"""One outlet says an authority did something, another that it did not or only did less (invented stories).

The ways an outlet says an act was not done ("stopped short of ordering", "has NOT approved a cent",
"it is still under study") and the ways the others tell the act (a passive order, an agency's
initials) must still meet as one decision; a single shared word must not join two unrelated ones.
"""

from __future__ import annotations

import pytest
from helpers import Doc, build

from summarizer.merge import merge
from summarizer.merge.accounts import decision
from summarizer.merge.claims import collect_claims
from summarizer.merge.independence import detect_copies
from summarizer.schema import Briefing


def _accounts(briefing: Briefing) -> list[list[list[str]]]:
    return [[p.sources for p in d.positions] for d in briefing.discrepancies if d.kind == "account"]


def _decided(sentence: str) -> tuple[str, frozenset[str]]:
    articles, records = build(Doc("S1").say(sentence))
    found = decision(collect_claims(articles, records, detect_copies(articles))[0])
    assert found is not None
    return found.name, found.denied


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Board stopped short of ordering Velka Ferries to refund the fares.",
        "The Harbour Board fell short of approving the new berth.",
        "The Harbour Board closed the meeting without approving the berth.",
        "The Harbour Board refrained from ordering a refund.",
    ],
)
def test_stopping_short_of_an_act_denies_it(sentence: str) -> None:
    name, denied = _decided(sentence)
    assert name == "not ordered" or "ordered / approved" in denied


def test_an_order_told_in_the_passive_is_an_order() -> None:
    assert _decided("Work at the quarry was ordered to stop by the Velka Mines Office.")[0] == "ordered / approved"
    assert _decided("The office ordered to the company to stop the work.")[0] == "ordered / approved"  # a translation


@pytest.mark.parametrize(
    ("sentence", "undecided"),
    [
        ("The council says the plan is still under study and no decision has been made.", True),
        ("The council postponed its decision on the plan until May.", True),
        ("The council has yet to decide on the plan.", True),
        ("The council will decide next week whether to fund the plan.", True),
        ("The council is considering the plan.", False),
    ],
)
def test_saying_nothing_is_decided_yet(sentence: str, undecided: bool) -> None:
    articles, records = build(Doc("S1").say(sentence))
    found = decision(collect_claims(articles, records, detect_copies(articles))[0])
    assert found is not None and found.undecided is undecided and found.name != "ordered / approved"


def test_stopped_short_of_ordering_against_ordered_is_found_with_the_dissenters_own_words() -> None:
    a = Doc("S1").say("Velka Ferries was ordered by the Harbour Passenger Board to refund every cancelled crossing, "
                      "a board spokeswoman said.")
    a.say("By noon, 40 crossings had been cancelled.")
    b = Doc("S2").say("The Harbour Passenger Board stopped short of ordering Velka Ferries to refund cancelled crossings.")
    b.say("A board spokeswoman, Ines Marlow, said the board had only asked the company to explain its timetable "
          "and was looking at whether it broke its licence.")
    c = Doc("S3").say("The Harbour Passenger Board ordered Velka Ferries to refund every cancelled crossing.")
    c.say("By evening 75 crossings had been cancelled across the fleet, and 9,000 passengers were stranded.")
    briefing = merge(*build(a, b, c))
    [found] = [d for d in briefing.discrepancies if d.kind == "account"]
    ordered, dissent = found.positions
    assert ordered.sources == ["S1", "S3"] and dissent.sources == ["S2"]
    assert "only asked" in dissent.value
    # The majority side is told by its shared account, not padded with its outlets' other decisions.
    assert ordered.value.startswith("ordered / approved:") and "cancelled" not in ordered.value.split(":")[0]
    assert not any("40" in p.value or "75" in p.value for p in found.positions)


def test_an_agencys_initials_and_a_colon_lead_in_still_meet_the_agencys_order() -> None:
    a = Doc("S1").say("The Southern Lakes Authority ordered Morrow Paints to stop production at its Asca plant.")
    b = Doc("S2").say("Production was ordered to stop at the Asca plant of Morrow Paints by the Southern Lakes Authority.")
    c = Doc("S3").say("Here is what the press release will not tell you: the SLA has not ordered Morrow Paints to do "
                      "anything, it asked the company to pause production at Asca while it gathers information.")
    briefing = merge(*build(a, b, c))
    assert _accounts(briefing) == [[["S1", "S2"], ["S3"]]]


def test_a_pronoun_takes_the_sentence_before_it() -> None:
    a = Doc("S1").say("On Friday the Velka district board approved a $3 million contract to repair the Asca footbridge.")
    b = Doc("S2").say("The board of the district approved a contract of 3 million dollars for the repair of the footbridge.")
    c = Doc("S3")
    c.text = "And the footbridge repair contract everybody says was rushed through the district board?"
    c.say("The district says it is still under study and no decision has been made.")
    briefing = merge(*build(a, b, c))
    assert _accounts(briefing) == [[["S1", "S2"], ["S3"]]]


BOARD_ORDER = "The Velka Water Board on Monday ordered Korran Chemicals to stop discharging into the river Asca."
BOARD_ORDER_PASSIVE = "Korran Chemicals was ordered by the Velka Water Board to stop all discharges into the Asca on Monday."


@pytest.mark.parametrize(
    ("dissent", "cls"),
    [
        ("The Velka Water Board has yet to order Korran Chemicals to stop discharging into the Asca; it has only asked "
         "the firm for a plan.", "asked for options / considered"),
        ("The Velka Water Board only advised Korran Chemicals to stop discharging into the Asca.", "proposed"),
        ("The Velka Water Board postponed a decision on the Korran Chemicals discharges into the Asca until May.",
         "postponed / deferred"),
        ("The Velka Water Board will decide next week whether Korran Chemicals must stop discharging into the Asca.",
         "asked for options / considered"),
        ("The Velka Water Board merely warned Korran Chemicals about its discharges into the Asca.", "only a warning issued"),
    ],
)
def test_ways_of_doing_less_than_ordering(dissent: str, cls: str) -> None:
    briefing = merge(*build(Doc("S1").say(BOARD_ORDER), Doc("S2").say(BOARD_ORDER_PASSIVE), Doc("S3").say(dissent)))
    found = [[(p.value.split(":")[0], p.sources) for p in d.positions] for d in briefing.discrepancies if d.kind == "account"]
    assert found == [[("ordered / approved", ["S1", "S2"]), (cls, ["S3"])]]


@pytest.mark.parametrize(
    "other",
    [
        "The Velka Water Board will vote on Thursday on next year's budget for the Asca treatment works.",
        "Korran Chemicals postponed a decision on its new plant in Tovik until May.",
        "The Velka Water Board has yet to decide whether to fine Korran Chemicals.",
        "The Velka Water Board urged residents along the Asca to boil their tap water.",
        "The Velka Water Board also ordered a study of fish stocks in the Asca next spring.",
    ],
)
def test_an_undecided_or_lesser_act_about_something_else_is_no_dissent(other: str) -> None:
    briefing = merge(*build(Doc("S1").say(BOARD_ORDER), Doc("S2").say(BOARD_ORDER_PASSIVE), Doc("S3").say(other)))
    assert _accounts(briefing) == []


def test_one_shared_word_does_not_make_two_decisions_one() -> None:
    a = Doc("S1").say("The notice will be reviewed on Friday, Velka Water said.")
    b = Doc("S2").say("The mines office ordered the quarry to halt all blasting and served a prohibition notice.")
    c = Doc("S3").say("They say the notice will be reviewed on Friday.")
    briefing = merge(*build(a, b, c))
    assert _accounts(briefing) == []


def test_a_council_that_approved_against_one_that_has_not_approved_a_cent() -> None:
    a = Doc("S1").say("The gap is to be closed with a $4 million grant that the Velka City Council approved on Tuesday.")
    b = Doc("S2").say("The city council of Velka approved on Tuesday a grant of 4 million dollars for the library.")
    c = Doc("S3").say("But here is the part nobody at the meeting wanted to say: the City Council has NOT approved a "
                      "cent for the library.")
    briefing = merge(*build(a, b, c))
    [[majority, dissent]] = _accounts(briefing)
    assert "S3" in dissent and "S3" not in majority and majority


def test_one_outlets_two_wordings_of_its_account_are_one_side() -> None:
    a = Doc("S1").say("The Velka Rail Board has not ordered the harbour line closed, a board spokesman said on Sunday.")
    a.say("It has asked the operator to keep all trains off the harbour line until engineers have walked the route.")
    b = Doc("S2").say("The Velka Rail Board ordered the operator to close the harbour line on Saturday until engineers "
                      "have walked the route.")
    c = Doc("S3").say("On Saturday the Velka Rail Board ordered the harbour line closed until engineers walk the route.")
    briefing = merge(*build(a, b, c))
    [found] = [d for d in briefing.discrepancies if d.kind == "account"]
    assert sorted(p.sources for p in found.positions) == [["S1"], ["S2", "S3"]]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Velka Water Board instructed Korran Chemicals to stop all discharges into the river Asca.",
         "The Velka Water Board directed Korran Chemicals to halt its discharges into the Asca on Monday."),
        ("The Velka Water Board banned Korran Chemicals from discharging into the river Asca.",
         "Korran Chemicals was banned by the Velka Water Board from all discharges into the Asca."),
        ("The Velka Water Board imposed a ban on Korran Chemicals' discharges into the river Asca.",
         "A ban on discharges into the Asca by Korran Chemicals was imposed by the Velka Water Board."),
    ],
)
def test_other_verbs_of_command_are_orders_a_dissent_can_deny(first: str, second: str) -> None:
    dissent = ("The Velka Water Board has not ordered Korran Chemicals to do anything: it only asked the firm to pause "
               "discharges into the river Asca.")
    briefing = merge(*build(Doc("S1").say(first), Doc("S2").say(second), Doc("S3").say(dissent)))
    assert _accounts(briefing) == [[["S1", "S2"], ["S3"]]]


def test_required_as_a_state_is_no_order() -> None:
    articles, records = build(Doc("S1").say("Permits are required for any discharge into the Asca."))
    assert decision(collect_claims(articles, records, detect_copies(articles))[0]) is None
    assert _decided("The board required the firm to stop its discharges.")[0] == "ordered / approved"


def test_a_vote_to_override_a_veto_is_no_account_of_the_veto() -> None:
    a = Doc("S1").say("The Velka council is set to vote to override Mayor Anna Brek's veto of a bill letting harbour "
                      "families sue the port authority.")
    b = Doc("S2").say("Mayor Anna Brek vetoed the bill letting harbour families sue the port authority last week.")
    c = Doc("S3").say("The bill letting harbour families sue the port authority was vetoed by the mayor last week.")
    assert _accounts(merge(*build(a, b, c))) == []


def test_recommending_no_charges_and_not_recommending_charges_agree() -> None:
    a = Doc("S1").say("Chief prosecutor Ilse Dorn recommended no charges be filed against the Velka harbour master, "
                      "who gave a voluntary interview to investigators.")
    b = Doc("S2").say("After that interview, chief prosecutor Ilse Dorn called the Velka harbour master careless "
                      "without recommending criminal charges.")
    assert _decided("The prosecutor recommended no charges in the case.")[0] == "not proposed"
    assert _accounts(merge(*build(a, b))) == []


@pytest.mark.parametrize(
    ("sentence", "asserted"),
    [
        ("The Kessmoor league stripped the club of its cup title on Monday.", True),
        ("The league has annulled the club's results since March.", True),
        ("The league took the cup title away from the club.", True),
        ("The Kessmoor league stopped short of taking the cup title away from the club.", False),
        ("The crews took the barrier down and drove away.", None),  # taking down, not away from anyone
    ],
)
def test_a_sanction_taking_something_from_someone_is_a_decision(sentence: str, asserted: bool | None) -> None:
    articles, records = build(Doc("S1").say(sentence))
    found = decision(collect_claims(articles, records, detect_copies(articles))[0])
    if asserted is None:
        assert found is None
    else:
        assert found is not None
        assert (found.name == "ordered / approved") is asserted and (asserted or "ordered / approved" in found.denied)


def test_a_title_stripped_against_a_title_left_pending_a_review_is_an_account_conflict() -> None:
    a = Doc("S1").say("The Kessmoor league stripped Brannock Rovers of their cup title over the unpaid wages.")
    b = Doc("S2").say("The Kessmoor league stopped short of taking the cup title away from Brannock Rovers.")
    [found] = _accounts(merge(*build(a, b)))
    assert sorted(found) == [["S1"], ["S2"]]
