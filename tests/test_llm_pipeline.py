"""The LLM path end to end, replayed from cassettes recorded against the fixture server."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.pipeline import Options, arun
from tests.conftest import FAKE_KEY, ROOT


@pytest.mark.vcr
def test_llm_briefing_is_grounded_and_cited(llm_env: dict[str, str], story_dir: Path) -> None:
    result = asyncio.run(arun([story_dir], Options(env=llm_env, use_cache=False, concurrency=4)))
    briefing = result.briefing
    assert briefing.backend == "llm"
    assert [s.status for s in briefing.sources] == ["ok"] * 5
    texts = {a.id: a.text for a in result.articles}
    # Every span in the briefing points at the article's own characters.
    for point in briefing.key_points:
        assert point.sources
        for span in point.evidence:
            assert texts[span.source][span.start : span.end] == span.text
    for quote in briefing.quotes:
        for variant in quote.variants:
            assert texts[variant.source][variant.start : variant.end] == variant.text
    # The fixture model invented a claim and a quote for the blog post: grounding dropped both.
    blog = next(a.id for a in result.articles if a.uri.endswith("d_blog.md"))
    assert briefing.grounding[blog].dropped == 2
    assert not any("Soldiers were deployed" in p.text or "army was deployed" in p.text for p in briefing.key_points)
    assert not any("The army will stay out" in q.text for q in briefing.quotes)
    assert any("not found in the article" in w.message for w in briefing.warnings)
    # Usage is recorded per call: five extractions, one adjudication and one synthesis.
    assert briefing.usage.calls == 7
    # The adjudication fixture wrongly calls the first disagreement "same fact" and invents a conflict on an
    # item it was not asked about: the rules' grounded result stands, and the editor is told.
    first = briefing.discrepancies[0]
    assert any(f"called “{first.subject}” same" in w.message and "stays listed" in w.message for w in briefing.warnings)
    assert any("item 99" in w.message for w in briefing.warnings)
    assert not any("port was bombed" in d.summary for d in briefing.discrepancies)
    # The model-written overview cites sources, and every cited id survived the citation check.
    assert briefing.headline and "[S" in briefing.overview
    assert not any("synthesis by the model failed" in w.message for w in briefing.warnings)
    assert briefing.usage.prompt_tokens > 0 and briefing.usage.completion_tokens > 0


@pytest.mark.vcr
def test_cli_brief_json_through_llm(llm_env: dict[str, str], story_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "briefing.json"
    runner = CliRunner()
    result = runner.invoke(app, ["brief", str(story_dir), "--format", "json", "-o", str(out), "--no-cache",
                                 "--concurrency", "1"], env=llm_env)
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert data["schema_version"] and data["backend"] == "llm"
    for key in ("headline", "overview", "model", "sources", "key_points", "quotes", "entities", "timeline",
                "discrepancies", "usage"):
        assert key in data
    assert {"calls", "cached_calls", "prompt_tokens", "completion_tokens"} <= set(data["usage"])
    assert FAKE_KEY not in out.read_text()
    assert FAKE_KEY not in result.output


REVIEW_STORY = ROOT / "tests" / "data" / "review_story"


@pytest.mark.vcr
def test_pairs_the_rules_could_not_classify_are_reviewed_and_only_a_cited_conflict_is_listed(
    llm_env: dict[str, str]
) -> None:
    # Three invented reports: a boat count the rules list (40 vs 55), and two statements each told and
    # denied by another outlet (the marina reopening in June, the ferry sailing on Friday), which no typed
    # rule claims. The review call gets both pairs; its fixture answer (tests/fixtures/llm/
    # adjudication_cited_pair.json, written by hand) calls the count "same fact", the marina pair a conflict
    # citing that pair's own sources, the ferry pair a conflict citing a third source, and invents item 7.
    result = asyncio.run(arun([REVIEW_STORY], Options(env=llm_env, use_cache=False, concurrency=1)))
    briefing = result.briefing
    texts = {a.id: a.text for a in result.articles}
    assert briefing.usage.calls == 5  # three extractions, one adjudication, one synthesis
    count, added = briefing.discrepancies
    assert count.subject == "Number of boats" and count.summary.startswith("Sources give different figures")
    assert [p.sources for p in count.positions] == [["S1", "S3"], ["S2"]]
    assert any("called “Number of boats” same" in w.message and "stays listed" in w.message for w in briefing.warnings)
    # The cited pair is listed with the model's kind and summary, on the two claims' own grounded spans.
    assert added.kind == "account" and added.summary.startswith("S1 says the town council will not reopen")
    assert [p.sources for p in added.positions] == [["S1"], ["S3"]]
    for position in added.positions:
        [span] = position.evidence
        assert texts[span.source][span.start : span.end] == span.text and "reopen to visitors in June" in span.text
    # The pair cited outside itself and the invented item add nothing.
    assert not any("ferry" in d.subject or "ferry" in d.summary for d in briefing.discrepancies)
    assert any("without a summary citing both" in w.message for w in briefing.warnings)
    assert any("item 7" in w.message for w in briefing.warnings)


def test_cassettes_hold_no_secret() -> None:
    cassettes = list((ROOT / "cassettes").rglob("*.yaml"))
    assert cassettes, "no cassettes found"
    for path in cassettes:
        text = path.read_text()
        assert FAKE_KEY not in text
        assert "authorization" not in text.lower()
        assert "Bearer" not in text


@pytest.mark.vcr
@pytest.mark.parametrize("mode", ["json_schema", "md_json"])
def test_modes_for_servers_without_tool_calling(llm_env: dict[str, str], story_dir: Path, mode: str) -> None:
    result = asyncio.run(arun([story_dir], Options(env=llm_env, use_cache=False, concurrency=2, mode=mode)))
    briefing = result.briefing
    assert [s.status for s in briefing.sources] == ["ok"] * 5
    assert briefing.usage.calls == 7  # five extractions, one adjudication, one synthesis
    assert any(d.kind == "title" for d in briefing.discrepancies)
    assert not any("adjudication by the model failed" in w.message for w in briefing.warnings)
    assert not any("synthesis by the model failed" in w.message for w in briefing.warnings)
