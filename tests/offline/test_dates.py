"""Dates: absolute forms, precision, relative expressions, day/month order, event dates."""

from __future__ import annotations

from datetime import date

import pytest

from summarizer.dates import day_first, find_dates
from summarizer.extract.offline import extract_offline
from summarizer.schema import check_partial_date
from tests.offline.articles import PUBLISHED, article, wire

PUB = date(2025, 3, 5)  # Wednesday


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("on 22 February 2025", "2025-02-22"),
        ("on February 22, 2025", "2025-02-22"),
        ("on Feb. 22, 2025", "2025-02-22"),
        ("on 2025-02-22", "2025-02-22"),
        ("on the 22nd of February 2025", "2025-02-22"),
        ("in February 2025", "2025-02"),
        ("in 2019", "2019"),
        ("on Monday", "2025-03-03"),
        ("last Friday", "2025-02-28"),
        ("next Monday", "2025-03-10"),
        ("yesterday", "2025-03-04"),
        ("last month", "2025-02"),
        ("earlier this year", "2025"),
        ("last year", "2024"),
        ("in January", "2025-01"),
    ],
)
def test_date_forms_resolve_against_publication(phrase: str, expected: str) -> None:
    found = find_dates(f"The strike began {phrase}, officials said.", PUB)
    assert [d.value for d in found] == [expected]


def test_relative_dates_are_dropped_without_a_publication_date() -> None:
    assert find_dates("The strike began on Monday, last month.", None) == []
    assert [d.value for d in find_dates("The strike began on 22 February 2025.", None)] == ["2025-02-22"]


def test_day_first_is_inferred_from_other_dates_in_the_article() -> None:
    text = "Talks failed on 22/02/2025. The union met again on 03/04/2025."
    assert day_first(text)
    assert [d.value for d in find_dates(text, None)] == ["2025-02-22", "2025-04-03"]
    us = "Talks failed on 02/22/2025. The union met again on 03/04/2025."
    assert not day_first(us)
    assert [d.value for d in find_dates(us, None)] == ["2025-02-22", "2025-03-04"]


def test_written_day_month_order_votes_for_day_first() -> None:
    text = "The walkout began on 22 February and ended on 3 March. Payment is due on 04/05/2025."
    assert [d.value for d in find_dates(text, PUB)][-1] == "2025-05-04"


def test_impossible_dates_are_never_produced() -> None:
    for text in ("Signed on 31/02/2025.", "Signed on February 30, 2025.", "Signed on 45/13/2025."):
        for mention in find_dates(text, PUB):
            check_partial_date(mention.value)
            date.fromisoformat(mention.value)


def test_events_get_the_event_date_not_the_publication_date() -> None:
    events = extract_offline(wire()).events
    by_date = {e.date: e for e in events}
    assert "2025-03-03" in by_date  # "ended a nine-day strike on Monday"
    assert "ended a nine-day strike" in by_date["2025-03-03"].evidence
    assert "2025-02-22" in by_date  # "began on 22 February 2025"
    assert "2025-02" in by_date  # "last month"
    assert PUBLISHED.isoformat() not in by_date  # nothing in the text happened on the publication day
    for event in events:
        assert event.span is not None and event.evidence == event.span.text


def test_month_and_year_precision_is_kept() -> None:
    events = extract_offline(article("The port was privatised in May 2019. It was rebuilt in 2021.", None)).events
    assert [e.date for e in events] == ["2019-05", "2021"]


def test_stated_date_beats_weekday_in_the_same_sentence() -> None:
    text = "The strike finished the Monday 03/03/2025. It had started the 21/02/2025."
    events = extract_offline(article(text, date(2025, 4, 10))).events
    assert [e.date for e in events] == ["2025-03-03", "2025-02-21"]


