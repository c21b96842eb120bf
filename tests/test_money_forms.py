"""Amounts of money in the forms business copy writes them: a dollar sign with its country's letters ('US$3.4 billion',
'A$120 million') and 'US dollars' after the figure."""

from __future__ import annotations

from summarizer.quantities import parse_quantities


def _read(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in parse_quantities(text)]


def test_a_dollar_sign_with_its_countrys_letters() -> None:
    assert _read("The US$3.4 billion deal was signed in Brenvik.") == [(3.4e9, "USD")]
    assert _read("The miner raised A$120 million and HK$2bn.") == [(1.2e8, "AUD"), (2e9, "HKD")]
    assert _read("It paid US$ 15 million for the licence.") == [(1.5e7, "USD")]


def test_letters_that_are_part_of_a_word_are_no_currency() -> None:
    assert _read("The BUS$5 fare code stays.") == []


def test_us_dollars_after_the_figure() -> None:
    assert _read("It paid 3.4 billion US dollars for the port.") == [(3.4e9, "USD")]
    assert _read("They gave 12 of us a lift.") == [(12.0, None)]  # the pronoun stays a pronoun
