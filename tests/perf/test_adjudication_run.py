"""The adjudication call in a whole LLM run: held to --max-cost, and fed the pairs the rules left."""

from __future__ import annotations

import asyncio
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from summarizer.pipeline import Options, arun
from summarizer.testing.fake_openai import FakeOpenAI, FixtureResponder, requested_model
from tests.conftest import FAKE_KEY


def _adjudications(server: FakeOpenAI) -> list[dict[str, Any]]:
    return [r for r in server.requests if requested_model(r) == "Adjudication"]


def test_a_budget_that_covers_the_extractions_but_not_the_review_skips_only_the_review(
    server: FakeOpenAI, options: Options, story_dir: Path
) -> None:
    plain = replace(options, use_cache=False, concurrency=1)
    extractions = asyncio.run(arun([story_dir], plain)).briefing
    reviewed = asyncio.run(arun([story_dir], replace(plain, adjudicate=True))).briefing
    assert len(_adjudications(server)) == 1 and reviewed.usage.calls == 6
    assert extractions.usage.cost_usd is not None and reviewed.usage.cost_usd is not None
    before = len(server.requests)
    # Room for the five extractions (their estimates run a little over their cost) but not for the review's estimate.
    limit = extractions.usage.cost_usd * 1.1
    assert limit < reviewed.usage.cost_usd * 1.1
    result = asyncio.run(arun([story_dir], replace(plain, adjudicate=True, max_cost=limit)))
    briefing = result.briefing
    assert not result.skipped and briefing.usage.calls == 5
    assert not any(requested_model(r) == "Adjudication" for r in server.requests[before:])
    assert briefing.usage.cost_usd is not None and briefing.usage.cost_usd <= limit
    assert any("adjudication by the model failed" in w.message and "budget" in w.message for w in briefing.warnings)
    assert [d.summary for d in briefing.discrepancies] == [d.summary for d in extractions.discrepancies]  # the rules' result stands


def test_pairs_the_rules_left_are_reviewed_and_a_cited_conflict_is_listed(tmp_path: Path) -> None:
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text("The Vell cannery will close its Orrin plant in March, the company said on Monday.\n")
    (story / "b.txt").write_text("Managers said on Monday that the Orrin plant of the Vell cannery will not close in March.\n")
    verdict = {"item": 1, "verdict": "conflict", "kind": "account", "sources": ["S1", "S2"],
               "summary": "S1 reports the Orrin plant will close in March [S1]; S2 says it will not [S2]."}
    stand_in = FixtureResponder()

    def answer(request: dict[str, Any]) -> dict[str, Any]:  # a fixture, not a model
        return {"verdicts": [verdict]} if requested_model(request) == "Adjudication" else stand_in(request)

    with FakeOpenAI(answer) as server:
        env = {"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": FAKE_KEY}
        options = Options(backend="llm", env=env, use_cache=False, synthesize=False)
        briefing = asyncio.run(arun([story], options)).briefing
        [request] = _adjudications(server)
    user = request["messages"][-1]["content"]
    assert "Item 1 (unclassified pair)" in user and "will not close in March" in user
    [listed] = briefing.discrepancies
    assert listed.summary == verdict["summary"] and [p.sources for p in listed.positions] == [["S1"], ["S2"]]
    assert all(e.text in p.value or p.value in e.text for p in listed.positions for e in p.evidence)


def test_key_points_the_review_calls_one_fact_are_joined_in_the_briefing(tmp_path: Path) -> None:
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text("No passenger was hurt when the Tarrow tram left its rails on Friday, the operator said. "
                                 "The line will stay closed until Monday.\n")
    (story / "b.txt").write_text("Nobody aboard needed hospital care after Friday's derailment, according to the city. "
                                 "Engineers are checking the points at Kell Square.\n")
    stand_in = FixtureResponder()
    wanted = ("No passenger was hurt", "Nobody aboard needed")

    def answer(request: dict[str, Any]) -> dict[str, Any]:  # a fixture, not a model: groups the two wordings
        if requested_model(request) != "Adjudication":
            return stand_in(request)
        listed = re.findall(r"^P(\d+) \[[^\]]*\]: (.+)$", request["messages"][-1]["content"], re.M)
        return {"verdicts": [], "same_points": [[int(n) for n, text in listed if text.startswith(wanted)]]}

    with FakeOpenAI(answer) as server:
        env = {"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": FAKE_KEY}
        reviewed = asyncio.run(arun([story], Options(backend="llm", env=env, use_cache=False, synthesize=False))).briefing
        plain = asyncio.run(arun([story], Options(backend="llm", env=env, use_cache=False, synthesize=False,
                                                  adjudicate=False))).briefing
    apart = [p for p in plain.key_points if p.text.startswith(wanted)]
    assert len(apart) == 2  # the rules alone keep the two wordings apart
    [joined] = [p for p in reviewed.key_points if p.text.startswith(wanted)]
    assert joined.sources == ["S1", "S2"] and joined.independent_sources == 2 and joined.rank == 1
    assert sorted(e.text for e in joined.evidence) == sorted(e.text for p in apart for e in p.evidence)
