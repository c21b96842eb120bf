"""A key point names each of its sources once, however its outlets spelled or qualified them."""

from __future__ import annotations

from summarizer.merge._text import distinct_sources


def test_spellings_and_roles_of_one_source_are_one() -> None:
    assert distinct_sources(["Oskar Lindvall", "Oskár Lindvall"]) == ["Oskár Lindvall"]
    assert distinct_sources(["Oskar Lindvall", "Oskar Lindvall of the Brevik Harbour Board"]) == ["Oskar Lindvall"]
    assert distinct_sources(["the harbour master Oskar Lindvall", "Oskar Lindvall"]) == ["Oskar Lindvall"]
    assert distinct_sources(["officials", "harbour officials"]) == ["harbour officials"]
    assert distinct_sources(["the board", "Brevik Harbour Board"]) == ["Brevik Harbour Board"]


def test_different_sources_stay_apart() -> None:
    """Near-misses: two people of one surname, a double-barrelled name, a group beside a body."""
    assert distinct_sources(["Oskar Lindvall", "Greta Lindvall"]) == ["Greta Lindvall", "Oskar Lindvall"]
    assert distinct_sources(["Greta Lind", "Greta Lind-Hove"]) == ["Greta Lind", "Greta Lind-Hove"]
    assert distinct_sources(["officials", "the harbour board"]) == ["officials", "the harbour board"]
