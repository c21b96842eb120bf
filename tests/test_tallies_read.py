"""A vote's or a result's tally is read as one figure, in digits or words; near-misses stay what they are
(invented sentences)."""

from __future__ import annotations

from summarizer.align.constraints import differs, signature
from summarizer.quantities import parse_quantities
from summarizer.tallies import read_tallies


def _shown(text: str) -> list[str]:
    return [t.shown for t in read_tallies(text)]


def test_a_tally_in_digits_and_in_words_is_one_figure() -> None:
    assert _shown("The tribunal upheld the quarry permit in a 5-4 ruling on Monday.") == ["5-4"]
    assert _shown("The tribunal ruled five to four to keep the quarry permit.") == ["5-4"]
    assert _shown("Councillors backed the plan by 31 votes to 17.") == ["31-17"]
    assert _shown("Ostrava Mills won 3\u20131 away on Sunday.") == ["3-1"]
    assert _shown("The tribunal upheld the quarry permit 5-4 on Monday.") == ["5-4"]
    assert _shown("The panel voted 4-7 against the merger.") == ["7-4"]  # the larger side first


def test_pairs_that_are_no_tally() -> None:
    assert _shown("The 2029-30 season opened, and the 24-turbine farm won an award.") == []  # a season, a compound
    assert _shown("The jury heard 10-12 hours of evidence before its verdict.") == []  # a range of hours
    assert _shown("The council voted to shrink the board from seven to five members.") == []  # a change
    assert _shown("The depot split 5-4 shifts between two sites.") == []  # a counted noun follows
    assert _shown("Ticket sales rose 6-3 times faster. The board later voted.") == []  # the vote is in another sentence
    assert _shown("The board approved 3-4 new wells.") == []  # a counted noun two words on
    assert _shown("The case goes to the tribunal's 6-3 conservative majority, which ruled last year.") == []  # a make-up
    assert _shown("The bill passed by a 6-3 majority in the committee.") == ["6-3"]


def test_a_tallys_numbers_are_no_counts() -> None:
    assert parse_quantities("The tribunal ruled by five votes to four.") == []
    assert [q.value for q in parse_quantities("The board voted 6-3 to hire 40 wardens.")] == [40.0]


def test_rival_tallies_differ_and_one_tally_in_digits_and_words_agrees() -> None:
    five_four = signature("The tribunal upheld the quarry permit in a 5-4 ruling.")
    assert differs(five_four, signature("The tribunal ruled six to three to uphold the quarry permit.")) == "number"
    assert differs(five_four, signature("The tribunal upheld the quarry permit by five votes to four.")) is None



def test_a_tally_set_off_by_commas_after_any_verb_of_deciding() -> None:
    # The verbs of deciding are an open class; the aside after a finished clause is what marks a tally.
    assert _shown("The harbour trust endorsed the dredging plan, 7-4, on Tuesday.") == ["7-4"]
    assert _shown("Councillors OK'd the ferry levy, 6\u20135, after a long night.") == ["6-5"]
    assert _shown("The assembly confirmed her as ombudsman, 52-48.") == ["52-48"]
    assert _shown("The guild signed off on the contract, nine to two, on Friday.") == ["9-2"]
    assert differs(signature("The harbour trust endorsed the dredging plan, 7-4, on Tuesday."),
                   signature("The harbour trust endorsed the dredging plan, 6-5, on Tuesday.")) == "number"


def test_an_aside_pair_after_a_day_or_with_no_act_is_no_tally() -> None:
    assert _shown("The ferry sailed on Friday, 9-10, in the fog.") == []  # a day of the month after the weekday
    assert _shown("Their twins, 4-7, played outside the hall.") == []  # no act before the aside
    assert _shown("The crew cleared the channel, 10-12 metres deep, by noon.") == []  # a measure follows


def test_a_tally_naming_its_sides_is_read() -> None:
    """'by 162 votes in favour, 141 against', '31 for and 12 against': the sides named after each count."""
    assert [(t.high, t.low) for t in read_tallies("The chamber passed the bill by 162 votes in favour, 141 against.")] \
        == [(162, 141)]
    assert [(t.high, t.low) for t in read_tallies("The council approved the plan with 31 for and 12 against.")] == [(31, 12)]
    assert read_tallies("Of 300 members, 214 were present for the debate.") == []
