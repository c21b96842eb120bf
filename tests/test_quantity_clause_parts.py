"""A bare figure opening its own clause after "and" is no count of what the clause before it says befell people
(invented sentences)."""

from __future__ import annotations

import pytest

from summarizer.quantities import parse_quantities


def _read(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(q.value, q.unit, q.predicate) for q in parse_quantities(text)]


@pytest.mark.parametrize("text", ["Nine climbers were hurt in the fall and two were kept in overnight.",
                                  "Twenty pupils were taken to hospital with burns and three remain there, the school said."])
def test_a_part_kept_in_its_own_clause_is_no_rival_toll(text: str) -> None:
    counts = _read(text)
    assert counts[0][2] == "injured"
    assert all(predicate is None for _, _, predicate in counts[1:])


def test_a_second_toll_with_its_own_verb_keeps_it() -> None:
    assert _read("Two people were killed and 14 were injured.") == [(2.0, "person", "killed"), (14.0, "person", "injured")]


def test_a_figure_with_its_own_noun_keeps_its_reading() -> None:
    assert _read("Two people were killed and 14 passengers were injured.")[1][2] == "injured"
