"""One vote's tally told differently by independent outlets is a discrepancy; the same tally in digits and
words is agreement, and two votes of two bodies are no conflict (invented stories)."""

from __future__ import annotations

from datetime import date

from helpers import Doc, build

from summarizer.merge import merge

DAY = date(2032, 2, 10)


def _tallies(*docs: Doc) -> list[list[tuple[str, list[str]]]]:
    briefing = merge(*build(*docs))
    assert not [u for u in briefing.updates if any("-" in v.value for v in u.values)]
    return [[(p.value, p.sources) for p in d.positions] for d in briefing.discrepancies if d.subject == "vote tally"]


def test_rival_tallies_of_one_ruling_are_listed() -> None:
    a = Doc("S1", published=DAY).say("The tribunal upheld the Varnes quarry permit on Monday in a 5-4 ruling.")
    b = Doc("S2", published=DAY).say("The tribunal ruled six to three on Monday to keep the Varnes quarry permit.")
    c = Doc("S3", published=DAY).say("The Varnes quarry permit was upheld by the tribunal by five votes to four.")
    assert _tallies(a, b, c) == [[("5-4", ["S1", "S3"]), ("6-3", ["S2"])]]


def test_one_tally_in_digits_and_in_words_is_no_conflict() -> None:
    a = Doc("S1", published=DAY).say("The tribunal upheld the Varnes quarry permit on Monday in a 5-4 ruling.")
    c = Doc("S2", published=DAY).say("The Varnes quarry permit was upheld by the tribunal by five votes to four.")
    assert _tallies(a, c) == []


def test_two_bodies_votes_are_no_conflict() -> None:
    a = Doc("S1", published=DAY).say("The planning committee backed the Lindhaven ferry terminal 7-2 on Tuesday.")
    b = Doc("S2", published=DAY).say("The full city council approved the budget for street lighting by 38 votes to 11.")
    assert _tallies(a, b) == []


def test_a_courts_make_up_and_two_cases_tallies_are_no_conflict() -> None:
    a = Doc("S1", published=DAY).say("The tribunal, with its 6-3 conservative majority, heard the Varnes quarry case.")
    b = Doc("S2", published=DAY).say("The tribunal upheld the Varnes quarry permit on Monday in a 5-4 ruling.")
    assert _tallies(a, b) == []  # how the bench is made up is no tally of the ruling
    c = Doc("S3", published=DAY).say("The tribunal upheld the Varnes quarry permit 5-4 on Monday.").say(
        "The tribunal also upheld the Varnes quarry levy 7-2 on Monday.")
    d = Doc("S4", published=DAY).say("On Monday the tribunal upheld the Varnes quarry levy 7-2.")
    e = Doc("S5", published=DAY).say("The tribunal upheld the Varnes quarry permit by five votes to four on Monday.")
    assert _tallies(c, d, e) == []  # S3 tells of two rulings, S4 and S5 of one each


def test_a_chambers_tally_with_one_side_misreported_in_words_is_listed() -> None:
    """One side's count of a large body is the same, the other differs: one vote misreported, however far apart the
    wordings (numbers in words against digits)."""
    a = Doc("S1", published=DAY).say("Deputies approved the Lindhaven rail bill by 162 votes to 141 in the final reading.")
    b = Doc("S2", published=DAY).say("The rail bill passed by one hundred and sixty-two votes to one hundred and fourteen.")
    c = Doc("S3", published=DAY).say("The chamber adopted the Lindhaven rail bill with 162 votes in favour, 141 against.")
    assert _tallies(a, b, c) == [[("162-141", ["S1", "S3"]), ("162-114", ["S2"])]]


def test_two_small_bodies_sharing_a_side_are_no_conflict() -> None:
    """A committee's 7-2 and a board's 7-4 share a side by chance: small counts are no sign of one vote."""
    a = Doc("S1", published=DAY).say("The planning committee backed the Lindhaven ferry terminal 7-2 on Tuesday.")
    b = Doc("S2", published=DAY).say("The harbour board approved the budget for street lighting 7-4 on Tuesday.")
    assert _tallies(a, b) == []
