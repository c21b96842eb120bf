"""The top of the HTML page: "Sources disagree on N points" and the warnings about sources.

An editor on deadline reads the headline, the overview and what sits right below it. The conflicts
between reports are what no other tool shows, so they go there as one line per discrepancy (subject,
then each position with its source chips) with a link to the full row; the chips are the same
evidence buttons as everywhere else. Warnings about a source (a headline its own text contradicts,
instruction-like text in the article) follow, so nobody quotes that source without seeing them.
"""

from __future__ import annotations

from summarizer.render._glance import disagreement_title, notices, position_label, shorten
from summarizer.render._html_sections import Chips, discrepancy_anchor, esc
from summarizer.schema import Briefing, Notice, Position


def _position(position: Position, chips: Chips) -> str:
    label = position_label(position.value)
    full = f' title="{esc(position.value)}"' if label != " ".join(position.value.split()) else ""
    return (f'<span class="glance-position"><span class="glance-value"{full}>{esc(label)}</span> '
            f"{chips.for_item(position.sources, position.evidence)}</span>")


def render_disagreement_callout(briefing: Briefing, chips: Chips) -> str:
    """One line per discrepancy; nothing at all when the sources agree (the section says so)."""
    if not briefing.discrepancies:
        return ""
    separator = ' <span class="glance-sep" aria-hidden="true">·</span><span class="visually-hidden">versus</span> '
    items: list[str] = []
    for index, d in enumerate(briefing.discrepancies):
        subject = shorten(d.subject, 70)
        positions = separator.join(_position(p, chips) for p in d.positions)
        items.append(f'<li><a class="glance-subject" href="#{discrepancy_anchor(index)}" '
                     f'aria-label="{esc(subject)}: see the full row">{esc(subject)}</a>'
                     f'<span class="glance-colon">:</span> {positions}</li>')
    return (f'<aside class="callout disagree" id="at-a-glance" aria-labelledby="h-at-a-glance">'
            f'<h2 id="h-at-a-glance">{esc(disagreement_title(len(briefing.discrepancies)))}</h2>'
            f'<ul class="glance">{"".join(items)}</ul></aside>')


def _notice(notice: Notice, chips: Chips) -> str:
    source = f"{chips.chip(notice.source)} " if notice.source else ""
    return f"<li>{source}{esc(notice.message)}</li>"


def render_warning_callout(briefing: Briefing, chips: Chips, most: int = 5) -> str:
    """The first few warnings, each led by its source's chip; the rest are one link away."""
    found = notices(briefing)
    if not found:
        return ""
    items = "".join(_notice(n, chips) for n in found[:most])
    if len(found) > most:
        items += f'<li><a href="#warnings">{len(found) - most} more under Warnings</a></li>'
    title = f"Check before use: {len(found)} warning{'s' if len(found) != 1 else ''}"
    return (f'<aside class="callout warned" id="source-warnings" aria-labelledby="h-source-warnings">'
            f'<h2 id="h-source-warnings">{esc(title)}</h2><ul class="glance">{items}</ul></aside>')
