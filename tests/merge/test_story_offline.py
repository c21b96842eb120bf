"""The offline pipeline on the fictional test story finds every planted conflict and no other."""

from __future__ import annotations

import asyncio

from story import STORY, check_story

from summarizer.pipeline import Options, arun


def test_offline_story_discrepancies_quotes_timeline_and_headline() -> None:
    result = asyncio.run(arun([str(STORY)], Options(backend="offline", use_cache=False)))
    check_story(result.briefing, officials="two officials who spoke on condition of anonymity")
