"""Markdown for people: reads in a terminal and pastes into a CMS; citations as ``[S1]``.

Article text is escaped where Markdown or a CMS would read it as markup (``<`` starts raw HTML in
most CMSs, ``[...](...)`` a link, ``*`` emphasis), so a hostile or unlucky article cannot inject
anything; the sources list comes last, as readers of a briefing expect.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer.render._glance import disagreement_title, notices, position_label, shorten
from summarizer.render._wordings import other_wordings
from summarizer.schema import Briefing, KeyPoint, MergedQuote, SourceInfo

# Every ASCII punctuation character CommonMark can read as markup inside a line (emphasis, code, links,
# raw HTML, entities, strike-through, tables); a backslash before any ASCII punctuation is always literal.
_MARKUP = re.compile(r"([\\`*_\[\]<>&!|~])")
# At the start of a line (a heading, list item or table cell's first word) these open a block.
_BLOCK_START = re.compile(r"^(\s*)([#>+=-]|\d+(?=[.)]))")


# Terminal escapes (ANSI colour codes in a file name) and other control characters are never shown.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_AUTOLINK = re.compile(r"https?://[^\s<>`\\\x00-\x1f\x7f]+\Z")


def cite(ids: list[str]) -> str:
    return "[" + ", ".join(ids) + "]" if ids else ""


def md(text: str) -> str:
    """Article text as inert inline Markdown: one line, markup characters backslash-escaped.

    Whitespace (newlines included) folds to one space, so no value can end its line and start a
    block of its own; a leading block marker is escaped too, since the value may open a line.
    """
    escaped = _MARKUP.sub(r"\\\1", re.sub(r"\s+", " ", _CONTROL.sub("", text)))
    return _BLOCK_START.sub(lambda m: m[1] + ("\\" + m[2] if not m[2][0].isdigit() else m[2] + "\\"), escaped, 1)


def _cell(text: str) -> str:
    return md(text)


def _overview(text: str) -> str:
    # The overview's own [S1, S2] citations stay readable; everything else is escaped.
    parts = re.split(r"(\[S\d+(?:, S\d+)*\])", text)
    return "".join(part if i % 2 else md(part) for i, part in enumerate(parts))


def _point_flags(point: KeyPoint) -> str:
    flags: list[str] = []
    if point.independent_sources > 1:
        flags.append(f"{point.independent_sources} independent sources")
    elif len(point.sources) > 1:
        flags.append(f"single source, {len(point.sources)} copies")
    else:
        flags.append("single source")
    if point.hedged:
        flags.append("unconfirmed")
    if point.attribution:
        flags.append("per " + "; ".join(md(a) for a in point.attribution))
    return f" _({', '.join(flags)})_"


def _quotes(quotes: list[MergedQuote]) -> list[str]:
    groups: dict[str, list[MergedQuote]] = {}
    for quote in quotes:
        groups.setdefault(quote.speaker or "Unattributed", []).append(quote)
    out: list[str] = []
    for speaker, items in groups.items():
        role = next((q.speaker_role for q in items if q.speaker_role), None)
        out += [f"**{md(speaker)}**" + (f", {md(role)}" if role else ""), ""]
        for quote in items:
            out.append(f"> “{md(quote.text)}” {cite(quote.sources)}")
            for wording in other_wordings(quote):
                out.append(">")
                out.append(f"> also worded: “{md(wording[0].text)}” {cite(list(dict.fromkeys(v.source for v in wording)))}")
            out.append("")
    return out


def _at_a_glance(briefing: Briefing, most: int = 5) -> list[str]:
    """Conflicts and source warnings right under the overview: an editor skimming stops here, not at the table."""
    out: list[str] = []
    if briefing.discrepancies:
        out += [f"**{disagreement_title(len(briefing.discrepancies))}:**", ""]
        for d in briefing.discrepancies:
            positions = " vs ".join(f"{md(position_label(p.value))} {cite(p.sources)}" for p in d.positions)
            out.append(f"- {md(shorten(d.subject, 70))} — {positions}")
        out.append("")
    found = notices(briefing)
    if found:
        out += ["**Check before use:**", ""]
        out += [f"- {cite([n.source]) + ' ' if n.source else ''}{md(shorten(n.message, 160))}" for n in found[:most]]
        if len(found) > most:
            out.append(f"- … {len(found) - most} more under Warnings")
        out.append("")
    return out


def render_markdown(briefing: Briefing) -> str:
    """The briefing top to bottom: what it says, where it is disputed, what moved, who said what, the books."""
    sections: list[Callable[[Briefing], list[str]]] = [
        _head, _at_a_glance, _run_note, _key_points, _disagreements, _updates, _timeline, _quotes_section,
        _people, _copies, _warnings, _usage, _sources,
    ]
    out = [line for section in sections for line in section(briefing)]
    return "\n".join(out).rstrip() + "\n"


def _head(briefing: Briefing) -> list[str]:
    out = [f"# {md(briefing.headline or 'Briefing').strip()}", ""]
    return [*out, _overview(briefing.overview).strip(), ""] if briefing.overview else out


def _run_note(briefing: Briefing) -> list[str]:
    ok = [s for s in briefing.sources if s.status == "ok"]
    failed = briefing.failed_sources
    note = f"_{len(ok)} source(s) used"
    if failed:
        note += f", {len(failed)} failed"
    note += f"; backend: {briefing.backend}" + (f" ({md(briefing.model)})" if briefing.model else "") + "._"
    return [note, ""]


def _key_points(briefing: Briefing) -> list[str]:
    if not briefing.key_points:
        return []
    main = [p for p in briefing.key_points if p.tier == "main"]
    details = [p for p in briefing.key_points if p.tier != "main"]
    out = ["## Key points", "", *(f"- {md(p.text)} {cite(p.sources)}{_point_flags(p)}" for p in main), ""]
    if details:
        # Folded: the short list is the briefing; the rest stays at hand, ranked.
        out += ["<details>", f"<summary>More details ({len(details)})</summary>", ""]
        out += [f"- {md(p.text)} {cite(p.sources)}{_point_flags(p)}" for p in details]
        out += ["", "</details>", ""]
    return out


def _disagreements(briefing: Briefing) -> list[str]:
    if not briefing.discrepancies:
        return []
    out = ["## Where sources disagree", ""]
    out += [*(f"- {md(a.summary)}" for a in briefing.sources_apart), ""] if briefing.sources_apart else []
    out += ["| Subject | Position | Sources |", "|---|---|---|"]
    for d in briefing.discrepancies:
        for i, position in enumerate(d.positions):
            subject = f"**{_cell(d.subject)}** ({d.kind})" if i == 0 else ""
            out.append(f"| {subject} | {_cell(position.value)} | {cite(position.sources)} |")
    out.append("")
    out += [f"- **{md(d.subject)}**: {md(d.summary)}" for d in briefing.discrepancies if d.summary]
    return [*out, ""]


def _updates(briefing: Briefing) -> list[str]:
    if not briefing.updates:
        return []
    out = ["## Figures updated over time", ""]
    for update in briefing.updates:
        steps = " → ".join(
            f"{md(v.value)}{' at ' + v.time.replace('T', ' ') if v.time else ''} {cite(v.sources)}" for v in update.values
        )
        out.append(f"- **{md(update.subject)}**: {steps}")
    return [*out, ""]


def _timeline(briefing: Briefing) -> list[str]:
    if not briefing.timeline:
        return []
    return ["## Timeline", "", *(f"- **{md(e.date)}**: {md(e.text)} {cite(e.sources)}" for e in briefing.timeline), ""]


def _quotes_section(briefing: Briefing) -> list[str]:
    return ["## Quotes", "", *_quotes(briefing.quotes)] if briefing.quotes else []


def _people(briefing: Briefing) -> list[str]:
    people = [e for e in briefing.entities if e.type in ("person", "organization", "group")]
    if not people:
        return []
    out = ["## People and organisations", ""]
    for entity in people:
        aka = f" (also: {', '.join(md(a) for a in entity.aliases)})" if entity.aliases else ""
        roles = "; ".join(f"{md(r.role)} {cite(r.sources)}" for r in entity.roles)
        out.append(f"- **{md(entity.name)}**{aka}" + (f": {roles}" if roles else f" {cite(entity.sources)}"))
    return [*out, ""]


def _copies(briefing: Briefing) -> list[str]:
    if not briefing.copies:
        return []
    return ["## Copies folded together", "",
            *(f"- {', '.join(g)} carry the same story and count once for corroboration." for g in briefing.copies), ""]


def _warnings(briefing: Briefing) -> list[str]:
    return ["## Warnings", "", *(f"- {md(str(w))}" for w in briefing.warnings), ""] if briefing.warnings else []


def _usage(briefing: Briefing) -> list[str]:
    u = briefing.usage
    if not (u.calls or u.cached_calls):
        return []
    cost = f", est. ${u.cost_usd:.4f}" if u.cost_usd is not None else ""
    return [f"_Model usage: {u.calls} call(s), {u.cached_calls} cached, "
            f"{u.prompt_tokens} prompt + {u.completion_tokens} completion tokens{cost}._", ""]


def _sources(briefing: Briefing) -> list[str]:
    return ["## Sources", "", *(f"- {_source_line(source)}" for source in briefing.sources)]


def _source_line(source: SourceInfo) -> str:
    title = source.title or source.uri
    parts = [f"**[{source.id}]**", md(title)]
    meta = [m for m in (source.publisher, source.byline, source.published) if m]
    if meta:
        parts.append("(" + ", ".join(md(m) for m in meta) + ")")
    if source.translated_from:
        language = "" if source.translated_from == "unknown" else f" from {source.translated_from}"
        parts.append(f"_machine-translated{md(language)}_")
    if source.uri and source.uri != title:
        # An autolink only for web addresses; a path or a javascript: URI is escaped plain text (a code
        # span would end at a backtick in the name and let the rest through as markup).
        parts.append(f"<{source.uri}>" if _AUTOLINK.match(source.uri) else md(source.uri))
    if source.status == "failed":
        parts.append(f"**FAILED**: {md(source.error or 'unknown error')}")
    elif source.status == "duplicate":
        parts.append(f"duplicate of {source.duplicate_of}, not extracted")
    elif source.copy_of:
        parts.append(f"copy of {source.copy_of}")
    if source.removed:
        parts.append(f"_(cleaning removed {len(source.removed)} line(s))_")
    return " ".join(parts)
