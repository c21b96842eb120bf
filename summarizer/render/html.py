"""The editors' page: one self-contained HTML file (no external fonts, scripts or styles).

Everything that comes from an article is escaped where it is written: element text and attribute
values with :func:`html.escape`, article texts as a JSON block in which ``<``, ``>`` and ``&`` are
``\\u`` escapes (so ``</script>`` cannot close it). A Content-Security-Policy with the hashes of our
own ``<style>`` and ``<script>`` is a second wall: even a missed escape could not run a script or
load anything. The evidence viewer finds spans by offsets, never by searching text, so what is
highlighted is exactly what grounding verified.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from functools import cache
from importlib.resources import files

from summarizer.render._html_glance import render_disagreement_callout, render_warning_callout
from summarizer.render._html_sections import (
    Chips,
    esc,
    render_discrepancies,
    render_entities,
    render_key_points,
    render_overview,
    render_quotes,
    render_sources,
    render_timeline,
    render_updates,
)
from summarizer.schema import Briefing

SECTIONS = (
    ("key-points", "Key points"),
    ("discrepancies", "Where sources disagree"),
    ("updates", "Figures updated over time"),
    ("timeline", "Timeline"),
    ("quotes", "Quotes"),
    ("people", "People and organisations"),
    ("sources", "Sources"),
)


@cache
def _asset(name: str) -> str:
    """Assets are package files so they can be edited as CSS/JS, and inlined so the page stands alone."""
    return (files("summarizer.render") / "html_assets" / name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def json_for_script(value: object) -> str:
    """JSON safe inside ``<script>``: no ``<``, ``>`` or ``&`` survive, so no tag can be closed or opened."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_html(briefing: Briefing, articles: Mapping[str, str]) -> str:
    """Render the briefing page; ``articles`` (source id -> text) feeds the evidence viewer."""
    titles = {s.id: s.title or s.uri for s in briefing.sources}
    chips = Chips(dict(articles), titles)
    css, js = _asset("briefing.css"), _asset("briefing.js")
    data = {sid: {"title": titles.get(sid, sid), "text": text} for sid, text in articles.items()}
    csp = (f"default-src 'none'; style-src {_sha256(css)}; script-src {_sha256(js)}; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    headline = briefing.headline or "Briefing"
    ok = sum(1 for s in briefing.sources if s.status == "ok")
    failed = len(briefing.failed_sources)
    kicker = f"Briefing · {ok} source{'s' if ok != 1 else ''}"
    if failed:
        kicker += f" · {failed} failed"
    kicker += f" · {briefing.backend}" + (f" ({briefing.model})" if briefing.model else "")
    toc = "".join(f'<li><a href="#{sid}">{esc(label)}</a></li>' for sid, label in SECTIONS)
    bodies = {
        "key-points": render_key_points(briefing, chips),
        "discrepancies": render_discrepancies(briefing, chips),
        "updates": render_updates(briefing, chips),
        "timeline": render_timeline(briefing, chips),
        "quotes": render_quotes(briefing, chips),
        "people": render_entities(briefing, chips),
        "sources": render_sources(briefing, chips),
    }
    sections = "\n".join(
        f'<section id="{sid}" aria-labelledby="h-{sid}">\n<h2 id="h-{sid}">{esc(label)}</h2>\n{bodies[sid]}\n</section>'
        for sid, label in SECTIONS
    )
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="summarizer">
<title>{esc(headline)}</title>
<style>{css}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the briefing</a>
<div class="layout">
<main id="main">
<header class="masthead">
<p class="kicker">{esc(kicker)}</p>
<h1>{esc(headline)}</h1>
{render_overview(briefing, chips)}
{render_disagreement_callout(briefing, chips)}
{render_warning_callout(briefing, chips)}
<nav class="toc" aria-label="Sections"><ul>{toc}</ul></nav>
</header>
{sections}
{_footer(briefing)}
</main>
<aside id="evidence" class="evidence" aria-labelledby="evidence-title" tabindex="-1">
<div class="evidence-head"><h2 id="evidence-title">Evidence</h2>
<button type="button" class="close" id="evidence-close">Close <span aria-hidden="true">×</span></button></div>
<p class="evidence-meta" id="evidence-meta" aria-live="polite">Select a source chip or a quote to see the exact
passage highlighted in its article.</p>
<div class="article-text" id="article-text"></div>
</aside>
</div>
<script type="application/json" id="articles-data">{json_for_script(data)}</script>
<script>{js}</script>
</body>
</html>
"""


def _footer(briefing: Briefing) -> str:
    parts: list[str] = []
    if briefing.warnings:
        items = "".join(f"<li>{esc(str(w))}</li>" for w in briefing.warnings)
        parts.append(f'<section id="warnings" aria-labelledby="h-warnings"><h2 id="h-warnings">Warnings</h2>'
                     f"<ul>{items}</ul></section>")
    u = briefing.usage
    line = f"Backend: {briefing.backend}" + (f" ({briefing.model})" if briefing.model else "")
    if u.calls or u.cached_calls:
        cost = f", est. ${u.cost_usd:.4f}" if u.cost_usd is not None else ""
        line += (f". Model usage: {u.calls} call(s), {u.cached_calls} cached, "
                 f"{u.prompt_tokens} prompt + {u.completion_tokens} completion tokens{cost}")
    parts.append(f'<footer class="usage"><p>{esc(line)}. Schema {esc(briefing.schema_version)}.</p></footer>')
    return "\n".join(parts)
