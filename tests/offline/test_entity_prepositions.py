"""A preposition before a name is place evidence only when the name heads its phrase and the preposition can mean
where: "to" also names whom a thing is given or said to, "at" after a job names the employer, and a name between
"the" and a lowercase noun, or a people's plural or adjective, only qualifies."""

from __future__ import annotations

from summarizer.extract.offline import extract_offline
from tests.offline.articles import article


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extract_offline(article(text)).entities}


def test_a_name_after_to_is_no_place() -> None:
    found = _types("The vote was a rebuke to Marta Quillon, whose rules had closed the ferries. "
                   "Officials later apologised to the Harbour Guild and wrote to Oskarine Vell.")
    assert found.get("Marta Quillon") != "place"
    assert found.get("Oskarine Vell") != "place"


def test_a_name_after_in_is_still_a_place() -> None:
    assert _types("Crowds gathered in Brannock on Monday after the storm.")["Brannock"] == "place"


def test_a_job_at_a_name_makes_it_the_employer() -> None:
    found = _types('"Orders are slowing," said Pia Holm, senior analyst at Quorvane, on Tuesday.')
    assert found["Quorvane"] == "organization"


def test_a_name_between_the_and_a_noun_only_qualifies_it() -> None:
    found = _types("Teller served in the Amos Brackwell administration for six years before he retired.")
    assert found.get("Amos Brackwell") not in ("place", "person")


def test_a_peoples_plural_after_from_is_a_group() -> None:
    found = _types("The plan drew pushback from Tarvians, who marched for a week.")
    assert found.get("Tarvians") == "group"


def test_a_job_of_a_field_at_a_name_makes_it_the_employer() -> None:
    found = _types('"We are shocked," said Ivo Brenner, director of operations at Quorvane, on Tuesday.')
    assert found["Quorvane"] == "organization"


def test_a_company_named_for_its_terminals_or_systems_is_an_organisation() -> None:
    found = _types("The crane on the east quay is run by Marrowby Bulk Terminals. Pellan Rail Systems built the signals.")
    assert found["Marrowby Bulk Terminals"] == "organization"
    assert found["Pellan Rail Systems"] == "organization"


def test_an_office_of_a_body_of_a_place_is_no_person() -> None:
    found = _types("Rates will stay where they are, said the Governor of the Reserve Bank of Quorvia on Tuesday.")
    assert not any(name.lower().startswith(("of ", "and ")) for name in found)


def test_a_name_after_an_office_of_a_body_of_a_place_is_the_person() -> None:
    from summarizer.extract.offline.names import split_title
    assert split_title("Governor of the Reserve Bank of Quorvia Ana Lund") == ("Governor of the Reserve Bank of Quorvia", "Ana Lund")
    assert split_title("Minister of Roads and Rail Ivo Brenner") == ("Minister of Roads and Rail", "Ivo Brenner")
    assert split_title("Secretary of Transport Ivo Brenner") == ("Secretary of Transport", "Ivo Brenner")
