"""A brand's one word with a capital inside ("RideShare", "PayLoop") names an organisation, even opening every
sentence it is in and described like a person ("RideShare, the largest app in the city, said ..."); a surname's
"McAdam" or "DeLuca" stays a person's. Invented sentences."""

from __future__ import annotations

import pytest

from summarizer.extract.offline import extract_offline
from summarizer.extract.offline.entity_types import CAMEL_CASE
from summarizer.ingest import build_article
from summarizer.ingest.records import RawRecord


def _entities(text: str) -> dict[str, str]:
    article = build_article("S1", RawRecord(uri="a.txt", text="Scooter rules\n\n" + text))
    return {e.name: e.type for e in extract_offline(article).entities}


def test_a_brand_opening_its_sentences_is_an_organisation() -> None:
    found = _entities("The Lindhaven council voted on Tuesday to cap the number of hire scooters at 2,000.\n\n"
                      "RideShare, the largest scooter app in the city, said it would cut its fleet by half.\n\n"
                      "RideShare has 3,400 scooters on the streets.\n")
    assert found.get("RideShare") == "organization"


@pytest.mark.parametrize(("word", "brand"), [("PayLoop", True), ("RideShare", True), ("McAdam", False),
                                              ("MacLeod", False), ("DeLuca", False), ("Lindhaven", False)])
def test_the_shape_of_a_brand(word: str, brand: bool) -> None:
    assert bool(CAMEL_CASE.fullmatch(word)) is brand
