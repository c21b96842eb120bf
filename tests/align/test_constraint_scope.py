"""Hard constraints bear on what both statements say, not on a side clause (invented sentences)."""

from __future__ import annotations

import pytest

from summarizer.align import differences, signature


def _diff(a: str, b: str) -> frozenset[str]:
    return differences(signature(a), signature(b))


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("The mayor did not resign, her office said.", "The mayor resigned, her office said.", "negation"),
        ("We talk, but a walkout won't happen.", "There will be a walkout if talks fail.", "negation"),
        ("Police said no one was hurt in the blast.", "Police said several people were hurt in the blast.", "negation"),
        ("The dam could fail within days.", "The dam failed on Monday.", "modality"),
    ],
)
def test_a_marker_on_the_shared_content_is_a_difference(a: str, b: str, kind: str) -> None:
    assert kind in _diff(a, b)


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # The 'not' reaches only the clause after "and": the victory claim is the same in both.
        ("Ortiz, whose party has led the city for a decade, claimed victory on Sunday and has not changed his tone since.",
         "Ortiz declared victory on Sunday night, before the count was complete.", "negation"),
        # The denial's clause shares only a name part with the other report ('district' / 'Harbour District').
        ("The port reopened on Friday, but district officials told residents there is no reason to stay away.",
         "The Harbour District reopened the port on Friday.", "negation"),
        # The 'could' bears on a clause the other report does not state.
        ("Gusts up to 50 km/h are expected, and they could push the smoke toward the valley.",
         "A wind warning is in force, with gusts up to 50 km/h.", "modality"),
    ],
)
def test_a_marker_in_a_clause_the_other_does_not_state_is_no_difference(a: str, b: str, kind: str) -> None:
    assert kind not in _diff(a, b)


def test_days_are_compared_within_their_role() -> None:
    assert "date" in _diff("The plant closed on Monday.", "The plant closed on Tuesday.")
    assert "date" in _diff("Bids are due by 3 May.", "Bids are due by 5 May.")
    # A span's bound ("through Thursday") and an occurrence ("Wednesday evening") are two days of one report.
    assert "date" not in _diff(
        "A fire warning is in force through Thursday evening, with gusts of 50 km/h.",
        "Forecasters expect gusts of 50 km/h again Wednesday evening.",
    )


def test_can_answers_a_modal_but_is_no_mark_of_its_own() -> None:
    # 'may raise' and 'can raise' both state a possibility: not a modality conflict.
    assert differences(signature("The additive may raise the risk of asthma in children."),
                       signature("Such additives can raise the risk of asthma in young children.")) == frozenset()
    # 'may' against a plain statement still is one; 'can' against a plain statement is not.
    assert differences(signature("The mill may shut in June."), signature("The mill will shut in June.")) == {"modality"}
    assert differences(signature("Hikers can use the north trail."), signature("The north trail opened to hikers.")) == frozenset()


def test_a_prohibition_is_one_meaning_however_worded() -> None:
    told = "The utility told 9,000 households in Brisk not to drink the tap water."
    forbidden = "The utility has forbidden 9.000 households of Brisk to drink the water of the tap."
    assert differences(signature(told), signature(forbidden)) == frozenset()
    assert differences(signature("Officials urged people not to travel to the coast."),
                       signature("People are barred from travelling to the coast.")) == frozenset()
    # ... but still differs from a plain instruction, and a side clause's directive bears on nothing else.
    assert differences(signature(told), signature("The utility told 9,000 households in Brisk to boil the tap water.")) == {"negation"}
    assert differences(signature("The delay is far worse than the fault, she said, urging staff not to leave."),
                       signature("The delay is far worse than the fault itself.")) == frozenset()
    # 'told neither to drink … nor to cook' is the same directive, told of two acts.
    neither = "The utility told some nine thousand households in Brisk neither to drink the tap water nor to cook with it."
    assert differences(signature(told), signature(neither)) == frozenset()
    assert differences(signature(neither), signature("The utility told 9,000 households in Brisk to drink the tap water.")) == {"negation"}



def test_advice_not_to_is_the_same_prohibition_as_told_not_to() -> None:
    # The advice in its own speaker's words ('should not', 'must not', an imperative 'Do not') and the
    # advice reported ('told not to', 'urged ... not to', 'forbidden to') are one meaning.
    reported = "Hallam council told residents of Oakmere not to swim in the lake."
    for own in ("Residents of Oakmere should not swim in the lake, the council said.",
                "Residents of Oakmere must not swim in the lake.",
                "Do not swim in the lake, Hallam council told Oakmere residents.",
                '"Don\'t swim in the lake," a council officer said.',
                "Residents of Oakmere are forbidden to swim in the lake."):
        assert differences(signature(own), signature(reported)) == frozenset(), own
    # ... and still differs from a plain statement, the advice to do it, or a permission.
    advice = signature("Residents of Oakmere should not swim in the lake.")
    for other in ("Residents of Oakmere swim in the lake every summer.", "Residents of Oakmere should swim in the lake.",
                  "Residents of Oakmere can swim in the lake again."):
        assert differences(advice, signature(other)) == {"negation"}, other
    # A 'do not' that asks a question or a 'may not' of possibility is no advice.
    assert signature("Why do not more residents swim in the lake?").negated
    assert signature("The lake may not reopen this summer.").prohibits is None

