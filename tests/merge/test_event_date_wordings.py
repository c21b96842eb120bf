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


def test_a_start_dated_in_its_own_clause_is_not_the_reports_day() -> None:
    from helpers import Doc

    from summarizer.merge import merge
    from summarizer.schema import ExtractionRecord

    sunday = date(2031, 6, 15)
    text = "Crews were still damping down the Orsa sawmill on Sunday morning after a blaze that broke out late on Saturday, 14 June."
    events = extract_offline(Article(id="S1", uri="mem://S1", text=text, published=sunday)).events
    assert ("2031-06-14", "a blaze that broke out late on Saturday, 14 June") in [(e.date, e.text) for e in events]

    def briefing(*docs: Doc):  # type: ignore[no-untyped-def]
        articles = [d.article() for d in docs]
        return merge(articles, [ExtractionRecord(source=a.id, backend="offline", extraction=extract_offline(a)) for a in articles])

    a = Doc("S1", published=sunday).say(text)
    b = Doc("S2", published=sunday).say("The blaze at the Orsa sawmill broke out on Friday 13/6 in the night.")
    dates = [[(p.value, p.sources) for p in d.positions] for d in briefing(a, b).discrepancies if d.kind == "date"]
    # Saturday against Friday; the sentence's Sunday (firefighters still there) is no third date for the start.
    assert dates == [[("2031-06-13", ["S2"]), ("2031-06-14", ["S1"])]]
    c = Doc("S3", published=sunday).say("The blaze at the Orsa sawmill broke out late on Saturday.")
    assert [d for d in briefing(a, c).discrepancies if d.kind == "date"] == []
