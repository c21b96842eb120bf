"""Renderers: Markdown for people, JSON for machines, HTML for sharing."""

from __future__ import annotations

from collections.abc import Mapping

from summarizer.errors import ConfigError
from summarizer.schema import Briefing

FORMATS = ("md", "json", "html")


def render(briefing: Briefing, fmt: str, articles: Mapping[str, str] | None = None) -> str:
    if fmt == "md":
        from summarizer.render.markdown import render_markdown

        return render_markdown(briefing)
    if fmt == "json":
        from summarizer.render.json import render_json

        return render_json(briefing)
    if fmt == "html":
        from summarizer.render.html import render_html

        return render_html(briefing, dict(articles or {}))
    raise ConfigError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
