"""Discrepancies: numbers, dates, titles, accounts and speakers, each with its positions and sources."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.schema import Briefing


def _table(briefing: Briefing, kind: str) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value, p.sources) for p in d.positions] for d in briefing.discrepancies if d.kind == kind]


def test_twelve_against_ten_other_plus_two_is_no_conflict_but_nine_is() -> None:
    a = Doc("S1").say("Coastguard officers seized twelve ships off the coast of Varnia on Tuesday.")
    b = Doc("S2").say("Two tankers and ten other ships were seized by the Varnian coastguard on Tuesday.")
    c = Doc("S3").say("Nine ships were seized by coastguard officers off Varnia on Tuesday.")
    briefing = merge(*build(a, b, c))
    assert _table(briefing, "number") == [[("12 ships", ["S1", "S2"]), ("9 ships", ["S3"])]]
    (d,) = briefing.discrepancies
    assert d.subject == "Number of ships seized"
    assert [s.source for s in d.positions[1].evidence] == ["S3"]


def test_consistent_counts_give_no_discrepancy() -> None:
    a = Doc("S1").say("Coastguard officers seized twelve ships off Varnia.")
    b = Doc("S2").say("Two tankers and ten other ships were seized off Varnia.")
    c = Doc("S3").say("The Varnian coastguard seized 12 ships.")
    assert merge(*build(a, b, c)).discrepancies == []


def test_casualty_counts_conflict_and_approximations_do_not() -> None:
    a = Doc("S1").say("The landslide in Perrow killed 14 people, rescuers said.")
    b = Doc("S2").say("At least 14 people died in the Perrow landslide.")
    c = Doc("S3").say("The Perrow landslide left 21 people dead.")
    d = Doc("S4").say("About 15 people were killed in the landslide at Perrow.")
    briefing = merge(*build(a, b, c, d))
    # The position shows each reading its sources give, hedged as they hedge it.
    assert _table(briefing, "number") == [[("14 / at least 14 / about 15", ["S1", "S2", "S4"]), ("21", ["S3"])]]
    assert briefing.discrepancies[0].subject == "Number of people killed"


def test_injured_and_killed_counts_are_not_compared() -> None:
    a = Doc("S1").say("The blast at the Ostrel depot killed 3 people and injured 40.")
    b = Doc("S2").say("Three people were killed and 40 injured in the Ostrel depot blast.")
    assert merge(*build(a, b)).discrepancies == []


def test_amounts_in_currency_conflict() -> None:
    a = Doc("S1").say("The city of Harwen will pay $3.2 million to settle the lawsuit.")
    b = Doc("S2").say("Harwen agreed to a $2.5 million settlement of the lawsuit.")
    briefing = merge(*build(a, b))
    assert _table(briefing, "number") == [[("$3.2 million", ["S1"]), ("$2.5 million", ["S2"])]]


def test_copies_do_not_disagree_with_each_other() -> None:
    wire = "Flooding on the Lune river forced 300 families from their homes, the agency reported on Monday night."
    tail = " Emergency crews were sandbagging the lower town."
    a = Doc("S1").say(wire).say("Crews were sandbagging the lower town overnight.")
    b = Doc("S2").say(wire.replace("300", "350")).say(tail.strip())
    b.copy_of = "S1"
    briefing = merge(*build(a, b))
    assert briefing.copies == [["S1", "S2"]]
    assert _table(briefing, "number") == []


def test_same_event_with_different_dates() -> None:
    a = Doc("S1").event("2024-03-04", "The Kelm dam was breached on March 4.", "The Kelm dam was breached.")
    b = Doc("S2").event("2024-03-05", "The dam at Kelm was breached on 5 March.", "The dam at Kelm was breached.")
    c = Doc("S3").event("2024-03", "In March the Kelm dam was breached.", "The Kelm dam was breached.")
    briefing = merge(*build(a, b, c))
    assert _table(briefing, "date") == [[("2024-03-04", ["S1", "S3"]), ("2024-03-05", ["S2"])]]


def test_title_conflict_finance_minister_against_deputy_minister() -> None:
    a = Doc("S1").say("Finance Minister Elena Marsh announced the budget.").entity("Elena Marsh", roles=["Finance Minister"])
    b = Doc("S2").say("Deputy Minister Elena Marsh presented the budget.").entity("Elena Marsh", roles=["Deputy Minister"])
    c = Doc("S3").say("The budget was presented by Minister of Finance Elena Marsh.")
    c.entity("Elena Marsh", roles=["Minister of Finance"])
    briefing = merge(*build(a, b, c))
    assert _table(briefing, "title") == [[("Finance Minister", ["S1", "S3"]), ("Deputy Minister", ["S2"])]]


def test_compatible_titles_are_not_a_conflict() -> None:
    a = Doc("S1").say("President Aldo Ferro spoke in Milla.").entity("Aldo Ferro", roles=["President"])
    b = Doc("S2").say("Aldo Ferro, president of Ostria, spoke.").entity("Aldo Ferro", roles=["President of Ostria"])
    c = Doc("S3").say("Aldo Ferro, a former general, spoke.").entity("Aldo Ferro", roles=["former general"])
    assert _table(merge(*build(a, b, c)), "title") == []


def test_what_an_order_does() -> None:
    a = Doc("S1").say("President Kain asked the defence chiefs for options on a strike against the Morrow base.")
    b = Doc("S2").say("President Kain ordered a strike against the Morrow base, two officials said.")
    c = Doc("S3").say("The Morrow base is near the border.")
    briefing = merge(*build(a, b, c))
    (d,) = [d for d in briefing.discrepancies if d.kind == "account"]
    assert [(p.value.split(":")[0], p.sources) for p in d.positions] == [
        ("asked for options / considered", ["S1"]),
        ("ordered / approved", ["S2"]),
    ]


def test_quote_attributed_to_different_speakers() -> None:
    a = Doc("S1").quote("The harbour will reopen within a week", "Ana Rook").entity("Ana Rook")
    b = Doc("S2").quote("The harbour will reopen within a week.", "Rook")
    c = Doc("S3").quote("The harbour will reopen within a week", "Piet Lamm")
    briefing = merge(*build(a, b, c))
    assert _table(briefing, "attribution") == [[("Ana Rook", ["S1", "S2"]), ("Piet Lamm", ["S3"])]]
    assert briefing.quotes[0].speaker == "Ana Rook"


def test_every_position_cites_evidence_from_its_sources() -> None:
    a = Doc("S1").say("Coastguard officers seized twelve ships off Varnia.")
    b = Doc("S2").say("Coastguard officers seized nine ships off Varnia.")
    briefing = merge(*build(a, b))
    for d in briefing.discrepancies:
        for p in d.positions:
            assert p.evidence and {s.source for s in p.evidence} == set(p.sources)


def test_llm_quantities_are_compared() -> None:
    from summarizer.schema import Quantity

    a = Doc("S1").say(
        "Officials in Perrow said the dam collapse killed twelve workers.",
        claim="The dam collapse killed 12 workers.",
        quantities=[Quantity(value=12, unit="workers", text="twelve")],
    )
    b = Doc("S2").say(
        "Nine workers died when the Perrow dam collapsed.",
        claim="The dam collapse killed 9 workers.",
        quantities=[Quantity(value=9, unit="workers", text="Nine")],
    )
    briefing = merge(*build(a, b))
    assert _table(briefing, "number") == [[("12", ["S1"]), ("9", ["S2"])]]
    assert briefing.discrepancies[0].subject == "Number of people killed"


def test_speakers_are_compared_after_entity_resolution() -> None:
    # suffix, middle initial and bare surname: one person, so no "who said" dispute
    a = Doc("S1").quote("The right to protest carries the duty not to threaten anyone", "Tomas Brell Jr", "Prosecutor")
    a.entity("Tomas Brell Jr", roles=["Prosecutor"])
    b = Doc("S2").say("Tomas K. Brell Jr., the prosecutor for Ostvale, spoke.").entity("Tomas K. Brell Jr", "other")
    b.quote("The right to protest carries the duty not to threaten anyone.", "Brell")
    briefing = merge(*build(a, b))
    assert _table(briefing, "attribution") == []
    assert [(q.speaker, q.sources) for q in briefing.quotes] == [("Tomas K. Brell Jr", ["S1", "S2"])]
    assert [e.name for e in briefing.entities if "Brell" in e.name] == ["Tomas K. Brell Jr"]


def test_a_senior_and_a_junior_stay_two_people() -> None:
    a = Doc("S1").quote("The ferry service will resume in spring", "Tomas Brell Jr").entity("Tomas Brell Jr")
    b = Doc("S2").quote("The ferry service will resume in spring", "Tomas Brell Sr").entity("Tomas Brell Sr")
    briefing = merge(*build(a, b))
    assert _table(briefing, "attribution") == [[("Tomas Brell Jr", ["S1"]), ("Tomas Brell Sr", ["S2"])]]


def test_a_phrase_or_no_speaker_does_not_dispute_a_named_speaker() -> None:
    words = "She has accepted responsibility for the threatening language she used"
    a = Doc("S1").quote(words, "a March 14 phone")  # the extractor took a phrase for the speaker
    b = Doc("S2").quote(words + ".", "Lia Vanter").entity("Lia Vanter")
    c = Doc("S3").quote(words, None)
    d = Doc("S4").quote(words, "the call recalled that she said")
    briefing = merge(*build(a, b, c, d))
    assert _table(briefing, "attribution") == []
    assert [(q.speaker, q.sources) for q in briefing.quotes] == [("Lia Vanter", ["S1", "S2", "S3", "S4"])]


def test_typo_or_organisation_in_a_title_is_no_title_conflict() -> None:
    a = Doc("S1").say("Staff Chairman Oren Valk testified.").entity("Oren Valk", roles=["Staff Chairman"])
    b = Doc("S2").say("Oren Valk testified.").entity("Oren Valk", roles=["chairman of the Joint Chiefs of Staff"])
    c = Doc("S3").say("Oren B. Valk testified.").entity("Oren B. Valk", roles=["chairman of the Joints Chiefs of Staff"])
    briefing = merge(*build(a, b, c))
    assert [e.name for e in briefing.entities] == ["Oren Valk"]
    assert _table(briefing, "title") == []
    d = Doc("S4").say("Acting Chairman Oren Valk testified.").entity("Oren Valk", roles=["Acting Chairman"])
    assert _table(merge(*build(b, d)), "title") != []  # a rank word of the title itself still counts


def test_a_speaker_inferred_from_a_pronoun_does_not_dispute_a_named_one() -> None:
    a = Doc("S1").quote("The harbour will reopen within a week", "Ana Rook").entity("Ana Rook")
    b = Doc("S2").quote("The harbour will reopen within a week", "Piet Lamm")
    b.quotes[-1] = b.quotes[-1].model_copy(update={"speaker_inferred": True})  # "…," she said
    briefing = merge(*build(a, b))
    assert _table(briefing, "attribution") == []
    assert briefing.quotes[0].speaker == "Ana Rook"


def test_a_count_said_in_the_same_words_differs_however_short_its_claim() -> None:
    # Split claims keep little of their sentence: what is said of the count is what makes them one count.
    a = Doc("S1").say("12 people were taken to hospital, most with burns, the fire service said.")
    b = Doc("S2").say("Nine people were taken to hospital after a gas blast wrecked a bakery on Tarn Street in Velmar early on Monday, "
                      "a fire officer told reporters.")
    c = Doc("S3").say("12 people were taken to hospital, the fire service said.")
    # Near-miss: another thing said of people is another count.
    d = Doc("S4").say("40 people were moved out of their homes on Tarn Street.")
    assert _table(merge(*build(a, b, c, d)), "number") == [[("12", ["S1", "S3"]), ("9", ["S2"])]]
