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


def test_a_number_written_onto_its_noun_is_the_count_of_that_noun() -> None:
    # 'a 36-inch pipe' and 'a thirty-six-inch pipe' state 36 (inches) as '36 inches' does; '1,200-tonne' is 1,200.
    for text in ["A 36-inch gas pipe split under Mill Lane.", "A thirty-six-inch gas pipe split under Mill Lane.",
                 "The gas pipe under Mill Lane, 36 inches wide, split."]:
        assert _numbers(text) == {"#36"} and "inch" in content_tokens(text)
    assert _numbers("The 1,200-tonne barge sank.") == _numbers("The twelve-hundred-tonne barge sank.") == {"#1200"}
    assert "#36" in anchors("A 36-inch gas pipe split.")
    # Near-misses: ordinals, fractions, idioms and codes hyphened onto a word are no counts.
    for text in ["The twenty-first run was cancelled.", "Two-thirds of the crew left.", "It was a one-off payment.",
                 "Covid-19 wards stayed open.", "The F-35 landed."]:
        assert not {"#21", "#20", "#2", "#1", "#19", "#35"} & _numbers(text), text


def test_one_span_of_time_in_two_units_is_one_figure() -> None:
    written = ["Dovan was suspended for three years.", "Dovan was suspended for 36 months.",
               "Dovan got a three-year suspension."]
    assert [_numbers(t) for t in written] == [{"#3"}] * 3
    assert all("year" in content_tokens(t) for t in written)
    assert _numbers("The works will take 18 months.") == {"#18"}  # not a whole number of years: left in months
    assert _numbers("The talks lasted 14 days.") == _numbers("The talks lasted two weeks.") == {"#2"}


def test_one_time_of_day_in_two_clocks_is_one_token() -> None:
    written = ["The bridge closed at 15.10 on Friday.", "The bridge closed at ten past three on Friday.",
               "The bridge closed at 3.10 p.m. on Friday."]
    assert all("@3:10" in content_tokens(t) for t in written)
    assert all(not _numbers(t) for t in written)  # its digits and number words are no counts
    assert "@3:10" not in content_tokens("The bridge is 3.10 metres wide.")  # a measure, not a time


def test_a_figure_written_two_ways_joins_two_reports() -> None:
    # Before the compound and span-of-time readings these stayed two points each (the figure read in neither form).
    for a, b in [("A 36-inch gas pipe split under Mill Lane on Friday.", "A thirty-six-inch main gave way beneath Mill Lane on Friday."),
                 ("Dovan was suspended for three years by the league.", "The league banned Dovan for 36 months.")]:
        points = merge(*build(Doc("S1").say(a), Doc("S2").say(b))).key_points
        assert [p.sources for p in points] == [["S1", "S2"]], (a, b)
