"""Entity failure classes on an invented article: offices that name organisations, two organisations
joined by "and", an embassy that speaks, a name with a generational suffix, particle surnames."""

from __future__ import annotations

from summarizer.extract.offline import extract_offline
from summarizer.extract.offline.entities import surname_keys
from tests.offline.articles import article

TEXT = ("The Justice Department and the State Department said on Monday that the Department of Defense would "
        "review the Keldra port deal. \"We are disappointed,\" the Embassy of Veloria said.\n\n"
        "Commissioner Ursula von Marken spoke first. \"It is done,\" von Marken said. Adaeze Okoro-Bello agreed, "
        "Okoro-Bello said. Tomas Brenn Jr. was quoted. The Ministry of Health and the Ministry of Finance disagreed.")


def _entities() -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, e.aliases) for e in extract_offline(article(TEXT)).entities}


def test_an_office_word_before_department_names_the_organisation() -> None:
    found = _entities()
    for name in ("Justice Department", "State Department", "Department of Defense"):
        assert found[name][0] == "organization", name


def test_two_organisations_joined_by_and_are_two() -> None:
    found = _entities()
    assert "Ministry of Health" in found and "Ministry of Finance" in found
    assert not any(" and " in name for name in found)


def test_an_embassy_that_speaks_is_an_organisation() -> None:
    assert _entities()["Embassy of Veloria"][0] == "organization"


def test_a_generational_suffix_is_no_person() -> None:
    found = _entities()
    assert "Jr" not in found and "Jr." not in found
    assert any(name.startswith("Tomas Brenn") for name in found)


def test_particle_and_hyphenated_surnames_fold_into_the_full_name() -> None:
    found = _entities()
    assert found["Ursula von Marken"][0] == "person" and "Marken" in found["Ursula von Marken"][1]
    assert "Okoro-Bello" in found["Adaeze Okoro-Bello"][1]
    assert surname_keys("Ursula von der Leyen")[0] == "von der leyen"
    assert surname_keys("Tomas Brenn Jr.") == ["brenn"]
