"""Self-contained HTML page (placeholder; issue 7 makes it the editors' page)."""

from __future__ import annotations

import html

from summarizer.render.markdown import render_markdown
from summarizer.schema import Briefing


def render_html(briefing: Briefing, articles: dict[str, str]) -> str:
    body = html.escape(render_markdown(briefing))
    title = html.escape(briefing.headline or "Briefing")
    return (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head>"
            f"<body><pre>{body}</pre></body></html>\n")
