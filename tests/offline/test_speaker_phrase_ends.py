"""Speakers an editor would strike, seen on real news: a phrase cut off before its noun ("“…” — a far cry from the
remarks he made") credited as the speaker, and an initialism that speaks ("the T.P.A. said") listed as a person.
Invented text of the same shapes."""

from __future__ import annotations

from pathlib import Path

from summarizer import summarize
from summarizer.extract.offline.engine import extract_offline
from summarizer.schema import Article


def test_a_phrase_cut_before_its_noun_names_no_speaker() -> None:
    text = ("Even Brekke himself declared in May that the quay is “a risk we have to take” — a far cry from the remarks "
            "he made on Thursday night.")
    quotes = extract_offline(Article(id="S1", uri="x.txt", text=text)).quotes
    assert all(q.speaker is None or not q.speaker.endswith((" the", " a", " of")) for q in quotes)


def test_an_initialism_that_speaks_is_an_organisation(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Quay closed\n\nThe quay at Skarnes closed on Monday. “We will look into the "
                                    "cracks,” the T.P.A. said in a statement.\n")
    briefing = summarize([str(tmp_path / "a.txt")], backend="offline")
    assert {e.type for e in briefing.entities if e.name.startswith("T.P.A")} == {"organization"}
