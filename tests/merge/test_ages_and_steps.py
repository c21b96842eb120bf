"""Figures that are no count of what the sentence reports: an age ('aged 31 to 47', 'a woman of 29'), and a step
('two more were detained') beside the running total it brought the count to ('bringing the number held to five').
Read as counts, the ages of people arrested and the step folded with the total (2 + 5) were listed as rival tallies
of arrests; a total told as a step's result is a state at a later time, so a rise to it is an update."""

from __future__ import annotations

from summarizer.extract.offline.numbers import find_quantities
from summarizer.merge.count_time import marks_time
from summarizer.merge.numbers import resolved
from summarizer.quantities import parse_quantities


def test_ages_are_no_counts() -> None:
    for sentence in ("Four anglers, aged 19 to 63, were rescued from the reef on Sunday.",
                     "Four anglers, aged 19, 40 and 63, were rescued from the reef on Sunday.",
                     "A woman of 71 and a man of 68 were taken to hospital after the fire."):
        assert all(q.value in (4.0,) for q in parse_quantities(sentence)), sentence
        assert all(q.value in (4.0,) for q in find_quantities(sentence)), sentence


def test_a_count_after_of_that_is_no_age_stays() -> None:
    assert [q.value for q in parse_quantities("A crew of 12 sailed the trawler home.")] == [12.0]


def test_a_step_beside_its_running_total_leaves_the_total() -> None:
    figures = parse_quantities("Wardens found three more stranded seals, bringing the number rescued this week to 41.")
    assert [(q.value, q.unit) for q in figures] == [(41.0, "seal")]
    assert [q.value for q in resolved(figures)] == [41.0]


def test_a_step_alone_is_no_total_and_other_totals_still_fold() -> None:
    assert resolved(parse_quantities("Two more anglers were rescued on Monday.")) == []
    assert resolved(parse_quantities("Another two anglers were rescued on Monday.")) == []
    assert [q.value for q in resolved(parse_quantities("The storm cut power to 9,000 other homes."))] == [9000.0]
    folded = resolved(parse_quantities("Three anglers were rescued and four other people were treated at the scene."))
    assert 7.0 in [q.value for q in folded]


def test_a_total_a_step_brought_the_count_to_marks_its_time() -> None:
    assert marks_time("Wardens found three more seals, bringing the number rescued to 41.", None, one_day=False)
    assert not marks_time("Wardens rescued 41 seals on the beach at Orrin.", None, one_day=False)
