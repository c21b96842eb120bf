"""An article that still fails after retries: the briefing is written from the others, lists it with
its reason, the exit code says so, and a re-run asks the model only for what failed."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.testing.fake_openai import FakeOpenAI, Fault, Served
from tests.conftest import FAKE_KEY

ARTICLES = {
    "orvel.txt": "Bridge closed in Orvel\n\nThe bridge in Orvel closed on Friday after engineers found a crack "
                 "in its main span, the city said. \"It is unsafe,\" said Mayor Ana Pell.\n",
    "lannis.txt": "Ferry cancelled\n\nThe ferry to Lannis was cancelled on Sunday because of high winds, the "
                  "operator Lannis Lines said. About 300 passengers were stranded.\n",
    "tove.txt": "Orvel traffic\n\nTraffic in Orvel backed up for six kilometres on Saturday after the bridge "
                "closure, police said.\n",
}


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in ARTICLES]


def _extractions(served: list[Served]) -> list[str]:
    """Which articles the model was asked to extract (synthesis requests left out)."""
    asked: list[str] = []
    for entry in served:
        request = json.loads(entry.body)
        if request.get("tools", [{}])[0].get("function", {}).get("name") == "ArticleExtraction":
            text = json.dumps(request["messages"])
            asked.extend(name for name in ("Orvel closed", "Lannis was", "six kilometres") if name in text)
    return asked


def _brief(server: FakeOpenAI, inputs: list[str], out: Path) -> tuple[int, str]:
    env = {"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": FAKE_KEY}
    result = CliRunner().invoke(app, ["brief", *inputs, "-o", str(out), "--timeout", "1", "--concurrency", "2"],
                                env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_failed_article_is_listed_exit_3_and_rerun_redoes_only_it(inputs: list[str], tmp_path: Path) -> None:
    out = tmp_path / "briefing.md"
    with FakeOpenAI() as server:
        server.script(*[Fault("invalid", match="Lannis was")] * 4)  # every attempt (default 4) fails the schema
        code, output = _brief(server, inputs, out)
        first_round = _extractions(server.served)
    assert code == 3
    assert "S2" in output and "lannis.txt" in output and "failed the schema" in output
    briefing = out.read_text()
    assert "Orvel" in briefing, "the other articles still made the briefing"
    assert "failed" in briefing and "lannis.txt" in briefing
    assert "Traceback" not in output
    assert first_round.count("Lannis was") == 4

    with FakeOpenAI() as server:
        code, output = _brief(server, inputs, out)
        second_round = _extractions(server.served)
    assert code == 0, output
    assert second_round == ["Lannis was"], "only the article that failed was asked again; the cache kept the rest"
    assert "Lannis" in out.read_text()


def test_the_key_never_reaches_a_file_a_log_or_the_output(
    inputs: list[str], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    out = tmp_path / "briefing.json"
    with FakeOpenAI() as server:
        # A proxy that echoes the Authorization header in its error bodies: the worst case for leaks.
        server.script(Fault("status", 401, echo_auth=True, match="Lannis was"),
                      Fault("status", 500, echo_auth=True, headers={"Retry-After": "0"}, match="six kilometres"))
        env = {"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": FAKE_KEY}
        result = CliRunner().invoke(app, ["brief", *inputs, "-o", str(out), "--format", "json", "--timeout", "1"],
                                    env=env)
        seen = [h.get("authorization", "") for h in server.headers_seen]
    assert result.exit_code == 3
    assert any(FAKE_KEY in h for h in seen), "the key was really sent, so its absence below means something"
    assert "[REDACTED]" in caplog.text, "the echoed key reached the logs and was redacted there"
    assert FAKE_KEY not in caplog.text
    assert FAKE_KEY not in result.output
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert out in written and any("cache" in p.parts for p in written)
    for path in written:
        assert FAKE_KEY.encode() not in path.read_bytes(), path
    data = json.loads(out.read_text())
    failed = [s for s in data["sources"] if s["status"] == "failed"]
    assert [s["error"] for s in failed] == ["model server error (HTTP 401)"]
