"""Date forms of translated and day/month copy: "the 14/3", "1. juni", "Wednesday (11)", deadlines.

Every article here is invented (the Lorant ferry, the port of Marenza, the Ostvale council).
"""

from __future__ import annotations

from datetime import date

import pytest

from summarizer.dates import article_day_first, find_dates
from summarizer.extract.offline import extract_offline
from summarizer.schema import Article
from summarizer.text import sentence_spans

FRIDAY = date(2026, 3, 13)


def _values(text: str, published: date | None, dayfirst: bool | None = None) -> list[str]:
    return [d.value for d in find_dates(text, published, dayfirst)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The ferry service resumes the 14/3, the operator said.", ["2026-03-14"]),  # 14 can only be a day
    ("The council has until the 27/3 to publish the accounts.", ["2026-03-27"]),  # a bound ahead, not last year
    ("The ferry ran again on Monday 16/3.", ["2026-03-16"]),  # the weekday fits only 16 March
    ("Talks are set for Monday 3/8.", ["2026-08-03"]),  # 3 August is a Monday, 8 March is not
])
def test_yearless_day_month_numbers_are_dates(sentence: str, expected: list[str]) -> None:
    assert _values(sentence, FRIDAY) == expected


def test_yearless_order_follows_the_article_then_nearness() -> None:
    # The article's own "20/2" says day first, so "4/3" is 4 March.
    assert _values("Talks failed on 20/2. They resumed on 4/3.", FRIDAY) == ["2026-02-20", "2026-03-04"]
    # A month-first article reads the same numbers the other way.
    assert _values("Talks failed on 2/20. They resumed on 4/3.", FRIDAY) == ["2026-02-20", "2025-04-03"]
    # Nothing says: the reading nearer the writing (12 March, not 3 December).
    assert _values("The port reopened on 12/3.", FRIDAY) == ["2026-03-12"]
    # An order given from outside (a locale) wins over nearness.
    assert _values("The port reopened on 12/3.", FRIDAY, dayfirst=False) == ["2025-12-03"]


@pytest.mark.parametrize("text", [
    "Sales were cut by 1/3 of the total.",
    "The hotline is open 24/7 for callers.",
    "Families of the 9/11 victims met the senator.",
    "Marenza won the match 3/1 at home.",
    "A 5/8 majority is needed.",
    "The value fell from 1.5/2 to 1.",
])
def test_fractions_scores_and_ratios_are_not_dates(text: str) -> None:
    assert _values(text, FRIDAY) == []


def test_yearless_numbers_need_a_reference_date() -> None:
    assert _values("The ferry service resumes the 14/3.", None) == []


@pytest.mark.parametrize(("language", "notes", "expected"), [
    ("pt", [], True),
    ("de", [], True),
    ("ja", [], False),  # CLDR: Japanese writes the month first ("M/d")
    ("en", [], None),  # British day first, American month first: English alone says nothing
    (None, [], None),
    ("en", ["(This article was automatically translated from Danish)"], True),
    ("en", ["[Machine translation of the original in Japanese]"], False),
    ("en", ["Published: 03/04/2026 08:10", "Translated from Japanese"], False),  # "03/04" settles nothing
])
def test_locale_hint_for_day_month_order(language: str | None, notes: list[str], expected: bool | None) -> None:
    assert article_day_first("The ferry stopped.", language, notes) is expected


def test_the_articles_own_dates_beat_its_locale() -> None:
    # "Published: 21/04/2026" (a line cleaning removed) settles it day first, whatever the note says.
    assert article_day_first("The ferry stopped.", "en", ["Published: 21/04/2026", "Translated from Japanese"])
    assert article_day_first("Talks failed on 4/21.", "de") is False


