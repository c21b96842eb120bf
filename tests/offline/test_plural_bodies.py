"""Bodies named in the plural and plural titles, seen split on real news: "the Centers for Disease Control and
Prevention" became "Centers for Disease Control" and "Prevention", "the Departments of Health and Education" two
names, and "Former Sens. X and Y" left "Sens" as an entity. Invented text of the same shapes; a short plural
surname ("Tyra Banks") stays a person's."""

from __future__ import annotations

from summarizer.extract.offline.engine import extract_offline
from summarizer.schema import Article


def test_plural_bodies_and_plural_titles() -> None:
    text = ("The Councils for Harbour Safety and Pilotage said so. Former Sens. Ola Brekke and Ivo Crane wrote. The "
            "Departments of Fisheries and Forestry will act. Tyra Banks and Per Holm met. Banks said so.")
    found = {e.name: e.type for e in extract_offline(Article(id="S1", uri="x.txt", text=text)).entities}
    assert found["Councils for Harbour Safety and Pilotage"] == "organization"
    assert found["Departments of Fisheries and Forestry"] == "organization"
    assert "Sens" not in found and "Pilotage" not in found
    assert found["Ola Brekke"] == "person" and found["Tyra Banks"] == "person"
