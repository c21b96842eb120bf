"""Entity failure classes on an invented article: offices that name organisations, two organisations
joined by "and", an embassy that speaks, a name with a generational suffix, particle surnames."""

from __future__ import annotations

from summarizer.extract.offline import extract_offline
from summarizer.extract.offline.entity_aliases import surname_keys
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
    # The alias keeps its particles: "Marken" alone names no one.
    assert found["Ursula von Marken"][0] == "person" and found["Ursula von Marken"][1] == ["von Marken"]
    assert "Okoro-Bello" in found["Adaeze Okoro-Bello"][1]
    assert surname_keys("Ursula von der Leyen")[0] == "von der leyen"
    assert surname_keys("Tomas Brenn Jr.") == ["brenn"]


def test_a_particle_surname_opening_a_sentence_is_the_same_person() -> None:
    text = ("Mayor Ines de la Pradera opened the bridge. De la Pradera said it had cost 4 million. Later, "
            "de la Pradera left. Jorik van Tassel, an engineer, watched. \"It holds,\" van Tassel said.")
    found = {e.name: (e.type, e.aliases) for e in extract_offline(article(text)).entities}
    assert found["Ines de la Pradera"] == ("person", ["De la Pradera"])
    assert found["Jorik van Tassel"][1] == ["van Tassel"]
    assert not any(name in found for name in ("Pradera", "la Pradera", "Tassel"))


# Nationalities, foreign organisation names with "de" / "of", and a place named only by how it is used.
PLACES = ("Brazilian officials met American diplomats in Lorant on Monday. The American said the talks went well.\n\n"
          "Leaders of the Frente de Unidad Marítima met the Party of Coastal Regions. The Frente de Unidad "
          "Marítima said it would sign.\n\n"
          "Tarvia's Regional Electoral Commission ordered a recount. Voters in the northern region of Tarvia "
          "are split, and Tarvia's voters may wait weeks. \"We will count every ballot,\" said Lena Quist.\n\n"
          "McDonald's Corporation and the Children's Hospital gave money. Quist's campaign thanked them.")


def _place_entities() -> dict[str, str]:
    return {e.name: e.type for e in extract_offline(article(PLACES)).entities}


def test_nationalities_are_not_entities() -> None:
    found = _place_entities()
    assert not {"American", "Brazilian"} & set(found)
    assert found["Lorant"] == "place"


def test_foreign_and_of_names_are_whole_organisations() -> None:
    found = _place_entities()
    assert found["Frente de Unidad Marítima"] == "organization"
    assert found["Party of Coastal Regions"] == "organization"
    assert not any(name.startswith("Leaders") for name in found)


def test_a_name_used_as_a_region_is_a_place_and_its_possessive_is_split_off() -> None:
    found = _place_entities()
    assert found["Tarvia"] == "place"
    assert found["Regional Electoral Commission"] == "organization"
    assert not any("Tarvia's" in name or "Tarvia’s" in name for name in found)
    # A possessive that is part of a name stays: a company, and an owner that is a plural common noun.
    assert "McDonald's Corporation" in found and "Children's Hospital" in found
    # A person's possessive ("Quist's campaign") is still the person.
    assert found["Lena Quist"] == "person"


def test_demonyms_are_read_from_cldr_territory_names() -> None:
    from summarizer.extract.offline.lexicon import is_demonym

    assert all(is_demonym(w) for w in ("Brazilian", "Norwegian", "Israeli", "Chinese", "American", "Kenyan",
                                       "Danish", "Dutch", "French", "Greek"))
    assert not any(is_demonym(w) for w in ("Brazil", "Jordan", "United", "Brian", "Republican", "Okafor"))


def test_a_lowercase_office_before_a_full_name_is_a_role() -> None:
    from summarizer.extract.offline import extract_offline
    from summarizer.schema import Article

    text = ("Harbour master Ilse Brandt closed the port for three hours.\n\n"
            "The council ordered an audit, deputy mayor Tomas Reyes confirmed.")
    found = {e.name: e for e in extract_offline(Article(id="S1", uri="a.txt", text=text)).entities}
    assert found["Ilse Brandt"].type == "person" and list(found["Ilse Brandt"].roles) == ["Harbour master"]
    assert found["Tomas Reyes"].type == "person" and list(found["Tomas Reyes"].roles) == ["deputy mayor"]


def test_a_body_noun_before_a_name_or_an_office_it_owns_makes_it_an_organisation() -> None:
    text = ("Six crew were rescued, the operator Tarrow Salvage said on Monday.\n\n"
            "Velk's chief executive, Ilse Marrow, said the firm would pay. Ilse Marrow thanked the crews.")
    found = {e.name: e.type for e in extract_offline(article(text)).entities}
    assert found["Tarrow Salvage"] == "organization"
    assert found["Velk"] == "organization"
    assert found["Ilse Marrow"] != "organization"


def test_indefinite_pronouns_and_clock_zones_are_no_entities() -> None:
    text = ("Nobody on the Lannis council wanted the cut, the mayor said at 1:20 p.m. EST on Monday. "
            "Everyone at the Orrin depot was told at 9 a.m. GMT.")
    names = {e.name for e in extract_offline(article(text)).entities}
    assert not names & {"Nobody", "Everyone", "EST", "GMT"}
    assert "Orrin" in " ".join(names)


def test_a_weekday_before_a_name_and_capitalised_common_words_are_no_names() -> None:
    text = ("On Wednesday Quental asked for a recount, said Rafael Quental. Do NOT stop the tablets, the agency "
            "said. It was signed in May. So the rule stands. June Okafor agreed.")
    names = {e.name for e in extract_offline(article(text)).entities}
    assert "Rafael Quental" in names and not any(n.startswith("Wednesday") for n in names)
    assert not names & {"Do NOT", "May. So"}
    assert "June Okafor" in names


def test_a_country_name_is_a_place() -> None:
    text = "The tablets were sold in Norway, and regulators from Sweden and Finland recalled them; Denmark followed."
    found = {e.name: e.type for e in extract_offline(article(text)).entities}
    assert found["Sweden"] == found["Finland"] == found["Denmark"] == "place"


def test_an_organisation_and_the_next_named_body_are_two() -> None:
    text = ("The Ministry of Transport and the Orla Lifeboat Volunteers sent boats on Monday. The Ministry of "
            "Culture and the Arts funds the museum.")
    names = {e.name for e in extract_offline(article(text)).entities}
    assert {"Ministry of Transport", "Orla Lifeboat Volunteers"} <= names
    assert "Ministry of Transport and the Orla Lifeboat Volunteers" not in names
    # Near-miss: one capitalised word after "and the" is part of the name.
    assert "Ministry of Culture and the Arts" in names


def test_the_nationality_of_an_invented_country_is_no_entity() -> None:
    text = ("Storms hit Tarvia on Monday. Tarvian officials said 12 people died. Several Tarvians fled to Orrland. "
            "Orrish rescuers arrived on Tuesday, led by Tomas Brennan of the Brenn Foundation.")
    found = {e.name: e.type for e in extract_offline(article(text)).entities}
    assert not {"Tarvian", "Tarvians", "Orrish"} & set(found)
    assert found["Tarvia"] == "place" and found["Orrland"] == "place"
    assert "Brenn Foundation" in found  # a name sharing a stem with another is no nationality