def test_a_no_or_not_inside_a_compound_names_a_thing() -> None:
    assert not signature("A do-not-drink notice covers 9,000 households.").negated
    assert not signature("The army declared a no-fly zone over the valley.").negated
    assert signature("No household was told to boil water.").negated


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ticket holders can swap their seats at no cost until Friday.", "Ticket holders can swap seats for free until Friday."),
        ("Families may collect the permits without a fee at the town hall.",
         "Families may collect the permits free of charge at the town hall."),
    ],
)
def test_a_negation_inside_a_phrase_denies_only_its_thing(a: str, b: str) -> None:
    # 'at no cost' says the swap happens, as 'for free' does: no denial of the clause.
    assert "negation" not in _diff(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The phrase's thing is what the other report names: a denial of it.
        ("The driver was released without charge on Monday.", "The driver was charged on Monday."),
        # A fronted negative adverbial denies the whole clause.
        ("At no point did the council warn the tenants.", "The council warned the tenants."),
        ("The ferry left with no passengers aboard.", "The ferry left with forty passengers aboard."),
    ],
)
def test_a_phrase_negation_of_what_the_other_names_still_differs(a: str, b: str) -> None:
    assert "negation" in _diff(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Police have not confirmed what caused the crash.", "The cause of the crash is under investigation."),
        ("The cause of the outage has not yet been established.", "It is unclear what caused the outage."),
    ],
)
def test_an_open_question_is_one_meaning_however_worded(a: str, b: str) -> None:
    assert "negation" not in _diff(a, b)


def test_an_open_question_against_its_answer_differs() -> None:
    assert "negation" in _diff("The cause of the crash is under investigation.", "The crash was caused by black ice, police said.")
    assert "negation" in _diff("Police have not confirmed what caused the crash.", "Police confirmed that black ice caused the crash.")


def test_a_reviewed_pair_differs_on_a_negation_only_where_it_denies_what_the_other_states() -> None:
    skip = signature("Residents should not miss their doses.")
    ask = signature("Residents using the pens should ask a nurse first.")
    assert "negation" in differences(skip, ask)  # the aligner's own rule: they share a subject
    assert "negation" not in differences(skip, ask, reviewed=True)
    took = signature("Two residents missed their doses.")
    assert "negation" in differences(skip, took, reviewed=True)
    # With nothing denied but that something happens, the subject is what is denied.
    assert "negation" in differences(signature("A walkout won't happen."), signature("There will be a walkout."), reviewed=True)


def test_a_banned_kind_of_thing_forbids_nothing_and_knowingly_is_no_open_question() -> None:
    # 'any prohibited substance' names a kind of thing; 'never knowingly taken' denies, it leaves nothing open:
    # a translated denial and its original are one statement.
    one = signature("I never took consciously any prohibited substance")
    other = signature("I have never knowingly taken a banned substance")
    assert differences(one, other) == frozenset()
    # A prohibition as a verb still differs from a plain statement, and a denial from what it denies.
    assert "negation" in differences(signature("The council prohibited parking on the avenue"),
                                     signature("Parking on the avenue is allowed"))
    assert "negation" in differences(signature("She knowingly took the drug"), signature("She never took the drug"))


def test_one_span_told_in_two_units_is_one_figure() -> None:
    assert differences(signature("She was banned for four years on Thursday"),
                       signature("The tribunal banned her for 48 months on Thursday")) == frozenset()
    assert differences(signature("The bridge stays shut for two weeks"), signature("The bridge stays shut for 14 days")) == frozenset()
    assert "number" in differences(signature("The bridge stays shut for two weeks"), signature("The bridge stays shut for 10 days"))


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("Divers raised 2.1 tonnes of scrap from the wreck.", "Divers raised 2,140 kg of scrap from the wreck.", False),
        ("Divers raised 2.1 tonnes of scrap from the wreck.", "Divers raised 2,400 kilograms of scrap from the wreck.", True),
        ("Divers raised 2,140 kg of scrap from the wreck.", "Divers raised 2,150 kg of scrap from the wreck.", True),
    ],
)
def test_a_measure_written_in_two_units_agrees_within_its_rounding(a: str, b: str, apart: bool) -> None:
    # As the merger's figure check reads it: '2.1 tonnes' is anything from 2,050 to 2,150 kilograms.
    assert ("number" in _diff(a, b)) is apart