def test_a_translated_article_reads_its_yearless_dates_in_its_locale() -> None:
    text = ("The council of Ostvale approved the budget on Thursday. The new fares will start on 8/4, and the "
            "first ferry of the season sails on 1/5.")
    translated = Article(id="S1", uri="mem://s1", text=text, published=date(2026, 3, 13), language="en",
                         removed=["(Translated automatically from Norwegian)"])
    dates = [e.date for e in extract_offline(translated).events]
    assert dates == ["2026-03-12", "2026-04-08"]  # 8 April; "1/5" shares the second sentence
    plain = translated.model_copy(update={"removed": []})
    assert [e.date for e in extract_offline(plain).events] == ["2026-03-12", "2026-04-08"]  # nearer: 8 April too
    us = translated.model_copy(update={"removed": ["Translated from Japanese"]})
    assert [e.date for e in extract_offline(us).events] == ["2026-03-12", "2026-08-04"]


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("The agency ordered the recall on 1. juni, the paper wrote.", date(2026, 6, 3), "2026-06-01"),
    ("The strike began on 14. März 2025 in the port.", date(2026, 6, 3), "2025-03-14"),
    ("The agency acted on Monday the 1. June, that the firm must stop sales.", date(2026, 6, 3), "2026-06-01"),
])
def test_day_dot_month_forms(sentence: str, published: date, expected: str) -> None:
    assert _values(sentence, published) == [expected]


def test_a_day_dot_month_does_not_end_the_sentence() -> None:
    text = "The agency acted on Monday the 1. June, the paper wrote. The race had 12. May was warm."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The agency acted on Monday the 1. June, the paper wrote.", "The race had 12.", "May was warm."]
    events = extract_offline(Article(id="S1", uri="u", text=text[:56], published=date(2026, 6, 3))).events
    assert [(e.date, e.text) for e in events] == [("2026-06-01", text[:56])]


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # Ahead of the writing: next January, not the one eleven months back.
    ("Fares on the Lorant ferry rise from Jan. 1, the operator said.", date(2025, 12, 20), "2026-01-01"),
    ("New rules apply starting 1 January.", date(2025, 12, 20), "2026-01-01"),
    # A deadline is not put a year early.
    ("The council must publish the accounts by 27 March.", FRIDAY, "2026-03-27"),
    # ... but a stretch that ended is still in the past.
    ("The strike lasted until 3 March.", date(2026, 3, 5), "2026-03-03"),
    ("Prices have risen since Jan. 1.", date(2025, 12, 20), "2025-01-01"),
    # told neither ahead nor back: the nearer year, however far ahead within the year ('get their say' is present)
    ("Shareholders get their say at a meeting on 21 April.", date(2027, 3, 8), "2027-04-21"),
    ("The winter timetable on 24 November is the one in force.", date(2027, 11, 30), "2027-11-24"),
])
def test_words_that_look_ahead_pick_the_nearer_year(sentence: str, published: date, expected: str) -> None:
    assert _values(sentence, published) == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    # Tuesday 2 June 2026: "by Friday" is this Friday, a deadline.
    ("Pharmacies must clear the shelves by Friday.", "2026-06-05"),
    ("Shops have until Friday to return the packs.", "2026-06-05"),
    ("Pharmacies have been told to return the packs by Friday.", "2026-06-05"),
    ("The last packs had been returned by Friday.", "2026-05-29"),
    # A quotation's "will" does not move the speaking into the future.
    ('"We will not give up until the ferry sails," Lund said on Monday.', "2026-06-01"),
    ('Lund said on Monday: "We will sail again next week."', "2026-06-01"),
    # "Wednesday (20)": the weekday and its day of the month, as Portuguese copy gives them; the
    # weekday alone would be last Wednesday, the 27th.
    ("The petition was presented on Wednesday (20) by the mayor.", "2026-05-20"),
])
def test_weekday_deadlines_quotes_and_day_numbers(sentence: str, expected: str) -> None:
    assert _values(sentence, date(2026, 6, 2))[:1] == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    # Tuesday 2 June 2026: the Thursday nearer the writing, whichever side of it.
    ("Three days of mourning starting on Thursday were declared by the council.", "2026-06-04"),
    ("Fares rise from Friday, the operator said.", "2026-06-05"),
    ("The curfew, in force starting Sunday, was lifted.", "2026-05-31"),
])
def test_a_weekday_after_starting_or_from_is_the_nearer_one(sentence: str, expected: str) -> None:
    assert _values(sentence, date(2026, 6, 2))[:1] == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    # Tuesday 2 June 2026: a timetable verb in the simple present looks ahead, as "will resume" does.
    ("Ferry service resumes Monday.", "2026-06-08"),
    ("The plant reopens on Friday, the owners said.", "2026-06-05"),
    ("Crossings were halted and restart Thursday.", "2026-06-04"),
    ("The chairman leaves on Friday, the board said.", "2026-06-05"),
    ("She steps down on 30 June.", "2026-06-30"),
    ("The hearing has been postponed to 10 May, the court said.", "2027-05-10"),
    ("The vote was moved to Friday.", "2026-06-05"),
    # Not a timetable verb: a plural noun or an adjective before the weekday, and the past tense.
    ("Union members cast their ballots Monday.", "2026-06-01"),
    ("The shop stayed open Friday.", "2026-05-29"),
    ("Ferry service resumed Monday.", "2026-06-01"),
])
def test_a_scheduled_restart_in_the_present_tense_is_ahead(sentence: str, expected: str) -> None:
    assert _values(sentence, date(2026, 6, 2))[:1] == [expected]


