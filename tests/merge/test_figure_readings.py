"""An extracted figure takes this module's reading of the same figure, not of another with its value."""

from __future__ import annotations

from summarizer.extract.offline.numbers import find_quantities
from summarizer.merge.numbers import claim_quantities
from summarizer.schema import Claim


def _claim(text: str) -> Claim:
    return Claim(text=text, evidence=text, quantities=find_quantities(text))


def test_a_bound_stays_with_the_figure_it_qualifies_when_two_figures_share_a_value() -> None:
    text = "Nine climbers who were stuck for more than nine days on the Pell ridge were flown out on Friday."
    read = {(q.value, q.unit): q.bound for q in claim_quantities(_claim(text))}
    assert read == {(9.0, "climber"): None, (9.0, "day"): "min"}


def test_a_currency_in_another_word_is_that_currency() -> None:
    text = "The ferry ticket goes from $4.50 to six bucks next month."
    assert [(q.value, q.unit) for q in claim_quantities(_claim(text))] == [(4.5, "USD"), (6.0, "USD")]
