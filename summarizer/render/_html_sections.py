"""Section renderers for the HTML page; every string from an article goes through :func:`esc`.

Split from :mod:`summarizer.render.html` so the page shell (head, CSP, assets) and the briefing's
sections can each be read on one screen.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterable
from datetime import date
from urllib.parse import urlsplit

from summarizer.calendar_words import MONTH_STEMS
from summarizer.render._glance import source_notices
from summarizer.render._wordings import other_wordings
from summarizer.schema import Briefing, KeyPoint, MergedQuote, QuoteVariant, SourceInfo, Span

_CITATION = re.compile(r"\[(S\d+(?:,\s*S\d+)*)\]")
_MONTHS = tuple(stem.title() for stem in MONTH_STEMS)


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def astral_positions(text: str) -> list[int]:
    return [m.start() for m in _ASTRAL.finditer(text)]


def utf16_offset(text: str, index: int, astral: list[int] | None = None) -> int:
    """Python counts code points, JavaScript UTF-16 units: convert so astral characters (emoji) don't shift spans.

    ``astral`` (the text's :func:`astral_positions`, computed once) makes each conversion a bisection
    instead of a scan of everything before ``index``: a page has a chip per claim, and scanning made
    an 8 MB article's page quadratic.
    """
    return index + bisect.bisect_left(astral if astral is not None else astral_positions(text[:index]), index)


class Chips:
    """Makes the source buttons; a span's offsets are emitted only after checking them against the text."""

    def __init__(self, articles: dict[str, str], titles: dict[str, str]) -> None:
        self.articles = articles
        self.titles = titles
        self._astral: dict[str, list[int]] = {}

    def verified(self, span: Span | QuoteVariant | None, source: str) -> tuple[int, int] | None:
        text = self.articles.get(source)
        if span is None or text is None:
            return None
        if not 0 <= span.start < span.end <= len(text) or text[span.start:span.end] != span.text:
            return None  # a stale offset would highlight the wrong words: show the whole article instead
        if source not in self._astral:
            self._astral[source] = astral_positions(text)
        astral = self._astral[source]
        return utf16_offset(text, span.start, astral), utf16_offset(text, span.end, astral)

    def data(self, source: str, span: Span | QuoteVariant | None) -> str:
        attrs = f' data-source="{esc(source)}"'
        offsets = self.verified(span, source)
        if offsets is not None:
            attrs += f' data-start="{offsets[0]}" data-end="{offsets[1]}"'
            if span is not None and span.alignment != "exact":
                attrs += f' data-alignment="{span.alignment}"'
        return attrs

    def chip(self, source: str, span: Span | QuoteVariant | None = None) -> str:
        title = self.titles.get(source, source)
        if source not in self.articles:
            return f'<span class="chip static" title="{esc(title)} (text not available)">{esc(source)}</span>'
        what = "the highlighted passage" if self.verified(span, source) else "the article"
        return (f'<button type="button" class="chip"{self.data(source, span)} aria-pressed="false" '
                f'aria-label="{esc(source)}: show {what} in {esc(title)}">{esc(source)}</button>')

    def for_item(self, sources: Iterable[str], evidence: Iterable[Span | QuoteVariant] = ()) -> str:
        """One chip per source, each carrying that source's first span."""
        spans: dict[str, Span | QuoteVariant] = {}
        for span in evidence:
            spans.setdefault(span.source, span)
        seen: list[str] = []
        for source in [*sources, *spans]:
            if source not in seen:
                seen.append(source)
        inner = " ".join(self.chip(s, spans.get(s)) for s in seen)
        return f'<span class="chips" role="group" aria-label="Sources">{inner}</span>'

    def mention(self, source: str, names: Iterable[str]) -> Span | None:
        """First place an article names an entity, so its chip can point somewhere useful."""
        text = self.articles.get(source, "")
        for name in names:
            at = text.find(name) if name else -1
            if at >= 0:
                return Span(source=source, start=at, end=at + len(name), text=name)
        return None


def human_date(value: str) -> str:
    parts = value.split("-")
    try:
        if len(parts) == 3:
            day = date.fromisoformat(value)
            return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
        if len(parts) == 2:
            return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return value


def _empty(text: str) -> str:
    return f'<p class="empty">{esc(text)}</p>'


def render_overview(briefing: Briefing, chips: Chips) -> str:
    if not briefing.overview:
        return ""

    def link(match: re.Match[str]) -> str:
        ids = [i.strip() for i in match.group(1).split(",")]
        inner = ", ".join(f'<a class="cite" href="#source-{i}">{i}</a>' for i in ids)
        return f"[{inner}]"

    return f'<p class="overview">{_CITATION.sub(link, esc(briefing.overview))}</p>'


def _corroboration(independent: int, reports: int) -> str:
    if independent <= 1:
        label = "Single source" if reports <= 1 else f"1 independent source ({reports} copies)"
        css = "corr-one"
    else:
        label = f"{independent} independent sources"
        css = "corr-many"
    return f'<span class="badge {css}" data-corroboration="{independent}">{esc(label)}</span>'


def render_key_points(briefing: Briefing, chips: Chips) -> str:
    if not briefing.key_points:
        return _empty("No key points could be grounded in the articles.")
    main = [p for p in briefing.key_points if p.tier == "main"]
    details = [p for p in briefing.key_points if p.tier != "main"]
    html = '<ol class="points">\n' + "\n".join(_point_item(p, chips) for p in main) + "\n</ol>"
    if details:
        # The short list is the briefing; the rest is folded, in rank order, one click away.
        html += (f'\n<details class="more-details"><summary>More details ({len(details)})</summary>\n'
                 f'<ol class="points" start="{len(main) + 1}">\n' + "\n".join(_point_item(p, chips) for p in details)
                 + "\n</ol>\n</details>")
    return html


def _point_item(point: KeyPoint, chips: Chips) -> str:
    flags = [_corroboration(point.independent_sources, len(point.sources))]
    if point.hedged:
        flags.append('<span class="badge flag">unconfirmed</span>')
    flags += [f'<span class="badge flag">per {esc(a)}</span>' for a in point.attribution]
    return (f'<li><p class="point-text">{esc(point.text)}</p><div class="meta">{" ".join(flags)} '
            f"{chips.for_item(point.sources, point.evidence)}</div></li>")


def render_apart(briefing: Briefing) -> str:
    """Which outlet to double-check, above the table: the sources standing against the majority."""
    if not briefing.sources_apart:
        return ""
    items = "".join(f"<li>{esc(a.summary)}</li>" for a in briefing.sources_apart)
    return f'<ul class="apart">{items}</ul>'


def render_updates(briefing: Briefing, chips: Chips) -> str:
    if not briefing.updates:
        return _empty("No figure changed between earlier and later reports.")
    items: list[str] = []
    for update in briefing.updates:
        steps = "".join(
            f"<li>{esc(v.value)}" + (f' <time datetime="{esc(v.time)}">{esc(v.time.replace("T", " "))}</time>' if v.time else "")
            + f" {chips.for_item(v.sources, v.evidence)}</li>"
            for v in update.values
        )
        items.append(f'<li><p class="point-text">{esc(update.summary)}</p><ol class="steps">{steps}</ol></li>')
    return '<ul class="updates">\n' + "\n".join(items) + "\n</ul>"


def render_discrepancies(briefing: Briefing, chips: Chips) -> str:
    if not briefing.discrepancies:
        return _empty("The sources do not contradict each other on any number, date, title or account we compared.")
    groups: list[str] = []
    for index, d in enumerate(briefing.discrepancies):
        rows: list[str] = []
        for i, position in enumerate(d.positions):
            subject = ""
            if i == 0:
                summary = f'<span class="summary">{esc(d.summary)}</span>' if d.summary else ""
                subject = (f'<th scope="rowgroup" rowspan="{len(d.positions)}" class="subject">{esc(d.subject)}'
                           f'<span class="kind">{esc(d.kind)}</span>{summary}</th>')
            rows.append(f"<tr>{subject}<td>{esc(position.value)}</td>"
                        f"<td>{chips.for_item(position.sources, position.evidence)}</td></tr>")
        groups.append(f'<tbody id="{discrepancy_anchor(index)}">' + "".join(rows) + "</tbody>")
    return (render_apart(briefing) + '<div class="table-wrap" role="region" aria-labelledby="h-discrepancies" tabindex="0"><table>'
            "<caption>Each row is one position; the chips show the passage that states it.</caption>"
            '<thead><tr><th scope="col">Subject</th><th scope="col">Position</th><th scope="col">Sources</th>'
            "</tr></thead>" + "".join(groups) + "</table></div>")


def discrepancy_anchor(index: int) -> str:
    """The id of a discrepancy's rows, so the summary at the top can link to each one."""
    return f"discrepancy-{index + 1}"


def render_timeline(briefing: Briefing, chips: Chips) -> str:
    if not briefing.timeline:
        return _empty("No dated events were found.")
    items = [f'<li><time datetime="{esc(e.date)}">{esc(human_date(e.date))}</time>{esc(e.text)} '
             f"{chips.for_item(e.sources, e.evidence)}</li>" for e in briefing.timeline]
    return '<ol class="timeline">\n' + "\n".join(items) + "\n</ol>"


def _primary(quote: MergedQuote) -> QuoteVariant | None:
    same = [v for v in quote.variants if v.text == quote.text]
    candidates = same or quote.variants
    return candidates[0] if candidates else None


def render_quotes(briefing: Briefing, chips: Chips) -> str:
    if not briefing.quotes:
        return _empty("No quotes were found.")
    groups: dict[str, list[MergedQuote]] = {}
    for quote in briefing.quotes:
        groups.setdefault(quote.speaker or "Unattributed", []).append(quote)
    blocks: list[str] = []
    for speaker, quotes in groups.items():
        role = next((q.speaker_role for q in quotes if q.speaker_role), None)
        role_html = f' <span class="role">· {esc(role)}</span>' if role else ""
        figures: list[str] = []
        for quote in quotes:
            primary = _primary(quote)
            data = chips.data(primary.source, primary) if primary is not None else ""
            label = f"Show this quote in {primary.source}" if primary is not None else "Quote"
            text = (f'<button type="button" class="quote-text"{data} aria-label="{esc(label)}: {esc(quote.text)}">'
                    f"“{esc(quote.text)}”</button>") if primary is not None else f"“{esc(quote.text)}”"
            others = other_wordings(quote)
            variants = ""
            if others:
                lines = "".join(f"<li>“{esc(w[0].text)}” {' '.join(chips.chip(v.source, v) for v in w)}</li>"
                                for w in others)
                variants = f'<ul class="variants" aria-label="Other wordings">{lines}</ul>'
            figures.append(f'<figure class="quote"><blockquote>{text}</blockquote>'
                           f"<figcaption>— {esc(speaker)} {chips.for_item(quote.sources, quote.variants)}"
                           f"</figcaption>{variants}</figure>")
        blocks.append(f'<div class="speaker"><h3>{esc(speaker)}{role_html}</h3>{"".join(figures)}</div>')
    return "\n".join(blocks)


def render_entities(briefing: Briefing, chips: Chips) -> str:
    people = [e for e in briefing.entities if e.type in ("person", "organization", "group")]
    if not people:
        return _empty("No people or organisations were found.")
    items: list[str] = []
    for entity in people:
        names = [entity.name, *entity.aliases]
        spans = [s for s in (chips.mention(src, names) for src in entity.sources) if s is not None]
        aka = f'<div class="muted">Also: {esc(", ".join(entity.aliases))}</div>' if entity.aliases else ""
        roles = "".join(f"<li>{esc(r.role)} {chips.for_item(r.sources, spans)}</li>" for r in entity.roles)
        roles_html = f'<ul class="roles" aria-label="Roles">{roles}</ul>' if roles else ""
        items.append(f'<li><span class="entity-name">{esc(entity.name)}</span>'
                     f'<span class="entity-type">{esc(entity.type)}</span>{aka}{roles_html}'
                     f'<div class="meta"><span class="muted">Named in</span> {chips.for_item(entity.sources, spans)}'
                     "</div></li>")
    return '<ul class="entities">\n' + "\n".join(items) + "\n</ul>"


def _status(source: SourceInfo) -> str:
    if source.status == "failed":
        return f'<span class="badge status-failed">failed</span> {esc(source.error or "")}'
    if source.status == "duplicate":
        return f'<span class="badge status-duplicate">duplicate of {esc(source.duplicate_of or "?")}</span>'
    if source.copy_of:
        return f'<span class="badge status-copy">copy of {esc(source.copy_of)}</span>'
    return '<span class="badge status-ok">used</span>'


def _link(uri: str) -> str:
    if urlsplit(uri).scheme in ("http", "https"):  # never javascript:, data: or file: from an input
        return f'<a href="{esc(uri)}" rel="noopener noreferrer">{esc(uri)}</a>'
    return esc(uri)


def render_sources(briefing: Briefing, chips: Chips) -> str:
    items: list[str] = []
    warned = source_notices(briefing)
    for s in briefing.sources:
        facts = [("Publisher", s.publisher), ("Byline", s.byline),
                 ("Published", human_date(s.published) if s.published else None)]
        rows = "".join(f"<dt>{k}</dt><dd>{esc(v)}</dd>" for k, v in facts if v)
        rows += f"<dt>Status</dt><dd>{_status(s)}</dd><dt>Input</dt><dd>{_link(s.uri)}</dd>"
        if s.removed:
            removed = "".join(f"<li>{esc(r)}</li>" for r in s.removed)
            rows += f'<dt>Removed</dt><dd><ul class="removed">{removed}</ul></dd>'
        else:
            rows += '<dt>Removed</dt><dd class="muted">nothing</dd>'
        if warned.get(s.id):
            notes = "".join(f"<li>{esc(w)}</li>" for w in warned[s.id])
            rows += f'<dt>Warnings</dt><dd><ul class="source-warnings">{notes}</ul></dd>'
        read = ""
        if s.id in chips.articles:
            read = (f'<button type="button" class="chip" data-source="{esc(s.id)}" aria-pressed="false">'
                    f"Read {esc(s.id)}</button>")
        flag = ""
        if warned.get(s.id):
            count = len(warned[s.id])
            flag = f' <span class="badge status-warned">{count} warning{"s" if count != 1 else ""}</span>'
        items.append(f'<li id="source-{esc(s.id)}"><h3><span class="sid">{esc(s.id)}</span>'
                     f'{esc(s.title or s.uri)}{flag}</h3><dl class="facts">{rows}</dl>{read}</li>')
    return '<ol class="sources">\n' + "\n".join(items) + "\n</ol>"
