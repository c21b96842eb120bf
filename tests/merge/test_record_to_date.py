"""'The largest catch to date' compares the thing with a record; it tells no running tally of the figure. Read as a
tally, a later report's rival figure ('1.2 tonnes … the biggest haul at the port to date' two days after '2.1
tonnes') became an update that 'fell', and the conflict was never listed."""

from __future__ import annotations

import pytest

from summarizer.merge.count_time import marks_time


@pytest.mark.parametrize("sentence", [
    "Inspectors found 40 kilos of ivory in the lorry on Friday, the largest find at the crossing to date.",
    "The storm felled 300 trees on Saturday, the worst damage in the valley so far this decade.",
    "Wardens counted 62 nests on the island, its most successful season ever.",
])
def test_a_record_compared_with_is_no_running_tally(sentence: str) -> None:
    assert not marks_time(sentence, None, one_day=False)


@pytest.mark.parametrize("sentence", [
    "Inspectors have found 40 kilos of ivory to date.",
    "The latest count so far is 62 nests.",
    "So far 300 trees have been felled, the worst damage in the valley.",
])
def test_a_running_tally_still_marks_its_time(sentence: str) -> None:
    assert marks_time(sentence, None, one_day=False)
