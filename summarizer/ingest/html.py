"""Main text and metadata out of an HTML page, via trafilatura (tables, comments and chrome left out)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import trafilatura

from summarizer.errors import InputError

MIN_WORDS = 15


@dataclass
class HtmlArticle:
    text: str
    title: str | None
    publisher: str | None
    byline: str | None
    published: str | None
    language: str | None


def extract_html(html: str, uri: str) -> HtmlArticle:
    """Extract the article body; an HTML page with no article in it is an input error, not an empty article."""
    result = trafilatura.bare_extraction(
        html,
        url=uri if uri.startswith(("http://", "https://")) else None,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        with_metadata=True,
    )
    data: dict[str, Any] = {}
    if result is not None:
        data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = (data.get("text") or "").strip()
    # trafilatura falls back to any visible text (a menu's "Home"); that is not an article.
    if len(text.split()) < MIN_WORDS:
        raise InputError(uri, "HTML page holds no article text")
    return HtmlArticle(
        text=text,
        title=_clean(data.get("title")),
        publisher=_clean(data.get("sitename")),
        byline=_clean(data.get("author")),
        published=_clean(data.get("date")),
        language=_clean(data.get("language")),
    )


def _clean(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        value = json.dumps(value)
    value = value.strip()
    return value or None
