"""A legislator's party-and-state tag ('(D-Ore.)', 'R-S.C.') names no entity: US outlets tag every member of
Congress so, and each tag had become an entity ('Ore', 'S.C.') on real news (invented text here)."""

from __future__ import annotations

from summarizer.extract.offline.engine import extract_offline
from summarizer.schema import Article

TEXT = ("Sen. Dana Whitlock (D-Ore.), Rep. Mia Holt, Democrat of New Hampshire, and Rep. Carl Ostby, R-S.C., "
        "asked the Coast Guard on Tuesday to explain why "
        "the cutter Harriet Lane was kept in port during the storm.\n\n"
        "Whitlock said the delay cost lives. Ostby, a former Navy officer, said he wanted the logs by Friday.")


def test_party_and_state_tags_are_no_entities() -> None:
    names = {e.name for e in extract_offline(Article(id="S1", uri="x.txt", text=TEXT)).entities}
    assert {"Dana Whitlock", "Carl Ostby", "Coast Guard"} <= names
    assert not names & {"Ore", "Ore.", "S.C.", "S.C", "D", "R", "Democrat of New Hampshire"}


def test_a_word_opening_a_quotation_is_no_name() -> None:
    """'He added, “Needless to say, …', 'notes, “Strikingly, …': the quotation's first word is capitalised as a
    sentence's is; a lone word seen only so is no entity, while a name inside the quotation stays."""
    text = ("Councillor Ola Brekke spoke after the vote on the Skarnes quay. He added, “Needless to say, the repairs "
            "are late.” The harbour master replied: “Frankly, Brekke has a point about the Utvær ferry.”")
    names = {e.name for e in extract_offline(Article(id="S1", uri="x.txt", text=text)).entities}
    assert not names & {"Needless", "Frankly"}
    assert "Ola Brekke" in names


def test_a_day_after_a_name_and_a_hyphened_adjective_are_no_part_of_it() -> None:
    """'the Harbour Board Tuesday' (US style: the day right after the actor) and 'a Skarnes-based firm', 'the
    Labour-led council' gave 'Harbour Board Tuesday', 'Skarnes-based', 'Labour-led Council' as entities."""
    text = ("The Skarnes Harbour Board Tuesday approved the repair of the old ferry quay. A Tromsø-based diving firm "
            "found the cracks, and the Labour-led Utvær Council said it would pay a share. The Skarnes Harbour Board "
            "will meet again in June.")
    names = {e.name for e in extract_offline(Article(id="S1", uri="x.txt", text=text)).entities}
    assert "Skarnes Harbour Board" in names and "Utvær Council" in names
    assert not {n for n in names if "Tuesday" in n or "-based" in n or "-led" in n}
