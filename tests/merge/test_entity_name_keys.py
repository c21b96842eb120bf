"""Entity keys across articles (issue 13), on invented names: an office word that names a department,
a particle surname written alone, a generational suffix one article leaves off."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge


def _entities(*docs: Doc) -> dict[str, tuple[list[str], list[str]]]:
    return {e.name: (e.aliases, e.sources) for e in merge(*build(*docs)).entities}


def test_state_and_justice_departments_are_two() -> None:
    a = Doc("S1").say("The State Department and the Justice Department met.").entity(
        "State Department", "organization").entity("Justice Department", "organization")
    b = Doc("S2").say("The Justice Department said nothing.").entity("Justice Department", "organization")
    found = _entities(a, b)
    assert found["State Department"] == ([], ["S1"])
    assert found["Justice Department"] == ([], ["S1", "S2"])


def test_a_particle_surname_alone_is_the_full_named_person() -> None:
    a = Doc("S1").say("Judge Pieter van der Molen read the verdict.").entity("Pieter van der Molen")
    b = Doc("S2").say("Van der Molen ruled on Friday.").entity("Van der Molen", "other")
    assert _entities(a, b) == {"Pieter van der Molen": (["Van der Molen"], ["S1", "S2"])}


def test_a_suffix_left_off_is_the_same_person_unless_two_carry_one() -> None:
    a = Doc("S1").say("Rep. Calder Mays Jr. introduced the bill.").entity("Calder Mays Jr.")
    b = Doc("S2").say("Calder Mays said it was overdue.").entity("Calder Mays")
    assert _entities(a, b) == {"Calder Mays Jr.": (["Calder Mays"], ["S1", "S2"])}
    c = Doc("S3").say("Calder Mays Sr. disagreed.").entity("Calder Mays Sr.")
    assert len(_entities(a, b, c)) == 3  # a Jr. and a Sr.: the plain name is left alone


def test_an_office_with_of_before_the_name_is_a_title() -> None:
    a = Doc("S1").say("Secretary of State Ilse Marrow landed.").entity("Secretary of State Ilse Marrow")
    b = Doc("S2").say("Ilse Marrow landed in Corvel.").entity("Ilse Marrow")
    found = _entities(a, b)
    assert len(found) == 1 and next(iter(found.values()))[1] == ["S1", "S2"]
    c = Doc("S3").say("The Department of Defense agreed.").entity("Department of Defense", "organization")
    assert "Department of Defense" in _entities(a, b, c)
