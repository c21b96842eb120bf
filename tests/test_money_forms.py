"""Amounts of money in the forms business copy writes them: a dollar sign with its country's letters ('US$3.4 billion',
'A$120 million'), 'US dollars' after the figure, and pence as a 'p' written onto the figure ('415p a share')."""

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


def test_pence_written_onto_the_figure() -> None:
    assert _read("The board accepted a cash offer of 415p a share.") == [(415.0, "penc")]
    assert _read("Bids of 340p in January and 380p in February were turned down.") == [(340.0, "penc"), (380.0, "penc")]
    assert _read("A dividend of 6.2p per share will be paid.") == [(6.2, "penc")]


def test_a_time_of_day_or_a_code_is_no_pence() -> None:
    assert _read("The vote closes at 4pm today.") == []
    assert _read("Roadworks close the A4p junction.") == []
