"""Quantities: values attached to claims so the merger can compare sources."""

from __future__ import annotations

import pytest

from summarizer.extract.offline.numbers import find_quantities


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "approximate"),
    [
        ("The strike cost about $3.2 million a day.", 3_200_000.0, "USD", True),
        ("Wages rose by 12 percent.", 12.0, "%", False),
        ("Wages rose by 12% this year.", 12.0, "%", False),
        ("More than 1,200 workers joined the walkout.", 1200.0, "workers", True),
        ("Twelve cargo ships waited offshore.", 12.0, "ships", False),
        ("The deal costs €40m over two years.", 40_000_000.0, "EUR", False),
        ("The treasury will pay 40 million velors.", 40_000_000.0, "velors", False),
        ("Nearly 300 people were evacuated.", 300.0, "people", True),
    ],
)
def test_quantities(sentence: str, value: float, unit: str, approximate: bool) -> None:
    found = find_quantities(sentence)
    assert found, sentence
    first = found[0]
    assert first.value == pytest.approx(value)
    assert first.unit == unit
    assert first.approximate is approximate
    assert first.text in sentence


def test_years_dates_and_times_are_not_quantities() -> None:
    assert find_quantities("The port opened in 2019 on 22 February at 10:30.") == []


def test_two_modifiers_joined_by_and_leave_the_noun_they_modify_as_the_unit() -> None:
    from summarizer.extract.offline.numbers import find_quantities

    assert [(q.value, q.unit) for q in find_quantities("About 4,000 current and former dockers were owed pay.")] == [(4000.0, "dockers")]
    assert [(q.value, q.unit) for q in find_quantities("Some 1,200 dockers and their families marched.")] == [(1200.0, "dockers")]
