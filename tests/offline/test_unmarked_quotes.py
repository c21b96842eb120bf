"""Speech without quotation marks (issue 13): dialogue dashes, as machine translations of much of
Europe's press write it, and the speaker lines of a broadcast script. Invented text throughout."""

from __future__ import annotations

import pytest

from summarizer.extract.offline import extract_offline
from tests.offline.articles import article


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_offline(article(text)).quotes]


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("– The river rose faster than anyone expected – said Bronek Zawada, head of the fire brigade.",
     "Bronek Zawada", "The river rose faster than anyone expected"),
    ("Deputy Minister Oleksa Marchuk met journalists in Lutava.\n\n— We are ready to talk at any time, — Marchuk said.",
     "Oleksa Marchuk", "We are ready to talk at any time"),
    ("Mayor Iwona Sklar visited the school.\n\n– It is a sad day for the town – she told the local radio.",
     "Iwona Sklar", "It is a sad day for the town"),
    ("According to the head of the hospital, Dr. Vesna Kralj: – Nine people remain in intensive care.",
     "Vesna Kralj", "Nine people remain in intensive care."),
])
def test_a_dialogue_dash_opens_speech(text: str, speaker: str, words: str) -> None:
    assert _quotes(text) == [(speaker, words)]


def test_a_dashed_list_is_no_speech() -> None:
    text = ("The council agreed three measures on Monday.\n\n- Tolls rise by a tenth from June.\n"
            "- The night ferry stops – for now – at Halden.\n- Parking near the quay is free.")
    assert _quotes(text) == []


def test_a_script_labels_each_speaker_and_its_narrators_are_not_quoted() -> None:
    text = ("NEWSREADER: Flooding has closed the road into Kelmby.\n"
            "REPORTER (on tape): Water is still rising, and families spent the night upstairs.\n"
            "ODETTE RAMM: We lost everything downstairs, the sofa, the fridge, all of it.\n"
            "PRESENTER: The minister, Juris Kalns, defended the response.\n"
            "KALNS (clip): Nobody could have stopped that water.")
    # A name only the label gives may stay in its capitals (the entity's verbatim name); case aside, it is hers.
    assert [((s or "").lower(), t) for s, t in _quotes(text)] == [
        ("odette ramm", "We lost everything downstairs, the sofa, the fridge, all of it."),
        ("juris kalns", "Nobody could have stopped that water.")]


def test_a_dateline_alone_is_no_script() -> None:
    assert _quotes("KELMBY: The road reopened on Tuesday after the water fell, the council said.") == []


def test_speech_goes_on_after_its_dashed_attribution() -> None:
    text = "– We are ready to sign, – Deputy Mayor Ilko Stavar said. – But not at any price."
    assert _quotes(text) == [("Ilko Stavar", "We are ready to sign"), ("Ilko Stavar", "But not at any price.")]


def test_an_em_dash_may_touch_the_words() -> None:
    text = "Coach Ramiro Ostos spoke after the match.\n\n—We deserved to win—said Ostos."
    assert _quotes(text) == [("Ramiro Ostos", "We deserved to win")]


def test_a_dash_after_a_full_stop_in_plain_prose_opens_nothing() -> None:
    text = "The ferry left at noon. – The next one is at six, the timetable says."
    assert _quotes(text) == []


def test_a_dateline_and_a_correction_note_are_no_script() -> None:
    text = ("KELMBY: The road reopened on Tuesday after the water fell.\n\n"
            "CORRECTION: An earlier version of this story gave the wrong day.")
    assert _quotes(text) == []


def test_an_interview_whose_labels_come_back_is_a_script() -> None:
    text = "VARGA: The port stays shut.\nOKAFOR: Then the town starves.\nVARGA: Not if the ferry runs."
    assert [(s or "").lower() for s, _ in _quotes(text)] == ["varga", "okafor", "varga"]


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Forty walkers were brought down from the ridge.\n\n- We waited in the hut for five hours and watched the snow. "
     "Nobody told us anything, says Maret Lind (71) to the Vossby Avis on the telephone.",
     "Maret Lind", "We waited in the hut for five hours and watched the snow. Nobody told us anything"),
    ("The rescue was led by the county sheriff, Ada Brekke. - Nobody walks down in the dark, and nobody walks alone, "
     "she said to local radio.",
     "Ada Brekke", "Nobody walks down in the dark, and nobody walks alone"),
])
def test_a_dash_passage_closed_by_a_persons_attribution_is_speech(text: str, speaker: str, words: str) -> None:
    assert _quotes(text) == [(speaker, words)]
