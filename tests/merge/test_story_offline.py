"""The offline pipeline on the fictional test story finds every planted conflict and no other."""

from __future__ import annotations

import asyncio

from story import STORY, check_story, return_to_work

from summarizer.pipeline import Options, arun
from summarizer.synthesize import split_cited


def test_offline_story_discrepancies_quotes_timeline_and_headline() -> None:
    result = asyncio.run(arun([str(STORY)], Options(backend="offline", use_cache=False)))
    check_story(result.briefing, officials="two officials who spoke on condition of anonymity")


def test_offline_story_joins_rewordings_of_one_event_and_overview_tells_it_once() -> None:
    result = asyncio.run(arun([str(STORY)], Options(backend="offline", use_cache=False)))
    briefing = result.briefing
    back = return_to_work(briefing)
    assert back.sources == ["S1", "S2", "S3"] and back.independent_sources == 2
    assert [s.source for s in back.evidence] == ["S1", "S2", "S3"]
    assert not any("syndicate VDU" in kp.text for kp in briefing.key_points)  # S3's wording joined, not a point
    # the overview: one sentence per event, the central event first, every source cited somewhere
    sentences = split_cited(briefing.overview)
    assert sentences[0][1] == ["S1", "S2", "S3", "S4"]
    assert sum(1 for text, _ in sentences if "strike" in text and ("ended" in text or "finished" in text)) == 1
    assert {s for _, cited in sentences for s in cited} == {"S1", "S2", "S3", "S4", "S5"}
    # the headline: the clause that reports the end, no attribution, no ellipsis
    assert briefing.headline == "Dockworkers ended their strike on Monday, 3 March 2025"
    assert len(briefing.headline.split()) <= 14 and "…" not in briefing.headline
    assert briefing.headline[1:] in briefing.key_points[0].text  # verbatim words of the lead point
