"""An affiliation is no entity: "Democratic" and "Republican" were listed as groups, "Democrat" and "Afghan" as
things, on real news. A one-word adjective each mention of which qualifies a noun ("Agrarian lawmakers", "Democratic
and Agrarian leaders") or follows "a", or one member of a group the article names ("a Tarvian" beside "Tarvians"),
is dropped; a place with an adjective's ending ("the Pacific") and a place "X of Y" ("the Republic of Tarvia") stay.
Invented text of the same shapes."""

from __future__ import annotations

from summarizer.extract.offline.engine import extract_offline
from summarizer.schema import Article


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extract_offline(Article(id="S1", uri="x.txt", text=text)).entities}


def test_an_affiliation_adjective_or_one_member_is_no_entity() -> None:
    found = _types("Mayor Ola Brekke met Agrarian lawmakers and a Kurmanic militia on Monday. She also met Democratic and "
                   "Agrarian leaders in Skarnes. A Tarvian said the Tarvians were tired.")
    assert not set(found) & {"Agrarian", "Kurmanic", "Democratic", "Tarvian"}
    assert found["Ola Brekke"] == "person" and found["Tarvians"] == "group"


def test_a_place_with_an_adjectives_ending_or_an_of_name_stays() -> None:
    found = _types("The storm crossed the Pacific on Monday. The Republic of Tarvia and the Free City of Orrland were calm.")
    assert "Pacific" in found
    assert found["Republic of Tarvia"] == "place" and found["Free City of Orrland"] == "place"
    assert "Republic" not in found and "Free City" not in found
