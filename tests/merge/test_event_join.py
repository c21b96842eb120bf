"""Joining key points that state one dated event, and an overview and headline that tell it once."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.schema import Briefing, KeyPoint, Quantity, Span, TimelineEntry
from summarizer.synthesize import headline_and_overview, headline_clause, synthesize


def _point(briefing: Briefing, word: str) -> KeyPoint:
    (point,) = [kp for kp in briefing.key_points if word in kp.text]
    return point


NINE = [Quantity(value=9, unit="days", text="nine-day")]
TEN = [Quantity(value=10, unit="days", text="ten days")]


def _said(doc: Doc, when: str, sentence: str, **kw: object) -> Doc:
    return doc.say(sentence, **kw).event(when, sentence)  # type: ignore[arg-type]


def test_rewordings_of_one_dated_event_are_one_point_with_every_wording() -> None:
    a = _said(
        Doc("S1"), "2025-03-03", "Miners at Kessel ended a nine-day strike on Monday after the owners agreed to a raise.", quantities=NINE
    )
    b = _said(
        Doc("S2"), "2025-03-03", "The strike of the Kessel miners finished the Monday 03/03/2025 after ten days of stop.", quantities=TEN
    )
    c = _said(Doc("S3"), "2025-03-03", "Kessel is calm again after the miners ended their strike on Monday, 3 March 2025.")
    briefing = merge(*build(a, b, c))
    (point,) = [kp for kp in briefing.key_points if "Kessel" in kp.text]
    assert point.sources == ["S1", "S2", "S3"] and point.independent_sources == 3
    assert [s.source for s in point.evidence] == ["S1", "S2", "S3"]
    # S1 and S2 disagree on the length: the point is worded by the source that states neither
    assert point.text.startswith("Kessel is calm again")
    (days,) = [d for d in briefing.discrepancies if d.kind == "number"]
    assert sorted(p.value for p in days.positions) == ["10 days", "9 days"]


def test_every_wording_contested_stays_apart() -> None:
    a = _said(Doc("S1"), "2025-03-03", "Miners at Kessel ended a nine-day strike on Monday.", quantities=NINE)
    b = _said(Doc("S2"), "2025-03-03", "The strike of the Kessel miners finished on Monday after ten days.", quantities=TEN)
    briefing = synthesize(merge(*build(a, b)))
    assert [kp.sources for kp in briefing.key_points] == [["S1"], ["S2"]]
    assert len(briefing.timeline) == 1  # the timeline still holds one event
    # ...and the overview tells it once
    assert len(briefing.overview.split(" [")) == 2


def test_rival_decisions_on_one_day_are_not_joined() -> None:
    a = _said(Doc("S1"), "2025-03-01", "Minister Ana Reyes ordered the reopening of the docks of Orlo on Saturday, two officials said.")
    b = _said(Doc("S2"), "2025-03-01", "On Saturday, the minister asked for options to reopen the docks, her office said.")
    briefing = merge(*build(a, b))
    assert len(briefing.timeline) == 1
    assert sorted(kp.sources for kp in briefing.key_points) == [["S1"], ["S2"]]


def test_year_only_mentions_do_not_join() -> None:
    a = _said(Doc("S1"), "2025", "The Kessel strike ended this year with a raise of wages for miners.")
    b = _said(Doc("S2"), "2025", "This year the walkout at Kessel was over, and the owners paid bonuses.")
    briefing = merge(*build(a, b))
    assert sorted(kp.sources for kp in briefing.key_points) == [["S1"], ["S2"]]


def test_sentence_stating_two_events_links_neither() -> None:
    a = Doc("S1").say("Kessel miners ended their strike on Monday and will return to work on Wednesday.")
    a.event("2025-03-03", a.text).event("2025-03-05", a.text)
    b = _said(Doc("S2"), "2025-03-03", "The strike of the Kessel miners finished the Monday 03/03/2025.")
    c = _said(Doc("S3"), "2025-03-05", "The workers of Kessel return to the mine the Wednesday 05/03/2025.")
    briefing = merge(*build(a, b, c))
    # Three points, no join; S1's sentence does say the miners return on Wednesday, so it supports S3's
    # point (merge.corroborate: an outlet stating a point inside a longer sentence), which stays its own.
    assert sorted(kp.sources for kp in briefing.key_points) == [["S1"], ["S1", "S3"], ["S2"]]


def test_joined_point_is_hedged_only_if_every_source_hedges() -> None:
    a = _said(
        Doc("S1"),
        "2025-03-03",
        "Miners at Kessel reportedly ended their strike on Monday, officials said.",
        hedged=True,
        attribution="officials",
    )
    b = _said(Doc("S2"), "2025-03-03", "The strike of the Kessel miners finished the Monday 03/03/2025.")
    point = merge(*build(a, b)).key_points[0]
    assert point.sources == ["S1", "S2"]
    assert not point.hedged and point.attribution == ["officials"]
    a2 = _said(Doc("S2"), "2025-03-03", "The strike of the Kessel miners finished the Monday 03/03/2025, unions claimed.", hedged=True)
    assert merge(*build(a, a2)).key_points[0].hedged


def test_overview_skips_points_about_an_event_already_told() -> None:
    def span(source: str, text: str) -> Span:
        return Span(source=source, start=0, end=len(text), text=text)

    one, two, other = "Miners ended the strike.", "The strike finished Monday.", "The owners raised wages by 5 percent."
    briefing = Briefing(
        key_points=[
            KeyPoint(text=one, sources=["S1"], evidence=[span("S1", one)], score=3.0),
            KeyPoint(text=two, sources=["S2"], evidence=[span("S2", two)], score=2.0),
            KeyPoint(text=other, sources=["S3"], evidence=[span("S3", other)], score=1.0),
        ],
        timeline=[TimelineEntry(date="2025-03-03", text=one, sources=["S1", "S2"], evidence=[span("S1", one), span("S2", two)])],
    )
    _, overview = headline_and_overview(briefing)
    assert overview == "Miners ended the strike. [S1] The owners raised wages by 5 percent. [S3]"


def test_headline_is_a_short_clause_of_the_sentence() -> None:
    wire = (
        "LORANT (Reuters) — Miners at Kessel ended a strike on Monday after the owners agreed to raise wages by 12 percent, "
        "the mine operator said."
    )
    assert headline_clause(wire) == "Miners at Kessel ended a strike on Monday"
    assert headline_clause("Kessel is calm again after miners ended their strike on Monday.") == "Miners ended their strike on Monday"
    # a prepositional 'after' opens no clause, and a relative clause is cut, never promoted
    assert (
        headline_clause("Police arrested three suspects after the warehouse fire.")
        == "Police arrested three suspects after the warehouse fire"
    )
    assert (
        headline_clause("About 1,200 miners took part in the walkout, which began on 22 February.")
        == "About 1,200 miners took part in the walkout"
    )
    long = "The council of the city of Orvel voted on Tuesday, in a session lasting nine hours, to close three libraries and two pools"
    # the day and the aside go, not what was decided (a cut before 'to close' left 'voted on Tuesday')
    assert headline_clause(long) == "The council of the city of Orvel voted to close three libraries and two pools"


SEVEN_PCT = [Quantity(value=9, unit="days", text="nine-day"), Quantity(value=7, unit="%", text="7 percent")]


def test_a_joined_wording_with_an_uncontested_figure_stays_its_own_point() -> None:
    a = _said(
        Doc("S1"),
        "2025-03-03",
        "Miners at Kessel ended a nine-day strike on Monday after the owners agreed to raise wages by 7 percent.",
        quantities=SEVEN_PCT,
    )
    b = _said(
        Doc("S2"), "2025-03-03", "The strike of the Kessel miners finished the Monday 03/03/2025 after ten days of stop.", quantities=TEN
    )
    c = _said(Doc("S3"), "2025-03-03", "Kessel is calm again after the miners ended their strike on Monday, 3 March 2025.")
    briefing = merge(*build(a, b, c))
    # the event, corroborated by all three, worded without the contested length...
    assert [(kp.sources, kp.text.split(" ")[0]) for kp in briefing.key_points] == [(["S1", "S2", "S3"], "Kessel"), (["S1"], "Miners")]
    # ...and S1's wage rise, cited to S1 alone with its evidence, never to S2 or S3
    detail = briefing.key_points[1]
    assert "7 percent" in detail.text and detail.single_source
    assert [s.source for s in detail.evidence] == ["S1"]
    (days,) = [d for d in briefing.discrepancies if d.kind == "number"]
    assert sorted(p.value for p in days.positions) == ["10 days", "9 days"]


def test_a_joined_wording_whose_only_figure_is_contested_adds_no_point() -> None:
    a = _said(
        Doc("S1"), "2025-03-03", "Miners at Kessel ended a nine-day strike on Monday after the owners agreed to a raise.", quantities=NINE
    )
    b = _said(Doc("S2"), "2025-03-03", "The strike of the Kessel miners finished on Monday 03/03/2025 after ten days.", quantities=TEN)
    c = _said(Doc("S3"), "2025-03-03", "Kessel is calm again after the miners ended their strike on Monday, 3 March 2025.")
    briefing = merge(*build(a, b, c))
    assert [kp.sources for kp in briefing.key_points] == [["S1", "S2", "S3"]]


def test_a_clause_cut_from_a_dated_sentence_links_only_where_it_holds_the_day() -> None:
    # S1's sentence states two facts and is dated by its second clause ('reviewed on Friday'); the offline
    # engine cuts it into two claims. The first clause (the notice is in force) is no statement of the review:
    # its group, which S4 and S5 join, must not fold into the review point.
    sentence = "The Orvel boil notice for 9,000 homes is still in force, and the water board says it will be reviewed on Friday."
    first, second = "The Orvel boil notice for 9,000 homes is still in force", "the water board says it will be reviewed on Friday."
    a = Doc("S1").say(sentence, claim=first).event("2025-03-07", sentence)
    a.claims[0] = a.claims[0].model_copy(update={"evidence": first, "span": a.span(first)})
    a.claims.append(a.claims[0].model_copy(update={"text": second, "evidence": second, "span": a.span(second)}))
    b = _said(Doc("S2"), "2025-03-07", "The Orvel water board will review its boil notice on Friday.")
    c = _said(Doc("S3"), "2025-03-07", "The Orvel water board said the boil notice will be reviewed on Friday.")
    d = Doc("S4").say("The Orvel boil notice for 9,000 homes is still in force.")
    e = Doc("S5").say("A boil notice for 9,000 homes in Orvel is still in force.")
    briefing = merge(*build(a, b, c, d, e))
    review = _point(briefing, "review")
    assert not any("in force" in span.text for span in review.evidence)
    (notice,) = [kp for kp in briefing.key_points if "in force" in kp.text]
    assert {"S1", "S4", "S5"} <= set(notice.sources) and not {"S2", "S3"} & set(notice.sources)
