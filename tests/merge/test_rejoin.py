"""Key points a reviewer calls one fact are joined, under the aligner's hard rules (an invented story)."""

from __future__ import annotations

from summarizer.merge.rejoin import join_points
from summarizer.schema import Briefing, Discrepancy, KeyPoint, Position, SourceInfo, Span


def _span(source: str, text: str, start: int = 0) -> Span:
    return Span(source=source, start=start, end=start + len(text), text=text)


def _point(text: str, sources: list[str], score: float, independent: int | None = None) -> KeyPoint:
    return KeyPoint(text=text, sources=sources, evidence=[_span(s, text, 10 * n) for n, s in enumerate(sources)],
                    independent_sources=independent or len(sources), single_source=len(sources) == 1, score=score)


def _briefing(points: list[KeyPoint], discrepancies: list[Discrepancy] | None = None) -> Briefing:
    sources = [SourceInfo(id=f"S{n}", uri=f"s{n}.txt") for n in range(1, 6)]
    sources[4] = sources[4].model_copy(update={"copy_of": "S4"})  # S5 reprints S4's wire copy
    return Briefing(sources=sources, key_points=points, discrepancies=discrepancies or [])


POINTS = [
    _point("The Kessel footbridge is closed to walkers.", ["S1", "S2"], 2.6),
    _point("Lindqvist said the inspection found rust in two cables.", ["S1", "S3"], 2.4),
    _point("No pedestrian has been hurt on the bridge.", ["S3"], 1.4),
    _point("Walkers can no longer use the Kessel crossing.", ["S3"], 1.3),
    _point("Nobody on foot was injured there, the council said.", ["S4", "S5"], 1.2, independent=1),
]


def test_a_group_becomes_one_point_with_every_source_and_span_ranked_by_its_new_support() -> None:
    result = join_points(_briefing(POINTS), [[2, 4]])
    texts = [p.text for p in result.briefing.key_points]
    assert result.joined == 1 and len(texts) == 4
    joined = next(p for p in result.briefing.key_points if p.text == POINTS[2].text)  # the best-ranked wording
    assert joined.sources == ["S3", "S4", "S5"]
    assert joined.independent_sources == 2  # S5 is a copy of S4: counted once
    assert [e.source for e in joined.evidence] == ["S3", "S4", "S5"]
    assert joined.score == POINTS[2].score + 1
    assert [p.rank for p in result.briefing.key_points] == [1, 2, 3, 4]
    assert texts.index(POINTS[2].text) < texts.index(POINTS[3].text)


def test_points_differing_on_a_figure_or_a_negation_are_never_joined_whoever_says_so() -> None:
    points = [_point("The inspection found rust in two cables.", ["S1"], 2.0),
              _point("The inspection found rust in five cables.", ["S2"], 1.9),
              _point("The bridge will reopen on Friday.", ["S3"], 1.8),
              _point("The bridge will not reopen on Friday.", ["S4"], 1.7)]
    result = join_points(_briefing(points), [[0, 1], [2, 3]])
    assert result.joined == 0
    assert [p.text for p in result.briefing.key_points] == [p.text for p in points]
    assert len(result.refused) == 2 and "number" in result.refused[0] and "negation" in result.refused[1]


def test_opposite_sides_of_a_listed_discrepancy_stay_apart() -> None:
    points = [_point("The council closed the footbridge.", ["S1"], 2.0),
              _point("The engineers shut the footbridge.", ["S2"], 1.9)]
    conflict = Discrepancy(subject="Who closed the bridge", kind="account", summary="",
                           positions=[Position(value="the council", sources=["S1"], evidence=[points[0].evidence[0]]),
                                      Position(value="the engineers", sources=["S2"], evidence=[points[1].evidence[0]])])
    result = join_points(_briefing(points, [conflict]), [[0, 1]])
    assert result.joined == 0 and "discrepancy" in result.refused[0]


def test_a_member_must_fit_every_point_already_joined_and_bad_numbers_are_ignored() -> None:
    points = [_point("The footbridge is shut.", ["S1"], 2.0),
              _point("Walkers cannot cross the footbridge.", ["S2"], 1.9),
              _point("The footbridge is shut for 30 days.", ["S3"], 1.8),
              _point("The footbridge is shut for 60 days.", ["S4"], 1.7)]
    result = join_points(_briefing(points), [[0, 2], [2, 3, 99, -1]])
    assert result.joined == 1  # 0+2 joined; 3 differs from 2 on its figure
    assert [p.sources for p in result.briefing.key_points][:1] == [["S1", "S3"]]
    assert any("number" in r for r in result.refused)


def test_a_negation_sharing_only_its_subject_with_the_other_point_lets_a_reviewed_pair_join() -> None:
    # 'should not skip their doses' denies skipping; the advice to ask a nurse first says nothing of
    # skipping, so the two only share 'residents' and a reviewer may call them one instruction.
    points = [_point("Residents should not skip their doses, but should ask a nurse about the new pens.", ["S1", "S2"], 2.0),
              _point("Residents using the pens should ask a nurse before they change anything.", ["S3"], 1.0),
              _point("The clinic will not reopen on Friday.", ["S4"], 0.9),
              _point("The clinic will reopen on Friday after the inspection.", ["S1"], 0.8)]
    result = join_points(_briefing(points), [[0, 1], [2, 3]])
    assert result.joined == 1
    assert result.briefing.key_points[0].sources == ["S1", "S2", "S3"]
    # A denial of what the other states ('reopen') is still refused.
    assert any("negation" in reason for reason in result.refused)
