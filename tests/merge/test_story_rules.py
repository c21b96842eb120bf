"""The general rules behind the story's conflicts, and the false positives they must not bring."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.schema import Briefing


def _numbers(briefing: Briefing) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value, p.sources) for p in d.positions] for d in briefing.discrepancies if d.kind == "number"]


def test_one_count_per_article_is_compared_however_worded() -> None:
    a = Doc("S1").say("About 1,200 workers took part in the walkout, which began in spring.")
    b = Doc("S2").say("Around 1,500 workers participated in the movement.")
    assert _numbers(merge(*build(a, b))) == [[("about 1,200 workers", ["S1"]), ("about 1,500 workers", ["S2"])]]


def test_lone_counts_far_apart_are_different_things() -> None:
    a = Doc("S1").say("Three ships left the harbour at dawn.")
    b = Doc("S2").say("Forty ships were anchored in the bay.")
    assert _numbers(merge(*build(a, b))) == []


def test_time_offsets_and_deadlines_are_not_durations() -> None:
    a = Doc("S1").say("The decision comes nearly four months after the company suspended the account.")
    b = Doc("S2").say("The board ordered a new review of the account suspension within six months.")
    assert _numbers(merge(*build(a, b))) == []


def test_hundreds_is_a_magnitude_not_a_count() -> None:
    a = Doc("S1").say("Militants barraged the south with hundreds of rockets.")
    b = Doc("S2").say("Militants fired more than 250 rockets toward the south.")
    assert _numbers(merge(*build(a, b))) == []


def test_two_voices_in_one_article_are_rival_figures() -> None:
    a = Doc("S1").say("The minister said the deal would cost 40 million velors.", attribution="the minister")
    b = Doc("S2").say("The deal will cost 55 million velors, budget documents show.", attribution="budget documents")
    b.say("The minister had put the cost of the deal at 40 million velors.", attribution="the minister")
    assert _numbers(merge(*build(a, b))) == [[("40 million velors", ["S1", "S2"]), ("55 million velors", ["S2"])]]


def test_denied_decision_is_an_account_conflict() -> None:
    a = Doc("S1").say("Minister Ana Reyes ordered troops to clear the square, two officials said.", hedged=True)
    b = Doc("S2").say("Reyes asked troops for options but did not order them to act, her office said.")
    (d,) = [d for d in merge(*build(a, b)).discrepancies if d.kind == "account"]
    assert [p.sources for p in d.positions] == [["S1"], ["S2"]]
    assert d.positions[0].value.startswith("ordered / approved")


def test_lone_quotes_of_one_speaker_with_shared_words_are_one_statement() -> None:
    a = Doc("S1").quote("We have reached a fair agreement that protects every family on the docks", "Ana Reyes")
    b = Doc("S2").quote("We arrived at a just accord which protects all the families of the port", "Ana Reyes")
    c = Doc("S3").quote("The budget will be balanced next year whatever happens", "Ana Reyes")
    quotes = merge(*build(a, b, c)).quotes
    assert sorted(q.sources for q in quotes) == [["S1", "S2"], ["S3"]]


def test_same_turn_of_the_same_thing_is_one_timeline_entry() -> None:
    a = Doc("S1").event("2025-03-03", "Dockworkers ended their nine-day strike on Monday.")
    b = Doc("S2").event("2025-03-03", "The strike of the dockers finished the Monday 03/03/2025.")
    c = Doc("S3").event("2025-03-04", "Talks began on Tuesday.")
    timeline = merge(*build(a, b, c)).timeline
    assert [(t.date, t.sources) for t in timeline] == [("2025-03-03", ["S1", "S2"]), ("2025-03-04", ["S3"])]


def test_headline_saying_ongoing_over_a_body_saying_ended_is_flagged() -> None:
    a = Doc("S1").say("The port is quiet again after dockworkers ended their strike on Monday.")
    articles, records = build(a)
    articles[0] = articles[0].model_copy(update={"title": "Port strike enters third week"})
    (warning,) = merge(articles, records).warnings
    assert (warning.source, warning.kind) == ("S1", "headline")
    assert warning.message.startswith("headline “Port strike enters third week”")
    # The contradicting sentence is cited as a span of the article's own text.
    assert warning.span is not None and articles[0].text[warning.span.start:warning.span.end] == warning.span.text
    assert "ended their strike" in warning.span.text
    articles[0] = articles[0].model_copy(update={"title": "Port strike ends after nine days"})
    assert merge(articles, records).warnings == []


def test_a_lone_quote_and_its_machine_translation_join_with_few_shared_words() -> None:
    # The translation shares one content word ("filter"): its sentence and its word-by-word rendering
    # join it, and an outlet that names nobody for the original does not stop that.
    a = Doc("S1").quote("We will not reopen the pool until every filter has been replaced", "Vera Loughlin")
    b = Doc("S2").quote("We will not reopen the pool until every filter has been replaced", None)
    c = Doc("S3").quote("We will not open again the bath while each filter is not changed", "Vera Loughlin")
    d = Doc("S4").quote("The pool will stay shut for the whole summer season", "Vera Loughlin")
    for doc in (a, c, d):
        doc.entity("Vera Loughlin")
    quotes = merge(*build(a, b, c, d)).quotes
    assert sorted(q.sources for q in quotes) == [["S1", "S2", "S3"], ["S4"]]


def test_a_lone_quote_saying_the_opposite_stays_apart_however_close_its_words() -> None:
    a = Doc("S1").quote("We will reopen the pool when every filter has been replaced", "Vera Loughlin")
    b = Doc("S2").quote("We will not open again the bath while each filter is not changed", "Vera Loughlin")
    for doc in (a, b):
        doc.entity("Vera Loughlin")
    quotes = merge(*build(a, b)).quotes
    assert sorted(q.sources for q in quotes) == [["S1"], ["S2"]]


def test_a_translation_joins_its_original_where_the_speaker_is_quoted_twice_in_each() -> None:
    # Both pairs sit below SAME_QUOTE and share few content words; each is the other's closest partner.
    a = Doc("S1").quote("We pulled every climber off the ridge before dark, and that is what counts", "Nils Aho")
    a.quote("Nobody on the team was hurt, and the gear is all accounted for", "Nils Aho")
    b = Doc("S2").quote("We have taken down all the climbers from the crest before the night, and only this counts",
                        "Nils Aho")
    b.quote("No one of the team was injured, and the equipment is completely found again", "Nils Aho")
    for doc in (a, b):
        doc.entity("Nils Aho")
    quotes = merge(*build(a, b)).quotes
    assert sorted(q.sources for q in quotes) == [["S1", "S2"], ["S1", "S2"]]
    climbers = next(q for q in quotes if "climber" in q.text)
    assert all("climber" in v.text for v in climbers.variants)
