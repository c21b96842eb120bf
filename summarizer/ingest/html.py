"""Main text and metadata out of an HTML page, via trafilatura (tables, comments and chrome left out)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

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
    import trafilatura  # a quarter second of imports, paid only by a run that reads HTML

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
        published=_with_time(html, _clean(data.get("date"))),
        language=_clean(data.get("language")),
    )


_STAMP = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|datePublished|pubdate)["'][^>]*?content=["']"""
    r"""(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[^"']*)|<time[^>]+datetime=["'](\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[^"']*)""",
    re.IGNORECASE,
)


def _with_time(html: str, day: str | None) -> str | None:
    """trafilatura keeps only the date; the page's own timestamp for that date adds the time an update needs."""
    match = _STAMP.search(html[:200_000])
    stamp = (match.group(1) or match.group(2)) if match else None
    return stamp if stamp and day and stamp.startswith(day[:10]) else day


def _clean(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        value = json.dumps(value)
    value = value.strip()
    return value or None
