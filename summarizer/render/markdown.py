"""Markdown for people: reads in a terminal and pastes into a CMS; citations as ``[S1]``."""

from __future__ import annotations

from summarizer.schema import Briefing, SourceInfo


def cite(ids: list[str]) -> str:
    return "[" + ", ".join(ids) + "]" if ids else ""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").strip()


def render_markdown(briefing: Briefing) -> str:
    out: list[str] = []
    out.append(f"# {briefing.headline or 'Briefing'}")
    out.append("")
    if briefing.overview:
        out += [briefing.overview, ""]
    ok = [s for s in briefing.sources if s.status == "ok"]
    failed = briefing.failed_sources
    note = f"_{len(ok)} source(s) used"
    if failed:
        note += f", {len(failed)} failed"
    note += f"; backend: {briefing.backend}" + (f" ({briefing.model})" if briefing.model else "") + "._"
    out += [note, ""]

    if briefing.key_points:
        out += ["## Key points", ""]
        for point in briefing.key_points:
            flags = []
            if point.single_source:
                flags.append("single source")
            if point.hedged:
                flags.append("unconfirmed")
            if point.attribution:
                flags.append("per " + "; ".join(point.attribution))
            suffix = f" _({', '.join(flags)})_" if flags else ""
            out.append(f"- {point.text} {cite(point.sources)}{suffix}")
        out.append("")

    if briefing.discrepancies:
        out += ["## Where sources disagree", "", "| Subject | Position | Sources |", "|---|---|---|"]
        for d in briefing.discrepancies:
            for i, position in enumerate(d.positions):
                subject = f"**{_cell(d.subject)}** ({d.kind})" if i == 0 else ""
                out.append(f"| {subject} | {_cell(position.value)} | {cite(position.sources)} |")
        out.append("")
        for d in briefing.discrepancies:
            if d.summary:
                out.append(f"- **{d.subject}**: {d.summary}")
        out.append("")

    if briefing.timeline:
        out += ["## Timeline", ""]
        for entry in briefing.timeline:
            out.append(f"- **{entry.date}**: {entry.text} {cite(entry.sources)}")
        out.append("")

    if briefing.quotes:
        out += ["## Quotes", ""]
        for quote in briefing.quotes:
            who = quote.speaker or "Unattributed"
            if quote.speaker_role:
                who += f", {quote.speaker_role}"
            out.append(f"> “{quote.text}”")
            out.append(f"> — {who} {cite(quote.sources)}")
            others = [v for v in quote.variants if v.text != quote.text]
            for variant in others:
                out.append(f">   also worded: “{variant.text}” [{variant.source}]")
            out.append("")

    people = [e for e in briefing.entities if e.type in ("person", "organization")]
    if people:
        out += ["## People and organisations", ""]
        for entity in people:
            roles = "; ".join(f"{r.role} {cite(r.sources)}" for r in entity.roles)
            aka = f" (also: {', '.join(entity.aliases)})" if entity.aliases else ""
            out.append(f"- **{entity.name}**{aka}" + (f": {roles}" if roles else "") + f" {cite(entity.sources)}")
        out.append("")

    if briefing.copies:
        out += ["## Copies folded together", ""]
        for group in briefing.copies:
            out.append(f"- {', '.join(group)} carry the same story and count once for corroboration.")
        out.append("")

    out += ["## Sources", ""]
    for source in briefing.sources:
        out.append(f"- {_source_line(source)}")
    out.append("")
    if briefing.warnings:
        out += ["## Warnings", ""]
        out += [f"- {w}" for w in briefing.warnings]
        out.append("")
    u = briefing.usage
    if u.calls or u.cached_calls:
        cost = f", est. ${u.cost_usd:.4f}" if u.cost_usd is not None else ""
        out.append(f"_Model usage: {u.calls} call(s), {u.cached_calls} cached, "
                   f"{u.prompt_tokens} prompt + {u.completion_tokens} completion tokens{cost}._")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _source_line(source: SourceInfo) -> str:
    parts = [f"**[{source.id}]**"]
    title = source.title or source.uri
    parts.append(f"{title}")
    meta = [m for m in (source.publisher, source.byline, source.published) if m]
    if meta:
        parts.append("(" + ", ".join(meta) + ")")
    if source.uri and source.uri != title:
        parts.append(f"<{source.uri}>")
    if source.status == "failed":
        parts.append(f"**FAILED**: {source.error}")
    elif source.status == "duplicate":
        parts.append(f"duplicate of {source.duplicate_of}, not extracted")
    elif source.copy_of:
        parts.append(f"copy of {source.copy_of}")
    return " ".join(parts)
