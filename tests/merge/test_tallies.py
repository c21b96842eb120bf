"""A tally in digits ('voted 7-4') states the numbers its words do ('seven to four') (invented sentences)."""

from __future__ import annotations

from summarizer.merge._text import content_tokens, told_figures


def test_a_tally_in_digits_states_both_numbers() -> None:
    assert told_figures("The harbour board voted 6-3 on Monday to close the quay.") == {"#6", "#3"}
    assert told_figures("The harbour board voted six to three on Monday to close the quay.") == {"#6", "#3"}
    assert {"#2", "#1"} <= content_tokens("Vell Rovers won 2–1 at home.")
    # Only digits on both sides of the dash: 'the 2020-21 season' is left as it was, and 'a 24-turbine farm' is
    # a count of turbines written onto its noun (the compound rule), no tally.
    tokens = content_tokens("The 24-turbine farm opened in the 2020-21 season.")
    assert not {"#2020", "#21"} & tokens and {"#24", "turbin"} <= tokens
