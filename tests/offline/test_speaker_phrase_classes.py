"""Speaker phrases and entity heads on unseen shapes (issue 13), invented text: a name in apposition to a
description, a place after the cue, a passive agent, a body written with "the", an office in one word, a
video caption, and organisations named by their trade."""

from __future__ import annotations

import pytest

from summarizer.extract.offline import extract_offline
from tests.offline.articles import article


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_offline(article(text)).quotes]


@pytest.mark.parametrize(("text", "expected"), [
    # The name in apposition to "one pensioner" is who spoke.
    ('Residents packed the hall. "We were never consulted," said one pensioner, Dora Alwyn.', "Dora Alwyn"),
    # "from Corvel" places the report; the correspondent speaks.
    ('Our correspondent Lise Varga reports from Corvel: "The streets are quiet, but soldiers stand on every corner."',
     "Lise Varga"),
    # The agent of a passive cue.
    ('The toll was confirmed by police spokesman Arvid Nyquist: "Three people died in the fire."', "Arvid Nyquist"),
    # "the Orrin Power Company" is the article's entity, not a description.
    ('"Repairs will take at least a week," according to the Orrin Power Company.', "Orrin Power Company"),
    # An office written as one word is no part of the name.
    ('Harbourmaster Sven Ostby had one message for skippers:\n\n"Stay in port until the storm passes."', "Sven Ostby"),
    # A video script's caption: the name, then the office.
    ('SOUNDBITE (English) SVEN OSTBY, HARBOURMASTER: "The channel stays closed until the wreck is lifted."',
     "Sven Ostby"),
])
def test_the_speaker_of_an_unseen_shape(text: str, expected: str) -> None:
    # Case aside: a name only a caption gives may keep its capitals, as the entity's verbatim name.
    assert [(s or "").lower() for s in _speakers(text)] == [expected.lower()]


def test_a_caption_without_an_office_is_a_heading() -> None:
    assert _speakers('QUOTE OF THE WEEK, PART TWO: "We will be back, and we will be louder."') == [None]


@pytest.mark.parametrize("name", ["Halvorsen Shipping", "Grunwald Logistics", "Kessel Coast Guard", "Red Crescent",
                                  "Nordvik Insurance"])
def test_a_trade_or_service_word_heads_an_organisation(name: str) -> None:
    text = f"{name} said on Monday that it would help. \"Safety is our first priority,\" it said."
    entities = {e.name: e.type for e in extract_offline(article(text)).entities}
    assert entities.get(name) == "organization"
    assert _speakers(text) == [name]


@pytest.mark.parametrize(("text", "expected"), [
    # An opening participle phrase is no subject: the spokesman speaks, not the minister he speaks for.
    ('Speaking for Interior Minister Halima Sow, ministry spokesman Idrissa Kane said: "The border stays open."',
     "Idrissa Kane"),
    # "the chief executive" is the person the article gave that office, in an apposition before her name.
    ("The company's chief executive, Mirela Stan, flew to Tessby. Staff were told on Monday. "
     '"Nobody will lose their job this year," the chief executive said.', "Mirela Stan"),
])
def test_an_office_speaks_for_its_holder_not_for_whom_it_serves(text: str, expected: str) -> None:
    assert _speakers(text) == [expected]


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The Embassy of Tarvel said the ministry had summoned its ambassador, Pavel Rusu, on Monday.", "Pavel Rusu",
     "ambassador"),
    ("Odile Marchetti's deputy, Sami Halonen, disagreed with the plan.", "Sami Halonen", "deputy"),
])
def test_an_office_before_a_comma_and_a_name_makes_a_person(text: str, name: str, role: str) -> None:
    entity = next(e for e in extract_offline(article(text)).entities if e.name == name)
    assert entity.type == "person" and role in entity.roles


def test_a_place_after_its_office_and_a_comma_stays_a_place() -> None:
    text = "Talks moved to the capital of the region, Port Selwyn, on Monday."
    assert all(e.type != "person" for e in extract_offline(article(text)).entities)


@pytest.mark.parametrize(("text", "expected"), [
    ('"The governor is watching closely," Governor Hallie Brenton\'s office said in a statement.',
     "Hallie Brenton's office"),
    ('"Our client denies every charge," Ilan Ferro\'s lawyers said.', "Ilan Ferro's lawyers"),
])
def test_the_office_of_a_named_person_speaks_not_the_person(text: str, expected: str) -> None:
    assert _speakers(text) == [expected]


def test_a_possessive_before_a_thing_names_no_speaker() -> None:
    assert _speakers('"It was a mistake," Ilan Ferro\'s old car said.') != ["Ilan Ferro's old car"]


def test_a_plural_possessive_inside_a_name_keeps_the_name_whole() -> None:
    text = 'The Porters\' Union said in a statement: "The strike continues until the offer improves."'
    assert _speakers(text) == ["Porters' Union"]
    names = {e.name for e in extract_offline(article(text)).entities}
    assert "Porters' Union" in names and "Union" not in names


def test_a_possessive_ending_a_name_ends_it() -> None:
    names = {e.name for e in extract_offline(article("The Jenkins' dog barked all night.")).entities}
    assert not any(n.startswith("Jenkins'") for n in names)


def test_the_office_a_title_gave_names_its_holder() -> None:
    text = ('Chief Constable Ruth Adwell took questions for an hour. Asked about the delay, the chief constable said: '
            '"We should have moved faster."')
    assert _speakers(text) == ["Ruth Adwell"]


def test_a_plural_owner_before_another_name_is_two_names() -> None:
    text = "A tank at Halvard Plastics' Quarry Road plant split open on Tuesday, the company said."
    names = {e.name for e in extract_offline(article(text)).entities}
    assert {"Halvard Plastics", "Quarry Road"} <= names and not any("'" in n for n in names)


def test_two_names_joined_by_an_ampersand_are_one_firm() -> None:
    text = 'Kessler & Vahn, the law firm, said the sale was legal. "Every permit was in order," it said.'
    names = {e.name: e.type for e in extract_offline(article(text)).entities}
    assert names.get("Kessler & Vahn") == "organization" and "Kessler" not in names and "Vahn" not in names
    assert _speakers(text) == ["Kessler & Vahn"]
