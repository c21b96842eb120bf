"""The merger's number tokens come from the one number parser (invented sentences)."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.merge._text import anchors, content_tokens


def _numbers(text: str) -> set[str]:
    return {t for t in content_tokens(text) if t.startswith("#")}


def test_one_count_written_three_ways_is_one_token() -> None:
    written = ["Roughly 48,000 residents of Pell were told to boil their water.",
               "Around 48.000 inhabitants of Pell must boil the water of the tap.",
               "Some forty-eight thousand people in Pell were told to boil their water."]
    assert [_numbers(t) for t in written] == [{"#48000"}] * 3
    assert all("#48000" in anchors(t) for t in written)
    assert "#0" not in content_tokens(written[0])  # '48,000' is not '48' and '000'
    # The scale stays a word however the amount is written, and never counts as a name.
    assert "million" in content_tokens("Pell will pay $3.2 million.") and "million" not in anchors("Pell will pay $3.2 million.")


def test_a_count_spelled_out_joins_the_same_count_in_digits() -> None:
    # Shared wording 0.56 with the count read as one token, 0.34 without: one fact either way to a reader.
    a = Doc("S1").say("Roughly 48,000 residents of Pell were told on Monday to boil their tap water.")
    b = Doc("S2").say("Some forty-eight thousand people in Pell must boil the water from their taps, the utility said.")
    points = merge(*build(a, b)).key_points
    assert [p.sources for p in points if "Pell" in p.text] == [["S1", "S2"]]
