"""The lean client's request bodies are instructor's, for every mode and response model (cassettes match on body)."""

from __future__ import annotations

import json
import os
import ssl
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from instructor import Mode
from instructor.processing.response import handle_response_model
from instructor.v2.core.function_calls import response_schema
from pydantic import BaseModel

from summarizer.adjudicate_llm import Adjudication
from summarizer.extract import wire
from summarizer.extract.response_model import ArticleExtraction
from summarizer.synthesize_llm import Synthesis

ROOT = Path(__file__).resolve().parent.parent
MODES = {"tools": Mode.TOOLS, "json_schema": Mode.JSON_SCHEMA, "md_json": Mode.MD_JSON, "json": Mode.JSON}


class _Plain(BaseModel):
    name: str
    count: int | None = None


def _messages() -> list[dict[str, Any]]:
    return [{"role": "system", "content": "Find the facts."}, {"role": "user", "content": "An invented article."}]


@pytest.mark.parametrize("model", [ArticleExtraction, Synthesis, Adjudication, _Plain], ids=lambda m: m.__name__)
@pytest.mark.parametrize("mode", MODES)
def test_body_is_instructors(model: type[BaseModel], mode: str) -> None:
    _m, theirs = handle_response_model(response_schema(model), mode=MODES[mode], messages=_messages(),
                                       model="m", temperature=0.0)
    ours = wire.request_body(_messages(), model, mode, model_name="m", temperature=0.0)
    assert json.loads(json.dumps(ours)) == json.loads(json.dumps(dict(theirs)))


def test_reask_carries_the_answer_and_the_error() -> None:
    message = {"role": "assistant", "content": None,
               "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "X", "arguments": "{}"}}]}
    messages = wire.reask(_messages(), message, ValueError("date must be ISO"), "tools")
    assert messages[2]["content"] == "" and messages[2]["tool_calls"] == message["tool_calls"]
    assert messages[3]["role"] == "tool" and messages[3]["tool_call_id"] == "c1"
    assert "date must be ISO" in messages[3]["content"]
    json_mode = wire.reask(_messages(), {"role": "assistant", "content": "{}"}, ValueError("bad"), "json")
    assert json_mode[-1]["role"] == "user" and json_mode[-1]["content"].endswith("bad")


def test_answer_text_reads_each_mode() -> None:
    tool = {"choices": [{"message": {"tool_calls": [{"function": {"arguments": '{"a": 1}'}}]}, "finish_reason": "stop"}]}
    assert wire.answer_text(tool, "tools")[1] == '{"a": 1}'
    md = {"choices": [{"message": {"content": 'Quoting {"b": 0}, the answer:\n```json\n{"a": 1}\n```'}}]}
    assert wire.answer_text(md, "md_json")[1] == '{"a": 1}'
    with pytest.raises(wire.EmptyChoices):
        wire.answer_text({"choices": []}, "tools")
    with pytest.raises(wire.CutOff):
        wire.answer_text({"choices": [{"message": {"content": "{"}, "finish_reason": "length"}]}, "json")
    with pytest.raises(wire.Refused):
        wire.answer_text({"choices": [{"message": {"content": "no", "refusal": "no"}}]}, "tools")


def test_a_live_run_never_imports_openai_or_instructor(tmp_path: Path) -> None:
    """They cost about a second of CPU before the first request: only ``--batch`` may load openai."""
    script = (
        "import asyncio, sys\n"
        "from summarizer.extract.config import LLMSettings\n"
        "from summarizer.extract.llm import LLMExtractor\n"
        "from summarizer.schema import Article\n"
        "from summarizer.testing.fake_openai import FakeOpenAI\n"
        "async def main(url):\n"
        "    e = LLMExtractor(LLMSettings(base_url=url, api_key='sk-none-of-these-1234'))\n"
        "    try:\n"
        "        x, _ = await e.extract(Article(id='S1', uri='a', text='The Orvel bridge closed on Friday, engineers said.'))\n"
        "    finally:\n"
        "        await e.aclose()\n"
        "    assert x.claims\n"
        "with FakeOpenAI() as s:\n"
        "    asyncio.run(main(s.base_url))\n"
        "print(sorted(m for m in ('openai', 'instructor') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"


async def test_the_ca_bundle_is_loaded_only_for_an_https_server(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.extract import llm
    from summarizer.extract.config import LLMSettings

    loads: list[int] = []
    monkeypatch.setattr(llm, "_tls_context", lambda: loads.append(1) or ssl.create_default_context())
    local = llm.LLMExtractor(LLMSettings(base_url="http://127.0.0.1:1/v1", api_key="sk-none-of-these-1234"))
    await local.aclose()
    assert loads == []
    remote = llm.LLMExtractor(LLMSettings(base_url="https://models.example/v1", api_key="sk-none-of-these-1234"))
    await remote.aclose()
    assert loads == [1]
