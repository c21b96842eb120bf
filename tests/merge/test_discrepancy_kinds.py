"""One invented story per discrepancy kind: the exact set found, and near-misses of the kind left out."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import Doc, build

from summarizer.merge import merge
from summarizer.merge.titles import roles_conflict
from summarizer.schema import Briefing


def _found(briefing: Briefing, kind: str) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value, p.sources) for p in d.positions] for d in briefing.discrepancies if d.kind == kind]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Brazil's President", "Brazilian President"),
        ("President of Brazil", "Brazilian President"),
        ("US President", "U.S. President"),
        ("spokeswoman", "spokesperson"),
        ("company spokesman", "company spokesperson"),
        ("former mayor of Tallis", "that was mayor of Tallis during six years"),
        ("former mayor of Tallis", "former mayor of Tallis who now leads the Green List"),
        ("Fire Chief", "Marrow Valley Fire Authority Chief"),
        ("head of inspections", "inspection chief"),
        ("communications director", "spokesperson"),
        ("former general", "President"),
        ("candidate", "former mayor"),
        ("Senate Majority Leader", "Senator"),
        ("Senate Minority Leader", "Democratic leader"),
        ("head of inspections at the Office of Harbour Safety", "inspection chief"),
        ("CEO", "chief executive officer"),
        ("rector and president", "president of the academy"),
        ("rector and president", "academy rector"),
        ("Justice", "judge"),
        # Whose office it is, as a possessive, is where it is held, not which office.
        ("Velmar's medical officer of health", "the city's medical officer of health"),
        ("Korvan Mills' chief executive", "the company's chief executive"),
        ("Korvan Mills' chief executive", "CEO"),
        ("chief executive of the Korvan Mills", "managing director of the mill company"),  # a translation's wording
    ],
)
def test_same_or_compatible_titles(a: str, b: str) -> None:
    assert not roles_conflict(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Foreign Minister", "Senator"),
        ("Finance Director", "Managing Director"),
        ("Fire Chief", "Battalion Chief"),
        ("Deputy Health Minister", "Health Minister"),
        ("acting governor", "governor"),
        ("interim CEO", "CEO"),
        ("Vice President", "President"),
        ("former president", "President"),
        ("head of inspections at the agency", "agency Director-General"),
        ("chief inspector at the Office of Harbour Safety", "OHS director"),
        ("the academy's chief information security officer", "academy provost"),
        ("rector and president", "dean"),
        ("Judge", "Chief Justice"),
        ("Korvan Mills' chief executive", "Korvan Mills' chief financial officer"),
        ("the company's chief executive", "CFO"),
        ("Velmar's medical officer of health", "the city's director of public works"),
    ],
)
def test_titles_naming_different_offices(a: str, b: str) -> None:
    assert roles_conflict(a, b)


def test_a_persons_offices_across_outlets() -> None:
    a = Doc("S1").say("Foreign Minister Odile Marchetti arrived in Korvan.").entity("Odile Marchetti", roles=["Foreign Minister"])
    b = Doc("S2").say("Odile Marchetti, Korvan's foreign minister, left early.").entity("Odile Marchetti", roles=["foreign minister"])
    c = Doc("S3").say("Senator Odile Marchetti spoke to reporters.").entity("Odile Marchetti", roles=["Senator"])
    d = Doc("S4").say("Brazilian President Tavo Lins met her.").entity("Tavo Lins", roles=["Brazilian President"])
    e = Doc("S5").say("Tavo Lins, Brazil's President, met her.").entity("Tavo Lins", roles=["Brazil's President"])
    found = _found(merge(*build(a, b, c, d, e)), "title")
    assert found == [[("Foreign Minister", ["S1", "S2"]), ("Senator", ["S3"])]]


def test_a_title_given_only_in_a_quotes_speaker_line_is_compared() -> None:
    a = Doc("S1").say("Pia Rask, head of inspections at the agency, ordered the checks.")
    a.entity("Pia Rask", roles=["head of inspections at the agency"]).quote("We found the fault in March", "Pia Rask")
    b = Doc("S2").quote("We found the fault in March", "Agency Director-General Pia Rask")
    b.entity("Agency Director-General Pia Rask")
    found = _found(merge(*build(a, b)), "title")
    assert found == [[("head of inspections at the agency", ["S1"]), ("Agency Director-General", ["S2"])]]


def test_one_quote_credited_to_two_people() -> None:
    words = "There is no sign of sabotage, only of a very old pipe"
    a = Doc("S1").say("Water board chair Lise Aune spoke on Monday.").quote(words, "Lise Aune").entity("Lise Aune")
    b = Doc("S2").quote(words, "Lise Aune").entity("Lise Aune")
    c = Doc("S3").quote(words, "Jon Brekke").entity("Jon Brekke")
    d = Doc("S4").quote(words, "Board Chair Lise Aune").entity("Board Chair Lise Aune")  # the same person, titled
    found = _found(merge(*build(a, b, c, d)), "attribution")
    assert [[(v, s) for v, s in f] for f in found] == [[("Lise Aune", ["S1", "S2", "S4"]), ("Jon Brekke", ["S3"])]]


def test_a_speaker_two_outlets_reach_through_the_context_disputes_a_named_one() -> None:
    words = "The dam is safe and the valley will not be evacuated"
    a = Doc("S1").say("Engineers inspected the Selbu dam overnight.").quote(words, "Nora Vik").entity("Nora Vik")
    b = Doc("S2").say("Residents below the Selbu dam packed bags on Sunday.").quote(words, "Nora Vik").entity("Nora Vik")
    c = Doc("S3").say("The county held a meeting about the dam.").quote(words, "Arne Holt").entity("Arne Holt")
    a.quotes[0] = a.quotes[0].model_copy(update={"speaker_inferred": True})
    b.quotes[0] = b.quotes[0].model_copy(update={"speaker_inferred": True})
    assert _found(merge(*build(a, b, c)), "attribution") == [[("Nora Vik", ["S1", "S2"]), ("Arne Holt", ["S3"])]]
    # One outlet's inferred speaker alone does not.
    assert _found(merge(*build(a, c)), "attribution") == []


def test_dates_of_one_start_and_a_deadline_that_is_no_event_date() -> None:
    pub = date(2031, 5, 14)
    a = Doc("S1", published=pub).event("2031-05-13", "The blaze broke out on Tuesday near the Orrin quarry, officials said.")
    b = Doc("S2", published=pub).event("2031-05-12", "The fire of Orrin, that was initiated the Monday 12 of May near the quarry, burns.")
    c = Doc("S3", published=pub).event("2031-05-16", "Quarry operators have until Friday, May 16, to file their Orrin blaze reports.")
    d = Doc("S4", published=pub).event("2031-05-13", "The Orrin quarry blaze reports were filed on Tuesday, officials said.")
    found = _found(merge(*build(a, b, c, d)), "date")
    assert found == [[("2031-05-12", ["S2"]), ("2031-05-13", ["S1"])]]


def test_a_qualifier_the_extraction_dropped_is_read_back_from_the_text() -> None:
    a = Doc("S1").say("Former President Ada Kron opened the library.").entity("Ada Kron", roles=["President"])
    b = Doc("S2").say("Ada Kron, a former president, opened the library in Vell.").entity("Ada Kron", roles=["former president"])
    assert _found(merge(*build(a, b)), "title") == []


def test_a_party_word_used_as_a_description_is_no_rival_speaker() -> None:
    words = "A teacher from Vell who never ran a school could run the ministry"
    a = Doc("S1").say("Dana Oster spoke at a fundraiser.").quote(words, "Dana Oster").entity("Dana Oster")
    b = Doc("S2").say("Oster apologised to Senator Lin Moe, Republican of Vell, on Friday.").quote(words, "Republican")
    c = Doc("S3").say("Ivo Tams, a Republican, said little.").quote(words, "Ivo Tams").entity("Ivo Tams")
    found = _found(merge(*build(a, b, c)), "attribution")
    assert found == [[("Dana Oster", ["S1"]), ("Ivo Tams", ["S3"])]]  # Tams is named; 'Republican' is not


def test_two_acts_on_consecutive_days_are_not_one_event_with_two_dates() -> None:
    pub = date(2031, 8, 22)
    a = Doc("S1", published=pub).event("2031-08-20", "Rell had stopped short of calling for Voss to resign in a radio interview Monday.")
    b = Doc("S2", published=pub).event(
        "2031-08-21", "Governor Rell joined several party leaders Tuesday in urging Voss to abandon his Senate bid over his remarks."
    )
    assert _found(merge(*build(a, b)), "date") == []


def _accounts(briefing: Briefing) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value.split(":")[0], p.sources) for p in d.positions] for d in briefing.discrepancies if d.kind == "account"]


def test_an_ordered_recall_against_a_voluntary_withdrawal_the_agency_did_not_order() -> None:
    a = Doc("S1").say("The Food Safety Board on Monday ordered Brakka Dairy to recall four lots of its Skyr yoghurt from shops in Tovik.")
    b = Doc("S2").say("The Food Safety Board ordered Brakka Dairy to recall four lots of its Skyr yoghurt on Monday, citing listeria.")
    c = Doc("S3").say(
        "Brakka Dairy calls it a voluntary withdrawal and says the Food Safety Board has not ordered a recall of its Skyr yoghurt."
    )
    d = Doc("S4").say("Brakka Dairy voluntarily donated surplus milk to a Tovik school last spring.")  # near-miss: another act
    found = _accounts(merge(*build(a, b, c, d)))
    assert found == [[("ordered / approved", ["S1", "S2"]), ("voluntary (not ordered)", ["S3"])]]


def test_options_studied_against_a_strike_ordered_and_a_suspension_pending_review() -> None:
    a = Doc("S1").say("Admiral Jora Venn drew up plans for a blockade of the Kessin strait, officials said.")
    b = Doc("S2").say("Admiral Jora Venn ordered a blockade of the Kessin strait on Friday.")
    c = Doc("S3").say("The Orlan ferry line suspended its Kessin crossings pending a safety review.")
    e = Doc("S4").say("The Orlan ferry line halted its Kessin crossings, the harbour office said.")
    found = _accounts(merge(*build(a, b, c, e)))
    assert sorted(found) == sorted(
        [
            [("asked for options / considered", ["S1"]), ("ordered / approved", ["S2"])],
            [("suspended pending review", ["S3"]), ("halted / ended", ["S4"])],
        ]
    )


def test_a_part_and_the_whole_it_is_part_of_are_not_rival_counts() -> None:
    a = Doc("S1").say("The board ordered a recount of ballots from 96 polling stations in Tarn.")
    b = Doc("S2").say("The board will recount the ballots from 96 of the region's 740 polling stations in Tarn.")
    c = Doc("S3").say("The board ordered a recount of ballots from 120 polling stations in Tarn.")
    found = _found(merge(*build(a, b, c)), "number")
    assert found == [[("96 stations", ["S1"]), ("120 stations", ["S3"])]]  # S2's 740 is the whole, not a rival


def test_a_request_by_one_party_and_an_order_by_another_are_two_acts() -> None:
    a = Doc("S1").say("On Tuesday Lena Ostrova formally asked the Tarn election board for a recount of the mayoral vote.")
    b = Doc("S2").say("The Tarn election board approved a recount of the mayoral vote on Thursday.")
    assert _accounts(merge(*build(a, b))) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [("incumbent regional president", "current president of the region"), ("commission president", "president of the TEB")],
)
def test_when_words_and_acronyms_do_not_change_the_office(a: str, b: str) -> None:
    assert not roles_conflict(a, b)


def test_a_denial_opening_with_its_attribution_is_still_an_account() -> None:
    a = Doc("S1").say("The Food Safety Board on Monday ordered Brakka Dairy to recall four lots of its Skyr yoghurt.")
    b = Doc("S2").say("According to Brakka Dairy, the Food Safety Board has not ordered a recall.")
    assert _accounts(merge(*build(a, b))) == [[("ordered / approved", ["S1"]), ("not ordered", ["S2"])]]


def test_one_source_wording_one_office_twice_still_disputes_another_office() -> None:
    a = Doc("S1").say("Pia Rask, head of inspections at the agency, spoke.").entity("Pia Rask", roles=["head of inspections at the agency"])
    b = Doc("S2").say("Pia Rask, the inspection chief, spoke to us.")
    b.entity("Pia Rask", roles=["inspection chief", "inspection chief, agency"])
    c = Doc("S3").say("Agency Director-General Pia Rask spoke.").entity("Pia Rask", roles=["Agency Director-General"])
    found = _found(merge(*build(a, b, c)), "title")
    assert found == [[("head of inspections at the agency", ["S1", "S2"]), ("Agency Director-General", ["S3"])]]


def test_approved_against_still_under_study() -> None:
    a = Doc("S1").say("The Tovik harbour board on Monday approved a free ferry pass for every stranded islander.")
    b = Doc("S2").say("The harbour board approved the free ferry pass for stranded islanders on Monday, officials said.")
    c = Doc("S3").say("The harbour board says a free ferry pass for stranded islanders is still under study and nothing has been decided.")
    found = _accounts(merge(*build(a, b, c)))
    assert found == [[("ordered / approved", ["S1", "S2"]), ("asked for options / considered", ["S3"])]]


def test_no_order_written_with_a_negative_subject_agrees_with_not_ordered() -> None:
    a = Doc("S1").say("No evacuation of the Tovik quays has been ordered, the harbour office said.")
    b = Doc("S2").say("The harbour office has not ordered an evacuation of the Tovik quays.")
    assert _accounts(merge(*build(a, b))) == []


def test_a_finding_dated_apart_by_two_outlets() -> None:
    pub = date(2031, 5, 16)
    a = Doc("S1", published=pub).event("2031-05-14", "Inspectors found a crack in the Orrin weir on Wednesday during a routine check.")
    b = Doc("S2", published=pub).event("2031-05-13", "The fault of the weir of Orrin was discovered Tuesday 13/5 by the technicians.")
    c = Doc("S3", published=pub).event("2031-05-15", "The Orrin weir reopened to boats on Thursday.")
    found = _found(merge(*build(a, b, c)), "date")
    assert found == [[("2031-05-13", ["S2"]), ("2031-05-14", ["S1"])]]


def test_a_size_and_a_change_in_one_unit_are_not_rival_figures() -> None:
    a = Doc("S1").say("Divers found a gash about 30 feet long in the hull of the Orrin ferry, and the harbour began pumping out the dock.")
    b = Doc("S2").say("The harbour has pumped the Orrin dock down by about 6 feet since the divers found a gash in the ferry's hull.")
    c = Doc("S3").say("Divers found a gash about 20 feet long in the hull of the Orrin ferry on Monday.")
    found = _found(merge(*build(a, b, c)), "number")
    assert found == [[("about 30 feet", ["S1"]), ("about 20 feet", ["S3"])]]  # two lengths; the 6 feet is no length
    subjects = [d.subject for d in merge(*build(a, b, c)).discrepancies if d.kind == "number"]
    assert subjects == ["Number of feet"]


def test_a_day_a_level_is_compared_with_is_not_the_day_of_the_act() -> None:
    from summarizer.extract.offline import extract_offline
    from summarizer.schema import Article

    text = "By late afternoon the Orrin reservoir was about 2 feet lower than on Wednesday. Engineers opened the sluices on Thursday."
    events = extract_offline(Article(id="S1", uri="mem://S1", text=text, published=date(2031, 5, 16))).events
    assert [(e.date, e.text[:20]) for e in events] == [("2031-05-15", "Engineers opened the")]


def test_the_current_year_a_figure_holds_for_is_no_event_but_earlier_this_year_is() -> None:
    from summarizer.extract.offline import extract_offline
    from summarizer.schema import Article

    text = ("The new pumps will cost the Orrin water board 3 million crowns this year. "
            "Earlier this year the board closed its old pumping station.")
    events = extract_offline(Article(id="S1", uri="mem://S1", text=text, published=date(2031, 5, 16))).events
    assert [(e.date, e.text[:20]) for e in events] == [("2031", "Earlier this year th")]


def test_a_name_in_capitals_from_a_dateline_is_shown_as_the_text_writes_it() -> None:
    from summarizer.merge.entities import canonical_name
    from summarizer.merge.entity_names import Mention

    members = [Mention(key="S1:1", name="TARNHOLM", source="S1", type="place"),
               Mention(key="S2:1", name="TARNHOLM", source="S2", type="place"),
               Mention(key="S3:1", name="Tarnholm", source="S3", type="place")]
    assert canonical_name(members) == "Tarnholm"
    assert canonical_name([Mention(key="S1:2", name="NMA", source="S1", type="organization")]) == "NMA"


def test_decided_to_appeal_against_still_weighing_whether_to() -> None:
    a = Doc("S1").say("A spokeswoman for the Tarn harbour board said it had decided to appeal.")
    b = Doc("S2").say("The Tarn harbour board, for its part, is still considering whether to appeal and has not made up its mind.")
    c = Doc("S3").say("The Tarn harbour board plans to appeal.")  # an intention, no rival account
    found = _accounts(merge(*build(a, b, c)))
    assert found == [[("ordered / approved", ["S1"]), ("asked for options / considered", ["S2"])]]


def test_a_word_describing_the_holder_is_not_part_of_the_office() -> None:
    from summarizer.merge.titles import roles_conflict

    assert not roles_conflict("Embattled President", "Veloria's president")
    assert not roles_conflict("longtime mayor", "Mayor of Orvel")
    assert roles_conflict("Foreign Minister", "Finance Minister")
    assert roles_conflict("outgoing President", "Deputy President")


def test_offices_named_by_a_job_noun_are_compared() -> None:
    from summarizer.merge.titles import roles_conflict

    assert roles_conflict("Harbour master", "Port director")
    assert not roles_conflict("harbour master", "Harbour Master")


def test_one_chief_executive_against_a_chief_financial_officer_across_outlets() -> None:
    a = Doc("S1").say("Anselm Roke, Korvan Mills' chief executive, said the mill would reopen.").entity(
        "Anselm Roke", roles=["Korvan Mills' chief executive"])
    b = Doc("S2").say("Anselm Roke, Korvan Mills' chief financial officer, said the mill would reopen.").entity(
        "Anselm Roke", roles=["Korvan Mills' chief financial officer"])
    c = Doc("S3").say("CEO Anselm Roke said the mill would reopen.").entity("Anselm Roke", roles=["CEO"])
    assert _found(merge(*build(a, b, c)), "title") == [
        [("Korvan Mills' chief executive", ["S1", "S3"]), ("Korvan Mills' chief financial officer", ["S2"])]]


def test_a_quakes_magnitude_told_differently_and_an_aftershock_that_is_no_rival() -> None:
    a = Doc("S1").say("A magnitude 6.4 earthquake struck the Orrin valley early on Sunday, the seismology office said.")
    b = Doc("S2").say("A 6.4-magnitude quake shook the Orrin valley on Sunday morning.").say(
        "A magnitude 4.8 aftershock rattled the valley two hours later.")  # near-miss: another quake's reading
    c = Doc("S3").say("The earthquake that hit the Orrin valley on Sunday had a magnitude of 6.1, according to the survey.")
    d = Doc("S4").say("The quake damaged about 300 homes and killed 4 people in the Orrin valley, officials said.")
    briefing = merge(*build(a, b, c, d))
    # S2's "6.4-magnitude" is the figure S1 gives, written onto its noun: S2 stands on that side too.
    assert _found(briefing, "number") == [[("6.4", ["S1", "S2"]), ("6.1", ["S3"])]]
    assert [x.subject for x in briefing.discrepancies] == ["Magnitude"]
    # Readings that agree, one on the Richter scale, are no discrepancy.
    e = Doc("S5").say("The quake measured 6.4 on the Richter scale, the survey said.")
    assert _found(merge(*build(a, e)), "number") == []


def test_an_amount_asked_for_and_an_amount_given_are_two_acts() -> None:
    a = Doc("S1").say("The Tarn council asked the government for 12 million crowns in flood aid.")
    b = Doc("S2").say("The government delivered 5 million crowns in flood aid to the Tarn council on Friday.")
    c = Doc("S3").say("The Tarn council has requested 12 million crowns in flood aid, its mayor said.")
    assert _found(merge(*build(a, b, c)), "number") == []  # near-miss: what was asked against what was given
    d = Doc("S4").say("The Tarn council is seeking 15 million crowns in flood aid, a councillor said.")
    assert _found(merge(*build(a, b, c, d)), "number") == [[("12 million crowns", ["S1", "S3"]), ("15 million crowns", ["S4"])]]


def test_a_meeting_dated_apart_in_a_translation_and_the_next_days_act_on_the_same_thing() -> None:
    pub = date(2031, 3, 14)
    a = Doc("S1", published=pub).event("2031-03-12", "The Vell water board met on Wednesday to discuss the boil-water notice.")
    b = Doc("S2", published=pub).event("2031-03-11", "The water board of Vell met on 11/3 to discuss the notice to boil the water.")
    # Near-miss: another act of the same board on the same notice, a day later.
    c = Doc("S3", published=pub).event("2031-03-13", "The Vell water board lifted the boil-water notice on Thursday.")
    found = _found(merge(*build(a, b, c)), "date")
    assert found == [[("2031-03-11", ["S2"]), ("2031-03-12", ["S1"])]]
    assert _found(merge(*build(a, c)), "date") == []


def test_what_a_signed_decree_does_is_its_account() -> None:
    a = Doc("S1").say("President Oda Renn signed a decree on Monday that banned imports of Tarvian steel.")
    b = Doc("S2").say("The decree President Oda Renn signed on Monday set up a review of Tarvian steel imports; a ban may follow.")
    c = Doc("S3").say("President Oda Renn signed a decree on Monday banning imports of Tarvian steel.")
    d = Doc("S4").say("President Oda Renn signed a decree on Monday on imports of Tarvian steel.")  # near-miss: content untold
    found = _accounts(merge(*build(a, b, c, d)))
    assert found == [[("ordered / approved", ["S1", "S3", "S4"]), ("asked for options / considered", ["S2"])]]
    assert _accounts(merge(*build(a, c, d))) == []


def test_confirmed_against_not_confirmed_and_a_confirmation_that_disputes_nothing() -> None:
    a = Doc("S1").say("Police confirmed that the Vell bridge collapse killed two workers.")
    b = Doc("S2").say("Police have not confirmed reports that two workers died in the Vell bridge collapse.")
    c = Doc("S3").say("The Vell bridge collapsed on Monday morning.")
    assert _accounts(merge(*build(a, b, c))) == [[("confirmed", ["S1"]), ("not confirmed", ["S2"])]]
    # Near-misses: a confirmation beside an order of the same thing, and what was confirmed being an order.
    d = Doc("S4").say("The Vell council confirmed the closure of the Tarn road on Monday.")
    e = Doc("S5").say("The Vell council ordered the closure of the Tarn road on Monday.")
    f = Doc("S6").say("The Vell council confirmed it had ordered the closure of the Tarn road.")
    assert _accounts(merge(*build(d, e, f))) == []


@pytest.mark.parametrize(("a", "b"), [("plant manager", "factory chief"), ("mill manager", "works manager")])
def test_a_workplace_in_a_translations_word_is_the_same_office(a: str, b: str) -> None:
    assert not roles_conflict(a, b)
    assert roles_conflict(a, "factory safety officer")  # near-miss: another office at the same place
