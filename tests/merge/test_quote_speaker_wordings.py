"""One quote credited to two people when one outlet names its speaker after an inverted cue with whose
office it is ('said Fjordlink's operations director, Tore Lund'); a near-miss keeps the earlier speaker."""

from __future__ import annotations

from summarizer.extract.offline import extract_offline
from summarizer.schema import Article


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_role) for q in extract_offline(Article(id="S1", uri="mem://S1", text=text)).quotes]


def test_an_inverted_cue_naming_an_owners_office_then_the_holder() -> None:
    text = ("Coast guard commander Eirik Sande said his crews reached the ship in forty minutes.\n\n"
            "\"The sea took the ship, the crew did everything right,\" said Fjordway's operations director, Tore Lund.")
    assert _speakers(text) == [("Tore Lund", "Fjordway's operations director")]


def test_a_determiner_role_then_the_holder_still_reads_as_before() -> None:
    text = "\"We will rebuild the pier,\" said the harbour's chief engineer, Mira Sol."
    assert _speakers(text) == [("Mira Sol", "harbour's chief engineer")]
