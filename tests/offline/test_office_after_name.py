"""A speaker's office set in capitals between commas after her name ("Mirela Stokke-Aro, Chair, said:") is her role,
not the speaker: a results statement writes its officers so. Invented sentences."""

from __future__ import annotations

import pytest

from summarizer.extract.offline import extract_offline
from summarizer.extract.offline.speaker_phrases import parse_before_cue
from summarizer.ingest import build_article
from summarizer.ingest.records import RawRecord


@pytest.mark.parametrize(("office", "role"), [
    ("Chair", "Chair"),
    ("Chief Executive", "Chief Executive"),
    ("Chief Financial Officer", "Chief Financial Officer"),
    ("Chair of the board", "Chair of the board"),
    ("Finance Minister", "Finance Minister"),
])
def test_an_office_in_capitals_after_the_name_is_her_role(office: str, role: str) -> None:
    phrase = parse_before_cue(f"Mirela Stokke-Aro, {office},")
    assert phrase is not None and (phrase.name, phrase.role) == ("Mirela Stokke-Aro", role)


def test_a_quote_after_name_office_said_colon_is_hers() -> None:
    text = ("Harrow Mills results\n\nHarrow Mills plc reported a lower profit on Tuesday.\n\n"
            "Mirela Stokke-Aro, Chair, said: \"The year was hard, and the board has acted.\"\n")
    quotes = extract_offline(build_article("S1", RawRecord(uri="a.txt", text=text))).quotes
    assert [q.speaker for q in quotes] == ["Mirela Stokke-Aro"]


def test_a_second_name_after_a_comma_is_still_the_speaker() -> None:
    """No office among the capitalised words: the name nearest the cue speaks, as before."""
    phrase = parse_before_cue("After the vote, Minister Ana Lund,")
    assert phrase is not None and phrase.name == "Ana Lund"
