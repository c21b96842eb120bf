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
        _run_in_headings_apart(html),
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


# "<p><strong>Ships wait</strong> More than 40 ships…": a bold run-in heading would read as the first
# words of the paragraph's sentence; ending the paragraph after it makes it a line of its own. A bold
# lead that ends in punctuation ("Editor's note:", "LORANT —") or runs into lowercase stays.
_RUN_IN = re.compile(r"(<(?i:p)\b[^>]*>\s*)<((?i:strong|b))>([^<]{1,70}?)</\2>(\s*)(?=[A-Z0-9“\"])")
RUN_IN_MAX_WORDS = 8


def _run_in_headings_apart(html: str) -> str:
    def apart(match: re.Match[str]) -> str:
        words = match.group(3).split()
        if not words or len(words) > RUN_IN_MAX_WORDS or re.search(r"[.!?,;:—–-]\s*$", match.group(3)):
            return match.group()
        return f"{match.group(1)}<{match.group(2)}>{match.group(3)}</{match.group(2)}></p><p>"
    lowered = html.lower()
    return _RUN_IN.sub(apart, html) if "<strong" in lowered or "<b>" in lowered else html


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
