"""Shapes of wire copy on real news the offline engine misread: a place named with a particle ('Del Rio'), a
source after a subordinating conjunction ('though county officials have stressed'), and the lines that only give
the terms a source spoke on ('spoke on condition of anonymity')."""

from __future__ import annotations

from summarizer.extract.offline import extract_offline
from summarizer.schema import Article


def _extract(text: str):  # type: ignore[no-untyped-def]
    return extract_offline(Article(id="S1", uri="mem://S1", text=text))


def test_a_particle_is_no_title_and_a_name_ends_with_its_sentence() -> None:
    text = ("Hundreds camped under the Del Mar Causeway in Verano County, near Del Mar. "
            "Officials in Los Pinos said the camp was growing. Del. Jane Corbin of the state house said she would visit.")
    entities = {e.name: e.roles for e in _extract(text).entities}
    assert "Del Mar Causeway" in entities and entities["Del Mar Causeway"] == []
    assert "Del Mar" in entities
    assert not any("Officials" in name for name in entities)
    assert entities.get("Jane Corbin") == ["Del."]


def test_a_source_after_a_subordinating_conjunction_is_the_party_not_the_conjunction() -> None:
    text = ("The release of some of the campers was expected, though county officials have stressed in recent "
            "statements that most would be moved to shelters. The road stays shut, as police said on Monday.")
    attributions = [c.attribution for c in _extract(text).claims]
    assert "county officials" in attributions and "police" in attributions
    assert not any(a and a.split()[0].lower() in {"though", "as"} for a in attributions)


def test_lines_that_only_state_a_sources_terms_are_no_claims() -> None:
    text = ("Many of the campers are being released with notices to appear, a county official said. "
            "The official spoke on condition of anonymity because he was not authorized to discuss the matter publicly. "
            "The official has direct knowledge of the operation. "
            "Two officials who spoke on condition of anonymity said 300 people were released on Tuesday.")
    claims = [c.text for c in _extract(text).claims]
    assert not any(c.startswith("The official spoke") or c.startswith("The official has") for c in claims)
    assert any("300 people were released" in c for c in claims)
    assert any("notices to appear" in c for c in claims)


def test_an_appositive_cut_inside_an_abbreviation_is_no_role() -> None:
    text = ("Rapid gains by the insurgent Valtari, signs of strain on the army and grim forecasts from U.S. officers, "
            "worried the council. Mara Quell, younger sister of Wyoming U.S. Rep. Lina Quell, spoke on Monday. "
            "Ivo Brandt, the Senate's No. 2 Republican, backed the bill. Tomas Reyes, a spokesman for the council, "
            "said no. Dana Holt, chair of the board, said yes.")
    roles = {e.name: e.roles for e in _extract(text).entities}
    assert roles.get("Valtari", []) == []
    assert not any(r.endswith((" U", " No")) for rs in roles.values() for r in rs)
    assert roles["Tomas Reyes"] == ["spokesman for the council"] and roles["Dana Holt"] == ["chair of the board"]


def test_when_a_source_spoke_is_no_part_of_the_source() -> None:
    text = ("The Harbour Users Group and 27 other groups on Thursday asked the court to act. "
            "The mayor late Tuesday warned that the bridge would stay shut.")
    attributions = {c.attribution for c in _extract(text).claims}
    assert {"The Harbour Users Group and 27 other groups", "The mayor"} <= attributions


def test_a_title_names_one_person_not_the_names_joined_to_it() -> None:
    text = ("In a letter to Senate Majority Leader Tom Varga and Reid, the mayor warned of chaos. "
            "The request went to House Speaker Ana Lund and the Democratic chairmen of the tax committees. "
            "The Department of Health and Human Services said nothing.")
    names = {e.name for e in _extract(text).entities}
    assert {"Tom Varga", "Ana Lund", "Department of Health and Human Services"} <= names
    assert not any(" and " in n for n in names if n != "Department of Health and Human Services")
