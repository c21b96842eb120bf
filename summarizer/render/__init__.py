"""Renderers: Markdown for people, JSON for machines, HTML for sharing."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from summarizer.errors import ConfigError
from summarizer.schema import Briefing, register_renderer

FORMATS = ("md", "json", "html")
# A file name or title may carry terminal escapes or NULs; no text output passes them on (JSON escapes them).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def render(briefing: Briefing, fmt: str, articles: Mapping[str, str] | None = None) -> str:
    if fmt == "md":
        from summarizer.render.markdown import render_markdown

        return _CONTROL.sub("", render_markdown(briefing))
    if fmt == "json":
        from summarizer.render.json import render_json

        return render_json(briefing)
    if fmt == "html":
        from summarizer.render.html import render_html

        return _CONTROL.sub("", render_html(briefing, dict(articles or {})))
    raise ConfigError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def _registered(fmt: str) -> Callable[[Briefing, Mapping[str, str]], str]:
    def renderer(briefing: Briefing, articles: Mapping[str, str]) -> str:
        return render(briefing, fmt, articles)

    return renderer


for _fmt in FORMATS:
    register_renderer(_fmt, _registered(_fmt))
