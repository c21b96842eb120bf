"""The day a sentence's weekday names, when a clause after 'when' has a plural noun that reads like a
present-tense verb ('hit the rocks'): the main clause's past tense keeps the day behind the writing."""

from __future__ import annotations

from datetime import date

import pytest

from summarizer.extract.offline import extract_offline
from summarizer.schema import Article

WEDNESDAY = date(2028, 3, 8)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Three people perished when the ferry hit the rocks on Monday night.", "2028-03-06"),
        ("Two crew were hurt when the crane dropped its loads on Monday.", "2028-03-06"),
        # Near-misses: what is still to come keeps looking ahead.
        ("The ferry will sail again when the storm passes on Monday.", "2028-03-13"),
        ("The line remains closed until the crew replaces the rail on Tuesday.", "2028-03-14"),
    ],
)
def test_when_after_a_past_main_clause_tells_of_the_past(text: str, day: str) -> None:
    events = extract_offline(Article(id="S1", uri="mem://S1", text=text, published=WEDNESDAY)).events
    assert [e.date for e in events] == [day]
