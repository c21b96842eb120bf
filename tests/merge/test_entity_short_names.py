"""A lone word the extractor could not type: a person's surname, an institution's short name, or neither
(invented stories)."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.schema import Briefing


def _entities(briefing: Briefing) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, e.sources) for e in briefing.entities}


def test_a_lone_untyped_surname_is_the_one_person_of_that_name() -> None:
    a = Doc("S1").say("Detective Inspector Ilka Brandt of the Velmar police leads the inquiry.").entity("Ilka Brandt")
    b = Doc("S2").say("A detective named Brandt is on the case.").entity("Brandt", "other")
    found = _entities(merge(*build(a, b)))
    assert found["Ilka Brandt"] == ("person", ["S1", "S2"])
    assert "Brandt" not in found


def test_a_lone_word_another_article_types_as_a_place_is_left_alone() -> None:
    a = Doc("S1").say("Friends of Harrowmere said the marsh must be kept.").entity("Friends of Harrowmere", "person")
    b = Doc("S2").say("Birds nest in Harrowmere every spring.").entity("Harrowmere", "place")
    c = Doc("S3").say("Harrowmere is wet.").entity("Harrowmere", "other")
    found = _entities(merge(*build(a, b, c)))
    assert found["Harrowmere"][1] == ["S2", "S3"]
    assert found["Friends of Harrowmere"][1] == ["S1"]


def test_an_institutions_short_name_is_the_institution() -> None:
    a = Doc("S1").say("Thieves broke into the Corvane Museum overnight.").entity("Corvane Museum", "organization")
    b = Doc("S2").say("The Corvane was opened in 1911.").entity("Corvane", "other")
    found = _entities(merge(*build(a, b)))
    assert found["Corvane Museum"] == ("organization", ["S1", "S2"])


def test_a_short_name_shared_by_a_person_and_an_institution_joins_neither() -> None:
    a = Doc("S1").say("Thieves broke into the Corvane Museum, founded by Ada Corvane.").entity(
        "Corvane Museum", "organization").entity("Ada Corvane")
    b = Doc("S2").say("The Corvane was opened in 1911.").entity("Corvane", "other")
    found = _entities(merge(*build(a, b)))
    assert found["Corvane Museum"][1] == ["S1"] and found["Ada Corvane"][1] == ["S1"]


def test_the_first_word_of_a_things_x_of_y_name_is_that_thing() -> None:
    a = Doc("S1").say("The tug Heron of Velmar sank in the bay.").entity("Heron of Velmar", "other").entity("Velmar", "place")
    b = Doc("S2").say("The Heron was raised on Friday.").entity("Heron", "other")
    found = _entities(merge(*build(a, b)))
    assert found["Heron of Velmar"][1] == ["S1", "S2"]
    assert "Heron" not in found


def test_a_speaker_only_described_keeps_its_quote_but_is_no_entity() -> None:
    a = Doc("S1").quote("The line will reopen on Friday", "a Velmar Rail spokesman").quote("We are sorry", "Ilka Brandt")
    b = Doc("S2").quote("Nobody was hurt", "The company")
    briefing = merge(*build(a, b))
    names = {e.name for e in briefing.entities}
    assert "Ilka Brandt" in names
    assert not names & {"a Velmar Rail spokesman", "The company"}
    assert {q.speaker for q in briefing.quotes} >= {"a Velmar Rail spokesman", "The company", "Ilka Brandt"}


def test_a_short_name_ending_in_a_body_word_is_the_one_longer_name_it_ends() -> None:
    # "Lannis Bay" is an entity too, so the long name holds two others' names and is not read as either.
    a = Doc("S1").say("The Lannis Bay Tenants Union called a rent strike.").entity("Lannis Bay Tenants Union", "organization")
    a.entity("Lannis Bay", "other")
    b = Doc("S2").say("The Tenants Union called a rent strike.").entity("Tenants Union", "organization")
    found = _entities(merge(*build(a, b)))
    assert found["Lannis Bay Tenants Union"] == ("organization", ["S1", "S2"]) and "Tenants Union" not in found
    # With two longer names it could end, it joins neither by its ending (the one that holds only its
    # name still takes it, as before).
    c = Doc("S3").say("The Orrin Tenants Union backed it.").entity("Orrin Tenants Union", "organization")
    found = _entities(merge(*build(a, b, c)))
    assert found["Lannis Bay Tenants Union"][1] == ["S1"]


def test_a_lone_word_typed_by_its_context_is_the_company_it_names() -> None:
    # "Velk's chief executive" typed Velk as an organisation; "Velk Salvage" is the one company it names, so
    # the company's type and sources include it. A body's own word ("Senate") is an organisation of its own.
    a = Doc("S1").say("The operator Velk Salvage said six crew were safe.").entity("Velk Salvage", "organization")
    b = Doc("S2").say("Velk's chief executive spoke.").entity("Velk", "organization")
    c = Doc("S3").say("Velk Salvage gave no figure.").entity("Velk Salvage", "other")
    d = Doc("S4").say("Senate Democrats met.").entity("Senate Democrats", "organization")
    e = Doc("S5").say("The Senate met.").entity("Senate", "organization")
    found = _entities(merge(*build(a, b, c, d, e)))
    assert found["Velk Salvage"] == ("organization", ["S1", "S2", "S3"]) and "Velk" not in found
    assert found["Senate"][1] == ["S5"] and found["Senate Democrats"][1] == ["S4"]


def test_words_only_ever_set_in_capitals_are_no_entity() -> None:
    a = Doc("S1").say("PORT LANNIS - The ferry stopped.").entity("PORT LANNIS", "place")
    a.entity("CITY MONEY", "other")
    b = Doc("S2").say("Port Lannis lost its ferry.").entity("Port Lannis", "place")
    found = _entities(merge(*build(a, b)))
    assert "CITY MONEY" not in found
    assert found["Port Lannis"][1] == ["S1", "S2"]


def test_a_headline_naming_a_place_or_a_full_name_counts_its_source() -> None:
    a = Doc("S1").say("The pit lies six kilometres north of Tarnby. Ida Rook runs it.").entity("Tarnby", "place")
    a.entity("Ida Rook")
    b = Doc("S2").say("Families waited at the gate all day. Rook spoke at noon.").entity("Rook", "person")
    articles, records = build(a, b)
    articles[1] = articles[1].model_copy(update={"title": "Tarnby waits at the pithead as Rook speaks"})
    found = _entities(merge(articles, records))
    assert found["Tarnby"][1] == ["S1", "S2"]  # named in S2's headline only
    assert "Waits" not in found and "Families" not in found
    articles[1] = articles[1].model_copy(update={"title": "TARNBY WAITS"})
    assert _entities(merge(articles, records))["Tarnby"][1] == ["S1"]  # a shouted headline is not read


def test_a_lone_capitalised_head_is_the_one_body_named_with_it() -> None:
    a = Doc("S1").say("The Velmar Senate passed the harbour bill.").entity("Velmar Senate", "organization")
    b = Doc("S2").say("The Senate passed the bill on Friday.").entity("Senate", "organization")
    c = Doc("S3").say("The House of Delegates will vote next week.").entity("House of Delegates", "organization")
    d = Doc("S4").say("The House will vote next week, and the White House backs the bill.").entity(
        "House", "organization").entity("White House", "organization")
    found = _entities(merge(*build(a, b, c, d)))
    assert found["Velmar Senate"] == ("organization", ["S1", "S2"])
    assert found["House of Delegates"] == ("organization", ["S3", "S4"])  # the White House is a building's name
    assert "Senate" not in found and "House" not in found


def test_a_lone_head_with_two_bodies_named_with_it_joins_neither() -> None:
    a = Doc("S1").say("The Velmar Senate and the Orrin Senate met.").entity("Velmar Senate", "organization").entity(
        "Orrin Senate", "organization")
    b = Doc("S2").say("The Senate adjourned.").entity("Senate", "organization")
    found = _entities(merge(*build(a, b)))
    assert found["Senate"][1] == ["S2"] and found["Velmar Senate"][1] == ["S1"]



def _holding(briefing: Briefing, name: str) -> tuple[str, list[str]]:
    """The entity naming itself or aliased so: (its type, its sources)."""
    entity = next(e for e in briefing.entities if name == e.name or name in e.aliases)
    return entity.type, entity.sources


def test_a_body_named_with_its_country_is_the_body_the_others_name_without() -> None:
    a = Doc("S1").say("The Federal Chamber voted 120 to 80 on Tuesday.").entity("Federal Chamber", "organization")
    b = Doc("S2").say("The Federal Chamber of Norland approved the law.").entity(
        "Federal Chamber of Norland", "organization").entity("Norland", "place")
    c = Doc("S3").say("The Chamber passed the bill late on Tuesday.").entity("Chamber", "organization")
    briefing = merge(*build(a, b, c))
    assert _holding(briefing, "Federal Chamber") == ("organization", ["S1", "S2", "S3"])
    assert _holding(briefing, "Federal Chamber of Norland") == ("organization", ["S1", "S2", "S3"])



def test_a_company_s_first_word_alone_is_the_three_word_company() -> None:
    a = Doc("S1").say("The berth is run by Marrowby Bulk Terminals.").entity("Marrowby Bulk Terminals", "organization")
    b = Doc("S2").say("Marrowby said it was cooperating.").entity("Marrowby", "other")
    briefing = merge(*build(a, b))
    assert _holding(briefing, "Marrowby") == ("organization", ["S1", "S2"])


def test_a_firm_written_with_and_as_two_names_side_by_side_is_the_firm_written_with_an_ampersand() -> None:
    a = Doc("S1").say("The ferry sold at Brask & Tunney's saleroom.").entity("Brask & Tunney", "organization")
    b = Doc("S2").say("The ferry was sold by Brask and Tunney in Orvel.").entity("Brask", "other").entity("Tunney", "other")
    found = _entities(merge(*build(a, b)))
    assert found["Brask & Tunney"] == ("organization", ["S1", "S2"])
    assert "Tunney" not in found and "Brask" not in found
    # Two names joined by 'and' with no firm of theirs named anywhere stay two.
    c = Doc("S3").say("Mira Brask and Tom Tunney signed the deal.").entity("Mira Brask").entity("Tom Tunney")
    assert {"Mira Brask", "Tom Tunney"} <= set(_entities(merge(*build(c))))
