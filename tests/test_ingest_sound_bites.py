"""A broadcast script's sound-bite cue names whose recorded words follow ("SOT (Name):", "SOUNDBITE (Name, role):",
"[CLIP: Name]", a video caption "SOUNDBITE (English) NAME, ROLE:"): the cue goes as studio junk, the words stay
credited to that person, so the extractor gives the quote its speaker. Invented scripts."""

from __future__ import annotations

import pytest

from summarizer.extract.offline import extract_offline
from summarizer.ingest import build_article
from summarizer.ingest.records import RawRecord

_HEAD = "KESTON FM - 8 A.M. NEWS\n\nThe Harrow Bridge reopened on Monday after three weeks of repairs.\n\n"
_TAIL = "\n\nThe county said the work cost 2 million crowns."
_WORDS = "We replaced two bearings and the deck is as good as new."


@pytest.mark.parametrize("bite", [
    f"SOT (Tove Brandt): {_WORDS}",
    f"SOUNDBITE (Tove Brandt, roads chief): {_WORDS}",
    f"[CLIP: Tove Brandt] {_WORDS}",
    f"SOT (Tove Brandt):\n{_WORDS}",  # the words on the line under the cue
    f"SOUNDBITE (English) TOVE BRANDT, ROADS CHIEF:\n{_WORDS}",
    f'SOT (TOVE BRANDT): "{_WORDS}"',
])
@pytest.mark.parametrize("kind", ["text", "jsonl"])
def test_a_sound_bite_keeps_its_speaker(bite: str, kind: str) -> None:
    script = _HEAD + bite + _TAIL
    record = (RawRecord(uri="a.txt", text=script) if kind == "text"
              else RawRecord(uri="a.jsonl", text=script, fields={"title": "Bridge reopens", "station": "Keston FM"}))
    article = build_article("S1", record)
    assert "SOT" not in article.text and "CLIP" not in article.text and "SOUNDBITE" not in article.text
    quotes = extract_offline(article).quotes
    assert [(q.speaker, q.text.strip("“”\"")) for q in quotes] == [("Tove Brandt", _WORDS)]


@pytest.mark.parametrize("cue", ["SOT (English):", "ANCHOR (Dev Kapoor):", "CLIP 2:"])
def test_a_cue_naming_no_one_quoted_credits_no_one(cue: str) -> None:
    """A clip's language, the anchor reading the report, a numbered clip: no speaker to keep."""
    article = build_article("S1", RawRecord(uri="a.txt", text=f"{_HEAD}{cue} {_WORDS}{_TAIL}"))
    assert _WORDS in article.text and cue not in article.text
    assert "Dev Kapoor:" not in article.text and "English:" not in article.text
