"""The CLI contract on the fictional story, with no model: what a fresh machine gets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.schema import SCHEMA_VERSION

runner = CliRunner()


def test_brief_markdown_offline_by_default(story_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "briefing.md"
    result = runner.invoke(app, ["brief", str(story_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text()
    assert text.startswith("# ")
    assert "## Key points" in text and "## Sources" in text
    assert "[S1]" in text
    assert "offline" in result.output  # stderr says which backend


def test_brief_json_has_contract_fields(story_dir: Path) -> None:
    result = runner.invoke(app, ["brief", str(story_dir), "--format", "json", "--backend", "offline", "-q"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema_version"] == SCHEMA_VERSION == "2.2"
    assert data["backend"] == "offline"
    assert len(data["sources"]) == 5
    source = data["sources"][0]
    assert set(source) >= {"id", "uri", "title", "publisher", "byline", "published", "status", "error"}
    assert [s["id"] for s in data["sources"]] == ["S1", "S2", "S3", "S4", "S5"]
    assert data["key_points"], "no key points"
    point = data["key_points"][0]
    assert set(point) >= {"text", "sources", "evidence"}
    assert set(point["evidence"][0]) >= {"source", "text", "start", "end"}


def test_partial_failure_writes_briefing_and_exits_nonzero(story_dir: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = tmp_path / "b.md"
    result = runner.invoke(app, ["brief", str(story_dir / "a_wire.txt"), str(empty), "-o", str(out)])
    assert result.exit_code == 3
    text = out.read_text()
    assert "FAILED" in text and "empty file" in text
    assert "empty.txt" in result.output


def test_bad_input_one_line_error_names_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["brief", str(missing)])
    assert result.exit_code == 2
    assert str(missing) in result.output
    assert "Traceback" not in result.output


def test_stdin_input() -> None:
    text = "Harbour reopens\n\nThe harbour of Tessel reopened on Tuesday, officials said. About 300 boats returned.\n"
    result = runner.invoke(app, ["brief", "-", "--format", "json", "-q"], input=text)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["sources"][0]["uri"] == "<stdin>"
    assert data["sources"][0]["title"] == "Harbour reopens"


def test_extract_prints_one_json_object_per_article(story_dir: Path) -> None:
    result = runner.invoke(app, ["extract", str(story_dir), "--backend", "offline"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [line["source"] for line in lines] == ["S1", "S2", "S3", "S4", "S5"]
    assert all("extraction" in line for line in lines)


def test_schema_command_prints_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert "schema_version" in schema["properties"]
    assert "discrepancies" in schema["properties"]
    assert schema["$id"].endswith("briefing-2.2.json")
    # 2.0: warnings and grounding's dropped items are objects with a kind, not "S1: …" strings to parse.
    notice = schema["$defs"]["Notice"]
    assert set(notice["properties"]) == {"source", "kind", "message", "span"} and set(notice["required"]) == {"kind", "message"}
    assert "headline" in notice["properties"]["kind"]["enum"]
    assert schema["properties"]["warnings"]["items"] == {"$ref": "#/$defs/Notice"}
    dropped = schema["$defs"]["DroppedItem"]
    assert set(dropped["properties"]) == {"kind", "message", "span", "injected"} and "quote" in dropped["properties"]["kind"]["enum"]
    assert schema["$defs"]["GroundingReport"]["properties"]["dropped_items"]["items"] == {"$ref": "#/$defs/DroppedItem"}


def test_library_api(story_dir: Path) -> None:
    from summarizer import summarize

    briefing = summarize([story_dir], backend="offline")
    assert briefing.schema_version == SCHEMA_VERSION
    assert briefing.to_markdown().startswith("# ")
    assert json.loads(briefing.model_dump_json())["backend"] == "offline"


def test_progress_to_a_pipe_is_the_text_rich_writes_there_without_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    """stderr that is no terminal gets the plain lines rich would write there; rich (40 ms of imports at
    start-up) is only loaded for a terminal, for its colours."""
    import io
    import sys

    from rich.console import Console
    from rich.text import Text

    from summarizer.cli import output

    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    lines: list[tuple[str | tuple[str, str], ...]] = [
        ("  ", ("✓", "green"), " S1 " + output._plain("/tmp/a b\tc.txt") + " (cached)"),
        ((output._plain("merge"), "bold"),),
        (output._plain("summarizer: error: " + "x" * 150 + " Élodie — «nicht jetzt» 東京\tend\nsecond line"),),
    ]
    ours = io.StringIO()
    monkeypatch.setattr(sys, "stderr", ours)
    for parts in lines:
        output._line(*parts)
    theirs = io.StringIO()
    console = Console(file=theirs, highlight=False, soft_wrap=True, emoji=False)
    for parts in lines:
        console.print(Text.assemble(*parts))
    assert ours.getvalue() == theirs.getvalue()
    assert ours.getvalue().count("\n") == 3