MONDAY = date(2019, 11, 18)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # past events: the latest such day on or before publication, never one after it
        ("The dockworker was detained in April over the March 21 call to the port office.", "2019-03-21"),
        ("Talks with the ferry union broke down on December 20.", "2018-12-20"),
        ("The strike ended on November 18, the union said.", "2019-11-18"),
        # events the sentence puts ahead: the first such day on or after publication
        ("Sentencing is scheduled for Feb. 14.", "2020-02-14"),
        ("The port board will meet again on November 10.", "2020-11-10"),
        ("The vote is set to take place on 2 March.", "2020-03-02"),
        ("A public meeting on the weir is set for Nov. 10.", "2020-11-10"),
        ("Payment is due to arrive by Dec. 3.", "2019-12-03"),
    ],
)
def test_day_month_without_year_is_past_unless_the_sentence_looks_ahead(sentence: str, expected: str) -> None:
    assert [d.value for d in find_dates(sentence, MONDAY) if len(d.value) == 10] == [expected]


def test_future_words_of_the_previous_sentence_do_not_move_a_past_date() -> None:
    text = "Sentencing is scheduled for Feb. 14. He was detained in April for the March 21 call to the office."
    assert [d.value for d in find_dates(text, MONDAY) if len(d.value) == 10] == ["2020-02-14", "2019-03-21"]
    listed = "The hearings are scheduled for Jan. 5 and Feb. 14."
    assert [d.value for d in find_dates(listed, MONDAY)] == ["2020-01-05", "2020-02-14"]


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("Pharmacies in Ostvale have until Friday, June 5, to return the packs.", date(2026, 6, 3), "2026-06-05"),
    ("Fares on the Lorant ferry rise from Friday, January 1.", date(2026, 12, 20), "2027-01-01"),
    ("The agency acted on Monday the 1. June, the paper wrote.", date(2026, 6, 2), "2026-06-01"),
])
def test_a_weekday_written_with_a_yearless_date_fixes_its_year(sentence: str, published: date, expected: str) -> None:
    (mention,) = find_dates(sentence, published)
    assert mention.value == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # After 'until', 'once' or 'when', a verb in the simple present is still to come.
        ("Crossings remain cancelled until the spare ferry Tern takes over on Monday.", "2025-03-10"),
        ("The bridge stays shut until the crane arrives on Friday.", "2025-03-07"),
        # Told in the past: the weekday is behind the writing.
        ("The bridge was shut until the crane arrived on Monday.", "2025-03-03"),
        ("It was quiet before the talks on Monday.", "2025-03-03"),
    ],
)
def test_a_weekday_in_a_present_tense_until_clause_looks_ahead(sentence: str, expected: str) -> None:
    assert [d.value for d in find_dates(sentence, PUB)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 'through' and 'till' bound a stretch ahead, as 'until' and 'by' do.
        ("The storm warning stays in force through Friday evening.", "2025-03-07"),
        ("Riders can switch tickets at no charge till Monday.", "2025-03-10"),
        ("Passengers may rebook free of charge through Tuesday, the airline said.", "2025-03-11"),
        # Told in the past: the stretch is behind the writing.
        ("The storm warning was in force through Monday.", "2025-03-03"),
    ],
)
def test_a_weekday_after_through_or_till_is_a_deadline_ahead(sentence: str, expected: str) -> None:
    assert [d.value for d in find_dates(sentence, PUB)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected", "said"),
    [
        ("The toll starts on the first of April.", "2025-04-01", "the first of April"),
        ("The ban applies from the twenty-first of March 2026, she said.", "2026-03-21", "the twenty-first of March 2026"),
        ("The hearing was held on the third of February.", "2025-02-03", "the third of February"),
        ("Polls will open on April the second.", "2025-04-02", "April the second"),
        ("The rule lapsed on February twenty-eighth, 2025, officials said.", "2025-02-28", "February twenty-eighth, 2025"),
    ],
)
def test_a_day_written_as_an_ordinal_word_is_a_date(sentence: str, expected: str, said: str) -> None:
    found = find_dates(sentence, PUB)
    assert [(d.value, sentence[d.start : d.end]) for d in found] == [(expected, said)]


@pytest.mark.parametrize("sentence", ["It was the first of many attempts.", "The second of the two votes failed.",
                                      "In March second-round ballots were counted again."])
def test_an_ordinal_word_without_a_month_beside_it_is_no_date(sentence: str) -> None:
    assert all(len(d.value) < 10 for d in find_dates(sentence, PUB))
