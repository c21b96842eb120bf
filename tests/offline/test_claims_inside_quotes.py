"""A sentence of someone's quote is that speaker's statement: a key point made of it names the speaker, so
an opinion never reads as the outlet's own reporting (found on real multi-sentence quotes; invented text)."""

from __future__ import annotations

from summarizer.extract.offline.engine import extract_offline
from summarizer.schema import Article

TEXT = ("The harbour board of Skarnes voted on Monday to close the old ferry quay for six weeks of repairs.\n\n"
        "“Nothing was done for years. The quay was left to rot and the divers found it cracked. It is a scandal,” "
        "said Ola Brekke, the councillor who first raised the alarm.\n\n"
        "The ferry to Utvær will berth at the fish landing in the meantime, the board said.")


def _claim(words: str) -> tuple[str | None, str]:
    extraction = extract_offline(Article(id="S1", uri="x.txt", text=TEXT))
    claim = next(c for c in extraction.claims if words in c.text)
    return claim.attribution, claim.text


def test_a_sentence_inside_a_quote_is_attributed_to_its_speaker() -> None:
    assert _claim("left to rot")[0] == "Ola Brekke"


def test_a_sentence_outside_every_quote_keeps_its_own_source() -> None:
    assert _claim("voted on Monday")[0] is None
    assert _claim("fish landing")[0] == "the board"
