"""Reports of one event on one day join into one timeline entry even when one of them carries a clause of
reasons with a 'not', figures of other things, or names the actor in other words (invented articles read by
the offline extractor); rival counts of one thing still stay apart."""

from __future__ import annotations

from datetime import date

from helpers import Doc

from summarizer.align import signature
from summarizer.extract.offline import extract_offline
from summarizer.merge import merge
from summarizer.merge.same_event import apart
from summarizer.schema import Briefing, ExtractionRecord


def _brief(*docs: Doc) -> Briefing:
    articles = [d.article() for d in docs]
    return merge(articles, [ExtractionRecord(source=a.id, backend="offline", extraction=extract_offline(a)) for a in articles])


def _on(briefing: Briefing, day: str) -> list[list[str]]:
    return sorted(e.sources for e in briefing.timeline if e.date == day)


# 7 May 2032 is a Friday.
def test_a_reason_clause_with_a_not_is_no_second_account_of_the_act() -> None:
    briefing = _brief(
        Doc("S1", published=date(2032, 5, 7)).say(
            "VELDEN, May 7 (Rook) - The Velden Administrative Tribunal on Friday revoked the licence for a 40-hectare quarry "
            "at Harrow Hill, ruling that the county had not properly assessed the dust risk to nesting birds."),
        Doc("S2", published=date(2032, 5, 8)).say(
            "The Velden Administrative Tribunal on Friday revoked the licence for Stonemark's 40-hectare quarry at "
            "Harrow Hill over an out-of-date bird survey."),
    )
    assert _on(briefing, "2032-05-07") == [["S1", "S2"]]


def test_the_actor_named_in_other_words_is_one_actor() -> None:
    # 'the city council of Port Velden' (a translation) and 'the City Council' name one council.
    briefing = _brief(
        Doc("S1", published=date(2032, 5, 8)).say(
            "The city council of Port Velden approved on Friday 7/5 a grant of 4 million dollars for the harbour."),
        Doc("S2", published=date(2032, 5, 7)).say(
            "The City Council on Friday approved a $4 million grant to the harbour trust, Councilmember Ada Voss confirmed."),
    )
    assert _on(briefing, "2032-05-07") == [["S1", "S2"]]


def test_figures_of_other_things_and_spans_of_time_do_not_part_two_reports() -> None:
    closed = signature("The museum, which opened in 1911 to show the Harrow collection, said it would stay closed for at least two weeks.")
    assert not apart(closed, signature("The museum opened in 1911 and is one of the county's busiest, with about 90,000 visitors a year."))
    assert apart(closed, signature("The museum said it would stay closed for at least five weeks."))  # one span, two lengths
    # Two counts of one thing stay apart, whatever noun each outlet counts it with.
    assert apart(signature("Eleven patients at the Velden clinic have been confirmed with the infection."),
                 signature("The Velden clinic confirmed a total of 18 cases of the infection."))


def test_a_common_word_opening_the_sentence_names_no_actor() -> None:
    from summarizer.merge.event_reading import actor

    assert actor("Yet the Harbour Board agreed on Thursday to reopen the quay.") == actor("The Harbour Board agreed on Thursday.")
    assert actor("Nearly two hundred passengers were marched down the hill.") == frozenset()


# 4 March 2032 is a Thursday.
def test_reports_worded_far_apart_are_one_event_when_an_anchor_joins_them() -> None:
    briefing = _brief(
        Doc("S1", published=date(2032, 3, 4)).say(
            "The collapse was reported at about 03:50 on Thursday in a storage hall of the Velden grain depot."),
        Doc("S2", published=date(2032, 3, 4)).say(
            "Let's be honest: the roof of that grain depot's storage hall came down at around ten to four on Thursday "
            "and nobody had checked it."),
        Doc("S3", published=date(2032, 3, 5)).say("CITY MONEY: council OK'd $4M for the depot on Thursday (March 4)."),
        Doc("S4", published=date(2032, 3, 4)).say(
            "The Velden city council approved on Thursday 4/3 a repair fund of 4 million dollars for the depot."),
    )
    entries = _on(briefing, "2032-03-04")
    assert ["S1", "S2"] in entries and ["S3", "S4"] in entries


def test_a_small_shared_figure_or_a_rival_act_anchors_nothing() -> None:
    briefing = _brief(
        Doc("S1", published=date(2032, 3, 4)).say(
            "A night porter discovered the break-in at the Velden depot on Thursday, where two doors had been forced."),
        Doc("S2", published=date(2032, 3, 4)).say(
            "Nine sacks are missing from the depot after a count on Thursday afternoon, two more than first said."),
        Doc("S3", published=date(2032, 3, 4)).say(
            "The Velden city council approved on Thursday a repair fund of 4 million dollars for the depot."),
        Doc("S4", published=date(2032, 3, 5)).say("They \"discussed\" it on Thursday and pushed back the vote on the $4 million to April."),
    )
    entries = _on(briefing, "2032-03-04")
    assert ["S1", "S2"] not in entries and ["S3", "S4"] not in entries


# 1 March 2032 is a Monday.
def test_one_turn_of_one_day_told_in_other_words_is_one_entry() -> None:
    briefing = _brief(
        Doc("S1", published=date(2032, 3, 4)).say(
            "Crews at the Velden tram depot ended the stoppage that began March 1 after the city raised their pay."),
        Doc("S2", published=date(2032, 3, 4)).say("The Velden tram drivers called off a walkout that began Monday, March 1, on Thursday."),
        Doc("S3", published=date(2032, 3, 4)).say("The tram drivers return to work on Monday, 8/3."),
        Doc("S4", published=date(2032, 3, 4)).say("Work resumes Monday."),
    )
    assert _on(briefing, "2032-03-01") == [["S1", "S2"]]
    assert _on(briefing, "2032-03-08") == [["S3", "S4"]]


def test_two_things_starting_on_one_day_stay_two_entries() -> None:
    briefing = _brief(
        Doc("S1", published=date(2032, 3, 4)).say("The Velden tram drivers' strike began on Monday, March 1."),
        Doc("S2", published=date(2032, 3, 4)).say("Pay talks between the mayor and the union began on Monday at the town hall."),
    )
    assert _on(briefing, "2032-03-01") == [["S1"], ["S2"]]


def test_an_entry_is_worded_by_a_report_that_names_who_or_what() -> None:
    # The most shared wording opens on 'They': the entry takes the next that names the notice's owner.
    briefing = _brief(
        Doc("S1", published=date(2032, 3, 4)).say("They say the boil-water notice for Velden will be reviewed on Friday."),
        Doc("S2", published=date(2032, 3, 4)).say("They say the boil-water notice for Velden will be reviewed on Friday, March 5."),
        Doc("S3", published=date(2032, 3, 4)).say("The boil-water notice will be reviewed on Friday, Velden Water said."),
    )
    (entry,) = [e for e in briefing.timeline if e.date == "2032-03-05"]
    assert len(entry.sources) >= 2 and entry.text.startswith("The boil-water notice")
