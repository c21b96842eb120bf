"""The fixed part of every request (instructions plus schema) stays under 4,000 characters."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from summarizer.extract import ChunkRequest
from summarizer.extract.batch import request_body
from summarizer.extract.chunking import Chunk
from summarizer.extract.config import LLMSettings
from summarizer.extract.llm import build_messages
from summarizer.extract.response_model import ArticleExtraction as PromptExtraction
from summarizer.extract.response_model import to_plain
from summarizer.schema import Article, ArticleExtraction

FIXED_PROMPT_LIMIT = 4_000


def fixed_overhead(text: str = "x") -> int:
    """Characters of the whole request body (compact JSON, as sent) that are not the article text."""
    article = Article(id="S1", uri="u", text=text)
    messages = build_messages(article)
    body = request_body(ChunkRequest("S1", Chunk(0, 0, text), 1, article, messages, "k"), LLMSettings())
    return len(json.dumps(body, separators=(",", ":"), ensure_ascii=False)) - len(text)


def test_fixed_prompt_is_under_the_limit() -> None:
    overhead = fixed_overhead()
    assert overhead <= FIXED_PROMPT_LIMIT
    assert fixed_overhead("a much longer article text " * 40) == overhead  # fixed: independent of the article


def test_compact_schema_keeps_every_field_and_validator() -> None:
    compact = PromptExtraction.model_json_schema()
    full = ArticleExtraction.model_json_schema()
    assert set(compact["$defs"]) == set(full["$defs"])
    for name, definition in full["$defs"].items():
        assert set(compact["$defs"][name]["properties"]) == set(definition["properties"])
    assert compact["title"] == "ArticleExtraction"  # the tool name the fixture server and cassettes match
    assert '"title": "Text"' not in json.dumps(compact)
    with pytest.raises(ValidationError):
        PromptExtraction.model_validate({"events": [{"date": "2025-02-30", "text": "t", "evidence": "e"}]})
    with pytest.raises(ValidationError):
        PromptExtraction.model_validate({"claims": [{"text": "t", "evidence": "e", "invented": 1}]})
    plain = to_plain(PromptExtraction.model_validate({"claims": [{"text": "t", "evidence": "e"}]}))
    assert type(plain) is ArticleExtraction and plain.claims[0].text == "t"
