"""'…, said the district.' names its source after the verb (invented sentences)."""

from __future__ import annotations

import pytest

from summarizer.extract.offline.speakers import cue_subject


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("By Saturday the reservoir had dropped about 5 feet, said the water board.", "the water board"),
        ("The ferry will run twice a day from June, said Mayor Ines Holt on Friday.", "Ines Holt"),
        ("The ferry will run twice a day from June, the harbour office said.", "the harbour office"),
        # A cue after an appositive is not inverted: the speaker is named before it.
        ("Marta Keel, the governor, said the dam was safe.", "Marta Keel"),
    ],
)
def test_the_source_of_a_sentence(sentence: str, speaker: str) -> None:
    found = cue_subject(sentence, 0, len(sentence))
    assert found is not None and found.phrase.name == speaker
