"""The LLM pipeline on the test story, answered from hand-written fixtures by a local fake server.

The fixtures (tests/fixtures/llm) are what a model would plausibly return; grounding still checks
every evidence and quote string against the articles, so the blog's invented items are dropped.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from story import STORY, check_story, return_to_work, strike_ended

from summarizer.pipeline import Options, arun
from summarizer.testing.fake_openai import FakeOpenAI, FixtureResponder

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "llm"


def test_llm_story_discrepancies_quotes_timeline_and_headline() -> None:
    with FakeOpenAI(FixtureResponder(FIXTURES)) as server:
        env = {"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": "x"}
        result = asyncio.run(arun([str(STORY)], Options(env=env, use_cache=False)))
    briefing = result.briefing
    assert briefing.backend != "offline"
    check_story(briefing, officials="two anonymous officials")
    assert result.records[3].grounding.dropped == 2  # the blog's invented claim and quote
    # the model's own claims for the end: S1 says nine days, S3 ten; the blog's figure-free one is the text
    assert strike_ended(briefing).text == "Dockworkers ended their strike on 3 March 2025."
    # S3's model answer has no claim for the return to work (only the event), so two sources here
    assert return_to_work(briefing).sources == ["S1", "S2"]
