"""A time of day written in words ('twenty to three') is a time, not two counts (invented sentences)."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.dates.clock import clock_spans, times_of_day
from summarizer.merge import merge
from summarizer.merge._text import told_figures
from summarizer.merge.claims import actions


def test_a_clock_read_aloud_is_a_time_of_day_on_the_twelve_hour_dial() -> None:
    assert times_of_day("The pier gave way at about twenty to three on Sunday.") == {"2:40"}
    assert times_of_day("Crews arrived at a quarter past four and left by seven o'clock.") == {"4:15", "7:00"}
    assert times_of_day("The ferry sailed at half past twelve, as 02:40 was too late.") == {"0:30", "2:40"}
    text = "The pier gave way at about twenty to three on Sunday with 40 people on it."
    assert [text[a:b] for a, b in clock_spans(text)] == ["twenty to three"]
    assert told_figures(text) == {"#40"}  # the time's words are no counts
    # Number words that are no clock stay counts.
    assert times_of_day("Twenty people went to three shelters.") == frozenset()
    assert told_figures("Twenty people went to three shelters.") == {"#20", "#3"}


def test_that_a_thing_happened_is_no_act_of_its_own() -> None:
    assert actions("The pier collapse happened at about twenty to three.") == frozenset()
    assert actions("The pier collapse was reported at 02:40.") == {"report"}


def test_a_time_told_in_words_and_in_digits_is_one_fact() -> None:
    worded = "The pier collapse at Vell harbour happened at about twenty to three on Sunday morning."
    digits = "The pier collapse at Vell harbour was reported at about 02:40 on Sunday."
    briefing = merge(*build(Doc("S1").say(worded).say("Schools in Tormund closed early."),
                            Doc("S2").say(worded).say("A ferry line stopped for the night."),
                            Doc("S3").say(digits).say("The river gauge at Pell broke.")))
    assert [kp.sources for kp in briefing.key_points if "pier" in kp.text] == [["S1", "S2", "S3"]]


def test_a_digital_clock_read_aloud_is_a_time_after_a_word_that_places_a_moment() -> None:
    assert times_of_day("The barge cast off at eleven forty-two on Monday night.") == {"11:42"}
    assert times_of_day("Power came back by six oh five and the lifts by nine fifteen.") == {"6:05", "9:15"}
    text = "The barge cast off at eleven forty-two with 30 crates aboard."
    assert [text[a:b] for a, b in clock_spans(text)] == ["eleven forty-two"]
    assert told_figures(text) == {"#30"}
    # Near-misses: number words with no placing word, or ending in a compound, are counts.
    assert times_of_day("Eleven forty-two-year-olds were rescued.") == frozenset()
    assert times_of_day("The crew took six fifteen-minute breaks.") == frozenset()