def test_a_start_dated_in_a_clause_is_an_event_of_its_own() -> None:
    text = ("Dock workers voted on Thursday to accept the offer, ending a stoppage that began Monday, May 4. "
            "Talks resumed on Thursday, May 21, at a terminal idled since May 6. "
            "The crane fire started Tuesday and was out by Wednesday.")
    article = Article(id="S1", uri="mem://s1", text=text, published=date(2026, 5, 22))
    events = [(e.date, e.text) for e in extract_offline(article).events]
    assert ("2026-05-21", text.split(". ")[0] + ".") in events
    assert ("2026-05-04", "a stoppage that began Monday, May 4") in events
    assert ("2026-05-06", "at a terminal idled since May 6") in events
    # The sentence's own act starting: one event, on the start (as before), no second one.
    assert [d for d, t in events if t.startswith("The crane fire")] == ["2026-05-19"]


WINTER = date(2025, 12, 18)  # a December Thursday: a yearless date early in the year may be next year's


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The deadline is February 28 for the harbour levy.", ["2026-02-28"]),  # a deadline looks ahead
    ("The harbour levy takes effect in February.", ["2026-02"]),  # a timetable verb before a month
    ("Ferry talks resume in January, the union said.", ["2026-01"]),
    ("The night service opens on Jan. 9.", ["2026-01-09"]),
    # Near-misses: the same dates told in the past stay behind the writing.
    ("The deadline was February 28 for the harbour levy.", ["2025-02-28"]),
    ("The levy was passed in February.", ["2025-02"]),
])
def test_yearless_dates_ahead_in_december_are_next_year(sentence: str, expected: list[str]) -> None:
    assert _values(sentence, WINTER) == expected


def test_a_date_that_names_a_past_happening_dates_no_event() -> None:
    # 'the March 2 floods', 'the 20th anniversary of the Oct. 4, 2011 bombing', 'the Harbour Safety Act of 1952' name
    # what happened then; the sentence's act is dated by its own day, or not at all.
    text = ("The Ostvale council on Friday approved a fund for families of those hurt in the March 2 floods. "
            "The museum marked the 20th anniversary of the Oct. 4, 2011 bombing with a vigil. "
            "Councillors want to repeal the Harbour Safety Act of 1952. "
            "The harbour was closed on March 2 by the floods.")
    events = extract_offline(Article(id="S1", uri="mem://s1", text=text, published=FRIDAY)).events
    assert sorted((e.date, e.text[:20]) for e in events) == [("2026-03-02", "The harbour was clos"),
                                                              ("2026-03-13", "The Ostvale council ")]
