"""The year of a one-time past act of one thing (built, founded, painted, born), told apart by outlets, and near-misses.
Invented sentences."""

from __future__ import annotations

from datetime import date

from helpers import Doc, build

from summarizer.merge import merge

DAY = date(2031, 3, 5)


def _dates(*docs: Doc) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    return [(d.subject, [(p.value, p.sources) for p in d.positions])
            for d in merge(*build(*docs)).discrepancies if d.kind == "date"]


def test_a_building_year_told_two_ways_is_a_date_conflict() -> None:
    a = Doc("S1", published=DAY).say("The Kelby Lido, built in 1928, will close for repairs on Monday.")
    b = Doc("S2", published=DAY).say("Swimmers were told the Kelby Lido would shut next week for new pumps.").say(
        "The Kelby Lido, which was built in 1928, has not been repaired in decades.")
    c = Doc("S3", published=DAY).say("The Lido of Kelby, realised in 1926, will be closed from Monday.")
    assert _dates(a, b, c) == [("Date of: The Kelby Lido, built in 1928",
                                [("1926", ["S3"]), ("1928", ["S1", "S2"])])]


def test_a_founding_year_told_two_ways_opening_the_sentence_or_not() -> None:
    a = Doc("S1", published=DAY).say("Founded in 1958, the Orrin Rowing Club has trained four champions.")
    b = Doc("S2", published=DAY).say("The Orrin Rowing Club was established in 1956 by dock workers.")
    [(subject, positions)] = _dates(a, b)
    assert positions == [("1956", ["S2"]), ("1958", ["S1"])] and "Orrin Rowing Club" in subject


def test_a_birth_year_told_two_ways() -> None:
    a = Doc("S1", published=DAY).say("The climber Ines Vaark, born in 1961, reached the summit at dawn.")
    b = Doc("S2", published=DAY).say("Ines Vaark, who was born in 1963 in a fishing village, reached the summit.")
    assert [p for _, p in _dates(a, b)] == [[("1961", ["S1"]), ("1963", ["S2"])]]


def test_different_acts_different_things_and_agreeing_years_are_no_conflict() -> None:
    a = Doc("S1", published=DAY).say("The Kelby Lido, built in 1928, will close on Monday.").say(
        "The nearby Marsh Road library was built in 1931.")
    b = Doc("S2", published=DAY).say("The Kelby Lido was renovated in 1987 and will now close.").say(
        "The Kelby Lido, constructed in 1928, is listed.")
    c = Doc("S3", published=DAY).say("It was built in 1935, according to the council.")  # no thing named
    assert _dates(a, b, c) == []


def test_one_outlet_telling_two_years_of_coming_into_being_is_not_compared() -> None:
    """Founded in 1956, formally established in 1958: two steps, so a third outlet's 1958 is no conflict."""
    a = Doc("S1", published=DAY).say("The Orrin Rowing Club was founded in 1956 and formally established in 1958.")
    b = Doc("S2", published=DAY).say("The Orrin Rowing Club, founded in 1958, has four champions.")
    assert _dates(a, b) == []


def test_an_approximate_year_a_span_a_decade_or_a_plan_is_no_year_of_the_act() -> None:
    a = Doc("S1", published=DAY).say("The Kelby Lido, built in 1928, will close on Monday.")
    for other in ("The Kelby Lido, built in about 1926, will close.", "The Kelby Lido, built in 1926-28, will close.",
                  "The Kelby Lido, built in the 1920s, will close.", "The Kelby Lido, built in 1926 or 1927, will close.",
                  "A new Kelby Lido will be built in 2030 on the same site."):
        assert _dates(a, Doc("S2", published=DAY).say(other)) == [], other


def test_years_since_a_past_act_agree_with_the_act_year() -> None:
    """'more than sixty years since 1961' and 'not exhibited since 1961' give one year, and 'since' is no act."""
    a = Doc("S1", published=DAY).say("The Kelby map has not been shown in public since 1961.")
    b = Doc("S2", published=DAY).say("The Kelby map, unseen for more than sixty years, was last shown in 1961.")
    assert _dates(a, b) == []


def test_two_things_sharing_one_common_word_are_not_one_thing() -> None:
    """'The old bridge' and 'the new bridge': one shared lower-case word says too little."""
    a = Doc("S1", published=DAY).say("The old bridge, built in 1928, was closed on Monday.")
    b = Doc("S2", published=DAY).say("The new bridge, built in 2019, carries the traffic now.")
    assert _dates(a, b) == []


def test_two_things_one_place_name_or_a_contrasting_word_apart_are_not_one_thing() -> None:
    """'the Kelby library' and 'the Kelby Lido' share only their town; 'the old Kelby bridge' is not the new one."""
    a = Doc("S1", published=DAY).say("The Kelby library, built in 1931, was closed on Monday.")
    b = Doc("S2", published=DAY).say("The Kelby Lido, built in 1928, was closed on Monday.")
    assert _dates(a, b) == []
    c = Doc("S1", published=DAY).say("The old Kelby bridge, built in 1928, was closed on Monday.")
    d = Doc("S2", published=DAY).say("The new Kelby bridge, built in 2019, carries the traffic now.")
    assert _dates(c, d) == []


def test_a_surname_alone_names_the_person_the_full_name_does() -> None:
    a = Doc("S1", published=DAY).say("The painter Ines Vaark was born in 1861 in a fishing village.")
    b = Doc("S2", published=DAY).say("Vaark, born in 1862, painted the harbour twice.")
    assert [p for _, p in _dates(a, b)] == [[("1861", ["S1"]), ("1862", ["S2"])]]


def test_a_conflict_the_timeline_found_already_is_not_told_twice() -> None:
    """An extraction that dated the act as an event lets the timeline's buckets find the same conflict."""
    a = Doc("S1", published=DAY).event("1928", "The Kelby Lido, built in 1928, will close for repairs on Monday.")
    b = Doc("S2", published=DAY).event("1928", "The Kelby Lido, built in 1928, will close for repairs next week.")
    c = Doc("S3", published=DAY).event("1926", "The Kelby Lido, built in 1926, will close for repairs on Monday.")
    assert [p for _, p in _dates(a, b, c)] == [[("1926", ["S3"]), ("1928", ["S1", "S2"])]]


def test_an_owner_and_two_names_sharing_words_are_not_the_thing() -> None:
    """'Lund's son' was born, not Lund; 'Kelby Town Council' and 'Kelby Town Hall' share two words but are two bodies."""
    a = Doc("S1", published=DAY).say("Lund, born in 1961, led the climb.")
    b = Doc("S2", published=DAY).say("Lund's son, born in 1990, stayed at the camp.")
    assert _dates(a, b) == []
    c = Doc("S1", published=DAY).say("Kelby Town Council, formed in 1974, voted on Monday.")
    d = Doc("S2", published=DAY).say("Kelby Town Hall, built in 1899, hosted the vote.")
    assert _dates(c, d) == []
    # the owner's name written inside the other outlet's words still names the same work
    e = Doc("S1", published=DAY).say("Ingrid Vaark's Blue Quay, painted in 1889, sold on Monday.")
    f = Doc("S2", published=DAY).say('The painting "Blue Quay" of Ingrid Vaark, realised in 1887, has been sold.')
    assert [p for _, p in _dates(e, f)] == [[("1887", ["S2"]), ("1889", ["S1"])]]
