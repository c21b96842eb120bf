"""One home for scale words, and a one-letter scale read as news writes it: "$5m", "£2 bn", "3m people" and "10k
followers" are scaled, "a 5 m wave", "a 40m beam" and "10 km" measure length. Both readers (the offline extractor's
and the merger's quantity reader) had their own scale lists, and the merger's read "5 m high" as five million."""

from __future__ import annotations

import pytest

from summarizer.extract.offline.numbers import find_quantities
from summarizer.quantities import parse_quantities


@pytest.mark.parametrize(("sentence", "value", "offline_unit"), [
    ("The wave that hit Skarnes was 5 m high.", 5.0, "m"),
    ("The ferry stopped 10 km from the quay.", 10.0, "km"),
    ("The port authority raised $5m last year.", 5e6, "USD"),
    ("The harbour board borrowed £2 bn from the bank.", 2e9, "GBP"),
    ("Some 3m people use the ferry each year.", 3e6, "people"),
    ("The Skarnes ferry account has 10k followers.", 1e4, "followers"),
    ("The deal is worth 12 crore rupees.", 1.2e8, "INR"),
])
def test_both_readers_scale_a_figure_alike(sentence: str, value: float, offline_unit: str) -> None:
    assert [q.value for q in parse_quantities(sentence)] == [value]
    offline = find_quantities(sentence)
    assert [(q.value, q.unit) for q in offline] == [(value, offline_unit)]


def test_a_letter_written_onto_a_figure_before_a_singular_noun_is_no_scale() -> None:
    assert all(q.value < 1000 for q in parse_quantities("The crane lifted a 40m beam onto the quay on Monday."))
    assert all(q.value < 1000 for q in find_quantities("The crane lifted a 40m beam onto the quay on Monday."))


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    # A currency's code before the figure, as wires and trade papers write amounts.
    ("The harbour board sold the dredger for EUR 12m on Friday.", 1.2e7, "EUR"),
    ("Fenwick Rail was fined USD 3.5 million by the regulator.", 3.5e6, "USD"),
    ("The club owes GBP 410,000 in unpaid wages.", 4.1e5, "GBP"),
    # A translation's plural scale before "of" ("12 millions d'euros"): the same scale.
    ("The dredger was sold for 12 millions of euros.", 1.2e7, "EUR"),
])
def test_both_readers_read_a_currency_code_and_a_plural_scale(sentence: str, value: float, unit: str) -> None:
    assert [(q.value, q.unit) for q in parse_quantities(sentence)] == [(value, unit)]
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == [(value, unit)]


def test_capitals_that_are_no_currency_code_and_millions_without_a_figure_stay_as_they_were() -> None:
    assert [q.value for q in parse_quantities("The EUROTUNNEL 2 service leaves at noon.")] == [2.0]
    assert parse_quantities("Millions of people watched the final.") == []
