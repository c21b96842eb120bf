"""Attribution shapes machine translation carries over from other languages (issue 13), on invented text:
Romance word order with the listener first, "assured"/"recounts" as reporting verbs, German "so X",
"according to statements by X", and a sentence framed "For X, …"."""

from __future__ import annotations

import pytest

from summarizer.extract.offline import extract_offline
from tests.offline.articles import article


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_offline(article(text)).quotes]


@pytest.mark.parametrize(("text", "expected"), [
    ('"The ford is safe," said to the newspaper Eco del Valle the mayor of Villaseca, Rosa Lindo.', "Rosa Lindo"),
    ('In declarations to Radio Centro, the director of the clinic, Tiago Mar, assured that "there are beds."',
     "Tiago Mar"),
    ('"The dyke will hold," so Brenneke.', "Brenneke"),
    ('According to statements by the fire chief, Oskar Brandl, "the fire started in the attic."', "Oskar Brandl"),
    ('For Iris Falkner, an economist at Nordmark Bank, "rents will keep rising."', "Iris Falkner"),
    ('"There was nothing we could do," recounts Elio Vasto, a neighbour.', "Elio Vasto"),
])
def test_a_translated_attribution_names_the_speaker(text: str, expected: str) -> None:
    assert _speakers(text) == [expected]


@pytest.mark.parametrize("text", [
    '"The dyke will hold," so Brenneke left the meeting early.',  # "so" opening a clause, not "according to"
    'For residents, "it is a disaster."',  # a group, not a named person
])
def test_near_misses_name_no_one(text: str) -> None:
    assert _speakers(text) == [None]


def test_a_passive_attribution_after_the_quote_names_its_agent() -> None:
    text = "\"The bridge will reopen in May,\" it was said by the council's engineer, Ruth Okafor-Lind."
    assert _speakers(text) == ["Ruth Okafor-Lind"]
