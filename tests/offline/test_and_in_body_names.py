"""A body named 'X and Y <head>' after 'the' ('the Roads and Bridges Authority') was cut at its 'and' into a person-
like 'Roads' piece and a body ('Bridges Authority'), so its acronym and other outlets' mentions found nothing. Invented."""

from __future__ import annotations

from summarizer.extract.offline.engine import extract_offline
from summarizer.schema import Article


def _found(text: str) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, e.aliases) for e in extract_offline(Article(id="S1", uri="x.txt", text=text)).entities}


def test_a_body_with_and_in_its_name_stays_whole() -> None:
    found = _found("The bridge was closed on Friday, the Ostrian Roads and Bridges Authority (ORBA) said. ORBA will reopen it.")
    assert found["Ostrian Roads and Bridges Authority"] == ("organization", ["ORBA"])
    assert "Bridges Authority" not in found
    assert "Seeds and Grain Board" in _found("The Seeds and Grain Board set the price on Monday.")
    # near-misses: a person and a body, and two bodies each with 'the'
    assert {"Ana Lund", "Acme Holdings"} <= set(_found("A deal between Ana Lund and Acme Holdings was signed."))
    assert {"Ministry of Health", "Red Cross"} <= set(_found("Talks between the Ministry of Health and the Red Cross failed."))
    assert {"House", "Senate"} <= set(_found("The bill passed the House and Senate on Friday."))
