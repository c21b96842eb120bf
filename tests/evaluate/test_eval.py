"""``summarizer eval`` on a small fictional clusters file: scores, grounding, comparison and JSON."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.errors import ConfigError, InputError
from summarizer.evaluate import EvalConfig, evaluate, load_clusters, parse_config, rouge, run_eval
from summarizer.evaluate.rouge import strip_citations
from summarizer.testing.fake_openai import FakeOpenAI, FixtureResponder

HERE = Path(__file__).parent
CLUSTERS = HERE / "data" / "clusters.jsonl"
runner = CliRunner()


def _rows(output: str) -> dict[str, list[str]]:
    """Table rows by their first cell (cluster id or 'overall')."""
    rows: dict[str, list[str]] = {}
    for line in output.splitlines():
        cells = line.split()
        if cells and (cells[0].startswith("fict-") or cells[0] == "overall"):
            rows.setdefault(cells[0], cells)
    return rows


def test_rouge_scores_wording_not_citations() -> None:
    reference = "The harbour of Tessel reopened on Tuesday."
    assert rouge(reference, reference) == {"rouge1": 1.0, "rouge2": 1.0, "rougeL": 1.0}
    assert rouge("The harbour of Tessel reopened on Tuesday. [S1, S2]", reference)["rouge1"] == 1.0
    assert rouge("Completely unrelated words here", reference)["rouge1"] == 0.0
    assert strip_citations("A [S1] b [S2, S10].") == "A b ."


def test_clusters_become_articles(tmp_path: Path) -> None:
    clusters = load_clusters(CLUSTERS)
    assert [c.id for c in clusters] == ["fict-harbour", "fict-bridge", "fict-noref"]
    first = clusters[0].articles
    assert [a.id for a in first] == ["S1", "S2", "S3"]
    assert first[1].publisher == "Guild Gazette" and first[1].published is not None
    assert clusters[2].reference is None
    assert len(load_clusters(CLUSTERS, limit=1)) == 1
    bad = tmp_path / "bad.jsonl"
    bad.write_text(CLUSTERS.read_text().splitlines()[0] + "\n{not json\n")
    with pytest.raises(InputError, match=r"bad\.jsonl:2"):
        load_clusters(bad)


def test_configurations_parse_strictly() -> None:
    config = parse_config("backend=llm, model=gpt-4o-mini,cache=on", "B")
    assert (config.name, config.backend, config.model, config.cache) == ("B", "llm", "gpt-4o-mini", True)
    assert config.describe() == "backend=llm, model=gpt-4o-mini, cache=True"
    with pytest.raises(ConfigError, match="temperature"):
        parse_config("backend=llm,temperature=0.2", "A")
    with pytest.raises(ConfigError, match="backend"):
        parse_config("backend=gpu", "A")


def test_offline_run_measures_each_cluster() -> None:
    clusters = load_clusters(CLUSTERS)
    run = asyncio.run(run_eval(clusters, EvalConfig(backend="offline")))
    harbour, bridge, noref = run.clusters
    assert harbour.error is None and harbour.sources == 3 and harbour.backend == "offline"
    assert harbour.rouge1 is not None and 0.2 < harbour.rouge1 < 1.0
    assert harbour.rouge1 >= harbour.rouge2  # type: ignore[operator]
    assert noref.rouge1 is None  # nothing to score against
    assert harbour.key_points_per_source == pytest.approx(harbour.key_points / 3)
    assert harbour.evidence_grounded == 1.0 and harbour.calls == 0  # offline: extracted from the text itself
    o = run.overall
    assert (o.clusters, o.failed) == (3, 0)
    assert o.rouge1 == pytest.approx((harbour.rouge1 + bridge.rouge1) / 2)  # type: ignore[operator]
    assert o.discrepancies == sum(r.discrepancies for r in run.clusters)


def test_cli_prints_table_and_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "eval.json"
    result = runner.invoke(app, ["eval", str(CLUSTERS), "--config", "backend=offline", "--json", str(out), "-q"])
    assert result.exit_code == 0, result.output
    rows = _rows(result.stdout)
    assert set(rows) == {"fict-harbour", "fict-bridge", "fict-noref", "overall"}
    assert rows["fict-noref"][2:5] == ["-", "-", "-"]
    data = json.loads(out.read_text())
    assert data["format"] == "summarizer-eval" and data["dataset"] == str(CLUSTERS)
    overall = data["runs"][0]["overall"]
    assert rows["overall"][:4] == ["overall", "(3/3)", "6", f"{overall['rouge1']:.3f}"]
    assert data["runs"][0]["config"]["backend"] == "offline"


def test_cli_bad_configuration_is_a_one_line_error() -> None:
    result = runner.invoke(app, ["eval", str(CLUSTERS), "--compare", "backend=offline", "modle=x"])
    assert result.exit_code == 2
    assert "modle=x" in result.output and "Traceback" not in result.output


def test_compare_offline_with_llm_on_the_fixture_server(tmp_path: Path) -> None:
    """B talks to the local fixture server, which invents one quote for the bridge story."""
    out = tmp_path / "compare.json"
    with FakeOpenAI(FixtureResponder(HERE / "fixtures")) as server:
        result = runner.invoke(app, [
            "eval", str(CLUSTERS), "--json", str(out), "-q",
            "--compare", "backend=offline", f"backend=llm,base_url={server.base_url},model=fixture-model,concurrency=2",
        ], env={"OPENAI_API_KEY": "sk-test-not-a-real-key"})
    assert result.exit_code == 0, result.output
    assert "== A: backend=offline" in result.stdout and "== B: backend=llm" in result.stdout
    assert "== differences: B minus A" in result.stdout
    data = json.loads(out.read_text())
    a, b = data["runs"]
    bridge_b = next(c for c in b["clusters"] if c["id"] == "fict-bridge")
    # The invented quote was dropped by grounding, and the share says so.
    assert (bridge_b["quotes_kept"], bridge_b["quotes_total"]) == (1, 2)
    assert bridge_b["quotes_grounded"] == 0.5
    assert b["overall"]["calls"] >= 6 and a["overall"]["calls"] == 0  # at least one call per article
    assert b["overall"]["prompt_tokens"] > 0
    diff = data["differences"]
    assert diff["overall"]["calls"] == b["overall"]["calls"]
    assert diff["fict-bridge"]["quotes ok"] == pytest.approx(0.5 - a["clusters"][1]["quotes_grounded"])


def test_library_entry_point_matches_cli(tmp_path: Path) -> None:
    runs, report = evaluate(CLUSTERS, [EvalConfig(backend="offline")], limit=2)
    assert [r.id for r in runs[0].clusters] == ["fict-harbour", "fict-bridge"]
    assert "overall (2/2)" in report
