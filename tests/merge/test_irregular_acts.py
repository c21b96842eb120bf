"""Acts told in an irregular past tense, attributions and short restatements (invented sentences): what finds one fact in two reports."""

from __future__ import annotations

from summarizer.merge.claims import actions, stated_actions, told_acts


def test_an_irregular_past_tense_tells_an_act() -> None:
    assert told_acts("The Pell Road main broke on Sunday.") == {"brok"}
    assert told_acts("The crane fell onto the quay and crushed a van.") == {"fell", "crush"}
    assert told_acts("Tarsk got six years for the robbery.") == {"got"}


def test_speaking_and_present_like_forms_are_no_told_act() -> None:
    assert told_acts("The mayor said the bridge would stay open.") == frozenset()
    assert told_acts("The council put the plan to a vote and set a date.") == frozenset()


def test_the_acts_that_part_two_reports_stay_the_regular_ones() -> None:
    # As acts of their own, irregular forms split more same-fact pairs than they joined (judge_all 1007 -> 1004).
    assert actions("The Pell Road main broke on Sunday.") == frozenset()
    assert actions("The Pell Road main ruptured on Sunday.") == {"ruptur"}


def test_an_attribution_written_verb_first_is_no_act_of_the_claim() -> None:
    assert stated_actions("Nine crew were rescued from the Vell ferry, confirmed the coastguard.") == {"rescu"}
    assert stated_actions("The Tolley depot closed on Monday, said police.") == {"clos"}
    assert stated_actions("The Tolley depot closed on Monday, the firm confirmed.") == {"clos"}
    # A reporting verb with its object, no attribution: the act stays.
    assert stated_actions("Police confirmed the deaths of three climbers.") == {"confirm"}


def test_a_three_word_claim_contained_in_a_longer_one_joins_it() -> None:
    from helpers import Doc, build

    from summarizer.merge import merge

    a = Doc("S1").say("The Tolley depot shut.")
    b = Doc("S2").say("The Tolley depot shut on Monday after a fire in its paint store, and forty drivers were sent home.")
    assert [p.sources for p in merge(*build(a, b)).key_points] == [["S1", "S2"]]
