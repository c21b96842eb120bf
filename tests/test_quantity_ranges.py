"""A range's ends are two figures of one kind, its scale and unit often written once, after the upper end."""

from __future__ import annotations

from summarizer.quantities import parse_quantities


def _read(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in parse_quantities(text)]


def test_a_bare_lower_end_takes_the_upper_ends_scale_and_unit() -> None:
    assert _read("The repairs will cost between 6 and 8 million pounds.") == [(6e6, "GBP"), (8e6, "GBP")]
    assert _read("The repairs will cost 3 to 4 billion dollars.") == [(3e9, "USD"), (4e9, "USD")]
    assert _read("Between 7.5 and 9 million people watched the final.") == [(7.5e6, "person"), (9e6, "person")]


def test_a_dashed_range_is_two_figures_not_a_code() -> None:
    assert _read("The refit was priced at 6-8 million euros.") == [(6e6, "EUR"), (8e6, "EUR")]
    assert _read("The refit was priced at £6m-£8m.") == [(6e6, "GBP"), (8e6, "GBP")]


def test_near_misses_stay_as_they_were() -> None:
    assert _read("Between 40 and 50 people were hurt.") == [(40.0, "person"), (50.0, "person")]  # no scale to share
    assert _read("Call 555-1234 for tickets.") == []  # a phone number is no range of amounts
    assert _read("He scored 8 and the club earned 9 million euros.") == [(8.0, None), (9e6, "EUR")]  # no range joins them
