"""A headline is a whole sentence naming who acted, never a fragment ending inside a verb's complement
(invented sentences)."""

from __future__ import annotations

from summarizer.synthesize.headline import headline_clause


def test_a_cut_never_falls_inside_a_relative_clause_after_the_main_verb() -> None:
    # 'that casts doubt | on', 'that paves the way | for': the relative clause's verb needs what follows it.
    text = ("The Harwick port board published a lengthy, 40-page internal audit on Monday evening that casts doubt "
            "on the safety checks made before the crane collapse.")
    assert headline_clause(text) == "The Harwick port board published a lengthy, 40-page internal audit"
    text = ("Councillors in Orlen adopted their 12 million euro transport plan that paves the way for a tram line "
            "along the river and two new bus depots.")
    assert headline_clause(text) == "Councillors in Orlen adopted their 12 million euro transport plan"


def test_a_long_relative_clause_goes_rather_than_an_ellipsis() -> None:
    text = ("The Velmar regional assembly repealed a 60-year-old statute that gave the prefect wide powers "
            "to close markets and ports during outbreaks of cattle disease across the province.")
    assert headline_clause(text) == "The Velmar regional assembly repealed a 60-year-old statute"


def test_a_cut_never_falls_right_after_a_participle() -> None:
    text = ("Opposition leader Carla Dunmore on Monday joined a group of senior party members urging "
            "for the resignation of the Velmar harbour master over the dredging contracts.")
    headline = headline_clause(text)
    assert not headline.endswith("urging") and "Carla Dunmore joined" in headline


def test_an_attribution_set_off_inside_the_sentence_is_no_part_of_the_headline() -> None:
    text = ("Dozens of stranded hikers on the Orlen ridge are being flown out by helicopter, two rescue officials said, "
            "contradicting the park's earlier statement that the trail was safe.")
    assert headline_clause(text) == "Dozens of stranded hikers on the Orlen ridge are being flown out by helicopter"
    text = "Factories in Velmar shed 3,100 jobs last month, the statistics office reported on Friday, far more than expected."
    assert headline_clause(text) == "Factories in Velmar shed 3,100 jobs last month, far more than expected"


def test_a_name_and_its_description_lead_with_what_the_person_did() -> None:
    text = ("Ines Harrow, the older sister of Velmar mayoral candidate Tom Harrow and daughter of the former mayor, "
            "criticized her brother's harbour plan in a Sunday radio interview, the Velmar Post reports.")
    assert headline_clause(text) == "Ines Harrow criticized her brother's harbour plan in a Sunday radio interview"


def test_rather_than_an_ellipsis_the_statement_stops_before_a_participle() -> None:
    text = ("Late on a long final evening of the session before the recess, the assembly is set to vote to overturn "
            "the governor's veto of a bill allowing relatives of those injured in the 2019 harbour fire to sue the port "
            "operator for damages in the civil courts.")
    assert headline_clause(text) == "The assembly is set to vote to overturn the governor's veto of a bill"
