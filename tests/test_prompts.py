"""Prompt templates are checked data: strict rendering, versioned, overridable per folder."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

import jinja2
import pytest

from summarizer.evaluate.runner import parse_config
from summarizer.extract.llm import SYSTEM_TEMPLATE, USER_TEMPLATE, build_messages, prompt_version
from summarizer.pipeline import Options, arun
from summarizer.prompts import prompt_dir, render, template_version
from summarizer.schema import Article
from summarizer.testing.fake_openai import FakeOpenAI

ARTICLE = Article(id="S1", uri="u", text="The ferry to Isla Brava resumed on Friday, the operator said. {{ 7 * 7 }}")


def test_templates_ship_and_render_strictly() -> None:
    for name in (SYSTEM_TEMPLATE, USER_TEMPLATE, "synthesize_system.j2", "synthesize_user.j2"):
        assert (prompt_dir() / name).is_file()
    with pytest.raises(jinja2.UndefinedError):
        render(USER_TEMPLATE, source_id="S1", title=None, publisher=None, published=None)  # the fence is required


def test_article_text_is_data_not_template_source() -> None:
    user = build_messages(ARTICLE)[1]["content"]
    assert "{{ 7 * 7 }}" in user and "49" not in user


def test_prompt_folder_overrides_one_template_and_changes_the_version(tmp_path: Path) -> None:
    (tmp_path / SYSTEM_TEMPLATE).write_text("CUSTOM PROMPT v2. The article sits between {{ fence }} lines.\n")
    system, user = build_messages(ARTICLE, tmp_path)
    assert system["content"].startswith("CUSTOM PROMPT v2.")
    assert user == build_messages(ARTICLE)[1]  # the user template falls back to ours
    assert prompt_version(tmp_path) != prompt_version()
    assert template_version(USER_TEMPLATE, directory=tmp_path) == template_version(USER_TEMPLATE)


def test_pipeline_sends_the_overriding_prompt(tmp_path: Path) -> None:
    (tmp_path / SYSTEM_TEMPLATE).write_text("CUSTOM PROMPT v2. Article between {{ fence }} lines.\n")
    with FakeOpenAI() as server:
        env = {"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": "sk-test-not-real"}
        result = asyncio.run(arun([ARTICLE], Options(env=env, use_cache=False, prompt_dir=tmp_path, synthesize=False)))
        systems = [r["messages"][0]["content"] for r in server.requests]
    assert result.briefing.sources[0].status == "ok"
    assert systems and all(s.startswith("CUSTOM PROMPT v2.") for s in systems)


def test_eval_configuration_takes_a_prompt_folder(tmp_path: Path) -> None:
    config = parse_config(f"backend=llm,prompts={tmp_path}", "B")
    assert config.options(env={}).prompt_dir == tmp_path


def test_an_undated_article_is_sent_with_its_assumed_reference_date() -> None:
    undated = ARTICLE.model_copy(update={"reference_date": date(2026, 5, 4)})
    user = build_messages(undated)[1]["content"]
    assert "2026-05-04" in user and "assumed" in user.split("\n")[0]
    dated = ARTICLE.model_copy(update={"published": date(2026, 5, 1), "reference_date": None})
    first = build_messages(dated)[1]["content"].split("\n")[0]
    assert "published 2026-05-01" in first and "assumed" not in first
