"""The fixed part of every extraction request stays at most 400 tokens, and comes first, byte-identical.

Tokens are counted with OpenAI's o200k tokenizer (``bpe-openai`` ships its tables, so no download)
over the tools JSON as the client sends it plus the message texts less the article: an upper bound,
since providers render a tool schema more compactly than its JSON.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import bpe_openai
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

FIXED_TOKEN_LIMIT = 400
_ENCODING = bpe_openai.get_encoding("o200k_base")


def body_for(article: Article) -> dict[str, Any]:
    messages = build_messages(article)
    chunk = Chunk(0, 0, article.text)
    return request_body(ChunkRequest(article.id, chunk, 1, article, messages, "k"), LLMSettings())


def fixed_text(article: Article) -> str:
    body = body_for(article)
    tools = json.dumps(body["tools"], separators=(",", ":"), ensure_ascii=False)
    system, user = (m["content"] for m in body["messages"])
    assert user.count(f"\n{article.text}\n") == 1
    return tools + system + user.replace(f"\n{article.text}\n", "\n\n")


def fixed_tokens(article: Article) -> int:
    return len(_ENCODING.encode(fixed_text(article)))


def test_fixed_prompt_is_at_most_400_tokens() -> None:
    short = Article(id="S1", uri="u", text="Calm.")
    tokens = fixed_tokens(short)
    assert tokens <= FIXED_TOKEN_LIMIT
    longer = Article(id="S1", uri="u", text="The ferry to Lowmere sailed at noon with 212 people aboard. " * 30)
    assert fixed_tokens(longer) <= FIXED_TOKEN_LIMIT
    assert len(fixed_text(longer)) == len(fixed_text(short))  # fixed: only the fence's hash differs


def test_fixed_part_comes_first_and_is_byte_identical_across_articles() -> None:
    """Tools, then the system message: the same bytes for every article, so a prompt cache can serve them."""
    one = body_for(Article(id="S1", uri="a", text="The mill in Tarrow closed on Monday.", title="Mill shuts",
                           publisher="Tarrow Post", published=date(2031, 4, 7)))
    two = body_for(Article(id="S7", uri="b", text="Rain delayed the regatta by two days.", title=None,
                           publisher=None, published=None))
    assert one["tools"] == two["tools"]
    assert [m["role"] for m in one["messages"]] == ["system", "user"]
    assert one["messages"][0] == two["messages"][0]
    user = one["messages"][1]["content"]
    assert "2031-04-07" in user and "Tarrow Post" in user and "Mill shuts" in user  # what varies is in the user turn


def test_compact_schema_keeps_every_field_and_validator() -> None:
    compact = PromptExtraction.model_json_schema()
    full = ArticleExtraction.model_json_schema()
    parts = {"claims": "Claim", "quotes": "Quote", "entities": "Entity", "events": "Event"}
    for field, part in parts.items():
        sent = compact["properties"][field]["items"]["properties"]
        assert set(sent) == set(full["$defs"][part]["properties"])
    quantities = compact["properties"]["claims"]["items"]["properties"]["quantities"]["items"]["properties"]
    assert set(quantities) == set(full["$defs"]["Quantity"]["properties"])
    assert compact["title"] == "ArticleExtraction"  # the tool name the fixture server and cassettes match
    assert "$defs" not in compact and '"title": "Text"' not in json.dumps(compact)
    with pytest.raises(ValidationError):
        PromptExtraction.model_validate({"events": [{"date": "2025-02-30", "text": "t", "evidence": "e"}]})
    with pytest.raises(ValidationError):
        PromptExtraction.model_validate({"claims": [{"text": "t", "evidence": "e", "invented": 1}]})
    with pytest.raises(ValidationError):  # required fields the schema leaves to validation are still required
        PromptExtraction.model_validate({"claims": [{"text": "t"}]})
    plain = to_plain(PromptExtraction.model_validate({"claims": [{"text": "t", "evidence": "e"}]}))
    assert type(plain) is ArticleExtraction and plain.claims[0].text == "t"


async def test_the_ledger_counts_prompt_tokens_a_prefix_cache_served() -> None:
    """The fixture server reports cached prefix tokens as a provider does; the usage ledger keeps them."""
    from summarizer.extract.llm import LLMExtractor
    from summarizer.testing.fake_openai import FakeOpenAI
    from tests.conftest import FAKE_KEY

    articles = [Article(id="S1", uri="a", text="The mill in Tarrow closed on Monday, its owner said."),
                Article(id="S2", uri="b", text="Rain delayed the Lowmere regatta by two days.")]
    with FakeOpenAI() as server:
        client = LLMExtractor(LLMSettings(base_url=server.base_url, api_key=FAKE_KEY, timeout=5.0, concurrency=1))
        try:
            first = (await client.complete(build_messages(articles[0]), PromptExtraction, "S1"))[1]
            second = (await client.complete(build_messages(articles[1]), PromptExtraction, "S2"))[1]
        finally:
            await client.aclose()
    assert first.cached_prompt_tokens == 0
    # The tools and the system message (the fixed part) come back from the cache on the second request.
    assert 0 < second.cached_prompt_tokens < second.prompt_tokens
    assert first.add(second).cached_prompt_tokens == second.cached_prompt_tokens


def test_the_shipped_schema_is_the_models_own() -> None:
    """Requests read the schema from the file beside the response model; it must be what the model gives,
    byte for byte in order (regenerate with summarizer.extract.response_model.write_shipped_schema)."""
    from summarizer.extract.response_model import SHIPPED_SCHEMA, terse_schema

    assert SHIPPED_SCHEMA.read_text(encoding="utf-8") == json.dumps(terse_schema(), indent=1) + "\n"


def test_the_first_request_does_not_wait_for_the_model_to_be_built() -> None:
    """The first request's schema is read, not made: the response model is still unbuilt when its body is."""
    import subprocess
    import sys

    code = ("from datetime import date\n"
            "from summarizer.extract import wire\n"
            "from summarizer.extract.response_model import ArticleExtraction\n"
            "wire.request_body([], ArticleExtraction, 'tools', model_name='m', temperature=0.0)\n"
            "print(ArticleExtraction.__pydantic_complete__)\n")
    built = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert built == "False"
