"""The clause a weekday closes decides its tense: a past report after a future main clause is past."""

from __future__ import annotations

from datetime import date

from summarizer.dates import find_dates

WEDNESDAY = date(2027, 3, 10)


def _values(text: str) -> list[str]:
    return [m.value for m in find_dates(text, WEDNESDAY)]


def test_a_report_told_in_the_past_after_a_future_clause_is_past() -> None:
    assert _values("The museum will stay closed until Friday, police said on Tuesday.") == ["2027-03-12", "2027-03-09"]
    assert _values("The mayor, who plans to back the vote, said on Tuesday she would wait.") == ["2027-03-09"]


def test_a_future_clause_still_looks_ahead() -> None:
    assert _values("The ferry will sail again on Tuesday.") == ["2027-03-16"]
    assert _values("The mayor said the bridge will reopen on Tuesday.") == ["2027-03-16"]
