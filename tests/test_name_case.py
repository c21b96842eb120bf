"""One casing for names written in capitals (summarizer.name_case), read by ingest and the offline extractor
alike; the outlet's and the person's rules differ where the names do. Invented names only."""

from __future__ import annotations

from summarizer.extract.offline.unmarked_quotes import caption_speaker
from summarizer.ingest.writers import writer_credit
from summarizer.name_case import outlet_case, person_case


def test_a_person_s_short_words_are_names_an_outlet_s_initialisms() -> None:
    assert person_case("ANA LI") == "Ana Li"
    assert outlet_case("ANA LI") == "ANA LI"  # as a masthead, two initialisms
    assert outlet_case("THE HARBOUR AND QUAY TIMES") == "The Harbour and Quay Times"


def test_each_part_of_a_joined_name_is_a_name() -> None:
    assert person_case("MARIE-CLAIRE O'NEILL") == "Marie-Claire O'Neill"


def test_in_a_mixed_case_credit_a_short_word_in_capitals_is_an_initialism() -> None:
    assert person_case("Ingrid HALVORSEN BBC") == "Ingrid Halvorsen BBC"
    assert person_case("Ingrid HALVORSEN BBC", initialisms=False) == "Ingrid Halvorsen Bbc"


def test_a_script_caption_and_a_credit_write_one_name_alike() -> None:
    found = caption_speaker("SOUNDBITE (English) MARIE-CLAIRE O'NEILL, HARBOURMASTER:")
    assert found is not None and found[0] == "Marie-Claire O'Neill"
    assert writer_credit("By MARIE-CLAIRE O'NEILL") == ("Marie-Claire O'Neill", None)
